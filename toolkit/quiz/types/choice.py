"""Multiple-choice questions: options from the quiz file, one or several of them correct.

>>> from toolkit.quiz.questions import Option, Question
>>> q = Question("q", "choice", "Which one?", options=(Option("A", True, "Right: A."),
...                                                    Option("B", False, "No: B.")))
>>> v = CHOICE.check(q, "B")
>>> v.correct, v.score, v.summary, [o.text for o in v.chosen]
(False, 0.0, '0/1', ['B'])
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...render.html import esc
from ..feedback import RIGHT, WRONG, verdict
from ..questions import Option, text_field
from .base import QuestionType, Verdict, as_list, md_text


TICK_ALL = "Tick every answer that fits"
"""What a question with several right answers says above its tick boxes (and in its previews)."""
TICK = re.compile(r"\btick\b", re.IGNORECASE)
"""A prompt that already says to tick (a teacher's own quiz): the instruction is not added again."""


@dataclass(frozen=True)
class ChoiceVerdict(Verdict):
    """A choice answer checked: the options chosen (in the order given, unknown texts left
    out), how many of them are correct (``hits``) and not (``wrong``), of ``correct_total``.

    >>> ChoiceVerdict(None, None, "empty").chosen
    ()
    """

    chosen: tuple[Option, ...] = ()
    hits: int = 0
    wrong: int = 0
    correct_total: int = 0
    multiple: bool = False


def option_line(opt) -> str:
    """One chosen option and its own feedback, as a list item.

    The verdict above already says "Right", so a feedback that starts with "Right" does not say
    it again; an option that ends its own sentence is not followed by a colon (no ".:").

    >>> option_line(Option("It is a button.", True, "Right: it is part of the page."))
    '<li>\u2714 <b>It is a button.</b> It is part of the page.</li>'
    """
    text = opt.feedback
    if opt.correct:
        m = re.match(r"Right\b[.:!,]?\s*", text)
        if m and len(text) > m.end():
            text = text[m.end()].upper() + text[m.end() + 1:]
    sep = " " if opt.text.rstrip()[-1:] in (".", "?", "!", ":") else ": "
    mark = RIGHT if opt.correct else WRONG
    return f"<li>{mark} <b>{esc(opt.text)}</b>{sep}{esc(text)}</li>"


def parse_options(raw, qtype, bad) -> dict:
    """Check a choice or poll question's ``options`` and ``multiple`` fields.

    >>> problems = []
    >>> parse_options({"options": [{"text": "A", "correct": True, "feedback": "Yes."}, "B"]},
    ...               "choice", lambda field, message: problems.append(f"{field}: {message}"))
    {'options': (Option(text='A', correct=True, feedback='Yes.'),), 'multiple': False}
    >>> problems
    ['options[2]: write each option as {text: ..., correct: true or false, feedback: ...}.']
    """
    options = raw.get("options")
    if not isinstance(options, list) or len(options) < 2:
        bad("options", "needs a list of at least two options.")
        return {}
    parsed = []
    for j, opt in enumerate(options, start=1):
        if qtype == "poll":
            if isinstance(opt, dict):
                if "correct" in opt:
                    bad(f"options[{j}]", "a poll has no correct answer: remove 'correct'.")
                text = text_field(opt.get("text"))
            else:
                text = text_field(opt)
            if not text:
                bad(f"options[{j}]", "an option needs some text.")
            parsed.append(Option(text=text))
            continue
        if not isinstance(opt, dict):
            bad(f"options[{j}]", "write each option as {text: ..., correct: true or false, "
                                 "feedback: ...}.")
            continue
        unknown = set(opt) - {"text", "correct", "feedback"}
        if unknown:
            bad(f"options[{j}]", f"unknown field {sorted(unknown, key=str)[0]!r}; an option has text, "
                                 f"correct and feedback.")
        text = text_field(opt.get("text"))
        if not text:
            bad(f"options[{j}]", "an option needs some text.")
        correct = opt.get("correct", False)
        if not isinstance(correct, bool):
            bad(f"options[{j}]", f"'correct' must be true or false, not {correct!r}.")
            correct = False
        feedback = text_field(opt.get("feedback"))
        if not feedback:
            bad(f"options[{j}]", "missing 'feedback': say why this option is right or wrong.")
        parsed.append(Option(text=text, correct=correct, feedback=feedback))
    texts = [o.text for o in parsed]
    if len(set(texts)) != len(texts):
        bad("options", "two options have the same text: make each one different.")
    multiple = raw.get("multiple")
    if multiple is not None and not isinstance(multiple, bool):
        bad("multiple", f"must be true or false, not {multiple!r}.")
        multiple = None
    if qtype == "choice":
        n_correct = sum(1 for o in parsed if o.correct)
        if parsed and n_correct == 0:
            bad("options", "no option is marked 'correct: true': mark the right answer.")
        if multiple is None:
            multiple = n_correct > 1
        elif multiple is False and n_correct > 1:
            bad("multiple", f"{n_correct} options are correct but 'multiple' is false: "
                            f"set 'multiple: true' or keep one correct option.")
    return dict(options=tuple(parsed), multiple=bool(multiple))


class OptionsType(QuestionType):
    """What choice and poll questions share: options, shown as radio buttons or checkboxes.

    >>> from toolkit.quiz import load_quiz
    >>> from toolkit.quiz.types import question_type
    >>> q = load_quiz("example").get("first-look")
    >>> kind = question_type(q)
    >>> isinstance(kind, OptionsType), sorted(kind.fields)
    (True, ['multiple', 'options'])
    >>> kind.preview_text(q)[:2]
    ['  - The NPR report', '  - The rewrite']
    """

    fields = frozenset({"options", "multiple"})

    def parse(self, raw, folder, bad) -> dict:
        return parse_options(raw, self.name, bad)

    def build(self, view):
        import ipywidgets as W

        from ..controls import AUTO, INITIAL, desc, make

        q = view.q
        if q.multiple:
            view.controls = [make(W.Checkbox, layout=AUTO, value=False, description=desc(o.text),
                                  indent=False) for o in view.options]
            # The instruction comes from here (and the previews), once: a prompt that already
            # says it (a teacher's own quiz) does not get it twice.
            said = [] if TICK.search(q.prompt) else [make(W.Label, value=TICK_ALL + ":")]
            return make(W.VBox, children=[*said, *view.controls])
        view.controls = [make(W.RadioButtons, layout=AUTO, style=INITIAL,
                              options=[desc(o.text) for o in view.options], value=None,
                              description="Your answer")]
        return view.controls[0]

    def read(self, view):
        q, c = view.q, view.controls
        if q.multiple:
            ticked = {o.text for o, box in zip(view.options, c) if box.value}
            return [o.text for o in q.options if o.text in ticked]  # in the file's order
        i = c[0].index
        return None if i is None else view.options[i].text

    def write(self, view, answer) -> None:
        c = view.controls
        if view.q.multiple:
            chosen = set(answer or [])
            for o, box in zip(view.options, c):
                box.value = o.text in chosen
        else:
            texts = [o.text for o in view.options]
            c[0].index = texts.index(answer) if answer in texts else None

    def preview_html(self, q) -> str:
        said = (f"<p>{TICK_ALL}:</p>" if getattr(q, "multiple", False) and not TICK.search(q.prompt)
                else "")
        return said + "<ul>" + "".join(f"<li>{esc(o.text)}</li>" for o in q.options) + "</ul>"

    def preview_text(self, q) -> list[str]:
        said = ([f"  {TICK_ALL}:"] if getattr(q, "multiple", False) and not TICK.search(q.prompt)
                else [])
        return said + [f"  - {o.text}" for o in q.options]


class ChoiceType(OptionsType):
    """A multiple-choice question: ``correct: true`` marks the right option(s).

    >>> from toolkit.quiz import load_quiz
    >>> from toolkit.quiz.types import question_type
    >>> q = load_quiz("example").get("what-is-attributed")
    >>> v = question_type(q).check(q, "It is true.")
    >>> v.correct, v.summary, v.chosen[0].feedback
    (False, '0/1', 'Naming a source does not make a sentence true; it tells you whom to check.')
    >>> question_type(q).check(q, "It says who the information comes from.").correct
    True
    """

    name = "choice"
    answer_note = "mark the correct option with 'correct: true'."
    # s12 walk #27: not "the sentence": some questions have none (their own hint says more)
    hint = "Read each option again and test it against what you read above."
    shuffled = True

    def check(self, q, answer) -> ChoiceVerdict:
        """Check an option's text (single) or a list of option texts (multiple)."""
        chosen = as_list(answer)
        if not chosen:
            return ChoiceVerdict(None, None, "empty", multiple=q.multiple)
        by_text = {o.text: o for o in q.options}
        options = tuple(by_text[text] for text in chosen if text in by_text)
        correct_set = {o.text for o in q.options if o.correct}
        chosen_set = set(chosen) & set(by_text)
        ok = chosen_set == correct_set
        hits = len(chosen_set & correct_set)
        wrong = len(chosen_set - correct_set)
        if ok:
            score = 1.0
        elif q.multiple:
            score = max(0.0, (hits - wrong) / len(correct_set))
        else:
            score = 0.0
        return ChoiceVerdict(ok, score, f"{hits}/{len(correct_set)}", options, hits, wrong,
                             len(correct_set), q.multiple)

    def feedback(self, q, v: ChoiceVerdict) -> str:
        if v.correct is None:
            return verdict(False, "Choose an answer first, then press Check.")
        lines = [option_line(opt) for opt in v.chosen]
        if v.correct:
            head = verdict(True, "that is the answer." if v.correct_total == 1
                           else "you found every correct option.")
        elif v.multiple:
            missed = v.correct_total - v.hits
            bits = [f"you chose {v.hits} of the {v.correct_total} correct options"]
            if v.wrong:
                bits.append(f"{v.wrong} of your choices {'is' if v.wrong == 1 else 'are'} not "
                            f"right")
            if missed:
                bits.append(f"{missed} correct option{'s are' if missed > 1 else ' is'} still "
                            f"unticked")
            head = verdict(False, "; ".join(bits) + ". Read the notes below and try again.")
        else:
            head = verdict(False, "read the note below and try again.")
        return head + f"<ul>{''.join(lines)}</ul>"

    def answer_key(self, q) -> list[str]:
        """Every option, marked correct or wrong, with its feedback."""
        return [f"- {'**correct**' if o.correct else 'wrong'}: {md_text(o.text)} — "
                f"{md_text(o.feedback)}" for o in q.options]

    def reveal(self, q) -> str:
        """The correct option(s) with their feedback."""
        items = "".join(option_line(o) for o in q.options if o.correct)
        extra = f"<div>{esc(q.explanation)}</div>" if q.explanation else ""
        return f"<div><b>Answer:</b><ul>{items}</ul>{extra}</div>"


CHOICE = ChoiceType()
