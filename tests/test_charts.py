"""Tests for toolkit.charts: the data behind each chart, its structure, alt text, saving, speed."""

from __future__ import annotations

import subprocess
import sys

import pytest

from toolkit import ToolkitError, analyze, charts
from toolkit.palette import COMPARE_STYLES, LABEL_STYLES, LABELS

from seedpaths import NPR, REWRITE, ROOT
SHORT = '"We will rebuild," Mayor Ana Ruiz said. The storm hit on Monday.'
PLOTS = ("plot_density", "plot_strip", "plot_labels", "plot_readability", "plot_sources")


@pytest.fixture(scope="module")
def npr():
    return analyze(NPR)


@pytest.fixture(scope="module")
def rewrite():
    return analyze(REWRITE)


@pytest.fixture(scope="module")
def short():
    return analyze(SHORT)


class StandIn:
    """A stand-in for toolkit.compare's Comparison: only ``flow_counts()`` is used."""

    def __init__(self, counts):
        self.counts = counts

    def flow_counts(self):
        return dict(self.counts)


FLOW = {"kept": 2, "reworded": 5, "attribution_dropped": 6, "changed": 2, "added": 6, "dropped": 12}


def _bars(axis):
    from matplotlib.patches import Rectangle

    return [p for p in axis.patches if isinstance(p, Rectangle) and p.get_gid() is None]


# ---- importing and global state ------------------------------------------------------------

def test_import_toolkit_does_not_import_matplotlib():
    code = "import sys, toolkit, toolkit.charts; print('matplotlib' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_charts_leave_backend_and_pyplot_alone():
    code = ("import matplotlib; b = matplotlib.get_backend(); import sys\n"
            "from toolkit import analyze, charts\n"
            "charts.plot_labels(analyze('It rained. Roads closed.', readability=False))\n"
            "print(matplotlib.get_backend() == b, 'matplotlib.pyplot' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={"MPLBACKEND": "Agg", "PATH": ""})
    assert out.stdout.split() == ["True", "False"]


# ---- the data behind each chart --------------------------------------------------------------

def test_density_data_matches_the_analysis(npr):
    data = charts.density_data(npr)
    assert len(data["paragraphs"]) == len(npr.density.paragraphs)
    for row, p in zip(data["paragraphs"], npr.density.paragraphs):
        assert (row["sentences"], row["attributed"]) == (p.sentences, p.attributed)
        assert row["percent"] == pytest.approx(100 * p.share_attributed)
    assert data["paragraphs"][0]["tick"] == "H"
    assert data["percent"] == pytest.approx(100 * 21 / 30)


def test_density_bars_one_per_paragraph_with_hatch_and_reference_line(npr, rewrite):
    fig = charts.plot_density(npr, rewrite)
    left, right = fig.axes[:2]
    for axis, a in ((left, npr), (right, rewrite)):
        bars = _bars(axis)
        assert len(bars) == len(a.density.paragraphs)
        assert [b.get_height() for b in bars] == pytest.approx(
            [100 * p.share_attributed for p in a.density.paragraphs])
        assert all(b.get_hatch() == LABEL_STYLES["attributed"].hatch for b in bars)
        lines = [ln for ln in axis.get_lines() if ln.get_linestyle() == "--"]
        assert lines and lines[0].get_ydata()[0] == pytest.approx(100 * a.density.share_attributed)
        assert axis.get_ylim() == (0, 105)
    assert left.get_ylim() == right.get_ylim()  # same scale side by side
    assert "How much is attributed?" in fig._suptitle.get_text()
    assert left.get_ylabel() == "Sentences that name a source"


def test_strip_cells_follow_reading_order(npr, rewrite):
    fig = charts.plot_strip(npr, rewrite)
    data = fig.chart_data["strip"]
    assert [c["label"] for c in data[0]["cells"]] == [s.label for s in npr.sentences]
    assert [c["label"] for c in data[1]["cells"]] == [s.label for s in rewrite.sentences]
    xs = [c["x"] for c in data[0]["cells"]]
    assert xs == sorted(xs)
    cells = _bars(fig.axes[0])
    assert len(cells) == len(npr.sentences) + len(rewrite.sentences)
    assert {c.get_hatch() for c in cells} <= {LABEL_STYLES[k].hatch for k in LABELS}
    letters = [t.get_text() for t in fig.axes[0].texts if len(t.get_text()) == 1]
    assert letters.count("S") == 21 + 1


def test_labels_bars_are_shares_per_label(npr, rewrite):
    fig = charts.plot_labels(npr, rewrite)
    data = fig.chart_data["labels"]
    assert data[0]["counts"] == npr.density.label_counts
    assert sum(data[1]["percent"].values()) == pytest.approx(100)
    bars = _bars(fig.axes[0])
    nonzero = sum(1 for d in data for k in LABELS if d["counts"][k])
    assert len(bars) == nonzero
    for bar in bars:
        styles = [s for s in LABEL_STYLES.values() if s.hatch == bar.get_hatch()]
        assert len(styles) == 1
    legend = [t.get_text() for t in fig.legends[0].get_texts()]
    assert legend == [f"{LABEL_STYLES[k].marker} {LABEL_STYLES[k].name}" for k in LABELS]


def test_readability_none_is_not_zero(npr, rewrite):
    fig = charts.plot_readability(npr, rewrite, grades=(8, 10))
    data = fig.chart_data["readability"]
    smog = [r for r in data[0]["measures"] if r["id"] == "smog_index"][0]
    assert smog["value"] is None
    texts = [t.get_text() for t in fig.axes[0].texts]
    assert texts.count("not enough text") == 2
    drawn = sum(1 for d in data for r in d["measures"] if r["value"] is not None)
    assert len(_bars(fig.axes[0])) == drawn  # no bar (not even of width 0) for a missing measure
    assert all(b.get_width() > 0 for b in _bars(fig.axes[0]))
    assert "dale_chall_readability_score" not in {r["id"] for r in data[0]["measures"]}
    band = [p for p in fig.axes[0].patches if p.get_gid() == "students-grades"]
    assert len(band) == 1 and band[0].get_x() == 8 and band[0].get_width() == 2
    assert "SMOG: not enough text" in fig.alt_text


@pytest.mark.parametrize("grades", [(10, 8), "8", (0, 3), None])
def test_readability_rejects_bad_grades(short, grades):
    with pytest.raises(ToolkitError, match="grades"):
        charts.plot_readability(short, grades=grades)


def test_readability_needs_readability_figures():
    with pytest.raises(ToolkitError, match="readability=True"):
        charts.plot_readability(analyze(SHORT, readability=False))


def test_readability_short_text_says_not_enough(short):
    fig = charts.plot_readability(short)
    assert all(r["value"] is None for r in fig.chart_data["readability"][0]["measures"])
    assert "not enough text" in fig.alt_text


def test_sources_counts_sentences_per_source(npr, rewrite):
    fig = charts.plot_sources(npr, rewrite)
    data = fig.chart_data["sources"]
    assert sum(r["sentences"] for r in data[0]["sources"]) + data[0]["unnamed"] == 21
    assert data[0]["sources"][0] == {"source": "The Associated Press", "sentences": 7}
    assert data[1]["sources"] == [{"source": "NPR", "sentences": 1}]
    assert len(_bars(fig.axes[0])) == len(data[0]["sources"])
    assert fig.axes[0].get_xlim() == fig.axes[1].get_xlim()


def test_sources_with_no_source_says_so():
    fig = charts.plot_sources(analyze("The storm hit on Monday. Roads closed.", readability=False))
    assert "No sentence names a source." in [t.get_text() for t in fig.axes[0].texts]
    assert "names no source" in fig.alt_text


# ---- alt text -------------------------------------------------------------------------------

def test_alt_text_for_the_pair(npr, rewrite):
    fig = charts.plot_density(npr, rewrite)
    assert charts.alt_text(fig) == fig.alt_text
    assert fig.alt_text.startswith("In the NPR report 21 of 30 sentences name a source (70%)")
    assert "in the Angry Patriot Movement rewrite 1 of 21 sentences names a source (5%)" in fig.alt_text
    strip = charts.plot_strip(npr, rewrite).alt_text
    assert "only sentence 4 of 21 names a source, and the last 17 sentences name none" in strip


@pytest.mark.parametrize("plot", PLOTS)
def test_every_chart_has_alt_text_of_one_or_two_sentences_per_article(plot, npr, rewrite):
    fig = getattr(charts, plot)(npr, rewrite)
    text = charts.alt_text(fig)
    assert 20 < len(text) < 600
    assert text.count(". ") <= 2


def test_alt_text_refuses_foreign_figures():
    from matplotlib.figure import Figure

    with pytest.raises(ToolkitError, match="no alt text"):
        charts.alt_text(Figure())


def test_names_override(short):
    fig = charts.plot_labels(short, short, names=["Monday", "Tuesday"])
    assert [t.get_text() for t in fig.axes[0].get_yticklabels()] == ["Monday", "Tuesday"]
    with pytest.raises(ToolkitError, match="one name per article"):
        charts.plot_labels(short, names=["Only one", "two", "three"])


def test_bad_input_is_a_plain_error():
    with pytest.raises(ToolkitError, match="needs an analysis"):
        charts.plot_density([1, 2, 3])


def test_charts_draw_an_analysis_and_never_analyse_text_themselves():
    with pytest.raises(ToolkitError, match="run toolkit.analyze"):
        charts.plot_strip(SHORT)
    fig = charts.plot_strip(analyze(SHORT, readability=False))
    assert [c["label"] for c in fig.chart_data["strip"][0]["cells"]] == ["attributed", "claim"]


# ---- composing into the caller's axes ------------------------------------------------------

def test_compose_into_one_figure(npr, rewrite):
    from matplotlib.figure import Figure

    fig = Figure(figsize=(12, 8))
    top, bottom = fig.subplots(2, 1)
    out = charts.plot_labels(npr, rewrite, ax=top)
    out2 = charts.plot_density(npr, ax=bottom)
    assert out is fig and out2 is fig
    assert set(fig.chart_data) == {"labels", "density"}
    assert "70% of sentences name a source" in fig.alt_text and "paragraphs name none" in fig.alt_text
    assert len(_bars(bottom)) == len(npr.density.paragraphs)


def test_compose_pair_splits_one_axes(npr, rewrite):
    from matplotlib.figure import Figure

    fig = Figure()
    axis = fig.subplots()
    charts.plot_sources(npr, rewrite, ax=axis)
    assert len(axis.child_axes) == 2 and not axis.axison
    assert axis.child_axes[0].get_xlim() == axis.child_axes[1].get_xlim()


# ---- the flow chart (a stand-in Comparison gives exact counts; the real one is below) ------

def test_flow_chart_from_counts():
    fig = charts.plot_flow(StandIn(FLOW))
    data = fig.chart_data["flow"]
    assert data["original_total"] == 2 + 5 + 6 + 2 + 12
    assert data["rewrite_total"] == 2 + 5 + 6 + 2 + 6
    bars = _bars(fig.axes[0])
    assert len(bars) == 10  # five segments in each row, none empty
    assert {b.get_hatch() for b in bars} == {COMPARE_STYLES[k].hatch for k in FLOW}
    assert fig.alt_text == ("Of the rewrite's 21 sentences, 2 kept the original's words, 5 reworded "
                            "the original, 6 dropped the source, 2 changed a fact and 6 were "
                            "added; 12 of the original's 27 sentences were left out.")


def test_flow_chart_rejects_unknown_kinds_and_non_comparisons():
    with pytest.raises(ToolkitError, match="does not know: invented"):
        charts.plot_flow(StandIn({"invented": 1}))
    with pytest.raises(ToolkitError, match="needs a comparison"):
        charts.plot_flow({"kept": 1})


def test_flow_chart_with_zeros():
    fig = charts.plot_flow(StandIn({"added": 3}))
    assert len(_bars(fig.axes[0])) == 1


# ---- saving ---------------------------------------------------------------------------------

@pytest.mark.parametrize("ext, magic", [(".png", b"\x89PNG"), (".svg", b"<?xml"), (".SVG", b"<?xml")])
def test_save_png_and_svg(tmp_path, short, ext, magic):
    fig = charts.plot_labels(short)
    path = charts.save(fig, tmp_path / f"chart{ext}")
    data = path.read_bytes()
    assert data.startswith(magic)
    if ext.lower() == ".svg":
        assert "50% of sentences name a source" in data.decode("utf-8")  # the alt text as <desc>


@pytest.mark.parametrize("name", ["chart.jpg", "chart", "chart.pdf"])
def test_save_rejects_other_extensions(tmp_path, short, name):
    with pytest.raises(ToolkitError, match=r"\.png or \.svg"):
        charts.save(charts.plot_labels(short), tmp_path / name)


def test_save_unwritable_path(tmp_path, short):
    with pytest.raises(ToolkitError, match="Cannot write"):
        charts.save(charts.plot_labels(short), tmp_path / "no-such-folder" / "chart.png")


# (How fast each chart draws is measured by bench/chart_speed.py, not asserted here.)


def test_flow_chart_from_the_real_comparison(npr, rewrite):
    from toolkit import compare

    comparison = compare(npr, rewrite)
    fig = charts.plot_flow(comparison)
    data = fig.chart_data["flow"]
    counts = comparison.flow_counts()
    assert data["rewrite"] == {k: counts[k] for k in data["rewrite"]}
    assert data["rewrite_total"] == len(rewrite.sentences)
    assert data["original_total"] == len(npr.sentences)  # each original sentence counted once
    ticks = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert ticks[0].startswith("NPR report") and "30 sentences" in ticks[0].replace("\n", " ")
    assert f"{counts['dropped']} of the original's 30 sentences were left out" in fig.alt_text


def test_dollar_signs_in_article_text_are_not_read_as_math():
    """A headline like "Costs Rise $5\\ and $2" once crashed the report; text is shown as written."""
    from toolkit import analyze, article_from_text
    from toolkit import charts

    a = analyze(article_from_text('Costs Rise $5\\ and $2 Today\n\n'
                                  '"Prices rose $5," Mayor Ana Ruiz said. It cost $2 more.'))
    for plot in (charts.plot_density, charts.plot_sources, charts.plot_labels, charts.plot_strip):
        assert charts.figure_bytes(plot(a), "png")


def test_without_matplotlib_charts_say_so_in_one_line_and_lessons_go_on(monkeypatch):
    """The browser site may lack matplotlib: a plain ToolkitError, and lesson helpers show one line."""
    import sys

    import toolkit.charts as charts
    from toolkit import ToolkitError, lesson

    monkeypatch.setitem(sys.modules, "matplotlib", None)
    assert charts.available() is False
    with pytest.raises(ToolkitError, match="Charts need matplotlib"):
        charts.plot_density(analyze(str(NPR), readability=False))
    npr, rewrite = lesson.seed_analysis("npr"), lesson.seed_analysis("rewrite")
    key = lesson.load_compare_key("compare-seeds", npr, rewrite)
    for shown in (lesson.density_chart(npr), lesson.flow_chart(key),
                  lesson.readability_chart(npr, rewrite)):
        assert "No chart here:" in shown and "Charts need matplotlib" in shown
        assert "<img" not in shown
