"""Lesson 6 in a real browser: paste an article into the box, press Analyze, and every view below
(labels, report card, sample answers) follows it with no cell run again; bad input gets one line."""

from __future__ import annotations

import json

import pytest

import labdriver
from labdriver import NotebookPage

pytestmark = pytest.mark.browser

MINE = ("School Garden Wins Prize\n\n"
        "The garden at Oak Hill School won first prize at the county fair on Friday.\n\n"
        '"The students planted every seed themselves," teacher Sam Ortiz said.\n\n'
        "The prize is $500, according to the fair's website.\n\n"
        "Go and see it this weekend!\n")


def _lesson():
    for path in labdriver.notebooks_to_test():
        if path.name == "06-your-turn.ipynb":
            return path
    pytest.skip("lesson 6 is not in the notebooks under test")


def test_paste_and_analyse_updates_the_lesson(lab, page):
    notebook = _lesson()
    nb = NotebookPage(page, lab, lab.copy_notebook(notebook))
    nb.open()
    nb.wait_for_kernel()
    nb.run_all()
    state = nb.wait_until_run()
    assert not nb.errors(), nb.errors()
    assert state.failed == 0
    box = page.get_by_role("textbox", name="Your article")
    box.wait_for()
    assert "Riverside Library" in box.input_value()
    box.fill(MINE)
    page.get_by_role("button", name="Analyze").click()
    page.get_by_text("School Garden Wins Prize").first.wait_for(timeout=30_000)
    page.get_by_text("Sam Ortiz").first.wait_for(timeout=30_000)  # the report card's sources
    assert page.locator(".jp-OutputArea-output", has_text="Oak Hill School won first prize").count()
    assert not page.locator(".jp-OutputArea-output", has_text="head librarian Maria Chen").count(), (
        "a view still shows the practice article after Analyze")
    nb.screenshot("06-your-turn-analyzed", show=page.get_by_text("School Garden Wins Prize").first)
    box.fill("Too short.")
    page.get_by_role("button", name="Analyze").click()
    page.get_by_text("still shows the article you analyzed before").first.wait_for(timeout=30_000)
    assert not nb.errors(), nb.errors()


OTHER = ("Bridge Repairs Begin\n\n"
         "Work on the Elm Street bridge began on Monday, the city's roads office said.\n\n"
         '"We expect to finish by June," engineer Lena Park said.\n\n'
         "Drivers should use Oak Avenue until then.\n")


def _open_lesson(page, lab, notebook, ui):
    """Open lesson 6 in JupyterLab or Notebook 7, Run All and sign in; return the NotebookPage."""
    nb = NotebookPage(page, lab, lab.copy_notebook(notebook), ui=ui)
    nb.open()
    nb.wait_for_kernel()
    nb.run_all()
    state = nb.wait_until_run()
    assert not nb.errors(), nb.errors()
    assert state.failed == 0
    labdriver.sign_in(page)
    return nb


def assert_picker_reads(picker, words: str) -> None:
    """The file picker shows ``words`` alone: ipywidgets' own text ("Open a text file (0)", with
    the file count) is drawn at size 0 and the words come from quiz.picker's style, and a screen
    reader hears the words (aria-label, from quiz.picker's script)."""
    picker.scroll_into_view_if_needed()
    seen = picker.evaluate("""b => ({size: getComputedStyle(b).fontSize,
        after: getComputedStyle(b, "::after").content, label: b.getAttribute("aria-label"),
        fits: b.scrollWidth <= b.clientWidth + 1, shown: b.getBoundingClientRect().width})""")
    assert seen["size"] == "0px", seen  # ipywidgets' "words (N)" takes no room and is not seen
    assert words in seen["after"] and "(" not in seen["after"], seen
    assert seen["label"] == words and seen["fits"] and seen["shown"] > 60, seen


@pytest.mark.parametrize("ui", ["lab", "notebook"])
def test_file_picker_and_the_article_back_after_a_restart(lab, page, tmp_path, ui):
    """In JupyterLab and in Notebook 7: open a text file with the picker, restart the kernel and
    Run All: the article is back in the box and the lesson follows it; the practice button
    forgets it."""
    notebook = _lesson()
    nb = _open_lesson(page, lab, notebook, ui)
    box = page.get_by_role("textbox", name="Your article")
    box.wait_for()
    mine = tmp_path / "my-article.txt"
    mine.write_text(OTHER, encoding="utf-8")
    picker = page.get_by_role("button", name="Open a text file", exact=True)
    picker.scroll_into_view_if_needed()
    assert_picker_reads(picker, "Open a text file")  # not "Open a text file (0)"
    assert_picker_reads(page.get_by_role("button", name="Load my answers", exact=True),
                        "Load my answers")
    with page.expect_file_chooser() as chooser:  # ipywidgets keeps its file input off the page
        picker.click()
    chooser.value.set_files(str(mine))
    page.get_by_text("kept with your answers").first.wait_for(timeout=30_000)
    assert box.input_value().startswith("Bridge Repairs Begin")
    assert page.locator(".jp-OutputArea-output", has_text="Lena Park").count()
    assert_picker_reads(picker, "Open a text file")  # not "(1)" after a file was opened
    nb.screenshot(f"06-your-turn-picker-{ui}", show=picker)

    nb.restart_and_clear()
    nb.run_all()
    nb.wait_until_run()
    assert not nb.errors(), nb.errors()
    page.get_by_text("Your article is back").first.wait_for(timeout=30_000)
    box = page.get_by_role("textbox", name="Your article")
    assert box.input_value() == OTHER
    assert page.locator(".jp-OutputArea-output", has_text="Elm Street bridge").count()
    assert not page.locator(".jp-OutputArea-output", has_text="head librarian Maria Chen").count()
    nb.screenshot(f"06-your-turn-back-{ui}", show=page.get_by_text("Your article is back").first)

    page.get_by_role("button", name="Use the practice article").click()
    page.get_by_text("This is the practice article").first.wait_for(timeout=30_000)
    assert "Riverside Library" in box.input_value()
    assert not page.get_by_role("button", name="Use the practice article").is_visible()


LAST = " The fair ends on Sunday, organizer Jo Lindqvist said."
SLOW = ("import time\n"
        "mine.text.observe(lambda change: time.sleep(0.4), names='value')  # a slow kernel")


@pytest.mark.parametrize("ui", ["lab", "notebook"])
def test_letters_typed_just_before_analyze_are_analyzed(lab, page, ui):
    """A student types the last words of their article, then Tab and Enter at once, on a slow
    kernel (a busy school server, the in-browser site): the analysis has every letter they typed.
    The box sends its text as it is typed, and ipywidgets holds each new text back until the
    kernel has answered the one before, while a click is never held: the click overtook the last
    letters (s9: the last text came 65 ms after it). The name bar's script now holds Analyze
    until the kernel's mark of the text matches the box (quiz.settle, HOLD_CLASS)."""
    path = lab.copy_notebook(_lesson())
    copy = lab.root / path
    notebook = json.loads(copy.read_text(encoding="utf-8"))
    notebook["cells"].append({"cell_type": "code", "execution_count": None, "id": "slow",
                              "metadata": {}, "outputs": [], "source": SLOW})
    copy.write_text(json.dumps(notebook), encoding="utf-8")
    nb = NotebookPage(page, lab, path, ui=ui)
    nb.open()
    nb.wait_for_kernel()
    nb.run_all()
    assert nb.wait_until_run().failed == 0
    assert not nb.errors(), nb.errors()
    labdriver.sign_in(page)
    box = page.get_by_role("textbox", name="Your article")
    box.fill(MINE.rstrip("\n"))
    box.press("Control+End")
    box.press_sequentially(LAST)
    page.keyboard.press("Tab")  # to Analyze
    page.keyboard.press("Enter")
    page.locator(".jp-OutputArea-output", has_text="Jo Lindqvist").first.wait_for(timeout=30_000)
    assert box.input_value().endswith(LAST)
    assert page.evaluate("() => document.activeElement.textContent") == "Analyze"
    assert not nb.errors(), nb.errors()
