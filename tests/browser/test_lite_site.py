"""The zero-install browser site (build/lite, from ``bash scripts/build-lite.sh``), offline.

The site is served on 127.0.0.1 and every request to any other host is blocked (and recorded), as
behind a school firewall with no internet. Lesson 1 is opened in JupyterLite in headless Chromium:
the Pyodide kernel starts, the toolkit imports, a quiz is drawn, an answer is checked and saved in
the browser's storage, the page is reloaded and the answer is back, and the "download my answers"
link holds it; that file then loads into a fresh browser. The time from opening the page to the
first quiz drawn and the site's size are printed in the test summary.

What this machine cannot put in the site (Pyodide's compiled packages, such as matplotlib: no
registry reachable here carries them) is named in the summary and in a skip reason, never faked.
"""

from __future__ import annotations

import base64
import functools
import http.server
import json
import os
import re
import threading
import time
from pathlib import Path

import pytest

import labdriver
from labdriver import QUIZ, REPO, SCREENSHOTS, Question
from toolkit.quiz.settle import NOT_YOU_CLASS

pytestmark = pytest.mark.browser

SITE = Path(os.environ.get("MEDIALIT_LITE_SITE", REPO / "build" / "lite"))
LESSON = "01-meet-the-articles.ipynb"
CHART_LESSON = "02-says-who.ipynb"
REPORT: list[str] = []  # printed at the end of the run (see conftest.py)


def require_site() -> None:
    if (SITE / "jupyter-lite.json").is_file():
        return
    reason = f"no browser site at {SITE}: build it with `bash scripts/build-lite.sh`"
    if os.environ.get("CI"):
        pytest.fail(f"CI is set, so the browser site must be tested, but there is {reason}", pytrace=False)
    pytest.skip(reason)


def site_packages() -> dict:
    return json.loads((SITE / "static" / "pyodide" / "pyodide-lock.json").read_text())["packages"]


class _Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map,
                      ".js": "text/javascript", ".mjs": "text/javascript", ".wasm": "application/wasm",
                      ".json": "application/json", ".whl": "application/octet-stream"}

    served = [0, 0]  # bytes of file bodies sent, requests answered (304 "not changed" sends none)
    worker_delay_s = 0.0  # hold back the service worker's install, as a slow machine can

    def do_GET(self):
        if self.worker_delay_s and self.path.split("?")[0].endswith("/service-worker.js"):
            # The worker's own script, with its install held back: JupyterLite starts the kernel
            # once the registration is made, so the kernel starts before the worker is in control.
            body = (f"self.addEventListener('install', e => e.waitUntil(new Promise(r => "
                    f"setTimeout(r, {self.worker_delay_s * 1000:.0f}))));\n").encode()
            body += (Path(self.directory) / "service-worker.js").read_bytes()
            self.send_response(200)
            self.send_header("Content-Type", "text/javascript")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        super().do_GET()

    def log_message(self, *args):  # keep the test output clean
        pass

    def copyfile(self, source, outputfile):
        start = source.tell()
        super().copyfile(source, outputfile)
        _Handler.served[0] += source.tell() - start

    def send_response(self, code, message=None):
        _Handler.served[1] += 1
        super().send_response(code, message)


@pytest.fixture(scope="module")
def site():
    """build/lite served by a plain static web server on 127.0.0.1."""
    require_site()
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0),
                                             functools.partial(_Handler, directory=str(SITE)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


CONTROLLED = ("() => navigator.serviceWorker && navigator.serviceWorker.controller"
              " && sessionStorage.getItem('medialit-first-visit') !== 'pending'")
KERNEL_START_S = 240  # a cold Pyodide start took 30-55 s at load 12-16 (s5 probes)


class Offline:
    """A browser context that may reach the site and nothing else (every other request aborted).

    It also records what the kernel's start needs: JupyterLite's service worker answers the
    kernel's file requests (``/api/drive``) from the page. On a first visit it registers the
    worker and starts the kernel at once; when the kernel's first file request comes before the
    worker controls the page (a race a slow, loaded machine loses), the request goes to the web
    server instead, which cannot answer it (a static server says 501), and the kernel's files are
    not the notebook's. ``drive_misses`` lists such requests; :meth:`open` waits for the worker,
    then for the kernel, and says which of the two it waited on in vain.
    """

    def __init__(self, browser, site: str):
        self.site = site
        self.blocked: list[str] = []
        self.drive_misses: list[str] = []
        self.console: list[str] = []
        self.context = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True)
        self.context.set_default_timeout(60_000)
        self.context.route("**/*", self._route)
        self.context.on("console", self._console)

    def _route(self, route):
        url = route.request.url
        if url.startswith(self.site + "/") or url == self.site:
            if "/api/drive" in url or "/api/stdin/" in url:  # the service worker's, not the server's
                self.drive_misses.append(f"{route.request.method} {url[len(self.site):]}")
            route.continue_()
        else:
            self.blocked.append(url)
            route.abort()

    def _console(self, message):
        if message.type in ("error", "warning"):
            self.console.append(f"{message.type}: {message.text[:300]}")

    def open(self, notebook: str):
        """Open a notebook on a first visit: the service worker in control, the kernel idle."""
        page = self.context.new_page()
        url = f"{self.site}/lab/index.html?path={notebook}"
        page.goto(url, wait_until="domcontentloaded")
        page.locator(".jp-NotebookPanel .jp-Notebook .jp-Cell").first.wait_for(state="attached")
        # The first visit registers the service worker; wait until it controls the page, and until
        # the site's first-visit guard has loaded the page again (scripts/build_lite.py).
        page.wait_for_function(CONTROLLED, timeout=120_000)
        if self.drive_misses:
            # The kernel started before the worker was in control, so its files are not the
            # notebook's. Load the page again, as a student would: the worker is in control now.
            REPORT.append(f"{notebook}: the kernel started before the service worker controlled "
                          f"the page ({len(self.drive_misses)} file requests reached the web "
                          f"server: {self.drive_misses[:2]}); the page was loaded again")
            self.drive_misses.clear()
            page.goto(url, wait_until="domcontentloaded")
            page.locator(".jp-NotebookPanel .jp-Notebook .jp-Cell").first.wait_for(state="attached")
        self.wait_for_kernel(page)
        return page

    def reload(self, page) -> None:
        """Load the page again (a new kernel) and wait until the new kernel is idle."""
        page.reload(wait_until="domcontentloaded")
        page.locator(".jp-NotebookPanel .jp-Notebook .jp-Cell").first.wait_for(state="attached")
        self.wait_for_kernel(page)

    def wait_for_kernel(self, page, timeout: float = KERNEL_START_S) -> None:
        """Wait until the notebook's Pyodide kernel says it is idle; fail saying what it said last,
        which of its file requests missed the service worker, and the page's errors."""
        status = page.locator(".jp-StatusBar-Widget", has_text="Pyodide")
        deadline = time.monotonic() + timeout
        said = ""
        while time.monotonic() < deadline:
            said = " ".join(status.first.inner_text().split()) if status.count() else "(no status)"
            if re.search(r"\|\s*Idle\b", said):
                assert not self.drive_misses, (
                    f"the kernel's file requests reached the web server, not the service worker: "
                    f"{self.drive_misses[:5]}")
                return
            time.sleep(0.25)
        raise AssertionError(
            f"the Pyodide kernel was not idle {timeout:.0f} s after the page opened (status bar: "
            f"{said!r}; file requests that missed the service worker: {self.drive_misses[:5]}; "
            f"page errors and warnings: {self.console[-8:]})")

    def close(self):
        self.context.close()


def run_all(page) -> None:
    page.locator(".lm-MenuBar-item", has_text=re.compile(r"^Run$")).first.click()
    page.locator(".lm-Menu-item:visible", has=page.locator(
        ".lm-Menu-itemLabel", has_text=re.compile(r"^Run All Cells$"))).first.click()


def wait_until_run(page, timeout: float = 240) -> labdriver.RunState:
    """Every code cell numbered, the kernel idle, every widget drawn, and nothing changing."""
    deadline = time.monotonic() + timeout
    status = page.locator(".jp-StatusBar-Widget", has_text="Idle")
    last = None
    while time.monotonic() < deadline:
        raw = page.locator("body").evaluate(labdriver._CELLS_JS) or {"cells": [], "views": 0,
                                                                     "rendered": 0, "failed": 0}
        prompts = [c["prompt"] for c in raw["cells"] if not c["empty"]]
        state = labdriver.RunState(prompts, raw["views"], raw["rendered"], raw["failed"])
        if (state.all_executed and status.count()
                and state.rendered + state.failed >= state.views):
            if state == last:
                return state
            last = state
            time.sleep(0.5)
            continue
        last = None
        time.sleep(0.1)
    raise TimeoutError(f"not every cell ran within {timeout:.0f} s: {last or prompts}")


def errors(page) -> list[str]:
    found = [t.strip()[:1500] for t in page.locator(
        '[data-mime-type="application/vnd.jupyter.error"]').all_text_contents()]
    for text in page.locator('.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]'
                             ).all_text_contents():
        if "Traceback" in text or re.search(r"\b\w*(Error|Exception)\b", text):
            found.append(text.strip()[:1500])
    found += [t[:300] for t in page.locator(".jp-OutputArea-output").all_text_contents()
              if "Error displaying widget" in t]
    return found


def download_payload(question: Question, holding: str = "", timeout: float = 20) -> dict:
    """The answers in the notebook's "download my answers" link (once it holds ``holding``).

    The link is in the notebook's one name bar (the set-up cell's output), not beside each question.
    """
    links = question.box.page.locator("a[download^='medialit-answers-']")
    assert links.count() <= 1, "more than one name bar (download link) in the notebook"
    link = links.first
    link.wait_for()
    deadline = time.monotonic() + timeout
    while True:
        href = link.get_attribute("href")
        assert href.startswith("data:application/json;base64,"), href[:80]
        payload = json.loads(base64.b64decode(href.split(",", 1)[1]))
        if holding in json.dumps(payload) or time.monotonic() > deadline:
            return payload
        time.sleep(0.2)


def site_size() -> tuple[int, float]:
    files = [p for p in SITE.rglob("*") if p.is_file()]
    return len(files), sum(p.stat().st_size for p in files) / 1e6


def test_site_config_names_no_other_host():
    """Nothing in the site's configuration points outside the site (no CDN, no package index)."""
    require_site()
    configs = sorted(SITE.rglob("jupyter-lite.json")) + [SITE / "static" / "pyodide" / "pyodide-lock.json"]
    configs += sorted((SITE / "extensions").rglob("all.json"))
    assert len(configs) >= 3
    for path in configs:
        text = path.read_text(encoding="utf-8")
        hosts = re.findall(r"(?:https?:)?//[A-Za-z0-9.-]+\.[A-Za-z]{2,}[^\s\"']*", text)
        assert not hosts, f"{path.relative_to(SITE)} names other hosts: {hosts[:5]}"
    settings = json.loads((SITE / "jupyter-lite.json").read_text())["jupyter-config-data"][
        "litePluginSettings"]["@jupyterlite/pyodide-kernel-extension:kernel"]
    assert settings["disablePyPIFallback"] is True
    assert settings["pyodideUrl"].startswith("./static/pyodide/")
    for name, entry in site_packages().items():
        assert (SITE / "static" / "pyodide" / entry["file_name"]).is_file(), (
            f"pyodide-lock.json lists {name}, whose file {entry['file_name']} is not in the site")
    sources = (SITE / "SOURCES.md").read_text(encoding="utf-8")
    for wheel in (SITE / "static" / "pyodide").glob("*.whl"):
        assert wheel.name in sources, f"SOURCES.md does not say where {wheel.name} came from"


def test_lesson_offline_kernel_quiz_saved_reload_download_load(site, chromium):
    """Lesson 1 offline: kernel, toolkit, quiz, answer saved, back after a reload, download, load
    (in a fresh browser, signed in with Enter in the name box)."""
    browser = Offline(chromium, site)
    try:
        _Handler.served[:] = [0, 0]
        t0 = time.perf_counter()
        page = browser.open(LESSON)
        run_all(page)
        page.locator(QUIZ).first.wait_for(timeout=240_000)
        first_quiz = time.perf_counter() - t0
        state = wait_until_run(page)
        ready = time.perf_counter() - t0
        first_load = list(_Handler.served)
        assert not errors(page), "errors on the page:\n" + "\n---\n".join(errors(page))
        assert state.failed == 0 and state.views > 0 and state.rendered == state.views
        assert page.locator(".jp-StatusBar-Widget", has_text="Python (Pyodide)").count(), \
            "the notebook is not on the Pyodide kernel"

        labdriver.sign_in(page)
        question = Question.first_gradable(page)
        assert question is not None, "no question with options and a Check button"
        question.box.scroll_into_view_if_needed()
        assert question.selected() == []
        assert question.answer_first_option(timeout=30), "Check gave no feedback"
        feedback = question.feedback_text()
        payload = download_payload(question, holding="01-meet-the-articles")
        answers = json.dumps(payload)
        assert payload.get("student") == labdriver.STUDENT, payload
        assert "01-meet-the-articles" in answers, "the download link does not hold the answer"
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / "lite-01-answered.png"))

        # Reload: JupyterLite keeps the files (answers included) in the browser's storage.
        _Handler.served[:] = [0, 0]
        browser.reload(page)
        run_all(page)
        wait_until_run(page)
        reload_load = list(_Handler.served)
        assert not errors(page), "errors after the reload:\n" + "\n---\n".join(errors(page))
        assert not page.get_by_role("textbox", name="Your name").count(), "the name was asked again"
        question = Question.first_gradable(page)
        assert question.selected() == [0], f"after a reload the answer is {question.selected()}, not 0"
        question.box.scroll_into_view_if_needed()  # JupyterLab draws only the cells in view
        assert question.wait_for_feedback(timeout=20) == feedback
        saved = page.locator(".jp-DirListing-itemText", has_text=re.compile(r"^progress$"))
        assert saved.count() == 1, "no progress folder in the site's file browser (browser storage)"
        assert download_payload(question) == payload
        assert not browser.blocked, f"the site asked other hosts for: {browser.blocked[:5]}"
    finally:
        browser.close()

    # The downloaded file, loaded into a fresh browser (another Chromebook): the answer is back.
    answers_file = SCREENSHOTS.parent / "lite-answers.json"
    answers_file.write_text(answers, encoding="utf-8")
    fresh = Offline(chromium, site)
    try:
        page = fresh.open(LESSON)
        run_all(page)
        wait_until_run(page)
        # with Enter in the name box this time (no Start), pressed twice; once more when the
        # in-browser kernel's late focus move has put the focus on "Not you?": still signed in
        labdriver.sign_in_with_enter(page, name="Someone Else", again=0.3, timeout=30)
        question = Question.first_gradable(page)
        question.box.scroll_into_view_if_needed()
        bar = page.locator(".jp-CodeCell", has=page.get_by_role(
            "button", name=re.compile(r"Load my answers"))).first  # the notebook's one name bar
        bar.scroll_into_view_if_needed()
        with page.expect_file_chooser() as chooser:  # ipywidgets keeps its file input off the page
            bar.get_by_role("button", name=re.compile(r"Load my answers")).first.click()
        chooser.value.set_files(str(answers_file))
        bar.get_by_text(re.compile(r"Loaded \d+ saved answer")).first.wait_for(timeout=30_000)
        deadline = time.monotonic() + 20
        while question.selected() != [0] and time.monotonic() < deadline:
            time.sleep(0.2)
        assert question.selected() == [0], "the loaded answers file did not bring the answer back"
        assert not fresh.blocked, f"the site asked other hosts for: {fresh.blocked[:5]}"
    finally:
        fresh.close()

    count, megabytes = site_size()
    REPORT.append(f"browser site: {count} files, {megabytes:.1f} MB; lesson 1 offline: first quiz "
                  f"drawn {first_quiz:.1f} s after opening the page (cold, empty cache), every "
                  f"widget drawn at {ready:.1f} s; the browser downloaded {first_load[0] / 1e6:.1f} MB "
                  f"in {first_load[1]} requests, and {reload_load[0] / 1e6:.1f} MB in "
                  f"{reload_load[1]} requests on a reload")


def test_first_visit_with_a_slow_service_worker_loads_the_page_again(site, chromium):
    """A first visit where the kernel starts before the service worker controls the page (the
    worker's install held back 25 s, as on a slow machine): the site loads the page again by
    itself once the worker is in control, once only, and the new kernel's file requests reach the
    worker, so the lesson's files and saved answers work. Without the guard the kernel's file
    requests go to the web server for good (reproduced in s5 with the same kind of delay)."""
    browser = Offline(chromium, site)
    _Handler.worker_delay_s = 25.0
    try:
        page = browser.context.new_page()
        loads: list[float] = []
        page.on("domcontentloaded", lambda *_: loads.append(time.monotonic()))
        t0 = time.monotonic()
        page.goto(f"{site}/lab/index.html?path={LESSON}", wait_until="domcontentloaded")
        page.wait_for_function(CONTROLLED, timeout=120_000)
        deadline = time.monotonic() + 60
        while len(loads) < 2 and time.monotonic() < deadline:
            page.wait_for_timeout(250)
        assert len(loads) == 2, f"the page was loaded {len(loads)} time(s), not once more by the guard"
        missed_first = list(browser.drive_misses)
        browser.drive_misses.clear()
        assert page.evaluate("sessionStorage.getItem('medialit-first-visit')") == "done"
        browser.wait_for_kernel(page)  # fails if a file request of the new kernel missed the worker
        run_all(page)
        page.locator(QUIZ).first.wait_for(timeout=240_000)
        wait_until_run(page)
        assert not browser.drive_misses, f"file requests missed the worker: {browser.drive_misses[:5]}"
        page.wait_for_timeout(1000)
        assert len(loads) == 2, f"the page was loaded {len(loads)} times: the guard must reload once"
        assert not browser.blocked, f"the site asked other hosts for: {browser.blocked[:5]}"
        assert missed_first, "the held-back worker did not make the kernel start first"
        REPORT.append(f"first visit with the service worker's install held back 25 s: the guard loaded the "
                      f"page again {loads[1] - t0:.1f} s after opening; before that "
                      f"{len(missed_first)} kernel file requests had reached the web server; after "
                      f"it none did")
    finally:
        _Handler.worker_delay_s = 0.0
        browser.close()


def test_lesson_with_a_chart_runs_on_without_matplotlib(site, chromium):
    """Lesson 2 draws a chart: without matplotlib in the site it says so in one line and goes on.
    The keyboard works there too (arrow keys in a radio group, Enter in the says-who box)."""
    if "matplotlib" in site_packages():
        pytest.skip("this site includes matplotlib: see test_chart_is_drawn")
    browser = Offline(chromium, site)
    try:
        page = browser.open(CHART_LESSON)
        run_all(page)
        state = wait_until_run(page)
        assert not errors(page), "errors on the page:\n" + "\n---\n".join(errors(page))
        assert state.rendered == state.views > 0
        note = page.get_by_text("No chart here:")
        assert note.count() >= 1
        assert "Charts need matplotlib" in note.first.locator("..").inner_text()
        # Why each sentence got its label opens with the keyboard here too (no script needed),
        # and the toolkit's tables read left-aligned.
        reasons = page.locator(".jp-OutputArea-output details.ml-reasons")
        assert reasons.count() >= 1, "no list of reasons under the highlighted article"
        reasons.first.locator("summary").focus()
        page.keyboard.press("Enter")
        assert reasons.first.evaluate("d => d.open") and reasons.first.locator("li").first.is_visible()
        aligns = page.evaluate("""() => [...document.querySelectorAll(
            '.jp-OutputArea-output table.ml-table td, .jp-OutputArea-output table.ml-table th')]
            .map(c => getComputedStyle(c).textAlign)""")
        assert aligns and set(aligns) <= {"left", "start"}, sorted(set(aligns))
        page.evaluate(FOCUS_LOG)
        try:
            keyboard_in_lesson_2(page)
            reflection_saved_in_lesson_2(page)
        except AssertionError as exc:  # say what the page and its kernel were doing
            said = page.locator(".jp-StatusBar-Widget", has_text="Pyodide")
            raise AssertionError(
                f"{exc}\nkernel status: {said.first.inner_text() if said.count() else '?'}; "
                f"says-who box holds {page.evaluate(TYPED)!r}; held clicks: "
                f"{page.evaluate('() => window.__medialitSettle || null')}; page errors: "
                f"{errors(page)[:3]}; console: {browser.console[-8:]}; focus and keys: "
                f"{page.evaluate('() => window.__medialitFocusLog')}") from None
        assert not browser.blocked, browser.blocked[:5]
    finally:
        browser.close()


FOCUS_LOG = """() => { const log = window.__medialitFocusLog = [], t0 = Date.now();
    const name = e => e ? e.tagName.toLowerCase() + '.' + [...e.classList].filter(
        c => /^(jp-Cell|jp-Notebook|medialit-|widget-)/.test(c)).slice(0, 2).join('.') : '-';
    ['focusin', 'keydown', 'pointerdown'].forEach(kind => document.addEventListener(kind, e => {
        log.push([Date.now() - t0, kind, name(e.target), e.key || '', name(e.relatedTarget)]);
    }, true)); }"""
NOT_YOU_LOG = f"""() => {{ window.__notYou = 0; document.addEventListener('focusin', e => {{
    if (e.target.closest && e.target.closest('.{NOT_YOU_CLASS}')) {{ window.__notYou++; }} }}, true); }}"""
NOT_YOU_CAME = "() => window.__notYou + window.__medialitSettle.kept > 0"  # (a focus sent back stops there)
TYPED = """() => [...document.querySelectorAll('.medialit-enter input')].map(i => i.value)"""


def reflection_saved_in_lesson_2(page) -> None:
    """A reflection is saved as it is typed, and Save does not wait for a kernel that never
    hears of the text: Pyodide cannot start the thread that waits for a typing pause."""
    from test_every_quiz import wait_for_text
    from toolkit.quiz.settle import WAIT_MS
    from toolkit.quiz.widgets import question_class

    box = page.locator("." + question_class(CHART_LESSON.removesuffix(".ipynb"), "exit-ticket"))
    box.scroll_into_view_if_needed()
    box.locator("textarea").fill("The NPR story names who said what.")
    wait_for_text(box, f"Saved for {labdriver.STUDENT}.", "a reflection saved as it is typed "
                  "(JupyterLite)", timeout=WAIT_MS / 1000 - 2)
    late = page.evaluate("() => window.__medialitSettle.late")
    box.get_by_role("button", name="Save", exact=True).click()
    wait_for_text(box, f"Saved for {labdriver.STUDENT}.", "Save in a reflection (JupyterLite)",
                  timeout=WAIT_MS / 1000 - 2)
    assert page.evaluate("() => window.__medialitSettle.late") == late == 0, "Save waited in vain"


def keyboard_in_lesson_2(page) -> None:
    """The name bar's key script works in JupyterLite too: the arrow keys move a radio choice (not
    the cell) and Enter in the says-who box checks the typed name."""
    from test_every_quiz import wait_for_text
    from toolkit.quiz import grading
    from toolkit.quiz.schema import load_quiz
    from toolkit.quiz.widgets import question_class

    stem = CHART_LESSON.removesuffix(".ipynb")
    page.evaluate(NOT_YOU_LOG)
    box = page.locator("." + question_class(stem, "who-la-chief"))
    radios = box.locator("input[type=radio]")
    # Start, and go on to a question at once: the kernel's focus move to "Not you?" comes later
    page.get_by_role("textbox", name="Your name").first.fill(labdriver.STUDENT)
    page.get_by_role("button", name="Start", exact=True).first.click()
    box.scroll_into_view_if_needed()
    radios.first.focus()
    page.get_by_text(f"Answering as {labdriver.STUDENT}").first.wait_for(timeout=15_000)
    deadline = time.monotonic() + 10
    while not page.evaluate(NOT_YOU_CAME) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert page.evaluate(NOT_YOU_CAME), "the kernel never moved the focus to 'Not you?' after Start"
    assert radios.first.evaluate("r => r === document.activeElement"), (
        "the late focus move after Start took the student out of the question")
    page.keyboard.press("Space")
    active = page.evaluate("() => [...document.querySelectorAll('.jp-Notebook .jp-Cell')]"
                           ".findIndex(c => c.classList.contains('jp-mod-active'))")
    page.keyboard.press("ArrowDown")
    deadline = time.monotonic() + 5
    while not radios.nth(1).is_checked() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert radios.nth(1).is_checked(), "ArrowDown did not move the choice in JupyterLite"
    assert radios.nth(1).evaluate("r => r === document.activeElement"), "the focus left the group"
    assert page.evaluate("() => [...document.querySelectorAll('.jp-Notebook .jp-Cell')]"
                         ".findIndex(c => c.classList.contains('jp-mod-active'))") == active

    q = load_quiz(stem).get("who-chilling-effect")
    box = page.locator("." + question_class(stem, q.id))
    box.scroll_into_view_if_needed()
    box.get_by_role("textbox", name="Source").focus()
    page.keyboard.type("Acevedo")
    page.keyboard.press("Enter")
    wait_for_text(box, grading.grade(q, "Acevedo").html, "Enter in the says-who box (JupyterLite)",
                  timeout=60)


def test_chart_is_drawn(site, chromium):
    """With matplotlib in the site (built from Pyodide's full distribution), lesson 2's chart draws."""
    missing = [n for n in ("matplotlib", "numpy") if n not in site_packages()]
    if missing:
        reason = (f"NOT COVERED: charts in the browser. This site has no {', '.join(missing)} "
                  "(compiled for WebAssembly, only in Pyodide's full distribution, which no registry "
                  "reachable from this machine carries); build with PYODIDE_DIST set to cover it")
        REPORT.append(reason)
        pytest.skip(reason)
    browser = Offline(chromium, site)
    try:
        page = browser.open(CHART_LESSON)
        run_all(page)
        wait_until_run(page)
        assert not errors(page)
        assert page.locator("figure img[alt]").count() >= 1
        assert not browser.blocked
    finally:
        browser.close()


YOUR_TURN = "06-your-turn.ipynb"
MY_ARTICLE = ("Bridge Repairs Begin\n\n"
              "Work on the Elm Street bridge began on Monday, the city's roads office said.\n\n"
              '"We expect to finish by June," engineer Lena Park said.\n\n'
              "Drivers should use Oak Avenue until then.\n")
PASTED = ("School Garden Wins Prize\n\n"
          "The garden at Oak Hill School won first prize at the county fair on Friday.\n\n"
          '"The students planted every seed themselves," teacher Sam Ortiz said.\n\n'
          "Go and see it this weekend!\n")


def test_article_box_in_the_browser_site(site, chromium, tmp_path):
    """Lesson 6 offline in JupyterLite: paste and Analyze, open a text file with the picker, and
    after a reload (a new kernel) and Run All the article is back in the box."""
    browser = Offline(chromium, site)
    try:
        page = browser.open(YOUR_TURN)
        run_all(page)
        state = wait_until_run(page)
        assert not errors(page), "errors on the page:\n" + "\n---\n".join(errors(page))
        assert state.failed == 0 and state.rendered == state.views > 0
        labdriver.sign_in(page)
        box = page.get_by_role("textbox", name="Your article")
        box.scroll_into_view_if_needed()
        assert "Riverside Library" in box.input_value()
        box.fill(PASTED)
        page.get_by_role("button", name="Analyze").click()
        page.get_by_text("kept with your answers").first.wait_for(timeout=60_000)
        page.get_by_text("Sam Ortiz").first.wait_for(timeout=30_000)  # the views follow it

        mine = tmp_path / "my-article.txt"
        mine.write_text(MY_ARTICLE, encoding="utf-8")
        picker = page.get_by_role("button", name="Open a text file")
        with page.expect_file_chooser() as chooser:
            picker.click()
        chooser.value.set_files(str(mine))
        page.get_by_text("Bridge Repairs Begin").first.wait_for(timeout=60_000)
        deadline = time.monotonic() + 30
        while not box.input_value().startswith("Bridge Repairs Begin"):
            assert time.monotonic() < deadline, "the file's text did not reach the box"
            time.sleep(0.2)
        assert not errors(page), errors(page)

        browser.reload(page)
        run_all(page)
        wait_until_run(page)
        assert not errors(page), "errors after the reload:\n" + "\n---\n".join(errors(page))
        page.get_by_text("Your article is back").first.wait_for(timeout=60_000)
        box = page.get_by_role("textbox", name="Your article")
        assert box.input_value() == MY_ARTICLE
        assert page.locator(".jp-OutputArea-output", has_text="Elm Street bridge").count()
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / "lite-06-article-back.png"))
        assert not browser.blocked, f"the site asked other hosts for: {browser.blocked[:5]}"
    finally:
        browser.close()
