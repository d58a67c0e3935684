"""Sort the toolkit's PolNeAR misses into kinds and count them (error analysis for tuning).

Only for train or dev: never run it on test (that split is read once, by evaluate.py).

    python eval/miss_report.py dev            # counts per kind, top unknown cue words
    python eval/miss_report.py dev --show 15  # also up to 15 examples of each kind

Kinds of missed sentence (the key says attributed, the toolkit does not):
  cue-unknown      the key's cue is in the sentence and its main word is not a reporting verb or
                   phrase the toolkit knows
  cue-known        the cue is in the sentence and is a word the toolkit knows, but no speaker
                   was found for it (a construction the rules miss)
  carried-quote    no cue in the sentence; it is (part of) a quotation whose cue is elsewhere
  carried-plain    no cue in the sentence and no quotation marks: a paraphrase or statement that
                   runs on from a cue in another sentence
Each kind is also split by where the cue is: same paragraph, previous paragraph, further.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "eval"))

from corpora import available, polnear_attributions, read_jsonl, sentence_gold  # noqa: E402
from toolkit.articles import article_from_text  # noqa: E402
from toolkit.labels import label_sentences  # noqa: E402
from toolkit.wordlists import load_words  # noqa: E402

_QUOTES = re.compile("''|[\"“”]")


def _known(cue: str, head: str) -> bool:
    verbs = load_words("reporting_verbs")
    phrases = load_words("reporting_phrases")
    low = cue.lower().replace("’", "'")
    return head in verbs or any(p in low for p in phrases) or any(
        v in low.split() for v in verbs)


def classify(split: str):
    kinds: dict[str, list] = defaultdict(list)
    unknown_heads = Counter()
    known_heads = Counter()
    fps = []
    for doc in read_jsonl("polnear", split):
        atts = polnear_attributions(doc)
        text = doc["text"]
        article = article_from_text(text)
        sents = label_sentences(article)
        para_of = {}
        for s in sents:
            para_of[s.start] = s.paragraph
        starts = [(s.start, s.end, s.paragraph) for s in sents]

        def para_at(pos):
            for a, b, p in starts:
                if a <= pos < b:
                    return p
            return None

        for s in sents:
            gold, att = sentence_gold(s.start, s.end, text, atts)
            pred = s.label == "attributed"
            if pred and not gold:
                fps.append(s.text)
            if not gold or pred:
                continue
            cue_here = any(s.start <= c < s.end for c, _ in att.cue_spans)
            head = att.cue_head
            if cue_here:
                kind = "cue-known" if _known(att.cue, head) else "cue-unknown"
                (known_heads if kind == "cue-known" else unknown_heads)[head] += 1
                where = "here"
            else:
                kind = "carried-quote" if _QUOTES.search(s.text) else "carried-plain"
                cp = para_at(att.cue_spans[0][0]) if att.cue_spans else None
                where = ("same-para" if cp == s.paragraph else
                         "prev-para" if cp is not None and cp == s.paragraph - 1 else
                         "next-para" if cp is not None and cp == s.paragraph + 1 else "further")
            kinds[kind].append((where, s.label, att.cue, att.source, s.text))
    return kinds, unknown_heads, known_heads, fps


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("split", choices=("train", "dev"))
    parser.add_argument("--show", type=int, default=0)
    parser.add_argument("--top", type=int, default=60)
    args = parser.parse_args(argv)
    if not available("polnear"):
        print("polnear is not fetched: run eval/fetch_corpora.py (see eval/CORPORA.md)")
        return 0
    kinds, unknown, known, fps = classify(args.split)
    total = sum(len(v) for v in kinds.values())
    print(f"PolNeAR {args.split}: {total} missed attributed sentences, {len(fps)} false alarms")
    for kind in ("cue-unknown", "cue-known", "carried-quote", "carried-plain"):
        rows = kinds.get(kind, [])
        where = Counter(r[0] for r in rows)
        got = Counter(r[1] for r in rows)
        print(f"  {kind:<14} {len(rows):>4}  where: {dict(where)}  labelled: {dict(got)}")
    print(f"  unknown cue words (top {args.top}): " +
          ", ".join(f"{w} {n}" for w, n in unknown.most_common(args.top)))
    print(f"  known cue words, speaker missed: " + ", ".join(f"{w} {n}" for w, n in known.most_common(40)))
    if args.show:
        for kind, rows in kinds.items():
            print(f"  -- {kind}")
            for where, lab, cue, src, text in rows[:args.show]:
                print(f"     ({where}) [{cue} | {src}] {text[:170]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
