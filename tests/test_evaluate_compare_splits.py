"""eval/evaluate_compare.py scores the test2 ... test6 pairs only when asked (--test2 ... --test6), never by default."""

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))
import compare_misses  # noqa: E402
import evaluate_compare  # noqa: E402

sys.path.pop(0)


@pytest.mark.parametrize("argv, want", [
    ([], ["dev"]),
    (["--test"], ["dev", "test"]),
    (["--test2"], ["dev", "test2"]),
    (["--test", "--test2"], ["dev", "test", "test2"]),
    (["--test3"], ["dev", "test3"]),
    (["--test2", "--test3"], ["dev", "test2", "test3"]),
    (["--test4"], ["dev", "test4"]),
    (["--test2", "--test3", "--test4"], ["dev", "test2", "test3", "test4"]),
    (["--test5"], ["dev", "test5"]),
    (["--test4", "--test5"], ["dev", "test4", "test5"]),
    (["--test6"], ["dev", "test6"]),
    (["--test5", "--test6"], ["dev", "test5", "test6"]),
])
def test_public_splits_scored(monkeypatch, argv, want):
    asked, scored = [], []
    monkeypatch.setattr(evaluate_compare, "_public_keys", lambda split: (asked.append(split), ([], None))[1])
    monkeypatch.setattr(evaluate_compare, "run_group", lambda title, keys, details: scored.append(title))
    assert evaluate_compare.main(["--only", "public", *argv]) == 0
    assert asked == want
    assert len(scored) == len(want)


@pytest.mark.parametrize("split", ["test2", "test3", "test4", "test5", "test6"])
def test_held_out_pairs_are_listed_and_held_out(split):
    listing = evaluate_compare.read_yaml(evaluate_compare.PUBLIC / "pairs.yaml")
    held = [p["id"] for p in listing["pairs"] if p["split"] == split]
    assert len(held) == 10
    assert not set(held) & {p["id"] for p in listing["pairs"] if p["split"] != split}


def test_test3_is_the_eighth_draw():
    import random
    domains = "biz edu entmt polit sports tech".split()
    ids = sorted(f"{d}{i:02d}" for d in domains for i in range(1, 41))
    drawn = random.Random(14).sample(ids, 60)[50:60]
    listing = evaluate_compare.read_yaml(evaluate_compare.PUBLIC / "pairs.yaml")
    test3 = [p["id"] for p in listing["pairs"] if p["split"] == "test3"]
    # the tech files are numbered with three digits (tech23 -> tech023)
    assert test3 == [f"tech0{i[4:]}" if i.startswith("tech") else i for i in drawn]


def test_test4_is_the_ninth_draw():
    import random
    domains = "biz edu entmt polit sports tech".split()
    ids = sorted(f"{d}{i:02d}" for d in domains for i in range(1, 41))
    sample = random.Random(14).sample(ids, 70)
    listing = evaluate_compare.read_yaml(evaluate_compare.PUBLIC / "pairs.yaml")
    three = {p: [x["id"] for x in listing["pairs"] if x["split"] == p] for p in ("test2", "test3", "test4")}
    # the same ids list gives the earlier draws back exactly, so the ninth draw continues them
    for split, part in (("test2", sample[40:50]), ("test3", sample[50:60]), ("test4", sample[60:70])):
        assert three[split] == [f"tech0{i[4:]}" if i.startswith("tech") else i for i in part], split


def test_test5_is_the_tenth_draw():
    import random
    domains = "biz edu entmt polit sports tech".split()
    ids = sorted(f"{d}{i:02d}" for d in domains for i in range(1, 41))
    sample = random.Random(14).sample(ids, 80)
    listing = evaluate_compare.read_yaml(evaluate_compare.PUBLIC / "pairs.yaml")
    splits = ("test2", "test3", "test4", "test5")
    drawn = {p: [x["id"] for x in listing["pairs"] if x["split"] == p] for p in splits}
    # a longer sample keeps the shorter one as its start, so [60:70] is test4 again and [70:80] continues
    assert sample[:70] == random.Random(14).sample(ids, 70)
    for split, part in zip(splits, (sample[40:50], sample[50:60], sample[60:70], sample[70:80])):
        assert drawn[split] == [f"tech0{i[4:]}" if i.startswith("tech") else i for i in part], split


def test_test6_is_the_eleventh_draw():
    import random
    domains = "biz edu entmt polit sports tech".split()
    ids = sorted(f"{d}{i:02d}" for d in domains for i in range(1, 41))
    sample = random.Random(14).sample(ids, 90)
    listing = evaluate_compare.read_yaml(evaluate_compare.PUBLIC / "pairs.yaml")
    splits = ("test2", "test3", "test4", "test5", "test6")
    drawn = {p: [x["id"] for x in listing["pairs"] if x["split"] == p] for p in splits}
    # the same ids list gives test2 ... test5 back exactly, so [80:90] continues the earlier draws
    assert sample[:80] == random.Random(14).sample(ids, 80)
    parts = (sample[40:50], sample[50:60], sample[60:70], sample[70:80], sample[80:90])
    for split, part in zip(splits, parts):
        assert drawn[split] == [f"tech0{i[4:]}" if i.startswith("tech") else i for i in part], split


def test_compare_misses_never_reads_test5():
    assert "test4" in compare_misses.READABLE and "test5" not in compare_misses.READABLE


def test_compare_misses_never_reads_test6(monkeypatch):
    assert "test6" not in compare_misses.READABLE
    read = []
    monkeypatch.setattr(compare_misses, "_public_keys", lambda split: (read.append(split), ([], None))[1])
    with pytest.raises(SystemExit):  # argparse refuses the split before anything is read
        compare_misses.main(["--splits", "test6"])
    assert read == []


@pytest.mark.parametrize("split", ["test2", "test3", "test4", "test5", "test6"])
def test_held_out_pairs_are_labelled(split):
    labels = evaluate_compare.read_yaml(evaluate_compare.PUBLIC / "labels.yaml")["pairs"]
    listing = evaluate_compare.read_yaml(evaluate_compare.PUBLIC / "pairs.yaml")
    for pid in (p["id"] for p in listing["pairs"] if p["split"] == split):
        assert labels[pid]["original"] and labels[pid]["rewrite"], pid
        for item in labels[pid]["rewrite"]:
            assert item["kind"] in evaluate_compare.KINDS, (pid, item)
            assert (item["kind"] == "added") == (not item["original"]), (pid, item)
