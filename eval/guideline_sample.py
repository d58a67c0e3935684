"""Issue 11's speaker bar under OUR guideline: a hand-labelled random sample of PolNeAR dev.

``eval/corpus_eval.py`` scores the speaker head over every explicit PolNeAR attribution (1,322 on
dev), but PolNeAR counts actions and stances ("voted against", "unleashed a series of tweets") that
our guideline does not count as reporting. This script draws a seeded random sample of those same
attributions (the units of corpus_eval's head figure), writes a labelling sheet WITHOUT the
toolkit's output, and, once the hand labels are committed, scores the toolkit on the units our
guideline counts (method and figures: ``eval/CORPORA.md``)::

    python eval/guideline_sample.py sheet            # writes the sheet to the git-ignored corpora folder
    python eval/guideline_sample.py score            # needs eval/data/polnear_guideline_sample.tsv

Dev only: PolNeAR test is spent. The sheet holds corpus text, so it goes to ``eval/corpora/``
(git-ignored); the committed label file holds only ids, offsets, yes/no and a reason code.
"""

from __future__ import annotations

import argparse
import math
import random
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "eval"))

from corpora import CORPORA, PRONOUN_HEADS, available, polnear_attributions, read_jsonl, sentence_gold  # noqa: E402

SPLIT = "dev"  # never "test": PolNeAR test is spent
SEED = 20261130
SIZE = 200
LABELS = ROOT / "eval" / "data" / "polnear_guideline_sample.tsv"
SHEET = CORPORA / "polnear-dev-guideline-sheet.txt"
COLUMNS = ("n", "doc", "sent_start", "sent_end", "cue_start", "cue_end", "counts", "reason")
YES_REASONS = frozenset({"speech", "writing", "document", "belief"})
NO_REASONS = frozenset({"action", "stance"})
REASONS = YES_REASONS | NO_REASONS | {"other"}


@dataclass(frozen=True)
class Unit:
    """One unit of corpus_eval's head figure: a sentence whose key attribution's cue lies in it."""
    doc: str
    sent_start: int
    sent_end: int
    cue_start: int
    cue_end: int

    @property
    def key(self) -> tuple:
        return (self.doc, self.sent_start, self.sent_end, self.cue_start, self.cue_end)


def head_units(doc: dict, spans) -> list[tuple[Unit, object]]:
    """The scored units of one article, for sentence spans ``(start, end)``, with their key
    attribution: exactly the sentences corpus_eval's head figure counts (key attributed, the
    attribution's cue in the sentence, a source head that is not a pronoun)."""
    atts = polnear_attributions(doc)
    out = []
    for start, end in spans:
        gold, att = sentence_gold(start, end, doc["text"], atts)
        if not gold:
            continue
        cue = next(((s, e) for s, e in att.cue_spans if start <= s < end), None)
        if cue is None or att.source_head in PRONOUN_HEADS:
            continue
        out.append((Unit(doc["id"], start, end, cue[0], cue[1]), att))
    return out


def split_spans(text: str) -> list[tuple[int, int]]:
    """The toolkit's sentence spans (its paragraphs and splitter only: no labels are computed)."""
    from toolkit.articles import article_from_text
    from toolkit.sentences import split_sentences
    article = article_from_text(text)
    return [(s, e) for p in article.paragraphs for s, e, _ in split_sentences(p.text, p.start)]


def draw(units: list, size: int, seed: int) -> list:
    """A seeded simple random sample, returned in the population's order (article, then offset)."""
    if size > len(units):
        raise ValueError(f"sample of {size} asked from {len(units)} units")
    picked = set(random.Random(seed).sample(range(len(units)), size))
    return [u for i, u in enumerate(units) if i in picked]


def wilson(k: int, n: int, z: float = 1.959964) -> tuple[float, float]:
    """95% Wilson score interval for k successes in n trials."""
    if n == 0:
        return (0.0, 1.0)
    p = k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return (max(0.0, centre - half), min(1.0, centre + half))


def read_labels(path: Path) -> list[dict]:
    """The committed label rows (comment lines start with '#'), checked for shape."""
    rows = []
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")]
    header = tuple(lines[0].split("\t"))
    if header != COLUMNS:
        raise ValueError(f"{path}: header {header} is not {COLUMNS}")
    for ln in lines[1:]:
        row = dict(zip(COLUMNS, ln.split("\t")))
        if row["counts"] not in ("yes", "no") or row["reason"] not in REASONS:
            raise ValueError(f"{path}: bad label row {ln!r}")
        if row["counts"] == "yes" and row["reason"] in NO_REASONS or \
                row["counts"] == "no" and row["reason"] in YES_REASONS:
            raise ValueError(f"{path}: reason {row['reason']} contradicts {row['counts']!r}: {ln!r}")
        for c in COLUMNS[2:6]:
            row[c] = int(row[c])
        rows.append(row)
    return rows


def row_key(row: dict) -> tuple:
    return (row["doc"], row["sent_start"], row["sent_end"], row["cue_start"], row["cue_end"])


def tally(rows: list[dict], outcome: dict) -> dict:
    """Counts per subset ("yes", "no", "all"): ``outcome`` maps a row's key to
    ``(marked_attributed, head_right)`` or is missing the key (the toolkit split it elsewhere)."""
    res = {}
    for name in ("yes", "no", "all"):
        sub = [r for r in rows if name == "all" or r["counts"] == name]
        c = Counter(n=len(sub))
        for r in sub:
            got = outcome.get(row_key(r))
            if got is None:
                c["unmatched"] += 1
                continue
            c["attributed"] += bool(got[0])
            c["right"] += bool(got[0] and got[1])
        res[name] = c
    return res


def predictions(docs: dict, keys: set, misses: list | None = None) -> dict:
    """Run the toolkit on the articles holding the sampled units; same head match as corpus_eval.
    ``misses`` (optional) collects (key, toolkit label, toolkit source, key source) where the head is
    wrong."""
    from corpus_eval import source_right
    from toolkit.articles import article_from_text
    from toolkit.labels import label_sentences
    out = {}
    for doc_id in sorted({k[0] for k in keys}):
        doc = docs[doc_id]
        sentences = label_sentences(article_from_text(doc["text"]))
        units = head_units(doc, [(s.start, s.end) for s in sentences])
        by_start = {s.start: s for s in sentences}
        for unit, att in units:
            if unit.key in keys:
                s = by_start[unit.sent_start]
                pred = s.label == "attributed"
                out[unit.key] = (pred, pred and source_right(s.source, att.source))
                if misses is not None and not out[unit.key][1]:
                    misses.append((unit.key, s.label, s.source, att.source, att.cue))
    return out


def population() -> tuple[dict, list[tuple[Unit, object]]]:
    docs, units = {}, []
    for doc in read_jsonl("polnear", SPLIT):
        docs[doc["id"]] = doc
        units += head_units(doc, split_spans(doc["text"]))
    return docs, units


def write_sheet(path: Path, seed: int, size: int) -> None:
    docs, units = population()
    sample = draw(units, size, seed)
    lines = [f"# PolNeAR {SPLIT}: {size} of {len(units)} explicit attributions (seed {seed}). "
             "Corpus text: never commit this file. The toolkit's output is NOT shown.", ""]
    for i, (u, att) in enumerate(sample, 1):
        text = docs[u.doc]["text"]
        content = " … ".join(text[s:e] for s, e in att.content_spans)
        if len(content) > 300:
            content = content[:300] + " [...]"
        lines += [f"## {i}\t{u.doc}\t{u.sent_start}\t{u.sent_end}\t{u.cue_start}\t{u.cue_end}",
                  "SENT: " + " ".join(text[u.sent_start:u.sent_end].split()),
                  f"SOURCE: {att.source}", f"CUE: {att.cue}", "CONTENT: " + " ".join(content.split()), ""]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines), encoding="utf-8")
    print(f"{size} of {len(units)} units written to {path}")


def fmt(k: int, n: int) -> str:
    if not n:
        return "n/a (0 units)"
    lo, hi = wilson(k, n)
    return f"{k}/{n} = {k / n:.3f} (95% Wilson {lo:.3f}-{hi:.3f})"


def check_population() -> None:
    """Score every unit of the population with this script's code: must equal corpus_eval's figure."""
    docs, units = population()
    got = predictions(docs, {u.key for u, _ in units})
    right = sum(1 for v in got.values() if v[1])
    print(f"PolNeAR {SPLIT} population: {len(units)} units ({len(got)} found among the toolkit's sentences); "
          f"speaker head right {fmt(right, len(units))}")


def score(path: Path, show_misses: bool = False) -> dict:
    rows = read_labels(path)
    docs = {d["id"]: d for d in read_jsonl("polnear", SPLIT)}
    misses: list = []
    res = tally(rows, predictions(docs, {row_key(r) for r in rows}, misses))
    reasons = Counter((r["counts"], r["reason"]) for r in rows)
    print(f"PolNeAR {SPLIT}, hand-labelled sample of {len(rows)} explicit attributions ({path.name})")
    print("  labels: " + ", ".join(f"{c}/{r} {n}" for (c, r), n in sorted(reasons.items())))
    for name, title in (("yes", "counted as reporting by our guideline"), ("no", "not counted (action, stance, other)"),
                        ("all", "all sampled (compare corpus_eval's 876/1322 = 0.66)")):
        c = res[name]
        print(f"  {title}: {c['n']} units, {c['unmatched']} not found among the toolkit's sentences")
        print(f"    speaker head right: {fmt(c['right'], c['n'])}")
        print(f"    sentence marked attributed: {fmt(c['attributed'], c['n'])}")
    if show_misses:  # prints corpus words: for the console only, never for a committed file
        yes = {row_key(r): r for r in rows if r["counts"] == "yes"}
        print("  -- wrong or missing speaker on the yes subset (n, reason, key cue | key source | toolkit):")
        for key, label, got, source, cue in misses:
            if key in yes:
                print(f"     {yes[key]['n']:>3} {yes[key]['reason']:<8} {cue!r} | {source[:50]!r} | {label} {got!r}")
    return res


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=("sheet", "score", "population"))
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--size", type=int, default=SIZE)
    parser.add_argument("--out", type=Path, default=SHEET)
    parser.add_argument("--labels", type=Path, default=LABELS)
    parser.add_argument("--misses", action="store_true", help="list the wrong speakers of the yes subset")
    args = parser.parse_args(argv)
    if not available("polnear"):
        print("polnear is not fetched: run eval/fetch_corpora.py (see eval/CORPORA.md)")
        return 0
    if args.action == "sheet":
        write_sheet(args.out, args.seed, args.size)
    elif args.action == "population":
        check_population()
    else:
        score(args.labels, args.misses)
    return 0


if __name__ == "__main__":
    sys.exit(main())
