"""The quiz on screen: standard ipywidgets only (7.7 and 8.1), feedback in HTML widget values.

This is the one module that imports ipywidgets. Every control has an accessible name (its
``description``); every text from the articles is HTML-escaped wherever it is shown (ipywidgets 7
renders descriptions as HTML, so there descriptions are escaped too). A QuizView shows readable
text instead of "Error displaying widget" where no kernel runs (nbconvert HTML, GitHub).
"""

from __future__ import annotations

import threading

import ipywidgets as W

from ..errors import ToolkitError
from ..render.html import esc
from . import grading
from .controls import (AUTO, INITIAL, IPYWIDGETS_7, _SHARED, desc,  # noqa: F401 (re-exported)
                       label_option as _label_option, make as _make, shared as _shared)
from .controls import button as _button, html_widget as _html
from . import settle
from .settle import MESSAGE_CLASS, NAME_CLASS, NOT_YOU_CLASS, START_CLASS
from .keys import ENTER_CLASS, is_enter, keys_loader, typed_text
from .picker import file_picker, picker_support
from .progress import download_link, parse_answers, readable_time
from .questions import Question, Quiz
from .session import Session, get_session
from .types import question_type
DEBOUNCE_SECONDS = 1.5
"""Reflections are saved this long after the student stops typing (0 saves at every change)."""

QUIZ_CSS = """
.medialit-view :focus-visible,.medialit-quiz :focus-visible,
.medialit-view .widget-text input:focus,.medialit-quiz .widget-text input:focus,
.medialit-view .widget-textarea textarea:focus,.medialit-quiz .widget-textarea textarea:focus{
 outline:3px solid #0b4f9c!important;outline-offset:2px!important}
.medialit-quiz .widget-toggle-button.mod-active,.medialit-quiz .widget-toggle-button.mod-active:hover{
 background:#0b4f9c!important;color:#fff!important;border:2px solid #000!important;
 font-weight:700;box-shadow:none!important}
.medialit-quiz .widget-toggle-button.mod-active::before{content:"\\2714\\00a0"}
"""
"""The quiz's own style (a ``<style>`` at the top of each question, no script): a dark focus ring
on every control (text boxes named more exactly: ipywidgets' own ``outline: none !important`` on
``.widget-text input`` outranked the plain ``:focus-visible`` rule), and clicked word buttons in a dark colour with a tick, both far above 3:1
against the page and an unclicked button (ipywidgets 7.7 and 8.1 share these class names)."""

STATIC_NOTICE = ("This quiz needs a running notebook: the Check button cannot work in this "
                 "preview. Open the lesson in Jupyter or Colab and run it to answer.")


def question_class(quiz_name: str, question_id: str) -> str:
    """The CSS class that names one question's box on the page (for tests and teachers' styles).

    >>> question_class("01-meet-the-articles", "exit-ticket")
    'medialit-q-01-meet-the-articles--exit-ticket'
    >>> question_class("my quiz.yaml", "Q 1")
    'medialit-q-my-quiz-yaml--Q-1'
    """
    import re

    def clean(text: str) -> str:
        return re.sub(r"[^A-Za-z0-9_-]+", "-", str(text)).strip("-")

    return f"medialit-q-{clean(quiz_name)}--{clean(question_id)}"


def widget_bundle(widget: W.Widget) -> dict:
    """Return the mimebundle that shows a live widget (built by hand on ipywidgets 7).

    >>> bundle = widget_bundle(W.HTML("<b>Hi</b>"))
    >>> sorted(bundle["application/vnd.jupyter.widget-view+json"])
    ['model_id', 'version_major', 'version_minor']
    """
    if hasattr(widget, "_repr_mimebundle_"):
        return dict(widget._repr_mimebundle_() or {})
    return {"application/vnd.jupyter.widget-view+json": {
        "version_major": 2, "version_minor": 0, "model_id": widget.model_id}}


def display_order(q) -> list:
    """The order a question's options are shown in.

    Multiple-choice options are mixed in an order fixed by the question's id, so the right
    answer is not always first (and a student who always picks the first option does not win),
    yet the order is the same every time the lesson runs. Polls keep their written order.
    Answers are stored as the option's text, so the order never affects saved work.

    >>> from toolkit.quiz.schema import load_quiz
    >>> q = load_quiz("example").get("what-is-attributed")
    >>> [o.text for o in q.options]  # as written: the right answer first
    ['It says who the information comes from.', 'It is true.', "It gives the writer's opinion."]
    >>> [o.text for o in display_order(q)]  # as shown, the same on every run
    ["It gives the writer's opinion.", 'It is true.', 'It says who the information comes from.']
    """
    options = list(q.options or ())
    if not question_type(q).shuffled or len(options) < 2:
        return options
    import random
    import zlib

    random.Random(zlib.crc32(q.id.encode("utf-8"))).shuffle(options)
    return options


def _has_answer(value) -> bool:
    """Whether a saved answer holds anything the student gave (not None, "", or all blanks).

    >>> [_has_answer(v) for v in (None, "", "  ", [], [None, ""], "Because", [None, "claim"], 0)]
    [False, False, False, False, False, True, True, True]
    """
    if isinstance(value, (list, tuple)):
        return any(_has_answer(v) for v in value)
    if isinstance(value, str):
        return bool(value.strip())
    return value is not None


class QuestionView:
    """One question on screen: its controls, Check / Hint / Show answer, feedback and save status.

    Drive it from Python as a student would: set the controls' ``.value`` (or call
    ``set_answer``), then ``check_button.click()`` and read ``feedback.value``.

    >>> import tempfile
    >>> from toolkit.quiz.progress import ProgressStore
    >>> from toolkit.quiz.schema import load_quiz
    >>> session = Session(ProgressStore(tempfile.mkdtemp()))
    >>> _ = session.set_student("Ana")
    >>> quiz = load_quiz("example")
    >>> view = QuestionView(quiz, quiz.get("what-is-attributed"), session)
    >>> view.controls[0].value = "It is true."
    >>> view.check_button.click()
    >>> "Not yet" in view.feedback.value, "Saved for Ana" in view.status.value
    (True, True)
    >>> session.store.record("Ana", "example", "what-is-attributed")["answer"]
    'It is true.'
    >>> print(view.fallback_text())  # what a preview without a kernel shows
    A sentence 'names a source'. What does that mean?
      - It says who the information comes from.
      - It is true.
      - It gives the writer's opinion.
    """

    def __init__(self, quiz: Quiz, question: Question, session: Session, on_saved=None,
                 on_notice=None):
        self.quiz, self.q, self.session = quiz, question, session
        self._on_saved = on_saved
        self._on_notice = on_notice
        self._restoring = False
        self._pending: list[tuple[str, dict]] = []
        self._timer: threading.Timer | None = None
        self.revealed = False
        self.controls: list[W.Widget] = []
        self.header = _html(self._header_html())
        self.hint_html = _html()
        self.feedback = _html()
        self.answer_html = _html()
        self.status = _html()
        self.check_button = self.hint_button = self.reveal_button = self.save_button = None
        body = self._build_controls()
        buttons = question_type(question).buttons(self)
        self.feedback.add_class("medialit-feedback")
        self.box = _make(W.VBox, children=[self.header, body, _make(W.HBox, children=buttons),
                                           self.hint_html, self.feedback, self.answer_html,
                                           self.status],
                         layout={"border": "1px solid #bbb", "padding": "6px", "margin": "6px 0"})
        self.box.add_class("medialit-quiz")  # the browser tests find questions by this class
        self.box.add_class(question_class(quiz.name, question.id))  # ... and one question by this
        settle.watch(self.box, self.controls)  # buttons wait until the kernel has what is shown
        self.restore()

    # -- building -----------------------------------------------------------------------------
    def _header_html(self) -> str:
        q = self.q
        parts = [f"<style>{QUIZ_CSS}</style>",
                 f'<div style="font-weight:bold">{esc(q.prompt)}</div>']
        parts.append(question_type(q).header_html(q))
        return "".join(parts)

    def _build_controls(self) -> W.Widget:
        q = self.q
        self.options = display_order(q)
        return question_type(q).build(self)

    # -- answers ------------------------------------------------------------------------------
    def answer(self):
        """Return the current answer as plain data (what the progress file stores)."""
        return question_type(self.q).read(self)

    def set_answer(self, answer) -> None:
        """Put an answer (as ``answer()`` returns it) back into the controls; None clears them.

        >>> import tempfile
        >>> from toolkit.quiz.progress import ProgressStore
        >>> from toolkit.quiz.schema import load_quiz
        >>> session = Session(ProgressStore(tempfile.mkdtemp()))
        >>> _ = session.set_student("Ana")
        >>> quiz = load_quiz("example")
        >>> view = QuestionView(quiz, quiz.get("sort-mixed"), session)
        >>> view.answer()
        [None, None, None, None]
        >>> view.set_answer(["attributed", "claim", "opinion", "call_to_action"])
        >>> view.answer()
        ['attributed', 'claim', 'opinion', 'call_to_action']
        """
        was, self._restoring = self._restoring, True
        try:
            question_type(self.q).write(self, answer)
        finally:
            self._restoring = was

    # -- actions ------------------------------------------------------------------------------
    def check(self) -> grading.Result:
        """Check the answer, show feedback at once, and save it (a try)."""
        answer = self.answer()
        result = grading.grade(self.q, answer)
        self.feedback.value = result.html
        if result.correct is not None:
            self._save("check", answer=answer, correct=result.correct)
        return result

    def show_hint(self) -> None:
        """Show the hint and record that it was used.

        >>> import tempfile
        >>> from toolkit.quiz.progress import ProgressStore
        >>> from toolkit.quiz.schema import load_quiz
        >>> session = Session(ProgressStore(tempfile.mkdtemp()))
        >>> _ = session.set_student("Ana")
        >>> quiz = load_quiz("example")
        >>> view = QuestionView(quiz, quiz.get("sort-mixed"), session)
        >>> view.show_hint()
        >>> "<b>Hint:</b> Look for reporting words" in view.hint_html.value
        True
        >>> session.store.record("Ana", "example", "sort-mixed")["hints"]
        1
        >>> view.status.value  # no "Saved for Ana." under a hint: no answer was saved
        ''
        """
        self.hint_html.value = (f'<div style="background:#f4f4f4;padding:4px">'
                                f'<b>Hint:</b> {esc(self.q.hint)}</div>')
        self._save("hint")

    def reveal(self) -> None:
        """Show the answer (the sample answer for a reflection) and record that it was revealed.

        >>> import tempfile
        >>> from toolkit.quiz.progress import ProgressStore
        >>> from toolkit.quiz.schema import load_quiz
        >>> session = Session(ProgressStore(tempfile.mkdtemp()))
        >>> _ = session.set_student("Ana")
        >>> quiz = load_quiz("example")
        >>> view = QuestionView(quiz, quiz.get("sort-mixed"), session)
        >>> view.reveal()
        >>> view.answer_html.value[:27], session.store.record("Ana", "example", "sort-mixed")["revealed"]
        ('<div><b>Answer:</b><ol><li>', True)
        """
        self.revealed = True
        self.answer_html.value = grading.reveal(self.q)
        self._save("reveal", answer=self.answer())

    def save_choice(self) -> None:
        """Save a poll choice (no right or wrong) and say that it was saved.

        >>> import tempfile
        >>> from toolkit.quiz.progress import ProgressStore
        >>> from toolkit.quiz.schema import load_quiz
        >>> session = Session(ProgressStore(tempfile.mkdtemp()))
        >>> _ = session.set_student("Ana")
        >>> quiz = load_quiz("example")
        >>> view = QuestionView(quiz, quiz.get("first-look"), session)
        >>> view.controls[0].value = "The rewrite"
        >>> view.save_choice()
        >>> view.feedback.value
        '<div>Your choice is saved: “The rewrite”. There is no right or wrong answer here.</div>'
        """
        answer = self.answer()
        if not answer:
            self.feedback.value = grading.verdict(False, "Choose an option first, then press "
                                                         "Save my choice.")
            return
        self.feedback.value = (f"<div>Your choice is saved: \u201c"
                               f"{esc(grading.answer_text(self.q, answer))}\u201d. There is no "
                               f"right or wrong answer here.</div>")
        self._save("save", answer=answer)

    def _typed(self, change) -> None:
        if self._restoring:
            return
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        if DEBOUNCE_SECONDS <= 0:
            self.save_draft()
            return
        timer = threading.Timer(DEBOUNCE_SECONDS, self.save_draft)
        timer.daemon = True
        try:
            timer.start()
        except RuntimeError:  # no threads here (Pyodide, in the browser site): save at once
            self.save_draft()
            return
        self._timer = timer
        self.status.value = '<span style="color:#555">Typing\u2026 (saved when you pause)</span>'

    def save_draft(self) -> None:
        """Save the reflection text now (also done automatically as the student types)."""
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        self._save("save", answer=self.answer())

    def keep_draft(self, change=None) -> None:
        """Keep a graded question's choices before Check (a sort's labels) as a draft, so a
        restart does not lose them: not an answer, no try, no first-try count."""
        if self._restoring:
            return
        self._save("draft", answer=self.answer())

    def flush(self) -> None:
        """Save a reflection draft that is waiting for the typing pause, at once."""
        if self._timer is not None:
            self.save_draft()

    # -- saving and restoring -----------------------------------------------------------------
    def _save(self, event: str, **fields) -> None:
        if "answer" in fields:
            fields["answer_text"] = grading.answer_text(self.q, fields["answer"])
        fields["type"] = self.q.type
        student = self.session.student
        if not student:
            if event == "draft":  # only the latest choices wait for the name
                self._pending = [p for p in self._pending if p[0] != "draft"]
            self._pending.append((event, fields))
            self.status.value = ('<span style="color:#a33f00">\u26A0 Not saved yet: type your '
                                 'name at the top and press Enter or Start to save your '
                                 'answers.</span>')
            return
        try:
            store = self.session.store
            store.save(student, self.quiz.name, self.q.id, event, **fields)
        except (ToolkitError, OSError) as exc:
            msg = str(exc) if isinstance(exc, ToolkitError) else (
                f"Your answer could not be saved ({exc.strerror}): tell your teacher.")
            self.status.value = f'<span style="color:#a33f00">\u26A0 {esc(msg)}</span>'
            return
        note = self._take_notice()
        if event == "hint" or (event == "reveal" and not _has_answer(fields.get("answer"))):
            # A hint is no answer: "Saved for Sam K." under it left a student wondering what was
            # saved (s12 walkthrough #19). Nor is a sample answer shown over an empty box: "Saved"
            # there read as a handed-in exit ticket (s12 second walkthrough #15). The line keeps
            # what it said about the answer; only a notice from the store is shown.
            if note:
                self.status.value = f'<div style="color:#a33f00">\u26A0 {esc(note)}</div>'
            if self._on_saved:
                self._on_saved()
            return
        stop = "" if student.endswith(".") else "."   # "Sam K." gets no second full stop
        saved = f'<span style="color:#006b4f">\u2714 Saved for {esc(student)}{stop}</span>'
        if event == "draft":
            saved = (f'<span style="color:#006b4f">\u2714 Your choices are kept for '
                     f'{esc(student)}{stop} They are not checked yet: press Check when you are '
                     f'ready.</span>')
        self.status.value = (f'<div style="color:#a33f00">\u26A0 {esc(note)}</div>' if note
                             else "") + saved
        if self._on_saved:
            self._on_saved()

    def restore(self) -> None:
        """Show the current student's saved answer, feedback and revealed answer (or clear)."""
        student = self.session.student
        record = None
        notice = ""
        if student:
            store = self.session.store
            try:
                record = store.record(student, self.quiz.name, self.q.id)
            except ToolkitError as exc:
                notice = str(exc)
            notice = notice or self._take_notice()
        self.hint_html.value = ""
        self.feedback.value = ""
        self.answer_html.value = ""
        self.revealed = False
        draft = record.get("draft") if record else None
        self.set_answer(draft if draft is not None else record.get("answer") if record else None)
        status = f'<div style="color:#a33f00">\u26A0 {esc(notice)}</div>' if notice else ""
        if record and draft is not None:  # choices made before (or since) the last Check
            if record.get("revealed"):
                self.revealed = True
                self.answer_html.value = grading.reveal(self.q)
            status += (f'<span style="color:#555">Your choices are back (saved '
                       f'{esc(readable_time(record.get("time", "")))}). They are not checked '
                       f'yet: press Check when you are ready.</span>')
        elif record:
            self.feedback.value = question_type(self.q).restored_feedback(self.q, record)
            if record.get("revealed"):
                self.revealed = True
                self.answer_html.value = grading.reveal(self.q)
            if _has_answer(record.get("answer")):  # not for a record of hints or a sample only
                status += (f'<span style="color:#555">Your earlier answer is back (saved '
                           f'{esc(readable_time(record.get("time", "")))}).</span>')
        self.status.value = status

    def _take_notice(self) -> str:
        store = self.session.store
        note, store.notice = store.notice, ""
        if note and self._on_notice:
            self._on_notice(note)
        return note

    def student_changed(self) -> None:
        """Save answers given before the name was known, then show this student's answers."""
        if self.session.student and self._pending:
            pending, self._pending = self._pending, []
            for event, fields in pending:
                self._save(event, **fields)
        if not self.session.student:
            self._pending = []
        self.restore()

    # -- static text --------------------------------------------------------------------------
    def fallback_html(self) -> str:
        """Return the question as readable HTML for a preview with no running kernel."""
        q = self.q
        parts = [f"<p><b>{esc(q.prompt)}</b></p>", question_type(q).preview_html(q)]
        return "".join(parts)

    def fallback_text(self) -> str:
        """Return the question as plain text for a preview with no running kernel."""
        q = self.q
        lines = [q.prompt] + question_type(q).preview_text(q)
        return "\n".join(lines)


def hub_user() -> str:
    """The JupyterHub user name of this notebook's server ($JUPYTERHUB_USER), or "".

    >>> import os
    >>> from unittest import mock
    >>> with mock.patch.dict(os.environ, {"JUPYTERHUB_USER": " ana.m "}):
    ...     hub_user()
    'ana.m'
    """
    import os

    return " ".join(os.environ.get("JUPYTERHUB_USER", "").split())[:80]


class StudentBar:
    """Asks the student's name once; then shows it with a "Not you?" button (which asks "Sign
    out?" before it does), the download link and a way to load downloaded answers back.

    >>> import tempfile
    >>> from toolkit.quiz.progress import ProgressStore
    >>> session = Session(ProgressStore(tempfile.mkdtemp()))
    >>> bar = StudentBar(session)
    >>> session.attach(bar)  # (name_bar does this; a QuizView refreshes its own bar)
    >>> [w.description for w in bar.row.children]  # no name yet
    ['Your name', 'Start']
    >>> bar.name_text.value = "Ana M."
    >>> bar.start_button.click()
    >>> bar.message.value
    'Hello, Ana M.: your answers are saved as you go.'
    >>> bar.who.value, bar.not_you_button.description
    ('Answering as <b>Ana M.</b>', 'Not you?')
    >>> "Download my answers" in bar.download.value
    True

    "Not you?" asks first, so a stray Enter on it never signs the student out:

    >>> bar.not_you_button.click()
    >>> shown = [getattr(w, "description", None) or w.value for w in bar.row.children]
    >>> shown[1]
    'Sign out? Your answers stay saved under this name.'
    >>> shown[0], shown[2:]
    ('Answering as <b>Ana M.</b>', ['No, stay', 'Yes, sign out'])
    >>> bar.stay_button.click(); session.student, bar.row.children[1] is bar.not_you_button
    ('Ana M.', True)
    >>> bar.not_you_button.click(); bar.sign_out_button.click(); session.student, bar.message.value
    (None, 'Type your own name and press Enter or Start.')

    Enter in the name box is Start (where the name bar's script runs, see quiz.keys):

    >>> from toolkit.quiz.keys import enter_value
    >>> bar.name_text.value = enter_value("Sam K.", 5)
    >>> bar.who.value, session.student
    ('Answering as <b>Sam K.</b>', 'Sam K.')
    """

    def __init__(self, session: Session):
        self.session = session
        # continuous_update=False: the name is sent once, when the box loses focus (Tab or
        # clicking Start), not after every key, so fast typing cannot race the kernel's echo.
        # On a JupyterHub the user name is known: offer it (the student can still change it).
        self.name_text = W.Text(value=hub_user(), description="Your name",
                                placeholder="First name and last initial, like Ana M.", continuous_update=False,
                                style={"description_width": "initial"})
        self.start_button = _button("Start", "Save my answers under this name", "primary")
        self.start_button.on_click(lambda _b: self.start())
        self.start_button.add_class(START_CLASS)  # (quiz.settle: a late focus move is checked)
        # Enter in the box is Start: the script sends the typed name with an invisible ending
        # (quiz.keys.enter_value), so the name and "start" arrive together.
        self.name_text.add_class(NAME_CLASS)
        self.name_text.add_class(ENTER_CLASS)
        self.name_text.observe(self._entered, names="value")
        self.who = W.HTML(value="")
        self.not_you_button = _button("Not you?", "Change the name the answers are saved under")
        # "Not you?" only asks: the focus is on it after Start, so a stray Enter must not sign
        # the student out. The question's safe answer, "No, stay", takes the focus.
        self.not_you_button.on_click(lambda _b: self.ask_not_you())
        self.not_you_button.add_class(NOT_YOU_CLASS)
        self.sign_out_question = W.HTML(value="Sign out? Your answers stay saved under this name.")
        self.stay_button = _button("No, stay", "Keep saving answers under this name")
        self.stay_button.on_click(lambda _b: self.stay())
        self.sign_out_button = _button("Yes, sign out", "Stop saving answers under this name, "
                                       "and type another name")
        self.sign_out_button.on_click(lambda _b: self.not_you())
        self.asking = False
        self.download = W.HTML(value="")
        self.upload = file_picker("Load my answers", ".json")
        self.upload.observe(self._uploaded, names="value")
        self.message = W.HTML(value="")
        self.message.add_class(MESSAGE_CLASS)  # Start clears it at once (quiz.settle.STARTING_JS)
        self.row = W.HBox([], layout=W.Layout(flex_flow="row wrap", align_items="center"))
        # A hidden script: keys pressed in a question stay there (see quiz.keys).
        keys = keys_loader()
        # ... and the style that shows "Load my answers" with no file count (see quiz.picker).
        self.box = W.VBox([self.row, self.message] + ([keys] if keys is not None else [])
                          + [picker_support()])
        self.box.add_class("medialit-view")  # the focus ring of QUIZ_CSS
        self.refresh()

    def student_changed(self) -> None:
        """Show the current student (the session calls this when the name changes)."""
        self.refresh()

    def _repr_mimebundle_(self, include=None, exclude=None):
        bundle = widget_bundle(self.box)
        bundle["text/plain"] = ("Your name box: it needs a running notebook. Run the lesson's "
                                "cells to type your name.")
        return bundle

    def _entered(self, change) -> None:
        # Enter pressed in the name box, while it is on screen: an Enter held down or pressed
        # twice sends again before the box is gone, and that is not a second Start
        if is_enter(change["new"]) and self.name_text in self.row.children:
            self.start()

    def start(self) -> None:
        """Save the typed name as this computer's student and show that student's answers."""
        try:
            name = self.session.set_student(typed_text(self.name_text.value))
        except ToolkitError as exc:
            # cleared first, so the same message twice still changes the bar: that change gives
            # Start back where the name bar's script greyed it out (quiz.settle.STARTING_JS)
            self.message.value = ""
            self.message.value = f'<span style="color:#a33f00">\u26A0 {esc(exc)}</span>'
            return
        self.message.value = f"Hello, {esc(name)}: your answers are saved as you go."
        # ipywidgets 8: Start is gone, so the keyboard focus moves to what replaced it, not the
        # page. The browser may get this a second later (the in-browser kernel): by then the
        # student may be in a question, and quiz.settle's script keeps them there.
        if hasattr(self.not_you_button, "focus"):
            self.not_you_button.focus()

    def ask_not_you(self) -> None:
        """Ask "Sign out?" beside the name ("Not you?"): "No, stay" has the focus, "Yes, sign
        out" is the next Tab stop. Nothing changes until the student answers."""
        if not self.session.student:
            return
        self.asking = True
        self.refresh()
        if hasattr(self.stay_button, "focus"):  # ipywidgets 8 (7 has no focus())
            self.stay_button.focus()

    def stay(self) -> None:
        """Answer "No, stay": the name bar as it was, the focus back on "Not you?"."""
        self.asking = False
        self.refresh()
        if hasattr(self.not_you_button, "focus"):
            self.not_you_button.focus()

    def not_you(self) -> None:
        """Ask for a name again (answers already saved stay in the other student's file)."""
        self.asking = False
        self.name_text.value = ""
        self.message.value = "Type your own name and press Enter or Start."
        self.session.forget_student()
        if hasattr(self.name_text, "focus"):  # the keyboard goes on to type the new name
            self.name_text.focus()

    def refresh(self) -> None:
        """Show the name box, or the name with "Not you?" and the download link."""
        student = self.session.student
        if student:
            stop = "" if student.endswith(".") else "."  # "Sam K." gets no second full stop
            self.who.value = f"Answering as <b>{esc(student)}</b>{stop}"
        if student and self.asking:
            self.stay_button.tooltip = f"Keep saving answers as {student}"
            self.row.children = [self.who, self.sign_out_question, self.stay_button,
                                 self.sign_out_button]
        elif student:
            self.refresh_download()
            self.row.children = [self.who, self.not_you_button, self.download, self.upload]
        else:
            self.asking = False
            self.row.children = [self.name_text, self.start_button]

    def refresh_download(self) -> None:
        """Update the "download my answers" link with what is saved now."""
        student = self.session.student
        if student:
            try:
                self.download.value = download_link(student, self.session.store)
            except ToolkitError:
                self.download.value = ""

    def _uploaded(self, change) -> None:
        value = change["new"]
        files = list(value.values()) if isinstance(value, dict) else list(value or ())
        if not files:
            return
        content = files[0].get("content", b"")
        try:
            data = parse_answers(bytes(content))
            if not self.session.student:
                self.session.set_student(data.get("student") or "student")
            n = self.session.store.merge(self.session.student, data)
        except ToolkitError as exc:
            self.message.value = f'<span style="color:#a33f00">\u26A0 {esc(exc)}</span>'
            return
        self.message.value = f"Loaded {n} saved answer{'s' if n != 1 else ''}."
        self.session.refresh()


class LiveHTML:
    """HTML that redraws itself whenever an answer is saved, answers are loaded or the student
    changes: progress summaries shown once by Run All stay true as the student works.

    >>> import tempfile
    >>> from toolkit.quiz.progress import ProgressStore
    >>> session = Session(ProgressStore(tempfile.mkdtemp()))
    >>> live = LiveHTML(lambda: f"<b>{session.student or 'No name yet'}</b>", session)
    >>> live.widget.value
    '<b>No name yet</b>'
    >>> _ = session.set_student("Ana")
    >>> live.widget.value
    '<b>Ana</b>'
    """

    def __init__(self, render, session: Session | None = None):
        self.render = render
        self.session = session or get_session()
        self.widget = W.HTML(value="")
        self.widget.add_class("medialit-live")
        self.widget._medialit_live = self  # kept alive as long as its widget is
        self.student_changed()
        self.session.attach(self)

    def student_changed(self) -> None:
        """Redraw (a failure keeps the last drawing: a summary must never break saving)."""
        try:
            self.widget.value = str(self.render())
        except Exception:  # noqa: BLE001
            pass

    answers_changed = student_changed

    def _repr_mimebundle_(self, include=None, exclude=None):
        bundle = widget_bundle(self.widget)
        bundle["text/html"] = self.widget.value
        bundle["text/plain"] = "(Progress: run the lesson in Jupyter to see it.)"
        return bundle


def name_bar(session: Session | None = None) -> StudentBar:
    """The notebook's one name bar: made once per progress folder, shown at the top of a lesson.

    Quiz views made after it leave out their own bar (a lesson with twenty questions asks the
    name once and draws one bar, not twenty); "Not you?", the download link and "Load my
    answers" in it act for every question. Displaying it again shows the same bar.

    >>> import tempfile
    >>> from toolkit.quiz.progress import ProgressStore
    >>> session = Session(ProgressStore(tempfile.mkdtemp()))
    >>> bar = name_bar(session)
    >>> name_bar(session) is bar, session.bar is bar
    (True, True)
    """
    session = session or get_session()
    bar = session.bar
    if bar is None or getattr(bar.box, "comm", True) is None:  # none yet, or closed
        bar = session.bar = StudentBar(session)
        session.attach(bar)
    return bar


class QuizView:
    """A quiz, or one of its questions, on screen (and, for a whole quiz, the progress summary),
    with its own student bar unless the notebook shows one already (``name_bar``). Display it in
    a notebook; ``.widget`` is the ipywidgets box.

    >>> import tempfile
    >>> from toolkit.quiz.progress import ProgressStore
    >>> from toolkit.quiz.schema import load_quiz
    >>> session = Session(ProgressStore(tempfile.mkdtemp()))
    >>> view = QuizView(load_quiz("example"), student="Ana", session=session)
    >>> len(view.questions), view.own_bar
    (9, True)
    >>> check = view.question("what-is-attributed")
    >>> check.controls[0].value = "It says who the information comes from."
    >>> check.check_button.click()
    >>> "<li>Answered: 1 of 9</li><li>Right on the first try: 1 of 7</li>" in view.summary.value
    True
    """

    def __init__(self, quiz: Quiz, question_id: str | None = None, student: str | None = None,
                 session: Session | None = None):
        self.quiz = quiz
        self.session = session or get_session()
        if student:
            self.session.set_student(student)
        chosen = [quiz.get(question_id)] if question_id else list(quiz.questions)
        shared = self.session.bar
        if shared is not None and getattr(shared.box, "comm", True) is None:
            shared = self.session.bar = None  # closed (e.g. Widget.close_all): make a new one
        self.own_bar = shared is None
        self.bar = StudentBar(self.session) if self.own_bar else shared
        self.summary = _html()
        self.questions = [QuestionView(quiz, q, self.session, on_saved=self._saved,
                                       on_notice=self._notice) for q in chosen]
        parts = [self.bar.box] if self.own_bar else []
        if question_id is None:
            parts.insert(0, _html(f"<h3>{esc(quiz.title)}</h3>"))
        parts += [qv.box for qv in self.questions]
        if question_id is None:
            parts.append(self.summary)
        self.whole = question_id is None
        # One question under the notebook's bar is its own box (no box around a single box).
        self.widget = parts[0] if len(parts) == 1 else _make(W.VBox, children=parts)
        self.widget.add_class("medialit-view")  # the focus ring of QUIZ_CSS
        self.session.attach(self)
        self._update_summary()

    def question(self, question_id: str) -> QuestionView:
        """Return the view of one question by id."""
        for qv in self.questions:
            if qv.q.id == question_id:
                return qv
        raise ToolkitError(f"This view has no question {question_id!r}.")

    def student_changed(self) -> None:
        """Refresh the name bar (its own; the notebook's refreshes itself) and every question."""
        if self.own_bar:
            self.bar.refresh()
        for qv in self.questions:
            qv.student_changed()
        self._update_summary()

    def _notice(self, message: str) -> None:
        self.bar.message.value = f'<span style="color:#a33f00">\u26A0 {esc(message)}</span>'

    def _saved(self) -> None:
        self.bar.refresh_download()
        self._update_summary()
        self.session.saved()  # live progress summaries elsewhere in the notebook redraw

    def _update_summary(self) -> None:
        if not self.whole or not self.session.student:
            self.summary.value = ""
            return
        from .summary import progress_summary

        self.summary.value = progress_summary(self.quiz, student=self.session.student,
                                              store=self.session.store)._repr_html_()

    def fallback_html(self) -> str:
        """Return the quiz as readable HTML with a note that it needs a running notebook."""
        qs = "".join(f'<div style="margin:6px 0">{qv.fallback_html()}</div>'
                     for qv in self.questions)
        title = f"<h3>{esc(self.quiz.title)}</h3>" if self.whole else ""
        return (f'<div class="medialit-quiz-static"><p><i>{esc(STATIC_NOTICE)}</i></p>'
                f"{title}{qs}</div>")

    def fallback_text(self) -> str:
        """Return the quiz as plain text with a note that it needs a running notebook."""
        return "\n\n".join([STATIC_NOTICE] + [qv.fallback_text() for qv in self.questions])

    def _repr_mimebundle_(self, include=None, exclude=None):
        bundle = widget_bundle(self.widget)
        bundle["text/plain"] = self.fallback_text()
        bundle["text/html"] = self.fallback_html()
        return bundle
