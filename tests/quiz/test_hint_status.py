"""A hint is no answer: no "Saved for Sam K." under it (s12 walkthrough #19).

Pressing Hint alone showed "Saved for Sam K." (the hint count was saved for the teacher), and a
student wondered what was saved. The save line now says only what is true of the answer.
"""

from __future__ import annotations

from toolkit import quiz as tq
from toolkit.quiz.progress import ProgressStore

L5 = "05-readability-and-persuasion"
WRONG = "The formula is broken."


def test_hint_alone_says_nothing_was_saved(progress_folder):
    qv = tq.show(L5, student="Sam K.").question("nonsense")
    qv.hint_button.click()
    assert "Hint:" in qv.hint_html.value
    assert "Saved" not in qv.status.value and qv.status.value == ""
    assert ProgressStore(progress_folder).record("Sam K.", L5, "nonsense")["hints"] == 1


def test_hint_after_an_answer_keeps_the_save_line(progress_folder):
    qv = tq.show(L5, student="Sam K").question("nonsense")
    qv.controls[0].value = WRONG
    qv.check_button.click()
    saved = qv.status.value
    assert "Saved for Sam K." in saved
    qv.hint_button.click()
    assert qv.status.value == saved                          # still true of the answer
    rec = ProgressStore(progress_folder).record("Sam K", L5, "nonsense")
    assert rec["hints"] == 1 and rec["answer"] == WRONG


# s12 second walkthrough #15: "Show a sample answer" over an empty box said "Saved for Sam B.",
# and after a restart "Your earlier answer is back" over the same empty box; a student took the
# exit ticket for handed in (the teacher's report, rightly, lists it missing)
L6 = "06-your-turn"


def test_sample_over_an_empty_box_is_not_called_saved(progress_folder):
    qv = tq.show(L6, student="Sam B.").question("exit-ticket")
    qv.reveal_button.click()
    assert "sample answer" in qv.answer_html.value.lower()
    assert "Saved" not in qv.status.value
    again = tq.show(L6, student="Sam B.").question("exit-ticket")  # a restart: the view is new
    assert "earlier answer is back" not in again.status.value
    assert "sample answer" in again.answer_html.value.lower()     # the sample stays shown


def test_sample_after_writing_still_says_saved(progress_folder):
    qv = tq.show(L6, student="Sam B.").question("exit-ticket")
    qv.controls[0].value = "I would share it with a friend, but check the numbers first."
    qv.save_button.click()
    qv.reveal_button.click()
    assert "Saved for Sam B." in qv.status.value
    again = tq.show(L6, student="Sam B.").question("exit-ticket")
    assert "earlier answer is back" in again.status.value
