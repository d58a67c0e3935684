"""Lesson 6 in a real browser: paste an article into the box, press Analyse, and every view below
(labels, report card, sample answers) follows it with no cell run again; bad input gets one line."""

from __future__ import annotations

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
    page.get_by_role("button", name="Analyse").click()
    page.get_by_text("School Garden Wins Prize").first.wait_for(timeout=30_000)
    page.get_by_text("Sam Ortiz").first.wait_for(timeout=30_000)  # the report card's sources
    assert page.locator(".jp-OutputArea-output", has_text="Oak Hill School won first prize").count()
    assert not page.locator(".jp-OutputArea-output", has_text="head librarian Maria Chen").count(), (
        "a view still shows the practice article after Analyse")
    nb.screenshot("06-your-turn-analysed", show=page.get_by_text("School Garden Wins Prize").first)
    box.fill("Too short.")
    page.get_by_role("button", name="Analyse").click()
    page.get_by_text("still shows the article you analysed before").first.wait_for(timeout=30_000)
    assert not nb.errors(), nb.errors()
