"""What every question type is: the base class the type modules fill in, and the plain verdict.

A question type owns, in one module, every place its questions differ: the fields a quiz file
may give it and their checks (``parse``), grading as plain data (``check`` returns a Verdict, no
HTML), the feedback and the revealed answer in words (``feedback``, ``reveal``, HTML through
``quiz.feedback``), the answer as CSV text, and the widgets it is answered with (``build``,
``read``, ``write``, ``buttons``; ipywidgets is imported only inside these). The rest of the
quiz package looks the type up in ``quiz.types.QUESTION_TYPES`` instead of testing ``q.type``.
"""

from __future__ import annotations

from dataclasses import dataclass

from ...errors import ToolkitError
from ...palette import LABEL_STYLES
from ...render.html import esc
from ..questions import parse_ref


@dataclass(frozen=True)
class Verdict:
    """What a check found, as plain data (no HTML): ``correct`` (None when there is nothing to
    check yet), ``score`` 0..1 and ``summary`` ("empty", "3/5", how a name matched).

    >>> Verdict(None, None, "empty").correct is None
    True
    """

    correct: bool | None
    score: float | None
    summary: str


def as_list(answer) -> list[str]:
    """An answer as a list of texts: nothing -> [], one text -> [it], a list -> its texts.

    >>> as_list(None), as_list("Yes"), as_list(["a", 2])
    ([], ['Yes'], ['a', '2'])
    """
    if answer is None or answer == "":
        return []
    if isinstance(answer, (list, tuple)):
        return [str(a) for a in answer]
    return [str(answer)]


def md_text(text: object) -> str:
    """Text for one line of the markdown answer key: white space (non-breaking too) folded,
    table pipes escaped.

    >>> md_text("Who  says\u00a0so? | a table")
    'Who says so? \\\\| a table'
    """
    return " ".join(str(text).split()).replace("|", "\\|")


def md_label(label: str) -> str:
    """A label as the answer key writes it: the marker and the name students read.

    >>> md_label("claim")
    '[F] Says it as fact (no source)'
    """
    st = LABEL_STYLES[label]
    return f"{st.marker} {st.name}"


class QuestionType:
    """One kind of question. Subclasses set the class attributes and override what differs.

    Every type is in one table; :func:`toolkit.quiz.types.question_type` finds a question's:

    >>> from toolkit.quiz import load_quiz
    >>> from toolkit.quiz.types import QUESTION_TYPES, question_type
    >>> sorted(QUESTION_TYPES)
    ['choice', 'poll', 'reflection', 'says_who', 'sort', 'spot_words']
    >>> kind = question_type(load_quiz("example").get("who-said-ruthless"))
    >>> kind, kind.graded, kind.fold_answers
    (<question type 'says_who'>, True, True)
    """

    name = ""
    graded = True
    """True if the type has a right answer (Check, Hint and Show answer buttons)."""
    fields: frozenset = frozenset()
    """The fields a quiz file may give a question of this type, besides id, type, prompt,
    hint and explanation."""
    answer_note = "the answer comes from the answer key."
    """Said when a quiz file tries to set an answer field (answer, label, source, ...)."""
    prompt = ""
    hint = ""
    """The prompt and hint a question gets when its file gives none ("" = it must give one)."""
    shuffled = False
    """True if the options are shown in a mixed order fixed by the question's id."""
    quotes_sentence = False
    """True if the question shows its one sentence under the prompt."""
    fold_answers = False
    """True if answers that differ only in case are the same answer (typed names)."""
    written = False
    """True if the answer is the student's own writing (reflection): the class results list it
    under what students wrote."""
    sample_answer = False
    """True if the revealed answer is a sample answer, one good answer among many (reflection):
    the article box may put one written about the student's own article in its place."""

    def __repr__(self) -> str:
        return f"<question type {self.name!r}>"

    # -- the quiz file ---------------------------------------------------------------------
    def parse(self, raw: dict, folder, bad) -> dict:
        """Check this type's own fields of a question read from a quiz file; return them as
        Question keyword arguments. ``bad(field, message)`` records each problem."""
        return {}

    # -- grading ---------------------------------------------------------------------------
    def check(self, q, answer) -> Verdict:
        """Check an answer (as the progress file stores it): a Verdict, plain data."""
        raise ToolkitError(f"A {self.name} question has no right answer to check.")

    def feedback(self, q, verdict) -> str:
        """The feedback HTML for a verdict of ``check``."""
        raise ToolkitError(f"A {self.name} question has no right answer to check.")

    def reveal(self, q) -> str:
        """The answer HTML shown by "Show answer"."""
        raise ToolkitError(f"A {self.name} question has no answer to show.")

    def answer_text(self, q, answer) -> str:
        """The answer as plain words for the class CSV (never None)."""
        return "; ".join(as_list(answer))

    def answer_key(self, q) -> list[str]:
        """The answer for the teachers' answer key (lessons/answer-key.md), as markdown list
        lines, from the quiz file and the answer keys (never the tool's labels)."""
        return []

    def common_wrong(self, q, wrong: list[dict]):
        """The most common wrong answer in a class's records, as (text, count, sentence), or
        None to let the class results tally the answers' texts (every type but sort)."""
        return None

    def restored_feedback(self, q, record: dict) -> str:
        """The feedback to show again for a saved record (the last check's, if it was checked)."""
        if record.get("checked"):
            return self.feedback(q, self.check(q, record.get("answer")))
        return ""

    # -- on screen -------------------------------------------------------------------------
    def header_html(self, q) -> str:
        """HTML shown under the prompt (the sentence, for types that quote one)."""
        if self.quotes_sentence:
            return (f'<blockquote style="margin:4px 0 4px 12px">{esc(q.sentence.text)}'
                    f'</blockquote>')
        return ""

    def build(self, view):
        """Make the answer controls of a QuestionView: set ``view.controls``, return the widget."""
        raise NotImplementedError

    def read(self, view):
        """The answer the controls hold, as plain data (what the progress file stores)."""
        return view.controls[0].value

    def write(self, view, answer) -> None:
        """Put an answer (as ``read`` returns it) back into the controls; None clears them."""
        view.controls[0].value = answer or ""

    def buttons(self, view) -> list:
        """Make the view's buttons (Check, Hint, Show answer) and return them in order."""
        from ..controls import button

        view.check_button = button("Check", "Check my answer", "primary")
        view.check_button.on_click(lambda _b: view.check())
        view.hint_button = button("Hint", "Show a hint")
        view.hint_button.on_click(lambda _b: view.show_hint())
        view.reveal_button = button("Show answer", "Show the answer (this is recorded)")
        view.reveal_button.on_click(lambda _b: view.reveal())
        return [view.check_button, view.hint_button, view.reveal_button]

    def preview_html(self, q) -> str:
        """The question's answer part as HTML for a preview with no running kernel."""
        return ""

    def preview_text(self, q) -> list[str]:
        """The question's answer part as lines of text for a preview with no running kernel."""
        return []


class SentenceQuestionType(QuestionType):
    """A question about one sentence of the answer key (says who, spot the words): the quiz
    file names it in ``sentence``, and the question shows it under the prompt.

    >>> from toolkit.quiz.types import question_type
    >>> [t for t in ("choice", "says_who", "spot_words")
    ...  if isinstance(question_type(t), SentenceQuestionType)]
    ['says_who', 'spot_words']
    """

    quotes_sentence = True

    def parse(self, raw: dict, folder, bad) -> dict:
        item = parse_ref(raw.get("sentence"), "sentence", folder, bad)
        if item is None:
            return {}
        return dict(sentences=(item,), **self.parse_about(raw, item, bad))

    def parse_about(self, raw: dict, item, bad) -> dict:
        """Check this type's fields about the sentence (``item``, its entry in the key)."""
        return {}
