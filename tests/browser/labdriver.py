"""Drive the lessons in JupyterLab (and Notebook 7) in headless Chromium.

Shared by the browser tests (``tests/browser``) and the render benchmark (``bench/lesson_render.py``):

* :func:`start_lab` starts one JupyterLab server on 127.0.0.1 with a random token, an isolated
  config/data/runtime/settings folder and its own progress folder, and waits until it answers;
* :func:`launch_chromium` starts Debian's Chromium through Playwright with a fresh, empty profile;
* :class:`NotebookPage` opens a notebook, waits for its kernel through the REST API, runs every
  cell from the menu, and finds the errors, the widgets and the quiz questions on the page.

Nothing here runs at import time, so importing this module (pytest's doctest collection does) is cheap.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
LESSONS_DIR = REPO / "lessons"
FIXTURE = REPO / "tests" / "fixtures" / "widgets-fixture.ipynb"
SCREENSHOTS = REPO / "artifacts" / "screenshots"

INSTALL_HINT = (
    "the browser tests need Debian's Chromium and the playwright Python package: "
    "sudo apt-get install chromium, then bash scripts/test.sh"
)
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

# Class names shared with toolkit.quiz: the outer box of each question, and its feedback text.
QUIZ = ".medialit-quiz"
FEEDBACK = ".medialit-feedback"

# JupyterLab user settings written into the isolated settings folder.
LAB_SETTINGS = {
    # No "Jupyter news" notice, no question about it, no check for updates.
    "@jupyterlab/apputils-extension/notification": {"fetchNews": "false", "checkForUpdates": False},
    # Keep every cell in the page so that prompts and outputs can be read from the DOM.
    "@jupyterlab/notebook-extension/tracker": {"windowingMode": "none"},
}


def notebooks_to_test() -> list[Path]:
    """Every lesson notebook in reading order, then the widgets fixture."""
    return sorted(LESSONS_DIR.glob("*.ipynb")) + [FIXTURE]


def find_chromium() -> str | None:
    """The path of Chromium, or None when it is not installed ($MEDIALIT_CHROMIUM overrides)."""
    override = os.environ.get("MEDIALIT_CHROMIUM")
    if override is not None:
        return override if os.access(override, os.X_OK) else None
    for candidate in ("/usr/bin/chromium", shutil.which("chromium"), shutil.which("chromium-browser")):
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    return None


def why_browser_unavailable() -> str | None:
    """Why the browser tests cannot run here (None when they can)."""
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "the playwright Python package is not installed; " + INSTALL_HINT
    if find_chromium() is None:
        return "Chromium is not installed; " + INSTALL_HINT
    return None


def launch_chromium(playwright):
    """Start headless Chromium through Playwright.

    Playwright gives every launched browser a new, empty temporary profile (user data dir) and
    deletes it on close; Debian's Chromium is used because ``playwright install`` cannot download.
    """
    return playwright.chromium.launch(
        executable_path=find_chromium(), headless=True, args=CHROMIUM_ARGS
    )


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class LabServer:
    """A running JupyterLab server, its token and its folders."""

    url: str
    token: str
    root: Path
    progress_dir: Path
    process: subprocess.Popen
    log_path: Path
    _copies: int = field(default=0)

    def api(self, method: str, path: str, body: dict | None = None):
        """Call the server's REST API; returns the decoded JSON (or None for an empty answer)."""
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(
            f"{self.url}{path}", data=data, method=method,
            headers={"Authorization": f"token {self.token}", "Content-Type": "application/json"},
        )
        with urllib.request.urlopen(request, timeout=10) as response:
            text = response.read()
        return json.loads(text) if text else None

    def copy_notebook(self, notebook: Path) -> str:
        """Copy a notebook (with the rest of its folder) into a new folder under the server's root.

        Every test works on its own copy, so checkpoints, autosaves and stale outputs never reach
        the repository or the next test. Returns the copy's path relative to the server root.
        """
        self._copies += 1
        target = self.root / f"run{self._copies:02d}" / notebook.parent.name
        shutil.copytree(
            notebook.parent, target,
            ignore=shutil.ignore_patterns(".ipynb_checkpoints", "progress", "__pycache__"),
        )
        return (target / notebook.name).relative_to(self.root).as_posix()

    def clear_progress(self) -> None:
        """Forget every saved answer."""
        shutil.rmtree(self.progress_dir, ignore_errors=True)
        self.progress_dir.mkdir(parents=True)

    def kernel_state(self, path: str) -> str | None:
        """The execution state of the kernel of the notebook at ``path`` (None: no kernel yet)."""
        for session in self.api("GET", "/api/sessions"):
            if session.get("path") == path and session.get("kernel"):
                return session["kernel"].get("execution_state")
        return None

    def wait_for_kernel(self, path: str, timeout: float = 60) -> None:
        """Wait until the notebook's kernel exists and is idle, as the server (not the page) sees it."""
        deadline = time.monotonic() + timeout
        state = None
        while time.monotonic() < deadline:
            state = self.kernel_state(path)
            if state == "idle":
                return
            time.sleep(0.1)
        raise TimeoutError(f"the kernel of {path} is not idle after {timeout:.0f} s (state: {state})")

    def shutdown_kernels(self) -> None:
        """Close every session and its kernel, so the next test starts from nothing."""
        for session in self.api("GET", "/api/sessions"):
            try:
                self.api("DELETE", f"/api/sessions/{session['id']}")
            except urllib.error.HTTPError:
                pass

    def log_tail(self, lines: int = 40) -> str:
        """The end of the server's log, for error messages."""
        try:
            text = self.log_path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return ""
        return "\n".join(text.splitlines()[-lines:])

    def stop(self) -> None:
        """Stop the server (politely first) and wait for it."""
        if self.process.poll() is None:
            try:
                self.shutdown_kernels()
                self.api("POST", "/api/shutdown")
            except (OSError, urllib.error.URLError):
                pass
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.terminate()
                try:
                    self.process.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    self.process.kill()
                    self.process.wait()


def isolated_environment(base: Path) -> dict[str, str]:
    """Environment variables that keep Jupyter's config, data, settings and progress under ``base``.

    The kernelspec is still found: Jupyter also looks in ``sys.prefix/share/jupyter``, where the
    virtualenv's ipykernel installed ``python3``.
    """
    env = dict(os.environ)
    for name, sub in {
        "JUPYTER_CONFIG_DIR": "config",
        "JUPYTER_DATA_DIR": "data",
        "JUPYTER_RUNTIME_DIR": "runtime",
        "JUPYTERLAB_SETTINGS_DIR": "lab-settings",
        "JUPYTERLAB_WORKSPACES_DIR": "lab-workspaces",
        "IPYTHONDIR": "ipython",
        "MEDIALIT_PROGRESS_DIR": "progress",
    }.items():
        (base / sub).mkdir(parents=True, exist_ok=True)
        env[name] = str(base / sub)
    env["JUPYTER_PLATFORM_DIRS"] = "1"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")])
    return env


def write_lab_settings(settings_dir: Path) -> None:
    """Write the user settings in :data:`LAB_SETTINGS` into an isolated settings folder."""
    for plugin, values in LAB_SETTINGS.items():
        path = settings_dir / f"{plugin}.jupyterlab-settings"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(values), encoding="utf-8")


def check_kernelspec(env: dict[str, str], name: str = "python3") -> None:
    """Fail early, with a plain message, when the isolated Jupyter cannot find the kernelspec."""
    result = subprocess.run(
        [sys.executable, "-m", "jupyter", "kernelspec", "list", "--json"],
        env=env, capture_output=True, text=True, timeout=60,
    )
    specs = json.loads(result.stdout or "{}").get("kernelspecs", {}) if result.returncode == 0 else {}
    if name not in specs:
        raise RuntimeError(
            f"Jupyter cannot find the {name!r} kernelspec (found: {sorted(specs) or 'none'}). "
            f"Install ipykernel into {sys.prefix}: bash scripts/test.sh does it. {result.stderr[-500:]}"
        )


def start_lab(base: Path | None = None, timeout: float = 90) -> LabServer:
    """Start JupyterLab on 127.0.0.1 at a free port with a random token, and wait until it answers.

    Everything it writes (config, settings, workspaces, runtime files, progress, the copies of the
    notebooks) goes under ``base`` (a new temporary folder by default).
    """
    import secrets

    base = Path(base or tempfile.mkdtemp(prefix="medialit-browser-"))
    env = isolated_environment(base)
    write_lab_settings(Path(env["JUPYTERLAB_SETTINGS_DIR"]))
    check_kernelspec(env)
    root = base / "notebooks"
    root.mkdir(exist_ok=True)
    token = secrets.token_hex(24)
    port = free_port()
    command = [
        sys.executable, "-m", "jupyterlab",
        "--no-browser",
        "--ip=127.0.0.1",
        f"--port={port}",
        "--ServerApp.port_retries=0",
        f"--ServerApp.token={token}",
        f"--ServerApp.root_dir={root}",
        "--LabApp.news_url=None",
        "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
        "--LabApp.extension_manager=readonly",
    ]
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        command.append("--allow-root")
    log_path = base / "jupyterlab.log"
    log = open(log_path, "w", encoding="utf-8")  # noqa: SIM115 - the server writes to it until stopped
    process = subprocess.Popen(
        command, env=env, cwd=root, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL
    )
    log.close()
    server = LabServer(
        url=f"http://127.0.0.1:{port}", token=token, root=root,
        progress_dir=Path(env["MEDIALIT_PROGRESS_DIR"]), process=process, log_path=log_path,
    )
    deadline = time.monotonic() + timeout
    while True:
        if process.poll() is not None:
            raise RuntimeError(f"JupyterLab stopped at start (exit code {process.returncode}):\n"
                               + server.log_tail())
        try:
            server.api("GET", "/api/status")
            return server
        except (OSError, urllib.error.URLError):
            pass
        if time.monotonic() > deadline:
            server.stop()
            raise TimeoutError(f"JupyterLab did not answer within {timeout:.0f} s:\n" + server.log_tail())
        time.sleep(0.2)


# --- the page -------------------------------------------------------------------------------

# Runs in the page: the state of every code cell of the open notebook and of its widget outputs.
_CELLS_JS = """
(root) => {
  const notebook = root.querySelector('.jp-Notebook');
  if (!notebook) return null;
  const cells = [...notebook.querySelectorAll('.jp-Cell.jp-CodeCell')].map(cell => {
    const prompt = cell.querySelector('.jp-InputArea-prompt');
    const code = cell.querySelector('.cm-content');
    return {
      prompt: prompt ? prompt.textContent.trim() : '',
      empty: code ? code.textContent.trim() === '' : false,
    };
  });
  // Widget views are the outputs that carry no data-mime-type: every other renderer sets one.
  const views = [...notebook.querySelectorAll('.jp-OutputArea-output:not([data-mime-type])')];
  return {
    cells,
    views: views.length,
    rendered: views.filter(v => v.querySelector('.jupyter-widgets, .widget-box, .widget-inline-hbox')).length,
    failed: views.filter(v => v.textContent.includes('Error displaying widget')).length,
  };
}
"""


@dataclass
class RunState:
    """What the page shows after a run: execution counts and widget outputs."""

    prompts: list[str]
    views: int
    rendered: int
    failed: int

    @property
    def all_executed(self) -> bool:
        return all(re.fullmatch(r"\[\d+\]:?", p) for p in self.prompts)

    @property
    def none_executed(self) -> bool:
        return all(re.fullmatch(r"\[ ?\]:?", p) for p in self.prompts)


class NotebookPage:
    """One notebook open in a browser page, in JupyterLab (``ui="lab"``) or Notebook 7 (``ui="notebook"``)."""

    def __init__(self, page, server: LabServer, path: str, ui: str = "lab"):
        self.page = page
        self.server = server
        self.path = path
        self.ui = ui

    # opening and running

    def url(self) -> str:
        if self.ui == "notebook":
            return f"{self.server.url}/notebooks/{self.path}?token={self.server.token}"
        # A workspace of its own, so the page never reopens what an earlier test left open.
        workspace = re.sub(r"[^A-Za-z0-9]+", "-", self.path).strip("-")
        return f"{self.server.url}/lab/workspaces/{workspace}/tree/{self.path}?token={self.server.token}"

    def open(self, timeout: float = 60) -> None:
        """Open the notebook and wait until its cells are on the page."""
        self.page.goto(self.url(), wait_until="domcontentloaded", timeout=timeout * 1000)
        self.page.locator(".jp-NotebookPanel .jp-Notebook .jp-Cell").first.wait_for(
            state="attached", timeout=timeout * 1000
        )

    def wait_for_kernel(self, timeout: float = 60) -> None:
        """Wait for the kernel through the REST API (the status indicator says idle too early)."""
        try:
            self.server.wait_for_kernel(self.path, timeout)
        except TimeoutError as exc:
            dialogs = self.dialogs()
            if dialogs:
                raise AssertionError(f"{self.path}: no kernel, and a dialog is open: {dialogs}") from exc
            raise

    def dialogs(self) -> list[str]:
        """The text of every dialog on the page (a kernel picker, an error...)."""
        return [t.strip() for t in self.page.locator(".jp-Dialog").all_inner_texts()]

    def notices(self) -> list[str]:
        """The text of every notification toast (e.g. a "Jupyter news" notice)."""
        return [t.strip() for t in self.page.locator(".Toastify__toast").all_inner_texts()]

    def menu(self, menu: str, item: str) -> None:
        """Choose ``menu > item`` in the menu bar, like a user would."""
        self.page.locator(".lm-MenuBar-item", has_text=re.compile(rf"^{re.escape(menu)}$")).first.click()
        self.page.locator(".lm-Menu-item:visible", has=self.page.locator(
            ".lm-Menu-itemLabel", has_text=re.compile(rf"^{re.escape(item)}$"))).first.click()

    def run_all(self) -> None:
        """Run > Run All Cells."""
        self.menu("Run", "Run All Cells")

    def run_all_with_keyboard(self) -> None:
        """Run All Cells from the command palette (Ctrl+Shift+C), typing only."""
        keyboard = self.page.keyboard
        keyboard.press("Control+Shift+C")
        palette = self.page.locator(".lm-CommandPalette-input")
        palette.wait_for(state="visible")
        keyboard.type("Run All Cells")
        self.page.locator(".lm-CommandPalette-item.lm-mod-active", has_text="Run All Cells").wait_for()
        keyboard.press("Enter")

    def active_cell(self) -> int:
        return self.page.evaluate(
            "() => [...document.querySelectorAll('.jp-Notebook .jp-Cell')]"
            ".findIndex(c => c.classList.contains('jp-mod-active'))"
        )

    def go_to_cell_with_keyboard(self, target, limit: int = 200) -> None:
        """In command mode, move the active cell with the arrow keys to the cell holding ``target``
        (a locator); pressing Tab then moves the focus into that cell's outputs."""
        keyboard = self.page.keyboard
        keyboard.press("Escape")
        for _ in range(limit):
            if self.active_cell() <= 0:
                break
            keyboard.press("ArrowUp")
        for _ in range(limit):
            if target.evaluate("e => !!e.closest('.jp-Cell.jp-mod-active')"):
                return
            keyboard.press("ArrowDown")
        raise AssertionError("the arrow keys never reached the cell of the question")

    def active_cell_locator(self):
        return self.page.locator(".jp-Notebook .jp-Cell.jp-mod-active")

    def tab_to(self, scope, matches, what: str, limit: int = 40) -> dict:
        """Press Tab until the focus is on an element inside ``scope`` for which ``matches(focus)``
        is true (see :meth:`focused_in`); returns that focus."""
        for _ in range(limit):
            self.page.keyboard.press("Tab")
            focus = self.focused_in(scope)
            if focus and matches(focus):
                return focus
        raise AssertionError(f"{self.path}: {limit} presses of Tab never reached {what}")

    def focused_in(self, box) -> dict | None:
        """What has the keyboard focus, when it is inside ``box``: tag, type, a rough name (its
        aria-label, its label, or its text) and classes; None when the focus is elsewhere."""
        return box.evaluate(
            """box => {
                 const e = document.activeElement;
                 if (!e || !box.contains(e)) return null;
                 const label = (e.id && document.querySelector(`label[for="${CSS.escape(e.id)}"]`))
                               || e.closest('label');
                 const name = e.getAttribute('aria-label')
                              || (label ? label.textContent : e.textContent) || '';
                 return {tag: e.tagName.toLowerCase(), type: e.type || '', name: name.trim(),
                         cls: String(e.className || '')};
               }"""
        )

    def restart_and_clear(self, timeout: float = 60) -> None:
        """Kernel > Restart Kernel and Clear Outputs of All Cells..., confirmed; waits for the new kernel."""
        self.menu("Kernel", "Restart Kernel and Clear Outputs of All Cells…")
        self.page.locator(".jp-Dialog .jp-mod-accept").click()
        deadline = time.monotonic() + timeout
        while not self.state().none_executed:
            if time.monotonic() > deadline:
                raise TimeoutError(f"{self.path}: outputs not cleared after restarting the kernel")
            time.sleep(0.1)
        self.wait_for_kernel(timeout)

    def state(self) -> RunState:
        raw = self.page.locator("body").evaluate(_CELLS_JS)
        if raw is None:
            return RunState([], 0, 0, 0)
        prompts = [c["prompt"] for c in raw["cells"] if not c["empty"]]
        return RunState(prompts, raw["views"], raw["rendered"], raw["failed"])

    def wait_until_run(self, timeout: float = 120) -> RunState:
        """Wait until every code cell has an execution count, the kernel is idle and every widget
        output has rendered (or failed to). Returns the final state.

        Also sets ``executed_at`` (every cell numbered and the kernel idle) and ``ready_at`` (and
        every widget drawn): ``time.perf_counter()`` when each was first seen, for the benchmark.
        """
        deadline = time.monotonic() + timeout
        state = self.state()
        self.executed_at = self.ready_at = None
        while time.monotonic() < deadline:
            state = self.state()
            if state.all_executed and self.server.kernel_state(self.path) == "idle":
                self.executed_at = self.executed_at or time.perf_counter()
                if state.rendered + state.failed >= state.views:
                    self.ready_at = self.ready_at or time.perf_counter()
                    # Outputs can still arrive just after the idle message: look again shortly.
                    time.sleep(0.2)
                    if self.state() == state:
                        return state
                    self.ready_at = None
                    continue
            else:
                self.executed_at = self.ready_at = None
            time.sleep(0.05)
        raise TimeoutError(
            f"{self.path}: not every cell ran within {timeout:.0f} s (prompts {state.prompts}, "
            f"{state.rendered} of {state.views} widgets rendered, {state.failed} failed; "
            f"kernel {self.server.kernel_state(self.path)})"
        )

    # checking

    def errors(self) -> list[str]:
        """Tracebacks, error outputs and widgets that failed to display."""
        found = []
        stderr = self.page.locator('.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]')
        for text in stderr.all_text_contents():
            if "Traceback" in text or re.search(r"\b\w*(Error|Exception)\b", text):
                found.append(text.strip()[:2000])
        for text in self.page.locator('[data-mime-type="application/vnd.jupyter.error"]').all_text_contents():
            found.append(text.strip()[:2000])
        for text in self.page.locator(".jp-OutputArea-output").all_text_contents():
            if "Error displaying widget" in text:
                found.append(text.strip()[:500])
        return found

    def quizzes(self):
        return self.page.locator(QUIZ)

    def widget_views(self):
        """Every widget output of the notebook (they carry no data-mime-type)."""
        return self.page.locator(".jp-Notebook .jp-OutputArea-output:not([data-mime-type])")

    def screenshot(self, name: str, show=None) -> Path:
        """Save artifacts/screenshots/<name>.png, scrolled so that ``show`` (a locator) is in view."""
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        if show is not None:
            show.scroll_into_view_if_needed()
        path = SCREENSHOTS / f"{name}.png"
        self.page.screenshot(path=str(path))
        return path


class Question:
    """One quiz question on the page: its options, its Check button, its feedback.

    The conventions shared with ``toolkit.quiz``: the question's outer box has the class
    ``medialit-quiz``, the options are radio buttons, checkboxes or toggle buttons, the button
    that grades is named "Check", and the feedback is an HTML widget with class ``medialit-feedback``.
    """

    def __init__(self, box):
        self.box = box

    @classmethod
    def first_gradable(cls, page) -> "Question | None":
        """The first question on the page with options to click and a Check button (None if none)."""
        boxes = page.locator(QUIZ)
        for i in range(boxes.count()):
            question = cls(boxes.nth(i))
            if question.check_button().count() == 1 and question.options().count() >= 2:
                return question
        return None

    def options(self):
        """The answer options: radio buttons, else checkboxes, else toggle buttons."""
        for role in ("radio", "checkbox"):
            found = self.box.get_by_role(role)
            if found.count():
                return found
        return self.box.locator(".widget-toggle-button")

    def check_button(self):
        return self.box.get_by_role("button", name="Check", exact=True)

    def feedback(self):
        return self.box.locator(FEEDBACK).first

    def feedback_text(self) -> str:
        return self.feedback().inner_text().strip()

    def selected(self) -> list[int]:
        """Indexes of the options that are selected now."""
        options = self.options()
        chosen = []
        for i in range(options.count()):
            option = options.nth(i)
            if option.get_attribute("type") in ("radio", "checkbox"):
                on = option.is_checked()
            else:
                on = "mod-active" in (option.get_attribute("class") or "")
            if on:
                chosen.append(i)
        return chosen

    def answer_first_option(self, timeout: float = 15) -> str:
        """Click the first option and Check; returns the feedback once it appears."""
        self.options().first.click()
        self.check_button().click()
        return self.wait_for_feedback(timeout)

    def wait_for_feedback(self, timeout: float = 15) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            text = self.feedback_text()
            if text:
                return text
            time.sleep(0.1)
        raise TimeoutError("no feedback appeared after Check")


STUDENT = "Browser Test"


def sign_in(page, name: str = STUDENT, timeout: float = 15) -> bool:
    """Type a student name where the quiz asks for one, and press Start (False: nobody asked)."""
    box = page.get_by_role("textbox", name="Your name")
    if not box.count():
        return False
    box.first.fill(name)
    page.get_by_role("button", name="Start", exact=True).first.click()
    page.get_by_text(f"Answering as {name}").first.wait_for(timeout=timeout * 1000)
    return True


def sign_in_with_enter(page, name: str = STUDENT, again: float = 0.1, timeout: float = 15) -> None:
    """Type a name in the name box and press Enter (no Start), then Enter again after ``again``
    seconds (a double press, or a key held), and once more when the kernel's focus move has put
    the focus on "Not you?" (ipywidgets 8): the student is signed in, and stays signed in."""
    from toolkit.quiz.controls import IPYWIDGETS_7
    from toolkit.quiz.settle import NOT_YOU_CLASS

    page.get_by_role("textbox", name="Your name").first.click()
    page.keyboard.type(name)
    page.keyboard.press("Enter")
    time.sleep(again)
    page.keyboard.press("Enter")
    signed_in = page.get_by_text(f"Answering as {name}")
    signed_in.first.wait_for(timeout=timeout * 1000)
    page.get_by_text(f"Hello, {name}: your answers are saved as you go.").first.wait_for()
    if IPYWIDGETS_7:  # (no focus() in ipywidgets 7: the focus stays on the page)
        return
    on_not_you = f"() => !!document.activeElement.closest('.{NOT_YOU_CLASS}')"
    deadline = time.monotonic() + 10
    while not page.evaluate(on_not_you) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert page.evaluate(on_not_you), "after Enter in the name box the focus did not go to 'Not you?'"
    assert page.evaluate("() => window.__medialitSettle.kept") == 0
    page.keyboard.press("Enter")  # within 2 s of the focus landing there: not "Not you?"
    time.sleep(1)
    assert signed_in.count() >= 1, "a second Enter after Enter in the name box signed out"
    assert page.get_by_role("textbox", name="Your name").count() == 0, "a second Enter signed out"


# --- what a notebook should show --------------------------------------------------------------

def code_of(notebook: Path) -> str:
    """All the code of a notebook, joined."""
    cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
    return "\n".join(
        "".join(c["source"]) if isinstance(c["source"], list) else c["source"]
        for c in cells if c["cell_type"] == "code"
    )


def expects_widgets(notebook: Path) -> bool:
    """Whether the notebook's code builds widgets (ipywidgets directly, or a quiz)."""
    return bool(re.search(r"ipywidgets|\bquiz\b", code_of(notebook)))


def expects_quiz(notebook: Path) -> bool:
    """Whether the notebook's code shows quiz questions (toolkit.quiz, or the fixture's own)."""
    return bool(re.search(r"\bquiz\b|medialit-quiz|make_question", code_of(notebook)))


CONTROL_ROLES = (
    "button", "checkbox", "combobox", "listbox", "option", "radio", "slider", "spinbutton",
    "switch", "textbox", "searchbox", "menuitem", "tab",
)


def unnamed_controls(aria_snapshot: str) -> list[str]:
    """The lines of a Playwright ARIA snapshot that show a control without an accessible name.

    >>> unnamed_controls('- radio "Yes"\\n- textbox\\n- button "Check"\\n- text: Hi')
    ['- textbox']
    >>> unnamed_controls('- radio "Say \\\\"no\\\\"" [checked]\\n- button ""\\n- checkbox " "')
    ['- button ""', '- checkbox " "']
    """
    pattern = re.compile(r"^\s*- (%s)\b(.*)$" % "|".join(CONTROL_ROLES))
    bad = []
    for line in aria_snapshot.splitlines():
        match = pattern.match(line)
        if match and not re.match(r'\s*"(?!\s*")', match.group(2)):
            bad.append(line.strip())
    return bad
