"""The pure-Python similarity (for the browser, where rapidfuzz has no build) equals rapidfuzz's."""

import itertools

import pytest

import toolkit
import toolkit.fuzzy as fuzzy
from seedpaths import NPR, REWRITE

rapidfuzz = pytest.importorskip("rapidfuzz.fuzz")


def _seed_sentences():
    return [s.text for path in (NPR, REWRITE) for s in toolkit.analyze(str(path), readability=False).sentences]


def test_pure_ratio_equals_rapidfuzz_on_every_pair_of_seed_sentences():
    sentences = _seed_sentences()
    pairs = list(itertools.product(sentences, repeat=2))
    assert len(pairs) > 1000
    for a, b in pairs:
        assert fuzzy.pure_ratio(a, b) == rapidfuzz.ratio(a, b), (a, b)
        assert fuzzy.pure_ratio(a.lower(), b[:40]) == rapidfuzz.ratio(a.lower(), b[:40])


@pytest.mark.parametrize("a,b", [("", ""), ("", "x"), ("Acevedo", "Acevado"), ("Sesions", "Sessions"),
                                 ("ééa", "aé"), ("a" * 300, "a" * 150 + "b" * 150)])
def test_pure_ratio_equals_rapidfuzz_on_edge_cases(a, b):
    assert fuzzy.pure_ratio(a, b) == rapidfuzz.ratio(a, b)


def test_compare_and_grading_give_the_same_results_without_rapidfuzz(monkeypatch):
    with_rapidfuzz = toolkit.compare(str(NPR), str(REWRITE)).to_dict()
    monkeypatch.setattr(fuzzy, "_rapidfuzz_ratio", None)
    assert fuzzy.ratio("Acevedo", "Acevado") == rapidfuzz.ratio("Acevedo", "Acevado")
    assert toolkit.compare(str(NPR), str(REWRITE)).to_dict() == with_rapidfuzz
