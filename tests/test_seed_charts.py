"""The seed charts kept in toolkit/data/seed_charts.json (issue 19, lessons' Run All): each is the
chart drawn now, byte for byte, and the lessons' charts are taken from it without importing
matplotlib. If a test here fails after a change to the charts, the seeds' labels or matplotlib,
run ``python scripts/make_seed_charts.py``."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from toolkit import seedcharts

pytest.importorskip("matplotlib")
ROOT = Path(__file__).resolve().parents[1]
KEPT = json.loads(seedcharts.FILE.read_text(encoding="utf-8"))
SAME_MATPLOTLIB = KEPT["matplotlib"] == seedcharts._matplotlib_version()


@pytest.mark.skipif(not SAME_MATPLOTLIB, reason="the kept charts were drawn with another matplotlib")
def test_each_kept_chart_is_the_chart_drawn_now():
    drawn = seedcharts.record(seedcharts.lesson_charts)
    assert len(drawn) == 3
    assert drawn == KEPT["charts"], "run python scripts/make_seed_charts.py"


LESSON_CHARTS = """
import hashlib, json, sys
from toolkit.lesson import density_chart, flow_chart, load_compare_key, readability_chart, seed_analysis
npr, rewrite = seed_analysis("npr"), seed_analysis("rewrite")
html = [str(density_chart(npr, seed_analysis("rewrite"))),
        str(flow_chart(load_compare_key("compare-seeds", npr, rewrite))),
        str(readability_chart(npr, rewrite))]
print(json.dumps({"matplotlib": "matplotlib" in sys.modules,
                  "html": [hashlib.sha256(h.encode()).hexdigest() for h in html]}))
"""


def _run(**env):
    import os

    out = subprocess.run([sys.executable, "-c", LESSON_CHARTS], capture_output=True, text=True,
                         cwd=ROOT, timeout=300, env={**os.environ, "PYTHONPATH": str(ROOT), **env})
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


@pytest.mark.skipif(not SAME_MATPLOTLIB, reason="the kept charts were drawn with another matplotlib")
def test_lessons_show_the_kept_charts_without_importing_matplotlib():
    kept = _run(MEDIALIT_DRAW_CHARTS="")
    drawn = _run(MEDIALIT_DRAW_CHARTS="1")
    assert kept["matplotlib"] is False and drawn["matplotlib"] is True
    assert kept["html"] == drawn["html"]  # what students see is the same


def test_another_article_is_drawn():
    from toolkit import analyze
    from toolkit.lesson import density_chart

    a = analyze('City Pool Opens\n\n"The pool opens Monday," Mayor Ana Ruiz said. It is lovely.')
    assert "<img" in density_chart(a)


def test_charts_are_drawn_when_matplotlib_is_already_there(monkeypatch):
    import matplotlib  # noqa: F401  (a student may have set a style)

    calls = []
    seedcharts._kept.cache_clear()
    key_data = {"any": "chart"}
    monkeypatch.setattr(seedcharts, "_kept", lambda: {seedcharts.chart_key("x", key_data): "<p>kept</p>"})
    html = seedcharts.seed_chart("x", key_data, lambda: calls.append(1) or "<p>drawn</p>")
    assert html == "<p>drawn</p>" and calls == [1]
