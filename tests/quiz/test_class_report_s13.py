"""The class report's chart, wrong-answer column and CSV after "Show answer" (s12 walk2 #9, #10,
#11). Each test fails on the code before s13."""

from __future__ import annotations

import csv

from toolkit.quiz.progress import ProgressStore
from toolkit.quiz.results import LOOKED_FIRST_MARK, class_results

L2, L5 = "02-says-who", "05-readability-and-persuasion"
RIGHT = "The formula cannot tell true from false."
WRONG = "The formula is broken."


def _check(store, who, answer, ok, qid="nonsense", quiz=L5, kind="choice"):
    store.save(who, quiz, qid, "check", type=kind, answer=answer, answer_text=answer, correct=ok)


def _one_wrong_one_looked(folder):
    store = ProgressStore(folder)
    _check(store, "Jordan T", WRONG, False)                  # wrong, then right
    _check(store, "Jordan T", RIGHT, True)
    store.save("Sam K", L5, "nonsense", "reveal", type="choice", answer=None)
    _check(store, "Sam K", RIGHT, True)                      # looked, then right
    return class_results(folder, quizzes=[L5])


def test_chart_draws_looked_first_apart_from_wrong_answers(progress_folder):  # walk2 #9
    from matplotlib.colors import to_hex

    from toolkit.charts import FIRST_TRY_LOOKS

    fig = _one_wrong_one_looked(progress_folder).chart()
    row = next(r for r in fig.chart_data["first_try"] if r["question"] == "nonsense")
    assert (row["right"], row["wrong"], row["looked"]) == (0, 2, 1)
    looked = FIRST_TRY_LOOKS["looked"]
    assert looked["hatch"] not in {v["hatch"] for k, v in FIRST_TRY_LOOKS.items() if k != "looked"}
    assert looked["facecolor"] not in {v["facecolor"] for k, v in FIRST_TRY_LOOKS.items()
                                       if k != "looked"}
    # the bars: one orange/xx bar of width 1 and one looked bar of width 1 for this question
    widths = {}
    for p in fig.axes[0].patches:
        if p.get_width():
            key = (to_hex(p.get_facecolor()).upper(), p.get_hatch())
            widths[key] = widths.get(key, 0) + p.get_width()
    assert widths[(looked["facecolor"].upper(), looked["hatch"])] == 1
    wrong = FIRST_TRY_LOOKS["wrong"]
    assert widths[(wrong["facecolor"].upper(), wrong["hatch"])] == 1
    legend = [t.get_text() for leg in fig.legends for t in leg.get_texts()]
    assert "Looked at the answer first" in legend
    assert "came after looking at the answer" in fig.alt_text


def test_most_common_wrong_answer_is_shown_as_typed_and_grouped_without_case(progress_folder):
    store = ProgressStore(progress_folder)  # walk2 #10
    for who, typed in [("Ana", "Lakemont Times"), ("Ben", "lakemont times"), ("Cy", "Lakemont Times"),
                       ("Di", "Mayor")]:
        _check(store, who, typed, False, qid="who-staggering", quiz=L2, kind="says_who")
    results = class_results(progress_folder, quizzes=[L2])
    m = next(x for x in results.most_missed(limit=50) if x.question == "who-staggering")
    assert (m.common_wrong, m.common_count) == ("Lakemont Times", 3)
    assert "Lakemont Times (3)" in results.missed_html(limit=50)


def test_csv_first_answer_after_a_reveal_is_marked_and_columns_stay(progress_folder, tmp_path):
    results = _one_wrong_one_looked(progress_folder)  # walk2 #11
    out = results.to_csv(tmp_path / "class.csv")
    with open(out, encoding="utf-8-sig") as fh:
        reader = csv.DictReader(fh)
        rows = [r for r in reader if r["question"] == "nonsense"]
        header = reader.fieldnames
    assert header[8:10] == ["first_answer", "answer"] and len(header) == 16
    by = {r["student"]: r for r in rows}
    assert by["Sam K"]["first_answer"] == LOOKED_FIRST_MARK + RIGHT
    assert by["Sam K"]["answer"] == RIGHT and by["Sam K"]["revealed"] == "yes"
    assert by["Jordan T"]["first_answer"] == WRONG  # a wrong first answer is left as it was
