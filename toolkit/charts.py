"""Charts that let students see how two articles differ before they can name it.

Every chart takes one analysis (or two, drawn on the same scales), returns a matplotlib Figure,
and accepts an optional ``ax`` to draw into a figure you are composing. Colours, hatches and
markers come from :mod:`toolkit.palette`, and every chart also labels its bars or cells directly,
so nothing relies on colour alone. Each figure carries alt text computed from its data
(``fig.alt_text`` and :func:`alt_text`) and the numbers it drew (``fig.chart_data``).

matplotlib is imported only here and only when a chart is made; the charts use
``matplotlib.figure.Figure`` directly (never pyplot), so no backend is switched and no global
setting changes. In a notebook a returned Figure shows itself.

>>> from toolkit import analyze
>>> a = analyze('"We will rebuild," Mayor Ana Ruiz said. The storm hit on Monday.', readability=False)
>>> fig = plot_labels(a)
>>> fig.chart_data["labels"][0]["counts"]["attributed"]
1
>>> alt_text(fig)
'Pasted article: 50% of sentences name a source, 50% say it as fact (no source).'
"""

from __future__ import annotations

import functools
import io
import math
import re
import textwrap
from pathlib import Path
from typing import TYPE_CHECKING, Any, Sequence

from .errors import ToolkitError
from .evidence import FATE_ORDER
from .palette import COMPARE_KINDS, COMPARE_STYLES, LABEL_STYLES, LABELS, OKABE_ITO
from .wording import agree

if TYPE_CHECKING:  # pragma: no cover
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

    from .analysis import Analysis

__all__ = ["alt_text", "plot_density", "plot_first_try", "plot_flow", "plot_labels",
           "plot_readability", "plot_sources", "plot_strip", "save", "short_name"]

# Two articles in one chart (readability) need two looks that are not a label's: blue with no
# hatch for the first article, white with a cross-hatch for the second, plus direct values.
ARTICLE_LOOKS = ({"facecolor": OKABE_ITO["blue"], "hatch": "", "text": "#FFFFFF"},
                 {"facecolor": "#FFFFFF", "hatch": "++", "text": "#000000"})
INK = OKABE_ITO["black"]
BAND = OKABE_ITO["grey"]

# The grade-level measures drawn, with the short names students read. Dale-Chall is in
# readability.GRADE_MEASURES but is on its own scale (not a school grade), so it is left out.
GRADE_NAMES = {
    "flesch_kincaid_grade": "Flesch-Kincaid",
    "gunning_fog": "Gunning fog",
    "smog_index": "SMOG",
    "coleman_liau_index": "Coleman-Liau",
    "automated_readability_index": "Automated (ARI)",
    "consensus_grade": "All formulas together",
}
# The same measures for a student's eyes (lesson 5): what each one counts, in plain words, with
# no formula names (those are in the teacher guide and the teacher's report).
PLAIN_GRADE_NAMES = {
    "flesch_kincaid_grade": "Syllables + sentence length",
    "gunning_fog": "3-syllable words + sentence length",
    "smog_index": "3-syllable words only",
    "coleman_liau_index": "Letters + sentences (way 1)",
    "automated_readability_index": "Letters + sentences (way 2)",
    "consensus_grade": "All of them together",
}
LEFT_OUT = {"dale_chall_readability_score": "Dale-Chall uses its own scale, not school grades"}

FORMATS = (".png", ".svg")
PERCENT_TICKS = ([0, 25, 50, 75, 100], ["0%", "25%", "50%", "75%", "100%"])


# ------------------------------------------------------------------------------------------
# Shared plumbing
# ------------------------------------------------------------------------------------------

def _need_analysis(value: Any, what: str) -> "Analysis":
    """Check that a chart was given an Analysis: charts draw what was found, they never analyze."""
    if hasattr(value, "sentences") and hasattr(value, "density"):
        return value
    raise ToolkitError(f"{what} needs an analysis: run toolkit.analyze(...) on the article (a file "
                       f"path or pasted text) first, then draw it; it got a {type(value).__name__}.")


def short_name(analysis: "Analysis") -> str:
    """A short name for an article, for axis labels and alt text.

    Uses the outlet and kind from the article's metadata ("NPR report"), else its name, cut short.

    Args:
        analysis: the article's Analysis.

    Returns:
        A few words, at most about 40 characters.

    >>> from toolkit import analyze
    >>> short_name(analyze("The storm hit on Monday. Roads closed.", readability=False))
    'Pasted article'
    >>> short_name(analyze("School Board Votes to Start Classes Later Next Fall\\n\\nThe vote was 5 "
    ...                    "to 2. Parents spoke.", readability=False))  # cut between words
    'School Board Votes to Start Classes…'
    """
    meta = getattr(analysis.article, "metadata", {}) or {}
    outlet = str(meta.get("outlet") or "").split(",")[0].split(" (")[0].strip()
    kind = {"news": "report", "rewrite": "rewrite", "opinion": "opinion piece"}.get(
        str(meta.get("kind") or ""), "")
    if outlet:
        return f"{outlet} {kind}".strip()
    name = " ".join(str(analysis.name).split())
    if len(name) <= 40:
        return name
    cut = name[:39]
    cut = cut.rsplit(" ", 1)[0] if " " in cut and not name[39:40].isspace() else cut
    return cut.rstrip(" ,;:-\u2013\u2014") + "…"  # between words (s5 walkthrough #7)


def _names(analyses: list["Analysis"], names: Sequence[str] | None) -> list[str]:
    if names is not None:
        if len(names) != len(analyses):
            raise ToolkitError(f"Give one name per article: {len(analyses)} article(s) but "
                               f"{len(names)} name(s).")
        return [str(n) for n in names]
    out = [short_name(a) for a in analyses]
    if len(out) == 2 and out[0] == out[1]:
        out = [f"{out[0]} (1)", f"{out[1]} (2)"]
    return out


def _articles(a, b, names: Sequence[str] | None, what: str) -> tuple[list["Analysis"], list[str]]:
    """The one or two analyses a chart draws (each checked) and the names it shows them by.

    >>> from toolkit import analyze
    >>> x = analyze("It rained on Monday.", readability=False)
    >>> _articles(x, x, None, "plot_labels")[1]
    ['Pasted article (1)', 'Pasted article (2)']
    """
    analyses = [_need_analysis(a, what)] + ([_need_analysis(b, what)] if b is not None else [])
    return analyses, _names(analyses, names)


def _the(name: str) -> str:
    """'NPR report' -> 'the NPR report' for alt-text sentences; other names in quotes."""
    meta_like = name.endswith((" report", " rewrite", " opinion piece"))
    return f"the {name}" if meta_like else f"“{name}”"


def _subject(name: str) -> str:
    """'NPR report' -> 'The NPR report'; other names as they are (to start a sentence)."""
    the = _the(name)
    return _cap(the) if the.startswith("the ") else name


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _wrap(text: str, width: int = 22) -> str:
    return "\n".join(textwrap.wrap(text, width)) or text


def _root_figure(ax: "Axes") -> "Figure":
    fig = ax.figure
    while getattr(fig, "figure", fig) is not fig:  # a SubFigure's .figure is its parent
        fig = fig.figure
    return fig


class ChartsUnavailable(ToolkitError):
    """matplotlib is missing here (for example a browser site built from Pyodide's core).

    Raised by every ``plot_*`` function when matplotlib cannot be imported; a lesson shows one
    line instead of the chart (``toolkit.lesson.chart_missing``):

    >>> from unittest import mock
    >>> from toolkit.lesson import seed_analysis
    >>> npr = seed_analysis("npr")
    >>> with mock.patch.dict("sys.modules", {"matplotlib": None}):  # (imports nothing new inside)
    ...     plot_labels(npr)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    toolkit.charts.ChartsUnavailable: Charts need matplotlib, which this Python does not have ...
    >>> issubclass(ChartsUnavailable, ToolkitError)
    True
    """


def available() -> bool:
    """Whether charts can be drawn here (matplotlib can be imported).

    >>> from unittest import mock
    >>> available()
    True
    >>> with mock.patch.dict("sys.modules", {"matplotlib": None}):  # a browser site without it
    ...     available()
    False
    """
    try:
        import matplotlib  # noqa: F401
    except ImportError:
        return False
    return True


def _require_matplotlib() -> None:
    if not available():
        raise ChartsUnavailable("Charts need matplotlib, which this Python does not have (a browser "
                                "site has it only when built from Pyodide's full distribution): "
                                "the numbers the chart would show are in the tables.")


def _panels(ax, count: int, figsize: tuple[float, float], sharey: bool = False):
    """Return (figure, list of axes): a new figure, or the caller's axes split as needed."""
    _require_matplotlib()
    if ax is None:
        fig = _chart_figure_class()(figsize=figsize, layout="constrained")
        axes = fig.subplots(1, count, sharey=sharey, squeeze=False)[0]
        return fig, list(axes)
    if isinstance(ax, (list, tuple)):
        if len(ax) != count:
            raise ToolkitError(f"This chart needs {count} axes here, but {len(ax)} were given.")
        return _root_figure(ax[0]), list(ax)
    if not hasattr(ax, "inset_axes"):
        raise ToolkitError(f"ax must be a matplotlib Axes, but it got a {type(ax).__name__}.")
    if count == 1:
        return _root_figure(ax), [ax]
    ax.set_axis_off()
    gap = 0.08
    width = (1 - gap * (count - 1)) / count
    parts = [ax.inset_axes([i * (width + gap), 0, width, 1]) for i in range(count)]
    if sharey:
        for p in parts[1:]:
            p.sharey(parts[0])
    return _root_figure(ax), parts


def _finish(fig, key: str, data: Any, text: str, ax, title: str, title_size: int = 14):
    """Title the figure (when the chart made it), attach its data and alt text (adding to a
    composed figure's), and keep article text from being read as math formatting.

    Args:
        ax: the caller's ``ax`` (None: the chart made the figure and gives it ``title``).
    """
    composed = ax is not None
    if not composed:
        fig.suptitle(title, fontsize=title_size, weight="bold")
    previous_data = getattr(fig, "chart_data", None) if composed else None
    fig.chart_data = dict(previous_data or {})
    fig.chart_data[key] = data
    previous = getattr(fig, "alt_text", "") if composed else ""
    fig.alt_text = f"{previous} {text}".strip() if previous else text
    # Article text ("$5 and $2") is shown as written, never read as math formatting.
    from matplotlib.text import Text

    for artist in fig.findobj(Text):
        artist.set_parse_math(False)
    return fig


def _tidy(axis, labelsize: int | None = None, bare: bool = False) -> None:
    """No top and right lines (no frame at all when ``bare``); y labels with no tick marks."""
    if labelsize is not None:
        axis.tick_params(axis="y", length=0, labelsize=labelsize)
    axis.spines[["top", "right", "bottom", "left"] if bare else ["top", "right"]].set_visible(False)


def _legend(fig, ax, handles, ncol: int | None = None, own: bool = True) -> None:
    """A legend under the chart: the figure's own when we made it, else under the caller's ax."""
    style = {"ncol": ncol or len(handles), "frameon": False, "fontsize": 10,
             "handlelength": 2.2, "handleheight": 1.4}
    if own:
        fig.legend(handles=handles, loc="outside lower center", **style)
    else:
        ax.legend(handles=handles, loc="upper center", bbox_to_anchor=(0.5, -0.16), **style)


def _label_patches(labels=LABELS, styles=LABEL_STYLES):
    _require_matplotlib()
    from matplotlib.patches import Patch

    return [Patch(facecolor=styles[k].colour, edgecolor=INK, hatch=styles[k].hatch,
                  label=f"{styles[k].marker} {styles[k].name}") for k in labels]


def _pct(part: int, whole: int) -> str:
    return f"{round(100 * part / whole)}%" if whole else "0%"


def _count(n: int, one: str, many: str | None = None) -> str:
    return f"{n} {one if n == 1 else (many or one + 's')}"


def alt_text(fig: "Figure") -> str:
    """The alt text of a chart made by this module: one or two sentences from its data.

    Args:
        fig: a Figure returned by one of the ``plot_*`` functions.

    Returns:
        The alt text.

    Raises:
        ToolkitError: if the figure was not made by toolkit.charts (it has no alt text).

    >>> from toolkit.lesson import seed_analysis
    >>> alt_text(plot_sources(seed_analysis("npr")))
    'The NPR report names 7 sources; the most used is The Associated Press (7 sentences).'
    """
    text = getattr(fig, "alt_text", None)
    if not text:
        raise ToolkitError("This figure has no alt text: it was not made by toolkit.charts. "
                           "Make it with plot_density, plot_strip, plot_labels, plot_readability, "
                           "plot_sources or plot_flow.")
    return text


def save(fig: "Figure", path: str | Path, dpi: int = 150) -> Path:
    """Write a chart to a PNG or SVG file, with its alt text stored in the file's description.

    Args:
        fig: a Figure from one of the ``plot_*`` functions.
        path: where to write; must end in .png or .svg.
        dpi: dots per inch for PNG (150 prints sharply).

    Returns:
        The path written.

    Raises:
        ToolkitError: for another file extension, or a path that cannot be written.

    >>> import tempfile
    >>> from toolkit.lesson import seed_analysis
    >>> fig = plot_labels(seed_analysis("npr"))
    >>> path = save(fig, Path(tempfile.mkdtemp()) / "labels.svg")
    >>> path.name, fig.alt_text[:30] in path.read_text()  # the alt text travels in the file
    ('labels.svg', True)
    >>> save(fig, "labels.jpg")
    Traceback (most recent call last):
    toolkit.errors.ToolkitError: Charts can be saved as .png or .svg, but 'labels.jpg' has '.jpg': end the file name in .png or .svg.
    """
    path = Path(path)
    ext = path.suffix.lower()
    if ext not in FORMATS:
        got = f"'{path.suffix}'" if path.suffix else "no extension"
        raise ToolkitError(f"Charts can be saved as .png or .svg, but {path.name!r} has {got}: "
                           f"end the file name in .png or .svg.")
    desc = getattr(fig, "alt_text", "") or ""
    meta = {"Title": desc[:80], "Description": desc} if desc else {}
    if ext == ".png":
        meta = {"Title": meta.get("Title", ""), "Description": desc} if desc else {}
    try:
        fig.savefig(path, format=ext[1:], dpi=dpi, metadata=meta or None)
    except OSError as exc:
        raise ToolkitError(f"Cannot write {path}: {exc.strerror or exc}. Choose another file or "
                           "folder you can write to.") from None
    return path


@functools.lru_cache(maxsize=1)
def _chart_figure_class():
    """A Figure that shows itself in any notebook as an image with its alt text underneath.

    Without pyplot (which the toolkit never imports, so it changes no backend) a plain Figure
    shows only as text in a notebook; this one brings its own HTML view.
    """
    from matplotlib.figure import Figure

    class ChartFigure(Figure):
        def _repr_html_(self) -> str:
            from .render.html import figure

            return figure(self)

    return ChartFigure


def figure_bytes(fig: "Figure", fmt: str = "png", dpi: int = 120) -> bytes:
    """The chart as PNG or SVG bytes (for embedding in HTML).

    >>> from toolkit.lesson import seed_analysis
    >>> figure_bytes(plot_labels(seed_analysis("npr")), "png", dpi=40)[:8]
    b'\\x89PNG\\r\\n\\x1a\\n'
    """
    if fmt not in ("png", "svg"):
        raise ToolkitError(f"Charts can be made as png or svg, not {fmt!r}.")
    buf = io.BytesIO()
    fig.savefig(buf, format=fmt, dpi=dpi)
    return buf.getvalue()


def _paragraph_ticks(paragraphs) -> list[str]:
    ticks, n = [], 0
    for p in paragraphs:
        if p.headline:
            ticks.append("H")
        else:
            n += 1
            ticks.append(str(n))
    return ticks


# ------------------------------------------------------------------------------------------
# 1. Attribution density by paragraph
# ------------------------------------------------------------------------------------------

def density_data(analysis: "Analysis") -> dict:
    """The numbers behind plot_density for one article: one row per paragraph, and the whole.

    >>> from toolkit import analyze
    >>> a = analyze('Bus Fares Fall\\n\\n"Fares will fall," Mayor Ana Ruiz said. The plan is '
    ...             'brilliant.\\n\\nRiders cheered. Critics say it costs too much.')
    >>> data = density_data(a)
    >>> [(row["tick"], row["attributed"], row["sentences"]) for row in data["paragraphs"]]
    [('H', 0, 1), ('1', 1, 2), ('2', 1, 2)]
    >>> data["attributed"], data["sentences"], data["percent"]
    (2, 5, 40.0)
    """
    d = analysis.density
    ticks = _paragraph_ticks(d.paragraphs)
    rows = [{"paragraph": p.paragraph, "tick": t, "headline": p.headline,
             "sentences": p.sentences, "attributed": p.attributed,
             "percent": 100 * p.share_attributed} for p, t in zip(d.paragraphs, ticks)]
    return {"paragraphs": rows, "sentences": d.sentences, "attributed": d.attributed,
            "percent": 100 * d.share_attributed}


# Above this many paragraphs, neighbouring paragraphs share a bar ("4-6"), so a very long
# article gives a readable chart in time (a bar and two tick lines per paragraph did not).
DENSITY_BARS_MAX = 60


def _density_bars(rows: list[dict], most: int) -> list[dict]:
    """The paragraph rows, or groups of neighbouring rows when there are more than ``most``.

    >>> rows = [{"tick": str(i), "sentences": 2, "attributed": i % 2} for i in range(1, 5)]
    >>> [(r["tick"], r["percent"]) for r in _density_bars(rows, 2)]
    [('1–2', 25.0), ('3–4', 25.0)]
    """
    if len(rows) <= most:
        return rows
    size = -(-len(rows) // most)
    out = []
    for i in range(0, len(rows), size):
        group = rows[i:i + size]
        sentences = sum(r["sentences"] for r in group)
        attributed = sum(r["attributed"] for r in group)
        tick = group[0]["tick"] if len(group) == 1 else f"{group[0]['tick']}–{group[-1]['tick']}"
        out.append({"tick": tick, "sentences": sentences, "attributed": attributed,
                    "percent": 100 * attributed / sentences if sentences else 0.0})
    return out


def plot_density(a, b=None, *, ax=None, names: Sequence[str] | None = None) -> "Figure":
    """How much is attributed? A bar per paragraph (0-100%) with the whole article as a line.

    Args:
        a: the article's Analysis (from toolkit.analyze: charts never analyze text).
        b: a second Analysis, drawn as its own panel on the same 0-100% scale.
        ax: Axes to draw into: two Axes for a pair, or one Axes that is split in two.
        names: what to call the articles (default: outlet and kind from their metadata).

    Returns:
        A Figure with ``alt_text``; ``chart_data["density"]`` holds each article's density_data.

    Raises:
        ToolkitError: if ``a`` or ``b`` is not an Analysis, or the names do not match them.

    >>> from toolkit import analyze
    >>> fig = plot_density(analyze('"Yes," Mayor Ana Ruiz said. It rained.', readability=False))
    >>> [round(r["percent"]) for r in fig.chart_data["density"][0]["paragraphs"]]
    [50]
    """
    analyses, labels = _articles(a, b, names, "plot_density")
    data = [density_data(x) for x in analyses]
    widest = max(len(d["paragraphs"]) for d in data) or 1
    bars = min(widest, DENSITY_BARS_MAX)
    grouped = widest > DENSITY_BARS_MAX
    if grouped:
        bars = max(len(_density_bars(d["paragraphs"], DENSITY_BARS_MAX)) for d in data)
    fig, axes = _panels(ax, len(analyses), (max(7.0, 3.6 * len(analyses) + 0.2 * bars), 4.2),
                        sharey=True)
    st = LABEL_STYLES["attributed"]
    for axis, d, name in zip(axes, data, labels):
        rows = _density_bars(d["paragraphs"], bars)
        xs = list(range(len(rows)))
        axis.bar(xs, [r["percent"] for r in rows], width=0.75, color=st.colour, edgecolor=INK,
                 hatch=st.hatch, linewidth=0.8, label=f"{st.marker} Share of the paragraph's sentences that name a source")
        axis.axhline(d["percent"], color=INK, linestyle="--", linewidth=1.5)
        axis.set_xticks(xs, [f"{r['tick']}\n{r['attributed']}/{r['sentences']}" for r in rows],
                        fontsize=9 if len(rows) > 12 else 10, rotation=90 if grouped else 0)
        axis.set_xlim(-0.6, max(len(rows), bars if len(analyses) > 1 else len(rows)) - 0.4)
        axis.set_ylim(0, 105)
        axis.set_yticks(*PERCENT_TICKS)
        axis.set_xlabel("Paragraph (H = headline); under it: sentences with a source / all")
        axis.set_title(f"{name}\nwhole article: {d['percent']:.0f}% (dashed line)", fontsize=12)
        _tidy(axis)
    axes[0].set_ylabel("Sentences that name a source")
    parts = []
    for d, name in zip(data, labels):
        none = sum(1 for r in d["paragraphs"] if r["attributed"] == 0)
        parts.append(f"in {_the(name)} {d['attributed']} of {d['sentences']} sentences "
                     f"{agree(d['attributed'], 'names', 'name')} a source ({d['percent']:.0f}%) and "
                     f"{none} of {len(d['paragraphs'])} paragraphs {agree(none, 'names', 'name')} none")
    text = _cap("; ".join(parts)) + "."
    return _finish(fig, "density", data, text, ax,
                   title="How much is attributed? Paragraph by paragraph")


# ------------------------------------------------------------------------------------------
# 2. The article strip
# ------------------------------------------------------------------------------------------

PARAGRAPH_GAP = 0.35


def strip_data(analysis: "Analysis") -> dict:
    """The numbers behind plot_strip for one article: each sentence's label in reading order.

    >>> from toolkit import analyze
    >>> a = analyze('Bus Fares Fall\\n\\n"Fares will fall," Mayor Ana Ruiz said. The plan is '
    ...             'brilliant.')
    >>> [(cell["sentence"], cell["label"], cell["x"]) for cell in strip_data(a)["cells"]]
    [(1, 'claim', 0.0), (2, 'attributed', 1.35), (3, 'opinion', 2.35)]
    """
    cells, x, last_para = [], 0.0, None
    for s in analysis.sentences:
        if last_para is not None and s.paragraph != last_para:
            x += PARAGRAPH_GAP
        cells.append({"sentence": s.index + 1, "label": s.label, "paragraph": s.paragraph,
                      "headline": bool(s.headline), "x": x})
        x += 1
        last_para = s.paragraph
    return {"cells": cells, "width": x}


def _strip_sentence(name: str, cells: list[dict]) -> str:
    n = len(cells)
    where = [c["sentence"] for c in cells if c["label"] == "attributed"]
    if not n:
        return f"{_the(name)} has no sentences"
    if not where:
        return f"in {_the(name)} none of the {n} sentences names a source"
    if len(where) == 1:
        text = f"in {_the(name)} only sentence {where[0]} of {n} names a source"
    else:
        text = (f"in {_the(name)} {len(where)} of {n} sentences name a source, from sentence "
                f"{where[0]} to sentence {where[-1]}")
    tail = n - where[-1]
    if tail >= 3:
        text += f", and the last {tail} sentences name none"
    return text


# Above this many sentences a box per sentence is too small to see and slow to draw (5,000
# sentences took half a minute): runs of sentences with the same label are drawn as one band per
# label instead (one collection each), and the letter markers are left out.
STRIP_BOXES_MAX = 300


def _strip_runs(axis, cells: list[dict], y: float) -> None:
    from matplotlib.patches import PathPatch
    from matplotlib.path import Path as MplPath

    runs: dict[str, list] = {}
    start = None
    for i, c in enumerate(cells):
        if start is None:
            start = c
        nxt = cells[i + 1] if i + 1 < len(cells) else None
        if nxt is None or nxt["label"] != c["label"] or nxt["paragraph"] != c["paragraph"]:
            runs.setdefault(c["label"], []).append((start["x"], c["x"] + 0.88))
            start = None
    codes = [MplPath.MOVETO, MplPath.LINETO, MplPath.LINETO, MplPath.LINETO, MplPath.CLOSEPOLY]
    for label, spans in runs.items():
        st = LABEL_STYLES[label]
        vertices = [v for x0, x1 in spans
                    for v in ((x0, y + 0.1), (x1, y + 0.1), (x1, y + 0.9), (x0, y + 0.9), (x0, y + 0.1))]
        # one path per label: drawn (and hatched) in one pass, however many runs there are
        path = MplPath(vertices, codes * len(spans))
        patch = PathPatch(path, facecolor=st.colour, edgecolor=INK, hatch=st.hatch,
                          linewidth=0.3, transform=axis.transData)
        axis.add_artist(patch)  # not add_patch: the limits are set by the caller, and working
        patch.set_clip_path(axis.patch)  # them out from thousands of vertices took seconds


def plot_strip(a, b=None, *, ax=None, names: Sequence[str] | None = None) -> "Figure":
    """The article strip: one box per sentence in reading order, filled and marked by label.

    Args:
        a: the article's Analysis: one box per sentence.
        b: a second Analysis, drawn as a second row of boxes on the same scale.
        ax: one matplotlib Axes to draw both rows into.
        names: the rows' labels (default: short_name of each article).

    Returns:
        The Figure (with ``alt_text``); ``chart_data["strip"]`` has each article's cells.

    Raises:
        ToolkitError: for an argument that is not an Analysis, or a wrong number of names.

    >>> from toolkit import analyze
    >>> fig = plot_strip(analyze('"Yes," Mayor Ana Ruiz said. It rained.', readability=False))
    >>> [c["label"] for c in fig.chart_data["strip"][0]["cells"]]
    ['attributed', 'claim']
    """
    _require_matplotlib()
    from matplotlib.patches import Rectangle

    analyses, labels = _articles(a, b, names, "plot_strip")
    data = [strip_data(x) for x in analyses]
    width = max((d["width"] for d in data), default=1) or 1
    rows = len(analyses)
    pitch = 1.35  # room between rows for the "headline" mark
    fig, (axis,) = _panels(ax, 1, (max(8.0, min(11.5, 0.27 * width + 2.2)), 1.3 + 1.2 * rows))
    for row, d in enumerate(data):
        y = (rows - 1 - row) * pitch
        if len(d["cells"]) > STRIP_BOXES_MAX:
            _strip_runs(axis, d["cells"], y)
            continue
        for c in d["cells"]:
            st = LABEL_STYLES[c["label"]]
            axis.add_patch(Rectangle((c["x"], y + 0.1), 0.88, 0.8, facecolor=st.colour,
                                     edgecolor=INK, hatch=st.hatch, linewidth=0.8))
            axis.text(c["x"] + 0.44, y + 0.5, st.marker.strip("[]"), ha="center", va="center",
                      fontsize=9 if width > 30 else 10, weight="bold", color=INK,
                      bbox={"boxstyle": "round,pad=0.12", "facecolor": "#FFFFFF",
                            "edgecolor": "none"})
        heads = [c for c in d["cells"] if c["headline"]]
        if heads:
            axis.plot([heads[0]["x"], heads[-1]["x"] + 0.88], [y + 0.97] * 2, color=INK, lw=2)
            axis.text(heads[0]["x"], y + 1.0, "headline", fontsize=8, va="bottom", color=INK)
    axis.set_xlim(-0.2, width + 0.1)
    axis.set_ylim(-0.1, (rows - 1) * pitch + 1.25)
    axis.set_yticks([(rows - 1 - i) * pitch + 0.5 for i in range(rows)],
                    [_wrap(n, 18) for n in labels])
    axis.set_xticks([])
    axis.set_xlabel("Each box is one sentence, in reading order (first → last); "
                    "small gaps separate paragraphs")
    _tidy(axis, labelsize=11, bare=True)
    _legend(fig, axis, _label_patches(), ncol=4, own=ax is None)
    text = _cap("; ".join(_strip_sentence(n, d["cells"]) for n, d in zip(labels, data))) + "."
    return _finish(fig, "strip", data, text, ax,
                   title="Where are the voices? Every sentence, by kind")


# ------------------------------------------------------------------------------------------
# 3. Label composition
# ------------------------------------------------------------------------------------------

def labels_data(analysis: "Analysis") -> dict:
    """The numbers behind plot_labels for one article: sentences of each label and their share.

    >>> from toolkit.lesson import seed_analysis
    >>> data = labels_data(seed_analysis("rewrite"))
    >>> data["sentences"], data["counts"]["attributed"], round(data["percent"]["attributed"], 1)
    (21, 1, 4.8)
    """
    counts = {label: int(analysis.density.label_counts.get(label, 0)) for label in LABELS}
    total = sum(counts.values())
    return {"counts": counts, "sentences": total,
            "percent": {k: (100 * v / total if total else 0.0) for k, v in counts.items()}}


def plot_labels(a, b=None, *, ax=None, names: Sequence[str] | None = None) -> "Figure":
    """What kind of sentences? One stacked bar per article: the share of sentences per label.

    Args:
        a: the article's Analysis.
        b: a second Analysis: a second bar on the same 0-100% scale.
        ax: one matplotlib Axes for the bars.
        names: the bars' labels (default: short_name of each article).

    Returns:
        A Figure with ``alt_text`` and ``chart_data["labels"]`` (labels_data per article).

    Raises:
        ToolkitError: if an article is not an Analysis (run toolkit.analyze first).

    >>> from toolkit.lesson import seed_analysis
    >>> fig = plot_labels(seed_analysis("npr"), seed_analysis("rewrite"))
    >>> print(fig.alt_text)
    The NPR report: 70% of sentences name a source, 27% say it as fact (no source), 3% give the writer's opinion. The Angry Patriot Movement rewrite: 5% of sentences name a source, 52% say it as fact (no source), 29% give the writer's opinion, 14% ask you to act.
    >>> [row["sentences"] for row in fig.chart_data["labels"]]
    [30, 21]
    """
    analyses, labels = _articles(a, b, names, "plot_labels")
    data = [labels_data(x) for x in analyses]
    fig, (axis,) = _panels(ax, 1, (9.0, 1.9 + 1.0 * len(analyses)))
    ys = list(range(len(analyses)))[::-1]
    for y, d in zip(ys, data):
        left = 0.0
        for label in LABELS:
            share = d["percent"][label]
            st = LABEL_STYLES[label]
            if share:
                axis.barh(y, share, left=left, height=0.62, color=st.colour, edgecolor=INK,
                          hatch=st.hatch, linewidth=0.8)
                if share >= 6:
                    axis.text(left + share / 2, y, f"{st.marker.strip('[]')} {share:.0f}%",
                              ha="center", va="center", fontsize=10, weight="bold", color=INK,
                              bbox={"boxstyle": "round,pad=0.15", "facecolor": "#FFFFFF",
                                    "edgecolor": "none"})
            left += share
        axis.text(101, y, f"{d['sentences']} sentences", va="center", fontsize=10, color=INK)
    axis.set_yticks(ys, [_wrap(n, 18) for n in labels])
    axis.set_xlim(0, 100)
    axis.set_ylim(-0.6, len(analyses) - 0.4)
    axis.set_xticks(*PERCENT_TICKS)
    axis.set_xlabel("Share of the article's sentences (headline included)")
    _tidy(axis, labelsize=11)
    _legend(fig, axis, _label_patches(), ncol=2, own=ax is None)
    sentences = []
    for name, d in zip(labels, data):
        shares = [f"{d['percent'][k]:.0f}% {_plural_label(k)}" for k in LABELS if d["counts"][k]]
        sentences.append(f"{_subject(name)}: " + (", ".join(shares) or "no sentences") + ".")
    text = " ".join(sentences)
    return _finish(fig, "labels", data, text, ax,
                   title="What kind of sentences? Each bar is one whole article")


def _plural_label(label: str) -> str:
    return {"attributed": "of sentences name a source",
            "claim": "say it as fact (no source)",
            "opinion": "give the writer's opinion",
            "call_to_action": "ask you to act"}[label]


# ------------------------------------------------------------------------------------------
# 4. Readability
# ------------------------------------------------------------------------------------------

def readability_data(analysis: "Analysis", plain: bool = False) -> dict:
    """The numbers behind plot_readability for one article: grade per measure, or None and why.

    With ``plain``, each measure is named by what it counts (PLAIN_GRADE_NAMES), not by its
    formula's name.

    >>> from toolkit.lesson import seed_analysis
    >>> [(m["id"], m["value"]) for m in readability_data(seed_analysis("npr"))["measures"]][:2]
    [('flesch_kincaid_grade', 11.4), ('gunning_fog', 14.6)]
    >>> readability_data(seed_analysis("npr"), plain=True)["measures"][0]["name"]
    'Syllables + sentence length'
    """
    from .readability import GRADE_MEASURES

    if not analysis.readability:
        raise ToolkitError("This analysis has no readability figures: make it with "
                           "analyze(..., readability=True).")
    rows = []
    for key in GRADE_MEASURES:
        if key in LEFT_OUT:
            continue
        m = analysis.readability.get(key)
        names = PLAIN_GRADE_NAMES if plain else GRADE_NAMES
        rows.append({"id": key, "name": names.get(key, m.name if m else key),
                     "value": None if m is None else m.value,
                     "note": "not measured" if m is None else m.note})
    return {"measures": rows}


def _too_short(note: str | None) -> str:
    """What a measure with no value says on the chart: "not enough text", with how much it
    needs when the note tells (SMOG needs 30 sentences; the NPR report's body has 29).

    >>> _too_short("SMOG needs at least 30 sentences; this text has 29")
    'not enough text (needs 30 sentences, has 29)'
    >>> _too_short(None)
    'not enough text'
    """
    m = re.search(r"needs at least (\d+) (\w+); this text has (\d+)", note or "")
    return f"not enough text (needs {m[1]} {m[2]}, has {m[3]})" if m else "not enough text"


def _grades(grades) -> tuple[int, int]:
    if isinstance(grades, (int, float)) and not isinstance(grades, bool):
        grades = (grades, grades)
    try:
        lo, hi = (int(g) for g in grades)
    except (TypeError, ValueError):
        raise ToolkitError(f"grades must be two school grades like (8, 10), not {grades!r}.") from None
    if not (1 <= lo <= hi <= 16):
        raise ToolkitError(f"grades must be school grades from 1 to 16, lowest first, "
                           f"like (8, 10); got {grades!r}.")
    return lo, hi


def plot_readability(a, b=None, grades=(8, 10), *, ax=None,
                     names: Sequence[str] | None = None, band: str | None = None,
                     plain: bool = False) -> "Figure":
    """How hard is it to read? Each grade-level formula, with a band for the students' grades.

    A formula that had too little text to work with is marked "not enough text", never drawn as 0.

    Args:
        a: an Analysis made with readability figures (``analyze(..., readability=True)``).
        b: a second such Analysis, whose bar is drawn under the first's for each measure.
        grades: the students' grades, lowest and highest, e.g. (8, 10); one number also works.
        ax: one matplotlib Axes for all the bars.
        names: the legend's names for the articles (default: short_name of each).
        band: who the grey band stands for (default "your students' grades 8-10", for a
            teacher; a lesson passes words a student reads, such as "grade 8-10 readers").
        plain: name each measure by what it counts (for students), not by its formula.

    Returns:
        A Figure with ``alt_text``; ``chart_data["readability"]`` has readability_data per article.

    Raises:
        ToolkitError: if an analysis has no readability figures or ``grades`` is not two grades.

    >>> from toolkit import analyze
    >>> from toolkit.lesson import seed_analysis
    >>> fig = plot_readability(seed_analysis("npr"), seed_analysis("rewrite"))
    >>> [m["value"] for m in fig.chart_data["readability"][0]["measures"]][:2]
    [11.4, 14.6]
    >>> plot_readability(analyze("Rain fell. Roads flooded.")).alt_text  # too short to measure
    'There is not enough text in “Pasted article” for any formula.'
    """
    _require_matplotlib()
    from matplotlib.patches import Patch

    lo, hi = _grades(grades)
    analyses, labels = _articles(a, b, names, "plot_readability")
    data = [readability_data(x, plain) for x in analyses]
    measures = [r["name"] for r in data[0]["measures"]]
    values = [v for d in data for r in d["measures"] for v in [r["value"]] if v is not None]
    top = max(18.0, math.ceil(max(values, default=0) + 2.5))
    fig, (axis,) = _panels(ax, 1, (9.0, 2.4 + 0.34 * len(measures) * len(analyses)))
    band_lo, band_hi = (lo - 0.5, hi + 0.5) if lo == hi else (lo, hi)
    axis.axvspan(band_lo, band_hi, color=BAND, alpha=0.28, linewidth=0, gid="students-grades")
    who = f"grade {lo}" if lo == hi else f"grades {lo}-{hi}"
    band_words = band or f"your students' {who}"
    axis.text((band_lo + band_hi) / 2, -0.75,
              f"your students:\n{who}" if band is None else band.replace(" ", "\n", 1),
              ha="center", va="bottom", fontsize=9, color=INK, weight="bold")
    n = len(analyses)
    height = 0.8 / n
    for i, (d, look) in enumerate(zip(data, ARTICLE_LOOKS)):
        for j, r in enumerate(d["measures"]):
            y = j + (i - (n - 1) / 2) * height
            if r["value"] is None:
                axis.text(0.3, y, _too_short(r["note"]) if plain else "not enough text", va="center", fontsize=9, style="italic",
                          color=INK, bbox={"facecolor": "#FFFFFF", "edgecolor": INK,
                                           "linestyle": ":", "pad": 2})
                continue
            axis.barh(y, r["value"], height=height * 0.9, color=look["facecolor"],
                      edgecolor=INK, hatch=look["hatch"], linewidth=0.8)
            axis.text(r["value"] + 0.2, y, f"{r['value']:g}", va="center", fontsize=9, color=INK,
                      bbox={"facecolor": "#FFFFFF", "edgecolor": "none", "pad": 0.5})
    axis.set_yticks(range(len(measures)), measures)
    axis.set_ylim(len(measures) - 0.5, -0.9)
    axis.set_xlim(0, top)
    axis.set_xticks(range(0, int(top) + 1, 2))
    axis.set_xlabel("School grade needed to read it easily (US grades; 13 and up = college)")
    _tidy(axis, labelsize=10)
    handles = [Patch(facecolor=look["facecolor"], edgecolor=INK, hatch=look["hatch"], label=name)
               for name, look in zip(labels, ARTICLE_LOOKS)]
    handles.append(Patch(facecolor=BAND, alpha=0.28,
                         label=f"Your students ({who})" if band is None else band.capitalize()))
    _legend(fig, axis, handles, ncol=3, own=ax is None)
    sentences = []
    for name, d in zip(labels, data):
        got = [r["value"] for r in d["measures"] if r["value"] is not None]
        missing = [r["name"] for r in d["measures"] if r["value"] is None]
        if got:
            lo_v, hi_v = min(got), max(got)
            if hi_v < band_lo:
                place = f"below {band_words}"
            elif lo_v > band_hi:
                place = f"above {band_words}"
            else:
                place = f"overlapping {band_words}"
            span = f"grade {lo_v:g}" if lo_v == hi_v else f"grade {lo_v:g} to {hi_v:g}"
            text = f"The {'measures' if plain else 'formulas'} put {_the(name)} at {span}, {place}"
        else:
            text = (f"There is not enough text in {_the(name)} for any "
                    f"{'measure' if plain else 'formula'}")
        if missing and got:
            why = sorted({_too_short(r["note"] if plain else None)
                          for r in d["measures"] if r["value"] is None})
            text += f"; {', '.join(missing)}: {'; '.join(why)}"
        sentences.append(text + ".")
    return _finish(fig, "readability", data, " ".join(sentences), ax,
                   title="How hard is it to read? One bar per "
                   + ("way of measuring" if plain else "formula"))


# ------------------------------------------------------------------------------------------
# 5. Who is quoted
# ------------------------------------------------------------------------------------------

def sources_data(analysis: "Analysis") -> dict:
    """The numbers behind plot_sources for one article: attributed sentences per named source.

    >>> from toolkit.lesson import seed_analysis
    >>> data = sources_data(seed_analysis("npr"))
    >>> data["sources"][:2], data["unnamed"]
    ([{'source': 'The Associated Press', 'sentences': 7}, {'source': 'Houston Police Chief Art Acevedo', 'sentences': 5}], 0)
    """
    from .sources import source_key

    counts: dict[str, list] = {}
    for s in analysis.sentences:
        if s.label == "attributed" and s.source:
            entry = counts.setdefault(source_key(s.source), [s.source, 0])
            entry[1] += 1
    rows = sorted(({"source": name, "sentences": n} for name, n in counts.values()),
                  key=lambda r: (-r["sentences"], r["source"].lower()))
    unnamed = sum(1 for s in analysis.sentences if s.label == "attributed" and not s.source)
    return {"sources": rows, "unnamed": unnamed}


SOURCES_SHOWN_MAX = 25  # more sources than this: the rest share one bar ("40 other sources")


def _top_sources(rows: list[dict], most: int = SOURCES_SHOWN_MAX) -> list[dict]:
    """The sources to draw: all of them, or the first ones and one bar for the others.

    >>> _top_sources([{"source": s, "sentences": 1} for s in "ABC"], 2)
    [{'source': 'A', 'sentences': 1}, {'source': '2 other sources', 'sentences': 2}]
    """
    if len(rows) <= most:
        return rows
    rest = rows[most - 1:]
    return rows[:most - 1] + [{"source": f"{len(rest)} other sources",
                               "sentences": sum(r["sentences"] for r in rest)}]


def plot_sources(a, b=None, *, ax=None, names: Sequence[str] | None = None) -> "Figure":
    """Who is quoted? The number of sentences that name each source, per article.

    Args:
        a: the article's Analysis.
        b: a second Analysis, drawn as its own panel with the same count scale.
        ax: Axes to draw into (two for a pair, or one to split).
        names: the panels' titles (default: short_name of each article).

    Returns:
        The Figure, with ``alt_text``; ``chart_data["sources"]`` has sources_data per article.

    Raises:
        ToolkitError: if either article is not an Analysis.

    >>> from toolkit import analyze
    >>> fig = plot_sources(analyze('"Yes," Mayor Ana Ruiz said. It rained.', readability=False))
    >>> fig.chart_data["sources"][0]["sources"]
    [{'source': 'Mayor Ana Ruiz', 'sentences': 1}]
    """
    analyses, labels = _articles(a, b, names, "plot_sources")
    data = [sources_data(x) for x in analyses]
    shown = [_top_sources(d["sources"]) for d in data]
    most = max((r["sentences"] for rows in shown for r in rows), default=1) or 1
    longest = max((len(rows) for rows in shown), default=1) or 1
    fig, axes = _panels(ax, len(analyses), (4.4 * len(analyses) + 1.2, 1.8 + 0.45 * longest))
    st = LABEL_STYLES["attributed"]
    for axis, rows, name in zip(axes, shown, labels):
        ys = list(range(len(rows)))
        if rows:
            axis.barh(ys, [r["sentences"] for r in rows], height=0.65, color=st.colour,
                      edgecolor=INK, hatch=st.hatch, linewidth=0.8)
            for y, r in zip(ys, rows):
                axis.text(r["sentences"] + most * 0.02, y, str(r["sentences"]), va="center",
                          fontsize=10, weight="bold", color=INK)
            axis.set_yticks(ys, [_wrap(r["source"], 24) for r in rows])
        else:
            axis.text(0.5, 0.5, "No sentence names a source.", transform=axis.transAxes,
                      ha="center", va="center", fontsize=11, style="italic", color=INK)
            axis.set_yticks([])
        axis.set_ylim(longest - 0.5, -0.6)
        axis.set_xlim(0, most * 1.15 + 0.5)
        axis.xaxis.get_major_locator().set_params(integer=True)
        axis.set_xlabel("Sentences that name this source")
        axis.set_title(name, fontsize=12)
        _tidy(axis, labelsize=10)
    parts = []
    for name, d in zip(labels, data):
        rows = d["sources"]
        if not rows:
            parts.append(f"{_subject(name)} names no source.")
            continue
        top = rows[0]
        parts.append(f"{_subject(name)} names {_count(len(rows), 'source')}; the most used is "
                     f"{top['source']} ({_count(top['sentences'], 'sentence')}).")
    return _finish(fig, "sources", data, " ".join(parts), ax,
                   title="Who is quoted? Sentences that name each source")


# ------------------------------------------------------------------------------------------
# 6. The flow from original to rewrite
# ------------------------------------------------------------------------------------------

SHARED_KINDS = FATE_ORDER  # weakest to strongest (toolkit.evidence)


def flow_data(comparison) -> dict:
    """The numbers behind plot_flow, from ``comparison.flow_counts()``.

    The rewrite's row counts rewrite sentences by kind (exactly ``flow_counts()``). The original's
    row counts original sentences by ``comparison.original_fates()`` (each once, under the
    strongest kind of the rewrite sentences that use it); a stand-in with only ``flow_counts()``
    has the rewrite's counts stand in.

    >>> from toolkit import compare
    >>> from toolkit.lesson import seed_analysis
    >>> data = flow_data(compare(seed_analysis("npr"), seed_analysis("rewrite")))
    >>> data["original_total"], data["rewrite_total"], sum(data["rewrite"].values())
    (30, 21, 21)
    """
    if not hasattr(comparison, "flow_counts"):
        raise ToolkitError(f"plot_flow needs a comparison from toolkit.compare (or lesson.load_compare_key), but it got a "
                           f"{type(comparison).__name__}.")
    raw = dict(comparison.flow_counts())
    unknown = sorted(set(raw) - set(COMPARE_KINDS))
    if unknown:
        raise ToolkitError(f"The comparison counted kinds this chart does not know: "
                           f"{', '.join(unknown)}; known kinds: {', '.join(COMPARE_KINDS)}.")
    counts = {k: int(raw.get(k, 0)) for k in COMPARE_KINDS}
    original = {k: counts[k] for k in SHARED_KINDS}
    if hasattr(comparison, "original_fates"):
        fates = comparison.original_fates().values()
        original = {k: sum(1 for v in fates if v == k) for k in SHARED_KINDS}
    original["dropped"] = counts["dropped"]
    rewrite = {k: counts[k] for k in (*SHARED_KINDS, "added")}
    return {"counts": counts, "original": original, "rewrite": rewrite,
            "original_total": sum(original.values()), "rewrite_total": sum(rewrite.values())}


def _comparison_names(comparison) -> tuple[str, str]:
    out = []
    for attrs, fallback in ((("original_analysis", "original"), "original"),
                            (("rewrite_analysis", "rewrite"), "rewrite")):
        obj = next((getattr(comparison, a) for a in attrs if hasattr(getattr(comparison, a, None),
                                                                      "article")), None)
        out.append(short_name(obj) if obj is not None else fallback)
    return out[0], out[1]


def plot_flow(comparison, *, ax=None) -> "Figure":
    """What happened on the way? The original's sentences above, the rewrite's below, joined.

    Args:
        comparison: a Comparison from toolkit.compare (anything with ``flow_counts()``).
        ax: optional matplotlib Axes to draw into.

    Returns:
        The matplotlib Figure, with ``alt_text`` and ``chart_data["flow"]``.

    Raises:
        ToolkitError: if ``comparison`` has no ``flow_counts()`` or counts unknown kinds.

    >>> from toolkit import compare
    >>> from toolkit.lesson import seed_analysis
    >>> fig = plot_flow(compare(seed_analysis("npr"), seed_analysis("rewrite")))
    >>> fig.alt_text.startswith("Of the rewrite's 21 sentences"), list(fig.chart_data)
    (True, ['flow'])
    """
    _require_matplotlib()
    from matplotlib.patches import Patch, Polygon, Rectangle

    data = flow_data(comparison)
    counts = data["counts"]
    original_name, rewrite_name = _comparison_names(comparison)
    fig, (axis,) = _panels(ax, 1, (9.5, 4.4))
    width = max(data["original_total"], data["rewrite_total"], 1)
    y_top, y_bottom, h = 2.0, 0.0, 0.6

    def lay(row):
        pos, left = {}, 0.0
        for k, n in row.items():
            pos[k] = (left, n)
            left += n
        return pos

    top, bottom = lay(data["original"]), lay(data["rewrite"])
    for kind in SHARED_KINDS:
        (x0, n0), (x1, n1) = top[kind], bottom[kind]
        if n0 or n1:
            st = COMPARE_STYLES[kind]
            axis.add_patch(Polygon([(x0, y_top), (x0 + n0, y_top), (x1 + n1, y_bottom + h),
                                    (x1, y_bottom + h)], closed=True, facecolor=st.colour,
                                   alpha=0.3, edgecolor=st.colour, hatch=st.hatch, linewidth=0))
    box = {"boxstyle": "round,pad=0.15", "facecolor": "#FFFFFF", "edgecolor": "none"}
    outside = 0  # rows of labels set outside the bars (above the top bar, below the bottom one)
    for pos, y, out in ((top, y_top, 1), (bottom, y_bottom, -1)):
        last_x, level = None, 0
        for kind, (x, n) in pos.items():
            if not n:
                continue
            st = COMPARE_STYLES[kind]
            axis.add_patch(Rectangle((x, y), n, h, facecolor=st.colour, edgecolor=INK,
                                     hatch=st.hatch, linewidth=0.8))
            label = f"{st.marker} {n}"  # every segment keeps its marker (never colour alone)
            if n / width > 0.07:
                axis.text(x + n / 2, y + h / 2, label, ha="center", va="center", fontsize=10,
                          weight="bold", color=INK, bbox=box)
                continue
            # Too narrow for "[!] 2" inside: set it just outside the bar with a short line,
            # one step further out when the previous narrow label is close.
            mid = x + n / 2
            level = level + 1 if last_x is not None and mid - last_x < 0.09 * width else 0
            last_x, outside = mid, max(outside, level + 1)
            edge = y + h if out > 0 else y
            ty = edge + out * (0.12 + 0.3 * level)
            axis.plot([mid, mid], [edge, ty], color=INK, linewidth=0.8)
            axis.text(mid, ty, label, ha="center", va="bottom" if out > 0 else "top",
                      fontsize=10, weight="bold", color=INK, bbox=box)
    axis.set_xlim(0, width)
    pad = 0.2 + 0.3 * outside
    axis.set_ylim(-pad, y_top + h + pad)
    axis.set_yticks([y_top + h / 2, y_bottom + h / 2],
                    [_wrap(f"{_cap(original_name)}: {data['original_total']} sentences", 20),
                     _wrap(f"{_cap(rewrite_name)}: {data['rewrite_total']} sentences", 20)])
    axis.set_xticks([])
    _tidy(axis, labelsize=11, bare=True)
    handles = [Patch(facecolor=COMPARE_STYLES[k].colour, edgecolor=INK,
                     hatch=COMPARE_STYLES[k].hatch,
                     label=f"{COMPARE_STYLES[k].marker} {COMPARE_STYLES[k].name}")
               for k in COMPARE_KINDS]
    _legend(fig, axis, handles, ncol=3, own=ax is None)
    verbs = {"kept": "kept the original's words", "reworded": "reworded the original",
             "attribution_dropped": "dropped the source", "changed": "changed a fact",
             "added": "were added"}
    done = [f"{counts[k]} {v}" for k, v in verbs.items() if counts[k]]
    listed = (", ".join(done[:-1]) + " and " + done[-1]) if len(done) > 1 else (done or ["none"])[0]
    text = (f"Of the rewrite's {data['rewrite_total']} sentences, {listed}; {counts['dropped']} of "
            f"the original's {data['original_total']} sentences were left out.")
    return _finish(fig, "flow", data, text, ax,
                   title="What happened on the way from the original to the rewrite?")


# ------------------------------------------------------------------------------------------
# Class results: right on the first try, per question (the teacher's view)
# ------------------------------------------------------------------------------------------

# Four looks, each a palette colour *and* a hatch, so the bars read in grey print too. A student
# who pressed "Show answer" before a first try is not right first, but gave no wrong answer: own
# look (s12 walk2 #9).
FIRST_TRY_LOOKS = {
    "right": {"name": "Right on the first try", "facecolor": OKABE_ITO["bluish_green"],
              "hatch": "///"},
    "wrong": {"name": "Wrong on the first try", "facecolor": OKABE_ITO["orange"],
              "hatch": "xx"},
    "looked": {"name": "Looked at the answer first", "facecolor": OKABE_ITO["sky_blue"],
               "hatch": "--"},
    "missing": {"name": "Not answered yet", "facecolor": "#FFFFFF", "hatch": ".."},
}


def plot_first_try(rows: Sequence[dict], *, students: int | None = None, ax=None) -> "Figure":
    """Per question, how many students were right on the first try, not, or have not answered.

    Args:
        rows: one dict per question with ``quiz``, ``question``, ``right``, ``wrong`` (not
            right on the first try) and ``missing`` (numbers of students), in the order to draw
            them; optional ``looked``: how many of ``wrong`` looked at the answer before their
            first try, drawn apart from the wrong answers.
        students: the class size, for the alt text (default: right + wrong + missing).
        ax: optional matplotlib Axes to draw into.

    Returns:
        The matplotlib Figure, with ``alt_text`` and ``chart_data["first_try"]``.

    Raises:
        ToolkitError: if there are no questions to draw.

    >>> fig = plot_first_try([{"quiz": "02-says-who", "question": "q1", "right": 3, "wrong": 1,
    ...                        "missing": 0}])
    >>> alt_text(fig)
    '4 students, 1 question: right on the first try, of those who answered: 75% on average; lowest: Lesson 2 q1 (75%, 3 of 4).'
    """
    import re

    rows = [dict(r) for r in rows]
    if not rows:
        raise ToolkitError("There is no graded question to draw: the class has no quiz answers "
                           "yet, or the quizzes chosen have no questions with a right answer.")
    for r in rows:
        done = r["right"] + r["wrong"]
        r["looked"] = min(int(r.get("looked") or 0), r["wrong"])
        r["wrong_answer"] = r["wrong"] - r["looked"]
        r["answered"] = done
        r["share"] = r["right"] / done if done else None
        m = re.match(r"^(\d\d)-", str(r["quiz"]))
        r["lesson"] = f"Lesson {int(m.group(1))}" if m else str(r["quiz"])
    total = students or max(r["right"] + r["wrong"] + r["missing"] for r in rows)
    fig, (axis,) = _panels(ax, 1, (9.0, 1.6 + 0.3 * len(rows)))
    ys = list(range(len(rows)))
    left = [0] * len(rows)
    looked = sum(r["looked"] for r in rows)
    kinds = tuple(FIRST_TRY_LOOKS)
    for part in kinds:
        look = FIRST_TRY_LOOKS[part]
        values = [r["wrong_answer" if part == "wrong" else part] for r in rows]
        axis.barh(ys, values, left=left, height=0.72, color=look["facecolor"], edgecolor=INK,
                  hatch=look["hatch"], linewidth=0.6, label=look["name"])
        left = [a + b for a, b in zip(left, values)]
    for y, r in zip(ys, rows):
        text = "no answers" if r["share"] is None else f"{round(100 * r['share'])}%"
        axis.text(total * 1.01, y, text, va="center", fontsize=9, weight="bold", color=INK)
    axis.set_yticks(ys, [f"{r['lesson']}  {r['question']}" for r in rows])
    axis.set_ylim(len(rows) - 0.5, -0.6)
    axis.set_xlim(0, total * 1.12)
    axis.xaxis.get_major_locator().set_params(integer=True)
    axis.set_xlabel("Students (the % is right on the first try, of those who answered)")
    _tidy(axis, labelsize=9)
    from matplotlib.patches import Patch

    handles = [Patch(facecolor=FIRST_TRY_LOOKS[k]["facecolor"], edgecolor=INK,
                     hatch=FIRST_TRY_LOOKS[k]["hatch"], label=FIRST_TRY_LOOKS[k]["name"])
               for k in kinds]
    _legend(fig, axis, handles, ncol=len(kinds), own=ax is None)
    scored = [r for r in rows if r["share"] is not None]
    parts = [f"{_count(total, 'student')}, {_count(len(rows), 'question')}:"]
    if scored:
        mean = sum(r["share"] for r in scored) / len(scored)
        low = min(scored, key=lambda r: r["share"])
        parts.append(f"right on the first try, of those who answered: {round(100 * mean)}% on "
                     f"average; lowest: {low['lesson']} {low['question']} "
                     f"({round(100 * low['share'])}%, {low['right']} of {low['answered']}).")
    else:
        parts.append("nobody has answered yet.")
    if looked:
        parts.append(f"{_count(looked, 'first try', 'first tries')} came after looking at the "
                     f"answer (not counted as wrong answers).")
    unanswered = [r for r in rows if r["missing"]]
    if unanswered:
        most = max(unanswered, key=lambda r: r["missing"])
        parts.append(f"{_count(len(unanswered), 'question')} still unanswered by someone; the most "
                     f"is {most['lesson']} {most['question']} ({most['missing']} of {total}).")
    data = [{k: r[k] for k in ("quiz", "question", "right", "wrong", "looked", "missing", "share")}
            for r in rows]
    return _finish(fig, "first_try", data, " ".join(parts), ax,
                   title="Right on the first try, question by question", title_size=13)
