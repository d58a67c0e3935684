"""How long a student waits: seconds from opening each lesson to every widget drawn after Run All.

Opens each lesson in JupyterLab in headless Chromium (the same server and browser helpers as the
browser tests, tests/browser/labdriver.py), waits for the kernel through the REST API, chooses
Run > Run All Cells and stops the clock when every cell has run and every widget has rendered.
Each lesson gets a fresh browser context (nothing cached from the one before) and a new kernel.

Two columns matter: "whole" (opening the notebook to every widget drawn: JupyterLab's page and
kernel start plus the lesson) and "lesson" (the lesson's own part: from choosing Run All to every
widget drawn: its imports, analysis and widgets).

    .venv/bin/python bench/lesson_render.py              # every lesson, once
    .venv/bin/python bench/lesson_render.py --repeat 3   # median of three openings
    .venv/bin/python bench/lesson_render.py lessons/01-*.ipynb

Targets on a 2-core machine: the lesson's own part under 1.5 s, the whole under 8 s. When lessons/ has no notebook yet, the widgets
fixture of the browser tests is measured instead. Prints figures; exits 1 only when it cannot run.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "browser"))

import labdriver  # noqa: E402

TARGET_WHOLE = 8.0
TARGET_LESSON = 1.5


def load() -> str:
    """The 1-minute load average (other work on the machine slows every figure)."""
    try:
        return f"{os.getloadavg()[0]:.1f}"
    except OSError:
        return "unknown"


def measure(browser, server, notebook: Path, context=None) -> dict[str, float]:
    """Open one notebook and time it; returns seconds since opening for each stage.

    A new browser context (cold HTTP cache, as a student's first lesson) unless one is given.
    """
    own = context is None
    if own:
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        context.set_default_timeout(60_000)
    page = context.new_page()
    try:
        nb = labdriver.NotebookPage(page, server, server.copy_notebook(notebook))
        start = time.perf_counter()
        nb.open()
        opened = time.perf_counter() - start
        nb.wait_for_kernel()
        kernel = time.perf_counter() - start
        run = time.perf_counter() - start
        nb.run_all()
        state = nb.wait_until_run(timeout=180)
        return {
            "page": opened, "kernel": kernel,
            "executed": nb.executed_at - start, "rendered": nb.ready_at - start,
            "lesson": nb.ready_at - start - run,
            "widgets": state.views, "failed": state.failed + len(nb.errors()),
        }
    finally:
        page.close()
        if own:
            context.close()
        server.shutdown_kernels()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("notebooks", nargs="*", type=Path, help="default: every lessons/*.ipynb")
    parser.add_argument("--repeat", type=int, default=1, help="openings per lesson (median reported)")
    parser.add_argument("--warm", action="store_true",
                        help="keep one browser context (warm HTTP cache, like a second lesson "
                             "opened in the same browser) instead of a new one per opening")
    args = parser.parse_args(argv)

    notebooks = args.notebooks or sorted(labdriver.LESSONS_DIR.glob("*.ipynb"))
    if not notebooks:
        print("lessons/ has no notebook yet: measuring the browser tests' widgets fixture instead.")
        notebooks = [labdriver.FIXTURE]
    reason = labdriver.why_browser_unavailable()
    if reason:
        print(f"Cannot run the benchmark: {reason}", file=sys.stderr)
        return 1

    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory(prefix="medialit-bench-") as base:
        started = time.perf_counter()
        server = labdriver.start_lab(Path(base))
        print(f"JupyterLab ready in {time.perf_counter() - started:.1f} s at {server.url}")
        try:
            with sync_playwright() as playwright:
                browser = labdriver.launch_chromium(playwright)
                shared = None
                if args.warm:
                    shared = browser.new_context(viewport={"width": 1280, "height": 900})
                    shared.set_default_timeout(60_000)
                # One throw-away opening, so that the first lesson does not pay alone for the
                # server's first page build and Chromium's start.
                measure(browser, server, labdriver.FIXTURE, shared)
                cache = "warm (one context)" if args.warm else "cold (new context each time)"
                print(f"\nSeconds from opening the notebook; median of {args.repeat}; browser "
                      f"cache {cache}; load average before: {load()}")
                print(f"{'lesson':34} {'page':>6} {'kernel':>7} {'cells ran':>10} "
                      f"{'WHOLE':>7} {'LESSON':>7} {'widgets':>8}  each run (whole/lesson)")
                slow = 0
                for notebook in notebooks:
                    runs = [measure(browser, server, notebook, shared) for _ in range(args.repeat)]
                    med = {k: statistics.median(r[k] for r in runs)
                           for k in ("page", "kernel", "executed", "rendered", "lesson")}
                    flag = ""
                    if med["rendered"] >= TARGET_WHOLE or med["lesson"] >= TARGET_LESSON:
                        flag, slow = "  SLOW", slow + 1
                    if any(r["failed"] for r in runs):
                        flag += "  ERRORS ON PAGE"
                    each = " ".join(f"{r['rendered']:.2f}/{r['lesson']:.2f}" for r in runs)
                    print(f"{notebook.name:34} {med['page']:6.2f} {med['kernel']:7.2f} "
                          f"{med['executed']:10.2f} {med['rendered']:7.2f} {med['lesson']:7.2f} "
                          f"{runs[0]['widgets']:8d}  {each}  load {load()}{flag}")
                browser.close()
        finally:
            server.stop()
    print(f"\n{len(notebooks) - slow} of {len(notebooks)} within both targets (whole < "
          f"{TARGET_WHOLE:.0f} s, lesson < {TARGET_LESSON} s). Load average after: {load()} "
          f"({os.cpu_count()} CPUs).\n"
          "page: the notebook's cells on screen; kernel: its kernel idle (REST API); cells ran: "
          "every cell numbered after Run All; WHOLE: and every widget drawn (all from opening); "
          "LESSON: from choosing Run All to every widget drawn.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
