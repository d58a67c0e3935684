"""Show where toolkit.compare's kind differs from our labels on the public DEV pairs (error analysis).

Only for dev and the spent held-out splits (test2, test3, test4: scored once in s8/s9/s10, extra
dev since). test5 (scored once in s11) is spent but not read here either; the held-out split
still in use (test6, s13) is scored once, by the lead with evaluate_compare.py, and never read here.

    python eval/compare_misses.py                       every dev sentence whose strict kind is wrong
    python eval/compare_misses.py --all                 every dev sentence, right or wrong
    python eval/compare_misses.py --splits dev test2 test3 test4   those splits, each counted apart

For each one: the rewrite sentence, the key's kind, links and note, the original sentence(s) the
key links it to, and what the tool said (kind, links, reason, changed flags). Then a count of
(key kind -> tool kind) confusions, to see which kinds fail and why.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "eval"))

from evaluate_compare import PUBLIC, _n, _public_keys  # noqa: E402
from toolkit.comparison import compare  # noqa: E402
from toolkit.keys import read_yaml  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    """Print the dev misses and the confusion counts."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--all", action="store_true", help="show right answers too")
    parser.add_argument("--splits", nargs="+", default=["dev"], choices=list(READABLE),
                        help="which splits to read (dev, and the spent test2 / test3 / test4)")
    args = parser.parse_args(argv)
    for split in args.splits:
        keys, why_not = _public_keys(split)
        if why_not:
            print(f"skipped: {why_not}.")
            return 0
        _misses(split, keys, args.all)
    return 0


READABLE = ("dev", "test2", "test3", "test4")  # never a held-out split still in use (test6), nor test5


def _misses(split: str, keys: list, show_all: bool) -> None:
    """Print one split's misses and its confusion counts."""
    labels = read_yaml(PUBLIC / "labels.yaml")["pairs"]
    confusion: Counter = Counter()
    for key in keys:
        pid = key.name.split()[0]
        o_text = key.original.read_text(encoding="utf-8")
        o_sents = [o_text[a:b] for a, b in labels[pid]["original"]]
        result = compare(key.original, key.rewrite)
        by_text = {_n(p.rewrite.text): p for p in result.pairs}
        for i, (item, lab) in enumerate(zip(key.items, labels[pid]["rewrite"]), 1):
            pair = by_text.get(_n(item.text))
            pred = pair.kind if pair else "(not one sentence)"
            confusion[(item.kind, pred)] += 1
            if pred == item.kind and not show_all:
                continue
            mark = "ok" if pred == item.kind else ("also" if pred in item.also else "MISS")
            print(f"\n== {pid} R{i} [{mark}] key {item.kind} (also {item.also or '-'}) <- "
                  f"O{lab['original'] or '-'}; tool {pred}")
            if lab.get("note"):
                print(f"   key note: {lab['note']}")
            print(f"   R: {item.text}")
            for k in lab["original"]:
                print(f"   O{k}: {o_sents[k - 1]}")
            if pair is None:
                continue
            tool_o = [o.index + 1 for o in pair.original]
            if tool_o != [o.index + 1 for o in pair.original if _n(o.text) in item.originals] or \
                    len(tool_o) != len(lab["original"]):
                for o in pair.original:
                    print(f"   tool O (sentence {o.index + 1}): {o.text}")
            print(f"   tool: {pair.reason}")
            for f in pair.flags:
                if f["kind"] in ("changed", "added"):
                    print(f"   flag {f['kind']}: {f['text']!r} ({f.get('note', '')})")
    print(f"\n(key kind -> tool kind): count, {split}")
    for (k, p), n in sorted(confusion.items(), key=lambda x: -x[1]):
        if k != p:
            print(f"  {k:>20} -> {p:<20} {n}")
    right = sum(n for (k, p), n in confusion.items() if k == p)
    print(f"  right {right} of {sum(confusion.values())}")


if __name__ == "__main__":
    raise SystemExit(main())
