"""Check answers: pure functions, no widgets, through the table of question types.

``grade(q, answer)`` takes a Question and a plain answer (what the progress file stores) and
returns a Result: correct or not, a score for partial credit, and feedback HTML that shows the
evidence from the answer key with the label's colour AND its text marker (never colour alone).
It is the question type's ``check`` (a Verdict, plain data: right or not, which items, the
counts) and its ``feedback`` (the words) together; each type's module in ``quiz.types`` holds
both. The names below that belong to one type (``check_sort``, ``word_tokens``, ...) are kept
here for the notebooks, scripts and tests that import them from this module.

>>> norm_source("The Houston police chief's")
'houston police chief'
>>> q = load_quiz("example").get("who-said-ruthless")
>>> r = grade(q, q.sentence.key.source)
>>> r.correct, r.score, "Right" in r.html
(True, 1.0, True)
"""

from __future__ import annotations

from dataclasses import dataclass

from ..keys import KeySentence
from ..sources import match_source, norm_source  # noqa: F401 (re-exported)
from .feedback import (RIGHT, WRONG, _label_badge, evidence_list,  # noqa: F401 (re-exported)
                       evidence_spans, explain_sentence, highlight, verdict)
from .questions import FIND, Question  # noqa: F401
from .schema import load_quiz  # noqa: F401 (the examples)
from .types import (CHOICE, QUESTION_TYPES, SAYS_WHO, SORT, SPOT,  # noqa: F401
                    SaysWhoVerdict, SortRow, SortVerdict, Verdict, as_list, question_type)
from .types.choice import ChoiceVerdict, option_line  # noqa: F401
from .types.says_who import (_STAND_INS, accepted_sources, check_says_who,  # noqa: F401
                             says_who_html, source_verdict)
from .types.sort import _sort_nudge, check_sort, sort_html  # noqa: F401
from .types.spot import (SpotVerdict, check_spot, spot_html, spot_what,  # noqa: F401
                         target_words, word_tokens)


@dataclass(frozen=True)
class Result:
    """The outcome of a check: ``correct`` (None when ungraded), ``score`` 0..1 and feedback HTML.

    >>> r = grade(load_quiz("example").get("sort-mixed"), ["claim"] * 4)
    >>> r.correct, r.score, r.summary
    (False, 0.25, '1/4')
    """

    correct: bool | None
    score: float | None
    html: str
    summary: str = ""


def grade(q: Question, answer) -> Result:
    """Check any graded question's answer: its type's verdict, with the feedback in words.

    Raises:
        ToolkitError: for a poll or reflection (there is no right answer to check).

    >>> quiz = load_quiz("example")
    >>> r = grade(quiz.get("who-said-ruthless"), "Art Acevedo")
    >>> r.correct, r.score, "Acevedo" in r.html
    (True, 1.0, True)
    >>> grade(quiz.get("first-look"), "The rewrite")
    Traceback (most recent call last):
    toolkit.errors.ToolkitError: A poll question has no right answer to check.
    """
    kind = question_type(q)
    v = kind.check(q, answer)
    return Result(v.correct, v.score, kind.feedback(q, v), v.summary)


def grade_choice(q: Question, answer) -> Result:
    """Check a choice answer: an option's text (single) or a list of option texts (multiple).

    >>> q = load_quiz("example").get("what-is-attributed")
    >>> grade_choice(q, "It says who the information comes from.").correct
    True
    >>> grade_choice(q, None).summary
    'empty'
    """
    return grade(q, answer)


def grade_sort(q: Question, answer) -> Result:
    """Check a list of labels, one per sentence, with feedback (``check_sort`` in words).

    >>> q = load_quiz("example").get("sort-mixed")
    >>> grade_sort(q, ["attributed", "claim", "opinion", "call_to_action"]).summary
    '4/4'
    """
    return grade(q, answer)


def grade_says_who(q: Question, answer) -> Result:
    """Check the source a student typed or chose, with feedback (``check_says_who`` in words).

    >>> q = load_quiz("example").get("who-said-ruthless")
    >>> [grade_says_who(q, a).summary for a in ("Acevedo", "he", "")]
    ['exact', 'no match', 'empty']
    """
    return grade(q, answer)


def grade_spot(q: Question, answer) -> Result:
    """Check the words a student clicked (a list of word indexes), with partial credit explained.

    >>> q = load_quiz("example").get("spot-source")
    >>> r = grade_spot(q, [5, 6])  # "Art Acevedo": two of the seven words
    >>> r.correct, r.summary
    (False, '2/7')
    """
    return grade(q, answer)


def source_matches(answer: str, ks: KeySentence) -> Result:
    """Check a typed or chosen source against the key's source and aliases, forgivingly.

    >>> from toolkit.keys import KeySentence
    >>> ks = KeySentence(1, "x", "attributed", source="Art Acevedo",
    ...                  source_aliases=("the Houston police chief",))
    >>> [source_matches(a, ks).correct for a in ("acevedo", "Houston Police Chief", "Trump")]
    [True, True, False]
    """
    v = source_verdict(answer, ks)
    return Result(v.correct, v.score, "", v.summary)


def reveal(q: Question) -> str:
    """Return the answer HTML for a question (the sample answer for a reflection).

    >>> reveal(load_quiz("example").get("exit-ticket")).startswith("<div><b>A sample answer:</b>")
    True
    """
    return question_type(q).reveal(q)


def reveal_choice(q: Question) -> str:
    """Return HTML showing the correct option(s) with their feedback.

    >>> reveal_choice(load_quiz("example").get("reporting-words")).count("\u2714")
    3
    """
    return CHOICE.reveal(q)


def reveal_sort(q: Question) -> str:
    """Return HTML giving each sentence's label from the key, with its evidence.

    >>> reveal_sort(load_quiz("example").get("sort-mixed")).count("<li>")
    4
    """
    return SORT.reveal(q)


def reveal_says_who(q: Question) -> str:
    """Return HTML naming the key's source, with the speaker and cue highlighted.

    >>> reveal_says_who(load_quiz("example").get("who-said-ruthless"))[:52]
    '<div><b>Answer:</b> Houston Police Chief Art Acevedo'
    """
    return SAYS_WHO.reveal(q)


def reveal_spot(q: Question) -> str:
    """Return HTML with the evidence words highlighted and named.

    >>> "[S]" in reveal_spot(load_quiz("example").get("spot-source"))
    True
    """
    return SPOT.reveal(q)


def answer_text(q: Question, answer) -> str:
    """Return an answer as plain words for the class CSV (labels by name, words not indexes).

    >>> q = load_quiz("example").get("sort-mixed")
    >>> answer_text(q, ["claim", None]), answer_text(q, None)
    ('Says it as fact (no source); (none)', '')
    """
    if answer is None:
        return ""
    return question_type(q).answer_text(q, answer)


_as_list = as_list
