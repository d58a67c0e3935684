"""Score toolkit compare against hand-made keys; print precision, recall and accuracy with counts.

Usage (from the project folder):
    python eval/evaluate_compare.py                 public dev pairs, our own pairs, the seeds
    python eval/evaluate_compare.py --test          also the public test pairs (report them once)
    python eval/evaluate_compare.py --test2         also the test2 pairs (seventh draw; spent, now extra dev)
    python eval/evaluate_compare.py --test3         also the test3 pairs (eighth draw; spent, now extra dev)
    python eval/evaluate_compare.py --test4         also the test4 pairs (ninth draw; scored once in s10, spent)
    python eval/evaluate_compare.py --test5         also the test5 pairs (tenth draw; scored once in s11, spent)
    python eval/evaluate_compare.py --test6         also the test6 pairs (eleventh draw; scored once in s13, spent)
    python eval/evaluate_compare.py --details       one line per rewrite sentence

Three groups, never mixed in one figure:
- public: real original/derived news pairs nobody here wrote (eval/data/public/pairs.yaml; the
  texts are fetched into the git-ignored eval/data/fetched/ by eval/fetch_public_pairs.py, the
  labels are ours, in eval/data/public/labels.yaml). Split dev / test / test2 / test3 / test4 /
  test5 / test6. When the texts are absent (a fresh clone, CI) this group is skipped with a note
  and the script still exits 0.
- ours: pairs this project wrote (eval/data/pairs/*-compare.yaml). The rules were tuned while
  looking at them: read their figures as an upper bound.
- seeds: the lessons' two articles and their compare key (toolkit/data/keys/compare-seeds.yaml),
  also looked at while tuning.

What is counted, per pair and per group:
- alignment: links (rewrite sentence, original sentence). tp = a predicted link in the key;
  fp = a predicted link not in the key; fn = a key link not predicted.
- kind, strict: the key's first kind. For each kind K: tp = predicted K and key K; fp = predicted
  K, key something else; fn = key K, predicted something else. Accuracy = right / all.
- kind, accepting `also`: right when the prediction is the key's kind or one of its `also`.
- left out: original sentences that no rewrite sentence came from (predicted vs key).
A key sentence the tool did not produce as one sentence counts as wrong (and its links as missed).
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from toolkit.comparison import KINDS, compare  # noqa: E402
from toolkit.keys import normalize, read_yaml  # noqa: E402

PUBLIC = ROOT / "eval" / "data" / "public"
FETCHED = ROOT / "eval" / "data" / "fetched"
OURS = {
    "bridge": "bridge", "unrelated": "unrelated", "phones": "phones",
}
SEEDS = (ROOT / "seeds" / "npr-sessions-el-salvador.txt", ROOT / "seeds" / "rewrite-sessions-ms13.txt",
         ROOT / "toolkit" / "data" / "keys" / "compare-seeds.yaml")


def _n(text: str) -> str:
    return normalize(text.replace("\u00a0", " "))


@dataclass
class Item:
    """One rewrite sentence of a key."""

    text: str
    kind: str
    also: list[str]
    originals: set[str]


@dataclass
class Key:
    """A pair to score: the two texts (as paths) and what the key says."""

    name: str
    original: Path
    rewrite: Path
    items: list[Item]
    dropped: set[str]
    notes: list[str] = field(default_factory=list)


def _yaml_key(name: str, original: Path, rewrite: Path, key_path: Path) -> Key:
    key = read_yaml(key_path)
    items = [Item(s["text"], s["kind"], list(s.get("also") or []), {_n(t) for t in s.get("original") or []})
             for s in key["sentences"]]
    return Key(name, original, rewrite, items, {_n(d["text"]) for d in key.get("dropped") or []})


def _public_keys(split: str) -> tuple[list[Key], str | None]:
    listing = read_yaml(PUBLIC / "pairs.yaml")
    labels = read_yaml(PUBLIC / "labels.yaml")["pairs"]
    keys = []
    for pair in listing["pairs"]:
        if pair["split"] != split:
            continue
        pid = pair["id"]
        o_path, r_path = FETCHED / f"{pid}.original.txt", FETCHED / f"{pid}.rewrite.txt"
        if not (o_path.is_file() and r_path.is_file()):
            return [], ("the public pairs are not fetched (eval/data/fetched/ is empty): run "
                        "python eval/fetch_public_pairs.py --source <copy of "
                        f"{listing['source']['repo']}> to score them")
        for path, want in ((o_path, pair["original_sha256"]), (r_path, pair["rewrite_sha256"])):
            if hashlib.sha256(path.read_bytes()).hexdigest() != want:
                return [], f"{path.name} is not the text the labels were written for (sha256 differs)"
        o_text, r_text = o_path.read_text(encoding="utf-8"), r_path.read_text(encoding="utf-8")
        if pid not in labels:
            return [], f"{pid} has no labels in labels.yaml yet"
        lab = labels[pid]
        o_sents = [_n(o_text[a:b]) for a, b in lab["original"]]
        items = [Item(r_text[it["span"][0]:it["span"][1]], it["kind"], list(it.get("also") or []),
                      {o_sents[k - 1] for k in it["original"]}) for it in lab["rewrite"]]
        used = set().union(*(it.originals for it in items)) if items else set()
        keys.append(Key(f"{pid} ({split})", o_path, r_path, items, {s for s in o_sents if s not in used}))
    return keys, None


class Tally:
    """tp / fp / fn counts."""

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
        f = self._ratio(2 * self.tp, 2 * self.tp + self.fp + self.fn)
        return f"  {name:<26} {p:>6} {r:>6} {f:>6} {self.tp:>4} {self.fp:>4} {self.fn:>4}"


class Score:
    """All the figures for one pair or one group."""

    def __init__(self) -> None:
        self.rows: dict[str, Tally] = {"alignment links": Tally(), "left out (dropped)": Tally()}
        for k in KINDS:
            self.rows[k] = Tally()
        self.right = self.right_also = self.total = 0

    def add(self, other: "Score") -> None:
        for name, tally in other.rows.items():
            self.rows.setdefault(name, Tally()).add(tally)
        self.right += other.right
        self.right_also += other.right_also
        self.total += other.total

    def lines(self) -> list[str]:
        out = [f"  {'':<26} {'prec':>6} {'recall':>6} {'F1':>6} {'tp':>4} {'fp':>4} {'fn':>4}"]
        out += [t.row(name) for name, t in self.rows.items() if t.tp + t.fp + t.fn]
        if self.total:
            out.append(f"  kind accuracy, strict        {self.right / self.total:.2f}  "
                       f"({self.right} of {self.total} rewrite sentences)")
            out.append(f"  kind accuracy, with `also`   {self.right_also / self.total:.2f}  "
                       f"({self.right_also} of {self.total})")
        return out


def score(key: Key, details: bool) -> tuple[Score, list[str]]:
    """Compare one pair and score it against its key."""
    start = time.perf_counter()
    result = compare(key.original, key.rewrite)
    seconds = time.perf_counter() - start
    notes = [f"{key.name}: compare took {seconds:.3f} s"] if details else []
    sc = Score()
    by_text = {_n(p.rewrite.text): p for p in result.pairs}
    matched = set()
    for i, item in enumerate(key.items, 1):
        sc.total += 1
        pair = by_text.get(_n(item.text))
        if pair is None:
            notes.append(f"{key.name} R{i}: not produced as one sentence by the tool: {item.text[:50]!r}")
            sc.rows[item.kind].fn += 1
            sc.rows["alignment links"].fn += len(item.originals)
            continue
        matched.add(_n(pair.rewrite.text))
        pred = pair.kind
        if pred == item.kind:
            sc.rows[pred].tp += 1
            sc.right += 1
        else:
            sc.rows[pred].fp += 1
            sc.rows[item.kind].fn += 1
        sc.right_also += pred in (item.kind, *item.also)
        links = {_n(o.text) for o in pair.original}
        sc.rows["alignment links"].tp += len(links & item.originals)
        sc.rows["alignment links"].fp += len(links - item.originals)
        sc.rows["alignment links"].fn += len(item.originals - links)
        if details:
            mark = "ok " if pred == item.kind else ("ok~" if pred in item.also else "XX ")
            ours = ",".join(str(o.index + 1) for o in pair.original) or "-"
            notes.append(f"{key.name} R{i:<3} {mark} tool {pred:<20} <- O{ours:<7} key {item.kind:<20} "
                         f"{pair.reason[:90]}")
    for p in result.pairs:
        if _n(p.rewrite.text) not in matched:
            notes.append(f"{key.name}: the tool's sentence {p.rewrite.text[:50]!r} is not in the key")
            sc.rows[p.kind].fp += 1
    ours_dropped = {_n(d["sentence"].text) for d in result.dropped}
    sc.rows["left out (dropped)"].tp = len(key.dropped & ours_dropped)
    sc.rows["left out (dropped)"].fp = len(ours_dropped - key.dropped)
    sc.rows["left out (dropped)"].fn = len(key.dropped - ours_dropped)
    return sc, notes


def run_group(title: str, keys: list[Key], details: bool) -> Score:
    """Print every pair's figures and the group's, and return the group's."""
    total = Score()
    notes: list[str] = []
    print(f"\n### {title}")
    for key in keys:
        sc, pair_notes = score(key, details)
        notes += pair_notes
        print(f"\n{key.name}")
        print("\n".join(sc.lines()))
        total.add(sc)
    if len(keys) > 1:
        print(f"\nall {len(keys)} pairs of this group")
        print("\n".join(total.lines()))
    if notes:
        print()
        print("\n".join(notes))
    return total


def public_splits(args: argparse.Namespace) -> tuple[str, ...]:
    """The public splits a run scores: dev, plus test / test2 / ... / test6 only when asked for.

    >>> public_splits(argparse.Namespace(test=False, test2=False, test3=False))
    ('dev',)
    >>> public_splits(argparse.Namespace(test=False, test2=False, test3=True))
    ('dev', 'test3')
    >>> public_splits(argparse.Namespace(test=False, test2=False, test3=False, test4=True))
    ('dev', 'test4')
    >>> public_splits(argparse.Namespace(test=False, test2=False, test3=False, test4=False, test5=True))
    ('dev', 'test5')
    >>> public_splits(argparse.Namespace(test=False, test2=False, test3=False, test4=False, test5=False, test6=True))
    ('dev', 'test6')
    """
    asked = ("test", "test2", "test3", "test4", "test5", "test6")
    return ("dev",) + tuple(split for split in asked if getattr(args, split, False))


def main(argv: list[str] | None = None) -> int:
    """Print the figures; return 0 (the unit tests hold the hard checks)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--details", action="store_true", help="one line per rewrite sentence")
    parser.add_argument("--test", action="store_true", help="also score the public test pairs")
    parser.add_argument("--test2", action="store_true",
                        help="also score the test2 pairs (spent, now extra dev; never by default)")
    parser.add_argument("--test3", action="store_true",
                        help="also score the test3 pairs (spent, now extra dev; never by default)")
    parser.add_argument("--test4", action="store_true",
                        help="also score the test4 pairs (scored once in s10, spent; never by default)")
    parser.add_argument("--test5", action="store_true",
                        help="also score the test5 pairs (scored once in s11, spent; never by default)")
    parser.add_argument("--test6", action="store_true",
                        help="also score the test6 pairs (scored once in s13, spent; never by default)")
    parser.add_argument("--only", choices=["public", "ours", "seeds"], help="one group only")
    args = parser.parse_args(argv)
    if args.only in (None, "public"):
        for split in public_splits(args):
            keys, why_not = _public_keys(split)
            if why_not:
                print(f"\n### public pairs, {split}: skipped: {why_not}.")
                break
            run_group(f"public pairs, {split} (not written by us; labels ours)", keys, args.details)
    if args.only in (None, "ours"):
        pairs = ROOT / "eval" / "data" / "pairs"
        keys = [_yaml_key(name, pairs / f"{stem}-original.txt", pairs / f"{stem}-rewrite.txt",
                          pairs / f"{stem}-compare.yaml") for name, stem in OURS.items()]
        run_group("our own pairs (written by this project; rules looked at them)", keys, args.details)
    if args.only in (None, "seeds"):
        run_group("seeds (the lessons' pair and answer key; rules looked at them)",
                  [_yaml_key("seeds", *SEEDS)], args.details)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
