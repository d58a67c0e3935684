"""Reflections: the student writes; saved as they type, with a sample answer to reveal.

>>> from toolkit.quiz.questions import Question
>>> REFLECTION.reveal(Question("r", "reflection", "Why?", sample_answer="Because <b>."))
'<div><b>A sample answer:</b> Because &lt;b&gt;.</div>'
"""

from __future__ import annotations

from ...render.html import esc
from ..questions import text_field
from .base import QuestionType, md_text


class ReflectionType(QuestionType):
    """A written answer with no right or wrong: a text box, Save, and a sample answer.

    >>> from toolkit.quiz import load_quiz
    >>> from toolkit.quiz.types import question_type
    >>> q = load_quiz("example").get("exit-ticket")
    >>> question_type(q).graded
    False
    >>> question_type(q).reveal(q)[:60]
    '<div><b>A sample answer:</b> The rewrite says MS-13 members '
    """

    name = "reflection"
    graded = False
    fields = frozenset({"sample_answer"})
    answer_note = "a reflection has no correct answer."
    written = True
    sample_answer = True

    def parse(self, raw, folder, bad) -> dict:
        sample = text_field(raw.get("sample_answer"))
        if not sample:
            bad("sample_answer", "missing: write a sample answer students can reveal.")
        return dict(sample_answer=sample)

    def reveal(self, q) -> str:
        """The sample answer."""
        return f"<div><b>A sample answer:</b> {esc(q.sample_answer)}</div>"

    def answer_key(self, q) -> list[str]:
        """The sample answer."""
        return [f"- Sample answer: {md_text(q.sample_answer)}"]

    def restored_feedback(self, q, record: dict) -> str:
        return ""

    def build(self, view):
        import ipywidgets as W

        from ..controls import INITIAL, make

        area = make(W.Textarea, layout={"width": "95%"}, style=INITIAL, value="",
                    description="Your answer", placeholder="Write your answer", rows=4)
        area.observe(view._typed, names="value")
        view.controls = [area]
        return area

    def buttons(self, view) -> list:
        from ..controls import button

        view.save_button = button("Save", "Save my answer now", "primary")
        view.save_button.on_click(lambda _b: view.save_draft())
        view.reveal_button = button("Show a sample answer", "Show a sample answer")
        view.reveal_button.on_click(lambda _b: view.reveal())
        return [view.save_button, view.reveal_button]


REFLECTION = ReflectionType()
