"""Read the fetched development corpora and turn their labels into the toolkit's sentence labels.

The mapping is written down, with the reasons, in ``eval/CORPORA.md``; this module is that mapping
as code. The corpora themselves are built by ``eval/fetch_corpora.py`` into a git-ignored folder.
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPORA = Path(os.environ.get("MEDIALIT_CORPORA", ROOT / "eval" / "corpora"))

# PolNeAR also marks a source's intentions, wishes, stances and the writer's guesses about what a
# source seems to think. Those are not "this information comes from X" in our sense, so an
# attribution whose cue's main word is one of these does not make a sentence `attributed`.
NOT_REPORTING = frozenset("""
want wants wanted wanting hope hopes hoped hoping plan plans planned planning intend intends
intended intending seek seeks sought seeking aim aims aimed try tries tried trying support
supports supported supporting oppose opposes opposed opposing endorse endorses endorsed
endorsing back backs backed backing favor favors favored favoring refuse refuses refused
refusing decline declines declined declining decide decides decided deciding choose chose
chosen seem seems seemed seeming appear appears appeared appearing expect expects expected
expecting like likes liked love loves loved prefer prefers preferred agree agrees agreed
disagree disagrees disagreed consider considers considered considering threaten threatens
threatened view views viewed see sees saw seen feel feels felt worry worries worried
""".split())
AUXILIARIES = frozenset("""has have had is are was were be been being also not never still
would will could can may might should did does do just already long repeatedly often has
later publicly privately previously reportedly again even only""".split())
PRONOUN_HEADS = frozenset({"he", "she", "they", "it", "we", "i", "you", "who", "which", "that",
                           "his", "her", "their", "its", "our", "my", "him", "them", "us", "me"})


@dataclass(frozen=True)
class GoldAttribution:
    source: str
    source_spans: tuple
    cue: str
    cue_spans: tuple
    content_spans: tuple

    @property
    def cue_head(self) -> str:
        """The cue's main word: the first word that is not an auxiliary ("has long said" -> said)."""
        for w in re.findall(r"[a-z]+", self.cue.lower()):
            if w not in AUXILIARIES:
                return w
        return self.cue.strip().lower()

    @property
    def counts(self) -> bool:
        """True when this attribution makes a sentence `attributed` under our guideline."""
        return bool(self.source.strip()) and self.cue_head not in NOT_REPORTING

    @property
    def source_head(self) -> str:
        return head_word(self.source)


def head_word(source: str | None) -> str:
    """The head of a source noun phrase: its last word before a comma, "who" or "of" clause.

    >>> head_word("Sen. Ted Cruz, a Texas Republican"), head_word("the mayor's office")
    ('cruz', 'office')
    >>> head_word("Rep. Jim Clyburn (D-S.C.), the assistant leader")
    'clyburn'
    """
    if not source:
        return ""
    text = re.split(r",|\(|\s[—–]\s|\s(?:who|which|that|of|from|at|in|on|for)\s", source.strip())[0]
    words = re.findall(r"[\w’'-]+", text.lower().replace("’", "'"))
    if not words:
        return ""
    return re.sub(r"'s?$", "", words[-1])


def available(name: str) -> bool:
    return (CORPORA / f"{name}-dev.jsonl").exists()


def read_jsonl(name: str, split: str):
    with open(CORPORA / f"{name}-{split}.jsonl", encoding="utf-8") as fh:
        for line in fh:
            yield json.loads(line)


def polnear_attributions(doc: dict) -> list[GoldAttribution]:
    text = doc["text"]
    out = []
    for a in doc["attributions"]:
        join = lambda spans: " ".join(text[s:e] for s, e in spans)  # noqa: E731
        out.append(GoldAttribution(join(a["source"]), tuple(map(tuple, a["source"])), join(a["cue"]),
                                   tuple(map(tuple, a["cue"])), tuple(map(tuple, a["content"]))))
    return out


def _overlap(spans, start: int, end: int) -> int:
    return sum(max(0, min(e, end) - max(s, start)) for s, e in spans)


def sentence_gold(start: int, end: int, text: str, atts: list[GoldAttribution]):
    """Gold label for one sentence of a PolNeAR article: (is_attributed, the attribution or None).

    A sentence is `attributed` when a counting attribution's cue lies in it (its source names who),
    or when at least half of its letters are the content of a counting attribution whose cue is
    elsewhere (a quotation or statement that runs on). The attribution returned is the one with
    the cue in the sentence and the most content in it, else the one covering most of it.
    """
    best, best_score = None, -1
    letters = sum(ch.isalnum() for ch in text[start:end]) or 1
    for att in atts:
        if not att.counts:
            continue
        cue_here = any(start <= s < end for s, _ in att.cue_spans)
        content = _overlap(att.content_spans, start, end)
        if cue_here:
            score = 10_000 + content
        else:
            covered = sum(ch.isalnum() for s, e in att.content_spans
                          for ch in text[max(s, start):min(e, end)])
            if covered * 2 < letters:
                continue
            score = covered
        if score > best_score:
            best, best_score = att, score
    return best is not None, best


# BABE's label_opinion values
BABE_OPINION = "Expresses writer’s opinion"
BABE_FACT = "Entirely factual"
BABE_MIXED = "Somewhat factual but also opinionated"


# --------------------------------------------------------------------------------------------
# The corpus filter of the word-list builders (derive_opinion_lexicon, derive_subjective_adjectives)

_QUOTED = re.compile(r"[“\"][^”\"]*[”\"]")
_WORD = re.compile(r"[a-z][a-z'-]+")


def lexicon_argument(argv: list[str], usage: str) -> Path | None:
    """The lexicon file a word-list builder was given, or None after saying what is missing (the
    file, or the PolNeAR and BABE corpora)."""
    if not argv or not Path(argv[0]).exists():
        print(usage)
        return None
    if not (available("polnear") and available("babe")):
        print("Fetch the corpora first: eval/fetch_corpora.py (see eval/CORPORA.md).")
        return None
    return Path(argv[0])


@dataclass
class NewsUse:
    """How a lexicon's words are used in train splits: in the writer's own voice in hard news
    (PolNeAR train sentences of 4+ words, outside attributions and quotation marks) and in BABE
    train's opinion and factual sentences (outside quotation marks)."""

    writer: Counter
    writer_sentences: int
    opinion: Counter
    fact: Counter

    def why_dropped(self, word: str, polnear_max: float, min_seen: int, min_share: float) -> str | None:
        """Why a word does not judge in news, or None: used in ``polnear_max`` or more of every
        1,000 writer's sentences, or seen ``min_seen`` times in BABE and less than ``min_share``
        of them in opinion sentences."""
        if self.writer[word] * 1000 / self.writer_sentences >= polnear_max:
            return "common in hard-news narration (PolNeAR train)"
        seen = self.opinion[word] + self.fact[word]
        if seen >= min_seen and self.opinion[word] < min_share * seen:
            return "mostly in factual BABE train sentences"
        return None

    def select(self, lexicon: dict, own_reason, polnear_max: float, min_seen: int,
               min_share: float) -> tuple[dict, Counter]:
        """Keep the lexicon's words (in alphabetical order) that no reason drops: first the
        builder's own, ``own_reason(word, value)`` (a reason or None), then ``why_dropped``.
        Returns (kept word -> value, how many were dropped for each reason)."""
        kept, dropped = {}, Counter()
        for word, value in sorted(lexicon.items()):
            why = own_reason(word, value) or self.why_dropped(word, polnear_max, min_seen, min_share)
            if why:
                dropped[why] += 1
            else:
                kept[word] = value
        return kept, dropped


def news_use(vocabulary) -> NewsUse:
    """Count the words of ``vocabulary`` (a set or dict keys) in PolNeAR train and BABE train."""
    writer = Counter()
    n_writer = 0
    for doc in read_jsonl("polnear", "train"):
        text = doc["text"]
        keep = [True] * len(text)
        for att in polnear_attributions(doc):
            for s, e in att.content_spans + att.source_spans + att.cue_spans:
                keep[s:e] = [False] * (e - s)
        plain = _QUOTED.sub(" ", "".join(ch if k else " " for ch, k in zip(text, keep)))
        for sentence in re.split(r"(?<=[.!?])\s+", plain):
            words = set(_WORD.findall(sentence.lower()))
            if len(words) >= 4:
                n_writer += 1
                writer.update(words & vocabulary)
    opinion, fact = Counter(), Counter()
    for item in read_jsonl("babe", "train"):
        if item["opinion"] not in (BABE_OPINION, BABE_FACT):
            continue
        words = set(_WORD.findall(_QUOTED.sub(" ", item["text"].lower()))) & vocabulary
        (opinion if item["opinion"] == BABE_OPINION else fact).update(words)
    return NewsUse(writer, n_writer, opinion, fact)
