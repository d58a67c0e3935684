"""The benchmark script runs end to end (it prints figures; nothing here is timed).

A refactor moved a helper the reference job imported, and the script broke without any test
noticing; this runs it on two tiny articles and a short synthetic text.
"""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_bench_script_runs_every_job(tmp_path):
    _tiny_articles(tmp_path)
    run = subprocess.run([sys.executable, str(ROOT / "bench" / "bench.py"), "--articles",
                          str(tmp_path), "--words", "300"],
                         capture_output=True, text=True, timeout=600, cwd=ROOT)
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-2000:]
    assert "failed" not in run.stdout, run.stdout[-2000:]
    for job in ("reference", "labels", "analysis"):
        assert run.stdout.count(f"\n{job} ") == 2, f"{job} missing:\n{run.stdout[-2000:]}"
    assert "Memory:" in run.stdout and "import toolkit:" in run.stdout


def test_lesson_cells_script_lists_every_code_cell():
    """bench/lesson_cells.py (the kernel's share of a lesson, per cell) runs lesson 1 cleanly."""
    import json

    lesson = sorted((ROOT / "lessons").glob("01-*.ipynb"))[0]
    code = [c for c in json.loads(lesson.read_text(encoding="utf-8"))["cells"]
            if c["cell_type"] == "code"]
    run = subprocess.run([sys.executable, str(ROOT / "bench" / "lesson_cells.py"), str(lesson),
                          "--all"], capture_output=True, text=True, timeout=600, cwd=ROOT)
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-2000:]
    assert f"{lesson.name}: " in run.stdout and f"for {len(code)} code cells" in run.stdout
    assert run.stdout.count("  code cell ") == len(code), run.stdout
    assert "ERROR" not in run.stdout, run.stdout


def _tiny_articles(folder):
    for i, text in enumerate(["Mayor Ana Ruiz said the bridge will reopen in May. The plan is "
                              "a disgrace, critics said on Friday. ",
                              "The council voted 5-2 to fund the library. Everyone should come "
                              "to the next meeting, the chair told reporters. "]):
        (folder / f"a{i}.txt").write_text(f"Headline {i}\n\n" + text * 20, encoding="utf-8")


def test_label_costs_script_lists_the_rules(tmp_path):
    """bench/label_costs.py (CPU time per rule of the labels job, against textstat) runs cleanly."""
    _tiny_articles(tmp_path)
    run = subprocess.run([sys.executable, str(ROOT / "bench" / "label_costs.py"), "--articles",
                          str(tmp_path)], capture_output=True, text=True, timeout=600, cwd=ROOT)
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-2000:]
    assert "2 articles" in run.stdout and "textstat FK (reference)" in run.stdout
    for rule in ("label_sentences", "find_attribution", "find_opinion", "article_from_text"):
        assert f"\n{rule} " in run.stdout, run.stdout


def test_ab_labels_script_compares_two_trees(tmp_path):
    """bench/ab_labels.py (two trees' labels job in one process) runs; here both trees are this one."""
    _tiny_articles(tmp_path)
    run = subprocess.run([sys.executable, str(ROOT / "bench" / "ab_labels.py"), str(ROOT),
                          "--articles", str(tmp_path), "--batch", "1"],
                         capture_output=True, text=True, timeout=600, cwd=ROOT)
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-2000:]
    assert "2 articles x 1" in run.stdout and "this / other = " in run.stdout, run.stdout
