"""Open every lesson (and the widgets fixture) in a real browser and use it as a student would.

What Python-level tests cannot see: a traceback on the page, "Error displaying widget", a dialog
asking for a kernel, a Check button that does nothing, an answer that is not there after a restart,
a control a screen reader cannot name, a quiz that needs a mouse.

Run only these: ``.venv/bin/python -m pytest -m browser`` (see tests/browser/README.md).
"""

from __future__ import annotations

import pytest

import labdriver
from labdriver import NotebookPage, Question

pytestmark = pytest.mark.browser

NOTEBOOKS = labdriver.notebooks_to_test()
WITH_QUIZ = [nb for nb in NOTEBOOKS if labdriver.expects_quiz(nb)]
# The notebook for the single-notebook checks: the first lesson with a quiz, else the fixture.
ONE = WITH_QUIZ[0] if WITH_QUIZ else labdriver.FIXTURE


def open_and_run(nb: NotebookPage, keyboard: bool = False) -> labdriver.RunState:
    """Open the notebook, wait for its kernel (REST API), Run All Cells and wait until all ran."""
    nb.open()
    nb.wait_for_kernel()
    assert not nb.dialogs(), f"{nb.path}: a dialog opened instead of the notebook: {nb.dialogs()}"
    if keyboard:
        nb.run_all_with_keyboard()
    else:
        nb.run_all()
    return nb.wait_until_run()


def assert_clean(nb: NotebookPage, state: labdriver.RunState, notebook) -> None:
    """No error output, no dialog, and every widget rendered."""
    errors = nb.errors()
    assert not errors, f"{nb.path}: error output on the page:\n" + "\n---\n".join(errors)
    assert not nb.dialogs(), f"{nb.path}: unexpected dialog: {nb.dialogs()}"
    assert not nb.notices(), f"{nb.path}: unexpected notice: {nb.notices()}"
    assert state.failed == 0, f"{nb.path}: {state.failed} widget(s) failed to display"
    if labdriver.expects_widgets(notebook):
        assert state.views > 0, f"{nb.path}: the code builds widgets but none is on the page"
        assert state.rendered == state.views, (
            f"{nb.path}: only {state.rendered} of {state.views} widgets rendered"
        )


def assert_named(nb: NotebookPage) -> None:
    """Every control in every widget has an accessible name (what a screen reader announces)."""
    views = nb.widget_views()
    for i in range(views.count()):
        snapshot = views.nth(i).aria_snapshot()
        bad = labdriver.unnamed_controls(snapshot)
        assert not bad, f"{nb.path}: widget output {i + 1} has controls without a name: {bad}\n{snapshot}"


def first_question(nb: NotebookPage) -> Question:
    question = Question.first_gradable(nb.page)
    assert question is not None, (
        f"{nb.path}: no question to answer: expected a box with class 'medialit-quiz' holding "
        f"radio buttons, checkboxes or toggle buttons and a button named 'Check' "
        f"({nb.quizzes().count()} box(es) with class medialit-quiz on the page)"
    )
    assert question.feedback().count() == 1, f"{nb.path}: question 1 has no 'medialit-feedback' box"
    return question


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=[nb.stem for nb in NOTEBOOKS])
def test_runs_clean_answers_and_remembers(notebook, lab, page):
    """Run All in JupyterLab; answer the first question; restart, run again: the answer is back."""
    nb = NotebookPage(page, lab, lab.copy_notebook(notebook))
    state = open_and_run(nb)
    assert_clean(nb, state, notebook)
    assert_named(nb)
    if not labdriver.expects_quiz(notebook):
        nb.screenshot(notebook.stem)
        return

    asked_name = labdriver.sign_in(page)
    question = first_question(nb)
    question.box.scroll_into_view_if_needed()
    assert question.selected() == [], f"{nb.path}: question 1 starts with an answer already chosen"
    assert question.feedback_text() == "", f"{nb.path}: question 1 shows feedback before any answer"
    assert question.answer_first_option(), f"{nb.path}: Check gave no feedback"
    assert question.selected() == [0]
    saved = [p for p in lab.progress_dir.rglob("*") if p.is_file()]
    assert saved, f"{nb.path}: nothing saved in MEDIALIT_PROGRESS_DIR after Check"
    assert_clean(nb, nb.state(), notebook)
    nb.screenshot(notebook.stem, show=question.feedback())

    nb.restart_and_clear()
    nb.run_all()
    state = nb.wait_until_run()
    assert_clean(nb, state, notebook)
    if asked_name:
        assert not page.get_by_role("textbox", name="Your name").count(), (
            f"{nb.path}: the name was asked again after a restart")
    question = first_question(nb)
    assert question.selected() == [0], (
        f"{nb.path}: after a restart and Run All, question 1 shows {question.selected()} "
        "instead of the saved answer (option 0)"
    )
    assert question.feedback_text(), f"{nb.path}: the saved answer came back without its feedback"


def test_notebook7_tree_to_notebook(lab, page):
    """Notebook 7: from /tree, open the notebook, Run All, answer the first question."""
    path = lab.copy_notebook(ONE)
    page.goto(f"{lab.url}/tree?token={lab.token}")
    listing = page.locator(".jp-DirListing-content")
    for part in path.split("/")[:-1]:
        listing.get_by_text(part, exact=True).dblclick()
    with page.context.expect_page() as new_tab:
        listing.get_by_text(ONE.name, exact=True).dblclick()
    tab = new_tab.value
    tab.wait_for_load_state("domcontentloaded")
    assert f"/notebooks/{path}" in tab.url, tab.url

    nb = NotebookPage(tab, lab, path, ui="notebook")
    tab.locator(".jp-NotebookPanel .jp-Notebook .jp-Cell").first.wait_for()
    nb.wait_for_kernel()
    assert not nb.dialogs(), f"{path}: a dialog opened instead of the notebook: {nb.dialogs()}"
    nb.run_all()
    state = nb.wait_until_run()
    assert_clean(nb, state, ONE)
    labdriver.sign_in(tab)
    question = first_question(nb)
    question.box.scroll_into_view_if_needed()
    assert question.answer_first_option(), f"{path}: Check gave no feedback in Notebook 7"
    nb.screenshot(f"{ONE.stem}-notebook7", show=question.feedback())


def test_quiz_with_keyboard_alone(lab, page):
    """Run All from the command palette, reach the name box (the lesson's one name bar, at the
    top; or a question's own) with the arrow keys and type the name if asked, then reach the
    first question and answer with Tab, Space and Enter only."""
    nb = NotebookPage(page, lab, lab.copy_notebook(ONE))
    state = open_and_run(nb, keyboard=True)
    assert_clean(nb, state, ONE)
    keyboard = page.keyboard
    question = first_question(nb)
    name_box = page.get_by_role("textbox", name="Your name")
    if name_box.count():
        nb.go_to_cell_with_keyboard(name_box.first)
        cell = nb.active_cell_locator()
        nb.tab_to(cell, lambda f: f["tag"] == "input" and f["name"] == "Your name", "the name box")
        keyboard.type(labdriver.STUDENT)
        nb.tab_to(cell, lambda f: f["tag"] == "button" and f["name"] == "Start", "Start")
        keyboard.press("Enter")
        page.get_by_text(f"Answering as {labdriver.STUDENT}").first.wait_for()

    nb.go_to_cell_with_keyboard(question.box)
    nb.tab_to(question.box, lambda f: f["type"] in ("radio", "checkbox")
              or "widget-toggle-button" in f["cls"], "the first option of question 1")
    keyboard.press("Space")
    assert question.selected() == [0], f"{nb.path}: Space did not choose the first option"
    nb.tab_to(question.box, lambda f: f["tag"] == "button" and f["name"] == "Check", "Check")
    keyboard.press("Enter")
    assert question.wait_for_feedback(), f"{nb.path}: Enter on Check gave no feedback"
    assert question.selected() == [0]
    assert [p for p in lab.progress_dir.rglob("*") if p.is_file()], "nothing saved"
    nb.screenshot(f"{ONE.stem}-keyboard", show=question.feedback())


def test_drafted_lesson_answered_in_the_browser(lab, page, tmp_path):
    """A lesson drafted from a teacher's own pair (tests/fixtures/pairs), its keys checked, runs in
    JupyterLab: every widget draws, the first question is answered and saved."""
    from pathlib import Path

    from toolkit.drafting import new_lesson
    from toolkit.keyreview import KeyReview

    pairs = Path(__file__).resolve().parent.parent / "fixtures" / "pairs"
    draft = new_lesson(pairs / "library-original.txt", pairs / "library-rewrite.txt",
                       tmp_path / "my-lesson")
    for key in sorted((draft.folder / "keys").glob("*.yaml")):
        review = KeyReview(key)
        for i in range(len(review)):
            review.accept(i)
    notebook = draft.folder / "lesson.ipynb"
    nb = NotebookPage(page, lab, lab.copy_notebook(notebook))
    state = open_and_run(nb)
    assert_clean(nb, state, notebook)
    assert_named(nb)
    labdriver.sign_in(page)
    question = first_question(nb)
    question.box.scroll_into_view_if_needed()
    assert question.answer_first_option(), f"{nb.path}: Check gave no feedback"
    assert [p for p in lab.progress_dir.rglob("*") if p.is_file()], "nothing saved after Check"
    nb.screenshot("drafted-lesson", show=question.feedback())
