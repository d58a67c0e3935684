"""Progress files: every answer saved the moment it is checked, so a student never loses work.

One JSON file per student in the progress folder (``MEDIALIT_PROGRESS_DIR``, or ``progress/`` in
the current folder, i.e. beside the lessons). Every change is made under a lock file (created with
``O_CREAT | O_EXCL``) while the file is read, merged and written, and the write is atomic (a
temporary file in the same folder, then ``os.replace``, which is atomic on Windows too). A lock
whose maker has ended (an OS lock, ``.<name>.oslock``, tells) is taken over at once, one older than
``STALE_LOCK_SECONDS`` too; a writer paused past that limit cannot write over what the new holder
saved (see :func:`file_lock`). Two notebooks open at once therefore never overwrite each other's
answers, and an answer reported as saved stays saved. A damaged file is kept under a new name and
a fresh one is started. No widgets here and nothing leaves the machine.

The file looks like::

    {"version": 1, "student": "Ana", "id": "3f9c2a7b1d04", "merged_ids": [],
     "quizzes": {"example": {"q1": {"type": "choice", "answer": "...", "correct": true,
                                    "first_answer": "...", "first_try_correct": true,
                                    "tries": 1, "hints": 0, "revealed": false,
                                    "revealed_first": false, "checked": true,
                                    "time": "..."}}}}

``id`` is made once, at random, when the file is first written, and travels with the file (and
with its downloaded copy), so two students with the same name on different computers stay apart
when a teacher gathers their files. Merging another copy in keeps this file's id and adds the
other's to ``merged_ids``. ``first_answer`` is the answer given at the first check (or the first
pick of a poll) and is never overwritten; ``answer`` is always the latest. ``revealed_first``
(set at the first check) is true if "Show answer" was pressed before it: such a first try is
not right on the first try, and the class results count it apart from a wrong one.

An article a student pasted into a lesson's article box (lesson 6) is kept in the same file, so
it comes back after a kernel restart like the answers do (same lock, same atomic write)::

    "articles": {"06-your-turn": {"text": "...", "name": "...", "time": "..."}}
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import os
import re
import sys
import tempfile
import time
import unicodedata
import uuid
from datetime import datetime, timezone
from pathlib import Path

from ..errors import ToolkitError, is_file

if sys.platform in ("emscripten", "wasi"):  # the browser: one Python, no other process
    fcntl = msvcrt = None
else:
    try:
        import fcntl
    except ImportError:  # Windows
        fcntl = None
    try:
        import msvcrt
    except ImportError:  # Linux, macOS
        msvcrt = None

VERSION = 1
ENV_VAR = "MEDIALIT_PROGRESS_DIR"
STALE_LOCK_SECONDS = 30.0
LOCK_TIMEOUT_SECONDS = 20.0
CURRENT_STUDENT_FILE = "current-student.json"
_UNDER_OS_LOCK = b" os"  # ends the token of a lock made while holding the OS lock

_folder_override: Path | None = None


def set_progress_dir(folder: str | os.PathLike | None) -> None:
    """Choose where progress files go for this session (None goes back to the default).

    Args:
        folder: a folder path; it is created when the first answer is saved.

    >>> import tempfile
    >>> folder = tempfile.mkdtemp()
    >>> set_progress_dir(folder)
    >>> progress_dir() == Path(folder)
    True
    >>> set_progress_dir(None)
    """
    global _folder_override
    _folder_override = Path(folder) if folder is not None else None


def progress_dir() -> Path:
    """Return the progress folder: set_progress_dir, else $MEDIALIT_PROGRESS_DIR, else
    ``progress/`` beside the lessons (the current folder) when it can be written there, else
    the student's own folder (see :func:`personal_progress_dir`).

    A school JupyterHub often shares one read-only copy of the lessons: each student's answers
    then go to their own home folder, never to one folder shared by all students.

    >>> import tempfile
    >>> from unittest import mock
    >>> folder = tempfile.mkdtemp()
    >>> with mock.patch.dict(os.environ, {ENV_VAR: folder}):
    ...     progress_dir() == Path(folder)
    True
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

    >>> personal_progress_dir().name.startswith("medialit-progress")
    True
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
    """Return the local time with its UTC offset, to the second, as ISO 8601 text.

    >>> stamp = now()
    >>> stamp[10], stamp[-6] in "+-"
    ('T', True)
    """
    return datetime.now().astimezone().isoformat(timespec="seconds")


def readable_time(stamp) -> str:
    """Return a saved time as words a student reads ("29 November 2026 at 13:09").

    The stored ISO text stays as it is in the file; an odd value is shown as it is.

    >>> readable_time("2026-11-29T13:09:56+00:00")
    '29 November 2026 at 13:09'
    >>> readable_time("yesterday")
    'yesterday'
    """
    try:
        moment = datetime.fromisoformat(str(stamp))
    except ValueError:
        return str(stamp or "")
    return f"{moment.day} {moment:%B %Y} at {moment:%H:%M}"


def student_slug(name: str) -> str:
    """Turn a student's name into a safe file name part (letters, digits and dashes).

    >>> student_slug("  Ana María López ")
    'ana-maria-lopez'
    """
    folded = unicodedata.normalize("NFKD", name)
    folded = "".join(c for c in folded if not unicodedata.combining(c)).lower()
    slug = re.sub(r"[^\w]+", "-", folded, flags=re.UNICODE).strip("-_")
    slug = slug[:60]
    while len(slug.encode("utf-8")) > 120:  # file names are limited to 255 bytes
        slug = slug[:-1]
    return slug.strip("-_") or "student"


def student_key(name: str) -> str:
    """The file name part for one exact name: the readable slug and a short hash of the name,
    so "Ana María", "Ana Maria" and "ANA MARIA" get files of their own.

    >>> student_key("Ana María") != student_key("Ana Maria")
    True
    >>> student_key("Ana María").startswith("ana-maria-")
    True
    """
    exact = unicodedata.normalize("NFC", " ".join(str(name).split()))
    digest = hashlib.sha256(exact.encode("utf-8", "surrogatepass")).hexdigest()[:8]
    return f"{student_slug(name)}-{digest}"


def clean_name(name: object) -> str:
    """Check a student's name and tidy its spacing.

    Raises:
        ToolkitError: if the name is empty.

    >>> clean_name("  Ana   M. ")
    'Ana M.'
    >>> clean_name("")
    Traceback (most recent call last):
    toolkit.errors.ToolkitError: The name is empty: type your first name and last initial, then press Enter or Start.
    """
    text = " ".join(str(name or "").split())
    if not text:
        raise ToolkitError("The name is empty: type your first name and last initial, then "
                           "press Enter or Start.")
    return text[:80]


class LockLost(Exception):
    """Our lock was taken over (we were paused longer than STALE_LOCK_SECONDS): start again.

    >>> import tempfile
    >>> target = Path(tempfile.mkdtemp()) / "student-ana.json"
    >>> atomic_write_text(target, "{}", still_ours=lambda: False)
    Traceback (most recent call last):
    toolkit.quiz.progress.LockLost: student-ana.json
    >>> target.exists()  # nothing was written
    False
    """


def _pending_prefix(target: Path) -> str:
    """The name every temporary file of ``target`` starts with (see atomic_write_text)."""
    return f".{target.name}."


class _OsLock:
    """An operating-system lock on ``.<name>.oslock`` beside the answers file, which the system
    releases when its holder's process ends, even after kill -9 (``fcntl.flock`` on Linux and
    macOS, ``msvcrt.locking`` on Windows; none in the browser, where one Python runs alone).

    It only tells a waiting writer that the holder of the lock file has gone, so that lock can
    be taken over at once instead of after ``STALE_LOCK_SECONDS``. Saves stay safe without it
    (where it is missing or the file system refuses it): the lock file and the fencing in
    :func:`file_lock` do not depend on it.
    """

    def __init__(self, target: Path):
        self.path = target.with_name(f".{target.name}.oslock")
        self.fd: int | None = None
        self.held = False

    def acquire(self) -> bool:
        """Try once, without waiting; True if this writer holds it now."""
        if self.held:
            return True
        if fcntl is None and msvcrt is None:
            return False
        if self.fd is None:
            try:
                self.fd = os.open(self.path, os.O_CREAT | os.O_RDWR | getattr(os, "O_BINARY", 0),
                                  0o644)
            except OSError:
                return False
        try:
            if fcntl is not None:
                fcntl.flock(self.fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            else:  # Windows: lock the first byte (the file stays empty; nobody reads it)
                os.lseek(self.fd, 0, os.SEEK_SET)
                msvcrt.locking(self.fd, msvcrt.LK_NBLCK, 1)
        except OSError:  # held by another writer, or not supported here
            return False
        self.held = True
        return True

    def release(self) -> None:
        """Let it go (closing the file releases it too)."""
        if self.fd is None:
            return
        if self.held and fcntl is None and msvcrt is not None:
            with contextlib.suppress(OSError):
                os.lseek(self.fd, 0, os.SEEK_SET)
                msvcrt.locking(self.fd, msvcrt.LK_UNLCK, 1)
        with contextlib.suppress(OSError):
            os.close(self.fd)
        self.fd, self.held = None, False


def _holder_is_gone(lock: Path, os_lock: _OsLock) -> bool:
    """True if the lock file was made by a writer that held the OS lock and no longer does
    (its process ended): its token is still there, and the OS lock is free."""
    try:
        seen = lock.read_bytes()
    except OSError:
        return False
    if not seen.endswith(_UNDER_OS_LOCK) or not os_lock.acquire():
        return False
    try:
        return lock.read_bytes() == seen
    except OSError:
        return False


@contextlib.contextmanager
def file_lock(target: Path, timeout: float | None = None, stale: float | None = None):
    """Hold ``<target>.lock`` (made with O_CREAT|O_EXCL) for the duration of a with-block.

    Yields a function that says whether the lock is still ours (its token is in the file). A
    writer makes its temporary file, checks the lock is still ours, then replaces ``target``
    with it (see :func:`atomic_write_text`). Whoever takes the lock first deletes every
    temporary file of ``target`` left by earlier holders. So a writer paused long enough for
    its lock to be taken over finds, when it wakes, either its token gone (if it had not yet
    checked) or its temporary file gone (if it had): its replace fails, it does not report a
    save, and it starts again from the file as the new holder left it. A replace that does
    succeed happened before the next holder read the file. Saves are thus never lost, even
    when a stale lock is taken over from a writer that is still alive.

    A lock is taken over when its maker held the OS lock (see :class:`_OsLock`) and has
    ended (a crash or kill -9: at once), or when it is older than ``stale`` seconds, stamped
    that far in the future (the clock was moved back), or empty for a few seconds (a full
    disk). Only one waiting writer can take it over: the old lock is renamed away (atomic),
    never deleted by name, and a lock that has left its name never comes back.

    Raises:
        ToolkitError: if another notebook holds the lock for longer than ``timeout`` seconds,
            or the folder cannot be written (read-only, full, no permission).

    >>> import tempfile
    >>> target = Path(tempfile.mkdtemp()) / "student-ana.json"
    >>> with file_lock(target) as still_ours:
    ...     held = Path(f"{target}.lock").exists()
    ...     atomic_write_text(target, '{"quizzes": {}}', still_ours)
    >>> held, Path(f"{target}.lock").exists(), target.read_text()
    (True, False, '{"quizzes": {}}')
    """
    timeout = LOCK_TIMEOUT_SECONDS if timeout is None else timeout
    stale = STALE_LOCK_SECONDS if stale is None else stale
    lock = target.with_name(target.name + ".lock")
    deadline = time.monotonic() + timeout
    os_lock = _OsLock(target)
    try:
        while True:
            try:
                fd = os.open(lock, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
            except FileExistsError:
                gone = _holder_is_gone(lock, os_lock)
                if _break_if_stale(lock, 0.0 if gone else stale, deadline):
                    continue
                os_lock.release()  # do not keep it while waiting (it marks a live holder)
                _wait_or_give_up(deadline, lock)
                continue
            except OSError as exc:
                raise _cannot_write(target.parent, exc) from None
            token = f"{os.getpid()} {uuid.uuid4().hex} {time.time()}".encode()
            if os_lock.acquire():
                token += _UNDER_OS_LOCK
            try:
                os.write(fd, token)
                os.fsync(fd)
            except OSError as exc:  # a full disk: leave no empty lock behind
                os.close(fd)
                with contextlib.suppress(OSError):
                    os.unlink(lock)
                raise _cannot_write(target.parent, exc) from None
            os.close(fd)

            def still_ours(token=token) -> bool:
                try:
                    return lock.read_bytes() == token
                except OSError:
                    return False

            if _cancel_pending_writes(target):
                break
            # An earlier holder's temporary file could not be deleted (Windows: still open):
            # that writer is still writing, so let it find its token gone, and wait.
            if still_ours():
                with contextlib.suppress(OSError):
                    os.unlink(lock)
            os_lock.release()
            _wait_or_give_up(deadline, lock)

        try:
            yield still_ours
        finally:
            if still_ours():
                with contextlib.suppress(OSError):
                    os.unlink(lock)
    finally:
        os_lock.release()  # after the lock file is gone, so a waiter never sees a false "gone"


def _wait_or_give_up(deadline: float, lock: Path) -> None:
    if time.monotonic() > deadline:
        raise ToolkitError(f"Your answers file is busy (another notebook is saving): "
                           f"wait a moment and try again, or delete {lock.name} if no "
                           f"other notebook is open.") from None
    time.sleep(0.01)


def _cancel_pending_writes(target: Path) -> bool:
    """Delete the temporary files of ``target`` that earlier lock holders made (a crashed
    writer's leftovers, or a paused writer's unfinished save, whose replace then fails).
    Return False if one could not be deleted (on Windows, a file its writer still has open).
    """
    prefix = _pending_prefix(target)
    ok = True
    try:
        names = [e.name for e in os.scandir(target.parent)
                 if e.name.startswith(prefix) and e.name.endswith(".tmp")]
    except OSError:
        return True  # the folder cannot be listed: making the lock already worked, go on
    for name in names:
        try:
            os.unlink(target.parent / name)
        except FileNotFoundError:
            pass  # its writer replaced the file with it just now: we read after that
        except OSError:
            ok = False
    return ok


def _break_if_stale(lock: Path, stale: float, deadline: float | None = None) -> bool:
    """Take over a lock left by a crashed (or long paused) writer; True if the caller may retry."""
    try:
        info = lock.stat()
    except FileNotFoundError:
        return True  # released between our two calls: try again at once
    except OSError:
        return False
    age = time.time() - info.st_mtime
    empty_and_old = info.st_size == 0 and abs(age) > 2.0
    if abs(age) <= stale and stale > 0 and not empty_and_old:
        return False
    # Rename it to a name of our own: of several writers that saw it stale, one wins the
    # rename. If a fresh lock was made between our look and the rename, we took that one: it
    # is not put back (a lock that left its name never returns, which is what makes the
    # fencing sound); its holder finds its token gone before it writes and starts again.
    claimed = lock.with_name(f"{lock.name}.{uuid.uuid4().hex}.stale")
    try:
        os.rename(lock, claimed)
    except FileNotFoundError:
        return True
    except PermissionError as exc:
        # Windows refuses to rename a file another program has open for a moment (a waiter
        # reading the token, an antivirus): try again until the deadline. Elsewhere (and at
        # the deadline) the folder cannot be written: say so now rather than spin.
        if os.name == "nt" and deadline is not None and time.monotonic() < deadline:
            return False
        raise _cannot_write(lock.parent, exc, stale_lock=lock) from None
    except OSError as exc:
        raise _cannot_write(lock.parent, exc, stale_lock=lock) from None
    with contextlib.suppress(OSError):
        os.unlink(claimed)
    return True


def _cannot_write(folder: Path, exc: OSError, stale_lock: Path | None = None) -> ToolkitError:
    why = exc.strerror or str(exc)
    if stale_lock is not None:
        first = (f"A lock left from an earlier save ({stale_lock.name}) cannot be removed from "
                 f"{folder} ({why})")
    else:
        first = f"Your answers cannot be saved in {folder} ({why})"
    return ToolkitError(f"{first}: the quiz still works, but choose a folder you can write to, "
                        "such as one in your home folder, with "
                        "toolkit.quiz.set_progress_dir('...'), and answer again.")


def atomic_write_text(path: Path, text: str, still_ours=None) -> None:
    """Write text to ``path`` all at once: a temporary file in the same folder, then os.replace.

    Args:
        still_ours: from ``file_lock``; checked after the temporary file is made and just
            before the replace. If the lock was taken over meanwhile, nothing is replaced and
            LockLost is raised (the caller starts again); if it is taken over between the
            check and the replace, the new holder has deleted the temporary file, the replace
            fails and LockLost is raised too.

    >>> import tempfile
    >>> target = Path(tempfile.mkdtemp()) / "notes.txt"
    >>> atomic_write_text(target, "first")
    >>> atomic_write_text(target, "second")
    >>> target.read_text(), [p.name for p in target.parent.iterdir()]  # no temporary file left
    ('second', ['notes.txt'])
    """
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=_pending_prefix(path), suffix=".tmp")
    except OSError as exc:
        raise _cannot_write(path.parent, exc) from None
    try:
        try:
            with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
                fh.write(text)
                fh.flush()
                os.fsync(fh.fileno())
        except OSError as exc:
            raise _cannot_write(path.parent, exc) from None
        if still_ours is not None and not still_ours():
            raise LockLost(path.name)
        for attempt in range(20):
            try:
                os.replace(tmp, path)
                break
            except FileNotFoundError:
                if still_ours is not None and not os.path.exists(tmp):
                    raise LockLost(path.name) from None  # a new lock holder cancelled it
                raise
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

    >>> import tempfile
    >>> store = ProgressStore(tempfile.mkdtemp())
    >>> _ = store.save("Ana", "example", "sort-mixed", "check", type="sort", answer=["claim"],
    ...                correct=False)
    >>> rec = store.record("Ana", "example", "sort-mixed")
    >>> rec["tries"], rec["first_try_correct"], rec["answer"]
    (1, False, ['claim'])
    """

    def __init__(self, folder: str | os.PathLike | None = None):
        self.folder = Path(folder) if folder is not None else progress_dir()
        self.notice = ""
        self._damaged: Path | None = None
        self._legacy_read: Path | None = None

    # -- files --------------------------------------------------------------------------------
    def path_for(self, student: str) -> Path:
        """Return the progress file of a student (``student-<name>-<hash>.json``).

        >>> import tempfile
        >>> ProgressStore(tempfile.mkdtemp()).path_for("Ana M.").name  # the hash tells two Anas apart
        'student-ana-m-63a7c466.json'
        """
        return self.folder / f"student-{student_key(student)}.json"

    def _legacy_path(self, student: str) -> Path | None:
        """The file an older version used (``student-<name>.json``), if it is this student's."""
        old = self.folder / f"student-{student_slug(student)}.json"
        try:
            data = json.loads(old.read_bytes().decode("utf-8-sig"))
        except (OSError, ValueError, RecursionError):
            return None
        same = isinstance(data, dict) and " ".join(str(data.get("student", "")).split()) == \
            " ".join(student.split())
        return old if same else None

    def _ensure_folder(self) -> None:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ToolkitError(f"The progress folder {self.folder} cannot be created "
                               f"({exc.strerror}): choose another with "
                               f"toolkit.quiz.set_progress_dir(...).") from None

    def _empty(self, student: str) -> dict:
        return {"version": VERSION, "student": student, "id": new_file_id(), "quizzes": {}}

    def _read_unlocked(self, student: str, move_aside: bool = True) -> dict:
        """Read the student's file (or an older version's file of theirs).

        A damaged file gives a fresh record; with ``move_aside`` (under the lock) a copy of the
        damaged bytes is kept beside it first, and the caller's write then starts the fresh
        file (the damaged one is never renamed, so a paused writer cannot move a good file
        aside by mistake).
        """
        self._legacy_read = None
        path = self.path_for(student)
        if not path.exists():
            legacy = self._legacy_path(student)
            if legacy is not None:
                path = self._legacy_read = legacy
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
        try:
            data = json.loads(raw.decode("utf-8-sig"))  # a BOM from a Windows editor is fine
        except (UnicodeDecodeError, ValueError, RecursionError):
            data = None
        if not _valid(data):
            self._damaged = path
            if move_aside:
                self._keep_damaged_copy(path, raw)
            else:
                self.notice = (f"Your saved answers file {path.name} could not be read; "
                               "your new answers go to a fresh file.")
            return self._empty(student)
        data.setdefault("student", student)
        return data

    def _keep_damaged_copy(self, path: Path, raw: bytes) -> None:
        """Keep the damaged bytes as ``<name>.damaged-<time>`` (a new file, never overwriting)."""
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        aside = path.with_name(f"{path.name}.damaged-{stamp}")
        n = 1
        while True:
            try:
                flags = os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_BINARY", 0)
                fd = os.open(aside, flags, 0o644)
                break
            except FileExistsError:
                n += 1
                aside = path.with_name(f"{path.name}.damaged-{stamp}-{n}")
            except OSError as exc:
                raise _cannot_write(path.parent, exc) from None
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(raw)
                fh.flush()
                os.fsync(fh.fileno())
        except OSError as exc:  # keep no half copy; the damaged file itself stays as it is
            with contextlib.suppress(OSError):
                os.unlink(aside)
            raise _cannot_write(path.parent, exc) from None
        self.notice = (f"Your saved answers file was damaged, so it was kept as {aside.name} "
                       f"and a fresh one was started: your new answers are safe.")

    def read(self, student: str) -> dict:
        """Return a student's progress data (a fresh one if there is none or it was damaged).

        No lock is needed to read: every write replaces the whole file at once. A damaged file
        is kept aside and a fresh one written under the lock (or, where the folder cannot be
        written, only reported).

        >>> import tempfile
        >>> store = ProgressStore(tempfile.mkdtemp())
        >>> sorted(store.read("Ana"))  # nothing saved yet: an empty file's shape
        ['id', 'quizzes', 'student', 'version']
        """
        self._damaged = None
        data = self._read_unlocked(student, move_aside=False)
        if self._damaged is not None:
            with contextlib.suppress(ToolkitError):
                return self.update(student, lambda data: None)
        return data

    def update(self, student: str, change) -> dict:
        """Apply ``change(data)`` to the student's file under the lock and write it atomically.

        If the lock is taken over while this writer is paused (see :func:`file_lock`), the
        write does not happen and the whole read, change and write starts again from the file
        as it is then: what returns has been written, and nothing another writer saved is lost.

        Args:
            student: the student's name.
            change: a function that edits the freshly read data in place (it may run again).

        Returns:
            The data as written.
        """
        self._ensure_folder()
        path = self.path_for(student)
        for _attempt in range(5):
            with file_lock(path) as still_ours:
                data = self._read_unlocked(student)
                legacy = self._legacy_read  # an older version's file: this one replaces it
                change(data)
                data["version"] = VERSION
                data["student"] = student
                if not _is_file_id(data.get("id")):
                    data["id"] = new_file_id()  # a file from before ids, or a damaged id
                text = json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
                try:
                    atomic_write_text(path, text, still_ours)
                except LockLost:
                    continue  # paused past the stale limit: read, change and write again
                if legacy is not None:
                    with contextlib.suppress(OSError):
                        os.unlink(legacy)
            return data
        raise ToolkitError("Your answers could not be saved (another notebook kept taking the "
                           "answers file): close other notebooks with this quiz and try again.")

    # -- answers ------------------------------------------------------------------------------
    def record(self, student: str, quiz: str, question: str) -> dict | None:
        """Return the saved record of one question, or None."""
        return self.read(student)["quizzes"].get(quiz, {}).get(question)

    def records(self, student: str, quiz: str) -> dict:
        """Return every saved record of one quiz, by question id.

        >>> import tempfile
        >>> store = ProgressStore(tempfile.mkdtemp())
        >>> _ = store.save("Ana", "example", "first-look", "save", type="poll", answer="The rewrite")
        >>> store.records("Ana", "example")["first-look"]["answer"]
        'The rewrite'
        """
        return dict(self.read(student)["quizzes"].get(quiz, {}))

    def save(self, student: str, quiz: str, question: str, event: str, **fields) -> dict:
        """Save one event for a question and return its new record.

        Args:
            event: ``"check"`` (counts a try; ``correct`` given), ``"hint"``, ``"reveal"``,
                ``"save"`` (an answer stored without checking: polls, reflections) or ``"draft"``
                (a graded question's choices before Check, kept as ``draft`` so a restart does
                not lose them: not an answer, no try, no first-try count; a check clears it).
            fields: ``type``, ``answer``, ``answer_text`` and, for a check, ``correct``.
        """
        out: dict = {}

        def change(data: dict) -> None:
            rec = data["quizzes"].setdefault(quiz, {}).setdefault(question, {
                "tries": 0, "hints": 0, "revealed": False, "checked": False,
                "correct": None, "first_try_correct": None})
            if event == "draft":
                rec["draft"] = fields.get("answer")
                if "type" in fields:
                    rec["type"] = fields["type"]
                rec["time"] = now()
                out.update(rec)
                return
            for name in ("type", "answer", "answer_text"):
                if name in fields:
                    rec[name] = fields[name]
            if event == "check":
                rec.pop("draft", None)
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
                    # the answer was shown before this first check: the class results say
                    # "looked at the answer first", not "wrong first"
                    rec["revealed_first"] = bool(rec.get("revealed"))
            elif event == "hint":
                rec["hints"] = int(rec.get("hints") or 0) + 1
            elif event == "reveal":
                rec["revealed"] = True
            rec["time"] = now()
            out.update(rec)

        self.update(student, change)
        return out

    def merge(self, student: str, incoming: dict) -> int:
        """Merge another copy's answers in (the newer record of each question wins); return count.

        A downloaded copy from another computer brings its answers in:

        >>> import tempfile
        >>> here, there = ProgressStore(tempfile.mkdtemp()), ProgressStore(tempfile.mkdtemp())
        >>> _ = here.save("Ana", "example", "first-look", "save", type="poll", answer="The rewrite")
        >>> _ = there.save("Ana", "example", "exit-ticket", "save", type="reflection",
        ...                answer="I would check the source.")
        >>> here.merge("Ana", there.read("Ana"))
        1
        >>> sorted(here.records("Ana", "example"))
        ['exit-ticket', 'first-look']
        """
        count = 0

        def change(data: dict) -> None:
            nonlocal count
            count = 0  # (the change may run again if the save had to start over)
            given = [*(data.get("merged_ids") or ()), *(incoming.get("merged_ids") or ()),
                     incoming.get("id")]
            ids = {i for i in given if _is_file_id(i) and i != data.get("id")}
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
            theirs = incoming.get("articles")
            if isinstance(theirs, dict):  # a kept article travels with a downloaded copy
                ours = data.get("articles")
                if not isinstance(ours, dict):
                    ours = data["articles"] = {}
                for lesson, rec in theirs.items():
                    if isinstance(rec, dict) and isinstance(rec.get("text"), str) and (
                            not isinstance(ours.get(lesson), dict) or _when(rec) > _when(ours[lesson])):
                        ours[lesson] = rec

        self.update(student, change)
        return count

    # -- a pasted article (lesson 6's box) ----------------------------------------------------
    def article(self, student: str, lesson: str) -> dict | None:
        """Return the article the student kept for a lesson (``text``, ``name``, ``time``), or None.

        A record of the wrong shape (an edited file) is treated as no article, never an error.
        """
        rec = (self.read(student).get("articles") or {})
        rec = rec.get(lesson) if isinstance(rec, dict) else None
        if isinstance(rec, dict) and isinstance(rec.get("text"), str) and rec["text"].strip():
            return {"text": rec["text"], "name": str(rec.get("name") or ""),
                    "time": str(rec.get("time") or "")}
        return None

    def keep_article(self, student: str, lesson: str, text: str, name: str = "") -> dict:
        """Keep an article's text for a lesson beside the student's answers; return its record.

        >>> import tempfile
        >>> store = ProgressStore(tempfile.mkdtemp())
        >>> _ = store.keep_article("Ana", "06-your-turn", "My article. It has three. Sentences.",
        ...                        name="Mine")
        >>> kept = store.article("Ana", "06-your-turn")
        >>> kept["name"], kept["text"]
        ('Mine', 'My article. It has three. Sentences.')
        """
        rec = {"text": str(text), "name": str(name), "time": now()}

        def change(data: dict) -> None:
            articles = data.get("articles")
            if not isinstance(articles, dict):
                articles = data["articles"] = {}
            articles[lesson] = dict(rec)

        self.update(student, change)
        return rec

    def forget_article(self, student: str, lesson: str) -> None:
        """Remove the article a student kept for a lesson (their answers stay)."""
        def change(data: dict) -> None:
            articles = data.get("articles")
            if isinstance(articles, dict):
                articles.pop(lesson, None)

        self.update(student, change)

    # -- the current student ------------------------------------------------------------------
    def current_student(self) -> str | None:
        """Return the name remembered on this computer, or None.

        >>> import tempfile
        >>> store = ProgressStore(tempfile.mkdtemp())
        >>> store.current_student() is None
        True
        >>> store.set_current_student("  Ana   M. ")
        'Ana M.'
        >>> ProgressStore(store.folder).current_student()  # remembered in the folder
        'Ana M.'
        """
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
        with file_lock(target) as still_ours:
            with contextlib.suppress(LockLost):
                atomic_write_text(target, json.dumps({"name": name}, ensure_ascii=False) + "\n",
                                  still_ours)
        return name

    def clear_current_student(self, name: str) -> None:
        """Stop remembering ``name`` on this computer (the name bar's "Yes, sign out").

        Only that name is forgotten: when another notebook has since remembered someone else,
        that name stays. Answers are never touched. A folder that cannot be written is left as
        it is (the sign-out still holds for this notebook).

        >>> import tempfile
        >>> store = ProgressStore(tempfile.mkdtemp())
        >>> _ = store.save("Ana", "example", "first-look", "save", type="poll", answer="The rewrite")
        >>> _ = store.set_current_student("Ana")
        >>> store.clear_current_student("Bo")      # not the remembered name: kept
        >>> store.current_student()
        'Ana'
        >>> store.clear_current_student(" Ana ")
        >>> store.current_student() is None, len(store.students())   # her answers stay
        (True, 1)
        """
        target = self.folder / CURRENT_STUDENT_FILE
        with contextlib.suppress(OSError, ToolkitError):
            name = clean_name(name)
            if self.current_student() != name:
                return
            with file_lock(target) as still_ours:
                if self.current_student() == name and still_ours():
                    target.unlink(missing_ok=True)

    def students(self) -> list[Path]:
        """Return every student's progress file in the folder, sorted.

        >>> import tempfile
        >>> store = ProgressStore(tempfile.mkdtemp())
        >>> _ = store.save("Ana", "example", "first-look", "save", type="poll", answer="The rewrite")
        >>> [p.name for p in store.students()]
        ['student-ana-dea210f0.json']
        """
        return sorted(self.folder.glob("student-*.json"))


def new_file_id() -> str:
    """Return a new random id for a progress file (12 hex digits).

    >>> len(new_file_id()), new_file_id() != new_file_id()
    (12, True)
    """
    return uuid.uuid4().hex[:12]


def _is_file_id(value: object) -> bool:
    return isinstance(value, str) and re.fullmatch(r"[0-9a-f]{6,32}", value) is not None


_RECORD_TYPES = {"tries": int, "hints": int, "revealed": bool, "revealed_first": bool,
                 "checked": bool,
                 "correct": (bool, type(None)), "first_try_correct": (bool, type(None)),
                 "time": str, "type": str, "answer_text": str, "first_answer_text": str}
_ANSWER_TYPES = (str, int, float, list, dict, bool, type(None))


def _valid(data: object) -> bool:
    """A progress file's shape: quizzes -> questions -> records, each a dict, and every field of
    a record of the type the quiz expects (a file of another shape is moved aside or refused,
    never shown, since showing it would fail).

    >>> _valid({"quizzes": {"q": {"a": {"tries": 1, "time": "2024-01-01T10:00:00"}}}})
    True
    >>> _valid({"quizzes": {"q": {"a": {"tries": "1"}}}}), _valid({"quizzes": []}), _valid([])
    (False, False, False)
    """
    if not (isinstance(data, dict) and isinstance(data.get("quizzes"), dict)):
        return False
    if not isinstance(data.get("student", ""), str) or \
            not isinstance(data.get("merged_ids", []), list):
        return False
    for quiz, questions in data["quizzes"].items():
        if not isinstance(questions, dict):
            return False
        for rec in questions.values():
            if not isinstance(rec, dict):
                return False
            for key, kinds in _RECORD_TYPES.items():
                if key in rec and not isinstance(rec[key], kinds):
                    return False
                if kinds is int and isinstance(rec.get(key), bool):
                    return False
            for key in ("answer", "first_answer", "draft"):
                if key in rec and not isinstance(rec[key], _ANSWER_TYPES):
                    return False
    return True


def _when(record: dict) -> datetime:
    """A record's time as a moment (time zones compared properly); the distant past if unknown."""
    distant = datetime.min.replace(tzinfo=timezone.utc)
    try:
        moment = datetime.fromisoformat(str(record.get("time", ""))[:64])
        if moment.tzinfo is None:
            moment = moment.astimezone()  # a time without a zone is this computer's local time
        moment.astimezone(timezone.utc)  # year 1 or 9999 near a zone change fails here, not later
    except (ValueError, OverflowError, OSError):
        return distant
    return moment


_FORMULA_START = re.compile(r"^[\s\x00-\x1f]*[=+\-@\uff1d\uff0b\uff0d\uff20]")


def _csv_safe(value):
    """Keep a spreadsheet from running a cell as a formula: a cell whose first character other
    than spaces and control characters is =, +, - or @ (or their full-width forms), or that starts
    with a tab or a line break, gets a leading apostrophe. Apply it to every cell that came from
    a file.

    >>> [_csv_safe(v) for v in ("=1+1", "  =HYPERLINK(1)", "\t-2", "Ana", 3)]
    ["'=1+1", "'  =HYPERLINK(1)", "'\t-2", 'Ana', 3]
    """
    if isinstance(value, str) and (_FORMULA_START.match(value) or value[:1] in ("\t", "\r", "\n")):
        return "'" + value
    return value


def download_link(student: str, store: ProgressStore | None = None) -> str:
    """Return an HTML "download my answers" link holding the student's answers (no kernel needed).

    >>> import tempfile
    >>> store = ProgressStore(tempfile.mkdtemp())
    >>> _ = store.save("Ana", "example", "first-look", "save", type="poll",
    ...                answer="The NPR report")
    >>> link = download_link("Ana", store)
    >>> link[:60]
    '<a download="medialit-answers-ana.json" href="data:applicati'
    >>> parse_answers(base64.b64decode(link.split("base64,")[1].split('"')[0]))["student"]
    'Ana'
    """
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

    >>> parse_answers("{}")
    Traceback (most recent call last):
    toolkit.errors.ToolkitError: That is not a saved answers file: choose the medialit-answers-....json file you downloaded.
    """
    if isinstance(path_or_text, (bytes, bytearray, memoryview)):
        text = bytes(path_or_text).decode("utf-8", errors="replace")
    else:
        text = str(path_or_text)
        if not text.lstrip("\ufeff \t\r\n").startswith("{"):
            path = Path(text)
            if not is_file(path):
                shown = text if len(text) <= 80 else text[:77] + "..."
                raise ToolkitError(f"No file named {shown!r}: give the path of the answers file "
                                   f"you downloaded (medialit-answers-....json).")
            try:
                text = path.read_bytes().decode("utf-8", errors="replace")
            except OSError as exc:
                raise ToolkitError(f"{path.name} cannot be read ({exc.strerror or exc}): choose "
                                   "the medialit-answers-....json file you downloaded.") from None
    try:
        data = json.loads(text.lstrip("\ufeff"))
    except (ValueError, RecursionError):
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

    >>> import tempfile
    >>> store = ProgressStore(tempfile.mkdtemp())
    >>> _ = store.save("Ana", "01-meet-the-articles", "share", "save", type="poll",
    ...                answer="Yes")
    >>> out = export_csv(store.folder, store.folder / "class.csv")
    >>> out.read_text(encoding="utf-8-sig").splitlines()[0]
    'student,student_id,quiz,question,type,question_text,sentence,status,first_answer,answer,correct,first_try_correct,tries,hints,revealed,time'
    """
    from .results import export_csv as _export

    return _export(folder, out)
