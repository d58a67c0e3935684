"""A sort Check with sentences still unlabelled is no try (s12 walkthrough #35).

It used to mark the labelled sentences right or wrong and save that as the first try, so a
student who checks one sentence at a time showed as "wrong first" in the class report. Now it
says which sentences still need a label, marks none right or wrong, and saves no try (the labels
chosen stay kept as a draft).
"""

from __future__ import annotations

from toolkit import quiz as tq
from toolkit.quiz.progress import ProgressStore
from toolkit.quiz.results import class_results

L3 = "03-fact-claim-opinion"


def test_a_half_labelled_sort_check_is_not_the_first_try(progress_folder):
    q = tq.load_quiz(L3).get("sort-1")
    key = [item.key.label for item in q.sentences]
    qv = tq.show(L3, student="Ana").question("sort-1")
    qv.controls[0].value = key[0]                            # sentence 1 only, and right
    qv.check_button.click()
    html = qv.feedback.value
    assert "Sentences 2, 3 and 4 have no label yet" in html
    assert "Choose a label for each sentence, then press Check." in html
    assert "is right" not in html and "\u2714" not in html   # no sentence marked either way
    rec = ProgressStore(progress_folder).record("Ana", L3, "sort-1")
    assert rec["tries"] == 0 and rec["first_try_correct"] is None and not rec["checked"]
    assert rec["draft"][0] == key[0]                         # the label chosen is kept

    for radio, label in zip(qv.controls[1:], key[1:]):
        radio.value = label
    qv.check_button.click()
    assert "every sentence is labeled right" in qv.feedback.value
    rec = ProgressStore(progress_folder).record("Ana", L3, "sort-1")
    assert rec["tries"] == 1 and rec["first_try_correct"] is True
    result = next(r for r in class_results(progress_folder).results()
                  if r.quiz == L3 and r.question == "sort-1")
    assert (result.answered, result.right_first) == (1, 1)


def test_a_full_sort_check_still_counts(progress_folder):
    q = tq.load_quiz(L3).get("sort-1")
    wrong = [next(lab for lab in q.labels if lab not in item.key.accepted) for item in q.sentences]
    qv = tq.show(L3, student="Ana").question("sort-1")
    for radio, label in zip(qv.controls, wrong):
        radio.value = label
    qv.check_button.click()
    assert "0 of 4 sentences are right" in qv.feedback.value
    rec = ProgressStore(progress_folder).record("Ana", L3, "sort-1")
    assert rec["tries"] == 1 and rec["first_try_correct"] is False
