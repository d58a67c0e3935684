"""Enter in the says-who box checks the answer; leaving the box does not (the kernel side).

The name bar's script (toolkit/quiz/keys.py) sends the typed text with an invisible ending when
Enter is pressed, so the text and "check it" reach the kernel in one message. Here the widgets
get those values as the browser would send them; the key itself is pressed in
tests/browser/test_keyboard_radio.py. Runs under ipywidgets 7.7 and 8.1.
"""

from __future__ import annotations

import ipywidgets as W

from toolkit import quiz as tq
from toolkit.quiz.keys import ENTER_CLASS, ENTER_MARK, KEYS_JS, enter_value, is_enter, typed_text
from toolkit.quiz.progress import ProgressStore


def record(folder, qid="who-typed"):
    return ProgressStore(folder).record("Ana", "small", qid)


def test_the_box_is_marked_for_the_script(small, progress_folder):
    box = tq.show(small, student="Ana").question("who-typed").controls[0]
    assert isinstance(box, W.Text) and ENTER_CLASS in box._dom_classes
    assert box.continuous_update is False  # the text still goes once, never key by key
    assert f".{ENTER_CLASS} input" in KEYS_JS and "ENTER_CLASS" not in KEYS_JS
    # the script writes the same ending as enter_value: the mark, then the time in 0s and 1s
    assert "\\u2064" in KEYS_JS and "\\u2062" in KEYS_JS and "\\u2063" in KEYS_JS
    # a box with a list of names has no Enter to press
    chosen = tq.show(small, student="Ana").question("who-choice").controls[0]
    assert ENTER_CLASS not in chosen._dom_classes


def test_leaving_the_box_is_not_a_try(small, progress_folder):
    qv = tq.show(small, student="Ana").question("who-typed")
    qv.controls[0].value = "the mayor"  # what the browser sends when the box loses focus
    assert qv.feedback.value == "" and record(progress_folder) is None


def test_enter_checks_the_text_it_came_with(small, progress_folder):
    qv = tq.show(small, student="Ana").question("who-typed")
    box = qv.controls[0]
    box.value = "the mayor"  # left the box once (not a try) ...
    box.value = enter_value("the mayor", 1_700_000_000_001)  # ... came back and pressed Enter
    assert "Not yet" in qv.feedback.value and "the mayor" in qv.feedback.value
    rec = record(progress_folder)
    assert rec["tries"] == 1 and rec["correct"] is False and rec["answer"] == "the mayor"
    assert qv.answer() == "the mayor"  # never the invisible ending

    # the text and the check come in one message: the check sees the last letters
    box.value = enter_value("Chief Ana Ruiz", 1_700_000_000_950)
    assert "Right" in qv.feedback.value
    rec = record(progress_folder)
    assert rec["tries"] == 2 and rec["correct"] is True and rec["answer"] == "Chief Ana Ruiz"

    # the same press seen again (an echo, a second view) is not a second try
    sent = box.value
    box.value = "Chief Ana Ruiz"
    box.value = sent
    assert record(progress_folder)["tries"] == 2


def test_enter_on_an_empty_box_asks_for_a_name(small, progress_folder):
    qv = tq.show(small, student="Ana").question("who-typed")
    qv.controls[0].value = enter_value("", 12)
    assert "Type or choose a name first" in qv.feedback.value
    assert record(progress_folder) is None  # an empty check is not a try


def test_the_answer_comes_back_without_the_ending(small, progress_folder):
    qv = tq.show(small, student="Ana").question("who-typed")
    qv.controls[0].value = enter_value("Ruiz", 99)
    again = tq.show(small, student="Ana").question("who-typed")  # Run All after a restart
    assert again.controls[0].value == "Ruiz" and ENTER_MARK not in again.controls[0].value
    assert "Right" in again.feedback.value
    assert record(progress_folder)["tries"] == 1  # putting it back is no new try


def test_enter_value_round_trip():
    for typed in ("", "Acevedo", "Art Acevedo, Houston's police chief", "Chief \u00c1lvarez"):
        for stamp in (1, 2, 1_764_460_800_000):
            v = enter_value(typed, stamp)
            assert is_enter(v) and typed_text(v) == typed and v.startswith(typed)
            assert typed_text(v).isprintable()
    # typing more after an Enter that left its ending in the box: not an Enter, nothing lost
    assert not is_enter(enter_value("Ruiz", 5) + "x")
    assert typed_text(enter_value("Ruiz", 5) + "x") == "Ruizx"
    assert enter_value("Ruiz", 5) != enter_value("Ruiz", 6)  # each press is a new value
