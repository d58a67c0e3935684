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


def _prefix_texts(seed: int, n: int = 6000) -> list[str]:
    """Texts of the starred prefixes, cut, lengthened and glued to apostrophes, hyphens and
    letters whose case is a trap, so words that start with a prefix and words that almost do
    both occur often."""
    import random

    from toolkit.opinion import _gate_prefixes

    prefixes = sorted(_gate_prefixes())
    pieces = ["the", "plan", "a", "is", "'", "’", "-", "_", "9", "'s", "ſ", "ı", "İ", "\u212a",
              '"', "“", ",", ".", "ism", "ed", "s"]
    for p in prefixes:
        pieces += [p, p.title(), p.upper(), p[:-1], p + "ly", p + "-era"]
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) + rng.choice([" ", " ", " ", "", "\n"])
                    for _ in range(rng.randint(1, 10))) for _ in range(n)]


def test_gate_finds_a_prefix_where_its_regex_does():
    from toolkit.opinion import _gate, _gate_table
    from toolkit.wordlists import word_set

    any_prefix = _gate_table()[2]
    both = 0
    for text in _prefix_texts(11):
        words = word_set(text)
        plain = any_prefix.search(words.text) is not None
        assert _gate(words)[1] == plain, text
        both += plain
    assert 1000 < both < 5900  # texts with and without a prefix were both tested


def test_lexicon_prefixes_are_the_regex_findall():
    from toolkit.opinion import _lexicon_hits, _starred
    from toolkit.wordlists import word_set

    starred, prefix_re = _starred()
    found = 0
    for text in _prefix_texts(12):
        words = word_set(text)
        hits = {entry for prefix in set(prefix_re.findall(words.text)) for entry in starred[prefix.lower()]}
        quick = {entry for entry in _lexicon_hits(words)[1] if entry[0].split()[0].endswith("*")}
        assert quick == hits, text
        found += bool(hits)
    assert 1000 < found < 5900
