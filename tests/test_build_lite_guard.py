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


def test_guard_fetches_nothing(build_lite):
    script = build_lite.FIRST_VISIT_GUARD
    for network in ("fetch(", "XMLHttpRequest", "import(", "src=", "http", "WebSocket", "sendBeacon"):
        assert network not in script, network


# The guard run in Node with a stand-in page: a service worker that takes control when told to,
# a Worker constructor, sessionStorage and location.reload. Each line printed is one visit's story.
NODE_PAGE = r"""
const vm = require("vm");
const [script, casesText] = process.argv.slice(-2);
function visit(store, opts) {
  const listeners = [];
  let reloads = 0;
  class NativeWorker { constructor(url) { this.url = url; } }
  const sw = opts.noWorkerSupport ? undefined : {
    controller: opts.controlled ? {} : null,
    addEventListener: (name, f) => { if (name === "controllerchange") listeners.push(f); },
  };
  const page = {
    navigator: { serviceWorker: sw },
    sessionStorage: opts.brokenStorage ? { getItem() { throw new Error("no"); },
                                           setItem() { throw new Error("no"); } } : {
      getItem: k => (k in store ? store[k] : null), setItem: (k, v) => { store[k] = String(v); } },
    location: { reload: () => { reloads += 1; } },
    Worker: NativeWorker,
  };
  page.window = page;
  vm.runInNewContext(script, page);
  let workerOk = true;
  if (opts.workerFirst) {
    const w = new page.Worker("kernel.js");
    workerOk = w instanceof NativeWorker && w instanceof page.Worker && w.url === "kernel.js";
  }
  if (sw && !sw.controller) { sw.controller = {}; listeners.forEach(f => f()); }
  if (opts.workerAfter) { new page.Worker("kernel.js"); }
  return { reloads, flag: store["medialit-first-visit"] || null, workerOk,
           restored: page.Worker === NativeWorker };
}
const cases = JSON.parse(casesText);
const out = {};
for (const [name, steps] of Object.entries(cases)) {
  const store = {};
  out[name] = steps.map(opts => visit(store, opts));
}
console.log(JSON.stringify(out));
"""


def run_guard(build_lite, cases: dict) -> dict:
    import json
    import shutil
    import subprocess

    node = shutil.which("node") or shutil.which("nodejs")
    if node is None:
        pytest.skip("Node.js is not installed (bash scripts/test.sh installs it with npm)")
    script = re.search(r"<script[^>]*>(.*)</script>", build_lite.FIRST_VISIT_GUARD, re.S).group(1)
    done = subprocess.run([node, "-e", NODE_PAGE, "--", script, json.dumps(cases)],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_guard_reloads_once_only_when_the_kernel_started_first(build_lite):
    got = run_guard(build_lite, {
        # first visit, kernel's Worker made before the service worker took control: one reload,
        # and the page it loads (now controlled) marks the guard done
        "kernel first": [{"workerFirst": True}, {"controlled": True}],
        # first visit, kernel started after control: nothing to do
        "kernel after": [{"workerAfter": True}],
        # a later visit in the same tab, already controlled: nothing to do
        "controlled": [{"controlled": True, "workerFirst": True}],
        # the worker lost control again (a hard reload) after the guard ran once: no second reload
        "hard reload": [{"workerFirst": True}, {"controlled": True}, {"workerFirst": True}],
        # no service workers or no storage: leave the page alone
        "no worker support": [{"noWorkerSupport": True, "workerFirst": True}],
        "no storage": [{"brokenStorage": True, "workerFirst": True}],
    })
    first, second = got["kernel first"]
    assert (first["reloads"], first["flag"], first["workerOk"], first["restored"]) == (1, "pending", True, True)
    assert (second["reloads"], second["flag"]) == (0, "done")
    assert got["kernel after"] == [{"reloads": 0, "flag": None, "workerOk": True, "restored": True}]
    assert got["controlled"][0]["reloads"] == 0 and got["controlled"][0]["flag"] is None
    assert [v["reloads"] for v in got["hard reload"]] == [1, 0, 0]
    assert got["no worker support"][0]["reloads"] == 0
    assert got["no storage"][0]["reloads"] == 0


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
