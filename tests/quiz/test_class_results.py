"""Class results: the export's rules (first and last answers, tries, hints, reveals, question text,
rows for unanswered questions, downloaded files, students told apart by file id) and the
teacher's view (first-try chart, most missed, who has not finished, what students wrote)."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest

from classgen import LESSONS, make_class

from toolkit import quiz as tq
from toolkit.errors import ToolkitError
from toolkit.quiz.progress import ProgressStore
from toolkit.quiz.results import CSV_COLUMNS, class_results, gather

ROOT = Path(__file__).resolve().parents[2]
L2 = "02-says-who"


def read_csv(path: Path) -> list[dict]:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def by_key(rows):
    return {(r["student"], r["quiz"], r["question"]): r for r in rows}


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    folder = tmp_path_factory.mktemp("class") / "class-progress"
    plan = make_class(folder)
    return folder, plan


# -- the export -------------------------------------------------------------------------------

def test_first_and_last_answers_tries_hints_and_reveals(tmp_path):
    store = ProgressStore(tmp_path)
    store.save("Ana", L2, "what-is-attribution", "hint", type="choice")
    store.save("Ana", L2, "what-is-attribution", "check", type="choice",
               answer="That the information is true.",
               answer_text="That the information is true.", correct=False)
    store.save("Ana", L2, "what-is-attribution", "reveal", type="choice",
               answer="Who the information comes from.")
    store.save("Ana", L2, "what-is-attribution", "check", type="choice",
               answer="Who the information comes from.",
               answer_text="Who the information comes from.", correct=True)
    rec = store.record("Ana", L2, "what-is-attribution")
    assert rec["first_answer"] == "That the information is true." and rec["tries"] == 2
    row = by_key(read_csv(tq.export(tmp_path, tmp_path / "c.csv")))[
        ("Ana", L2, "what-is-attribution")]
    assert row["first_answer"] == "That the information is true."
    assert row["answer"] == "Who the information comes from."
    assert (row["tries"], row["hints"], row["revealed"]) == ("2", "1", "yes")
    assert (row["correct"], row["first_try_correct"], row["status"]) == ("yes", "no", "answered")
    assert row["question_text"] == "What does attribution tell you?"


def test_reflection_drafts_are_not_a_first_answer_but_a_poll_pick_is(tmp_path):
    store = ProgressStore(tmp_path)
    for draft in ("I", "I trust", "I trust NPR because it names people."):
        store.save("Bo", "01-meet-the-articles", "why", "save", type="reflection", answer=draft)
    store.save("Bo", "01-meet-the-articles", "share", "save", type="poll", answer="The rewrite")
    store.save("Bo", "01-meet-the-articles", "share", "save", type="poll", answer="Neither")
    assert "first_answer" not in store.record("Bo", "01-meet-the-articles", "why")
    assert store.record("Bo", "01-meet-the-articles", "share")["first_answer"] == "The rewrite"
    rows = by_key(read_csv(tq.export(tmp_path, tmp_path / "c.csv")))
    assert rows[("Bo", "01-meet-the-articles", "why")]["answer"].endswith("names people.")
    assert rows[("Bo", "01-meet-the-articles", "share")]["answer"] == "Neither"


def test_every_question_gets_a_row_answered_or_not(tmp_path):
    store = ProgressStore(tmp_path)
    store.save("Cy", "01-meet-the-articles", "share", "save", type="poll", answer="Neither")
    rows = read_csv(tq.export(tmp_path, tmp_path / "c.csv"))
    assert list(rows[0]) == list(CSV_COLUMNS)
    expected = sum(len(tq.load_quiz(name)) for name in LESSONS)
    assert len(rows) == expected  # one student: every question of the six lessons
    mine = by_key(rows)
    l4 = [r for r in rows if r["quiz"] == "04-follow-the-changes"]
    assert l4 and all(r["status"] == "not answered" and r["answer"] == "" for r in l4)
    assert mine[("Cy", "01-meet-the-articles", "share")]["status"] == "answered"
    # questions carry their text, and sentence questions the sentence they are about
    assert all(r["question_text"] for r in rows)
    who = mine[("Cy", L2, "who-la-chief")]
    assert who["sentence"] and who["type"] == "says_who"


def test_downloaded_answer_files_are_accepted(tmp_path):
    store = ProgressStore(tmp_path / "colab")
    store.save("Dee", L2, "what-is-attribution", "check", type="choice",
               answer="Who the information comes from.", correct=True)
    data = store.read("Dee")
    folder = tmp_path / "handed-in"
    (folder / "period-3").mkdir(parents=True)
    (folder / "period-3" / "medialit-answers-dee.json").write_text(json.dumps(data),
                                                                   encoding="utf-8")
    rows = by_key(read_csv(tq.export(folder, tmp_path / "c.csv")))
    assert rows[("Dee", L2, "what-is-attribution")]["correct"] == "yes"


def test_same_name_on_two_computers_stays_two_students(tmp_path):
    folder = tmp_path / "class"
    for computer, answer in (("pc-1", True), ("pc-2", False)):
        ProgressStore(folder / computer).save("Ana", L2, "what-is-attribution", "check",
                                              type="choice", answer="x", correct=answer)
    students = gather(folder)
    assert len(students) == 2 and students[0].id != students[1].id
    labels = sorted(s.label for s in students)
    assert labels[0].startswith("Ana (") and labels[0] != labels[1]
    rows = read_csv(tq.export(folder, tmp_path / "c.csv"))
    seen = {(r["student"], r["correct"]) for r in rows if r["question"] == "what-is-attribution"}
    assert {c for _, c in seen} == {"yes", "no"} and len(seen) == 2
    assert "same name" in class_results(folder).summary()


def test_a_file_and_its_downloaded_copy_are_one_student(tmp_path):
    folder = tmp_path / "class"
    store = ProgressStore(folder / "pc-1")
    store.save("Eve", L2, "what-is-attribution", "check", type="choice", answer="x",
               correct=False)
    copy = store.read("Eve")
    store.save("Eve", L2, "reporting-words", "check", type="choice", answer="y", correct=True)
    (folder / "medialit-answers-eve.json").write_text(json.dumps(copy), encoding="utf-8")
    students = gather(folder)
    assert len(students) == 1 and len(students[0].files) == 2
    assert students[0].label == "Eve"
    assert students[0].record(L2, "reporting-words")["correct"] is True


def test_the_id_survives_a_merge(tmp_path, progress_folder):
    old = ProgressStore(tmp_path / "session-1")
    old.save("Fay", L2, "what-is-attribution", "check", type="choice", answer="x",
             correct=True)
    downloaded = old.read("Fay")
    first_id = downloaded["id"]
    fresh = ProgressStore(tmp_path / "session-2")  # a new Colab session: a new file, a new id
    fresh.save("Fay", L2, "reporting-words", "check", type="choice", answer="y", correct=True)
    fresh.merge("Fay", downloaded)
    data = fresh.read("Fay")
    assert data["id"] != first_id and first_id in data["merged_ids"]
    # the teacher gets the old download and the new file: one student, both answers
    folder = tmp_path / "teacher"
    folder.mkdir()
    (folder / "medialit-answers-fay.json").write_text(json.dumps(downloaded), encoding="utf-8")
    (folder / "student-fay.json").write_text(json.dumps(data), encoding="utf-8")
    (one,) = gather(folder)
    assert set(one.quizzes[L2]) == {"what-is-attribution", "reporting-words"}
    # the id never changes when the file is written again
    fresh.save("Fay", L2, "brutally", "hint", type="choice")
    assert fresh.read("Fay")["id"] == data["id"]


def test_files_from_before_ids_still_load_and_stay_apart(tmp_path):
    folder = tmp_path / "class"
    for computer in ("a", "b"):
        (folder / computer).mkdir(parents=True)
        (folder / computer / "student-gil.json").write_text(json.dumps(
            {"version": 1, "student": "Gil", "quizzes": {L2: {"what-is-attribution": {
                "answer": "x", "checked": True, "correct": True, "first_try_correct": True,
                "tries": 1, "time": "2026-11-20T10:00:00+00:00"}}}}), encoding="utf-8")
    assert len(gather(folder)) == 2
    store = ProgressStore(folder / "a")
    store.save("Gil", L2, "reporting-words", "hint", type="choice")
    assert len(store.read("Gil")["id"]) == 12  # given an id at the next save


def test_every_added_cell_is_neutralised(tmp_path):
    store = ProgressStore(tmp_path)
    store.save("=Hal", L2, "what-is-attribution", "check", type="choice", answer="=1+1",
               answer_text="=1+1", correct=False)
    store.save("=Hal", "@quiz", "+q", "save", type="-x", answer="=2+2")
    rows = read_csv(tq.export(tmp_path, tmp_path / "c.csv"))
    for row in rows:
        for column, value in row.items():
            assert value[:1] not in ("=", "+", "-", "@"), (column, value)
    odd = [r for r in rows if r["quiz"].endswith("@quiz")]
    assert odd and odd[0]["question"] == "'+q" and odd[0]["answer"] == "'=2+2"


def test_export_errors_stay_one_sentence(tmp_path):
    with pytest.raises(ToolkitError, match="No folder named"):
        class_results(tmp_path / "nope")
    (tmp_path / "empty").mkdir()
    with pytest.raises(ToolkitError, match="medialit-answers"):
        class_results(tmp_path / "empty")


# -- the teacher's view on a generated class of 28 --------------------------------------------

def test_generated_class_of_28(generated, tmp_path):
    folder, plan = generated
    results = class_results(folder)
    assert len(results.students) == 28  # the two Anas apart; file + download counted once
    anas = [s for s in results.students if s.name == "Ana"]
    assert len(anas) == 2 and anas[0].label != anas[1].label
    bo = next(s for s in results.students if s.name == "Bo")
    assert len(bo.files) == 2  # progress file and its download
    # who has not finished what
    gaps = {(who, quiz): missing for who, quiz, missing, _ in results.unfinished()}
    for i, stopped in plan["stopped_after"].items():
        name = plan["students"][i][0]
        for lesson in LESSONS[LESSONS.index(stopped) + 1:]:
            assert len(gaps[(name, lesson)]) == len(tq.load_quiz(lesson))
    for i in plan["no_exit"]:
        assert gaps[(plan["students"][i][0], LESSONS[0])] == ["exit-ticket"]
    # right on the first try matches what was generated
    wrong = plan["wrong_first"]
    for r in results.results():
        assert r.answered - r.right_first == wrong.get((r.quiz, r.question), 0), r
    # rows for everyone, answered or not
    rows = read_csv(results.to_csv(tmp_path / "c.csv"))
    total = sum(len(tq.load_quiz(n)) for n in LESSONS)
    assert len(rows) == 28 * total
    assert sum(r["status"] == "not answered" for r in rows) == sum(
        len(m) for m in gaps.values())


def test_most_missed_names_the_wrong_answer_and_the_sentence(generated):
    folder, plan = generated
    missed = class_results(folder).most_missed(limit=40)
    assert missed and all(m.wrong_first > 0 for m in missed)
    shares = [m.wrong_first / m.answered for m in missed]
    assert shares == sorted(shares, reverse=True)
    sort = next(m for m in missed if m.question.startswith("sort-"))
    q = tq.load_quiz(sort.quiz).get(sort.question)
    assert sort.sentence in {item.text for item in q.sentences}
    assert sort.common_wrong in {"Names a source", "Says it as fact (no source)",
                                 "Writer's opinion", "Asks you to act"}
    choice = next(m for m in missed if tq.load_quiz(m.quiz).get(m.question).type == "choice")
    wrong_options = {o.text for o in tq.load_quiz(choice.quiz).get(choice.question).options
                     if not o.correct}
    assert choice.common_wrong in wrong_options and choice.common_count >= 1


def test_writing_is_shown_per_question_and_escaped(generated):
    folder, _ = generated
    results = class_results(folder)
    writing = results.writing()
    exits = [w for w in writing if w[1] == "exit-ticket"]
    assert len(exits) == 6 and all(w[3] for w in exits)
    page = results.writing_html()
    assert "<b>Loaded</b>" not in page and "&lt;b&gt;Loaded&lt;/b&gt;" in page


def test_chart_has_alt_text_palette_colours_and_hatches(generated):
    from matplotlib.colors import to_hex

    from toolkit.charts import FIRST_TRY_LOOKS, alt_text
    from toolkit.palette import OKABE_ITO

    folder, _ = generated
    results = class_results(folder)
    fig = results.chart()
    text = alt_text(fig)
    graded = len(results.results())
    assert f"28 students, {graded} questions" in text and "lowest:" in text
    bars = [p for p in fig.axes[0].patches]
    colours = {to_hex(p.get_facecolor()).upper() for p in bars}
    assert OKABE_ITO["bluish_green"].upper() in colours and OKABE_ITO["orange"].upper() in colours
    assert {p.get_hatch() for p in bars} >= {v["hatch"] for v in FIRST_TRY_LOOKS.values()}
    data = fig.chart_data["first_try"]
    assert all(r["right"] + r["wrong"] + r["missing"] == 28 for r in data)


def test_command_line_class_report(generated, tmp_path):
    folder, _ = generated
    out = subprocess.run([sys.executable, "-m", "toolkit", "class", str(folder), "--csv",
                          str(tmp_path / "c.csv"), "--html", str(tmp_path / "r.html")],
                         capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert out.returncode == 0, out.stderr
    assert "28 students" in out.stdout and "Most missed" in out.stdout
    assert "Not finished:" in out.stdout and "What students wrote:" in out.stdout
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert 'alt="28 students' in page and "<b>Loaded</b>" not in page
    assert len(read_csv(tmp_path / "c.csv")) > 28
    bad = subprocess.run([sys.executable, "-m", "toolkit", "class", str(tmp_path / "nope")],
                         capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert bad.returncode == 2 and bad.stderr.startswith("Error: No folder named")
    assert "Traceback" not in bad.stderr


def test_who_has_not_finished_is_one_row_per_student(generated):
    folder, plan = generated
    results = class_results(folder)
    page = results.unfinished_html()
    gaps = {who for who, *_ in results.unfinished()}
    assert page.count("<tr><td>") == len(gaps) < 28
    assert f"{28 - len(gaps)} of 28 students have answered every question" in page
    assert "done" in page and "not started" in page
    stopped = plan["students"][next(iter(plan["stopped_after"]))][0]
    assert stopped in gaps


def test_summary_numbers_agree(tmp_path):
    """One student, one file, one quiz: no '1 students', '1 files' or '1 quizzes'."""
    ProgressStore(tmp_path).save("Ana", L2, "what-is-attribution", "check", type="choice",
                                 answer="That the information is true.", correct=False)
    text = class_results(tmp_path, quizzes=[L2]).summary()
    assert text.startswith("1 student from 1 file in ")
    assert text.endswith("; 1 of 10 answers given across 1 quiz.")
