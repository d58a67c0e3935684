"""The key script (toolkit/quiz/keys.py) travels in every name bar, hidden, and fetches nothing.

Whether it works is a browser matter (tests/browser/test_keyboard_radio.py); here: it is there
once per bar under ipywidgets 7.7 and 8.1, the bar still shows one visible row, and the quiz
does not depend on it (every radio group is still a plain RadioButtons widget).
"""

from __future__ import annotations

import re

import ipywidgets as W

from toolkit import quiz as tq
from toolkit.quiz.keys import KEYS_HINT, KEYS_JS, keys_loader
from toolkit.quiz.settle import SETTLE_JS, STARTING_JS
from toolkit.quiz.picker import PICKER_JS


def walk(widget):
    yield widget
    for child in getattr(widget, "children", ()):
        yield from walk(child)


def scripts(widget) -> list[str]:
    return [out["data"]["application/javascript"] for w in walk(widget) if isinstance(w, W.Output)
            for out in w.outputs if "application/javascript" in out.get("data", {})]


def test_the_name_bar_carries_the_script_once_and_hidden():
    bar = tq.name_bar()
    found = [w for w in walk(bar.box) if isinstance(w, W.Output)]
    assert found and all(w.layout.display == "none" for w in found)
    # the key, settle and "Starting…" scripts once; beside them only the file picker's (quiz.picker)
    assert scripts(bar.box) == [KEYS_JS, SETTLE_JS, STARTING_JS, PICKER_JS]


def test_a_question_shown_without_the_notebook_bar_carries_it_in_its_own_bar(small):
    view = tq.show(small, "single", student="Ana")
    assert view.own_bar and scripts(view.widget) == [KEYS_JS, SETTLE_JS, STARTING_JS, PICKER_JS]
    tq.name_bar()  # the notebook's bar: questions shown after it have no bar, so no second copy
    after = tq.show(small, "single")
    assert not after.own_bar and scripts(after.widget) == []


def test_the_script_fetches_nothing_and_runs_once_per_page():
    for js in (KEYS_JS, STARTING_JS):
        assert not re.search(r"https?:|//[a-z]|import\(|fetch\(|XMLHttpRequest|<script", js)
    assert KEYS_JS.count("window.__medialitKeys") == 2  # the guard and where it is set
    assert STARTING_JS.count("window.__medialitStarting") == 2
    assert KEYS_HINT in KEYS_JS and len(KEYS_JS) < 4000


def test_radio_groups_stay_plain_widgets(small):
    view = tq.show(small, student="Ana")
    radios = [w for w in walk(view.widget) if isinstance(w, W.RadioButtons)]
    assert radios and all(r.description for r in radios)  # each group has its accessible name


def test_loader_is_a_fresh_hidden_output_each_time():
    a, b = keys_loader(), keys_loader()
    assert a is not b and a.layout.display == b.layout.display == "none"
