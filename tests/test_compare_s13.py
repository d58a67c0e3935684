"""Issue 14, session 13: general rules for what compare says happened to a rewrite sentence.
Every row is invented (no words of the seeds); rows marked "fails before" fail on the code before
their change, the others are guards."""

from __future__ import annotations

import pytest

from toolkit.comparison import compare


def _first(original: str, rewrite: str):
    return compare(original, rewrite).pairs[0]


# --- a plain judging or outcome word put in the place of its opposite (opposites_own.txt) ---------

@pytest.mark.parametrize("original, rewrite, was, now", [
    ("Building a second bridge is a good idea, the mayor told the council.",
     "Building a second bridge is a bad idea, the mayor told the council.", "good", "bad"),
    ("The coach praised the young players after the cup match.",
     "The coach criticized the young players after the cup match.", "praised", "criticized"),
    ("Fans cheered the band when it came back on stage.",
     "Fans booed the band when it came back on stage.", "cheered", "booed"),
    ("The new grazing rules will help small farms in the county.",
     "The new grazing rules will hurt small farms in the county.", "help", "hurt"),
    ("Most residents support the plan to close the old road.",
     "Most residents oppose the plan to close the old road.", "support", "oppose"),
    ("The winter storms make it hard for the small harbour to take in cargo.",
     "The winter storms make it easy for the small harbour to take in cargo.", "hard", "easy"),
])
def test_a_plain_opposite_is_a_changed_fact(original, rewrite, was, now):  # fails before
    p = _first(original, rewrite)
    assert p.kind == "changed", p.reason
    flags = [f for f in p.flags if f["kind"] == "changed"]
    assert [(f["original"]["text"], f["text"]) for f in flags] == [(was, now)]


@pytest.mark.parametrize("original, rewrite", [
    # both sides in one sentence: the words only moved
    ("It was a good start but a bad finish for the club.", "It was a bad start but a good finish for the club."),
    # the opposite negated says the same
    ("The new grazing rules will help small farms.", "The new grazing rules will not hurt small farms, they said."),
    # the opposite only inside a quotation is checked as a quotation
    ("The mayor called the plan good for the town.", "The mayor called the plan \"bad\" for the town."),
])
def test_an_opposite_that_does_not_turn_the_fact_round(original, rewrite):  # guard
    p = _first(original, rewrite)
    assert not any(f["kind"] == "changed" and f["text"].lower() in ("bad", "hurt") for f in p.flags), p.flags


def test_one_change_found_by_two_rules_is_flagged_once():  # guard: two flags on "Bad" with the list and no dedupe
    p = _first("Good weather helped the harvest this year, farmers said.",
               "Bad weather helped the harvest this year, farmers said.")
    assert p.kind == "changed"
    assert [f["text"] for f in p.flags if f["kind"] == "changed"] == ["Bad"]


# --- "hand" is a plain noun, not a judging word (evaluative_left_out.txt) --------------------------

def test_built_by_hand_adds_no_judging_word():  # fails before
    p = _first("The chairs were built in a small workshop.", "The chairs were built by hand in a small workshop.")
    assert not any(f["text"].lower() == "hand" for f in p.flags), p.flags
    assert "judging word" not in p.reason


def test_other_plain_judging_nouns_are_still_read():  # guard
    p = _first("The mayor met the farmers on Monday.", "The mayor met his dear old friends the farmers on Monday.")
    assert any(f["kind"] in ("mild", "loaded") and f["text"].lower() == "friends" for f in p.flags), p.flags
