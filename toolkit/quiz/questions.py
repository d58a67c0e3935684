"""The quiz's data: questions, options and the sentences they point at (no file reading, no widgets).

``quiz.schema`` builds these from a quiz file; each question type's module in ``quiz.types``
reads the fields it uses. The helpers at the bottom are the parts of a quiz file every sentence
question shares (a pointer into the answer key).

>>> Question("q1", "reflection", "Why?", sample_answer="Because.").graded
False
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..errors import ToolkitError, is_file
from ..evidence import LABELS
from ..keys import KeySentence, load_key

TYPES = ("choice", "sort", "says_who", "spot_words", "reflection", "poll")
GRADED = ("choice", "sort", "says_who", "spot_words")
"""Question types that have a correct answer (poll and reflection do not)."""

FIND = {
    "attribution": ("speaker", "cue"),
    "opinion": ("loaded", "modal", "superlative", "question", "reader_address", "imperative"),
}
"""What a ``spot_words`` question asks for, and the key's evidence kinds that answer it."""


_REF_FIELDS = {"article", "n", "text"}


@dataclass(frozen=True)
class Option:
    """One option of a choice or poll question (``correct`` is None for polls).

    >>> Option("Yes", True, "Right.").correct, Option("Maybe").correct
    (True, None)
    """

    text: str
    correct: bool | None = None
    feedback: str = ""


@dataclass(frozen=True)
class SentenceItem:
    """A sentence a question uses, with the key's entry for it (the expected answer).

    >>> from toolkit.quiz import load_quiz
    >>> item = load_quiz("example").get("sort-mixed").sentences[0]
    >>> item.article, item.n, item.key.label
    ('npr', 12, 'attributed')
    >>> print(item.text)
    "They're ruthless," Houston Police Chief Art Acevedo told NPR on Wednesday.
    """

    article: str
    n: int
    key: KeySentence

    @property
    def text(self) -> str:
        """The sentence as written in the article."""
        return self.key.text


@dataclass(frozen=True)
class Question:
    """One question of a quiz; which fields are used depends on ``type``.

    >>> from toolkit.quiz import load_quiz
    >>> q = load_quiz("example").get("who-said-ruthless")
    >>> q.type, q.graded, q.sentence.key.source
    ('says_who', True, 'Houston Police Chief Art Acevedo')
    >>> load_quiz("example").get("first-look").graded  # a poll has no right answer
    False
    """

    id: str
    type: str
    prompt: str
    hint: str = ""
    explanation: str = ""
    options: tuple[Option, ...] = ()
    multiple: bool = False
    sentences: tuple[SentenceItem, ...] = ()
    labels: tuple[str, ...] = LABELS
    choices: tuple[str, ...] = ()
    find: str = ""
    sample_answer: str = ""

    @property
    def graded(self) -> bool:
        """True if the question has a correct answer (not a poll or reflection)."""
        return self.type in GRADED

    @property
    def sentence(self) -> SentenceItem:
        """The one sentence of a ``says_who`` or ``spot_words`` question."""
        return self.sentences[0]


@dataclass(frozen=True)
class Quiz:
    """A quiz file, loaded and checked: a name (used in progress files), a title and questions.

    Load one with :func:`toolkit.quiz.load_quiz`:

    >>> from toolkit.quiz import load_quiz
    >>> quiz = load_quiz("example")
    >>> quiz.name, len(quiz), [q.id for q in quiz][:3]
    ('example', 9, ['first-look', 'what-is-attributed', 'reporting-words'])
    >>> quiz.get("sort-mixed").type
    'sort'
    >>> quiz.get("sort")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    toolkit.errors.ToolkitError: The quiz 'example' has no question 'sort'; its questions are: first-look, ...
    """

    name: str
    title: str
    path: str
    questions: tuple[Question, ...] = field(default_factory=tuple)

    def get(self, question_id: str) -> Question:
        """Return the question with this id.

        Raises:
            ToolkitError: naming the ids that exist, if there is no such question.
        """
        for q in self.questions:
            if q.id == question_id:
                return q
        ids = ", ".join(q.id for q in self.questions)
        raise ToolkitError(f"The quiz {self.name!r} has no question {question_id!r}; "
                           f"its questions are: {ids}.")

    def __iter__(self):
        return iter(self.questions)

    def __len__(self) -> int:
        return len(self.questions)



def text_field(value: object) -> str:
    """A quiz file's field as stripped text ("" for a missing one).

    >>> text_field("  Who said it? "), text_field(None)
    ('Who said it?', '')
    """
    return "" if value is None else str(value).strip()


def parse_ref(ref, fieldname, folder: Path, bad) -> SentenceItem | None:
    """Read a sentence pointer ({article: npr, n: 12}) with its key entry; ``bad`` hears problems.

    >>> problems = []
    >>> item = parse_ref({"article": "npr", "n": 1}, "sentence", Path("."), lambda *a: problems.append(a))
    >>> item.article, item.n, item.key.label, problems
    ('npr', 1, 'claim', [])
    >>> parse_ref({"article": "npr"}, "sentence", Path("."), lambda *a: problems.append(a)), len(problems)
    (None, 1)
    """
    if not isinstance(ref, dict) or "article" not in ref or not ({"n", "text"} & set(ref)):
        bad(fieldname, "point at the answer key as {article: npr, n: 12} (or "
                       "{article: npr, text: 'the sentence'}).")
        return None
    unknown = set(ref) - _REF_FIELDS
    if unknown:
        name = sorted(unknown, key=str)[0]
        why = (" (the answer comes from the answer key)" if name in
               ("label", "source", "evidence", "answer") else "")
        bad(fieldname, f"unknown field {name!r}{why}; a sentence has article and n (or text).")
        return None
    article = text_field(ref["article"])
    target = article
    local = folder / article
    if local.suffix in (".yaml", ".yml", ".json") and is_file(local):
        target = str(local)
    try:
        key = load_key(target)
    except ToolkitError as exc:
        bad(fieldname, f"{exc}")
        return None
    if "n" in ref:
        n = ref["n"]
        if not isinstance(n, int) or isinstance(n, bool):
            bad(fieldname, f"'n' must be a whole number, not {n!r}.")
            return None
        try:
            ks = key.get(n)
        except ToolkitError as exc:
            bad(fieldname, str(exc))
            return None
        if "text" in ref and key.find(str(ref["text"])) != ks:
            bad(fieldname, f"the text does not match {article} sentence {n} in the key: fix "
                           f"one of them.")
            return None
    else:
        ks = key.find(str(ref["text"]))
        if ks is None:
            bad(fieldname, f"the answer key for {article!r} has no sentence with this text: "
                           f"copy it exactly from the key, or use n.")
            return None
    return SentenceItem(article=article, n=ks.n, key=ks)


