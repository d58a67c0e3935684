"""Attribution density: article and paragraph figures computed from the labels."""

import json

import pytest

from toolkit import ToolkitError, analyze


def test_npr_density(npr_analysis):
    d = npr_analysis.density
    assert d.sentences == 30 and d.attributed == 21
    assert d.share_attributed == pytest.approx(0.7)
    assert 0 < d.per_100_words < 5
    assert 0.1 < d.share_quoted < 0.6
    assert {"Houston Police Chief Art Acevedo", "Hector Silva Avalos", "The White House"} <= set(d.sources)
    assert sum(p.sentences for p in d.paragraphs) == d.sentences
    assert len(d.paragraphs) == len(npr_analysis.article.paragraphs)


def test_rewrite_density(rewrite_analysis):
    d = rewrite_analysis.density
    assert d.attributed == 1 and d.sentences == 21
    assert d.sources == ("NPR",)
    assert d.label_counts["call_to_action"] == 3


def test_to_json_round_trip(rewrite_analysis):
    data = json.loads(rewrite_analysis.to_json())
    assert data["density"]["attributed"] == 1
    assert len(data["sentences"]) == 21


def test_by_label(npr_analysis):
    assert len(npr_analysis.by_label("attributed")) == 21
    with pytest.raises(ToolkitError, match="no label"):
        npr_analysis.by_label("facts")


def test_analyze_pasted_text_and_empty():
    a = analyze("The council met. \"It went well,\" Mayor Ana Ruiz said.", readability=False)
    assert a.density.attributed == 1
    with pytest.raises(ToolkitError):
        analyze("")


def test_one_converter_at_the_edges(tmp_path):
    """report, the lesson API and compare all convert with analysis.as_analysis, each saying what
    it needs: compare leaves readability out, the report measures it at the class's grade, the
    lesson API takes files only."""
    from toolkit import compare
    from toolkit.analysis import as_analysis
    from toolkit.lesson import read_article
    from toolkit.report import build_report

    text = "The council met on Monday. \"It went well,\" Mayor Ana Ruiz said."
    quick = as_analysis(text, readability=False)
    assert as_analysis(quick) is quick and not quick.measure_readability
    again = as_analysis(quick, remeasure=True, reader_grade=6)
    assert again.measure_readability and again.reader_grade == 6 and again.readability
    c = compare(text, "The council met on Monday.")
    assert not c.original_analysis.measure_readability
    with pytest.raises(ToolkitError, match="The rewrite must be a file path, pasted text"):
        compare(text, 42)
    with pytest.raises(ToolkitError, match="The original must be a file path, pasted text"):
        build_report(42)
    with pytest.raises(ToolkitError, match="No file named"):
        read_article(text)  # a lesson takes an analysis or a file, never pasted text
    path = tmp_path / "council.txt"
    path.write_text(text, encoding="utf-8")
    assert as_analysis(str(path), pasted=False).article.text == quick.article.text
    with pytest.raises(ToolkitError, match="must be a file path, an Article or an analysis"):
        as_analysis(3.5, pasted=False)
