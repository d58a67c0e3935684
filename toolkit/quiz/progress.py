"""Progress files: every answer saved the moment it is checked, so a student never loses work.

One JSON file per student in the progress folder (``MEDIALIT_PROGRESS_DIR``, or ``progress/`` in
the current folder, i.e. beside the lessons). Every change is made under a lock file (created with
``O_CREAT | O_EXCL``; a lock older than ``STALE_LOCK_SECONDS`` is taken to be left over from a crash)
while the file is read, merged and written, and the write is atomic (a temporary file in the same
folder, then ``os.replace``, which is atomic on Windows too). Two notebooks open at once therefore
never overwrite each other's answers. A damaged file is kept under a new name and a fresh one is
started. No widgets here and nothing leaves the machine.

The file looks like::

    {"version": 1, "student": "Ana", "id": "3f9c2a7b1d04", "merged_ids": [],
     "quizzes": {"example": {"q1": {"type": "choice", "answer": "...", "correct": true,
                                    "first_answer": "...", "first_try_correct": true,
                                    "tries": 1, "hints": 0, "revealed": false,
                                    "checked": true, "time": "..."}}}}

``id`` is made once, at random, when the file is first written, and travels with the file (and
with its downloaded copy), so two students with the same name on different computers stay apart
when a teacher gathers their files. Merging another copy in keeps this file's id and adds the
other's to ``merged_ids``. ``first_answer`` is the answer given at the first check (or the first
pick of a poll) and is never overwritten; ``answer`` is always the latest.
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import re
import tempfile
import time
import unicodedata
import uuid
from datetime import datetime, timezone
from pathlib import Path

from ..errors import ToolkitError

VERSION = 1
ENV_VAR = "MEDIALIT_PROGRESS_DIR"
STALE_LOCK_SECONDS = 30.0
LOCK_TIMEOUT_SECONDS = 20.0
CURRENT_STUDENT_FILE = "current-student.json"

_folder_override: Path | None = None


def set_progress_dir(folder: str | os.PathLike | None) -> None:
    """Choose where progress files go for this session (None goes back to the default).

    Args:
        folder: a folder path; it is created when the first answer is saved.
    """
    global _folder_override
    _folder_override = Path(folder) if folder is not None else None


def progress_dir() -> Path:
    """Return the progress folder: set_progress_dir, else $MEDIALIT_PROGRESS_DIR, else
    ``progress/`` beside the lessons (the current folder) when it can be written there, else
    the student's own folder (see :func:`personal_progress_dir`).

    A school JupyterHub often shares one read-only copy of the lessons: each student's answers
    then go to their own home folder, never to one folder shared by all students.
    """
    if _folder_override is not None:
        return _folder_override
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env).expanduser()
    here = Path.cwd() / "progress"
    if _writable(here if here.is_dir() else here.parent):
        return here
    return personal_progress_dir()


def personal_progress_dir() -> Path:
    """The student's own progress folder, for when the lessons folder cannot be written:
    ``medialit-progress/`` in their home folder, or, if that cannot be written either, a folder
    named after their user name in the system's temporary folder.
    """
    home = Path.home()
    if _writable(home):
        return home / "medialit-progress"
    user = os.environ.get("JUPYTERHUB_USER") or os.environ.get("USER") or os.environ.get(
        "USERNAME") or str(os.getuid() if hasattr(os, "getuid") else "student")
    return Path(tempfile.gettempdir()) / f"medialit-progress-{student_slug(user)}"


def _writable(folder: Path) -> bool:
    """True if files can be made in ``folder`` (it exists and this user may write there)."""
    return folder.is_dir() and os.access(folder, os.W_OK | os.X_OK)


def now() -> str:
    """Return the local time with its UTC offset, to the second, as ISO 8601 text."""
    return datetime.now().astimezone().isoformat(timespec="seconds")


def student_slug(name: str) -> str:
    """Turn a student's name into a safe file name part (letters, digits and dashes).

    >>> student_slug("  Ana María López ")
    'ana-maria-lopez'
    """
    folded = unicodedata.normalize("NFKD", name)
    folded = "".join(c for c in folded if not unicodedata.combining(c)).lower()
    slug = re.sub(r"[^\w]+", "-", folded, flags=re.UNICODE).strip("-_")
    return slug[:60] or "student"


def clean_name(name: object) -> str:
    """Check a student's name and tidy its spacing.

    Raises:
        ToolkitError: if the name is empty.
    """
    text = " ".join(str(name or "").split())
    if not text:
        raise ToolkitError("The name is empty: type your name (first name is enough) and press "
                           "Start.")
    return text[:80]


@contextlib.contextmanager
def file_lock(target: Path, timeout: float = LOCK_TIMEOUT_SECONDS,
              stale: float = STALE_LOCK_SECONDS):
    """Hold ``<target>.lock`` (made with O_CREAT|O_EXCL) for the duration of a with-block.

    Raises:
        ToolkitError: if another notebook holds the lock for longer than ``timeout`` seconds.
    """
    lock = target.with_name(target.name + ".lock")
    token = f"{os.getpid()} {time.time()}"
    deadline = time.monotonic() + timeout
    while True:
        try:
            fd = os.open(lock, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
        except FileExistsError:
            try:
                age = time.time() - lock.stat().st_mtime
            except FileNotFoundError:
                continue  # released between our two calls: try again at once
            if age > stale:
                with contextlib.suppress(FileNotFoundError, PermissionError):
                    lock.unlink()  # left behind by a notebook that crashed mid-save
                continue
            if time.monotonic() > deadline:
                raise ToolkitError(f"Your answers file is busy (another notebook is saving): "
                                   f"wait a moment and try again, or delete {lock.name} if no "
                                   f"other notebook is open.") from None
            time.sleep(0.01)
            continue
        try:
            os.write(fd, token.encode())
        finally:
            os.close(fd)
        break
    try:
        yield
    finally:
        with contextlib.suppress(FileNotFoundError, PermissionError):
            lock.unlink()


def atomic_write_text(path: Path, text: str) -> None:
    """Write text to ``path`` all at once: a temporary file in the same folder, then os.replace."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        for attempt in range(20):
            try:
                os.replace(tmp, path)
                break
            except PermissionError:  # Windows: a reader has the file open for a moment
                if attempt == 19:
                    raise
                time.sleep(0.05)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


class ProgressStore:
    """The progress files in one folder: read, update (locked, merged, atomic) and list them.

    ``notice`` holds a one-sentence message for the student after something they should know
    about happened (a damaged file moved aside), else "".
    """

    def __init__(self, folder: str | os.PathLike | None = None):
        self.folder = Path(folder) if folder is not None else progress_dir()
        self.notice = ""

    # -- files --------------------------------------------------------------------------------
    def path_for(self, student: str) -> Path:
        """Return the progress file of a student (``student-<name>.json``)."""
        return self.folder / f"student-{student_slug(student)}.json"

    def _ensure_folder(self) -> None:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ToolkitError(f"The progress folder {self.folder} cannot be created "
                               f"({exc.strerror}): choose another with "
                               f"toolkit.quiz.set_progress_dir(...).") from None

    def _empty(self, student: str) -> dict:
        return {"version": VERSION, "student": student, "id": new_file_id(), "quizzes": {}}

    def _read_unlocked(self, student: str) -> dict:
        path = self.path_for(student)
        raw = None
        for attempt in range(5):
            try:
                raw = path.read_bytes()
                break
            except FileNotFoundError:
                return self._empty(student)
            except OSError as exc:
                # Busy (antivirus, a sync tool) is not damage: wait, retry, then say so.
                if attempt == 4:
                    raise ToolkitError(f"Your answers file {path.name} cannot be read right now "
                                       f"({exc.strerror or exc}); nothing was changed. Close "
                                       "other programs using it and try again.") from None
                time.sleep(0.1 * (attempt + 1))
        data = None
        if raw is not None:
            try:
                data = json.loads(raw.decode("utf-8"))
            except (UnicodeDecodeError, json.JSONDecodeError):
                data = None
        if not _valid(data):
            self._move_aside(path)
            return self._empty(student)
        data.setdefault("student", student)
        return data

    def _move_aside(self, path: Path) -> None:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        aside = path.with_name(f"{path.name}.damaged-{stamp}")
        n = 1
        while aside.exists():
            n += 1
            aside = path.with_name(f"{path.name}.damaged-{stamp}-{n}")
        try:
            os.replace(path, aside)
        except OSError:
            self.notice = (f"Your saved answers file {path.name} could not be read, so new "
                           f"answers go to a fresh file; ask your teacher to look at the old one.")
            return
        self.notice = (f"Your saved answers file was damaged, so it was kept as {aside.name} "
                       f"and a fresh one was started: your new answers are safe.")

    def read(self, student: str) -> dict:
        """Return a student's progress data (a fresh one if there is none or it was damaged)."""
        path = self.path_for(student)
        if not path.exists():
            return self._empty(student)
        self._ensure_folder()
        with file_lock(path):
            return self._read_unlocked(student)

    def update(self, student: str, change) -> dict:
        """Apply ``change(data)`` to the student's file under the lock and write it atomically.

        Args:
            student: the student's name.
            change: a function that edits the freshly read data in place.

        Returns:
            The data as written.
        """
        self._ensure_folder()
        path = self.path_for(student)
        with file_lock(path):
            data = self._read_unlocked(student)
            change(data)
            data["version"] = VERSION
            data["student"] = student
            if not _is_file_id(data.get("id")):
                data["id"] = new_file_id()  # a file from before ids, or a damaged id
            atomic_write_text(path, json.dumps(data, ensure_ascii=False, indent=1,
                                               sort_keys=True) + "\n")
        return data

    # -- answers ------------------------------------------------------------------------------
    def record(self, student: str, quiz: str, question: str) -> dict | None:
        """Return the saved record of one question, or None."""
        return self.read(student)["quizzes"].get(quiz, {}).get(question)

    def records(self, student: str, quiz: str) -> dict:
        """Return every saved record of one quiz, by question id."""
        return dict(self.read(student)["quizzes"].get(quiz, {}))

    def save(self, student: str, quiz: str, question: str, event: str, **fields) -> dict:
        """Save one event for a question and return its new record.

        Args:
            event: ``"check"`` (counts a try; ``correct`` given), ``"hint"``, ``"reveal"`` or
                ``"save"`` (an answer stored without checking: polls, reflections, drafts).
            fields: ``type``, ``answer``, ``answer_text`` and, for a check, ``correct``.
        """
        out: dict = {}

        def change(data: dict) -> None:
            rec = data["quizzes"].setdefault(quiz, {}).setdefault(question, {
                "tries": 0, "hints": 0, "revealed": False, "checked": False,
                "correct": None, "first_try_correct": None})
            for name in ("type", "answer", "answer_text"):
                if name in fields:
                    rec[name] = fields[name]
            first = event == "check" or (event == "save" and fields.get("type") == "poll")
            if first and "answer" in fields and "first_answer" not in rec:
                rec["first_answer"] = fields["answer"]
                if "answer_text" in fields:
                    rec["first_answer_text"] = fields["answer_text"]
            if event == "check":
                rec["tries"] = int(rec.get("tries") or 0) + 1
                rec["correct"] = fields.get("correct")
                rec["checked"] = True
                if rec.get("first_try_correct") is None:
                    rec["first_try_correct"] = bool(fields.get("correct")) and not rec.get(
                        "revealed")
            elif event == "hint":
                rec["hints"] = int(rec.get("hints") or 0) + 1
            elif event == "reveal":
                rec["revealed"] = True
            rec["time"] = now()
            out.update(rec)

        self.update(student, change)
        return out

    def merge(self, student: str, incoming: dict) -> int:
        """Merge another copy's answers in (the newer record of each question wins); return count."""
        count = 0

        def change(data: dict) -> None:
            nonlocal count
            ids = set(data.get("merged_ids") or ()) | set(incoming.get("merged_ids") or ())
            ids.add(incoming.get("id"))
            ids = {i for i in ids if _is_file_id(i) and i != data.get("id")}
            if ids:
                data["merged_ids"] = sorted(ids)
            for quiz, questions in incoming.get("quizzes", {}).items():
                if not isinstance(questions, dict):
                    continue
                mine = data["quizzes"].setdefault(quiz, {})
                for qid, rec in questions.items():
                    if not isinstance(rec, dict):
                        continue
                    old = mine.get(qid)
                    if old is None or _when(rec) > _when(old):
                        mine[qid] = rec
                        count += 1

        self.update(student, change)
        return count

    # -- the current student ------------------------------------------------------------------
    def current_student(self) -> str | None:
        """Return the name remembered on this computer, or None."""
        try:
            data = json.loads((self.folder / CURRENT_STUDENT_FILE).read_text(encoding="utf-8"))
            return clean_name(data.get("name"))
        except (OSError, ValueError, AttributeError):
            return None

    def set_current_student(self, name: str) -> str:
        """Remember the student's name on this computer and return it tidied."""
        name = clean_name(name)
        self._ensure_folder()
        target = self.folder / CURRENT_STUDENT_FILE
        with file_lock(target):
            atomic_write_text(target, json.dumps({"name": name}, ensure_ascii=False) + "\n")
        return name

    def students(self) -> list[Path]:
        """Return every student's progress file in the folder, sorted."""
        return sorted(self.folder.glob("student-*.json"))


def new_file_id() -> str:
    """Return a new random id for a progress file (12 hex digits).

    >>> len(new_file_id()), new_file_id() != new_file_id()
    (12, True)
    """
    return uuid.uuid4().hex[:12]


def _is_file_id(value: object) -> bool:
    return isinstance(value, str) and re.fullmatch(r"[0-9a-f]{6,32}", value) is not None


def _valid(data: object) -> bool:
    """A progress file's shape: quizzes -> questions -> records, each a dict, counts numbers."""
    if not (isinstance(data, dict) and isinstance(data.get("quizzes"), dict)):
        return False
    for questions in data["quizzes"].values():
        if not isinstance(questions, dict):
            return False
        for rec in questions.values():
            if not isinstance(rec, dict):
                return False
            for key in ("tries", "hints"):
                if key in rec and not isinstance(rec[key], int):
                    return False
    return True


def _when(record: dict) -> datetime:
    """A record's time as a moment (time zones compared properly); the distant past if unknown."""
    try:
        moment = datetime.fromisoformat(str(record.get("time", "")))
    except ValueError:
        return datetime.min.replace(tzinfo=timezone.utc)
    if moment.tzinfo is None:
        moment = moment.astimezone()  # a time without a zone is this computer's local time
    return moment


def _csv_safe(value):
    """Keep a spreadsheet from running a cell as a formula (=, +, -, @ at the start)."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def download_link(student: str, store: ProgressStore | None = None) -> str:
    """Return an HTML "download my answers" link holding the student's answers (no kernel needed)."""
    store = store or ProgressStore()
    data = store.read(student)
    payload = base64.b64encode(json.dumps(data, ensure_ascii=False, indent=1).encode()).decode()
    import html

    fname = f"medialit-answers-{student_slug(student)}.json"
    return (f'<a download="{html.escape(fname)}" href="data:application/json;base64,{payload}" '
            f'title="Saves a copy of your answers to your computer">'
            f'\u2B07 Download my answers</a>')


def parse_answers(path_or_text) -> dict:
    """Read a downloaded answers file: a path, its JSON text, or its bytes.

    Raises:
        ToolkitError: if it is not a medialit answers file.
    """
    if isinstance(path_or_text, (bytes, bytearray, memoryview)):
        text = bytes(path_or_text).decode("utf-8", errors="replace")
    else:
        text = str(path_or_text)
        if not text.lstrip().startswith("{"):
            path = Path(text)
            if not path.is_file():
                raise ToolkitError(f"No file named {text!r}: give the path of the answers file "
                                   f"you downloaded (medialit-answers-....json).")
            text = path.read_text(encoding="utf-8", errors="replace")
    try:
        data = json.loads(text)
    except json.JSONDecodeError:
        data = None
    if not _valid(data):
        raise ToolkitError("That is not a saved answers file: choose the "
                           "medialit-answers-....json file you downloaded.")
    return data


def export_csv(folder, out) -> Path:
    """Write a class's answer files as one CSV, a row per student per question; return its path.

    The work is done by :mod:`toolkit.quiz.results` (first and last answers, question text,
    rows for questions not answered yet, downloaded answer files, students told apart by id).

    Raises:
        ToolkitError: if the folder does not exist or holds no progress files.
    """
    from .results import export_csv as _export

    return _export(folder, out)
