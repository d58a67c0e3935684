"""eval/evaluate_compare.py scores the held-out test2 pairs only when asked (--test2), never by default."""

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))
import evaluate_compare  # noqa: E402

sys.path.pop(0)


@pytest.mark.parametrize("argv, want", [
    ([], ["dev"]),
    (["--test"], ["dev", "test"]),
    (["--test2"], ["dev", "test2"]),
    (["--test", "--test2"], ["dev", "test", "test2"]),
])
def test_public_splits_scored(monkeypatch, argv, want):
    asked, scored = [], []
    monkeypatch.setattr(evaluate_compare, "_public_keys", lambda split: (asked.append(split), ([], None))[1])
    monkeypatch.setattr(evaluate_compare, "run_group", lambda title, keys, details: scored.append(title))
    assert evaluate_compare.main(["--only", "public", *argv]) == 0
    assert asked == want
    assert len(scored) == len(want)


def test_test2_pairs_are_listed_and_held_out():
    listing = evaluate_compare.read_yaml(evaluate_compare.PUBLIC / "pairs.yaml")
    test2 = [p["id"] for p in listing["pairs"] if p["split"] == "test2"]
    assert len(test2) == 10
    assert not set(test2) & {p["id"] for p in listing["pairs"] if p["split"] != "test2"}


def test_test2_pairs_are_labelled():
    labels = evaluate_compare.read_yaml(evaluate_compare.PUBLIC / "labels.yaml")["pairs"]
    listing = evaluate_compare.read_yaml(evaluate_compare.PUBLIC / "pairs.yaml")
    for pid in (p["id"] for p in listing["pairs"] if p["split"] == "test2"):
        assert labels[pid]["original"] and labels[pid]["rewrite"], pid
        for item in labels[pid]["rewrite"]:
            assert item["kind"] in evaluate_compare.KINDS, (pid, item)
            assert (item["kind"] == "added") == (not item["original"]), (pid, item)
