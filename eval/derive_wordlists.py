"""Count PolNeAR train's reporting cues and source heads: the evidence behind two word lists.

    python eval/derive_wordlists.py      (needs eval/fetch_corpora.py to have run)

Writes ``eval/derived/polnear-train-cues.tsv`` and ``eval/derived/polnear-train-source-heads.tsv``:
word, count (and for cues how many attributions of any kind had it, and how often the word is
used in the train texts at all, cue or not: count / uses says how often the word is a cue), and for
source heads how often the word is written in lower case (a common noun such
as "officials", not a name). Only counts of single words are written, never text from the articles.
The lists in ``toolkit/data/wordlists/`` were then chosen from these counts by hand (see their
headers): words that are reporting in most of their uses, no names, nothing from the seeds.
Only ``train`` is read: dev and test stay unseen.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))

from corpora import available, polnear_attributions, read_jsonl  # noqa: E402

OUT = ROOT / "eval" / "derived"


def main() -> int:
    if not available("polnear"):
        print("PolNeAR is not fetched: run eval/fetch_corpora.py first (see eval/CORPORA.md).")
        return 0
    cues, all_cues, heads, lower_heads = Counter(), Counter(), Counter(), Counter()
    uses = Counter()  # every use of each word in the train texts, cue or not
    articles = 0
    for doc in read_jsonl("polnear", "train"):
        articles += 1
        uses.update(m.group(0).lower() for m in re.finditer(r"[A-Za-z]+", doc["text"].replace("’", "'")))
        for att in polnear_attributions(doc):
            all_cues[att.cue_head] += 1
            if not att.counts:
                continue
            cues[att.cue_head] += 1
            src = att.source.strip()
            text = re.split(r",|\s(?:who|which|that|of|from|at|in|on|for)\s|\(", src)[0].strip()
            words = re.findall(r"[\w’'-]+", text.replace("’", "'"))
            if words:
                last = re.sub(r"'s?$", "", words[-1])
                heads[last.lower()] += 1
                lower_heads[last.lower()] += last.islower()
    OUT.mkdir(parents=True, exist_ok=True)
    with open(OUT / "polnear-train-cues.tsv", "w", encoding="utf-8") as fh:
        fh.write(f"# PolNeAR train ({articles} articles): main word of each attribution cue "
                 "(first word that is not an auxiliary), counting attributions (see eval/CORPORA.md)"
                 "\tcount\tall attributions\tuses in the texts\n")
        for word, n in sorted(cues.items(), key=lambda kv: (-kv[1], kv[0])):
            if n >= 3 and re.fullmatch(r"[a-z]+|:", word):
                fh.write(f"{word}\t{n}\t{all_cues[word]}\t{uses[word] if word != ':' else ''}\n")
    with open(OUT / "polnear-train-source-heads.tsv", "w", encoding="utf-8") as fh:
        fh.write(f"# PolNeAR train ({articles} articles): last word of each counting attribution's "
                 "source phrase\tcount\twritten lower-case\n")
        for word, n in sorted(heads.items(), key=lambda kv: (-kv[1], kv[0])):
            if n >= 3 and lower_heads[word] * 2 > n and re.fullmatch(r"[a-z-]+", word):
                fh.write(f"{word}\t{n}\t{lower_heads[word]}\n")
    print(f"wrote {OUT}/polnear-train-cues.tsv and polnear-train-source-heads.tsv from {articles} articles")
    return 0


if __name__ == "__main__":
    sys.exit(main())
