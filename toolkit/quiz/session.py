"""Who is answering: the student's name (asked once, remembered in the progress folder) and the
quiz views that show it, so "Not you?" in one view changes them all. No widgets here (``bar``
holds the notebook's one name bar once ``toolkit.quiz.name_bar`` has made it)."""

from __future__ import annotations

import weakref
from pathlib import Path

from .progress import ProgressStore, progress_dir

_sessions: dict[Path, "Session"] = {}


class Session:
    """The progress store of one folder, the current student and the views that follow them.

    A view is anything with a ``student_changed()`` method (a quiz view, the name bar):

    >>> import tempfile
    >>> session = Session(ProgressStore(tempfile.mkdtemp()))
    >>> class View:
    ...     def student_changed(self):
    ...         print("now showing", session.student)
    >>> view = View()
    >>> session.attach(view)
    >>> session.set_student("  Ana   Lopez ")
    now showing Ana Lopez
    'Ana Lopez'
    >>> session.store.current_student()  # remembered on this computer
    'Ana Lopez'
    >>> session.forget_student()
    now showing None
    """

    def __init__(self, store: ProgressStore):
        self.store = store
        self.student: str | None = store.current_student()
        self._views: weakref.WeakSet = weakref.WeakSet()
        # The notebook's name bar (quiz.widgets.name_bar), shown once at the top: quiz views
        # made after it leave out their own.
        self.bar = None

    def attach(self, view) -> None:
        """Tell ``view.student_changed()`` whenever the student changes or answers are loaded."""
        self._views.add(view)

    def set_student(self, name: str) -> str:
        """Remember a new student's name on this computer and refresh every view.

        When the name cannot be remembered (a read-only folder), the quiz still goes on under
        that name for this session, and ``store.notice`` says why.
        """
        from ..errors import ToolkitError
        from .progress import clean_name

        try:
            self.student = self.store.set_current_student(name)
        except ToolkitError as exc:
            self.student = clean_name(name)
            self.store.notice = str(exc)
        self.refresh()
        return self.student

    def forget_student(self) -> None:
        """Sign out (the name bar's "Yes, sign out"): views ask for a name again, and this
        computer stops remembering the name, so a notebook opened later asks too. Answers stay."""
        if self.student:
            self.store.clear_current_student(self.student)
        self.student = None
        self.refresh()

    def saved(self) -> None:
        """Tell the views that follow answers (live progress summaries) that one was saved."""
        for view in list(self._views):
            changed = getattr(view, "answers_changed", None)
            if changed is not None:
                changed()

    def refresh(self) -> None:
        """Make every view show the current student's saved answers."""
        for view in list(self._views):
            view.student_changed()


def get_session(folder=None) -> Session:
    """Return the session for a progress folder (the configured one by default), made once.

    >>> import tempfile
    >>> folder = tempfile.mkdtemp()
    >>> get_session(folder) is get_session(folder), get_session(folder).store.folder == Path(folder)
    (True, True)
    """
    path = Path(folder) if folder is not None else progress_dir()
    key = path.resolve()
    if key not in _sessions:
        _sessions[key] = Session(ProgressStore(path))
    return _sessions[key]


def reset_sessions() -> None:
    """Forget every session (tests, or after changing the progress folder).

    >>> import tempfile
    >>> folder = tempfile.mkdtemp()
    >>> first = get_session(folder)
    >>> reset_sessions()
    >>> get_session(folder) is first
    False
    """
    _sessions.clear()
