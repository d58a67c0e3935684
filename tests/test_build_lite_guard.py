"""The browser site's first-visit guard (scripts/build_lite.py): put first in each app page, once,
and it fetches nothing. Its behaviour in a real browser is tested in
tests/browser/test_lite_site.py (a first visit whose kernel starts before the service worker)."""

from __future__ import annotations

import doctest
import importlib.util
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def build_lite():
    spec = importlib.util.spec_from_file_location("build_lite", ROOT / "scripts" / "build_lite.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


PAGE = """<!DOCTYPE html>
<html>
<head>
    <title>JupyterLite</title>
    <link id="jupyter-lite-main" rel="preload" href="../build/lab/bundle.js" main="index" as="script">
    <script id="jupyter-config-data" type="application/json" data-jupyter-lite-root="..">{}</script>
    <script>(async function () { await import('../config-utils.js'); }.call(this));</script>
</head><body></body></html>"""


def test_guard_comes_first_in_the_head_once(build_lite):
    out = build_lite.add_first_visit_guard(PAGE)
    head = out[out.index("<head>") + len("<head>"):]
    assert head.lstrip().startswith('<script id="medialit-first-visit">')
    assert out.index("medialit-first-visit") < out.index("config-utils.js")
    assert build_lite.add_first_visit_guard(out) == out
    assert out.replace("\n" + build_lite.FIRST_VISIT_GUARD, "") == PAGE


def test_pages_without_the_app_are_left_alone(build_lite):
    plain = "<html><head><title>Files</title></head><body></body></html>"
    assert build_lite.add_first_visit_guard(plain) == plain
    with pytest.raises(ValueError):
        build_lite.add_first_visit_guard("<html>import('../config-utils.js')</html>")


def test_guard_fetches_nothing_and_reloads_only_once_per_tab(build_lite):
    script = build_lite.FIRST_VISIT_GUARD
    for network in ("fetch(", "XMLHttpRequest", "import(", "src=", "http", "WebSocket", "sendBeacon"):
        assert network not in script, network
    assert script.count("location.reload()") == 1
    assert "sessionStorage" in script and "if (!early) return;" in script


def test_examples(build_lite):
    finder = doctest.DocTestFinder()
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    for test in finder.find(build_lite.add_first_visit_guard, "add_first_visit_guard",
                            globs={"add_first_visit_guard": build_lite.add_first_visit_guard}):
        runner.run(test)
    assert runner.failures == 0 and runner.tries >= 3


def test_built_site_has_the_guard_in_every_app_page():
    site = ROOT / "build" / "lite"
    if not (site / "jupyter-lite.json").is_file():
        pytest.skip("no browser site built here (bash scripts/build-lite.sh)")
    pages = [p for p in site.glob("*/index.html") if "config-utils.js" in p.read_text(encoding="utf-8")]
    assert {p.parent.name for p in pages} >= {"lab", "notebooks"}
    for page in pages:
        assert len(re.findall(r'id="medialit-first-visit"', page.read_text(encoding="utf-8"))) == 1, page
