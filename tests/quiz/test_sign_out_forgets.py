"""'Yes, sign out' on a shared computer: the next notebook opened asks for a name again.

Before s10 the name bar forgot the student only in the notebook where it was pressed: the name
stayed remembered on the computer, so a restarted or newly opened notebook signed the last
student back in. Answers are never touched, and a name another notebook has remembered since
is kept.
"""

from __future__ import annotations

from toolkit.quiz.keys import enter_value
from toolkit.quiz.progress import ProgressStore
from toolkit.quiz.session import Session
from toolkit.quiz.widgets import StudentBar


def bar_in(folder) -> StudentBar:
    session = Session(ProgressStore(folder))
    bar = StudentBar(session)
    session.attach(bar)
    return bar


def test_sign_out_means_the_next_notebook_asks_again_and_answers_stay(tmp_path):
    bar = bar_in(tmp_path)
    bar.name_text.value = enter_value("Ana M.", 1)
    bar.session.store.save("Ana M.", "example", "first-look", "save", type="poll", answer="A")
    assert Session(ProgressStore(tmp_path)).student == "Ana M."  # a restart keeps her
    bar.not_you_button.click()
    bar.stay_button.click()  # "No, stay" changes nothing
    assert Session(ProgressStore(tmp_path)).student == "Ana M."
    bar.not_you_button.click()
    bar.sign_out_button.click()
    assert bar.session.student is None
    assert Session(ProgressStore(tmp_path)).student is None  # a restart asks for a name
    assert len(ProgressStore(tmp_path).students()) == 1      # her answers stay
    again = bar_in(tmp_path)
    again.name_text.value = enter_value("Ana M.", 2)
    assert again.session.store.record("Ana M.", "example", "first-look")  # hers again


def test_sign_out_keeps_a_name_another_notebook_remembered_since(tmp_path):
    first, second = bar_in(tmp_path), bar_in(tmp_path)
    first.name_text.value = enter_value("Ana M.", 1)
    second.name_text.value = enter_value("Sam K.", 1)  # the other notebook, later
    first.not_you_button.click()
    first.sign_out_button.click()
    assert first.session.student is None
    assert ProgressStore(tmp_path).current_student() == "Sam K."
    assert second.session.student == "Sam K."


def test_sign_out_in_a_folder_that_cannot_be_written_still_signs_out(tmp_path, monkeypatch):
    bar = bar_in(tmp_path)
    bar.name_text.value = enter_value("Ana M.", 1)

    def refuse(*_args, **_kwargs):
        raise PermissionError("read-only")

    monkeypatch.setattr("pathlib.Path.unlink", refuse)
    bar.not_you_button.click()
    bar.sign_out_button.click()
    assert bar.session.student is None and bar.name_text in bar.row.children
