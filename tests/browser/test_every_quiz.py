"""Every lesson in JupyterLab, after Run All: an accessibility audit, and every quiz answered.

For each lesson (one Run All each):

* axe-core (from npm, installed by scripts/test.sh into .a11y-tools; injected into the page from
  that local file, nothing fetched) finds no serious or critical violation inside the notebook's
  outputs and rendered text. What axe finds in JupyterLab's own chrome (toolbars, the cell
  editors, the cell list) is JupyterLab's and is printed in the summary, not failed;
* every table the toolkit draws reads left-aligned (JupyterLab right-aligns table cells);
* the reasons under a highlighted article open with the keyboard (Tab stop, Enter);
* Tab presses: from the top of the notebook to the first question, and from each question to the
  next, at most MAX_TABS_BETWEEN;
* every question is answered by clicking, a wrong answer first where there is one, and the
  feedback on the page is the grader's feedback for that answer; the first question of each
  type in the unit (choice, tick-all, poll, who-said-it, spot the words, sort, writing) is
  answered with the keyboard alone (Tab, Space, the arrow keys in a radio group, typing, Enter)
  instead;
* the focus ring and a clicked word button stand out at 3:1 or more.
"""

from __future__ import annotations

import dataclasses
import html
import json
import os
import random
import re
import time
from html.parser import HTMLParser
from pathlib import Path

import pytest

import labdriver
from labdriver import QUIZ, REPO, NotebookPage

pytestmark = pytest.mark.browser

LESSONS = sorted(labdriver.LESSONS_DIR.glob("*.ipynb"))
AXE = Path(os.environ.get("MEDIALIT_AXE", REPO / ".a11y-tools" / "node_modules" / "axe-core"
                          / "axe.min.js"))
MAX_TABS_BETWEEN = 10
OURS = ".jp-OutputArea-output, .jp-MarkdownOutput"
REPORT: list[str] = []  # printed at the end of the run (see conftest.py)


def type_key(q) -> str:
    """The kind of question as a student meets it (each is answered by keyboard once)."""
    if q.type == "choice" and q.multiple:
        return "choice-multiple"
    if q.type == "says_who":
        return "says_who-choices" if q.choices else "says_who-typed"
    return q.type


def keyboard_questions() -> dict[str, str]:
    """The first question of each type in the unit, in reading order: answered by keyboard."""
    from toolkit.quiz.schema import load_quiz

    chosen: dict[str, str] = {}
    for nb in LESSONS:
        for q in load_quiz(nb.stem):
            chosen.setdefault(type_key(q), f"{nb.stem}/{q.id}")
    return chosen


def box_samples(notebook: Path) -> dict[str, str]:
    """Lesson 6's reflections show sample answers about the article in its article box, which
    starts with the practice article: those samples (empty for other lessons)."""
    if "article_box(" not in labdriver.code_of(notebook):
        return {}
    from toolkit.articlebox import check_text, practice_text
    from toolkit.yourturn import sample_answers

    return sample_answers(check_text(practice_text()))


def require_axe() -> None:
    if AXE.is_file():
        return
    reason = (f"axe-core is not installed at {AXE}: bash scripts/test.sh installs it "
              "(npm install --prefix .a11y-tools axe-core)")
    if os.environ.get("CI"):
        pytest.fail(f"CI is set, so the accessibility audit must run, but {reason}", pytrace=False)
    pytest.skip(reason)


# --- what the page should say -------------------------------------------------------------------

class _Text(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        self._skip += tag in ("style", "script")

    def handle_endtag(self, tag):
        self._skip -= tag in ("style", "script")

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def squash(text: str) -> str:
    """Text without any white space, so HTML and the page's inner text compare equal.

    >>> squash("<b>Right:</b>&nbsp;it is <i>a</i>\\n button.") == squash("Right: it is a button.")
    True
    """
    if "<" in text or "&" in text:
        parser = _Text()
        parser.feed(text)
        text = "".join(parser.parts)
    return re.sub(r"\s+", "", html.unescape(text))


# --- the answers, as the page's controls ----------------------------------------------------------

def targets(q, answer) -> tuple[list[int], str | None]:
    """The controls to select for ``answer`` (indexes in the question's DOM order of radio
    buttons, checkboxes or word buttons), and the text to type (None: nothing to type)."""
    from toolkit.quiz.widgets import display_order

    if q.type in ("choice", "poll"):
        shown = [o.text for o in display_order(q)]
        chosen = answer if isinstance(answer, list) else [answer]
        return [shown.index(a) for a in chosen], None
    if q.type == "sort":
        n = len(q.labels)
        return [i * n + list(q.labels).index(lab) for i, lab in enumerate(answer)], None
    if q.type == "says_who":
        if q.choices:
            return [list(q.choices).index(answer)], None
        return [], answer
    if q.type == "spot_words":
        return list(answer), None
    return [], answer  # reflection


def controls(box):
    return box.locator("input[type=radio], input[type=checkbox], .widget-toggle-button")


def text_box(box):
    return box.locator("textarea, input[type=text]").first


def choose_by_clicking(box, q, answer) -> None:
    picks, typed = targets(q, answer)
    wanted = set(picks)
    items = controls(box)
    for i in range(items.count()):
        item = items.nth(i)
        on = (item.is_checked() if item.get_attribute("type") in ("radio", "checkbox")
              else "mod-active" in (item.get_attribute("class") or ""))
        if (i in wanted) != on and (i in wanted or item.get_attribute("type") != "radio"):
            item.click()
    if typed is not None:
        text_box(box).fill(typed)
        text_box(box).press("Tab")  # the value reaches the kernel when the box loses focus


def choose_by_keyboard(nb: NotebookPage, box, q, answer, button: str) -> list[str]:
    """Reach the question with the arrow keys (command mode), then Tab through it: Space on each
    control to select, type the text, and Enter on ``button``. Returns what was focused.

    A radio group that shares a ``name`` (the quiz's key script gives it one) is one Tab stop:
    there Space picks the focused option if none is picked, then ArrowDown moves the choice to the
    wanted one, and neither key may move the focus out of the question or JupyterLab's active cell.
    Radio buttons without a shared name (no script) are each a Tab stop and get Space."""
    picks, typed = targets(q, answer)
    box.evaluate("(b, picks) => { const all = [...b.querySelectorAll("
                 "'input[type=radio], input[type=checkbox], .widget-toggle-button')];"
                 " all.forEach((e, i) => { if (picks.includes(i)) e.dataset.want = '1'; }); }",
                 picks)
    nb.go_to_cell_with_keyboard(box)
    cell = nb.active_cell()
    keyboard = nb.page.keyboard
    seen = []
    for _ in range(200):
        keyboard.press("Tab")
        focus = box.evaluate("""b => { const e = document.activeElement;
            if (!e || !b.contains(e)) return null;
            const group = e.type === 'radio' && e.name
                ? [...b.querySelectorAll('input[type=radio]')].filter(r => r.name === e.name) : [];
            return {tag: e.tagName.toLowerCase(), want: e.dataset.want === '1',
                    text: (e.textContent || '').trim(), typing: e.matches('textarea, input[type=text]'),
                    group: group.length, wanted: group.findIndex(r => r.dataset.want === '1'),
                    checked: group.findIndex(r => r.checked)}; }""")
        if focus is None:
            continue
        seen.append(focus["tag"] + ":" + focus["text"][:20])
        if focus["group"] > 1 and focus["wanted"] >= 0:
            if focus["checked"] < 0:
                keyboard.press("Space")
                seen.append("Space")
            for _ in range(focus["group"]):
                state = box.evaluate("""b => { const e = document.activeElement;
                    if (!e || !b.contains(e) || e.type !== 'radio') return null;
                    const g = [...b.querySelectorAll('input[type=radio]')].filter(r => r.name === e.name);
                    return g.findIndex(r => r.checked) === g.findIndex(r => r.dataset.want === '1'); }""")
                assert state is not None, f"{q.id}: an arrow key moved the focus out of the question: {seen}"
                assert nb.active_cell() == cell, f"{q.id}: an arrow key moved JupyterLab's active cell"
                if state:
                    break
                keyboard.press("ArrowDown")
                seen.append("ArrowDown")
            else:
                raise AssertionError(f"{q.id}: the arrow keys never reached the wanted option: {seen}")
        elif focus["want"]:
            keyboard.press("Space")
        elif focus["typing"] and typed is not None:
            keyboard.press("Control+A")  # replace what is there
            keyboard.type(typed)
            typed = None
        elif focus["tag"] == "button" and focus["text"] == button:
            keyboard.press("Enter")
            return seen
    raise AssertionError(f"{q.id}: 200 Tab presses never reached the {button!r} button: {seen}")


def press(box, name: str) -> None:
    box.get_by_role("button", name=name, exact=True).click()


def wait_for_text(box, expected_html: str, what: str, timeout: float = 20) -> None:
    want = squash(expected_html)
    deadline = time.monotonic() + timeout
    text = ""
    while time.monotonic() < deadline:
        text = squash(box.inner_text())
        if want in text:
            return
        time.sleep(0.1)
    raise AssertionError(f"{what}: the page does not show the expected feedback.\n"
                         f"expected: {want[:400]}\npage:     {text[:1500]}")


def answer_question(nb: NotebookPage, box, q, by_keyboard: bool) -> str:
    """Answer one question (wrong first where there is a wrong answer), check the feedback.
    Returns how it was answered, for the report."""
    import classgen
    from toolkit.quiz import grading

    box.scroll_into_view_if_needed()
    right = classgen.right_answer(q)
    if q.graded:
        wrong = classgen.wrong_answer(q, random.Random(q.id))
        choose_by_clicking(box, q, wrong)
        press(box, "Check")
        result = grading.grade(q, wrong)
        assert result.correct is False, f"{q.id}: the test's wrong answer {wrong!r} is not wrong"
        wait_for_text(box, result.html, f"{q.id} (wrong answer {wrong!r})")
        if by_keyboard:  # clear the choices, then answer right with the keyboard alone
            if q.type == "spot_words" or (q.type == "choice" and q.multiple):
                choose_by_clicking(box, q, [])  # Space toggles: start from nothing chosen
            choose_by_keyboard(nb, box, q, right, "Check")
        else:
            choose_by_clicking(box, q, right)
            press(box, "Check")
        result = grading.grade(q, right)
        assert result.correct, f"{q.id}: the key's answer {right!r} is not graded right"
        wait_for_text(box, result.html, f"{q.id} (right answer)")
    elif q.type == "poll":
        if by_keyboard:
            choose_by_keyboard(nb, box, q, right, "Save my choice")
        else:
            choose_by_clicking(box, q, right)
            press(box, "Save my choice")
        wait_for_text(box, f"Your choice is saved: \u201c{html.escape(right)}\u201d",
                      f"{q.id} (poll)")
    else:  # reflection: save, then the sample answer
        if by_keyboard:
            choose_by_keyboard(nb, box, q, right, "Save")
        else:
            choose_by_clicking(box, q, right)
            press(box, "Save")
        wait_for_text(box, f"Saved for {labdriver.STUDENT}.", f"{q.id} (saved)")
        press(box, "Show a sample answer")
        wait_for_text(box, grading.reveal(q), f"{q.id} (sample answer)")
    return "keyboard" if by_keyboard else "clicks"


# --- the audits ---------------------------------------------------------------------------------

def let_axe_see(page) -> int:
    """Why axe's colour-contrast rule judged only 1-5 elements of a lesson: JupyterLab wraps its
    whole shell in ``<body class="jp-ThemedContainer">`` of height 0 with ``overflow: hidden``
    and a static position. The browser does not clip the absolutely placed shell inside it (its containing
    block is the window), but axe takes every element as clipped away by it and skips it as not
    on screen. Setting that wrapper to ``overflow: visible`` changes nothing on the screen (no
    colour, no layout) and lets axe judge the lesson. Returns how many wrappers were changed."""
    return page.evaluate(
        """() => { let n = 0;
             for (const e of [document.body, ...document.querySelectorAll('body *')]) {
               const cs = getComputedStyle(e);
               if (e.offsetHeight === 0 && cs.position === 'static' && cs.overflow !== 'visible'
                   && e.querySelector('.jp-LabShell, #main, .jp-NotebookPanel')) {
                 e.style.overflow = 'visible'; n++; } }
             return n; }""")


def axe_audit(page) -> dict:
    """axe-core on the whole page; what it finds is split into the lesson's (cell outputs and
    rendered text) and JupyterLab's own. Its colour-contrast rule judges only a few elements
    here (see :func:`let_axe_see`): :func:`contrast_sweep` judges them all."""
    page.add_script_tag(path=str(AXE))
    return _axe(page)


def _axe(page) -> dict:
    return page.evaluate(
        """async (ours) => {
             const r = await axe.run(document, {resultTypes: ['violations', 'passes', 'incomplete']});
             const inside = n => { const e = document.querySelector(n.target[0]);
                                   return !!(e && e.closest(ours)); };
             const pack = v => ({id: v.id, impact: v.impact, help: v.help,
                                 ours: v.nodes.filter(inside).map(n => n.target.join(' ') + ' | '
                                        + n.html.slice(0, 160) + ' | ' + (n.failureSummary || '')
                                        .replace(/\\s+/g, ' ').slice(0, 200)),
                                 theirs: v.nodes.filter(n => !inside(n)).length});
             const contrast = r.passes.filter(v => v.id === 'color-contrast')
                                      .flatMap(v => v.nodes).filter(inside).length;
             const unsure = r.incomplete ? r.incomplete.filter(v => v.id === 'color-contrast')
                                      .flatMap(v => v.nodes).filter(inside).length : 0;
             return {violations: r.violations.map(pack), contrast_checked: contrast,
                     contrast_unsure: unsure};
           }""", OURS)


# What the colour-contrast sweep must have judged in every lesson, by what it is.
CONTRAST_PARTS = {
    "feedback": ".medialit-feedback",
    "tables": "table.ml-table, table.ml-cmp",
    "badges": ".ml-badge, .ml-mark, .ml-tag, mark",
    "article": ".ml-s",
}


def contrast_sweep(page) -> dict:  # noqa: D401
    """axe's colour-contrast rule on every output and rendered text of the lesson, one at a time,
    each scrolled into view first (in steps when taller than the window), with every folded
    group opened. axe judges only what is on screen (see :func:`let_axe_see`), so one run on
    the whole page judges only what is in the window. Returns the elements judged (by part, counted
    once), the failures and the number axe could not judge."""
    return page.evaluate(
        """async (args) => {
             const [ours, parts] = args;
             document.querySelectorAll('.jp-OutputArea-output details').forEach(d => d.open = true);
             const frame = () => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
             const scroller = el => { for (let p = el.parentElement; p; p = p.parentElement) {
                 const o = getComputedStyle(p).overflowY;
                 if ((o === 'auto' || o === 'scroll') && p.scrollHeight > p.clientHeight) return p; }
                 return document.scrollingElement; };
             const seen = new Map(), bad = new Map(), unsure = new Set();
             const key = n => n.target.join(' ');
             for (const el of document.querySelectorAll(ours)) {
               if (el.parentElement && el.parentElement.closest(ours)) continue;
               if (!el.offsetHeight) continue;
               const box = scroller(el);
               el.scrollIntoView({block: 'start'});
               for (let step = 0; step < 40; step++) {
                 await frame();
                 const r = await axe.run(el, {runOnly: {type: 'rule', values: ['color-contrast']},
                                              resultTypes: ['violations', 'passes', 'incomplete']});
                 for (const v of r.passes) for (const n of v.nodes) seen.set(key(n), n);
                 for (const v of r.violations) for (const n of v.nodes) {
                   seen.set(key(n), n);
                   bad.set(key(n), key(n) + ' | ' + n.html.slice(0, 160) + ' | '
                           + (n.failureSummary || '').replace(/\\s+/g, ' ').slice(0, 200)); }
                 for (const v of r.incomplete) for (const n of v.nodes) unsure.add(key(n));
                 const rect = el.getBoundingClientRect(), view = box.getBoundingClientRect();
                 if (rect.bottom <= view.bottom + 1) break;
                 const before = box.scrollTop;
                 box.scrollTop += Math.max(100, box.clientHeight * 0.8);
                 if (box.scrollTop === before) break;
               }
             }
             const byPart = {};
             for (const [name, sel] of Object.entries(parts)) byPart[name] = 0;
             for (const n of seen.values()) {
               const e = document.querySelector(n.target[0]);
               for (const [name, sel] of Object.entries(parts)) if (e && e.closest(sel)) byPart[name]++;
             }
             const present = {};
             for (const [name, sel] of Object.entries(parts))
               present[name] = [...document.querySelectorAll(sel)].some(e => e.closest(ours));
             for (const k of seen.keys()) unsure.delete(k);
             const boxes = [...document.querySelectorAll(parts.feedback)]
                 .filter(b => b.closest(ours) && b.innerText.trim());
             const judged = new Set();
             for (const n of seen.values()) {
               const e = document.querySelector(n.target[0]);
               const b = e && e.closest(parts.feedback);
               if (b) judged.add(b);
             }
             return {checked: seen.size, by_part: byPart, present, failures: [...bad.values()],
                     unsure: unsure.size, feedback_shown: boxes.length,
                     feedback_judged: boxes.filter(b => judged.has(b)).length};
           }""", [OURS, CONTRAST_PARTS])


def tab_walk(page, limit: int = 2500) -> list[int]:
    """Press Tab from the top of the notebook until the focus leaves it or comes back round;
    returns, for each stop, the index of the question it is in (-1: not in a question)."""
    page.locator(".jp-Notebook .jp-Cell").first.click()
    page.keyboard.press("Escape")
    stops: list[int] = []
    for _ in range(limit):
        page.keyboard.press("Tab")
        where = page.evaluate(
            """q => { const e = document.activeElement;
                      if (!e || !e.closest('.jp-Notebook') || e.dataset.tabWalk) return null;
                      e.dataset.tabWalk = '1';  // seen: the walk ends when it comes round again
                      const box = e.closest(q);
                      return box ? [...document.querySelectorAll(q)].indexOf(box) : -1; }""", QUIZ)
        if where is None:
            break
        stops.append(where)
    return stops


def tab_gaps(stops: list[int]) -> tuple[int, list[int]]:
    """Tab presses from the top to the first question, and from each question to the next.

    >>> tab_gaps([-1, -1, 0, 0, -1, 1, 1, -1, -1, 2])
    (3, [2, 3])
    """
    first = next(i for i, s in enumerate(stops) if s >= 0) + 1
    gaps, last = [], None
    for i, s in enumerate(stops):
        if s < 0:
            continue
        if last is not None and s != stops[last]:
            gaps.append(i - last)
        last = i
    return first, gaps


def contrast(a: str, b: str) -> float:
    """WCAG contrast ratio of two CSS colours ("rgb(...)"/"rgba(...)").

    >>> round(contrast("rgb(0, 0, 0)", "rgb(255, 255, 255)"), 1)
    21.0
    """
    def lum(c: str) -> float:
        r, g, b = (int(float(x)) / 255 for x in re.findall(r"[\d.]+", c)[:3])
        f = [x / 12.92 if x <= 0.03928 else ((x + 0.055) / 1.055) ** 2.4 for x in (r, g, b)]
        return 0.2126 * f[0] + 0.7152 * f[1] + 0.0722 * f[2]

    hi, lo = sorted((lum(a), lum(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def check_focus_and_selected(nb: NotebookPage) -> str:
    """The focus ring of a quiz control, and a clicked word button, at 3:1 or more."""
    page = nb.page
    button = page.locator(QUIZ).get_by_role("button", name="Check", exact=True).first
    button.focus()
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Tab")  # focus by keyboard, so :focus-visible applies
    ring = page.evaluate("""() => { const s = getComputedStyle(document.activeElement);
        return {style: s.outlineStyle, width: parseFloat(s.outlineWidth), colour: s.outlineColor}; }""")
    assert ring["style"] != "none" and ring["width"] >= 2, f"focus ring too thin: {ring}"
    ratio = contrast(ring["colour"], "rgb(255, 255, 255)")
    assert ratio >= 3, f"focus ring {ring['colour']} against white: {ratio:.1f}:1"
    box = page.locator(QUIZ, has=page.locator(".widget-toggle-button")).first
    if not box.count():
        return f"focus ring {ring['width']:.0f}px {ratio:.1f}:1"
    page.mouse.move(0, 0)  # no hover colour on either button
    colours = box.evaluate("""b => { const all = [...b.querySelectorAll('.widget-toggle-button')];
        const bg = e => e ? getComputedStyle(e).backgroundColor : null;
        return [bg(all.find(e => !e.classList.contains('mod-active'))),
                bg(all.find(e => e.classList.contains('mod-active')))]; }""")
    assert None not in colours, f"after the right answer, no clicked and unclicked word: {colours}"
    chosen = contrast(*colours)
    assert chosen >= 3, f"a clicked word button against an unclicked one {colours}: {chosen:.1f}:1"
    return f"focus ring {ring['width']:.0f}px {ratio:.1f}:1; clicked word {chosen:.1f}:1"


@pytest.mark.parametrize("notebook", LESSONS, ids=[nb.stem for nb in LESSONS])
def test_lesson_audit_and_every_quiz(notebook, lab, page):
    from toolkit.quiz.schema import load_quiz
    from toolkit.quiz.widgets import question_class

    require_axe()
    t0 = time.perf_counter()
    nb = NotebookPage(page, lab, lab.copy_notebook(notebook))
    nb.open()
    nb.wait_for_kernel()
    nb.run_all()
    nb.wait_until_run(240)
    assert not nb.errors(), f"{nb.path}: error output on the page: {nb.errors()}"
    labdriver.sign_in(page)
    lines = [f"{notebook.stem}:"]

    # 1. axe-core
    audit = axe_audit(page)
    bad = [v for v in audit["violations"] if v["ours"] and v["impact"] in ("serious", "critical")]
    assert not bad, f"{nb.path}: axe found serious/critical problems in the lesson:\n" + json.dumps(
        bad, indent=1)
    assert audit["contrast_checked"] > 0, "axe's colour-contrast rule saw nothing of the lesson"
    minor = sorted(f"{v['id']} ({v['impact']}, {len(v['ours'])})" for v in audit["violations"] if v["ours"])
    theirs = sorted(f"{v['id']} ({v['impact']}, {v['theirs']})" for v in audit["violations"] if v["theirs"])
    lines.append(f"  axe: 0 serious/critical in the lesson ({audit['contrast_checked']} colour "
                 f"contrasts checked, {audit['contrast_unsure']} axe could not judge); minor/moderate in the lesson: {', '.join(minor) or 'none'}; "
                 f"JupyterLab's own: {', '.join(theirs) or 'none'}")

    # 2. toolkit tables left-aligned
    cells = page.evaluate("""() => [...document.querySelectorAll(
        '.jp-OutputArea-output table.ml-table td, .jp-OutputArea-output table.ml-table th, '
        + '.jp-OutputArea-output table.ml-cmp td, .jp-OutputArea-output table.ml-cmp th')]
        .map(c => getComputedStyle(c).textAlign)""")
    wrong = [a for a in cells if a not in ("left", "start")]
    assert not wrong, f"{nb.path}: {len(wrong)} of {len(cells)} table cells are not left-aligned"

    # 3. the reasons under each highlighted article: one per article, opened by keyboard
    articles = page.locator(".jp-OutputArea-output .ml-article:has(.ml-s)")
    reasons = page.locator(".jp-OutputArea-output details.ml-reasons")
    assert reasons.count() == articles.count(), "a highlighted article has no list of reasons"
    if reasons.count():
        summary = reasons.first.locator("summary")
        summary.focus()
        page.keyboard.press("Enter")
        assert reasons.first.evaluate("d => d.open"), "Enter on the reasons did not open them"
        n = articles.first.locator(".ml-s").count()
        assert reasons.first.locator("li").count() == n
        assert reasons.first.locator("li").first.is_visible()

    # 4. Tab stops
    stops = tab_walk(page)
    first, gaps = tab_gaps(stops)
    lines.append(f"  Tab: {first} from the top to question 1; between questions at most "
                 f"{max(gaps, default=0)} ({len(stops)} stops in all)")
    assert first <= MAX_TABS_BETWEEN, f"{first} Tab presses from the top to the first question"
    assert max(gaps, default=0) <= MAX_TABS_BETWEEN, f"Tab presses between questions: {gaps}"

    # 5. every question, in the lesson's order
    quiz = load_quiz(notebook.stem)
    samples = box_samples(notebook)
    by_keyboard = {v for v in keyboard_questions().values()}
    done = []
    for q in quiz:
        box = page.locator("." + question_class(quiz.name, q.id))
        assert box.count() == 1, f"{nb.path}: question {q.id} is on the page {box.count()} times"
        if q.type == "reflection" and q.id in samples:
            q = dataclasses.replace(q, sample_answer=samples[q.id])
        done.append(f"{q.id} ({type_key(q)}, "
                    + answer_question(nb, box, q, f"{notebook.stem}/{q.id}" in by_keyboard) + ")")
    assert not nb.errors(), f"{nb.path}: error output after answering: {nb.errors()}"
    lines.append("  answered: " + ", ".join(done))
    # A button pressed before the kernel had the answer on screen waited for it (quiz.settle);
    # none may have waited so long that it went anyway (its marks would not match the screen).
    from toolkit.quiz.settle import WAIT_MS

    settle = page.evaluate("() => window.__medialitSettle || null")
    assert settle is not None, "the settle script (quiz.settle) did not run"
    assert settle["late"] == 0, f"{nb.path}: {settle['late']} clicks waited {WAIT_MS} ms in vain"
    lines.append(f"  clicks held until the kernel had the answer on screen: {settle['held']}")

    # 6. focus ring and a clicked word
    lines.append("  " + check_focus_and_selected(nb))

    # 7. colour contrast of everything the lesson shows, feedback on every question included
    let_axe_see(page)
    sweep = contrast_sweep(page)
    parts = ", ".join(f"{k} {v}" for k, v in sweep["by_part"].items())
    lines.append(f"  colour contrast: {sweep['checked']} elements judged ({parts}; feedback "
                 f"of {sweep['feedback_judged']} of {sweep['feedback_shown']} questions), "
                 f"{len(sweep['failures'])} below AA, {sweep['unsure']} axe could not judge")
    assert not sweep["failures"], f"{nb.path}: text below AA contrast:\n" + "\n".join(
        sweep["failures"][:20])
    for part, there in sweep["present"].items():
        if there:
            assert sweep["by_part"][part] > 0, f"{nb.path}: no {part} judged for colour contrast: {sweep}"
    assert sweep["feedback_shown"] > 0, sweep  # (a reflection's "saved" line is not feedback)
    assert sweep["feedback_judged"] == sweep["feedback_shown"], (
        f"{nb.path}: the feedback of {sweep['feedback_shown'] - sweep['feedback_judged']} "
        f"questions was not judged for colour contrast")
    lines.append(f"  {time.perf_counter() - t0:.0f} s")
    REPORT.extend(lines)
