"""Tests for toolkit.sources: one place that folds and matches names of sources."""

import pytest

from toolkit.sources import match_source, name_heads, norm_source, same_source, source_key, surname


def test_source_key_folds_case_and_article():
    assert source_key("The Associated Press") == source_key("associated press")


@pytest.mark.parametrize("x, y, same", [
    ("Mayor Ana Ruiz", "Ruiz", True),
    ("the city council", "The City Council", True),
    ("Mayor Ana Ruiz", "Chief Tom Lee", False),
])
def test_same_source(x, y, same):
    assert same_source(x, y) is same


@pytest.mark.parametrize("answer, how", [
    ("Dana Okafor", "exact"), ("okafor", "exact"), ("Police Chief Dana Okafor", "with title"),
    ("Dana Okafr", "spelling"), ("Tom Lee", None), ("  ", "empty"),
])
def test_match_source(answer, how):
    assert match_source(answer, "Dana Okafor") == how


def test_organisations_have_no_surname():
    assert surname("Lakemont Police Department") is None
    assert surname("CNN's Ana Ruiz") is None  # an outlet's acronym first: not a person's name
    assert surname("Ana Ruiz") == "ruiz"
    assert norm_source("The Mayor’s") == "mayor"
    assert "Ruiz" in name_heads("Mayor Ana Ruiz")


def test_analysis_comparison_and_grading_share_the_matcher():
    from toolkit import analysis, comparison
    from toolkit.quiz import grading
    from toolkit.quiz.types import says_who  # the says-who checks (schema and grading) live here

    assert analysis.source_key is source_key
    assert comparison.same_source is same_source
    assert grading.norm_source is norm_source
    assert says_who.match_source is match_source


def test_a_source_given_with_its_title_accepts_the_surname_without_aliases():
    """A teacher's drafted key has no aliases: 'Acevedo' must still match 'Houston Police Chief
    Art Acevedo' (it did not: 'Police' made the whole name an organisation's), and an office or
    outlet alone must not turn into a surname."""
    from toolkit.keys import KeySentence
    from toolkit.quiz.types.says_who import source_verdict
    from toolkit.sources import match_source

    ks = KeySentence(1, "x", "attributed", source="Houston Police Chief Art Acevedo")
    assert source_verdict("Acevedo", ks).correct is True
    assert source_verdict("Acevdo", ks).summary == "spelling"
    assert match_source("Ruiz", "City Council member Ana Ruiz") == "exact"
    assert match_source("Art", "Houston Police Chief Art Acevedo") is None
    assert match_source("police", "Lakemont Police") is None
    assert match_source("council", "the Lakemont City Council") is None
