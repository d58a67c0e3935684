"""The seed articles' charts, drawn when the package is made, so a lesson shows them at once.

Lessons 2, 4 and 5 each draw one chart of the two seed articles. Drawing it is most of what those
lessons cost after Run All: importing matplotlib (about 0.5 s on a 2-core machine) and drawing the
figure (about 0.5 s) (issue 19). The chart is always the same for the same articles, the same
chart code and the same matplotlib, so ``data/seed_charts.json`` keeps each one's HTML under a key
made of exactly those: the kind of chart, the numbers it is drawn from and the articles' texts,
the source of the chart code, and matplotlib's version. Any other article, any change to that
code or another matplotlib gives another key, and the chart is drawn as before.

``scripts/make_seed_charts.py`` writes the file; ``tests/test_seed_charts.py`` checks that each
kept chart is byte for byte the one drawn now, and that the lessons' charts are found in it.

Set ``MEDIALIT_DRAW_CHARTS=1`` to always draw.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from functools import lru_cache
from pathlib import Path

from .datafiles import shipped
from .render.html import HTML

FILE = shipped("seed_charts.json")
"""Where the drawn charts are kept: {"matplotlib": version, "charts": {key: the chart's HTML}}."""

CODE = ("charts.py", "palette.py", "evidence.py", "wording.py", "render/html.py", "seedcharts.py")
"""The toolkit files whose source is part of every key: the chart code and what it calls."""

_recorded: dict[str, str] | None = None


@lru_cache(maxsize=1)
def _code_digest() -> str:
    h = hashlib.sha256()
    root = Path(__file__).parent
    for name in CODE:
        try:
            h.update((root / name).read_bytes())
        except OSError:
            h.update(b"missing " + name.encode())
    return h.hexdigest()


@lru_cache(maxsize=1)
def _matplotlib_version() -> str | None:
    try:
        from importlib.metadata import version

        return version("matplotlib")
    except Exception:  # not installed, or no metadata (then draw, which says why)
        return None


def chart_key(kind: str, data) -> str:
    """The key of one chart: its kind, what it is drawn from, the chart code and matplotlib.

    >>> chart_key("density", {"x": 1}) == chart_key("density", {"x": 1})
    True
    >>> chart_key("density", {"x": 1}) == chart_key("density", {"x": 2})
    False
    """
    h = hashlib.sha256()
    for part in (kind, json.dumps(data, sort_keys=True, default=str), _code_digest(),
                 str(_matplotlib_version())):
        h.update(part.encode("utf-8"))
        h.update(b"\0")
    return h.hexdigest()


@lru_cache(maxsize=1)
def _kept() -> dict[str, str]:
    try:
        charts = json.loads(FILE.read_text(encoding="utf-8")).get("charts")
    except (OSError, ValueError, AttributeError):
        return {}
    return charts if isinstance(charts, dict) else {}


def kept_file(charts: dict[str, str]) -> str:
    """The file's text for these charts: the matplotlib version they were drawn with, and them.

    >>> json.loads(kept_file({"k": "<p>chart</p>"}))["charts"]
    {'k': '<p>chart</p>'}
    """
    return json.dumps({"matplotlib": _matplotlib_version(), "charts": charts}, indent=0,
                      sort_keys=True) + "\n"


def _own_style() -> bool:
    """Whether matplotlib may not draw with its defaults here: it is already imported (a style may
    have been set), or a matplotlibrc file is there to read. Then the chart is drawn."""
    if "matplotlib" in sys.modules or os.environ.get("MATPLOTLIBRC"):
        return True
    config = os.environ.get("MPLCONFIGDIR") or os.path.join(
        os.environ.get("XDG_CONFIG_HOME") or os.path.expanduser("~/.config"), "matplotlib")
    return any(os.path.exists(p) for p in ("matplotlibrc", os.path.join(config, "matplotlibrc")))


def seed_chart(kind: str, data, draw) -> HTML:
    """The chart's HTML from the kept file when its key is there, else ``draw()`` (an HTML).

    >>> seed_chart("density", {"an article": "not kept"}, lambda: HTML("<p>drawn</p>"))
    '<p>drawn</p>'
    """
    key = chart_key(kind, data)
    if _recorded is not None:
        html = draw()
        _recorded[key] = str(html)
        return html
    if os.environ.get("MEDIALIT_DRAW_CHARTS") or _matplotlib_version() is None or _own_style():
        return draw()
    html = _kept().get(key)
    return HTML(html) if html is not None else draw()


def record(calls) -> dict[str, str]:
    """Draw every chart made while running ``calls()`` and return them by key (for the script
    that writes the file, and for the test that checks it).

    >>> list(record(lambda: seed_chart("x", {"a": 1}, lambda: HTML("<p>drawn</p>"))).values())
    ['<p>drawn</p>']
    """
    global _recorded
    _recorded = {}
    try:
        calls()
        return dict(_recorded)
    finally:
        _recorded = None


def lesson_charts() -> None:
    """The seed charts the lessons show, made as the lessons make them (3 of them).

    >>> len(record(lesson_charts))
    3
    """
    from .lesson import density_chart, flow_chart, load_compare_key, readability_chart, seed_analysis

    npr, rewrite = seed_analysis("npr"), seed_analysis("rewrite")
    density_chart(npr, seed_analysis("rewrite"))                   # lesson 2
    flow_chart(load_compare_key("compare-seeds", npr, rewrite))    # lesson 4
    readability_chart(npr, rewrite)                                # lesson 5
