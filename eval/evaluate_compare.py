"""Score toolkit.compare against the hand-written compare keys; print precision and recall with counts.

Run from the project folder:  python eval/evaluate_compare.py  [--details]

Pairs scored: the seeds (toolkit/data/keys/compare-seeds.yaml), and the bridge and unrelated pairs
(eval/data/pairs/*-compare.yaml). The keys were written by hand before any compare rule existed;
the thresholds in toolkit/compare.py were then set while looking at these same three pairs, so the
figures below are not a held-out measure: read them as an upper bound.

What is counted:
- kind, strict: the key's first `kind` for each rewrite sentence. For every kind K: tp = predicted K
  and the key says K; fp = predicted K, the key says something else; fn = the key says K, predicted
  something else.
- kind, accepting `also`: a prediction is right when it is the key's kind or one of its `also`
  alternatives (then it counts as a tp of the predicted kind); otherwise as above.
- alignment: links (rewrite sentence, original sentence). tp = a predicted link that is in the key's
  `original` list; fp = a predicted link that is not; fn = a key link that was not predicted.
- dropped: original sentences the rewrite left out (predicted vs the key's `dropped`).
- vanished voices: the key's `voices.vanished` against ours (names matched loosely: same surname
  or same name without "the").
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from toolkit.compare import KINDS, compare  # noqa: E402
from toolkit.keys import normalize, read_yaml  # noqa: E402

PAIRS = {
    "seeds": (ROOT / "seeds" / "npr-sessions-el-salvador.txt",
              ROOT / "seeds" / "rewrite-sessions-ms13.txt",
              ROOT / "toolkit" / "data" / "keys" / "compare-seeds.yaml"),
    "bridge": (ROOT / "eval" / "data" / "pairs" / "bridge-original.txt",
               ROOT / "eval" / "data" / "pairs" / "bridge-rewrite.txt",
               ROOT / "eval" / "data" / "pairs" / "bridge-compare.yaml"),
    "unrelated": (ROOT / "eval" / "data" / "pairs" / "unrelated-original.txt",
                  ROOT / "eval" / "data" / "pairs" / "unrelated-rewrite.txt",
                  ROOT / "eval" / "data" / "pairs" / "unrelated-compare.yaml"),
}


def _n(text: str) -> str:
    return normalize(text.replace("\u00a0", " "))


def _loose(name: str) -> set[str]:
    core = re.sub(r"^(the|a|an)\s+", "", name.strip().lower())
    words = re.findall(r"[a-z’']+", core)
    return {core, words[-1]} if words else {core}


class Tally:
    """tp / fp / fn counts for one row of the table."""

    def __init__(self) -> None:
        self.tp = self.fp = self.fn = 0

    def add(self, other: "Tally") -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @staticmethod
    def _ratio(a: int, b: int) -> str:
        return f"{a / b:.2f}" if b else "  - "

    def row(self, name: str) -> str:
        p = self._ratio(self.tp, self.tp + self.fp)
        r = self._ratio(self.tp, self.tp + self.fn)
        return f"{name:<30} {p:>9} {r:>7} {self.tp:>4} {self.fp:>4} {self.fn:>4}"


def score(name: str, details: bool = False) -> tuple[dict[str, Tally], float, list[str]]:
    """Compare one pair and score it against its key."""
    original, rewrite, key_path = PAIRS[name]
    key = read_yaml(key_path)
    start = time.perf_counter()
    result = compare(original, rewrite)
    seconds = time.perf_counter() - start
    notes: list[str] = []
    by_text = {_n(p.rewrite.text): p for p in result.pairs}
    rows: dict[str, Tally] = {}
    for k in KINDS:
        rows[f"strict {k}"] = Tally()
        rows[f"also {k}"] = Tally()
    rows["alignment links"] = Tally()
    rows["dropped originals"] = Tally()
    rows["vanished voices"] = Tally()
    matched = set()
    for item in key["sentences"]:
        pair = by_text.get(_n(item["text"]))
        accepted = [item["kind"], *(item.get("also") or [])]
        key_links = {_n(t) for t in item.get("original") or []}
        if pair is None:
            notes.append(f"{name}: the key's sentence {item['n']} was not found as one sentence: "
                         f"{item['text'][:60]!r}")
            rows[f"strict {item['kind']}"].fn += 1
            rows[f"also {item['kind']}"].fn += 1
            rows["alignment links"].fn += len(key_links)
            continue
        matched.add(_n(pair.rewrite.text))
        pred = pair.kind
        if pred == item["kind"]:
            rows[f"strict {pred}"].tp += 1
        else:
            rows[f"strict {pred}"].fp += 1
            rows[f"strict {item['kind']}"].fn += 1
        if pred in accepted:
            rows[f"also {pred}"].tp += 1
        else:
            rows[f"also {pred}"].fp += 1
            rows[f"also {item['kind']}"].fn += 1
        pred_links = {_n(o.text) for o in pair.original}
        rows["alignment links"].tp += len(pred_links & key_links)
        rows["alignment links"].fp += len(pred_links - key_links)
        rows["alignment links"].fn += len(key_links - pred_links)
        if details:
            mark = "ok " if pred == item["kind"] else ("ok~" if pred in accepted else "XX ")
            ours = ",".join(str(o.index + 1) for o in pair.original) or "-"
            theirs = ",".join(str(n) for n in item.get("original_n") or []) or "-"
            notes.append(f"{name} R{item['n']:<3} {mark} ours {pred:<20} <- {ours:<8} key "
                         f"{item['kind']:<20} <- {theirs:<8} {pair.similarity:.2f}")
    for p in result.pairs:
        if _n(p.rewrite.text) not in matched:
            notes.append(f"{name}: our sentence {p.rewrite.text[:60]!r} is not in the key")
            rows[f"strict {p.kind}"].fp += 1
            rows[f"also {p.kind}"].fp += 1
    key_dropped = {_n(d["text"]) for d in key.get("dropped") or []}
    ours_dropped = {_n(d["sentence"].text) for d in result.dropped}
    rows["dropped originals"].tp = len(key_dropped & ours_dropped)
    rows["dropped originals"].fp = len(ours_dropped - key_dropped)
    rows["dropped originals"].fn = len(key_dropped - ours_dropped)
    key_vanished = list((key.get("voices") or {}).get("vanished") or [])
    ours_vanished = list(result.voices["vanished"])
    hit_key = [v for v in key_vanished if any(_loose(v) & _loose(o) for o in ours_vanished)]
    hit_ours = [o for o in ours_vanished if any(_loose(v) & _loose(o) for v in key_vanished)]
    rows["vanished voices"].tp = len(hit_key)
    rows["vanished voices"].fn = len(key_vanished) - len(hit_key)
    rows["vanished voices"].fp = len(ours_vanished) - len(hit_ours)
    return rows, seconds, notes


def main(argv: list[str] | None = None) -> int:
    """Print the table for each pair and for all pairs together."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--details", action="store_true", help="one line per rewrite sentence")
    args = parser.parse_args(argv)
    total: dict[str, Tally] = {}
    all_notes: list[str] = []
    for name in PAIRS:
        rows, seconds, notes = score(name, args.details)
        all_notes += notes
        print(f"\n{name} (compare took {seconds:.3f} s)")
        print(f"{'':<30} {'precision':>9} {'recall':>7} {'tp':>4} {'fp':>4} {'fn':>4}")
        for row_name, tally in rows.items():
            if tally.tp + tally.fp + tally.fn:
                print(tally.row(row_name))
            total.setdefault(row_name, Tally()).add(tally)
    print("\nall three pairs")
    print(f"{'':<30} {'precision':>9} {'recall':>7} {'tp':>4} {'fp':>4} {'fn':>4}")
    for row_name, tally in total.items():
        print(tally.row(row_name))
    if all_notes:
        print()
        print("\n".join(all_notes))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
