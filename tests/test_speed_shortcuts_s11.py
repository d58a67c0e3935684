"""Session 11 speed work (issue 19): nothing is computed twice or before it is read, and every
shortcut gives exactly what the slower way gave.

bench/identity.py checks the whole analysis JSON on real articles.
"""

from __future__ import annotations

import pytest

from seedpaths import NPR, REWRITE


@pytest.mark.parametrize("path", [NPR, REWRITE])
def test_remeasuring_an_analysis_keeps_its_labels(path, monkeypatch):
    # The report remeasures an analysis made without readability: it gets the same figures as a
    # fresh analysis of the article, and the sentences are not labelled a second time.
    from toolkit import analysis
    from toolkit.analysis import analyze, as_analysis

    fresh = analyze(path).to_json()
    quick = analyze(path, readability=False)

    def labelled_again(article):
        raise AssertionError("the sentences were labelled a second time")

    monkeypatch.setattr(analysis, "label_sentences", labelled_again)
    again = as_analysis(quick, remeasure=True)
    assert again.measure_readability and again.readability
    assert again.to_json() == fresh
    assert quick.readability == {}  # the analysis given is left as it was


def test_paragraph_figures_wait_until_read():
    # What lessons and the report read (the article's readability, the report card, the
    # readability table) does not make the per-paragraph figures; reading them does.
    from toolkit import analyze
    from toolkit.lesson import readability_table, report_card

    a = analyze(NPR)
    assert a.readability["flesch_kincaid_grade"].value is not None
    report_card(a)
    readability_table(a)
    assert a._paragraph_readability is None
    assert a.paragraph_readability and a._paragraph_readability is not None
