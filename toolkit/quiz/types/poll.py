"""Polls: options with no right answer; the student's choice is saved, never graded.

>>> from toolkit.quiz.questions import Option, Question
>>> q = Question("p", "poll", "Which did you trust?", options=(Option("A"), Option("B")))
>>> POLL.graded, POLL.answer_text(q, "B")
(False, 'B')
"""

from __future__ import annotations

from ...render.html import esc
from .base import md_text
from .choice import OptionsType


class PollType(OptionsType):
    """A poll: options in the order written, a "Save my choice" button, no right answer.

    >>> from toolkit.quiz import load_quiz
    >>> from toolkit.quiz.types import question_type
    >>> q = load_quiz("example").get("first-look")
    >>> kind = question_type(q)
    >>> kind.name, kind.graded, kind.shuffled
    ('poll', False, False)
    >>> "Your choice is saved" in kind.restored_feedback(q, {"answer": "The rewrite"})
    True
    """

    name = "poll"
    graded = False

    answer_note = "a poll has no correct answer."

    def answer_key(self, q) -> list[str]:
        """No correct answer: the options."""
        return ["- Poll: no correct answer. Options: " +
                "; ".join(md_text(o.text) for o in q.options) + "."]

    def restored_feedback(self, q, record: dict) -> str:
        if record.get("answer"):
            return (f"<div>Your choice is saved: \u201c"
                    f"{esc(record.get('answer_text', ''))}\u201d.</div>")
        return ""

    def buttons(self, view) -> list:
        from ..controls import button

        view.save_button = button("Save my choice", "Save my choice", "primary")
        view.save_button.on_click(lambda _b: view.save_choice())
        return [view.save_button]


POLL = PollType()
