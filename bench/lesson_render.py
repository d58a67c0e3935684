"""How long a student waits: seconds from opening each lesson to every widget drawn after Run All.

Opens each lesson in JupyterLab in headless Chromium (the same server and browser helpers as the
browser tests, tests/browser/labdriver.py), waits for the kernel through the REST API, chooses
Run > Run All Cells and stops the clock when every cell has run and every widget has rendered.
Each lesson gets a fresh browser context (nothing cached from the one before) and a new kernel.

    .venv/bin/python bench/lesson_render.py              # every lesson, once
    .venv/bin/python bench/lesson_render.py --repeat 3   # median of three openings
    .venv/bin/python bench/lesson_render.py lessons/01-*.ipynb

Target: under 5 s per lesson on a 2-core machine. When lessons/ has no notebook yet, the widgets
fixture of the browser tests is measured instead. Prints figures; exits 1 only when it cannot run.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "browser"))

import labdriver  # noqa: E402

TARGET_SECONDS = 5.0


def measure(browser, server, notebook: Path) -> dict[str, float]:
    """Open one notebook in a new context and time it; returns seconds since opening per stage."""
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
        nb.run_all()
        state = nb.wait_until_run(timeout=180)
        # wait_until_run looks once more after a short pause to be sure nothing changes:
        # that pause is the helper's, not the lesson's, so it is not counted.
        done = time.perf_counter() - start - 0.2
        errors = nb.errors()
        return {
            "page": opened, "kernel": kernel, "rendered": done,
            "widgets": state.views, "failed": state.failed + len(errors),
        }
    finally:
        context.close()
        server.shutdown_kernels()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("notebooks", nargs="*", type=Path, help="default: every lessons/*.ipynb")
    parser.add_argument("--repeat", type=int, default=1, help="openings per lesson (median reported)")
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
                # One throw-away opening, so that the first lesson does not pay for the
                # server's first page build and Chromium's start alone.
                measure(browser, server, labdriver.FIXTURE)
                print(f"\nSeconds from opening the notebook (median of {args.repeat}; target "
                      f"< {TARGET_SECONDS:.0f} s for 'all widgets'):")
                print(f"{'lesson':40} {'page':>6} {'kernel':>7} {'all widgets':>12} {'widgets':>8}  runs")
                slow = 0
                for notebook in notebooks:
                    runs = [measure(browser, server, notebook) for _ in range(args.repeat)]
                    med = {k: statistics.median(r[k] for r in runs) for k in ("page", "kernel", "rendered")}
                    flag = ""
                    if med["rendered"] >= TARGET_SECONDS:
                        flag, slow = "  SLOW", slow + 1
                    if any(r["failed"] for r in runs):
                        flag += "  ERRORS ON PAGE"
                    each = " ".join(f"{r['rendered']:.2f}" for r in runs)
                    print(f"{notebook.name:40} {med['page']:6.2f} {med['kernel']:7.2f} "
                          f"{med['rendered']:12.2f} {runs[0]['widgets']:8d}  {each}{flag}")
                browser.close()
        finally:
            server.stop()
    print(f"\n{len(notebooks) - slow} of {len(notebooks)} under {TARGET_SECONDS:.0f} s. "
          "'page': cells on screen; 'kernel': kernel idle (REST API); 'all widgets': every cell run "
          "and every widget drawn.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
