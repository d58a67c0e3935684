"""Loaded language from the left and from the right gets the same label and evidence (issue 11)."""

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))

from symmetry import load_pairs, result  # noqa: E402

PAIRS = load_pairs()


def test_there_are_at_least_40_pairs():
    assert len(PAIRS) >= 40


@pytest.mark.parametrize("left,right", PAIRS, ids=[f"pair{i}" for i in range(len(PAIRS))])
def test_pair_gets_the_same_label_and_evidence_kinds(left, right):
    assert result(left) == result(right)


def test_loaded_pairs_are_opinion_on_both_sides():
    """Not only equal: a loaded word in the writer's voice is read as opinion, from either side."""
    not_opinion = [left for left, _ in PAIRS if result(left)[0] != "opinion"]
    assert not not_opinion


def test_every_partisan_pair_is_complete():
    from toolkit.wordlists import load_lines
    for line in load_lines("loaded_partisan"):
        left, right = line.split("\t")
        assert left.strip() and right.strip() and left != right, line
