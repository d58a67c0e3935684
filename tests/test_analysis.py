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
