"""Issue 11's figures on real articles nobody here tuned on: a blind, hand-labelled AllSides sample.

Every figure we had for issue 11 came from data the rules were tuned on (PolNeAR train/dev, BABE
dev) or from texts we wrote ourselves. This script draws real articles from a corpus no rule has
seen: the AllSides articles of Baly et al. (EMNLP 2020, GitHub ``ramybaly/Article-Bias-Prediction``),
news and opinion from outlets AllSides rates left, centre and right. The draw is seeded and
stratified (the same number of articles per side); each article is cut to its headline and first
sentences, as the toolkit splits them, and written with a labelling sheet to the git-ignored
corpora folder. The sheet shows the sentences only, never the toolkit's labels.

    python eval/allsides_sample.py draw --source <clone or bare .git of that repository>
    python eval/allsides_sample.py score      # once, after eval/data/allsides/labels-*.tsv have landed

The texts belong to their publishers: only ids, sides, offsets, hashes and our labels are
committed (``eval/data/allsides/``: ``sample.tsv``, one ``labels-*.tsv`` per labeller, and
``second-*.tsv``, each labeller's labels of some of the other's sentences, for agreement). Labels follow the seeds' guideline (``eval/data/README.md``).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import random
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

sys.path.insert(0, str(ROOT / "eval"))

from corpora import head_word  # noqa: E402
from toolkit.articles import article_from_text  # noqa: E402
from toolkit.labels import label_sentences  # noqa: E402

SEED = 20261201
PER_SIDE = 4
SIDES = ("left", "center", "right")
SENTENCES = 24  # the headline and the first 23 body sentences of each article
MIN_WORDS = 250
DATA = ROOT / "eval" / "data" / "allsides"
SAMPLE = DATA / "sample.tsv"
LABELS = "labels-*.tsv"  # one file per labeller (labels-a.tsv, labels-b.tsv), each its own articles
SECOND = "second-*.tsv"  # each labeller's labels of some of the other's sentences (agreement)
COLUMNS = ("id", "n", "start", "end", "label", "also", "src_start", "src_end", "how")
LABEL_IDS = ("attributed", "claim", "opinion", "call_to_action")
HOW = ("named", "pronoun", "carried", "vague", "-")
OUT = ROOT / "eval" / "corpora" / "allsides"


def _git(git_dir: Path, *args: str) -> str:
    done = subprocess.run(["git", "--git-dir", str(git_dir), *args], capture_output=True,
                          text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"git {' '.join(args)} failed in {git_dir}: {done.stderr.strip()}")
    return done.stdout


def _git_dir(source: Path) -> Path:
    if (source / "HEAD").is_file() and (source / "objects").is_dir():
        return source
    if (source / ".git").is_dir():
        return source / ".git"
    raise SystemExit(f"{source} is not a git copy of ramybaly/Article-Bias-Prediction.")


def article_text(record: dict) -> str:
    """The file we analyse: the title, a blank line, then the body as the corpus holds it."""
    body = record["content_original"].replace("\r\n", "\n").strip()
    return f"{record['title'].strip()}\n\n{body}\n"


def units(text: str) -> list[tuple[int, int, int, str]]:
    """(index, start, end, sentence) for the sentences we label, as the toolkit splits them.

    The toolkit's labels are computed here only to get the split; they are never shown or kept.
    """
    article = article_from_text(text)
    return [(s.index, s.start, s.end, s.text) for s in label_sentences(article)[:SENTENCES]]


def _english(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(c.isascii() for c in letters) / len(letters) > 0.98


def draw(source: Path) -> None:
    git_dir = _git_dir(source)
    commit = _git(git_dir, "rev-parse", "HEAD").strip()
    sides: dict[str, str] = {}
    for split in ("train", "valid", "test"):
        for line in _git(git_dir, "show", f"HEAD:data/splits/random/{split}.tsv").splitlines()[1:]:
            parts = line.split("\t")
            if len(parts) >= 2 and parts[1].strip() in ("0", "1", "2"):
                sides[parts[0].strip()] = SIDES[int(parts[1])]
    ids = sorted(sides)
    random.Random(SEED).shuffle(ids)
    chosen: dict[str, list[tuple[str, dict, str]]] = {side: [] for side in SIDES}
    seen: set[str] = set()
    for art_id in ids:
        side = sides[art_id]
        if len(chosen[side]) >= PER_SIDE:
            if all(len(v) >= PER_SIDE for v in chosen.values()):
                break
            continue
        record = json.loads(_git(git_dir, "show", f"{commit}:data/jsons/{art_id}.json"))
        text = article_text(record)
        body = record["content_original"]
        if len(body.split()) < MIN_WORDS or not _english(text) or body[:200] in seen:
            continue
        seen.add(body[:200])
        chosen[side].append((art_id, record, text))
    OUT.mkdir(parents=True, exist_ok=True)
    rows = ["id\tside\toutlet\tsentences\tsha256"]
    sheet = [f"# AllSides sample (seed {SEED}, {PER_SIDE} per side, commit {commit}).",
             "# Label each numbered sentence to the seeds' guideline (eval/data/README.md).", ""]
    for side in SIDES:
        for art_id, record, text in chosen[side]:
            (OUT / f"{art_id}.txt").write_text(text, encoding="utf-8")
            sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
            found = units(text)
            rows.append(f"{art_id}\t{side}\t{record['source']}\t{len(found)}\t{sha}")
            sheet.append(f"## {art_id} ({side}; {record['source']})")
            for index, start, end, sentence in found:
                sheet.append(f"{art_id}\t{index}\t{start}\t{end}\t{sentence}")
            sheet.append("")
    (OUT / "sheet.txt").write_text("\n".join(sheet), encoding="utf-8")
    DATA.mkdir(parents=True, exist_ok=True)
    SAMPLE.write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(f"{sum(len(v) for v in chosen.values())} articles -> {OUT}; ids and hashes -> {SAMPLE}")


def read_all(pattern: str) -> dict[tuple[str, int], dict]:
    """Every labeller's rows for ``pattern`` in the data folder; a sentence labelled twice is an error."""
    rows: dict[tuple[str, int], dict] = {}
    for path in sorted(DATA.glob(pattern)):
        for key, row in read_labels(path).items():
            if key in rows:
                raise SystemExit(f"{path}: sentence {key} is labelled in two files of the same kind")
            rows[key] = row
    return rows


def read_labels(path: Path) -> dict[tuple[str, int], dict]:
    """Label rows keyed by (article id, sentence index), checked for shape.

    Columns: ``id n start end label also src_start src_end how``. ``also``: accepted other labels,
    comma-separated, or ``-``. ``src_start``/``src_end``: the source's span in the article text
    (for a pronoun, the span of the name it stands for), or ``-``. ``how``: ``named`` (the source
    is named in the sentence), ``pronoun``, ``carried`` (inside a statement or quotation whose
    source was named before), ``vague`` ("experts say"), or ``-``.
    """
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")]
    if not lines or tuple(lines[0].split("\t")) != COLUMNS:
        raise SystemExit(f"{path}: the first line must be the header {' '.join(COLUMNS)}")
    rows = {}
    for ln in lines[1:]:
        row = dict(zip(COLUMNS, ln.split("\t")))
        also = [] if row.get("also", "-") == "-" else row["also"].split(",")
        if len(ln.split("\t")) != len(COLUMNS) or row["label"] not in LABEL_IDS or row["how"] not in HOW \
                or any(a not in LABEL_IDS for a in also):
            raise SystemExit(f"{path}: bad row {ln!r}")
        row["also"] = also
        for c in ("n", "start", "end"):
            row[c] = int(row[c])
        row["src"] = None if row["src_start"] == "-" else (int(row["src_start"]), int(row["src_end"]))
        rows[(row["id"], row["n"])] = row
    return rows


def _prf(tp: int, fp: int, fn: int) -> str:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"P {p:.2f} ({tp}/{tp + fp})  R {r:.2f} ({tp}/{tp + fn})  F1 {f:.3f}"


def _f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def _wilson(k: int, n: int, z: float = 1.959964) -> str:
    if not n:
        return "-"
    p = k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return f"{max(0.0, centre - half):.2f}-{min(1.0, centre + half):.2f}"


def _kappa(pairs: list[tuple[str, str]]) -> float:
    n = len(pairs)
    if not n:
        return float("nan")
    seen = sum(a == b for a, b in pairs) / n
    chance = sum((sum(a == k for a, _ in pairs) / n) * (sum(b == k for _, b in pairs) / n) for k in LABEL_IDS)
    return (seen - chance) / (1 - chance) if chance < 1 else 1.0


def score() -> None:
    """Score the toolkit once against the landed hand labels; print every figure with its counts."""
    sample = [dict(zip(("id", "side", "outlet", "sentences", "sha256"), ln.split("\t")))
              for ln in SAMPLE.read_text(encoding="utf-8").splitlines()[1:] if ln.strip()]
    gold = read_all(LABELS)
    if not gold:
        raise SystemExit(f"No {LABELS} in {DATA}: the hand labels land before the first score.")
    texts, predicted = {}, {}
    for art in sample:
        path = OUT / f"{art['id']}.txt"
        if not path.is_file():
            raise SystemExit(f"No {path}: run the draw first (it re-creates the same files).")
        text = path.read_text(encoding="utf-8")
        if hashlib.sha256(text.encode("utf-8")).hexdigest() != art["sha256"]:
            raise SystemExit(f"{path} is not the text the labels were written for (sha256 differs).")
        texts[art["id"]] = article_from_text(text).text
        for s in label_sentences(article_from_text(text))[:SENTENCES]:
            predicted[(art["id"], s.index)] = s
    side_of = {a["id"]: a["side"] for a in sample}
    unmatched = [k for k, g in gold.items() if k not in predicted
                 or (predicted[k].start, predicted[k].end) != (g["start"], g["end"])]
    rows = [(g, predicted[k]) for k, g in sorted(gold.items()) if k not in unmatched]
    print(f"AllSides sample: {len(sample)} articles, {len(gold)} labelled sentences, "
          f"{len(unmatched)} no longer split the same way (left out)")
    print("  gold labels: " + ", ".join(f"{k} {sum(g['label'] == k for g, _ in rows)}" for k in LABEL_IDS))
    for name, subset in [("all", rows)] + [(side, [r for r in rows if side_of[r[0]["id"]] == side]) for side in SIDES]:
        print(f"  {name} ({len(subset)} sentences)")
        f1s = []
        for lab in LABEL_IDS:
            tp = sum(g["label"] == lab and p.label == lab for g, p in subset)
            fp = sum(g["label"] != lab and p.label == lab for g, p in subset)
            fn = sum(g["label"] == lab and p.label != lab for g, p in subset)
            if tp + fp + fn:  # a label nobody used in this subset has no F1
                f1s.append(_f1(tp, fp, fn))
            if lab in ("attributed", "opinion"):
                print(f"    {lab}: {_prf(tp, fp, fn)}")
        print(f"    4-class macro-F1 {sum(f1s) / max(1, len(f1s)):.3f}; strict accuracy "
              f"{sum(g['label'] == p.label for g, p in subset)}/{len(subset)}; accepting 'also' "
              f"{sum(p.label in [g['label'], *g['also']] for g, p in subset)}/{len(subset)}")
    for hows, title in ((("named", "pronoun"), "explicit (named or pronoun)"), (("named",), "named in the sentence")):
        units = [(g, p) for g, p in rows if g["label"] == "attributed" and g["how"] in hows and g["src"]]
        right = sum(p.label == "attributed" and head_word(p.source) == head_word(texts[g["id"]][slice(*g["src"])])
                    for g, p in units)
        print(f"  speaker head right, {title}: {right}/{len(units)} = "
              f"{right / len(units) if units else 0:.3f} (95% {_wilson(right, len(units))})")
    second = read_all(SECOND)
    if second:
        both = [(gold[k]["label"], second[k]["label"]) for k in second if k in gold]
        agree = sum(a == b for a, b in both)
        print(f"  two labellers on {len(both)} sentences: same label {agree}/{len(both)}, "
              f"Cohen's kappa {_kappa(both):.2f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    d = sub.add_parser("draw", help="draw the sample and write the labelling sheet")
    d.add_argument("--source", type=Path, required=True)
    sub.add_parser("score", help="score the toolkit against the landed labels (once)")
    args = parser.parse_args(argv)
    if args.command == "draw":
        draw(args.source)
        return 0
    score()
    return 0


if __name__ == "__main__":
    sys.exit(main())
