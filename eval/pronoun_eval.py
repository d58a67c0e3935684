"""How often the toolkit names the right person for a "he"/"she" source (issue 11, item 4).

PolNeAR marks a pronoun as the source ("he said") without saying whom it refers to, so the key in
``eval/data/polnear-dev-pronouns.tsv`` was made by hand: 60 he/she sources drawn at random from
PolNeAR dev, each with the head word of the person's name, read from the article before looking
at the toolkit's answer. A source counts as right when the toolkit's source for that sentence
holds the head word. Dev only (the key covers no other split).

    python eval/pronoun_eval.py [--details]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "eval"))

from corpora import available, read_jsonl  # noqa: E402
from toolkit.articles import article_from_text  # noqa: E402
from toolkit.labels import label_sentences  # noqa: E402

KEY = ROOT / "eval" / "data" / "polnear-dev-pronouns.tsv"


def read_key(path: Path = KEY) -> list[tuple[str, int, int, str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        doc, start, end, head = (line.split("\t") + [""])[:4]
        rows.append((doc, int(start), int(end), head.strip().lower()))
    return rows


def _words(source: str | None) -> set[str]:
    return {w.strip(".,'’").lower().removesuffix("'s").removesuffix("’s") for w in (source or "").split()}


def score(out=print, details: bool = False) -> dict:
    rows = read_key()
    wanted = {r[0] for r in rows}
    sentences = {}
    for doc in read_jsonl("polnear", "dev"):
        if doc["id"] in wanted:
            sentences[doc["id"]] = label_sentences(article_from_text(doc["text"]))
    right = attributed = scored = 0
    wrong = []
    for doc, start, _end, head in rows:
        if not head:
            continue
        scored += 1
        sent = next((s for s in sentences[doc] if s.start <= start < s.end), None)
        if sent is None or sent.label != "attributed":
            wrong.append((head, None, sent.text if sent else ""))
            continue
        attributed += 1
        if head in _words(sent.source):
            right += 1
        else:
            wrong.append((head, sent.source, sent.text))
    out(f"PolNeAR dev, he/she sources (hand key, {len(rows)} drawn, {scored} with the person named before): "
        f"right {right}/{scored} = {right / scored:.2f}; where the toolkit marks the sentence attributed "
        f"{right}/{attributed} = {right / attributed if attributed else 0:.2f}")
    if details:
        for head, got, text in wrong:
            out(f"   key {head!r} got {got!r}: {text[:120]}")
    return {"right": right, "scored": scored, "attributed": attributed}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--details", action="store_true")
    args = parser.parse_args(argv)
    if not available("polnear"):
        print("polnear is not fetched: run eval/fetch_corpora.py (see eval/CORPORA.md)")
        return 0
    score(details=args.details)
    return 0


if __name__ == "__main__":
    sys.exit(main())
