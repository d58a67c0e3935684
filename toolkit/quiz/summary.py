"""A lesson's progress at a glance: answered, correct on the first try, answers revealed."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..render.html import HTML, esc
from .progress import ProgressStore
from .schema import Quiz, load_quiz


@dataclass(frozen=True)
class ProgressSummary:
    """How far one student is with one quiz (graded = questions with a correct answer).

    Made by :func:`progress_summary`; it prints as one sentence:

    >>> print(ProgressSummary(quiz="example", student="Ana", questions=9, answered=4, graded=7,
    ...                       correct_first_try=3, revealed=1))
    Ana: answered 4 of 9 questions; 3 of 7 right on the first try; 1 answer revealed.
    """

    quiz: str
    student: str | None
    questions: int
    answered: int
    graded: int
    correct_first_try: int
    revealed: int
    redraw: object = field(default=None, compare=False, repr=False)
    """For a summary of the default session: how to draw it again, so a notebook shows it live."""

    def __str__(self) -> str:
        who = self.student or "No name yet"
        return (f"{who}: answered {self.answered} of {self.questions} questions; "
                f"{self.correct_first_try} of {self.graded} right on the first try; "
                f"{self.revealed} answer{'s' if self.revealed != 1 else ''} revealed.")

    def _repr_html_(self) -> str:
        return (f'<div style="border-top:1px solid #bbb;padding-top:4px"><b>Your progress '
                f'({esc(self.quiz)})</b><ul><li>Answered: {self.answered} of {self.questions}'
                f'</li><li>Right on the first try: {self.correct_first_try} of {self.graded}'
                f'</li><li>Answers revealed: {self.revealed}</li></ul></div>')

    def _repr_mimebundle_(self, include=None, exclude=None):
        return live_bundle(self.redraw, self._repr_html_(), str(self))


class LiveHTML(HTML):
    """HTML that, shown in a running notebook, redraws itself as answers are saved.

    Without ``redraw`` it is plain HTML:

    >>> LiveHTML("<b>3 of 9</b>")._repr_mimebundle_()
    {'text/html': '<b>3 of 9</b>', 'text/plain': '<b>3 of 9</b>'}
    """

    redraw = None

    def _repr_mimebundle_(self, include=None, exclude=None):
        return live_bundle(self.redraw, str(self), str(self))


def live_bundle(redraw, html: str, text: str) -> dict:
    """What a notebook shows for a summary: a widget that follows the student's answers (when
    ipywidgets is there and ``redraw`` is given), with the HTML as it is now for a preview.

    >>> live_bundle(None, "<b>3 of 9</b>", "3 of 9")
    {'text/html': '<b>3 of 9</b>', 'text/plain': '3 of 9'}
    >>> sorted(live_bundle(lambda: "<b>4 of 9</b>", "<b>3 of 9</b>", "3 of 9"))
    ['application/vnd.jupyter.widget-view+json', 'text/html', 'text/plain']
    """
    if redraw is not None:
        try:
            from .widgets import LiveHTML as LiveWidget
        except ImportError:  # no ipywidgets: the summary as it is now
            pass
        else:
            bundle = LiveWidget(redraw)._repr_mimebundle_()
            bundle["text/plain"] = text
            return bundle
    return {"text/html": html, "text/plain": text}


def progress_summary(lesson, student: str | None = None,
                     store: ProgressStore | None = None) -> ProgressSummary:
    """Summarise a student's progress in one lesson's quiz.

    Args:
        lesson: a quiz name (``"example"``), a quiz file path, or a loaded Quiz.
        student: the student's name (default: the name remembered on this computer).
        store: where progress is kept (default: the progress folder).

    Returns:
        A ProgressSummary (prints as one sentence, shows as a small table in a notebook).

    Raises:
        ToolkitError: if the quiz cannot be loaded.

    >>> import tempfile
    >>> from toolkit.quiz.progress import ProgressStore
    >>> s = progress_summary("example", student="Ana", store=ProgressStore(tempfile.mkdtemp()))
    >>> s.answered, s.questions == len(load_quiz("example"))
    (0, True)
    """
    quiz = lesson if isinstance(lesson, Quiz) else load_quiz(lesson)
    redraw = None
    if store is None:
        from .session import get_session

        session = get_session()
        if student is None:  # follow the session: the summary redraws as answers are saved
            redraw = lambda: progress_summary(quiz)._repr_html_()  # noqa: E731
        store, student = session.store, student or session.student
    student = student or store.current_student()
    records = store.records(student, quiz.name) if student else {}
    ids = {q.id: q for q in quiz.questions}
    answered = correct = revealed = 0
    for qid, rec in records.items():
        q = ids.get(qid)
        if q is None:
            continue
        if rec.get("checked") or rec.get("answer") not in (None, "", []):
            answered += 1
        if q.graded and rec.get("first_try_correct"):
            correct += 1
        if q.graded and rec.get("revealed"):  # a reflection's sample answer is no answer key
            revealed += 1
    return ProgressSummary(quiz=quiz.name, student=student, questions=len(quiz.questions),
                           answered=answered, graded=sum(q.graded for q in quiz.questions),
                           correct_first_try=correct, revealed=revealed, redraw=redraw)


def unit_progress(student: str | None = None, store: ProgressStore | None = None) -> HTML:
    """Progress in every lesson of the unit (the shipped quizzes named NN-...), one line each.

    Args:
        student: the student's name (default: the name remembered on this computer).
        store: where progress is kept (default: the progress folder).

    >>> import tempfile
    >>> from toolkit.quiz.progress import ProgressStore
    >>> "answered 0 of" in unit_progress("Ana", store=ProgressStore(tempfile.mkdtemp()))
    True
    """
    from ..drafting import custom_quizzes
    from ..errors import ToolkitError
    from .schema import shipped_quizzes

    follow = store is None and student is None
    if store is None:
        from .session import get_session

        session = get_session()
        store, student = session.store, student or session.student
    lines = []
    quizzes: list = [name for name in shipped_quizzes() if name[:2].isdigit()]
    quizzes += custom_quizzes(store.folder.parent)  # teachers' own lessons beside the unit
    for name in quizzes:
        try:
            summary = progress_summary(name, student=student, store=store)
        except ToolkitError as exc:  # a custom lesson whose key is not checked yet, say
            lines.append(f"<li><b>{esc(Path(name).parent.name)}</b>: {esc(str(exc))}</li>")
            continue
        lines.append(f"<li><b>{esc(summary.quiz)}</b>: answered {summary.answered} of "
                     f"{summary.questions}; right on the first try: "
                     f"{summary.correct_first_try} of {summary.graded}</li>")
    html = LiveHTML(f"<div style='font-family:system-ui,sans-serif'><b>Your progress in the "
                    f"whole unit</b><ul>{''.join(lines)}</ul></div>")
    if follow:  # follow the session: redraws as answers are saved
        html.redraw = lambda: str(unit_progress())
    return html



def look_back(lesson, question_ids=None, student: str | None = None,
              store: ProgressStore | None = None) -> HTML:
    """Show a student's own saved answers to some questions of an earlier lesson.

    Lesson 1 asks for first impressions (which article to share, which to trust, and why); the
    last lesson shows them again from the saved progress, so a student can see if they changed
    their mind.

    Args:
        lesson: a quiz name (``"01-meet-the-articles"``), a quiz file path, or a loaded Quiz.
        question_ids: the questions to show (default: every question without a right answer).
        student: the student's name (default: the name remembered on this computer).
        store: where progress is kept (default: the progress folder).

    Lesson 1 asks "would you share it?" as a poll; lesson 6 shows the answer again:

    >>> import tempfile
    >>> store = ProgressStore(tempfile.mkdtemp())
    >>> _ = store.save("Ana", "01-meet-the-articles", "share", "save", type="poll",
    ...                answer="The rewrite")
    >>> html = look_back("01-meet-the-articles", ["share"], student="Ana", store=store)
    >>> "You said: <b>The rewrite</b>" in html, "(Ana)" in html
    (True, True)
    """
    quiz = lesson if isinstance(lesson, Quiz) else load_quiz(lesson)
    follow = store is None and student is None
    if store is None:
        from .session import get_session

        session = get_session()
        store, student = session.store, student or session.student
    student = student or store.current_student()
    records = store.records(student, quiz.name) if student else {}
    questions = ([quiz.get(qid) for qid in question_ids] if question_ids is not None
                 else [q for q in quiz.questions if not q.graded])
    rows = []
    for q in questions:
        rec = records.get(q.id) or {}
        answer = rec.get("first_answer_text") or rec.get("answer_text") or rec.get("answer")
        if isinstance(answer, list):
            answer = "; ".join(str(a) for a in answer)
        said = (f"<b>{esc(answer)}</b>" if answer not in (None, "") else
                "<i>No answer saved yet. You can go back to that lesson and answer it.</i>")
        rows.append(f"<li style='margin-bottom:6px'>{esc(q.prompt)}<br>You said: {said}</li>")
    who = f" ({esc(student)})" if student else ""
    html = LiveHTML(f"<div style='font-family:system-ui,sans-serif;text-align:left'><b>What "
                    f"you said in {esc(quiz.title)}{who}</b><ul>{''.join(rows)}</ul></div>")
    if follow:  # s11 walkthrough #18: a name typed after Run All brings the answers in
        html.redraw = lambda: str(look_back(quiz, question_ids))
    return html
