"""File pickers say only what they do: "Open a text file", not "Open a text file (0)".

ipywidgets (7.7 and 8.1) writes the file count after a picker's description; toolkit.quiz.picker
draws the words from the tooltip instead. Whether the page shows them is checked in the browser
(tests/browser/test_browser_article_box.py); here: every picker the toolkit makes goes through
file_picker, has its words as its tooltip (a missing one showed as "null" on hover), and the
style and script travel with it.
"""

from __future__ import annotations

import re
from pathlib import Path

import ipywidgets as W

from toolkit import quiz as tq
from toolkit.articlebox import ArticleBox
from toolkit.quiz.picker import PICKER_CLASS, PICKER_CSS, PICKER_JS

ROOT = Path(__file__).resolve().parents[2]


def walk(widget):
    yield widget
    for child in getattr(widget, "children", ()):
        yield from walk(child)


def tooltip(widget) -> str:
    return widget.get_state().get("tooltip")


def test_every_file_picker_in_the_toolkit_is_made_by_file_picker():
    made_elsewhere = [str(p.relative_to(ROOT)) for p in (ROOT / "toolkit").rglob("*.py")
                      if p.name != "picker.py" and "FileUpload(" in p.read_text("utf-8")]
    assert not made_elsewhere, f"make file pickers with quiz.picker.file_picker: {made_elsewhere}"


def test_the_article_box_and_the_name_bar_pickers_carry_their_words_and_style():
    box = ArticleBox()
    bar = tq.name_bar()
    bar.session.set_student("Ana")
    bar.refresh()  # signed in: the bar shows "Load my answers"
    for holder, words in ((box.widget, "Open a text file"), (bar.box, "Load my answers")):
        pickers = [w for w in walk(holder) if isinstance(w, W.FileUpload)]
        assert len(pickers) == 1, pickers
        picker = pickers[0]
        assert picker.description == words and tooltip(picker) == words
        assert PICKER_CLASS in picker._dom_classes and picker.layout.width == "auto"
        styles = [w.value for w in walk(holder) if isinstance(w, W.HTML) and PICKER_CSS in w.value]
        assert styles, "the picker's style is not beside it"
        scripts = [o["data"]["application/javascript"] for w in walk(holder)
                   if isinstance(w, W.Output) for o in w.outputs]
        assert PICKER_JS in scripts


def test_the_style_hides_the_count_and_shows_the_words_and_the_script_fetches_nothing():
    assert f".{PICKER_CLASS}.widget-upload{{font-size:0" in PICKER_CSS
    assert "content:attr(title)" in PICKER_CSS
    assert not re.search(r"https?:|//[a-z]|import\(|fetch\(|XMLHttpRequest|<script", PICKER_JS)
    assert PICKER_JS.count("window.__medialitPicker") == 2 and "aria-label" in PICKER_JS
