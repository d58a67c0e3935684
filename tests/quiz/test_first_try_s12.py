"""The class report tells "wrong first" from "looked at the answer first" (s12 walkthrough #18).

It said "Lesson 5 nonsense: 2 of 2 wrong first" when one student answered wrong and the other
pressed "Show answer" and then answered. It now tells the two apart, from the progress files
(new ones record ``revealed_first`` at the first check; older ones are read from the first
answer), and a right answer given after a reveal is never the "most common wrong answer".
"""

from __future__ import annotations

import json

from toolkit import quiz as tq
from toolkit.quiz.progress import ProgressStore
from toolkit.quiz.results import class_results

L5 = "05-readability-and-persuasion"
RIGHT = "The formula cannot tell true from false."
WRONG = "The formula is broken."


def _check(store, who, answer, ok, qid="nonsense", quiz=L5):
    store.save(who, quiz, qid, "check", type="choice", answer=answer, answer_text=answer,
               correct=ok)


def _nonsense(results):
    return next(m for m in results.most_missed(limit=50) if m.question == "nonsense")


# -- #18: wrong first, or looked at the answer first ---------------------------------------------

def test_class_report_tells_a_reveal_from_a_wrong_answer(progress_folder):
    store = ProgressStore(progress_folder)
    _check(store, "Jordan T", WRONG, False)                  # wrong, then right
    _check(store, "Jordan T", RIGHT, True)
    store.save("Sam K", L5, "nonsense", "reveal", type="choice", answer=None)
    _check(store, "Sam K", RIGHT, True)                      # looked, then right
    assert store.record("Sam K", L5, "nonsense")["revealed_first"] is True
    assert store.record("Jordan T", L5, "nonsense")["revealed_first"] is False

    results = class_results(progress_folder)
    m = _nonsense(results)
    assert (m.answered, m.wrong_first, m.looked_first) == (2, 1, 1)
    assert (m.common_wrong, m.common_count) == (WRONG, 1)   # never Sam's right answer
    text = results.to_text()
    line = next(x for x in text.splitlines() if "nonsense:" in x and "first" in x
                and "%" not in x)
    assert line.strip() == ("Lesson 5 nonsense: 2 of 2 not right first: 1 wrong first, "
                            f"1 looked at the answer first. Most common wrong answer: {WRONG} "
                            "(1).")
    assert "2 of 2 wrong first" not in text
    page = results.missed_html(limit=50)
    assert "1 wrong first, 1 looked at the answer first" in page
    assert "Not right on the first try" in page and "Wrong on first try" not in page


def test_only_looked_first_names_no_wrong_answer(progress_folder):
    store = ProgressStore(progress_folder)
    store.save("Sam K", L5, "nonsense", "reveal", type="choice", answer=None)
    _check(store, "Sam K", RIGHT, True)
    results = class_results(progress_folder)
    m = _nonsense(results)
    assert (m.wrong_first, m.looked_first, m.common_wrong) == (0, 1, "")
    line = next(x for x in results.to_text().splitlines() if "nonsense: 1 of 1" in x)
    assert line.strip() == "Lesson 5 nonsense: 1 of 1 looked at the answer first."
    assert "looked at the answer first" in results.missed_html(limit=50)


def test_wrong_then_reveal_is_wrong_first(progress_folder):
    store = ProgressStore(progress_folder)
    _check(store, "Jordan T", WRONG, False)
    store.save("Jordan T", L5, "nonsense", "reveal", type="choice", answer=WRONG)
    _check(store, "Jordan T", RIGHT, True)
    m = _nonsense(class_results(progress_folder))
    assert (m.wrong_first, m.looked_first, m.common_wrong) == (1, 0, WRONG)


def test_files_saved_before_s12_are_read_from_the_first_answer(progress_folder):
    """A record without ``revealed_first`` (the walk's own files): a right first answer that is
    not right on the first try can only be one given after "Show answer"."""
    from toolkit.quiz.results import looked_first

    store = ProgressStore(progress_folder)
    store.save("Sam K", L5, "nonsense", "reveal", type="choice", answer=None)
    _check(store, "Sam K", RIGHT, True)
    store.save("Kai P", L5, "nonsense", "reveal", type="choice", answer=None)
    _check(store, "Kai P", WRONG, False)                     # looked, and still wrong
    _check(store, "Jordan T", WRONG, False)
    for path in progress_folder.glob("student-*.json"):
        data = json.loads(path.read_text(encoding="utf-8"))
        for rec in data["quizzes"][L5].values():
            rec.pop("revealed_first")
        path.write_text(json.dumps(data), encoding="utf-8")
    q = tq.load_quiz(L5).get("nonsense")
    sam = store.record("Sam K", L5, "nonsense")
    assert "revealed_first" not in sam and looked_first(q, sam)
    assert not looked_first(q, store.record("Kai P", L5, "nonsense"))  # a wrong answer given
    m = _nonsense(class_results(progress_folder))
    assert (m.answered, m.wrong_first, m.looked_first) == (3, 2, 1)
    assert (m.common_wrong, m.common_count) == (WRONG, 2)
