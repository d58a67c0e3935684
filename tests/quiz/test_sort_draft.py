"""A half-done sort survives a restart (issue 15, walkthrough 4 finding 15): each label chosen is
kept as a draft at once, like a reflection's text; a draft is not an answer (no try, no first-try
count, not "answered" in the progress summary) and a Check clears it."""

from __future__ import annotations

from toolkit import quiz as tq
from toolkit.quiz import session
from toolkit.quiz.progress import ProgressStore
from toolkit.quiz.summary import progress_summary


def _record(folder, qid="sort"):
    return ProgressStore(folder).record("Ana", "small", qid)


def test_sort_choices_come_back_after_a_restart_without_a_check(small, progress_folder):
    view = tq.show(small, student="Ana")
    qv = view.question("sort")
    labels = qv.q.labels
    qv.controls[0].value = labels[0]
    qv.controls[1].value = labels[1]
    rec = _record(progress_folder)
    assert rec["draft"][:2] == [labels[0], labels[1]] and rec["draft"][2:] == [None] * (len(qv.controls) - 2)
    assert rec["tries"] == 0 and rec["first_try_correct"] is None and not rec["checked"]
    assert "answer" not in rec and "first_answer" not in rec
    assert "not checked yet" in qv.status.value
    before = progress_summary(small, student="Ana", store=ProgressStore(progress_folder))
    assert before.answered == 0  # a draft is not an answer

    session.reset_sessions()  # Kernel > Restart, Run All
    again = tq.show(small).question("sort")
    assert again.answer()[:2] == [labels[0], labels[1]]
    assert again.feedback.value == "" and "not checked yet" in again.status.value

    again.check_button.click()  # a Check with sentences unlabelled is no try (s12 walk #35)
    rec = _record(progress_folder)
    assert rec["tries"] == 0 and rec["draft"][:2] == [labels[0], labels[1]]
    for radio in again.controls[2:]:  # the student labels the rest
        radio.value = labels[0]
    again.check_button.click()  # a check is the first try, and the draft is gone
    rec = _record(progress_folder)
    assert rec["tries"] == 1 and "draft" not in rec and rec["first_try_correct"] is False
    assert rec["answer"][:2] == [labels[0], labels[1]]


def test_choices_changed_after_a_check_come_back_as_a_draft(small, progress_folder):
    view = tq.show(small, student="Ana")
    qv = view.question("sort")
    labels = qv.q.labels
    for radio in qv.controls:
        radio.value = labels[0]
    qv.check_button.click()
    qv.controls[0].value = labels[1]
    session.reset_sessions()
    again = tq.show(small).question("sort")
    assert again.answer()[0] == labels[1]
    assert "not checked yet" in again.status.value
    rec = _record(progress_folder)
    assert rec["tries"] == 1 and rec["answer"][0] == labels[0]


def test_a_restored_answer_does_not_save_a_draft(small, progress_folder):
    view = tq.show(small, student="Ana")
    qv = view.question("sort")
    for radio in qv.controls:
        radio.value = qv.q.labels[0]
    qv.check_button.click()
    session.reset_sessions()
    tq.show(small).question("sort")
    assert "draft" not in _record(progress_folder)
