"""Score the sentence labels against the hand-written answer keys and print the figures.

Usage:  python eval/evaluate.py            (seeds, the project's own held-out set, the public
                                           corpora's dev split, the symmetry test)
        python eval/evaluate.py --details  (also list every disagreement)
        python eval/evaluate.py --split test   (the public corpora's test split: run it once, at
                                           the end of a round of tuning, and report what it says)

The public corpora (PolNeAR for attribution, BABE for opinion) are not in the repository: build
them with ``eval/fetch_corpora.py`` (see ``eval/CORPORA.md``). When they are absent this script
says so and still exits 0, so it runs in CI.

Strict figures use the key's first label; "accepted" figures count a prediction as right when it
is the first label or one of the key's accepted alternatives (`also`). Every figure is printed
with the counts behind it. Targets on the seeds (issue 2): attributed F1 >= 0.95,
call_to_action F1 = 1.0, source named correctly for >= 90% of explicit attributions.
This script prints; it does not pass or fail (the unit tests hold the hard checks).

Honesty note: all keys were committed before any rule was tuned. Since then some rules were
changed after reading the "held-out" set's errors (see the git log of toolkit/data/wordlists and
toolkit/attribution.py), so its figures are no longer blind: the first, blind run scored 63/87
strict. Judge the rules on new articles too: add an article and its key to eval/data/.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from toolkit.analysis import analyze  # noqa: E402
from toolkit.articles import load_article  # noqa: E402
from toolkit.keys import AnswerKey, load_key, normalize  # noqa: E402
from toolkit.labels import LABELS  # noqa: E402

SEEDS = [("npr", ROOT / "seeds" / "npr-sessions-el-salvador.txt"),
         ("rewrite", ROOT / "seeds" / "rewrite-sessions-ms13.txt")]
HELD_OUT = [(ROOT / "eval" / "data" / "keys" / f"{stem}.yaml", ROOT / "eval" / "data" / folder / f"{stem}.txt")
            for stem, folder in (("report-library-flood", "articles"), ("oped-school-phones", "articles"),
                                 ("clickbait-celebrity-diet", "articles"), ("bridge-original", "pairs"),
                                 ("bridge-rewrite", "pairs"))]


def _fold(name: str | None) -> str:
    name = (name or "").lower().replace("’", "'")
    name = re.sub(r"^(the|a|an)\s+", "", name.strip())
    return re.sub(r"[^a-z0-9' ]", "", name)


def source_matches(predicted: str | None, entry) -> bool:
    """A predicted source matches when it equals the key's source or an alias, or they share a surname."""
    if not predicted or not entry.source:
        return False
    want = {_fold(entry.source), *(_fold(a) for a in entry.source_aliases)}
    got = _fold(predicted)
    if got in want:
        return True
    return any(got and w and (got.endswith(" " + w) or w.endswith(" " + got) or got == w) for w in want)


def score(pairs):
    """Per-label precision, recall, F1 with counts; pairs = [(predicted, first, accepted)]."""
    rows = {}
    for label in LABELS:
        tp = sum(p == label and f == label for p, f, _ in pairs)
        fp = sum(p == label and f != label for p, f, _ in pairs)
        fn = sum(p != label and f == label for p, f, _ in pairs)
        precision = tp / (tp + fp) if tp + fp else None
        recall = tp / (tp + fn) if tp + fn else None
        f1 = (2 * precision * recall / (precision + recall)
              if precision and recall else (0.0 if (tp + fp + fn) else None))
        rows[label] = (tp, fp, fn, precision, recall, f1)
    return rows


def _fmt(x):
    return "  n/a" if x is None else f"{x:5.2f}"


def evaluate(name: str, key: AnswerKey, path: Path, details: bool) -> tuple[list, dict]:
    analysis = analyze(load_article(path), readability=False)
    by_text = {normalize(s.text): s for s in analysis.sentences}
    pairs, missing = [], []
    src_total = src_right = 0
    wrong = []
    for entry in key.sentences:
        got = by_text.get(normalize(entry.text))
        if got is None:
            missing.append(entry)
            pairs.append(("(not found)", entry.label, entry.accepted))
            continue
        pairs.append((got.label, entry.label, entry.accepted))
        if got.label != entry.label:
            wrong.append((entry, got))
        explicit = entry.label == "attributed" and entry.source and not any(
            ev.kind == "carried" for ev in entry.evidence)
        if explicit:
            src_total += 1
            if got.label == "attributed" and source_matches(got.source, entry):
                src_right += 1
            elif details:
                print(f"   source? key {entry.source!r} got {got.source!r}: {entry.text[:60]}")
    extra = len(analysis.sentences) - (len(key.sentences) - len(missing))
    strict = sum(p == f for p, f, _ in pairs)
    accepted = sum(p in acc for p, _, acc in pairs)
    n = len(pairs)
    print(f"\n{name}: {n} key sentences; {len(missing)} not found as sentences, "
          f"{extra} extra sentences in the toolkit's split")
    print(f"  strict accuracy   {strict}/{n} = {strict / n:.2f}")
    print(f"  accepted accuracy {accepted}/{n} = {accepted / n:.2f}  (first label or an accepted alternative)")
    if src_total:
        print(f"  source named correctly for explicit attributions: {src_right}/{src_total} = "
              f"{src_right / src_total:.2f}")
    print(f"  {'label':<15} {'tp':>3} {'fp':>3} {'fn':>3}  precision recall    F1")
    for label, (tp, fp, fn, p, r, f1) in score(pairs).items():
        print(f"  {label:<15} {tp:>3} {fp:>3} {fn:>3}     {_fmt(p)}  {_fmt(r)} {_fmt(f1)}")
    if details:
        for entry in missing:
            print(f"   not found: {entry.text[:70]}")
        for entry, got in wrong:
            ok = "accepted" if got.label in entry.accepted else "WRONG"
            print(f"   {ok:8} key {entry.label:<14} got {got.label:<14} {entry.text[:60]}")
    return pairs, {"src": (src_right, src_total)}


def public_corpora(split: str, details: bool) -> None:
    """PolNeAR attribution and BABE opinion figures, or how to fetch the corpora when absent."""
    sys.path.insert(0, str(ROOT / "eval"))
    import corpus_eval
    from corpora import CORPORA, available
    print(f"\n## public corpora, {split} split (tune on train/dev only; test once)")
    for name, run in (("polnear", corpus_eval.polnear), ("babe", corpus_eval.babe)):
        if not available(name):
            print(f"\n{name}: not fetched (looked in {CORPORA}). To fetch it: clone the repository "
                  "named in eval/CORPORA.md and run python eval/fetch_corpora.py "
                  f"--{name} PATH_TO_CLONE")
            continue
        print()
        run(split, 25 if details else 0)
        if name == "polnear" and split == "dev":
            import pronoun_eval  # the hand key for "he"/"she" sources covers dev only
            pronoun_eval.score(details=details)


def symmetry(details: bool) -> tuple[int, int]:
    """The symmetry test's figures: pairs that get the same label and the same evidence kinds."""
    sys.path.insert(0, str(ROOT / "eval"))
    from symmetry import PAIRS, check_pairs, load_pairs
    if not PAIRS.exists():
        return 0, 0
    pairs = load_pairs()
    bad = check_pairs(pairs)
    print(f"\n## symmetry test (left-coded vs right-coded minimal pairs, eval/data/symmetry-pairs.tsv)")
    print(f"  pairs with the same label and the same evidence kinds: {len(pairs) - len(bad)}/{len(pairs)}")
    for left, right, lres, rres in bad[: (len(bad) if details else 5)]:
        print(f"   differs: {left!r} -> {lres}; {right!r} -> {rres}")
    return len(pairs) - len(bad), len(pairs)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--details", action="store_true", help="list every disagreement")
    parser.add_argument("--split", choices=("dev", "test"), default="dev",
                        help="which split of the public corpora to score (default dev)")
    args = parser.parse_args(argv)
    print("Sentence labels against the hand-written answer keys")
    print("=" * 52)
    totals = {}
    for group, items in (("seeds", [(load_key(k), p, k) for k, p in SEEDS]),
                         ("held-out test set", [(load_key(str(k)), p, k.stem) for k, p in HELD_OUT])):
        print(f"\n## {group}")
        all_pairs, src = [], [0, 0]
        for key, path, name in items:
            pairs, extra = evaluate(str(name), key, path, args.details)
            all_pairs += pairs
            src[0] += extra["src"][0]
            src[1] += extra["src"][1]
        n = len(all_pairs)
        strict = sum(p == f for p, f, _ in all_pairs)
        accepted = sum(p in a for p, _, a in all_pairs)
        print(f"\n  {group} together: strict {strict}/{n} = {strict / n:.2f}; accepted "
              f"{accepted}/{n} = {accepted / n:.2f}; sources {src[0]}/{src[1]}"
              + (f" = {src[0] / src[1]:.2f}" if src[1] else ""))
        rows = score(all_pairs)
        for label, (tp, fp, fn, p, r, f1) in rows.items():
            print(f"  {label:<15} tp {tp:>3} fp {fp:>3} fn {fn:>3}  P {_fmt(p)} R {_fmt(r)} F1 {_fmt(f1)}")
        totals[group] = rows
    seeds = totals["seeds"]
    print("\nTargets on the seeds: attributed F1 >= 0.95 -> "
          f"{_fmt(seeds['attributed'][5])}; call_to_action F1 = 1.0 -> {_fmt(seeds['call_to_action'][5])}")
    public_corpora(args.split, args.details)
    symmetry(args.details)
    return 0


if __name__ == "__main__":
    sys.exit(main())
