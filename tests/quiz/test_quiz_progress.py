"""Progress files: saved at once, restored in a fresh process, safe from damage and from two
notebooks writing at the same time; the class CSV; download and load back."""

from __future__ import annotations

import base64
import csv
import json
import os
import subprocess
import sys
import textwrap
import time
from datetime import datetime, timezone
from pathlib import Path

import pytest

from choosing import choose

from toolkit import quiz as tq
from toolkit.errors import ToolkitError
from toolkit.quiz.progress import ProgressStore, file_lock, student_slug

DATA = Path(__file__).parent / "data"


def run_python(code: str, folder: Path) -> str:
    env = dict(os.environ, MEDIALIT_PROGRESS_DIR=str(folder))
    out = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True,
                         text=True, env=env, timeout=120)
    assert out.returncode == 0, out.stderr
    return out.stdout


def test_save_and_restore_across_processes(progress_folder):
    run_python(f"""
        import sys
        sys.path.insert(0, {str(Path(__file__).resolve().parent)!r})
        from choosing import choose
        from toolkit import quiz
        v = quiz.show({str(DATA / 'small.yaml')!r}, student="Ana")
        qv = v.question("single"); choose(qv, 1); qv.check_button.click()
        choose(qv, 0); qv.check_button.click()
        v.question("who-typed").reveal_button.click()
        """, progress_folder)
    out = run_python(f"""
        from toolkit import quiz
        v = quiz.show({str(DATA / 'small.yaml')!r})
        qv = v.question("single")
        print(v.bar.who.value)
        print(qv.answer(), "Right" in qv.feedback.value)
        print("Chief Ana Ruiz" in v.question("who-typed").answer_html.value)
        print(quiz.progress_summary({str(DATA / 'small.yaml')!r}))
        """, progress_folder)
    lines = out.splitlines()
    assert "Ana" in lines[0]
    assert lines[1] == "Right one True" and lines[2] == "True"
    assert lines[3] == ("Ana: answered 1 of 9 questions; 0 of 7 right on the first try; "
                        "1 answer revealed.")


@pytest.mark.parametrize("damage", [b"{not json", b"\xff\xfe\x00garbage", b"[1, 2, 3]",
                                    b'{"quizzes": 5}', b""])
def test_damaged_file_moved_aside(small, progress_folder, damage):
    store = ProgressStore(progress_folder)
    progress_folder.mkdir(parents=True)
    path = store.path_for("Ana")
    path.write_bytes(damage)
    v = tq.show(small, student="Ana")
    qv = v.question("single")
    assert "damaged" in v.bar.message.value and "fresh one was started" in v.bar.message.value
    assert "damaged" in v.questions[0].status.value  # told once, where it happened
    aside = list(progress_folder.glob("student-ana-*.json.damaged-*"))
    assert len(aside) == 1 and aside[0].read_bytes() == damage  # kept, not deleted
    choose(qv, 0)
    qv.check_button.click()
    assert "Saved for Ana" in qv.status.value
    assert json.loads(path.read_text(encoding="utf-8"))["quizzes"]["small"]["single"][
        "correct"] is True


def test_two_processes_write_at_once(progress_folder):
    """Two notebooks save different answers at the same moment: every answer survives."""
    start = time.time() + 1.5
    code = """
        import sys, time
        from toolkit.quiz.progress import ProgressStore
        store = ProgressStore()
        tag, start = sys.argv[1], float(sys.argv[2])
        while time.time() < start:
            time.sleep(0.001)
        for i in range(40):
            store.save("Ana", "lesson", f"{tag}-{i}", "check", answer=i, correct=True)
        """
    env = dict(os.environ, MEDIALIT_PROGRESS_DIR=str(progress_folder))
    procs = [subprocess.Popen([sys.executable, "-c", textwrap.dedent(code), tag, str(start)],
                              env=env, stderr=subprocess.PIPE, text=True) for tag in "ab"]
    for p in procs:
        assert p.wait(timeout=120) == 0, p.stderr.read()
    records = ProgressStore(progress_folder).records("Ana", "lesson")
    assert len(records) == 80
    assert not list(progress_folder.glob("*.lock")) and not list(progress_folder.glob(".*tmp"))


def test_same_question_two_notebooks_counts_every_try(progress_folder):
    store_a, store_b = ProgressStore(progress_folder), ProgressStore(progress_folder)
    store_a.save("Ana", "q", "x", "check", answer="a", correct=False)
    store_b.save("Ana", "q", "x", "check", answer="b", correct=True)
    rec = store_a.record("Ana", "q", "x")
    assert rec["tries"] == 2 and rec["first_try_correct"] is False and rec["answer"] == "b"


def test_stale_lock_is_taken_over(progress_folder):
    progress_folder.mkdir(parents=True)
    target = progress_folder / "student-ana.json"
    lock = progress_folder / "student-ana.json.lock"
    lock.write_text("12345 0")
    old = time.time() - 3600
    os.utime(lock, (old, old))
    with file_lock(target):
        assert lock.exists()
    assert not lock.exists()


def test_busy_lock_gives_a_clear_message(progress_folder):
    progress_folder.mkdir(parents=True)
    target = progress_folder / "student-ana.json"
    (progress_folder / "student-ana.json.lock").write_text("other")
    with pytest.raises(ToolkitError, match="busy"):
        with file_lock(target, timeout=0.2):
            pass


def test_env_var_and_default_folder(tmp_path, monkeypatch):
    from toolkit.quiz.progress import progress_dir, set_progress_dir

    assert progress_dir() == Path(os.environ["MEDIALIT_PROGRESS_DIR"])
    monkeypatch.delenv("MEDIALIT_PROGRESS_DIR")
    monkeypatch.chdir(tmp_path)
    assert progress_dir() == tmp_path / "progress"
    set_progress_dir(tmp_path / "elsewhere")
    try:
        assert progress_dir() == tmp_path / "elsewhere"
    finally:
        set_progress_dir(None)


@pytest.mark.parametrize("name, slug", [("Ana", "ana"), ("  José  Núñez ", "jose-nunez"),
                                        ("../../etc/passwd", "etc-passwd"), ("", "student"),
                                        ("CON", "con")])
def test_student_file_names_are_safe(name, slug):
    assert student_slug(name) == slug
    assert ProgressStore("p").path_for(name or "x").parent == Path("p")


def test_export_csv(small, progress_folder, tmp_path):
    for name, index in (("Ana", 0), ("Bo", 1)):
        v = tq.show(small, student=name)
        qv = v.question("single")
        choose(qv, index)
        qv.check_button.click()
        s = v.question("sort")
        s.controls[0].value = "attributed"
        s.check_button.click()  # sentences still unlabelled: no try (s12 walkthrough #35)
        if name == "Bo":
            for radio in s.controls[1:]:
                radio.value = "attributed"
            s.check_button.click()
    (progress_folder / "student-zed.json").write_text("{broken", encoding="utf-8")
    with pytest.warns(UserWarning, match="student-zed.json is damaged"):
        out = tq.export(progress_folder, tmp_path / "class.csv")
    with open(out, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert list(rows[0]) == ["student", "student_id", "quiz", "question", "type",
                             "question_text", "sentence", "status", "first_answer", "answer",
                             "correct", "first_try_correct", "tries", "hints", "revealed",
                             "time"]
    by = {(r["student"], r["question"]): r for r in rows}
    assert by[("Ana", "single")]["correct"] == "yes" and by[("Bo", "single")]["correct"] == "no"
    assert by[("Ana", "single")]["answer"] == "Right one"
    assert (by[("Ana", "sort")]["status"], by[("Ana", "sort")]["tries"]) == ("not answered", "0")
    assert by[("Bo", "sort")]["answer"].startswith("Names a source; Names a source")
    assert by[("Bo", "sort")]["tries"] == "1" and by[("Bo", "sort")]["revealed"] == "no"
    assert by[("Ana", "single")]["time"][:2] == "20"


def test_export_errors(tmp_path):
    with pytest.raises(ToolkitError, match="No folder named"):
        tq.export(tmp_path / "nope", tmp_path / "x.csv")
    (tmp_path / "empty").mkdir()
    with pytest.raises(ToolkitError, match="no progress files"):
        tq.export(tmp_path / "empty", tmp_path / "x.csv")


def test_download_link_and_load_back(small, progress_folder, tmp_path):
    v = tq.show(small, student="Ana")
    qv = v.question("single")
    choose(qv, 0)
    qv.check_button.click()
    link = str(tq.download_link())
    assert link.startswith("<a download=\"medialit-answers-ana.json\"")
    payload = link.split("base64,", 1)[1].split('"', 1)[0]
    data = json.loads(base64.b64decode(payload))
    assert data["quizzes"]["small"]["single"]["correct"] is True
    assert link == v.bar.download.value  # the bar's link is refreshed after every save
    # a new Colab session: the disk was wiped
    for p in progress_folder.iterdir():
        p.unlink()
    from toolkit.quiz import session

    session.reset_sessions()
    saved = tmp_path / "medialit-answers-ana.json"
    saved.write_text(json.dumps(data), encoding="utf-8")
    fresh = tq.show(small)
    assert tq.load_answers(saved) == 1
    assert "Answering as <b>Ana</b>" in fresh.bar.who.value
    assert fresh.question("single").answer() == "Right one"  # shown again at once
    assert tq.load_answers(json.dumps(data)) == 0  # nothing newer


def test_upload_widget_loads_answers(small, progress_folder):
    store = ProgressStore(progress_folder)
    store.save("Ana", "small", "single", "check", answer="Right one", correct=True)
    content = store.path_for("Ana").read_bytes()
    store.path_for("Ana").unlink()
    v = tq.show(small, student="Ana")
    import ipywidgets as W

    if int(W.__version__[0]) >= 8:
        v.bar.upload.value = ({"name": "a.json", "type": "application/json",
                               "size": len(content), "content": memoryview(content),
                               "last_modified": datetime.now(timezone.utc)},)
    else:
        v.bar._uploaded({"new": {"a.json": {"metadata": {}, "content": content}}})
    assert "Loaded 1 saved answer" in v.bar.message.value
    assert v.question("single").answer() == "Right one"


@pytest.mark.parametrize("bad", ["{}", "not json at all {", "[]"])
def test_load_answers_refuses_other_files(bad):
    with pytest.raises(ToolkitError, match="not a saved answers file|No file named"):
        tq.load_answers(bad, student="Ana")


def test_a_busy_file_is_not_called_damaged(progress_folder, monkeypatch):
    """A read that fails for a moment (antivirus, a sync tool) must never move good work aside."""
    store = ProgressStore(progress_folder)
    store.save("Eve", "small", "single", "check", answer="Right one", correct=True)
    path = store.path_for("Eve")
    real = Path.read_bytes
    calls = {"n": 0}

    def flaky(self):
        if self == path and calls["n"] < 2:
            calls["n"] += 1
            raise PermissionError(13, "busy")
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", flaky)
    assert store.record("Eve", "small", "single")["correct"] is True
    assert not list(progress_folder.glob("*.damaged-*"))

    def always_busy(self):
        if self == path:
            raise PermissionError(13, "busy")
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", always_busy)
    with pytest.raises(ToolkitError, match="cannot be read right now"):
        store.read("Eve")
    monkeypatch.setattr(Path, "read_bytes", real)
    assert path.exists() and not list(progress_folder.glob("*.damaged-*"))


def test_merge_compares_times_across_time_zones(progress_folder):
    store = ProgressStore(progress_folder)
    store.save("Ana", "small", "single", "check", answer="Wrong", correct=False)
    data = store.read("Ana")
    data["quizzes"]["small"]["single"]["time"] = "2026-11-23T17:55:00+00:00"
    store.update("Ana", lambda d: d.update(data))
    newer = {"quizzes": {"small": {"single": {"answer": "Right one", "correct": True,
                                              "time": "2026-11-23T13:30:00-05:00"}}}}
    assert store.merge("Ana", newer) == 1  # 13:30 at UTC-5 is 18:30 UTC: newer
    assert store.record("Ana", "small", "single")["answer"] == "Right one"


def test_loading_a_file_keeps_it_with_its_own_student(progress_folder):
    from toolkit.quiz import session

    session.reset_sessions()
    tq.set_progress_dir(progress_folder)
    store = ProgressStore(progress_folder)
    store.set_current_student("Bo")
    incoming = {"student": "Ana", "quizzes": {"small": {"single": {
        "answer": "Right one", "correct": True, "time": "2026-11-23T10:00:00+00:00"}}}}
    assert tq.load_answers(json.dumps(incoming)) == 1
    assert store.record("Ana", "small", "single")["correct"] is True
    assert store.record("Bo", "small", "single") is None


def test_export_neutralises_spreadsheet_formulas(progress_folder, tmp_path):
    store = ProgressStore(progress_folder)
    store.save("Ana", "small", "reflect", "save", answer='=HYPERLINK("http://x","click")')
    out = tq.export(progress_folder, tmp_path / "class.csv")
    rows = list(csv.DictReader(out.open(encoding="utf-8-sig")))
    (row,) = [r for r in rows if r["question"] == "reflect"]  # the lessons' rows are unanswered
    assert row["answer"].startswith("'=")


@pytest.mark.parametrize("bad", [
    {"quizzes": {"small": {"single": "oops"}}},
    {"quizzes": {"small": {"single": {"tries": "many"}}}},
])
def test_odd_records_count_as_damage_not_a_crash(progress_folder, bad, tmp_path):
    store = ProgressStore(progress_folder)
    progress_folder.mkdir(parents=True, exist_ok=True)
    store.path_for("Ana").write_text(json.dumps(bad), encoding="utf-8")
    with pytest.warns(UserWarning, match="damaged"):
        tq.export(progress_folder, tmp_path / "class.csv")
    store.save("Ana", "small", "single", "check", answer="Right one", correct=True)
    assert list(progress_folder.glob("*.damaged-*"))
