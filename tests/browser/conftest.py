"""Fixtures for the browser tests: one JupyterLab server and one Chromium for the whole session."""

from __future__ import annotations

import os

import pytest

import labdriver


def require_browser() -> None:
    """Skip when Chromium or Playwright is missing, with how to install it; fail instead under CI."""
    reason = labdriver.why_browser_unavailable()
    if reason is None:
        return
    if os.environ.get("CI"):
        pytest.fail(f"CI is set, so the browser tests must run, but {reason}", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="session")
def lab(tmp_path_factory):
    """A JupyterLab server on 127.0.0.1 with its own config, settings, progress folder and notebooks."""
    require_browser()
    server = labdriver.start_lab(tmp_path_factory.mktemp("jupyterlab"))
    yield server
    server.stop()


@pytest.fixture(scope="session")
def chromium():
    """Headless Debian Chromium driven by Playwright, with a fresh empty profile."""
    require_browser()
    from playwright.sync_api import sync_playwright

    playwright = sync_playwright().start()
    try:
        browser = labdriver.launch_chromium(playwright)
    except Exception:
        playwright.stop()
        raise
    yield browser
    browser.close()
    playwright.stop()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """Remember each phase's outcome on the test item, so the page fixture knows about failures."""
    outcome = yield
    report = outcome.get_result()
    setattr(item, f"report_{report.when}", report)


@pytest.fixture
def page(request, lab, chromium):
    """A new browser page (own cookies and storage) with no saved answers and no running kernels.

    On failure a screenshot goes to artifacts/screenshots/<test>-failure.png.
    """
    lab.clear_progress()
    name = "".join(c if c.isalnum() or c in "-_" else "-" for c in request.node.name)
    failure_shot = labdriver.SCREENSHOTS / f"{name}-failure.png"
    failure_shot.unlink(missing_ok=True)  # never leave an old run's failure picture behind
    context = chromium.new_context(viewport={"width": 1280, "height": 900})
    context.set_default_timeout(30_000)
    browser_page = context.new_page()
    yield browser_page
    report = getattr(request.node, "report_call", None)
    if report is not None and report.failed:
        labdriver.SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        try:
            browser_page.screenshot(path=str(failure_shot))
        except Exception:  # noqa: BLE001 - a failed screenshot must not hide the real failure
            pass
    context.close()
    lab.shutdown_kernels()


def pytest_terminal_summary(terminalreporter):
    """Print what the browser-site tests measured (time to first quiz, size, what was not covered)."""
    import sys

    lines = [line for name, module in list(sys.modules.items()) if name.endswith("test_lite_site")
             for line in getattr(module, "REPORT", [])]
    if lines:
        terminalreporter.section("browser site (JupyterLite)")
        for line in lines:
            terminalreporter.write_line(line)
    lines = [line for name, module in list(sys.modules.items()) if name.endswith("test_every_quiz")
             for line in getattr(module, "REPORT", [])]
    if lines:
        terminalreporter.section("accessibility audit and every quiz answered")
        for line in lines:
            terminalreporter.write_line(line)
