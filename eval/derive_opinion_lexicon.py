"""Build ``toolkit/data/wordlists/evaluative.txt`` from the VADER lexicon, chosen by measurement.

    pip download --no-deps vaderSentiment==3.3.2 && unzip vaderSentiment-3.3.2-*.whl
    python eval/derive_opinion_lexicon.py vaderSentiment/vader_lexicon.txt

VADER (C.J. Hutto, MIT licence) rates 7,500 English words for how positive or negative people
feel they are (-4 to +4). A feeling word is not always an opinion: news reports "killed",
"crisis", "protest" as facts. So a word is kept when (all measured on train splits only):

1. it is a plain word (letters, ' or -) with a VADER rating of at least MILD in size;
2. it is rare in the writer's own voice in hard news: used in fewer than POLNEAR_MAX of every 1,000
   PolNeAR train sentences outside attributions and quotation marks;
3. in BABE train, where it occurs at least 3 times outside quotation marks, at least half of the
   sentences holding it are labelled "Expresses writer's opinion" (against "Entirely factual").

Words rated STRONG or more are `loaded` (one is enough to mark opinion), the rest `mild` (two
are needed). The thresholds were chosen on BABE dev; see eval/CORPORA.md and the list's header.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))

from corpora import lexicon_argument, news_use  # noqa: E402

MILD, STRONG, POLNEAR_MAX, MIN_SEEN, MIN_SHARE = 1.5, 3.0, 3.0, 3, 0.5
OUT = ROOT / "toolkit" / "data" / "wordlists" / "evaluative.txt"
# Words a teacher would not call judging in a news sentence, each with its reason, are data
# (toolkit/data/wordlists/evaluative_left_out.txt): "out" ones are left out of the list, "event"
# ones (they name an event: "lose", "crash") are kept with the kind `event`, which the opinion rules
# do not read but compare's rating of what happened does.
LEFT_OUT_FILE = ROOT / "toolkit" / "data" / "wordlists" / "evaluative_left_out.txt"


def left_out() -> dict[str, str]:
    """word -> what is done with it ("out": left out; "event": kept with the kind `event`, which
    the opinion rules do not read), from LEFT_OUT_FILE (comment lines start with #)."""
    out = {}
    for line in LEFT_OUT_FILE.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            word, what, _why = line.split("\t")
            out[word.strip()] = what.strip()
    return out


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    path = lexicon_argument(argv, __doc__)
    if path is None:
        return 1
    lexicon, hand = {}, left_out()
    for line in path.read_text(encoding="utf-8").splitlines():
        word, mean = line.split("\t")[:2]
        if re.fullmatch(r"[a-z][a-z'-]+", word):
            lexicon[word] = float(mean)

    def own_reason(word: str, mean: float) -> str | None:
        if abs(mean) < MILD:
            return "rated below 1.5"
        return "left out by hand" if hand.get(word) == "out" else None

    kept, dropped = news_use(lexicon.keys()).select(lexicon, own_reason, POLNEAR_MAX, MIN_SEEN,
                                                    MIN_SHARE)
    kept = {word: ("event" if hand.get(word) == "event" else "loaded" if abs(mean) >= STRONG else "mild", mean)
            for word, mean in kept.items()}
    header = f"""# Evaluative words: words that judge (good or bad) rather than describe. `loaded` words mark a
# sentence in the writer's own voice as opinion on their own; `mild` ones need another sign.
# Each line: word <tab> kind <tab> VADER rating. Built by eval/derive_opinion_lexicon.py; do not
# edit by hand (add words to loaded_own.txt instead, with a reason; words VADER rates that do not
# judge go in evaluative_left_out.txt with a reason).
#
# Source: the VADER sentiment lexicon, vaderSentiment 3.3.2 (https://github.com/cjhutto/vaderSentiment),
# Copyright (c) 2016 C.J. Hutto, MIT License:
#   Permission is hereby granted, free of charge, to any person obtaining a copy of this software
#   and associated documentation files (the "Software"), to deal in the Software without
#   restriction, including without limitation the rights to use, copy, modify, merge, publish,
#   distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the
#   Software is furnished to do so, subject to the following conditions: The above copyright
#   notice and this permission notice shall be included in all copies or substantial portions of
#   the Software. THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
#   IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A
#   PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE
#   LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR
#   OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER
#   DEALINGS IN THE SOFTWARE.
#
# Selection (measured on PolNeAR train and BABE train; thresholds chosen on BABE dev):
# plain words rated at least {MILD} either way ({STRONG} or more: loaded); dropped: """ + "; ".join(
        f"{why} {n}" for why, n in dropped.most_common()) + f""".
# Kept: {sum(k == 'loaded' for k, _ in kept.values())} loaded, {sum(k == 'mild' for k, _ in kept.values())} mild, {sum(k == 'event' for k, _ in kept.values())} event.
# `event`: a word that names an event ("lose", "crash", "funeral"; evaluative_left_out.txt, with the
# reason): it judges nobody, so the opinion rules do not read it; compare reads its rating.
# VADER rates praise and blame alike, so the list holds both; the symmetry test
# (eval/data/symmetry-pairs.tsv) checks that left- and right-coded words are treated the same.
"""
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write(header)
        for word, (kind, mean) in kept.items():
            fh.write(f"{word}\t{kind}\t{mean:+.1f}\n")
    print(f"wrote {OUT}: {len(kept)} words; dropped {dict(dropped)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
