"""Enter in the name box is Start (the kernel side; s8 walkthrough #3).

The name bar's script (toolkit/quiz/keys.py) sends the typed name with an invisible ending when
Enter is pressed in the name box, so the name and "start" reach the kernel in one message. Here
the box gets those values as the browser would send them; the key itself is pressed in
tests/browser/test_keyboard_radio.py (JupyterLab, Notebook 7) and test_lite_site.py. Enter must
do exactly what Start does: the same checks, messages, remembered name and focus move. Runs
under ipywidgets 7.7 and 8.1.
"""

from __future__ import annotations

import warnings

import pytest

from toolkit import quiz as tq
from toolkit.quiz.keys import ENTER_CLASS, ENTER_MARK, KEYS_JS, enter_value
from toolkit.quiz.progress import ProgressStore
from toolkit.quiz.session import Session
from toolkit.quiz.settle import NAME_CLASS, SETTLE_JS
from toolkit.quiz.widgets import StudentBar


def bar_in(folder) -> StudentBar:
    session = Session(ProgressStore(folder))
    bar = StudentBar(session)
    session.attach(bar)
    bar.focused = []
    if hasattr(bar.not_you_button, "focus"):  # ipywidgets 8 (7 has no focus())
        bar.not_you_button.focus = lambda: bar.focused.append("Not you?")
    return bar


def shown(bar) -> tuple:
    return (bar.message.value, bar.who.value, [w.description for w in bar.row.children],
            bar.session.student, bar.session.store.current_student(), bar.focused)


@pytest.mark.parametrize("typed", ["Ana M.", "  Ana   M. ", "", "   ", "Chief \u00c1lvarez", "x" * 100])
def test_enter_does_what_start_does(tmp_path, typed):
    by_click, by_enter = bar_in(tmp_path / "click"), bar_in(tmp_path / "enter")
    by_click.name_text.value = typed  # leaving the box for Start sends the text
    by_click.start_button.click()
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no deprecated Enter message ("submit") is used
        by_enter.name_text.value = enter_value(typed, 1_700_000_000_001)
    assert shown(by_enter) == shown(by_click)
    if typed.strip():
        assert by_enter.session.student == " ".join(typed.split())[:80]
        assert ENTER_MARK not in by_enter.session.student
        assert by_enter.focused == by_click.focused  # ipywidgets 8: on to "Not you?"
    else:
        assert "The name is empty" in by_enter.message.value and by_enter.session.student is None
        assert by_enter.name_text in by_enter.row.children  # the box stays to type in


def test_leaving_the_box_is_not_start(tmp_path):
    bar = bar_in(tmp_path)
    bar.name_text.value = "Ana M."  # Tab or a click elsewhere sends the text alone
    assert bar.session.student is None and bar.message.value == ""
    assert bar.name_text in bar.row.children


def test_enter_held_or_pressed_twice_starts_once(tmp_path):
    bar = bar_in(tmp_path)
    starts, set_student = [], bar.session.set_student
    bar.session.set_student = lambda name: starts.append(name) or set_student(name)
    bar.name_text.value = enter_value("Ana M.", 1_700_000_000_001)
    bar.name_text.value = enter_value("Ana M.", 1_700_000_000_031)  # the box was still on screen
    bar.name_text.value = enter_value("Ana M.", 1_700_000_000_061)
    assert starts == ["Ana M."] and bar.message.value.startswith("Hello, Ana M.")
    assert bar.focused.count("Not you?") <= 1


def test_enter_after_not_you_starts_the_new_name(tmp_path):
    bar = bar_in(tmp_path)
    bar.name_text.value = enter_value("Ana M.", 1)
    bar.not_you_button.click()
    bar.sign_out_button.click()
    assert bar.message.value == "Type your own name and press Enter or Start."
    bar.name_text.value = enter_value("Sam K.", 2)
    assert bar.session.student == "Sam K." and bar.session.store.current_student() == "Sam K."
    assert "Answering as <b>Sam K.</b>" == bar.who.value


def test_an_empty_enter_then_a_name_and_start(tmp_path):
    bar = bar_in(tmp_path)
    bar.name_text.value = enter_value("", 1)
    assert "The name is empty" in bar.message.value
    bar.name_text.value = "Ana M."  # typed, then left the box for Start
    bar.start_button.click()
    assert bar.session.student == "Ana M." and bar.message.value.startswith("Hello, Ana M.")


def test_the_quiz_view_bar_and_lesson_bar_take_enter(progress_folder, small):
    view = tq.show(small)  # a quiz shown with its own bar
    assert view.own_bar
    view.bar.name_text.value = enter_value("Ana", 3)
    assert view.bar.session.student == "Ana"
    assert ProgressStore(progress_folder).current_student() == "Ana"


def test_the_box_is_marked_for_both_scripts(tmp_path):
    bar = bar_in(tmp_path)
    assert {NAME_CLASS, ENTER_CLASS} <= set(bar.name_text._dom_classes)
    assert bar.name_text.continuous_update is False  # the name still goes once, never key by key
    assert f".{NAME_CLASS}" in KEYS_JS and "NAME_CLASS" not in KEYS_JS  # keys sends it
    assert f'on(e, "{NAME_CLASS}")' in SETTLE_JS and "NAME_CLASS" not in SETTLE_JS  # settle arms


def test_the_empty_name_message_says_enter_works_too(tmp_path):
    bar = bar_in(tmp_path)
    bar.name_text.value = enter_value("  ", 1)
    assert "press Enter or Start" in bar.message.value


def test_not_you_asks_before_it_signs_out(tmp_path):
    """s9 walkthrough: the focus is on "Not you?" after Start, so an Enter pressed later signed
    the student out. Now "Not you?" asks, its "No, stay" takes the focus, and only "Yes, sign
    out" forgets the name."""
    bar = bar_in(tmp_path)
    if hasattr(bar.stay_button, "focus"):
        bar.stay_button.focus = lambda: bar.focused.append("No, stay")
        bar.name_text.focus = lambda: bar.focused.append("Your name")
    bar.name_text.value = enter_value("Ana M.", 1)
    for _ in range(3):  # Enter after Enter on the focused button: ask, stay, ask, stay...
        bar.not_you_button.click()
        assert bar.session.student == "Ana M." and bar.asking
        assert bar.row.children == (bar.who, bar.sign_out_question, bar.stay_button, bar.sign_out_button)
        assert "Answering as <b>Ana M.</b>" in bar.who.value and "Sign out?" in bar.sign_out_question.value
        assert [b.description for b in bar.row.children[2:]] == ["No, stay", "Yes, sign out"]
        bar.stay_button.click()
        assert bar.session.student == "Ana M." and bar.row.children[:2] == (bar.who, bar.not_you_button)
    assert bar.session.store.current_student() == "Ana M."
    if hasattr(bar.stay_button, "focus"):  # ipywidgets 8: No takes the focus, then Not you? again
        assert bar.focused == ["Not you?"] + ["No, stay", "Not you?"] * 3
    bar.not_you_button.click()
    bar.sign_out_button.click()
    assert bar.session.student is None and bar.name_text in bar.row.children and not bar.asking
    if hasattr(bar.stay_button, "focus"):
        assert bar.focused[-2:] == ["No, stay", "Your name"]


def test_a_question_left_open_closes_when_the_student_changes(tmp_path):
    bar = bar_in(tmp_path)
    bar.name_text.value = enter_value("Ana M.", 1)
    bar.not_you_button.click()
    bar.session.forget_student()  # another view's "Yes, sign out"
    assert bar.name_text in bar.row.children and not bar.asking
    bar.name_text.value = enter_value("Sam K.", 2)
    assert bar.row.children[0] is bar.who and "Sam K." in bar.who.value
