"""The question types, one module each, and the one table the quiz package looks them up in.

Each module holds everything about its type: the quiz-file fields and their checks, grading as
a plain verdict, the feedback and revealed answer, and the widgets (see ``base.QuestionType``).
To add a type, write its module and add it to ``QUESTION_TYPES``.

>>> list(QUESTION_TYPES)
['choice', 'sort', 'says_who', 'spot_words', 'reflection', 'poll']
>>> question_type("sort").graded, question_type("poll").graded
(True, False)
"""

from __future__ import annotations

from ...errors import ToolkitError
from .base import QuestionType, Verdict, as_list
from .choice import CHOICE, ChoiceVerdict
from .poll import POLL
from .reflection import REFLECTION
from .says_who import SAYS_WHO, SaysWhoVerdict
from .sort import SORT, SortRow, SortVerdict
from .spot import SPOT, SpotVerdict

QUESTION_TYPES: dict[str, QuestionType] = {t.name: t for t in (
    CHOICE, SORT, SAYS_WHO, SPOT, REFLECTION, POLL)}
"""Every question type by the name a quiz file gives it (``type: sort``), in the order the
schema lists them."""

__all__ = ["QUESTION_TYPES", "question_type", "QuestionType", "Verdict", "ChoiceVerdict",
           "SortVerdict", "SortRow", "SaysWhoVerdict", "SpotVerdict", "as_list"]


def question_type(q) -> QuestionType:
    """The type of a question (or a type's name), from ``QUESTION_TYPES``.

    Raises:
        ToolkitError: naming the types there are, for an unknown name.

    >>> question_type("spot_words").quotes_sentence
    True
    """
    name = q if isinstance(q, str) else q.type
    try:
        return QUESTION_TYPES[name]
    except KeyError:
        raise ToolkitError(f"{name!r} is not a question type; use one of "
                           f"{', '.join(QUESTION_TYPES)}.") from None
