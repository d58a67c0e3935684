"""The arrow keys in a quiz's radio group, in JupyterLab (toolkit/quiz/keys.py).

In command mode JupyterLab moves the active cell on ArrowDown unless the focused element is a text
box; a radio button is not one. The name bar carries a small script that gives each radio group
one ``name`` (one Tab stop, the browser's own arrow keys) and keeps plain keys inside a question.
Lesson 3's first sort question is reached with the keyboard: Space picks the first option of
sentence 1, ArrowDown moves the choice to the second, and the focus stays in the question while
JupyterLab's active cell and the number of cells stay the same (also after "d d", JupyterLab's
delete-cell keys); ArrowRight/ArrowLeft move the choice and fold no heading's section. The hint
beside the focused group is shown, Tab goes on to the next group, and Check grades the choice
the arrow keys made (so it reached the kernel). Escape leaves the question for its cell, and
ArrowDown then moves to the next cell. On a word button (spot the words) "d d" and the arrow
keys delete, move and fold nothing either.

The same test runs in Notebook 7, which reads shortcuts as a key goes down to its target (not as
it bubbles up, as JupyterLab does): there the arrow keys moved the active cell before the script
put the shortcut mark on the focused control itself. Check is pressed with the keyboard (Tab,
Enter), and a radio button clicked with the mouse while another cell is active keeps the focus,
so the arrow keys go on moving the choice.

Enter in lesson 2's says-who box checks the typed name, in both: leaving the box (Tab) is not a
try, Enter on the text left there checks it, and a name typed and entered at once is graded
with every letter (text and check reach the kernel in one message). The focus stays in the box.
There, Start is pressed with the keyboard too: the focus goes on to "Not you?", and Enter
pressed again at once does not sign the student out. Enter in lesson 1's name box is Start, in
both, and Enter pressed again (at once, or when the focus has gone on to "Not you?") does not
sign out either. Nor does an Enter pressed later on "Not you?": it asks "Sign out?" with the
focus on "No, stay" (s9 walkthrough), and the keyboard signs out with Tab to "Yes, sign out".
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

import labdriver
from labdriver import NotebookPage

pytestmark = pytest.mark.browser

LESSON = labdriver.LESSONS_DIR / "03-fact-claim-opinion.ipynb"
QUESTION = "sort-1"


def radios(box) -> list[dict]:
    return box.evaluate("""b => [...b.querySelectorAll('input[type=radio]')].map(r => (
        {name: r.name, checked: r.checked, focused: r === document.activeElement}))""")


def cell_count(page) -> int:
    return page.evaluate("() => document.querySelectorAll('.jp-Notebook .jp-Cell').length")


def visible_cells(page) -> int:
    return page.evaluate("() => [...document.querySelectorAll('.jp-Notebook .jp-Cell')]"
                         ".filter(c => c.offsetParent !== null).length")


def wait_checked(box, index: int, timeout: float = 5) -> list[dict]:
    deadline = time.monotonic() + timeout
    while True:
        state = radios(box)
        if state[index]["checked"] or time.monotonic() > deadline:
            return state
        time.sleep(0.05)


@pytest.mark.parametrize("ui", ["lab", "notebook"])
def test_arrow_keys_move_the_choice_not_the_cell(lab, page, ui):
    from test_every_quiz import wait_for_text
    from toolkit.quiz import grading
    from toolkit.quiz.keys import KEYS_HINT
    from toolkit.quiz.schema import load_quiz
    from toolkit.quiz.widgets import question_class

    nb = NotebookPage(page, lab, lab.copy_notebook(LESSON), ui=ui)
    nb.open()
    nb.wait_for_kernel()
    nb.run_all()
    nb.wait_until_run(240)
    assert not nb.errors(), f"{nb.path}: error output on the page: {nb.errors()}"
    labdriver.sign_in(page)
    q = load_quiz(LESSON.stem).get(QUESTION)
    box = page.locator("." + question_class(LESSON.stem, QUESTION))
    box.scroll_into_view_if_needed()

    # one shared name per sentence's radio group, a different one for each sentence
    n = len(q.labels)
    state = radios(box)
    names = [r["name"] for r in state]
    assert len(names) == n * len(q.sentences), names
    groups = [names[i:i + n] for i in range(0, len(names), n)]
    assert all(g[0] and len(set(g)) == 1 for g in groups), f"radio groups not named: {names}"
    assert len({g[0] for g in groups}) == len(groups), f"two groups share a name: {names}"

    nb.go_to_cell_with_keyboard(box)
    cell, cells = nb.active_cell(), cell_count(page)
    focus = nb.tab_to(box, lambda f: f["type"] == "radio", "the first radio button of sentence 1")
    assert radios(box)[0]["focused"], f"Tab first reached {focus}, not sentence 1's first option"

    keyboard = page.keyboard
    keyboard.press("Space")
    state = wait_checked(box, 0)
    assert state[0]["checked"], "Space did not pick the focused option"
    time.sleep(0.5)  # Notebook 7 pulled the focus to a cell 100-400 ms after Space
    assert radios(box)[0]["focused"], "the focus left the option a moment after Space"
    keyboard.press("ArrowDown")
    state = wait_checked(box, 1)
    assert state[1]["checked"] and state[1]["focused"], f"ArrowDown did not move the choice: {state}"
    assert not state[0]["checked"]
    assert nb.active_cell() == cell, "ArrowDown moved JupyterLab's active cell"
    keyboard.press("ArrowUp")
    state = wait_checked(box, 0)
    assert state[0]["checked"] and state[0]["focused"], f"ArrowUp did not move the choice: {state}"
    keyboard.press("ArrowDown")
    assert wait_checked(box, 1)[1]["checked"]
    shown = visible_cells(page)
    keyboard.press("ArrowRight")  # in command mode these fold or open a heading's section
    assert wait_checked(box, 2)[2]["checked"], "ArrowRight did not move the choice"
    keyboard.press("ArrowLeft")
    assert wait_checked(box, 1)[1]["checked"], "ArrowLeft did not move the choice"
    assert visible_cells(page) == shown, "an arrow key folded or opened a part of the lesson"
    keyboard.press("d")
    keyboard.press("d")  # JupyterLab's "delete cell" in command mode
    assert cell_count(page) == cells, "pressing d d on a radio button deleted a cell"
    assert nb.active_cell() == cell, "a key pressed in the question moved the active cell"
    assert nb.focused_in(box), "the focus left the question"

    hint = box.evaluate("""b => { const w = document.activeElement.closest('.widget-radio');
                                  const s = getComputedStyle(w, '::after');
                                  return [s.content, s.visibility]; }""")
    assert KEYS_HINT in hint[0] and hint[1] == "visible", (
        f"no keyboard hint beside the focused group: {hint!r}")

    # one Tab stop per group: Tab goes on to sentence 2
    keyboard.press("Tab")
    state = radios(box)
    now = next((i for i, r in enumerate(state) if r["focused"]), None)
    assert now is not None and state[now]["name"] == groups[1][0], (
        f"Tab from sentence 1's group went to {now}, not to sentence 2's group")
    # ArrowDown on a group with nothing chosen yet chooses its second option
    keyboard.press("ArrowDown")
    state = wait_checked(box, n + 1)
    assert state[n + 1]["checked"] and state[n + 1]["focused"], (
        f"ArrowDown in a group with no choice did not choose: {state}")
    assert nb.active_cell() == cell, "ArrowDown in a group with no choice moved the active cell"

    # the kernel has the arrow keys' choices: Check (by keyboard) grades sentences 1 and 2 "[F]"
    nb.tab_to(box, lambda f: f["tag"] == "button" and f["name"] == "Check", "Check")
    keyboard.press("Enter")
    answer = [q.labels[1], q.labels[1]] + [None] * (len(q.sentences) - 2)
    wait_for_text(box, grading.grade(q, answer).html, f"{QUESTION} after the arrow keys")
    assert nb.active_cell() == cell, "Check by keyboard moved the active cell"

    # the mouse: a click on sentence 2's first option while another cell is active keeps the
    # focus there (the notebook makes the question's cell active), and ArrowDown moves the choice
    nb.go_to_cell_with_keyboard(page.locator(".jp-Notebook .jp-Cell").nth(cell + 1))
    second = box.locator("input[type=radio]").nth(n)
    second.click()
    assert wait_checked(box, n)[n]["checked"], "the click did not pick the option"
    time.sleep(0.5)
    assert radios(box)[n]["focused"], "the focus left the option a moment after the click"
    keyboard.press("ArrowDown")
    state = wait_checked(box, n + 1)
    assert state[n + 1]["checked"] and state[n + 1]["focused"], (
        f"after a click, ArrowDown did not move the choice: {state}")
    assert nb.active_cell() == cell, "after a click, ArrowDown moved the active cell"

    # Escape leaves the question for its cell; then the arrow keys move between cells again
    box.get_by_role("button", name="Check", exact=True).focus()
    keyboard.press("Escape")
    assert nb.focused_in(box) is None, "Escape did not take the focus out of the question"
    assert nb.active_cell() == cell
    keyboard.press("ArrowDown")
    assert nb.active_cell() == cell + 1, "after Escape, ArrowDown did not go to the next cell"

    # a word button (spot the words): letters and arrow keys pressed on it stay there too
    words = page.locator("." + question_class(LESSON.stem, "spot-headline"))
    words.scroll_into_view_if_needed()
    nb.go_to_cell_with_keyboard(words)
    word_cell = nb.active_cell()
    nb.tab_to(words, lambda f: "widget-toggle-button" in f["cls"], "the first word button")
    for key in ("d", "d", "ArrowDown", "ArrowRight", "ArrowUp", "ArrowLeft"):
        keyboard.press(key)
    time.sleep(0.5)
    assert cell_count(page) == cells, "d d on a word button deleted a cell"
    assert nb.active_cell() == word_cell, "a key pressed on a word button moved the active cell"
    assert visible_cells(page) == shown, "an arrow key on a word button folded a part of the lesson"
    focus = nb.focused_in(words)
    assert focus and "widget-toggle-button" in focus["cls"], f"the focus left the word: {focus}"


def start_with_the_keyboard(page) -> None:
    """Type a name, press Enter on Start: with ipywidgets 8 the focus goes to "Not you?", which
    took Start's place, not to the page (quiz.widgets.StudentBar.start) - it was nowhere, so the
    script that sends a late focus move back (quiz.settle) lets it be."""
    from toolkit.quiz.controls import IPYWIDGETS_7
    from toolkit.quiz.settle import NOT_YOU_CLASS

    page.get_by_role("textbox", name="Your name").first.fill(labdriver.STUDENT)
    page.get_by_role("button", name="Start", exact=True).first.focus()
    page.keyboard.press("Enter")
    page.get_by_text(f"Answering as {labdriver.STUDENT}").first.wait_for(timeout=15_000)
    if IPYWIDGETS_7:
        return  # (no focus() in ipywidgets 7)
    on_not_you = f"() => !!document.activeElement.closest('.{NOT_YOU_CLASS}')"
    deadline = time.monotonic() + 10
    while not page.evaluate(on_not_you) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert page.evaluate(on_not_you), "after Start the focus did not go to 'Not you?'"
    assert page.evaluate("() => window.__medialitSettle.kept") == 0
    page.keyboard.press("Enter")  # Enter pressed twice on Start: the second does not sign out
    time.sleep(1)
    assert page.get_by_text(f"Answering as {labdriver.STUDENT}").count() >= 1, "a second Enter signed out"
    assert page.get_by_role("textbox", name="Your name").count() == 0, "a second Enter signed out"


@pytest.mark.parametrize("ui", ["lab", "notebook"])
def test_enter_in_the_says_who_box_checks(lab, page, ui):
    from test_every_quiz import wait_for_text
    from toolkit.quiz import grading
    from toolkit.quiz.progress import ProgressStore
    from toolkit.quiz.schema import load_quiz
    from toolkit.quiz.widgets import question_class

    lesson, qid = labdriver.LESSONS_DIR / "02-says-who.ipynb", "who-chilling-effect"
    nb = NotebookPage(page, lab, lab.copy_notebook(lesson), ui=ui)
    nb.open()
    nb.wait_for_kernel()
    nb.run_all()
    nb.wait_until_run(240)
    assert not nb.errors(), f"{nb.path}: error output on the page: {nb.errors()}"
    start_with_the_keyboard(page)
    q = load_quiz(lesson.stem).get(qid)
    box = page.locator("." + question_class(lesson.stem, qid))
    box.scroll_into_view_if_needed()
    feedback = box.locator(labdriver.FEEDBACK).first
    text = box.get_by_role("textbox", name="Source")

    def tries():
        rec = ProgressStore(lab.progress_dir).record(labdriver.STUDENT, lesson.stem, qid)
        return rec and (rec["tries"], rec["answer"])

    nb.go_to_cell_with_keyboard(box)
    cell = nb.active_cell()
    nb.tab_to(box, lambda f: f["tag"] == "input" and f["name"] == "Source", "the Source box")
    keyboard = page.keyboard
    from test_every_quiz import contrast
    ring = page.evaluate("""() => { const s = getComputedStyle(document.activeElement);
        return {style: s.outlineStyle, width: parseFloat(s.outlineWidth), colour: s.outlineColor}; }""")
    assert ring["style"] != "none" and ring["width"] >= 2, f"no focus ring on the text box: {ring}"
    assert contrast(ring["colour"], "rgb(255, 255, 255)") >= 3, f"faint focus ring: {ring}"
    keyboard.type("Sessions")
    keyboard.press("Tab")  # leaving the box sends the text: not a try
    time.sleep(1.5)
    assert not feedback.inner_text().strip() and tries() is None, "leaving the box checked it"

    keyboard.press("Shift+Tab")
    assert nb.focused_in(box)["name"] == "Source"
    keyboard.press("Enter")  # the text left in the box
    wait_for_text(box, grading.grade(q, "Sessions").html, f"{qid} after Enter")
    assert tries() == (1, "Sessions")
    assert nb.focused_in(box)["name"] == "Source", "the focus left the box after Enter"

    keyboard.press("Control+A")
    keyboard.type("Acevedo")
    keyboard.press("Enter")  # at once: the check must see every letter
    wait_for_text(box, grading.grade(q, "Acevedo").html, f"{qid} typed and entered at once")
    assert tries() == (2, "Acevedo")
    assert text.input_value() == "Acevedo", "the box shows more than the student typed"
    assert nb.focused_in(box)["name"] == "Source"
    assert nb.active_cell() == cell, "Enter in the box moved the active cell"


@pytest.mark.parametrize("ui,again", [("lab", 0.1), ("notebook", 0.6)])
def test_namebar_enter_in_the_name_box_is_start(lab, page, ui, again):
    """Type a name and press Enter in the name box (s8 walkthrough #3): the student starts, as
    with Start (the same message, the name remembered), and the focus goes on to "Not you?".
    Enter pressed again does not sign out: at once (a double press, or a key held: the box may
    still be there) in JupyterLab, a moment later in Notebook 7, and once more after the focus
    landed on "Not you?"."""
    from toolkit.quiz.progress import ProgressStore

    lesson_one_run(page, lab, ui)
    labdriver.sign_in_with_enter(page, again=again)
    assert ProgressStore(lab.progress_dir).current_student() == labdriver.STUDENT


def lesson_one_run(page, lab, ui: str) -> NotebookPage:
    """A fresh copy of lesson 1 opened in ``ui`` ("lab" or "notebook"), run to the end with no
    error output: the name bar is on the page."""
    nb = NotebookPage(page, lab, lab.copy_notebook(labdriver.LESSONS_DIR / "01-meet-the-articles.ipynb"),
                      ui=ui)
    nb.open()
    nb.wait_for_kernel()
    nb.run_all()
    nb.wait_until_run(240)
    assert not nb.errors(), f"{nb.path}: error output on the page: {nb.errors()}"
    return nb


def focus_on(page, name: str, timeout: float = 10) -> bool:
    """Wait until the button with this text has the keyboard focus (the kernel moves it)."""
    script = f"() => (document.activeElement.textContent || '').trim() === {name!r}"
    deadline = time.monotonic() + timeout
    while not page.evaluate(script) and time.monotonic() < deadline:
        time.sleep(0.05)
    return page.evaluate(script)


@pytest.mark.parametrize("ui", ["lab", "notebook"])
def test_namebar_a_late_enter_on_not_you_only_asks(lab, page, ui):
    """s9 walkthrough: after Start the focus is on "Not you?", and an Enter pressed a few seconds
    later (past the 2 s in which quiz.settle takes it for Enter pressed twice on Start) signed the
    student out. Now "Not you?" asks "Sign out <name>?", with "No, stay" focused: Enter after
    Enter only asks and stays, never signs out, and JupyterLab opens no cell for editing. The
    keyboard alone still signs out (Enter, Tab to "Yes, sign out", Enter) and the focus goes on
    to the name box, where the next name and Enter start."""
    from toolkit.quiz.progress import ProgressStore

    nb = lesson_one_run(page, lab, ui)
    labdriver.sign_in_with_enter(page)  # the focus is on "Not you?"; a quick second Enter
    signed_in = page.get_by_text(f"Answering as {labdriver.STUDENT}")
    question = page.get_by_text("Sign out? Your answers stay saved under this name.")
    current = ProgressStore(lab.progress_dir).current_student
    editing = "() => !!document.querySelector('.jp-Notebook.jp-mod-editMode')"
    cell = nb.active_cell()
    time.sleep(2.5)  # past quiz.settle's 2 s: this Enter is the student's own
    assert focus_on(page, "Not you?", 1), "the focus left 'Not you?'"
    for _ in range(2):  # Enter, Enter, Enter, Enter...: ask, stay, ask, stay
        page.keyboard.press("Enter")
        question.first.wait_for(timeout=15_000)  # (the old code signed out here)
        assert current() == labdriver.STUDENT and not page.get_by_role("textbox", name="Your name").count()
        assert signed_in.count() >= 1, "the question hid whose answers these are"
        assert focus_on(page, "No, stay"), "the question did not put the focus on 'No, stay'"
        page.keyboard.press("Enter")
        question.first.wait_for(state="hidden", timeout=15_000)
        assert signed_in.count() >= 1 and current() == labdriver.STUDENT
        assert focus_on(page, "Not you?"), "'No, stay' did not put the focus back on 'Not you?'"
        assert not page.evaluate(editing) and nb.active_cell() == cell, "Enter opened a cell"

    # the keyboard alone signs out, and goes on to the next name
    page.keyboard.press("Enter")
    assert focus_on(page, "No, stay")
    assert page.get_by_role("button", name="Not you?", exact=True).count() == 0
    assert page.get_by_role("button", name="No, stay", exact=True).count() == 1
    assert page.get_by_role("button", name="Yes, sign out", exact=True).count() == 1
    page.keyboard.press("Tab")
    assert focus_on(page, "Yes, sign out", 1), "Tab from 'No, stay' did not reach 'Yes, sign out'"
    page.keyboard.press("Enter")
    box = page.get_by_role("textbox", name="Your name")
    box.first.wait_for(timeout=15_000)
    deadline = time.monotonic() + 10
    while not box.first.evaluate("b => b === document.activeElement") and time.monotonic() < deadline:
        time.sleep(0.05)
    assert box.first.evaluate("b => b === document.activeElement"), "the name box did not get the focus"
    assert not signed_in.count() and not page.get_by_role("button", name="Not you?").count()
    page.keyboard.type("Sam K.")
    page.keyboard.press("Enter")
    page.get_by_text("Answering as Sam K.").first.wait_for(timeout=15_000)
    assert current() == "Sam K." and not page.evaluate(editing)


def held_kernel_cell(hold: Path) -> str:
    """A cell that keeps the kernel busy while ``hold`` exists (at most two minutes), as the
    in-browser kernel is busy after Start: the test, not a clock, says when the kernel may answer."""
    return ("import os, time\n"
            f"hold, until = {str(hold)!r}, time.monotonic() + 120\n"
            "while os.path.exists(hold) and time.monotonic() < until:\n"
            "    time.sleep(0.05)  # a busy kernel, as the in-browser one is after Start")


def test_namebar_start_shows_at_once_that_it_was_taken(lab, page):
    """s9 walkthrough: in the browser site the name showed 1.5-2.3 s after Enter in the name box,
    and nothing on the page said the Enter was taken. Here a cell keeps the kernel busy until the
    test lets it go: Start (clicked, or Enter in the name box) is greyed out and reads "Starting…"
    while the kernel cannot yet answer. An empty name gets its message and Start back, twice in a
    row too (the same message again still gives Start back).

    s10 walkthrough: after an empty Start, a typed name and Enter showed "Starting…" for about
    0.3 s beside the old warning; the warning now goes the moment Start is taken. s10 review #13:
    "at once" was a 2 s window, which a loaded machine could miss; the kernel is now held until
    the test has seen "Starting…", so no clock decides it."""
    import json

    STARTING = "Starting\u2026"  # what the student sees (quiz.settle.STARTING)
    hold = lab.root / "hold-the-kernel"
    path = lab.copy_notebook(labdriver.LESSONS_DIR / "01-meet-the-articles.ipynb")
    copy = lab.root / path
    notebook = json.loads(copy.read_text(encoding="utf-8"))
    notebook["cells"].append({"cell_type": "code", "execution_count": None, "id": "busy",
                              "metadata": {}, "outputs": [], "source": held_kernel_cell(hold)})
    copy.write_text(json.dumps(notebook), encoding="utf-8")
    nb = NotebookPage(page, lab, path)
    nb.open()
    nb.wait_for_kernel()
    nb.run_all()  # (no hold yet: the cell ends at once)
    nb.wait_until_run(240)
    assert not nb.errors(), f"{nb.path}: error output on the page: {nb.errors()}"
    start = page.locator("button.medialit-start").first
    shown = lambda: start.evaluate("b => [b.textContent.trim(), b.disabled]")  # noqa: E731
    empty = page.get_by_text("The name is empty")
    signed_in = page.get_by_text(f"Answering as {labdriver.STUDENT}")

    def hold_kernel():
        hold.touch()
        nb.go_to_cell_with_keyboard(page.locator(".jp-Notebook .jp-Cell").last)
        page.keyboard.press("Control+Enter")  # runs the held cell
        deadline = time.monotonic() + 30
        while lab.kernel_state(path) != "busy" and time.monotonic() < deadline:
            time.sleep(0.05)
        assert lab.kernel_state(path) == "busy"

    def let_kernel_go():
        assert lab.kernel_state(path) == "busy"  # (it was held all along: it has not answered)
        hold.unlink()

    def taken_before_the_kernel_answers(what: str):
        # the kernel is held, so it cannot have answered: waiting here is for the page, however
        # slow the machine, and the state seen is what the script alone did
        start.wait_for(timeout=30_000)
        page.wait_for_function(
            """([label]) => {
                 const b = document.querySelector("button.medialit-start");
                 return b && b.disabled && b.textContent.trim() === label;
               }""", arg=[STARTING], timeout=30_000)
        assert shown() == [STARTING, True], f"{what}: Start did not show that it was taken"

    def start_back(what: str):
        deadline = time.monotonic() + 30
        while shown() != ["Start", False] and time.monotonic() < deadline:
            time.sleep(0.1)
        assert shown() == ["Start", False], f"{what}: Start did not come back: {shown()}"

    hold_kernel()
    start.click()  # an empty name, on a busy kernel
    taken_before_the_kernel_answers("Start with an empty name")
    assert not empty.count(), "the kernel answered while it was held"
    let_kernel_go()
    empty.first.wait_for(timeout=30_000)
    start_back("an empty name")
    start.click()  # the same message again, on an idle kernel
    deadline = time.monotonic() + 30
    while page.evaluate("() => window.__medialitStarting.back") < 2 and time.monotonic() < deadline:
        time.sleep(0.1)
    start_back("a second empty name")
    assert page.evaluate("() => window.__medialitStarting") == {"shown": 2, "back": 2}
    assert empty.count(), "the empty name's warning is not on the page"

    hold_kernel()
    page.get_by_role("textbox", name="Your name").first.click()
    page.keyboard.type(labdriver.STUDENT)
    page.keyboard.press("Enter")
    taken_before_the_kernel_answers("Enter in the name box")
    # the old warning went with the Enter, while the kernel is still held (s10 walkthrough)
    assert not empty.count(), "the empty name's warning stayed beside 'Starting…'"
    assert not signed_in.count()  # (still held)
    let_kernel_go()
    signed_in.first.wait_for(timeout=30_000)
    assert not start.count() and page.evaluate("() => window.__medialitStarting.back") == 2
    assert not empty.count()
