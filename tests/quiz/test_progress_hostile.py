"""Students' answers under hostile and unlucky conditions (issue 17).

The harness at the end forks several writers that save answers to one student's file at once,
kills one with SIGKILL, pauses one past the stale-lock limit at a random moment (SIGSTOP), or
holds one past that limit exactly between its lock check and its os.replace (the window that
once lost an answer), and checks that every answer a writer was told was saved (acknowledged)
is in the file. It prints its figures (``MEDIALIT_HARNESS_TRIALS`` sets the number of trials).
"""

from __future__ import annotations

import errno
import json
import os
import random
import re
import signal
import sys
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from toolkit.errors import ToolkitError
from toolkit.quiz import progress
from toolkit.quiz.progress import (ProgressStore, _csv_safe, file_lock, parse_answers,
                                   student_key)


# -- lock problems --------------------------------------------------------------------------

def test_future_lock_does_not_block_saves(tmp_path):
    store = ProgressStore(tmp_path)
    target = store.path_for("Ana")
    lock = target.with_name(target.name + ".lock")
    lock.write_text("someone 0")
    future = time.time() + 3600  # the clock was moved back after the lock was made
    os.utime(lock, (future, future))
    start = time.monotonic()
    store.save("Ana", "q", "a", "check", answer="x", correct=True)
    assert time.monotonic() - start < 5 and store.record("Ana", "q", "a")["answer"] == "x"


def test_empty_lock_from_a_full_disk_is_taken_over(tmp_path):
    store = ProgressStore(tmp_path)
    target = store.path_for("Ana")
    lock = target.with_name(target.name + ".lock")
    lock.write_bytes(b"")
    old = time.time() - 5
    os.utime(lock, (old, old))
    store.save("Ana", "q", "a", "save", answer="x")
    assert store.record("Ana", "q", "a")["answer"] == "x" and not lock.exists()


def test_full_disk_leaves_no_lock_and_says_so(tmp_path, monkeypatch):
    store = ProgressStore(tmp_path)
    real_write = os.write

    def full(fd, data):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "write", full)
    with pytest.raises(ToolkitError, match="cannot be saved.*No space"):
        store.save("Ana", "q", "a", "save", answer="x")
    monkeypatch.setattr(os, "write", real_write)
    assert not list(tmp_path.glob("*.lock"))
    store.save("Ana", "q", "a", "save", answer="y")  # the next save is not blocked
    assert store.record("Ana", "q", "a")["answer"] == "y"


def test_stale_lock_in_a_folder_that_cannot_be_written_does_not_spin(tmp_path, monkeypatch):
    target = tmp_path / "student-x.json"
    lock = tmp_path / "student-x.json.lock"
    lock.write_text("old 0")
    old = time.time() - 3600
    os.utime(lock, (old, old))

    def refuse(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(os, "rename", refuse)
    start = time.monotonic()
    with pytest.raises(ToolkitError, match="cannot be removed"):
        with file_lock(target, timeout=1.0):
            pass
    assert time.monotonic() - start < 5


def test_read_only_folder_keeps_the_quiz_usable(tmp_path, monkeypatch):
    from toolkit.quiz.session import Session

    store = ProgressStore(tmp_path)
    store.save("Ana", "q", "a", "save", answer="before")
    real_open = os.open

    def read_only(path, flags, *args, **kwargs):
        if flags & os.O_CREAT:
            raise OSError(errno.EROFS, "Read-only file system")
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", read_only)
    assert store.record("Ana", "q", "a")["answer"] == "before"  # reading needs no lock
    with pytest.raises(ToolkitError, match="cannot be saved.*set_progress_dir"):
        store.save("Ana", "q", "b", "save", answer="x")
    session = Session(store)
    assert session.set_student("Bo") == "Bo" and "set_progress_dir" in store.notice


# -- odd and damaged files -------------------------------------------------------------------

def test_bom_file_is_valid(tmp_path):
    store = ProgressStore(tmp_path)
    data = {"version": 1, "student": "Ana", "quizzes": {"q": {"a": {"answer": "x", "tries": 1}}}}
    store.path_for("Ana").write_bytes(b"\xef\xbb\xbf" + json.dumps(data).encode())
    assert store.record("Ana", "q", "a")["answer"] == "x"
    assert not list(tmp_path.glob("*.damaged-*"))


WRONG_SHAPES = [
    [], "text", 3, {"quizzes": []}, {"quizzes": {"q": []}}, {"quizzes": {"q": {"a": 1}}},
    {"quizzes": {"q": {"a": {"tries": "2"}}}}, {"quizzes": {"q": {"a": {"time": 5}}}},
    {"quizzes": {"q": {"a": {"revealed": "yes"}}}}, {"quizzes": {}, "student": ["x"]},
    {"quizzes": {"q": {"a": {"answer": {"x": 1}, "correct": "no"}}}},
]


@pytest.mark.parametrize("data", WRONG_SHAPES, ids=range(len(WRONG_SHAPES)))
def test_wrong_shape_is_moved_aside_or_refused(tmp_path, data):
    store = ProgressStore(tmp_path)
    store.path_for("Ana").write_text(json.dumps(data), encoding="utf-8")
    assert store.records("Ana", "q") == {}
    assert list(tmp_path.glob("*.damaged-*")) and "damaged" in store.notice
    with pytest.raises(ToolkitError, match="not a saved answers file"):
        parse_answers(json.dumps(data).encode())


@pytest.mark.parametrize("text", [
    json.dumps({"quizzes": {"q": {"a": {"answer": "x", "time": "0001-01-01T00:00:00"}}}}),
    json.dumps({"quizzes": {"q": {"a": {"answer": "x", "time": "9999-12-31T23:59:59"}}}}),
    '{"quizzes": ' + "[" * 5000 + "]" * 5000 + "}",
    "x" * 5000, "\ufeff" + json.dumps({"quizzes": {}}), "/" + "y" * 300 + ".json",
])
def test_load_answers_odd_input_is_one_message_or_works(tmp_path, text):
    store = ProgressStore(tmp_path)
    try:
        data = parse_answers(text)
    except ToolkitError as exc:
        assert "\n" not in str(exc) and len(str(exc)) < 400
        return
    store.merge("Ana", data)
    store.merge("Ana", data)  # merging twice is fine
    store.records("Ana", "q")


# -- names -----------------------------------------------------------------------------------

def test_distinct_names_get_distinct_files(tmp_path):
    store = ProgressStore(tmp_path)
    names = ["Ana María", "Ana Maria", "ANA MARIA", "ana-maria", "Nguyễn Thị Hà", "Nguyễn Thị Hạ",
             "!!!", "???", "😀😀", "😎", "𝔄" * 60, "𠀀" * 60]
    for i, name in enumerate(names):
        store.save(name, "q", "a", "save", answer=str(i))
    paths = {store.path_for(n) for n in names}
    assert len(paths) == len(names)
    for path in paths:
        assert len(path.name.encode("utf-8")) <= 255
    for i, name in enumerate(names):
        assert store.record(name, "q", "a")["answer"] == str(i), name
    # the same name typed with other spacing or Unicode form is the same student
    assert store.path_for("Nguyễn  Thị Hà") == store.path_for("Nguyễn Thị Hà")
    assert student_key("Ana María").startswith("ana-maria-")


def test_old_files_still_load_and_move_to_the_new_name(tmp_path):
    old = tmp_path / "student-ana-maria.json"
    old.write_text(json.dumps({"version": 1, "student": "Ana María", "id": "abcdef123456",
                               "quizzes": {"q": {"a": {"answer": "old", "tries": 1}}}}),
                   encoding="utf-8")
    store = ProgressStore(tmp_path)
    assert store.record("Ana María", "q", "a")["answer"] == "old"
    assert store.record("Ana Maria", "q", "a") is None  # another student, not this file
    store.save("Ana María", "q", "b", "save", answer="new")
    assert not old.exists() and store.record("Ana María", "q", "a")["answer"] == "old"


def test_csv_neutralises_every_formula_start():
    for cell in ("=1+1", " =HYPERLINK(\"x\")", "\t=1", "+1", "-1", "@SUM(A1)", "\n=1",
                 "\u3000=1", "＝1+1"):
        assert _csv_safe(cell).startswith("'"), cell
    assert _csv_safe("Ana") == "Ana" and _csv_safe(3) == 3


# -- the OS lock: fcntl.flock, msvcrt.locking (Windows), or none (the browser) ----------------

try:
    import fcntl as real_fcntl
except ImportError:  # Windows
    real_fcntl = None


class StandInMsvcrt:
    """msvcrt.locking's behaviour, built on flock, so the Windows code path runs here too (it
    is not run on Windows itself): lock one byte at the file position, without waiting; a
    byte locked by another handle raises OSError (EACCES)."""

    LK_UNLCK, LK_NBLCK = 0, 2

    def locking(self, fd, mode, nbytes):
        assert nbytes == 1 and os.lseek(fd, 0, os.SEEK_CUR) == 0
        if mode == self.LK_UNLCK:
            real_fcntl.flock(fd, real_fcntl.LOCK_UN)
            return
        assert mode == self.LK_NBLCK
        try:
            real_fcntl.flock(fd, real_fcntl.LOCK_EX | real_fcntl.LOCK_NB)
        except BlockingIOError:
            raise OSError(errno.EACCES, "Permission denied") from None


OS_LOCKS = ["flock", "msvcrt", "none"]


@pytest.fixture(params=OS_LOCKS)
def os_lock(request, monkeypatch):
    """Run a test with each OS lock the store can use ("none": the browser, or a file system
    that refuses locks: the lock file and fencing alone keep the answers)."""
    if request.param != "none" and real_fcntl is None:
        pytest.skip("the flock-based locks need fcntl")
    monkeypatch.setattr(progress, "fcntl", real_fcntl if request.param == "flock" else None)
    monkeypatch.setattr(progress, "msvcrt", StandInMsvcrt() if request.param == "msvcrt" else None)
    return request.param


def test_lock_of_a_writer_that_ended_is_taken_over_at_once(tmp_path, os_lock):
    """A lock made under the OS lock by a writer that has ended (kill -9) is taken over at once,
    not after STALE_LOCK_SECONDS; one whose maker still holds the OS lock is not."""
    target = tmp_path / "student-x.json"
    lock = tmp_path / "student-x.json.lock"
    lock.write_bytes(b"99999 dead 1" + progress._UNDER_OS_LOCK)  # fresh: 0 s old
    if os_lock == "none":  # without an OS lock nobody can tell: the stale limit decides
        with pytest.raises(ToolkitError, match="busy"):
            with file_lock(target, timeout=0.3):
                pass
        return
    start = time.monotonic()
    with file_lock(target, timeout=5):
        assert lock.read_bytes().endswith(progress._UNDER_OS_LOCK)  # ours, made under it
    assert time.monotonic() - start < 2 and not lock.exists()
    holder = progress._OsLock(target)  # a live writer holding the OS lock
    assert holder.acquire()
    try:
        lock.write_bytes(b"99999 alive 1" + progress._UNDER_OS_LOCK)
        with pytest.raises(ToolkitError, match="busy"):
            with file_lock(target, timeout=0.3):
                pass
        assert lock.exists()
    finally:
        holder.release()


@pytest.mark.skipif(not hasattr(signal, "SIGKILL") or not hasattr(os, "fork")
                    or sys.platform == "darwin", reason="kills a forked writer (POSIX)")
def test_writer_killed_while_holding_the_lock_blocks_nothing(tmp_path):
    """kill -9 during a save: the next save goes through at once (the OS released its lock),
    with the real 30 s stale limit; the killed writer's temporary file is cleaned up."""
    store = ProgressStore(tmp_path)
    store.save("Ana", "q", "first", "check", answer="0", correct=True)
    path = store.path_for("Ana")
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:
        try:
            with file_lock(path):
                (tmp_path / f".{path.name}.leftover.tmp").write_text("half")
                os.write(w, b"x")
                time.sleep(60)
        finally:
            os._exit(1)
    assert os.read(r, 1) == b"x"
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    assert path.with_name(path.name + ".lock").exists()  # left behind by the killed writer
    start = time.monotonic()
    store.save("Ana", "q", "b", "check", answer="B", correct=True)
    assert time.monotonic() - start < 5 and progress.STALE_LOCK_SECONDS >= 30
    assert store.record("Ana", "q", "b")["answer"] == "B"
    assert not list(tmp_path.glob(".*.tmp"))


# -- a writer paused while it holds the lock (the lock is taken over meanwhile) ---------------

def _age_lock(target: Path, seconds: float = 3600) -> None:
    """Make the lock of ``target`` look left over (its holder paused far past the stale limit)."""
    lock = target.with_name(target.name + ".lock")
    then = time.time() - seconds
    os.utime(lock, (then, then))


def _other_writer_saves(folder: Path, qid: str, answer: str) -> dict:
    """A second notebook takes the (stale) lock over and saves; returns what it was told."""
    _age_lock(ProgressStore(folder).path_for("Ana"))
    return ProgressStore(folder).save("Ana", "q", qid, "check", answer=answer, correct=True)


def test_writer_paused_between_check_and_replace_loses_nothing(tmp_path, monkeypatch,
                                                               os_lock):
    """The window the harness once hit: A checked its lock, was paused before os.replace, B
    took the lock over and saved, then A's replace ran. A's replace must fail (B deleted its
    temporary file), A must start again from B's file, and both answers must be kept."""
    store = ProgressStore(tmp_path)
    store.save("Ana", "q", "first", "check", answer="0", correct=True)
    path = store.path_for("Ana")
    real_replace = os.replace
    events = []

    def paused_replace(src, dst, *args, **kwargs):
        if Path(dst) == path and not events:
            events.append("A paused after its check")
            assert ProgressStore(tmp_path).record("Ana", "q", "a") is None
            events.append(_other_writer_saves(tmp_path, "b", "B")["answer"])  # B: "Saved"
        try:
            return real_replace(src, dst, *args, **kwargs)
        except FileNotFoundError:
            events.append("A's replace failed")
            raise

    monkeypatch.setattr(os, "replace", paused_replace)
    store.save("Ana", "q", "a", "check", answer="A", correct=True)
    monkeypatch.setattr(os, "replace", real_replace)
    assert events == ["A paused after its check", "B", "A's replace failed"]
    saved = ProgressStore(tmp_path).records("Ana", "q")
    assert {q: r["answer"] for q, r in saved.items()} == {"first": "0", "a": "A", "b": "B"}
    assert saved["a"]["tries"] == 1  # A's change was applied once to the file
    assert not list(tmp_path.glob(".*.tmp")) and not list(tmp_path.glob("*.lock*"))


def test_writer_paused_before_its_check_starts_again(tmp_path, os_lock):
    """A paused after reading (before its check): B takes over and saves; A's check fails and
    it saves again on top of B's answer."""
    store = ProgressStore(tmp_path)
    runs = []

    def change(data):
        runs.append(dict(data["quizzes"].get("q", {})))
        if len(runs) == 1:
            _other_writer_saves(tmp_path, "b", "B")
        data["quizzes"].setdefault("q", {})["a"] = {"answer": "A", "tries": 1}

    store.update("Ana", change)
    assert len(runs) == 2 and "b" in runs[1]  # the second run read B's answer
    saved = store.records("Ana", "q")
    assert saved["a"]["answer"] == "A" and saved["b"]["answer"] == "B"


def test_writer_paused_on_a_damaged_file_never_moves_a_good_one_aside(tmp_path):
    """A reads a damaged file and is paused; B takes over, keeps a copy of the damage and saves.
    When A goes on, B's good file must stay where it is, with B's answer."""
    store = ProgressStore(tmp_path)
    store._ensure_folder()
    path = store.path_for("Ana")
    path.write_bytes(b"{damaged")
    runs = []

    def change(data):
        runs.append(1)
        if len(runs) == 1:
            _other_writer_saves(tmp_path, "b", "B")
        data["quizzes"].setdefault("q", {})["a"] = {"answer": "A", "tries": 1}

    store.update("Ana", change)
    saved = ProgressStore(tmp_path).records("Ana", "q")
    assert saved["a"]["answer"] == "A" and saved["b"]["answer"] == "B"
    copies = list(tmp_path.glob("*.damaged-*"))
    assert copies and all(c.read_bytes() == b"{damaged" for c in copies)


def test_writer_paused_while_moving_an_old_file_keeps_everything(tmp_path):
    """An older version's file (student-<slug>.json): A reads it and is paused; B takes over,
    saves to the new name; A goes on. Old answers, B's and A's are all in the new file."""
    old = tmp_path / "student-ana.json"
    old.write_text(json.dumps({"version": 1, "student": "Ana", "id": "abcdef123456",
                               "quizzes": {"q": {"old": {"answer": "old", "tries": 1}}}}),
                   encoding="utf-8")
    store = ProgressStore(tmp_path)
    runs = []

    def change(data):
        runs.append(1)
        if len(runs) == 1:
            _other_writer_saves(tmp_path, "b", "B")
        data["quizzes"].setdefault("q", {})["a"] = {"answer": "A", "tries": 1}

    store.update("Ana", change)
    saved = ProgressStore(tmp_path).records("Ana", "q")
    assert {q: r["answer"] for q, r in saved.items()} == {"old": "old", "a": "A", "b": "B"}
    assert not old.exists() and store.read("Ana")["id"] == "abcdef123456"


@pytest.mark.skipif(not hasattr(signal, "SIGSTOP") or not hasattr(os, "fork")
                    or sys.platform == "darwin", reason="stops a forked writer (POSIX)")
def test_process_stopped_between_check_and_replace_loses_nothing(tmp_path):
    """The same window with real processes: writer A (a child) stops itself with SIGSTOP right
    after its check, inside os.replace; the parent sees it stopped there, lets the lock go
    stale, saves B's answer (acknowledged), then wakes A. Both answers must be on disk."""
    store = ProgressStore(tmp_path)
    store.save("Ana", "q", "first", "check", answer="0", correct=True)
    path = store.path_for("Ana")
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(r)
        code = 1
        try:
            real_replace = os.replace
            stopped = []

            def stop_then_replace(src, dst, *args, **kwargs):
                if Path(dst) == path and not stopped:
                    stopped.append(1)
                    os.kill(os.getpid(), signal.SIGSTOP)
                return real_replace(src, dst, *args, **kwargs)

            os.replace = stop_then_replace
            ProgressStore(tmp_path).save("Ana", "q", "a", "check", answer="A", correct=True)
            os.write(w, b"A saved\n")
            code = 0
        finally:
            os._exit(code)
    os.close(w)
    _, status = os.waitpid(pid, os.WUNTRACED)
    assert os.WIFSTOPPED(status)  # A is between its check and its replace
    ack = _other_writer_saves(tmp_path, "b", "B")
    assert ack["answer"] == "B" and store.record("Ana", "q", "b")["answer"] == "B"
    os.kill(pid, signal.SIGCONT)
    _, status = os.waitpid(pid, 0)
    assert os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0
    assert os.read(r, 100) == b"A saved\n"
    os.close(r)
    saved = store.records("Ana", "q")
    assert {q: rec["answer"] for q, rec in saved.items()} == {"first": "0", "a": "A", "b": "B"}


# -- property-based: the store keeps every answer, whatever the names and values --------------

_NAMES = st.text(min_size=1, max_size=40).filter(lambda s: s.strip())
_ANSWERS = st.one_of(st.text(max_size=50), st.lists(st.text(max_size=10), max_size=4),
                     st.integers(), st.none())


@settings(max_examples=60, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(saves=st.lists(st.tuples(_NAMES, st.sampled_from(["a", "b", "c"]), _ANSWERS),
                      min_size=1, max_size=6))
def test_store_property_last_answer_of_each_question_is_kept(tmp_path_factory, saves):
    folder = tmp_path_factory.mktemp("prop")
    store = ProgressStore(folder)
    expected = {}
    for name, qid, answer in saves:
        try:
            store.save(name, "q", qid, "save", answer=answer)
        except ToolkitError:
            continue
        expected[(" ".join(name.split()), qid)] = answer
    for (name, qid), answer in expected.items():
        assert store.record(name, "q", qid)["answer"] == answer


# -- kill -9 and stale-lock harness ----------------------------------------------------------

WRITERS = 4
ANSWERS_EACH = 5


def _writer(folder: Path, j: int, trial: int, out_fd: int, stale: float,
            pause_in_window: tuple[int, float] | None = None) -> None:
    progress.STALE_LOCK_SECONDS = stale
    store = ProgressStore(folder)
    if pause_in_window is not None:  # descheduled between its lock check and os.replace
        real_replace, (nth, seconds) = os.replace, pause_in_window
        calls = []

        def late_replace(src, dst, *args, **kwargs):
            if Path(dst) == store.path_for("Ana"):
                calls.append(1)
                if len(calls) == nth:
                    time.sleep(seconds)
            return real_replace(src, dst, *args, **kwargs)

        os.replace = late_replace
    for i in range(ANSWERS_EACH):
        answer = f"{trial}-{j}-{i}"
        store.save("Ana", "q", f"w{j}-{i}", "check", answer=answer, correct=True)
        os.write(out_fd, f"w{j}-{i} {answer}\n".encode())  # acknowledged: "Saved"


def _trial(folder: Path, trial: int, mode: str, rng: random.Random, stale: float):
    folder.mkdir(parents=True)
    if mode == "stale-lock":  # a lock just under the stale limit, then all writers at once
        target = ProgressStore(folder).path_for("Ana")
        lock = target.with_name(target.name + ".lock")
        lock.write_text("crashed 0")
        then = time.time() - stale + rng.uniform(0.0, 0.05)
        os.utime(lock, (then, then))
    children = []
    window_victim = rng.randrange(WRITERS)
    for j in range(WRITERS):
        r, w = os.pipe()
        pause = None
        if mode == "window" and j == window_victim:
            pause = (rng.randint(1, ANSWERS_EACH), stale * rng.uniform(1.5, 3.0))
        pid = os.fork()
        if pid == 0:  # the writer
            os.close(r)
            code = 0
            try:
                _writer(folder, j, trial, w, stale, pause)
            except BaseException:
                code = 1
            os._exit(code)
        os.close(w)
        children.append((pid, r))
    victim = rng.choice(children)[0]
    time.sleep(rng.uniform(0.0, 0.06))
    if mode == "kill":
        os.kill(victim, signal.SIGKILL)
    elif mode == "pause":  # the laptop lid closed mid-save: longer than the stale limit
        os.kill(victim, signal.SIGSTOP)
        time.sleep(stale * rng.uniform(1.5, 3.0))
        os.kill(victim, signal.SIGCONT)
    acked = []
    for pid, r in children:
        chunks = []
        while True:
            chunk = os.read(r, 65536)
            if not chunk:
                break
            chunks.append(chunk)
        os.close(r)
        os.waitpid(pid, 0)
        acked += [line.split(" ", 1) for line in b"".join(chunks).decode().splitlines()]
    saved = ProgressStore(folder).records("Ana", "q")
    lost = [(qid, answer) for qid, answer in acked if saved.get(qid, {}).get("answer") != answer]
    return len(acked), lost


@pytest.mark.skipif(not hasattr(os, "fork") or sys.platform == "darwin",
                    reason="the harness forks writers (POSIX)")
@pytest.mark.parametrize("use_os_lock", [True, False], ids=["os-lock", "lock-file-only"])
def test_kill_and_stale_lock_harness_loses_no_acknowledged_answer(tmp_path, capsys, monkeypatch,
                                                                   use_os_lock):
    if not use_os_lock:  # as in the browser, or where the file system refuses OS locks
        monkeypatch.setattr(progress, "fcntl", None)
        monkeypatch.setattr(progress, "msvcrt", None)
    rng = random.Random(17)
    stale = 0.25  # the stale-lock limit, shortened so a pause can outlast it quickly
    trials_wanted = int(os.environ.get("MEDIALIT_HARNESS_TRIALS", "48"))  # per parameter
    modes = ("kill", "stale-lock", "pause", "window")
    trials = dict.fromkeys(modes, 0)
    lost_by = dict.fromkeys(modes, 0)
    checked = 0
    lost: list = []
    start = time.monotonic()
    for n in range(trials_wanted):
        mode = modes[n % len(modes)]
        count, missing = _trial(tmp_path / f"t{n}", n, mode, rng, stale)
        trials[mode] += 1
        lost_by[mode] += len(missing)
        checked += count
        lost += missing
    with capsys.disabled():
        print(f"\nprogress harness ({'OS lock' if use_os_lock else 'lock file only'}): "
              f"{trials_wanted} trials ({trials}), {WRITERS} writers, "
              f"{checked} acknowledged answers checked, {len(lost)} lost ({lost_by}), "
              f"{time.monotonic() - start:.0f} s")
    assert checked >= trials_wanted * 2  # the writers did save (most trials kill or pause one)
    assert not lost, lost[:5]


def test_read_only_folder_every_entry_point(small, progress_folder, monkeypatch):
    """The 4 entry points that raised "Read-only file system": Start, quiz.show(...,
    student=), a remembered student, progress_summary. Each works and says where answers can
    go; checking an answer shows that sentence instead of a traceback."""
    from toolkit import quiz as tq
    from toolkit.quiz import session

    store = ProgressStore(progress_folder)
    store.save("Ana", "small", "single", "check", answer="Right one", correct=True)
    store.set_current_student("Ana")
    session.reset_sessions()
    real_open = os.open

    def read_only(path, flags, *args, **kwargs):
        if flags & os.O_CREAT:
            raise OSError(errno.EROFS, "Read-only file system")
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", read_only)
    remembered = tq.show(small)  # a remembered student
    assert "Answering as <b>Ana</b>" in remembered.bar.who.value
    assert remembered.question("single").controls[0].index is not None  # Ana's answer shown
    named = tq.show(small, student="Bo")  # quiz.show(..., student=)
    assert "Answering as <b>Bo</b>" in named.bar.who.value
    qv = named.question("single")
    qv.controls[0].index = 0
    qv.check_button.click()
    assert "set_progress_dir" in qv.status.value and "Read-only" in qv.status.value
    session.reset_sessions()
    (progress_folder / "current-student.json").unlink()
    fresh = tq.show(small)  # Start
    fresh.bar.name_text.value = "Cy"
    fresh.bar.start_button.click()
    assert "Answering as <b>Cy</b>" in fresh.bar.who.value
    summary = tq.progress_summary(small, student="Ana")  # progress_summary
    assert "Ana" in str(summary) and "1 of" in str(summary)


@pytest.mark.parametrize("data", WRONG_SHAPES, ids=range(len(WRONG_SHAPES)))
def test_wrong_shape_does_not_break_the_quiz_display(small, progress_folder, data):
    """6 of these 11 shapes crashed the quiz display: now each is kept aside and the quiz shows."""
    progress_folder.mkdir(parents=True)
    path = ProgressStore(progress_folder).path_for("Ana")
    path.write_text(json.dumps(data), encoding="utf-8")
    from toolkit import quiz as tq

    v = tq.show(small, student="Ana")
    assert "damaged" in v.bar.message.value
    qv = v.question("single")
    qv.controls[0].index = 0
    qv.check_button.click()
    assert "Saved for Ana" in qv.status.value
    assert [p.read_text(encoding="utf-8") for p in progress_folder.glob("*.damaged-*")] == [
        json.dumps(data)]


def test_class_csv_neutralises_every_column_from_a_file(tmp_path):
    """An uploaded answers file put =HYPERLINK(...) and =1+1 into the quiz, question, type and
    time columns: every cell that came from a file is neutralised."""
    import csv

    from toolkit import quiz as tq

    evil = {"version": 1, "student": " =1+1", "id": "abcdef123456", "quizzes": {
        "=HYPERLINK(\"http://x\",\"y\")": {"\t=1+1": {
            "type": "+cmd", "answer": "-2", "first_answer": "@SUM(A1)", "tries": 1,
            "time": " =1+1", "answer_text": "\u3000=1"}}}}
    (tmp_path / "medialit-answers-evil.json").write_text(json.dumps(evil), encoding="utf-8")
    out = tq.export(tmp_path, tmp_path / "class.csv")
    with open(out, encoding="utf-8-sig", newline="") as fh:
        rows = [r for r in csv.DictReader(fh) if r["student"].lstrip("'").strip() == "=1+1"]
    assert rows
    risky = re.compile(r"^[\s\x00-\x1f\u3000]*[=+\-@\uff1d\uff0b\uff0d\uff20]")
    for row in rows:
        for column, cell in row.items():
            assert not risky.match(cell), (column, cell)
    (row,) = [r for r in rows if r["question"].lstrip("'") == "\t=1+1"]
    assert row["quiz"].startswith("'=HYPERLINK") and row["type"] == "'+cmd"
