"""Build ``toolkit/data/wordlists/subjective_adjectives.txt`` from Pattern's subjectivity lexicon.

    pip download --no-deps textblob==0.20.1 && unzip textblob-0.20.1-*.whl 'textblob/en/*'
    python eval/derive_subjective_adjectives.py textblob/en/en-sentiment.xml

The English sentiment lexicon of Pattern (Tom De Smedt and Walter Daelemans, CLiPS, University of
Antwerp; shipped with TextBlob; licence PDDL, a public-domain dedication) rates about 2,900
English adjectives, sense by sense, for subjectivity (0 = objective, 1 = subjective). VADER (the
source of evaluative.txt) rates how good or bad a word feels; this one rates whether a word judges
at all, so it holds evaluative adjectives VADER lacks ("pointless", "stale", "reckless"). A word
is kept when (all measured on train splits only):

1. it is a plain adjective (letters or -) whose mean subjectivity over its senses is at least
   MIN_SUBJECTIVITY, and not already in evaluative.txt, loaded_own.txt or loaded_partisan.txt;
2. it is rare in the writer's own voice in hard news: used in fewer than POLNEAR_MAX of every 1,000
   PolNeAR train sentences outside attributions and quotation marks;
3. in BABE train, where it occurs at least MIN_SEEN times outside quotation marks, at least
   MIN_SHARE of the sentences holding it are labelled "Expresses writer's opinion".

Every kept word is `mild` (a judging word: two signs are needed for opinion). The threshold was
chosen on BABE train and checked on BABE dev, by outlet side; see the list's header.
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))
sys.path.insert(0, str(ROOT))

from corpora import lexicon_argument, news_use  # noqa: E402

MIN_SUBJECTIVITY, POLNEAR_MAX, MIN_SEEN, MIN_SHARE = 0.7, 3.0, 3, 0.5
OUT = ROOT / "toolkit" / "data" / "wordlists" / "subjective_adjectives.txt"
# Adjectives a teacher would not call judging in news text (a sense Pattern rates is rare in
# news, or the word is mostly part of a name or a fixed term): left out by hand, with the reason.
LEFT_OUT = {
    "general": "mostly a rank or a name ('attorney general', 'general election')",
    "federal": "a plain adjective of government", "public": "a plain adjective",
    "private": "a plain adjective", "social": "a plain adjective ('social media')",
    "political": "a plain adjective", "national": "a plain adjective",
    "democratic": "mostly the party's name", "republican": "mostly the party's name",
    "liberal": "a party or side name ('Liberal Democrats'), in the partisan pairs",
    "conservative": "a party or side name, in the partisan pairs",
    "progressive": "a side name, in the partisan pairs",
    "former": "a plain adjective of time", "past": "a plain adjective of time",
    "recent": "a plain adjective of time", "current": "a plain adjective of time",
    "late": "a plain adjective of time", "early": "a plain adjective of time",
    "final": "a plain adjective of order", "last": "a plain adjective of order",
    "senior": "mostly a rank ('senior adviser')", "chief": "mostly a rank",
    "presidential": "a plain adjective", "official": "a plain adjective",
}
for _words, _why in (
        ("catching becoming filled decreased aired rose stabbing churning absorbed alleviated "
         "excited surprised shocked perplexed dazed bored obsessed", "mostly a verb form in news"),
        ("base rank fly chicken elect affirmative bootleg cast-iron collectible artesian algid "
         "aeriform first-string across-the-board", "mostly a noun, a name or a fixed term"),
        ("moderate necessary rare prominent famous detailed relevant total sure thin cold static "
         "drunk innocent sorry unilateral spontaneous expensive cheap economical suitable precise "
         "willing careful sensitive youngish unsalted ungraded uncut vast immense enormous intense "
         "autonomous civilized authentic modest calm curious afraid anxious wary impatient "
         "unusual unexpected uncommon unique unprecedented", "a plain description in news reports "
         "(size, cost, rarity, state of mind)"),
):
    LEFT_OUT.update(dict.fromkeys(_words.split(), _why))


def read_lexicon(path: Path) -> dict[str, float]:
    """Adjective -> mean subjectivity over its senses (as TextBlob averages them)."""
    senses = defaultdict(list)
    for w in ET.parse(path).getroot().iter("word"):
        form = (w.get("form") or "").lower()
        if w.get("pos") == "JJ" and re.fullmatch(r"[a-z][a-z-]+", form):
            senses[form].append(float(w.get("subjectivity", "0")))
    return {form: sum(v) / len(v) for form, v in senses.items()}


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    path = lexicon_argument(argv, __doc__)
    if path is None:
        return 1
    from toolkit.wordlists import load_lines
    have = {line.split("\t")[0].strip().lower()
            for name in ("evaluative", "loaded_own", "loaded_partisan", "loaded_strong", "loaded_mild")
            for line in load_lines(name)}
    lexicon = read_lexicon(path)

    def own_reason(word: str, subj: float) -> str | None:
        if subj < MIN_SUBJECTIVITY:
            return f"subjectivity below {MIN_SUBJECTIVITY}"
        if word in have:
            return "already in the evaluative or loaded lists"
        return "left out by hand" if word in LEFT_OUT else None

    kept, dropped = news_use(lexicon.keys()).select(lexicon, own_reason, POLNEAR_MAX, MIN_SEEN,
                                                    MIN_SHARE)
    header = f"""# Subjective adjectives: adjectives that judge rather than describe ("pointless", "reckless",
# "stale"). Each is `mild`: in the writer's own voice it needs another sign to mark opinion.
# Each line: word <tab> kind <tab> subjectivity (0-1). Built by eval/derive_subjective_adjectives.py;
# do not edit by hand (add words to loaded_own.txt instead, with a reason).
#
# Source: the English sentiment lexicon of Pattern 2.6 (Tom De Smedt, Walter Daelemans, CLiPS,
# University of Antwerp), as shipped in TextBlob 0.20.1 (textblob/en/en-sentiment.xml). Licence:
# PDDL (Open Data Commons Public Domain Dedication and License), as stated in the file.
#
# Selection (measured on PolNeAR train and BABE train; threshold checked on BABE dev by side):
# adjectives with mean subjectivity >= {MIN_SUBJECTIVITY} not in the other lists; dropped: """ + "; ".join(
        f"{why} {n}" for why, n in dropped.most_common()) + f""".
# Kept: {len(kept)} mild.
# Pattern rates praise and blame alike; the symmetry test (eval/data/symmetry-pairs.tsv) checks
# that left- and right-coded words are treated the same.
"""
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write(header)
        for word, subj in kept.items():
            fh.write(f"{word}\tmild\t{subj:.2f}\n")
    print(f"wrote {OUT}: {len(kept)} words; dropped {dict(dropped)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
