"""Follow the changes from an original article to its rewrite, sentence by sentence.

Every rewrite sentence is aligned to the original sentence or sentences it came from (shared
words and names, weighted so rare words count more; rapidfuzz for near-copies), then given one
kind, in this order of priority:

* ``attribution_dropped``: the original said who said it (the best-aligned original, in the words
  its cue covers); the rewrite says it in its own voice;
* ``changed``: a number, date, name or "not" differs from the original, a word stands in the place
  of its opposite ("rose" -> "fell"), the rewrite names who did it where the original names no one,
  quotes words the original did not quote, drops a hedge or makes an amount absolute, or a
  headline keeps who and whom but puts another verb between them ("beats" -> "has fist fight with");
* ``added``: nothing in the original supports it (a few borrowed words or names do not);
* ``reworded``: the same point in new words;
* ``kept``: almost the same words.

Each pair also carries ``flags`` (what else is true, with the words in the rewrite) and a plain
reason. The tool proposes; a teacher decides.

>>> c = compare("Mayor Ana Ruiz said the pool will open on June 3.",
...             "The pool will open on June 3. Go swim!")
>>> [p.kind for p in c.pairs]
['attribution_dropped', 'added']
>>> c.voices["vanished"]
['Mayor Ana Ruiz']
"""

from __future__ import annotations

import heapq
import json
import math
import re
from bisect import bisect_left
from collections import namedtuple
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .analysis import Analysis, as_analysis
from .articles import Article
from .errors import ToolkitError
from .labels import Sentence
from .changes import stem as _stem  # one folding for both modules
from .changes import (agent_added, article_stems, asides, attribution_scope, covered_share, hedges,
                      longest_shared_run, mostly_kept, only_cut, origins, part_replaced, predicate_replaced,
                      predicate_swapped, reversed_terms, same_thing, sentence_attribution, strengthened,
                      subject_replaced, word_opcodes)
from .changes import REPLACED_NEW
from .evidence import COMPARE_KINDS, EVIDENCE_KINDS, FATE_ORDER, PAIR_KINDS
from .palette import COMPARE_STYLES, LABEL_STYLES
from .sources import name_heads as _name_heads, names_source as _names_source, same_source, source_key  # noqa: F401
from .wordlists import load_lines, load_words, phrase_regex

_Run = namedtuple("_Run", "a b size")  # a shared run of words, as difflib's find_longest_match gives it

KINDS = PAIR_KINDS  # the kinds a rewrite sentence can have (toolkit.evidence)

# How alike two sentences must be (cosine of their weighted word lists, 0 to 1). Set on the three
# hand-keyed pairs in eval/data/pairs and the seeds; see eval/evaluate_compare.py for what they give.
ALIGN_MIN = 0.2        # the best original of a rewrite sentence must reach this
EXTRA_MIN = 0.1        # a second or third original must reach this ...
EXTRA_GAIN = 0.2       # ... and explain this share of the rewrite's words that the first did not
KEPT_MIN = 0.9         # rapidfuzz ratio (0 to 1) for "almost the same words"
RARE_MIN = 0.1         # a weaker alignment is accepted when ...
RARE_SHARED = 2        # ... this many shared words occur in only that sentence of the original
NEW_SHARE = 1 / 3      # a rewrite sentence with fewer of its content words in its original(s) is new
STRONG = 0.35          # alignments at least this close are trusted for finer checks (names swapped)
EVIDENCE_FLAGS = ("loaded", "superlative", "modal", "question", "reader_address", "imperative")
JUDGING_FLAGS = ("loaded", "mild")  # judging words: flagged when the aligned original does not use them
JUDGING_ADDED = "; the original does not use it: the rewrite adds this judgement"  # ends such a flag's note

_TOKEN = re.compile(r"[A-Za-z0-9\u00C0-\u024F$]+(?:[-.'’,][A-Za-z0-9\u00C0-\u024F]+)*")
_NEGATION = load_words("negation_words")
# folded words for lengths of time: a count of these is never compared with a count of things
_TIME_UNITS = frozenset(_stem(w) for w in (
    "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "night", "nights", "week",
    "weeks", "month", "months", "year", "years", "season", "seasons", "decade", "decades", "century",
    "centuries", "term", "terms"))
# negation words opening a set phrase that does not turn the statement round ("not alone")
_NOT_TURNED = re.compile(r"(?:%s)\b" % "|".join(
    r"\s+".join(map(re.escape, p.split())) for p in sorted(load_words("negation_idioms"), key=len, reverse=True)),
    re.IGNORECASE)


# --------------------------------------------------------------------------------------------
# Words, names and facts


@dataclass(frozen=True)
class _Word:
    start: int  # offset into the sentence
    end: int
    text: str
    stem: str
    capital: bool  # capitalised and not merely the first word of the sentence


@lru_cache(maxsize=1)
def _stopwords() -> frozenset[str]:
    return load_words("english_common")


class _Words(list):
    """A sentence's words, holding what is worked out once about them (each word's start, for
    bisecting; the next content word after each), so the cache lives and dies with the list:
    nothing is kept between calls of ``compare`` and nothing is shared between threads."""

    starts: list[int] | None = None
    next_contents: list[int] | None = None


def _words(text: str) -> _Words:
    words = _Words()
    first = True
    for m in _TOKEN.finditer(text):
        raw = m.group(0).rstrip(".,")
        if not raw:
            continue
        capital = raw[:1].isupper() and not first
        words.append(_Word(m.start(), m.start() + len(raw), raw, _stem(raw), capital))
        first = False
    return words


def _name_units(sentence_text: str, headline: bool = False) -> set[str]:
    """The folded words of a sentence that are names (capitalised, and not merely the sentence's
    first word); none in a headline written in Title Case, where capitals say nothing. (A body
    sentence full of names is still a sentence: its lower-case words say what happened.)"""
    if headline and _title_case(sentence_text):
        return set()
    return {w.stem for w in _words(sentence_text) if _name_like(w, sentence_text)}


def _units(sentence_text: str) -> list[str]:
    """The content of a sentence as folded words; a run of capitalised words (a name with its
    title, "Attorney General Ana Ruiz") counts once, by its last word, so titles do not count
    as shared content. In a headline written in Title Case every word counts."""
    words = _words(sentence_text)
    stop = _stopwords()
    content = [w for w in words if w.text.lower() not in stop and len(w.text) > 1]
    capitals = sum(w.capital or w.text[:1].isupper() for w in content)
    title_case = content and capitals / len(content) > 0.6
    units: list[str] = []
    for i, w in enumerate(content):
        if not title_case and (w.capital or w.text[:1].isupper()):
            nxt = content[i + 1] if i + 1 < len(content) else None
            adjacent = nxt is not None and (nxt.capital or nxt.text[:1].isupper()) and \
                re.fullmatch(r"\s*", sentence_text[w.end:nxt.start]) is not None
            if adjacent:
                continue  # a title or first name: the last word of the run stands for the name
        units.append(w.stem)
    return units


_NUMBER_WORDS = {words.lower(): float(value) for words, value in
                 (line.split("\t") for line in load_lines("number_words"))}
# a plural order of magnitude stands for any count of that size ("thousands" for 5,000, not for 300)
_MAGNITUDES = {"dozens": 12, "hundreds": 100, "thousands": 1e3, "millions": 1e6, "billions": 1e9}
_MONTHS = "|".join(load_lines("months"))  # capitalised: matched case-sensitively
# currencies as words or codes ("5m euros", "EUR 5m"): word -> sign; codes are upper case
_CURRENCY_ROWS = [line.split("\t") for line in load_lines("currencies")]  # read once, used twice
_CURRENCIES = {row[0]: row[1] for row in _CURRENCY_ROWS}
_CURRENCY_BIG = frozenset(row[0] for row in _CURRENCY_ROWS if row[2:] == ["big"])


def _alternatives(words) -> str:
    return "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(words, key=len, reverse=True))


_CODES = _alternatives(w for w in _CURRENCIES if w.isupper())
_CURRENCY_WORDS = _alternatives(w for w in _CURRENCIES if not w.isupper() and w not in _CURRENCY_BIG)
_CURRENCY_BIG_WORDS = _alternatives(_CURRENCY_BIG)
_AMOUNT = r"(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,.])|\d[\d,]*(?:\.\d+)?)"  # "30 000" too
_SIZE = r"(?:(?:bn|tn|m|k)\b|\s+(?:million|billion|trillion|thousand)\b)"
# the words or code beside an amount, lower case, for reading its sign back ("5m euros" -> €)
# (a code may touch the digits: "USD3.5bn")
_CURRENCY_NAMED = re.compile(r"(?<![a-z$])(?:%s)(?![a-z])" % _alternatives(w.lower() for w in _CURRENCIES))
# a year before a currency word in the singular ("the 2008 euro crisis") or before a code that opens
# the next amount ("In 2019 EUR 5m ...") is a year, not money; "2000 euros" is still money
_YEAR_NOT_MONEY = (r"(?!(?:1[5-9]|20)\d\d\s+(?:(?i:%s)\b|(?:%s)\s?\d))"
                   % (_alternatives(w for w in _CURRENCIES if w + "s" in _CURRENCIES), _CODES))
_DAYS = "|".join(load_lines("weekdays"))
_FACT = re.compile(
    rf"(?P<money>(?:US)?[$£€¥]\s?{_AMOUNT}{_SIZE}?"
    rf"|\b(?:{_CODES})\s?{_AMOUNT}{_SIZE}?"  # "EUR 5m"
    rf"|(?<![\w.,]){_YEAR_NOT_MONEY}{_AMOUNT}(?:{_SIZE}?\s+(?:{_CODES}\b|(?i:{_CURRENCY_WORDS})\b(?!\s+(?i:cents?)\b))"  # "5m euros", "5 million USD" (not "5 euro cents")
    rf"|{_SIZE}\s+(?i:{_CURRENCY_BIG_WORDS})\b))"  # "5m pounds" (but "20 pounds" may be a weight)
    rf"|(?P<percent>\b\d[\d,.]*\s?(?:%|percent\b))"
    rf"|(?P<date>\b(?:{_MONTHS})(?:\s+\d{{1,2}}(?:st|nd|rd|th)?\b)?(?:,?\s+\d{{4}})?|\b(?:{_DAYS})\b)"
    rf"|(?P<century>\b(?:(?:early|mid|late)[- ]?)?\d{{1,2}}(?:st|nd|rd|th)(?=(?:\s+and\s+(?:(?:early|mid|late)[- ]?)?"
    rf"\d{{1,2}}(?:st|nd|rd|th))?[- ]centur(?:y|ies)\b))"
    rf"|(?P<ordinal>\b\d{{1,4}}(?:st|nd|rd|th)\b)"
    rf"|(?P<year>\b(?:1[5-9]|20)\d\d(?:s|['’]s)?\b|(?<![\w'’$-])['’]?\d0(?:s|['’]s)\b)"
    rf"|(?P<count>(?<![\w-])(?:\d{{1,3}}(?:[ \u00a0\u202f]\d{{3}})+(?![\d,.])|\d[\d,]*(?:\.\d+)?(?:-\d+)?)\b"
    rf"(?:\s+(?:million|billion|thousand|dozen))?"
    rf"|\b(?i:{'|'.join(sorted(_NUMBER_WORDS, key=len, reverse=True))})\b"  # "Two weeks ..." opens a sentence
    rf"(?:\s+(?:dozen|hundred|thousand|million))?"
    rf"|\b(?i:{'|'.join(_MAGNITUDES)})\b)")


@dataclass(frozen=True)
class _Fact:
    kind: str  # money, percent, date, century, ordinal, year, count
    value: str
    start: int
    end: int
    text: str


def _norm_value(kind: str, text: str) -> str:
    t = re.sub(r"(?<=\d)[ \u00a0\u202f](?=\d{3}\b)", "", text.lower().replace(",", "").replace("’", "'").strip())
    if kind == "count" and t in _MAGNITUDES:
        return f"~{_MAGNITUDES[t]:g}"
    if kind in ("count", "money"):
        mult = 1.0
        for word, m in (("dozen", 12), ("hundred", 100), ("thousand", 1e3), ("million", 1e6),
                        ("billion", 1e9), ("trillion", 1e12)):
            if t.endswith(word):
                mult, t = m, t[: -len(word)].strip()
        # money: "£21bn" is 21 billion pounds; a currency other than the dollar is part of the value
        currency = ""
        if kind == "money":
            named = _CURRENCY_NAMED.search(t)  # "5m euros", "eur 5m": the word or code gives the sign
            # a name of two words may stand with any space between ("pounds  sterling"): one space
            key = " ".join(named.group(0).split()) if named else ""
            sign = _CURRENCIES.get(key) or _CURRENCIES.get(key.upper()) if named else None
            if named:
                t = (t[:named.start()] + t[named.end():]).strip()
                for word, m in (("thousand", 1e3), ("million", 1e6), ("billion", 1e9), ("trillion", 1e12)):
                    if mult == 1.0 and t.endswith(word):
                        mult, t = m, t[: -len(word)].strip()
            if mult == 1.0:
                for short, m in (("bn", 1e9), ("tn", 1e12), ("m", 1e6), ("k", 1e3)):
                    if t.endswith(short):
                        mult, t = m, t[: -len(short)]
                        break
            if named:
                currency = "" if sign == "$" else sign
            else:
                t = t.removeprefix("us").strip()
                currency = "" if t[:1] == "$" else t[:1]
                t = t[1:]
        t = t.strip()
        number = _NUMBER_WORDS.get(t)
        if number is None:
            try:
                number = float(t)
            except ValueError:
                return currency + t
        return f"{currency}{number * mult:g}"
    if kind == "percent":
        return t.replace("percent", "").replace("%", "").strip()
    if kind == "ordinal":  # "2nd" -> "2"
        return t[:-2]
    if kind == "date":  # "May 5th" is "May 5"
        return re.sub(r"(?<=\d)(?:st|nd|rd|th)\b", "", t)
    if kind == "century":  # "late 19th" -> "c:late:19"; "20th" -> "c::20"
        m = re.match(r"(?:(early|mid|late)[- ]?)?(\d+)", t)
        return f"c:{m.group(1) or ''}:{m.group(2)}" if m else t
    return t.replace("'s", "s")


def _same_value(x: str, y: str) -> bool:
    """Two normalised values agree: equal, or a count inside an order of magnitude ("~1000": a
    figure from 1,000 up to, not including, 1,000,000; 12 "dozens" counts as 12 to 99).

    >>> _same_value("~1000", "5000"), _same_value("~1000", "300"), _same_value("~100", "~1000")
    (True, False, False)
    >>> _same_value("c::20", "c:late:20"), _same_value("c:early:20", "c:late:20")
    (True, False)
    """
    if x == y:
        return True
    if x.startswith("c:") and y.startswith("c:"):  # a century with and without "early/mid/late"
        (_, xm, xn), (_, ym, yn) = x.split(":"), y.split(":")
        return xn == yn and not (xm and ym)
    if y.startswith("~"):
        x, y = y, x
    if not x.startswith("~") or y.startswith("~"):
        return False
    try:
        low, value = float(x[1:]), float(y)
    except ValueError:
        return False
    return low <= value < (100 if low == 12 else low * 1000)


def _big(value: str) -> bool:
    """A count of a thousand or more (as money often is, its currency left unsaid)."""
    try:
        return float(value.lstrip("~")) >= 1000
    except ValueError:
        return False


def _facts(text: str) -> list[_Fact]:
    """Numbers, amounts, dates and years in a sentence, each with its kind.

    >>> [(f.kind, f.value) for f in _facts("It cost $3.4 million on June 1, up 80 percent.")]
    [('money', '3.4e+06'), ('date', 'june 1'), ('percent', '80')]
    >>> [f.value for f in _facts("It grew in the late 19th and early 20th centuries.")]
    ['c:late:19', 'c:early:20']
    """
    facts = []
    for m in _FACT.finditer(text):
        kind = m.lastgroup
        found = m.group(0).rstrip(",")
        facts.append(_Fact(kind, _norm_value(kind, found), m.start(), m.start() + len(found), found))
    return facts


# --------------------------------------------------------------------------------------------
# Results


@dataclass
class Pair:
    """One rewrite sentence, the original sentence(s) it came from, and what happened to it.

    >>> from toolkit import analyze
    >>> pair = compare(analyze('"We raised $400," club president Maya Ortiz said.'),
    ...                analyze("The club raised $400. Buy a cake now!")).pairs[0]
    >>> pair.kind, pair.kind_name, [s.index + 1 for s in pair.original], pair.rewrite.text
    ('attribution_dropped', 'Source dropped', [1], 'The club raised $400.')
    >>> print(pair.reason)
    In the original (sentence 1) this came from Maya Ortiz (“club president Maya Ortiz said”); the rewrite says it as a plain fact, without saying who said it.
    """

    rewrite: Sentence
    original: tuple[Sentence, ...]
    kind: str
    similarity: float | None  # None: the pair comes from a hand-written compare key
    flags: list[dict] = field(default_factory=list)
    reason: str = ""
    also: tuple[str, ...] = ()  # other kinds a compare key accepts
    note: str | None = None     # a compare key's teacher note

    @property
    def kind_name(self) -> str:
        """The kind as students read it ("Source dropped")."""
        return COMPARE_STYLES[self.kind].name

    def to_dict(self) -> dict:
        """As plain data."""
        return {"rewrite": self.rewrite.to_dict(),
                "original": [s.to_dict() for s in self.original],
                "kind": self.kind,
                "similarity": None if self.similarity is None else round(self.similarity, 3),
                "reason": self.reason, "flags": [dict(f) for f in self.flags]}


@dataclass
class Comparison:
    """What a rewrite did to its original: aligned pairs, dropped sentences and the voices.

    Made by :func:`compare`:

    >>> from toolkit import analyze
    >>> c = compare(analyze('"We raised $400," club president Maya Ortiz said. Coach Ben Ode '
    ...                     'said the team will buy shirts. The sale ran for two hours.'),
    ...             analyze("The club raised $400. The sale ran for two hours. Buy a cake now!"))
    >>> c.flow_counts()
    {'kept': 1, 'reworded': 0, 'attribution_dropped': 1, 'changed': 0, 'added': 1, 'dropped': 1}
    >>> c.voices["vanished"], [s.text for s in c.dropped_from("Coach Ben Ode")]
    (['Maya Ortiz', 'Coach Ben Ode'], ['Coach Ben Ode said the team will buy shirts.'])
    """

    original_analysis: Analysis
    rewrite_analysis: Analysis
    pairs: list[Pair]
    dropped: list[dict]
    voices: dict[str, list[str]]
    original_sources: dict[int, str | None] = field(default_factory=dict)
    from_key: str | None = None  # the compare key's file, when the comparison is a human key

    def source_of_original(self, sentence: Sentence) -> str | None:
        """Who an original sentence came from (None: the writer's own voice).

        A comparison read from a compare key takes the original's answer key's sources where
        it has one; otherwise the tool's reading of the sentence.

        >>> from toolkit import analyze
        >>> c = compare(analyze('"We raised $400," club president Maya Ortiz said. Coach Ben Ode '
        ...                     'said the team will buy shirts. The sale ran for two hours.'),
        ...             analyze("The club raised $400. The sale ran for two hours. Buy a cake now!"))
        >>> [c.source_of_original(s) for s in c.original_analysis.sentences]
        ['Maya Ortiz', 'Coach Ben Ode', None]
        """
        if sentence.index in self.original_sources:
            return self.original_sources[sentence.index]
        return _source_of(sentence) if _attributed(sentence) else None

    def flow_counts(self) -> dict[str, int]:
        """How many rewrite sentences of each kind, and how many original sentences were dropped.

        >>> compare("The pool opens in May.", "The pool opens in May.").flow_counts()["kept"]
        1
        """
        counts = {kind: 0 for kind in COMPARE_KINDS}
        for p in self.pairs:
            counts[p.kind] += 1
        counts["dropped"] = len(self.dropped)
        return counts

    def to_dict(self) -> dict:
        """As plain data (the JSON shape of ``python -m toolkit compare --format json``)."""
        return {"pairs": [p.to_dict() for p in self.pairs],
                "dropped": [{"sentence": d["sentence"].to_dict(), "source": d["source"]}
                            for d in self.dropped],
                "voices": {k: list(v) for k, v in self.voices.items()}}

    def to_json(self, indent: int | None = 2) -> str:
        """As JSON text.

        >>> from toolkit import analyze
        >>> c = compare(analyze('"We raised $400," club president Maya Ortiz said. Coach Ben Ode '
        ...                     'said the team will buy shirts. The sale ran for two hours.'),
        ...             analyze("The club raised $400. The sale ran for two hours. Buy a cake now!"))
        >>> import json
        >>> sorted(json.loads(c.to_json()))
        ['dropped', 'pairs', 'voices']
        """
        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    def dropped_by_voice(self) -> dict[str | None, list[Sentence]]:
        """The dropped original sentences grouped by who they came from (None: the writer).

        >>> from toolkit import analyze
        >>> c = compare(analyze('"We raised $400," club president Maya Ortiz said. Coach Ben Ode '
        ...                     'said the team will buy shirts. The sale ran for two hours.'),
        ...             analyze("The club raised $400. The sale ran for two hours. Buy a cake now!"))
        >>> {who: [s.text for s in sentences] for who, sentences in c.dropped_by_voice().items()}
        {'Coach Ben Ode': ['Coach Ben Ode said the team will buy shirts.']}
        """
        groups: dict[str | None, list[Sentence]] = {}
        for d in self.dropped:
            groups.setdefault(d["source"], []).append(d["sentence"])
        return groups

    def original_fates(self) -> dict[int, str]:
        """What became of each original sentence, by its index: "dropped", or the strongest kind
        among the rewrite sentences that use it (source dropped > fact changed > reworded > kept).

        >>> compare("Chief Lee said the road is closed. It rained.",
        ...         "The road is closed.").original_fates()
        {0: 'attribution_dropped', 1: 'dropped'}
        """
        fates: dict[int, str] = {}
        for p in self.pairs:
            if p.kind not in FATE_ORDER:
                continue
            for o in p.original:
                now = fates.get(o.index)
                if now is None or FATE_ORDER.index(p.kind) > FATE_ORDER.index(now):
                    fates[o.index] = p.kind
        for d in self.dropped:
            fates.setdefault(d["sentence"].index, "dropped")
        return dict(sorted(fates.items()))

    def dropped_from(self, voice: str) -> list[Sentence]:
        """The dropped original sentences that came from ``voice`` (the same source, by name).

        >>> c = compare('"We will rebuild the library," Mayor Ana Ruiz said. '
        ...             'Ruiz said the pool opens in May.', "We will rebuild the library.")
        >>> [s.index for s in c.dropped_from("Mayor Ana Ruiz")]
        [1]
        """
        return [d["sentence"] for d in self.dropped
                if d["source"] and same_source(d["source"], voice)]

    def unnamed_uses(self, voice: str) -> list[Pair]:
        """The rewrite sentences that use ``voice``'s information but drop its name ("Source
        dropped" pairs whose original sentence came from that source).

        >>> c = compare('"We will rebuild the library," Mayor Ana Ruiz said. '
        ...             'Ruiz said the pool opens in May.', "We will rebuild the library.")
        >>> [p.rewrite.index for p in c.unnamed_uses("Mayor Ana Ruiz")]
        [0]
        """
        return [p for p in self.pairs if p.kind == "attribution_dropped" and any(
            (src := self.source_of_original(o)) and same_source(src, voice) for o in p.original)]

    def to_text(self) -> str:
        """A plain-text report: every pair, then what was dropped and whose voices vanished.

        >>> from toolkit import analyze
        >>> c = compare(analyze('"We raised $400," club president Maya Ortiz said. Coach Ben Ode '
        ...                     'said the team will buy shirts. The sale ran for two hours.'),
        ...             analyze("The club raised $400. The sale ran for two hours. Buy a cake now!"))
        >>> print("\\n".join(c.to_text().splitlines()[-2:]))
        Counts: kept 1, reworded 0, attribution_dropped 1, changed 0, added 1, dropped 1
        The tool proposes; a teacher decides.
        """
        from .render.comparison import comparison_text

        return comparison_text(self)

    def to_html(self) -> str:
        """Side by side: each rewrite sentence beside its original(s), marked by kind (escaped).

        >>> from toolkit import analyze
        >>> c = compare(analyze('"We raised $400," club president Maya Ortiz said. Coach Ben Ode '
        ...                     'said the team will buy shirts. The sale ran for two hours.'),
        ...             analyze("The club raised $400. The sale ran for two hours. Buy a cake now!"))
        >>> "Source dropped" in c.to_html(), c.to_html().count("<details")
        (True, 4)
        """
        from .render.comparison import comparison_html

        return comparison_html(self)

    def voices_html(self) -> str:
        """Who is quoted in each article, which voices vanished and what went with them."""
        from .render.comparison import voices_html

        return voices_html(self)

    def _repr_html_(self) -> str:
        return self.to_html()

    def __repr__(self) -> str:
        counts = ", ".join(f"{n} {k}" for k, n in self.flow_counts().items() if n)
        return (f"<Comparison of {self.rewrite_analysis.name!r} with "
                f"{self.original_analysis.name!r}: {counts or 'nothing'}>")


# --------------------------------------------------------------------------------------------
# Aligning


class _Weights:
    """Inverse document frequency of every folded word over both articles' sentences."""

    def __init__(self, docs: list[list[str]]):
        df: dict[str, int] = {}
        for d in docs:
            for w in set(d):
                df[w] = df.get(w, 0) + 1
        n = len(docs)
        self.idf = {w: math.log((n + 1) / (c + 1)) + 1 for w, c in df.items()}

    def vector(self, units: list[str]) -> dict[str, float]:
        v: dict[str, float] = {}
        for w in units:
            v[w] = v.get(w, 0.0) + self.idf[w]
        return v


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if not a or not b:
        return 0.0
    num = sum(x * b.get(w, 0.0) for w, x in a.items())
    den = math.sqrt(sum(x * x for x in a.values())) * math.sqrt(sum(x * x for x in b.values()))
    return num / den if den else 0.0


class _Index:
    """The original's sentence vectors, indexed by word, to score a rewrite sentence against only
    the originals that share a word with it (the others score 0.0 and can never be chosen).

    ``top(rv, n)`` gives the first ``n`` of ``sorted((_cosine(rv, ov), oi) for oi, ov in ...,
    reverse=True)`` among the originals that score above 0 (the same floats, in the same order),
    without scoring every pair of sentences (2,500 x 2,500 took minutes). The work is the length
    of the word lists of the rewrite sentence's words: near linear for real text, where most
    content words are rare.
    """

    def __init__(self, vecs: list[dict[str, float]]):
        self.postings: dict[str, list[tuple[int, float]]] = {}
        for oi, ov in enumerate(vecs):
            for w, x in ov.items():
                self.postings.setdefault(w, []).append((oi, x))
        self.norms = [math.sqrt(sum(x * x for x in ov.values())) for ov in vecs]

    def top(self, rv: dict[str, float], n: int) -> list[tuple[float, int]]:
        if not rv:
            return []
        num: dict[int, float] = {}
        get = num.get
        for w, x in rv.items():  # the same order of addition as _cosine
            for oi, y in self.postings.get(w, ()):
                num[oi] = get(oi, 0.0) + x * y
        r_norm = math.sqrt(sum(x * x for x in rv.values()))
        norms = self.norms
        scores = ((value / (r_norm * norms[oi]), oi) for oi, value in num.items()
                  if r_norm * norms[oi])
        return heapq.nlargest(n, scores)


def _coverage(a: dict[str, float], covered: set[str]) -> float:
    total = sum(a.values())
    return sum(x for w, x in a.items() if w in covered) / total if total else 0.0


@lru_cache(maxsize=1)
def _reporting_phrase() -> re.Pattern[str]:
    return phrase_regex("reporting_phrases")


def _attributed(s: Sentence) -> bool:
    """The sentence says where its information comes from (a label, or "according to ...")."""
    if s.label == "attributed":
        return True
    from .attribution import quote_spans

    quotes, _ = quote_spans(s.text)
    return any(not any(a <= m.start() < b for a, b in quotes)
               for m in _reporting_phrase().finditer(s.text))


def _source_of(s: Sentence) -> str | None:
    if s.source:
        return s.source
    m = _reporting_phrase().search(s.text)
    if m and m.group(0).lower().startswith("according to"):
        rest = s.text[m.end():].strip(" .,\"”")
        return rest or None
    return None


def _still_credits(text: str, source: str) -> bool:
    """The rewrite names the original's source as more than an owner: "Ruiz said" or "Ruiz, the
    mayor," keep the credit; "Ruiz's plan" only talks about her plan, it does not say she said it.

    >>> _still_credits("Ruiz wants a park.", "Mayor Ana Ruiz"), _still_credits("Ruiz's park opens.", "Ana Ruiz")
    (True, False)
    """
    for head in _name_heads(source):
        flags = 0 if head[:1].isupper() else re.IGNORECASE
        for m in re.finditer(rf"(?<![\w-]){re.escape(head)}(?![\w-])", text, flags):
            if not re.match(r"['’]s?\b", text[m.end():]):
                return True
    return False


def compare(original: Analysis | Article | str | Path,
            rewrite: Analysis | Article | str | Path) -> Comparison:
    """Align every sentence of a rewrite to the original sentence(s) it came from, and say what changed.

    Args:
        original: the original article: an Analysis, an Article, a file path or pasted text.
        rewrite: the rewrite, in any of the same forms.

    Returns:
        A Comparison with ``.pairs``, ``.dropped`` and ``.voices``.

    Raises:
        ToolkitError: for empty, binary, missing or unreadable input (the same messages as
            ``analyze``), or something that is not an article.

    >>> c = compare('"The bridge will close," Chief Lee said.', "The bridge will close.")
    >>> c.pairs[0].kind, [s.text for s in c.pairs[0].original]
    ('attribution_dropped', ['"The bridge will close," Chief Lee said.'])
    """
    a = as_analysis(original, readability=False, what="original")
    b = as_analysis(rewrite, readability=False, what="rewrite")
    o_units = [_units(s.text) for s in a.sentences]
    r_units = [_units(s.text) for s in b.sentences]
    respelt = _respelt_names(a, b, o_units, r_units)
    if respelt:
        r_units = [[respelt.get(u, u) for u in units] for units in r_units]
    weights = _Weights(o_units + r_units)
    o_vecs = [weights.vector(u) for u in o_units]
    r_vecs = [weights.vector(u) for u in r_units]

    o_df: dict[str, int] = {}
    for ov in o_vecs:
        for w in ov:
            o_df[w] = o_df.get(w, 0) + 1
    name_df: dict[str, int] = {}  # a name -> how many sentences of the original name it
    for os in a.sentences:
        for w in _name_units(os.text, os.headline):
            name_df[w] = name_df.get(w, 0) + 1
    matches: list[list[tuple[int, float]]] = []  # per rewrite sentence: (original index, score)
    index = _Index(o_vecs)
    first_same: dict[str, int] = {}  # an original's plain words -> its first index
    first_words: dict[str, int | None] = {}  # an original's opening words -> its index (None: several)
    for oi, os in enumerate(a.sentences):
        first_same.setdefault(_plain(os.text), oi)
        opening = _opening(os.text)
        if opening:
            first_words[opening] = None if opening in first_words else oi
    original_asks = any(s.label == "call_to_action" for s in a.sentences)
    for ri, rs in enumerate(b.sentences):
        rv = r_vecs[ri]
        chosen: list[tuple[int, float]] = []
        if rs.label == "call_to_action" and not original_asks:
            matches.append(chosen)  # the original asks its readers nothing: a request is new
            continue
        exact = first_same.get(_plain(rs.text))
        if exact is not None:
            matches.append([(exact, 1.0)])
            continue
        # only the best four scores are ever used (below): no need to sort every original
        scored = index.top(rv, 4)
        best_group = _prefer_same_place(rs, a, rv, o_vecs, scored, _best_group(rv, o_vecs, scored, o_df))
        if not best_group:  # the rewrite edited the sentence in place: the same opening words
            same = first_words.get(_opening(rs.text))
            if same is not None and set(rv) & set(o_vecs[same]):
                best_group = [same]
        if best_group:
            chosen = [(oi, _cosine(rv, o_vecs[oi])) for oi in best_group]
            covered = set().union(*(set(o_vecs[oi]) for oi in best_group)) & set(rv)
            for score, oi in scored[:4]:
                if score < EXTRA_MIN or oi in best_group:
                    continue
                new = (set(o_vecs[oi]) & set(rv)) - covered
                if _coverage(rv, covered | _extra_content(rs, new, name_df, a.sentences[oi])) - \
                        _coverage(rv, covered) >= EXTRA_GAIN:
                    chosen.append((oi, score))
                    covered |= new
        matches.append(chosen)

    _fill_in_order(a, b, matches, o_vecs, r_vecs, r_units)
    _align_leads(a, b, matches, o_vecs, r_vecs)

    # A headline rewrites the original's headline when the two bodies tell the same story.
    aligned_body = sum(1 for ri, m in enumerate(matches) if m and not b.sentences[ri].headline)
    body_count = sum(1 for s in b.sentences if not s.headline)
    related = aligned_body >= max(2, body_count // 4)
    o_heads = [oi for oi, s in enumerate(a.sentences) if s.headline]
    if related and o_heads:
        for ri, rs in enumerate(b.sentences):
            if rs.headline and not matches[ri] and rs.label != "call_to_action":
                oi = o_heads[0]
                if set(r_vecs[ri]) & set(o_vecs[oi]):
                    matches[ri] = [(oi, _cosine(r_vecs[ri], o_vecs[oi]))]

    everywhere = {(f.kind, f.value) for s in a.sentences for f in _facts(s.text)}
    titles = _title_labels(a)
    names = _article_names(a)
    stems = _stems_of(a, b)
    pairs = [_classify(b, rs, [a.sentences[oi] for oi, _ in m], r_vecs[ri],
                       [o_vecs[oi] for oi, _ in m], a, everywhere, titles, names, stems)
             for ri, (rs, m) in enumerate(zip(b.sentences, matches))]
    used = {o.index for p in pairs for o in p.original}
    dropped = [{"sentence": s, "source": _source_of(s) if _attributed(s) and oi not in titles else None}
               for oi, s in enumerate(a.sentences) if oi not in used]
    voices = _voices(a, b, pairs, titles)
    return Comparison(a, b, pairs, dropped, voices, dict.fromkeys(titles))


# rapidfuzz ratio for the same name spelt a little differently: "Okafour" for "Okafor" (92) may be a
# misspelling; "Australia" for "Austria" (88) is another place. Used to align sentences only.
RESPELT = 90


def _respelt(x: str, y: str) -> bool:
    """The same name spelt a little differently: same first letter, 5 letters or more, close.

    >>> _respelt("Okafour", "Okafor"), _respelt("Australia", "Austria"), _respelt("Lee", "Leo")
    (True, False, False)
    """
    from .fuzzy import ratio

    x, y = x.lower(), y.lower()
    return x != y and x[:1] == y[:1] and min(len(x), len(y)) >= 5 and ratio(x, y) >= RESPELT


def _respelt_names(a: Analysis, b: Analysis, o_units: list[list[str]],
                   r_units: list[list[str]]) -> dict[str, str]:
    """Names the rewrite spells a little differently ("Tiafore" for "Tiafoe"): each folded rewrite
    name the original never has -> the folded original name it is closest to (the same first
    letter, at least 5 letters, rapidfuzz ratio >= RESPELT, and only one such name), for aligning
    sentences only: what a sentence says is still read from its own words.

    >>> from toolkit.analysis import analyze
    >>> a = analyze("Coach Dana Okafor won on Monday.", readability=False)
    >>> b = analyze("Yesterday coach Dana Okafour won.", readability=False)
    >>> _respelt_names(a, b, [_units(s.text) for s in a.sentences], [_units(s.text) for s in b.sentences])
    {'okafou': 'okafor'}
    """
    o_vocab = {u for units in o_units for u in units}

    def names(x: Analysis) -> dict[str, str]:  # lower-case text -> stem
        return {w.text.lower(): w.stem for s in x.sentences for w in _words(s.text)
                if w.text[:1].isupper() and len(w.text) >= 5 and w.text.isalpha()}
    o_names, r_names = names(a), names(b)
    out: dict[str, str] = {}
    for r, r_stem in r_names.items():
        if r_stem in o_vocab or r in o_names:
            continue
        near = [o for o in o_names if _respelt(r, o)]
        if len(near) == 1 and o_names[near[0]] != r_stem:
            out[r_stem] = o_names[near[0]]
    return out


def _title_labels(a: Analysis) -> set[int]:
    """The original's headlines whose only credit is a "Name:" label that no sentence of the body
    credits ("Tomb Raider: First picture released", "Miami Open: Star pulls out"): a label saying
    what the story is about, not who said it. "Pence: The debate is on" stays credited when the
    body quotes Pence. Returns their indices.

    >>> a = as_analysis("Harbor Days: Fireworks cancelled\\n\\nThe fireworks are off.", readability=False)
    >>> _title_labels(a)
    {0}
    >>> a = as_analysis("Ruiz: Fireworks cancelled\\n\\nThe fireworks are off, Ana Ruiz said.", readability=False)
    >>> _title_labels(a)
    set()
    """
    heads = [s for s in a.sentences if s.headline and s.label == "attributed" and s.cue == ":" and s.source]
    if not heads:
        return set()
    body = [s.source for s in a.sentences if not s.headline and s.label == "attributed" and s.source]
    return {s.index for s in heads if not any(same_source(s.source, src) for src in body)}


# "The raid ...", "These leaders ...": a sentence that goes on about something the one before named
_GOES_ON = re.compile(r"\s*[\"“]?(?:The|This|These|That|Those|Such)\s+((?:[a-z][\w'’-]*\s+){0,2}[a-z][\w'’-]*)")


def _fill_in_order(a: Analysis, b: Analysis, matches: list[list[tuple[int, float]]], o_vecs: list[dict],
                   r_vecs: list[dict], r_units: list[list[str]]) -> None:
    """Rewrites mostly keep the original's order. A rewrite sentence that no words align, right after
    one that is aligned, gets an original where its place says which and they share a content word
    (in place, in ``matches``):

    * it goes on about what the sentence before named ("... arrested in a raid. The raid targeted
      ..."): that sentence's original;
    * it is a quotation, and so is the original sentence right after the one before's: that one;
    * it is the only sentence between two aligned ones, and one unused original sentence lies
      between theirs: that one.

    >>> c = compare("Fans met at noon. Police said they held two of the group's bosses after a raid near "
    ...             "the docks. Nobody was hurt.", "Fans met at noon. Ten men were held after a big raid "
    ...             "near the docks on Friday night. The raid caught the gang's top men.")
    >>> [o.index for o in c.pairs[2].original], c.pairs[2].kind
    ([1], 'attribution_dropped')
    """
    used = {oi for m in matches for oi, _ in m}
    quoted = lambda s: s.quoted_chars >= len(s.text.strip()) / 2  # noqa: E731
    for ri, rs in enumerate(b.sentences):
        if ri == 0 or matches[ri] or not matches[ri - 1] or rs.headline or rs.label == "call_to_action":
            continue
        rv = r_vecs[ri]
        prev = [oi for oi, _ in matches[ri - 1]]
        chosen = None
        goes_on = _GOES_ON.match(rs.text)
        if goes_on and {_stem(w) for w in goes_on.group(1).split()} & set(r_units[ri - 1]):
            chosen = next((oi for oi in prev if set(rv) & set(o_vecs[oi])), None)
        after = max(prev) + 1
        if chosen is None and after < len(a.sentences) and after not in used and quoted(rs) and \
                quoted(a.sentences[after]) and set(rv) & set(o_vecs[after]):
            chosen = after
        if chosen is None and (ri + 1 == len(b.sentences) or matches[ri + 1]):
            end = min(oi for oi, _ in matches[ri + 1]) if ri + 1 < len(b.sentences) else len(a.sentences)
            gap = [oi for oi in range(after, end) if oi not in used and not a.sentences[oi].headline]
            if len(gap) == 1 and set(rv) & set(o_vecs[gap[0]]):
                chosen = gap[0]
        if chosen is not None:
            matches[ri] = [(chosen, _cosine(rv, o_vecs[chosen]))]
            used.add(chosen)


def _align_leads(a: Analysis, b: Analysis, matches: list[list[tuple[int, float]]], o_vecs: list[dict],
                 r_vecs: list[dict]) -> None:
    """The two stories' first body sentences (their leads) tell the same news when nothing else
    took either and they share two words with a cosine of at least RARE_MIN (in place)."""
    r_lead = next((ri for ri, s in enumerate(b.sentences) if not s.headline), None)
    o_lead = next((oi for oi, s in enumerate(a.sentences) if not s.headline), None)
    if r_lead is None or o_lead is None or matches[r_lead] or any(oi == o_lead for m in matches for oi, _ in m):
        return
    rv, ov = r_vecs[r_lead], o_vecs[o_lead]
    if len(set(rv) & set(ov)) >= 2 and _cosine(rv, ov) >= RARE_MIN:
        matches[r_lead] = [(o_lead, _cosine(rv, ov))]


def _prefer_same_place(rs: Sentence, a: Analysis, rv: dict, o_vecs: list[dict],
                       scored: list[tuple[float, int]], group: list[int]) -> list[int]:
    """A headline rewrites a headline, a body sentence a body sentence: when the best original is
    in the other place and one of the four closest in the same place would do too, that one is
    taken first (the other may still join as an extra original). For a headline, the original's
    headline will do with two shared words and a cosine of EXTRA_MIN (the words two headlines
    share are the story's most common ones); for a body sentence, a body sentence that reaches
    ALIGN_MIN and shares more words with it than the headline does. A copy of the other place's
    sentence stays with it. "Council Shuts Beloved Elm Library" is the
    original's headline rewritten, not a body sentence that shares "Elm library" with it.

    >>> a = as_analysis("Council Shuts Elm Library\\n\\nThe council voted to close the Elm library. "
    ...                 "Ana Ruiz said the Elm library is loved.", readability=False)
    >>> b = as_analysis("Council Shuts Beloved Elm Library\\n\\nThe vote was 5 to 2.", readability=False)
    >>> w = _Weights([_units(s.text) for s in (*a.sentences, *b.sentences)])
    >>> o_vecs = [w.vector(_units(s.text)) for s in a.sentences]
    >>> rv = w.vector(_units(b.sentences[0].text))
    >>> _prefer_same_place(b.sentences[0], a, rv, o_vecs, [(0.5, 2), (0.4, 0)], [2])
    [0]
    """
    if len(group) != 1 or a.sentences[group[0]].headline == rs.headline:
        return group
    if only_cut(a.sentences[group[0]].text, rs.text):
        return group  # a copy of the other place's sentence came from it
    for score, oi in scored:
        if oi == group[0] or a.sentences[oi].headline != rs.headline:
            continue
        shared = len(set(rv) & set(o_vecs[oi]))
        if rs.headline and score >= EXTRA_MIN and shared >= 2:
            return [oi]
        if not rs.headline and score >= ALIGN_MIN and shared > len(set(rv) & set(o_vecs[group[0]])):
            return [oi]
    return group


def _best_group(rv: dict, o_vecs: list[dict], scored: list[tuple[float, int]],
                o_df: dict[str, int] | None = None) -> list[int]:
    """The original sentence that best matches a rewrite sentence, as a list ([] if none is
    close enough: the cosine must reach ALIGN_MIN and at least two words or names be shared; or,
    a weaker cosine (RARE_MIN) will do when two of the shared words occur in no other sentence of
    the original: words that distinctive point at one place)."""
    if not scored:
        return []
    best = scored[0][1]
    shared = set(rv) & set(o_vecs[best])
    if scored[0][0] >= ALIGN_MIN and len(shared) >= 2:
        return [best]
    if o_df is None:
        return []
    for score, oi in scored:  # the closest original with two words found nowhere else in it
        # (a figure or year found nowhere else counts twice: "the 1980s" points at one place)
        if score >= RARE_MIN and sum(1 + any(c.isdigit() for c in w) for w in set(rv) & set(o_vecs[oi])
                                     if o_df.get(w, 0) == 1) >= RARE_SHARED:
            return [oi]
    return []


TOPIC_NAME = 3  # a name in this many sentences of the original is the story's, not one sentence's
CROSS_EXTRA = 3  # an extra original from the other place (headline / body) shares this many more words


def _extra_content(rs: Sentence, new: set[str], name_df: dict[str, int], o: Sentence) -> set[str]:
    """The words an extra original adds to a rewrite sentence's alignment that say it came from
    there: not a reporting verb (a shared "told" says someone spoke, not what about), not a name
    the original names in TOPIC_NAME sentences or more (it names the story, not one sentence). An
    extra from the other place (a headline for a body sentence, or the reverse) needs CROSS_EXTRA
    of them: a headline's words are the story's most common ones. (A sentence of the seeds'
    rewrite took an unrelated original sentence as an extra on a shared common verb and the
    country the whole story is about.)

    >>> o = Sentence(4, "The minister did not take questions in Lima.", 0, 44, 2, "claim")
    >>> r = Sentence(3, "The group was founded in 1980 before taking root in Lima.", 0, 57, 2, "claim")
    >>> _extra_content(r, {_stem("take"), _stem("Lima")}, {_stem("Lima"): 5}, o) == {_stem("take")}
    True
    """
    verbs = _reporting_stems()
    names = _name_units(rs.text, rs.headline)
    content = {w for w in new if w not in verbs and not (w in names and name_df.get(w, 0) >= TOPIC_NAME)}
    if o.headline != rs.headline and len(content) < CROSS_EXTRA:
        return set()
    return content


@lru_cache(maxsize=1)
def _reporting_stems() -> frozenset[str]:
    return frozenset(_stem(w) for w in load_words("reporting_verbs"))


OPENING_WORDS = 6  # a rewrite sentence that opens with the same words as one original sentence came from it


def _opening(text: str) -> str:
    """The first OPENING_WORDS words of a sentence, plain ("" when it is shorter than that).

    >>> _opening("The memorial will be held at the Hall of Liberty.")
    'the memorial will be held at'
    """
    words = re.findall(r"[\w'’-]+", _plain(text))
    return " ".join(words[:OPENING_WORDS]) if len(words) > OPENING_WORDS else ""


def _copied_carried(o: Sentence, att: dict, rs: Sentence) -> bool:
    """The original sentence is credited only by a quotation still open from an earlier sentence,
    shows no quotation mark itself, and the rewrite copies it: nothing in the sentence was dropped."""
    marks = "\"“”"
    return att.get("how") == "carried" and not any(c in o.text for c in marks) and only_cut(o.text, rs.text)


def _plain(text: str) -> str:
    text = text.replace("’", "'").replace("“", '"').replace("”", '"').replace("–", "-")
    return " ".join(text.split()).lower()


def _same_words(x: str, y: str) -> bool:
    return _plain(x) == _plain(y)


def _classify(b: Analysis, rs: Sentence, originals: list[Sentence], rv: dict, ovs: list[dict],
              a: Analysis, everywhere: set | None = None, titles: set[int] = frozenset(),
              names: frozenset[str] | None = None, stems: tuple[set[str], set[str]] | None = None) -> Pair:
    base = rs.start
    flags: list[dict] = []
    # a judging word the aligned original(s) do not use is the rewrite's own judgement, put into a
    # sentence that may otherwise be kept ("The mayor, a clueless bureaucrat, opened the park"):
    # flagged as added, even a leaning word that alone is not flagged
    o_stems = {w.stem for o in originals for w in _words(o.text)}
    judged = []
    for ev in rs.evidence:
        new_judging = bool(originals) and ev.kind in JUDGING_FLAGS and \
            not {w.stem for w in _words(ev.text)} <= o_stems
        # the original judged the same way in the place the rewrite reworded ("terrible" ->
        # "awful"): the same judgement in other words, not one the rewrite adds
        same = _same_judgement(rs, ev, originals) if new_judging else None
        if same:
            new_judging = False
        if ev.kind in EVIDENCE_FLAGS or new_judging:
            flag = {"kind": ev.kind, "start": ev.start, "end": ev.end, "text": ev.text,
                    "note": f"{LABEL_STYLES[_evidence_label(ev.kind)].name}: {ev.note}"}
            if new_judging:
                flag["note"] += JUDGING_ADDED
                judged.append(ev.text)
            elif same:
                flag["note"] += f"; the original judges the same way in other words (“{same}”)"
            flags.append(flag)
    if not originals:
        reason = ("The tool found no sentence in the original that says this, so it calls it "
                  "new."
                  if rs.label != "call_to_action" else
                  "The original never asks readers to do anything: this request is new.")
        return Pair(rs, (), "added", 0.0, flags, reason)

    merged: dict[str, float] = {}
    for ov in ovs:
        for w, x in ov.items():
            merged[w] = max(merged.get(w, 0.0), x)
    similarity = _cosine(rv, merged)
    from .fuzzy import ratio

    joined = " ".join(o.text for o in originals)
    closeness = ratio(_plain(rs.text), _plain(joined)) / 100
    similarity = min(1.0, round(max(similarity, closeness), 4))
    numbers = ", ".join(str(o.index + 1) for o in originals)
    which = f"sentence {numbers}" if len(originals) == 1 else f"sentences {numbers}"

    changes = _fact_changes(rs, originals, a, strong=similarity >= STRONG, everywhere=everywhere, names=names,
                            b=b, stems=stems)
    for change in changes:
        flags.append({**change, "start": base + change["start"], "end": base + change["end"]})
    changed = [c for c in changes if c["kind"] == "changed"]

    # Attribution is read from each sentence's own evidence (a cue with its subject, "according
    # to", a quote with its speaker, a sentence carried inside a quotation), never from word overlap.
    # The best-aligned original decides (an extra original only adds words), and only for what its
    # attribution covers: "Prices rose, but the agency said ..." does not credit the rise to the agency.
    primary = originals[0]
    # hearsay naming no one ("allegedly", "is said to") is a hedge in the original, not a source:
    # a rewrite that drops it removes a hedge (changed), it does not drop a source
    attributed = [(primary, att) for att in [sentence_attribution(primary) if primary.index not in titles else None]
                  if att and att["how"] != "hearsay" and covered_share(primary.text, attribution_scope(primary.text, att), rs.text,
                                           asides(primary.text) if att.get("how") == "cue" else []) >= 0.5
                  and not _copied_carried(primary, att, rs)]
    sources = [src for src in (_source_of(o) for o, _ in attributed) if src]
    # words in quotation marks are someone's words, not the writer's own voice
    own = sentence_attribution(rs) or \
        ({"text": "quotation marks"} if rs.quoted_chars >= len(rs.text.strip()) / 2 else None)
    if own and attributed and _quote_kept_report_dropped(rs, own, primary, attributed[0][1]):
        own = None  # the rewrite keeps a quotation's speaker, not the report the original credited
    r_text = rs.text.title() if rs.text.isupper() else rs.text  # an all-capitals headline names it too
    kept_credit = own or \
        next(({"text": src} for src in sources if _still_credits(r_text, src)), None)
    if attributed and not kept_credit:
        o, att = attributed[0]
        who = sources[0] if sources else "a named source"
        if att["how"] not in ("label", "speaker", "carried") and att["text"] not in (who,):
            who += f" (“{_reporting_words(o, att)}”)"
        # the source is not made to say what the rewrite adds of its own (a changed detail, when
        # there is one, is what the reason names instead: it says what the original had)
        part = None if changed else _new_part(rs.text, o_stems)
        if part:
            reason = (f"Part of this came from {who} in the original ({which}); the rewrite says it as "
                      f"a plain fact, without saying who said it. It also adds words that are not in "
                      f"that sentence: “{part}”.")
        else:
            reason = (f"In the original ({which}) this came from {who}; the rewrite says it as a "
                      "plain fact, without saying who said it.")
        if changed:
            reason += f" It also changes a detail{_elsewhere(changed[0], originals)}: {changed[0]['note']}"
        return Pair(rs, tuple(originals), "attribution_dropped", similarity, flags, reason)
    r_units = set(_units(rs.text))
    o_units = set().union(*(set(_units(o.text)) for o in originals))
    shared = r_units & o_units
    if not changed and not rs.headline and r_units and len(shared) / len(r_units) < NEW_SHARE:
        # a few names or words borrowed from the original, around a claim it never makes ...
        # ... unless the original's own source is made to say it, or a clause of the original is
        # kept word for word around it: the original sentence was edited, what it says changed
        other = _other_words(rs, primary) or _edited_around(rs, originals)
        if other:
            flags.append({**other, "start": base + other["start"], "end": base + other["end"]})
            return Pair(rs, (primary,), "changed", similarity, flags,
                        f"This follows the original's sentence {other['original']['sentence'] + 1}, but a fact "
                        f"is different: {other['note']}")
        return Pair(rs, (), "added", similarity, flags,
                    f"Only a few words come from the original's {which}; what this says is new.")
    if not changed and not rs.headline and len(originals) == 1:
        # the same source, but what the rewrite has them say shares little with what they said
        # (the speaker's own name does not count as shared content): their words were replaced
        other = _words_replaced(rs, primary)
        if other:
            flags.append({**other, "start": base + other["start"], "end": base + other["end"]})
            return Pair(rs, (primary,), "changed", similarity, flags,
                        f"This follows the original's sentence {primary.index + 1}, but a fact is different: "
                        f"{other['note']}")
    names = _name_units(rs.text, rs.headline)
    if not changed and shared and shared <= names and len(r_units - shared - names) >= 2 and \
            len(o_units - shared - set().union(*(_name_units(o.text, o.headline) for o in originals))) >= 2:
        # the same people and places and nothing else in common, each side saying more than a word
        # about them ("X defeated Y" for "X beat Y" stays reworded): a new story about them
        return Pair(rs, (), "added", similarity, flags,
                    f"Only names are shared with the original's {which}; the tool found nothing "
                    f"there that says what this says about them, so it calls it new.")
    if changed:
        reason = f"This follows the original's {which}, but a fact is different{_elsewhere(changed[0], originals)}: " \
                 f"{changed[0]['note']}"
        return Pair(rs, tuple(originals), "changed", similarity, flags, reason)
    if len(originals) == 1 and only_cut(originals[0].text, rs.text):
        return Pair(rs, tuple(originals), "kept", similarity, flags,
                    f"The rewrite keeps the original's {which} word for word (only cuts or punctuation).")
    reason = f"The rewrite says what the original's {which} said, in different words."
    fresh = [c for c in changes if c["kind"] == "new_words"]
    if fresh:
        reason += (f" Part of it (“{fresh[0]['text']}”) is in words the original never uses: "
                   "check whether it is still the same fact.")
    if judged:
        quoted = [f"“{t}”" for t in judged]  # s13 walk #24: three words are "judging words"
        listed = quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " and " + quoted[-1]
        reason += (f" It adds {'a judging word' if len(quoted) == 1 else 'judging words'} the "
                   f"original does not use: {listed}.")
    if rs.label == "attributed" and attributed and rs.source and sources and \
            not any(_names_source(rs.source, src) or _names_source(src, rs.source) for src in sources):
        reason += f" The original credited {sources[0]}; the rewrite credits {rs.source}."
    return Pair(rs, tuple(originals), "reworded", similarity, flags, reason)


NEW_PART = 4  # content words in a row that the aligned original lacks: a part the rewrite adds


def _new_part(text: str, o_stems: set[str]) -> str | None:
    """The longest run of the rewrite's words that the aligned original does not have, when it holds
    NEW_PART content words or more (small words inside the run, like "of the", do not break it):
    a part of the rewrite's own, which the original's source never said.

    >>> _new_part("Ten boats sank since the storm season began early.", {"ten", "boat", "sank"})
    'since the storm season began early'
    >>> _new_part("Ten boats sank in the old harbour.", {"ten", "boat", "sank"}) is None
    True
    """
    stop = _stopwords()
    best, run, content = None, [], 0
    for w in _words(text) + [None]:
        small = w is not None and w.text.lower() in stop
        if w is not None and (w.stem not in o_stems or (run and small)):
            if run or not small:
                run.append(w)
                content += not small
            continue
        while run and run[-1].text.lower() in stop:
            run.pop()
        if content >= NEW_PART and (best is None or content > best[0]):
            best = (content, text[run[0].start:run[-1].end])
        run, content = [], 0
    return best[1] if best else None


def _same_judgement(rs: Sentence, ev, originals: list[Sentence]) -> str | None:
    """The original's judging word that the rewrite's judging word ``ev`` stands in place of, when
    the two judge the same way (both rated good, or both bad, in evaluative.txt): "the terrible new
    road" -> "the awful new road" gives "terrible". A judging word put in beside the original's
    words, or in place of a plain word, gives None: that judgement is the rewrite's own.

    >>> from toolkit import analyze
    >>> r = analyze("The mayor opened the awful new road.").sentences[0]
    >>> o = analyze("The mayor opened the terrible new road.").sentences[0]
    >>> _same_judgement(r, r.evidence[0], [o])
    'terrible'
    >>> _same_judgement(r, r.evidence[0], [analyze("The mayor opened the wonderful new road.").sentences[0]])
    """
    rate = _ratings()
    own = [rate[w.text.lower()] for w in _words(ev.text) if w.text.lower() in rate]
    if not own:
        return None
    sign = 1 if sum(own) > 0 else -1
    r_words = _words(rs.text)
    at = ev.start - rs.start
    for o in originals:
        o_words = _words(o.text)
        ops = word_opcodes([w.text.lower() for w in o_words], [w.text.lower() for w in r_words])
        for tag, i1, i2, j1, j2 in ops:
            if tag != "replace" or not any(w.start <= at < w.end or at <= w.start < ev.end - rs.start
                                           for w in r_words[j1:j2]):
                continue
            for w in o_words[i1:i2]:
                x = rate.get(w.text.lower())
                if x is not None and (x > 0) == (sign > 0):
                    return w.text
    return None


def _elsewhere(change: dict, originals: list[Sentence]) -> str:
    """Where a changed fact's original words are, when they are in another sentence of the original
    than the one(s) the rewrite follows (a place of origin is read from the whole story): the reason
    points at the sentence that holds them, not only at the aligned one.

    >>> o = Sentence(1, "The club met.", 0, 13, 0, "claim")
    >>> _elsewhere({"original": {"sentence": 9}}, [o]), _elsewhere({"original": {"sentence": 1}}, [o])
    (" (see the original's sentence 10)", '')
    """
    at = change.get("original", {}).get("sentence")
    if at is None or any(o.index == at for o in originals):
        return ""
    return f" (see the original's sentence {at + 1})"


def _reporting_words(o: Sentence, att: dict) -> str:
    """The reporting words a reason quotes for an original sentence: the labeller's own cue for the
    sentence's source ("said", "according to"), after the source when it stands right before the
    cue ("Half said"); the words ``att`` found only when the labeller found no cue. ``att``'s words are
    the up-to-four words before the first reporting verb, which may be other words than the
    source ("a dozen gang leaders, said")."""
    cue = next((e for e in o.evidence if e.kind == "cue" and e.text), None)
    if cue is None or not o.source or o.source in att["text"]:
        return att["text"]  # no cue of the labeller's, or the words found hold the source itself
    speaker = next((e for e in o.evidence if e.kind == "speaker" and e.text == o.source), None)
    if speaker is not None and speaker.end <= cue.start and \
            re.fullmatch(r"\s*", o.text[speaker.end - o.start:cue.start - o.start]):
        return o.text[speaker.start - o.start:cue.end - o.start]
    return cue.text


def _quote_kept_report_dropped(rs: Sentence, own: dict, o: Sentence, o_att: dict) -> bool:
    """The rewrite's only credit is a quotation the original has too, with its speaker, while what
    the original's reporting verb reported outside quotation marks gives way to words of the
    writer's own: 'A letter said it was "glad to welcome" her, and she said she was thrilled' ->
    'A letter said it was "glad to welcome" her, and she was stunned'. Keeping the quoted words
    does not keep the credit for the rest. Not when the rewrite only keeps the rest of the
    original sentence ('A letter said it was "glad to welcome" her.')."""
    from .attribution import quote_spans

    if own.get("how") != "speaker" or o_att.get("how") != "cue":
        return False
    r_quotes = quote_spans(rs.text)[0]
    o_plain = _plain(o.text)
    if not r_quotes or not all(_plain(rs.text[a:b].strip("\"“”'‘’ ")) in o_plain for a, b in r_quotes):
        return False
    stop = _stopwords()
    o_quotes = quote_spans(o.text)[0]

    def unquoted(text: str, quotes: list, start: int, end: int) -> list[str]:
        return [_stem(m.group(0)) for m in _TOKEN.finditer(text, start, end)
                if not any(a <= m.start() < b for a, b in quotes) and m.group(0).lower() not in stop]

    after = unquoted(o.text, o_quotes, o_att["end"], len(o.text))
    span = (o_att["end"], len(o.text)) if after else (0, o_att["start"])
    if not unquoted(o.text, o_quotes, *span):
        return False  # the verb reports only its quotation, which the rewrite keeps
    rest = set(unquoted(o.text[:span[0]] + " " * (span[1] - span[0]) + o.text[span[1]:], o_quotes, 0, len(o.text)))
    return any(w not in rest for w in unquoted(rs.text, r_quotes, 0, len(rs.text)))


EDITED_RUN = 5  # words in a row kept from one original sentence: the rewrite edited that sentence


def _edited_around(rs: Sentence, originals: list[Sentence]) -> dict | None:
    """A ``changed`` flag when the rewrite keeps EDITED_RUN or more words in a row of an aligned
    original sentence, two of them lower-case content words that are not role nouns (a clause
    with what it says, "Lee knew the crew was ready", not only who: "the Department of Harbor
    Safety", "Dana Reyes and her husband"), and says the rest in words of its own: the original
    sentence was edited and what it says changed. The flag names what each side says
    beyond the kept words (its longer side of them).

    >>> from toolkit.analysis import analyze
    >>> o = analyze("Coach Lee knew the crew was ready once the rowers began to train at dawn.",
    ...             readability=False).sentences[0]
    >>> r = analyze("Coach Lee knew the crew was ready after two rowers were caught cheating.",
    ...             readability=False).sentences[0]
    >>> flag = _edited_around(r, [o])
    >>> flag["original"]["text"], flag["text"]
    ('once the rowers began to train at dawn', 'after two rowers were caught cheating')
    """
    stop, roles = _stopwords(), load_words("role_nouns")
    r_tokens = list(_TOKEN.finditer(rs.text))

    def fold(w: str) -> str:  # "the school's" keeps "the school"
        return re.sub(r"'s$", "", w.lower().replace("’", "'"))

    r_fold = [fold(m.group(0)) for m in r_tokens]
    best = None
    for o in originals:
        o_tokens = list(_TOKEN.finditer(o.text))
        o_fold = [fold(m.group(0)) for m in o_tokens]
        run = _Run(*longest_shared_run(o_fold, r_fold))
        words = [m.group(0) for m in r_tokens[run.b:run.b + run.size]]
        said = [w for w in words if w.islower() and w not in stop and w not in roles]
        if run.size >= EDITED_RUN and len(said) >= 2 and (best is None or run.size > best[1].size):
            best = (o, run, o_tokens)
    if best is None:
        return None
    o, run, o_tokens = best

    def rest(text: str, tokens: list, first: int, size: int) -> tuple[int, int]:
        start, end = tokens[first].start(), tokens[first + size - 1].end()
        before, after = (0, start), (end, len(text))
        a, b = max(before, after, key=lambda span: len(text[span[0]:span[1]].strip()))
        while a < b and not text[a].isalnum():
            a += 1
        while b > a and not text[b - 1].isalnum():
            b -= 1
        return a, b

    oa, ob = rest(o.text, o_tokens, run.a, run.size)
    ra, rb = rest(rs.text, r_tokens, run.b, run.size)
    if ob <= oa or rb <= ra:
        return None
    kept = rs.text[r_tokens[run.b].start():r_tokens[run.b + run.size - 1].end()]
    return _changed(o, ((oa, ob, o.text[oa:ob]), (ra, rb, rs.text[ra:rb])),
                    "the rewrite keeps “{kept}” from the original's sentence, but where the original says "
                    "“{ow}”, the rewrite says “{rw}”.", kept=kept)


def _reported(text: str, att: dict) -> tuple[int, int]:
    """What a sentence's reporting verb reports, as (start, end): the longer side of the cue
    ("Lee said the pool is shut." -> "the pool is shut."), the whole sentence for other credit."""
    from .attribution import quote_spans

    start, end = 0, len(text)
    quotes = [q for q in quote_spans(text)[0] if len(_TOKEN.findall(text[q[0]:q[1]])) >= 2]
    # a quotation is what the cue reports when it stands against it: one before the cue closes on
    # its own punctuation ('"We will win," Lee said'), one after it follows within three words
    # ('Lee said on Monday: "..."'); a scare quote in the speaker's words ('The "tough on crime"
    # mayor said ...') is not what was said
    def closes(q: tuple[int, int]) -> bool:
        inside = text[q[0]:q[1]].rstrip("\"”’'")
        return inside[-1:] in tuple(",.!?;:—-") or text[q[1]:].lstrip()[:1] in tuple(",—-")

    before_q = [q for q in quotes if q[1] <= att.get("start", 0) and closes(q)]
    after_q = [q for q in quotes if q[0] >= att.get("end", len(text))
               and len(_TOKEN.findall(text[att.get("end", len(text)):q[0]])) <= 3]
    if att.get("how") == "cue" and bool(before_q) != bool(after_q):
        # the cue reports a quotation on one side ('"We will win," Lee told a cheering crowd'):
        # what was said is the quotation, however long the other side is
        side = before_q or after_q
        start, end = side[0][0], side[-1][1]
    elif att.get("how") == "cue":
        before, after = text[:att["start"]], text[att["end"]:]
        if len(_TOKEN.findall(after)) >= len(_TOKEN.findall(before)):
            start = att["end"]
        else:
            end = att["start"]
    elif att.get("how") == "phrase":  # "According to the agency, ..." / "..., according to the agency."
        comma = re.match(r"[^,.;:]{1,80}?,\s*", text[att["end"]:])
        if att["start"] < 3 and comma:
            start = att["end"] + comma.end()
        elif att["start"] > len(text) / 2:
            end = att["start"]
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not text[end - 1].isalnum():
        end -= 1
    return start, end


def _other_words(rs: Sentence, o: Sentence) -> dict | None:
    """A ``changed`` flag when the rewrite credits the same source as the original sentence ``o``
    but has them say something the original never has them say (the caller checked that few of
    the rewrite's words come from ``o``): the words put in the source's mouth changed, the source
    did not. None when either sentence credits no one, or they credit different sources.

    >>> from toolkit.analysis import analyze
    >>> o = analyze("Chief Ana Ruiz said the pool will stay shut all summer.", readability=False).sentences[0]
    >>> r = analyze("Chief Ana Ruiz said that swimmers will be fined for jumping off the pier.",
    ...             readability=False).sentences[0]
    >>> flag = _other_words(r, o)
    >>> flag["original"]["text"], flag["text"]
    ('the pool will stay shut all summer', 'that swimmers will be fined for jumping off the pier')
    """
    if rs.label != "attributed" or not rs.source:
        return None
    src = _source_of(o)
    if not src or not same_source(src, rs.source):
        return None
    o_att, r_att = sentence_attribution(o), sentence_attribution(rs)
    if not o_att or not r_att or "hearsay" in (o_att["how"], r_att["how"]):
        return None
    (os_, oe), (rs_, re_) = _reported(o.text, o_att), _reported(rs.text, r_att)
    if oe <= os_ or re_ <= rs_:
        return None
    return _changed(o, ((os_, oe, o.text[os_:oe]), (rs_, re_, rs.text[rs_:re_])),
                    "the original has {who} say “{ow}”; the rewrite has {who} say “{rw}”.", who=src)


def _words_replaced(rs: Sentence, o: Sentence) -> dict | None:
    """``_other_words``' flag when, of the content words the rewrite has the source say, fewer than
    NEW_SHARE come from what the original has the same source say: the rewrite keeps who spoke
    and puts other words in their mouth ("“We cannot keep paying for it,” Mayor Ana Ruiz said." ->
    "Mayor Ana Ruiz admitted the town does not want to pay."). A paraphrase that keeps what was
    said ("... said the pool would stay closed all summer") is not flagged.

    >>> from toolkit.analysis import analyze
    >>> o = analyze('"The pool will stay shut all summer," Chief Ana Ruiz said.', readability=False).sentences[0]
    >>> r = analyze("Chief Ana Ruiz admitted the town cannot afford lifeguards.", readability=False).sentences[0]
    >>> _words_replaced(r, o)["text"]
    'the town cannot afford lifeguards'
    >>> r = analyze("Chief Ana Ruiz said the pool would stay closed all summer.", readability=False).sentences[0]
    >>> _words_replaced(r, o) is None
    True
    """
    flag = _other_words(rs, o)
    if not flag:
        return None
    r_said = set(_units(flag["text"]))
    o_said = set(_units(flag["original"]["text"]))
    if not r_said or len(r_said & o_said) / len(r_said) >= NEW_SHARE:
        return None
    return flag


def _evidence_label(kind: str) -> str:
    return EVIDENCE_KINDS[kind].label if kind in EVIDENCE_KINDS else "opinion"


def _was(o: Sentence, start: int, end: int) -> dict:
    """The original's side of a change: its sentence and the words, offsets into the original."""
    return {"sentence": o.index, "start": o.start + start, "end": o.start + end,
            "text": o.text[start:end]}


def _changed(o: Sentence, found: tuple, note: str, **words: str) -> dict:
    """A ``changed`` flag naming both sides: ``found`` is ((start, end, text) in the original
    sentence ``o``, (start, end, text) in the rewrite sentence); ``note`` is a template that may use
    {ow} (the original's words), {rw} (the rewrite's) and any of ``words``.

    >>> o = Sentence(0, "Prices rose 5%.", 0, 15, 0, "claim")
    >>> flag = _changed(o, ((7, 11, "rose"), (7, 11, "fell")), "“{ow}” became “{rw}”.")
    >>> flag["text"], flag["note"], flag["original"]["text"]
    ('fell', '“rose” became “fell”.', 'rose')
    """
    (os_, oe, ow), (rs_, re_, rw) = found
    return {"kind": "changed", "start": rs_, "end": re_, "text": rw,
            "note": note.format(ow=ow, rw=rw, **words), "original": _was(o, os_, oe)}


def _in_which(originals: list[Sentence], start: int) -> tuple[Sentence, int]:
    """Map an offset into the originals joined with spaces back to (sentence, offset in it)."""
    for o in originals:
        if start <= len(o.text):
            return o, start
        start -= len(o.text) + 1
    return originals[-1], 0


def _stems_of(a: Analysis, b: Analysis) -> tuple[set[str], set[str]]:
    """Every word of each whole article, folded (``changes.article_stems``)."""
    return (article_stems(" ".join(s.text for s in a.sentences)),
            article_stems(" ".join(s.text for s in b.sentences)))


# a word that places a date in time from now ("last May", "next Friday"): part of the date's words
_RELATIVE_TIME = re.compile(r"\b(?:last|next|this|early|late|mid|coming|past)[\s-]+$", re.I)


def _fact_changes(rs: Sentence, originals: list[Sentence], a: Analysis, strong: bool,
                  everywhere: set | None = None, names: frozenset[str] | None = None,
                  b: Analysis | None = None, stems: tuple[set[str], set[str]] | None = None) -> list[dict]:
    """What the rewrite changed in the facts of the aligned original(s): numbers, money, dates,
    names, "not", hedges removed, amounts made absolute, places of origin. Each ``changed`` item
    names the rewrite's words (offsets within the rewrite sentence) and the original's
    (``original``: sentence index and offsets into the original article). ``everywhere`` (every
    fact of the original as (kind, value)) is worked out once by ``compare``, not per sentence.
    """
    out: list[dict] = []
    o_text = " ".join(o.text for o in originals)
    o_facts = _facts(o_text)
    if everywhere is None:
        everywhere = {(f.kind, f.value) for s in a.sentences for f in _facts(s.text)}
    o_ordinals = {_ORDINAL_WORDS[w] for w in re.findall(r"[a-z]+", o_text.lower()) if w in _ORDINAL_WORDS}
    for f in _facts(rs.text):
        if f.kind == "ordinal" and f.value in o_ordinals:
            continue  # "fifth" and "5th": the same ordinal
        if f.kind == "count" and (unit := _counted(rs.text, f)) and (f.value, unit) in _ordinal_counts(o_text):
            continue  # "the fifth Test he has missed" and "he has missed five Tests": the same count
        if f.kind in ("money", "count") and any(
                g.kind in ("money", "count") and g.kind != f.kind and
                _same_value(g.value.lstrip("€£¥"), f.value.lstrip("€£¥")) and
                _bare_big(*((o_text, g) if g.kind == "count" else (rs.text, f))) for g in o_facts):
            # "5 million" and "5 million euros": the same figure, its currency named or not; but
            # only a big count that counts nothing: "€3" is not the original's "the 3 shows"
            continue
        if f.kind == "count" and _others_counted(rs.text, f, o_text, o_facts):
            continue  # "one of 27 people arrested" and "along with 26 other activists": the same count
        same_kind = [g for g in o_facts if g.kind == f.kind]
        if f.kind == "money" and not same_kind:  # "7m euros" against the original's bare "5 million"
            same_kind = [g for g in o_facts if g.kind == "count" and _big(g.value)]
        if any(_same_value(g.value, f.value) for g in same_kind):
            # the same figure elsewhere in the original does not make it the same count: "two weeks"
            # against the original's "three weeks" (and its "two states") is a changed count
            unit = _counted(rs.text, f) if f.kind == "count" else None
            same_unit = [g for g in same_kind if unit and _counted(o_text, g) == unit]
            if not same_unit or any(_same_value(g.value, f.value) for g in same_unit):
                continue
            same_kind = same_unit
        elif f.kind == "count" and (unit := _counted(rs.text, f)):
            # a count of the same thing in other words is still a changed count ("five students" ->
            # "eight pupils"), but a length of time is not a count of things: "two players" against
            # "three years" is not compared. When the original counts the rewrite's own word, only
            # that count is compared.
            units = {id(g): _counted(o_text, g) for g in same_kind}
            same_unit = [g for g in same_kind if units[id(g)] == unit]
            same_kind = same_unit or [g for g in same_kind if units[id(g)] is None
                                      or (units[id(g)] in _TIME_UNITS) == (unit in _TIME_UNITS)]
        if same_kind:
            was = " or ".join(f"“{g.text}”" for g in same_kind[:2])
            o, off = _in_which(originals, same_kind[0].start)
            out.append(_changed(o, ((off, off + len(same_kind[0].text), same_kind[0].text),
                                    (f.start, f.end, f.text)),
                                "the original says {was}, the rewrite says “{rw}”.", was=was))
        elif (f.kind, f.value) not in everywhere:
            start = f.start
            if f.kind == "date" and (near := _RELATIVE_TIME.search(rs.text, 0, f.start)):
                start = near.start()  # "last May" is one time: the new words are both
            out.append({"kind": "added", "start": start, "end": f.end, "text": rs.text[start:f.end],
                        "note": f"“{rs.text[start:f.end]}” is not in the original."})
    r_words, o_words = _words(rs.text), _words(o_text)
    vague = _vague_amount(rs.text, o_text, o_facts) if strong and len(originals) == 1 else None
    if vague:
        g, m = vague
        out.append(_changed(originals[0], ((g.start, g.end, g.text), (m.start(), m.end(), m.group(0))),
                            "the original gives the figure “{ow}”; the rewrite gives none and says "
                            "“{rw}” instead."))
    if strong and len(originals) == 1 and not vague:
        loose = _vague_count(rs.text, o_text, o_facts)
        if loose:
            g, m = loose
            out.append(_changed(originals[0], ((g.start, g.end, g.text), (m.start(1), m.end(1), m.group(1))),
                                "the original counts “{ow} {unit}”; the rewrite says only “{rw} {unit}”.",
                                unit=m.group(2)))
    from .attribution import quote_spans

    def set_phrase(text: str, w: _Word, other: set[str]) -> bool:
        # "not only", "not alone": a set phrase, unless the other side has its last word without
        # the "not" ("alone" -> "not alone" turns the fact round)
        m = _NOT_TURNED.match(text, w.start)
        return bool(m) and m.group(0).split()[-1].lower() not in other

    def negations(words: list[_Word], text: str, other: set[str], quoted: bool = False) -> list[_Word]:
        quotes = [] if quoted else quote_spans(text)[0]  # quoted words are checked as a quotation
        return [w for w in words if (w.text.lower() in _NEGATION or w.text.lower().endswith("n't"))
                and not any(a <= w.start < b for a, b in quotes)
                and not set_phrase(text, w, other)]

    # a "not" outside quotation marks on one side and none at all on the other (a "not" that only
    # moved into or out of quotation marks is the same "not")
    r_low, o_low = {x.text.lower() for x in r_words}, {x.text.lower() for x in o_words}
    r_neg, o_neg = negations(r_words, rs.text, o_low), negations(o_words, o_text, r_low)
    r_any, o_any = negations(r_words, rs.text, o_low, True), negations(o_words, o_text, r_low, True)
    # ... and only a "not" in a clause the other sentence speaks of too: a "not" inside words the
    # other side never has is part of something new, not a fact turned round
    o_stems, r_stems = {x.stem for x in o_words}, {x.stem for x in r_words}
    r_neg = [w for w in r_neg if _clause_shared(rs.text, r_words, w, o_stems)]
    o_neg = [w for w in o_neg if _clause_shared(o_text, o_words, w, r_stems)]
    single = len(originals) == 1
    if strong and single and ((r_neg and not o_any) or (o_neg and not r_any)):
        if r_neg and not o_any:
            w, o = r_neg[0], originals[0]
            out.append(_changed(o, ((0, len(o.text), o.text), (w.start, w.end, w.text)),
                                "the rewrite says “{rw}” where the original has no “not”."))
        else:
            w = o_neg[0]
            out.append(_changed(originals[0], ((w.start, w.end, w.text), (0, len(rs.text), rs.text)),
                                "the original says “{ow}”; the rewrite leaves it out."))
    if strong and single:
        o = originals[0]
        o_hedges, r_hedges = hedges(o.text), hedges(rs.text)
        r_stems = {w.stem for w in r_words}
        # a hedge counts when what it hedged is still there ("about 60" -> "60")
        o_hedges = [(h, nxt) for h in o_hedges
                    if (nxt := _next_content(o_words, h[1])) and nxt.stem in r_stems]
        if o_hedges and not r_hedges:
            h, nxt = o_hedges[0]
            w = next(w for w in r_words if w.stem == nxt.stem)
            out.append(_changed(o, ((h[0], h[1], h[2]), (w.start, w.end, w.text)),
                                "the original hedges it (“{ow}”); the rewrite states it as certain."))
        pretended = _pretence(rs.text, r_words, o.text, o_words)
        if pretended:
            out.append(_changed(o, pretended, "the original reports “{ow}” as real; the rewrite says "
                                              "“{rw}”, that it only seemed so."))
        stronger = strengthened(o.text, rs.text)
        if stronger:
            out.append(_changed(o, stronger, "the original says “{ow}”, the rewrite makes it “{rw}”."))
    if single and (rs.headline or (originals[0].headline and rs.index == 0)):  # the same subject and
        # object, another verb between them: what happened changed (a headline is one claim, its verb
        # the news; a body sentence rewords verbs too freely for a short list of near-synonyms to
        # follow). The rewrite's first sentence aligned to the original's headline is its headline
        # even when it ends in a full stop; a later (body) sentence restating the headline is not.
        swapped = predicate_swapped(originals[0].text, rs.text)
        if swapped:
            out.append(_changed(originals[0], swapped,
                                "the original says “{ow}”, the rewrite says “{rw}”: what happened is different."))
        elif b is not None:  # ... or the subject kept and a claim in words the original never uses
            o_all, r_all = " ".join(s.text for s in a.sentences), " ".join(s.text for s in b.sentences)
            replaced = predicate_replaced(originals[0].text, rs.text, o_all, r_all)
            if replaced:
                out.append(_changed(originals[0], replaced,
                                    "the original says “{ow}”, the rewrite says “{rw}”, in words the original "
                                    "never uses: what happened is different."))
            else:
                other = subject_replaced(originals[0].text, rs.text, o_all, r_all)
                if other:
                    out.append(_changed(originals[0], other,
                                        "the original says “{ow}”, the rewrite says “{rw}”, words the original "
                                        "never uses: who it is about is different."))
    if single:  # the rewrite says who did it where the original names no one
        agent = agent_added(originals[0].text, rs.text)
        if agent:
            out.append(_changed(originals[0], agent,
                                "the rewrite says who did it (“{rw}”); the original names no one."))
    for o in originals:  # a word put in the place of its opposite: "rose" -> "fell", "won" -> "lost"
        flipped = reversed_terms(o.text, rs.text)
        if flipped:
            out.append(_changed(o, flipped, "the original says “{ow}”, the rewrite says the opposite, “{rw}”."))
            break
    out.extend(_quote_changes(rs, originals))
    title_case = any(s.headline and _title_case(s.text) for s in (rs, *originals))
    if strong and single and not title_case:
        out.extend(_swapped_names(r_words, o_words, rs.text, {f.start for f in _facts(rs.text)},
                                  originals[0], _article_names(a) if names is None else names, rs.source))
    out.extend(_origin_changes(rs, a))
    # the same letters with a space lost or added ("Savon at" -> "Savonat") are a typing slip, not
    # another name or fact
    # (never for a number: "10.5" -> "105" and "$3.5m" -> "$35m" squeeze alike but are other figures)
    out = [c for c in out if c["kind"] != "changed" or _squeezed(c["text"]) != _squeezed(c["original"]["text"])
           or any(ch.isdigit() for ch in c["text"])]
    # one change said once: two rules that find the same words ("Good weather" -> "Bad weather" is
    # an opposite and, capitalised, another name) give one flag, the first rule's
    seen: set[tuple[int, int]] = set()
    out = [c for c in out if c["kind"] != "changed"
           or not ((c["start"], c["end"]) in seen or seen.add((c["start"], c["end"])))]
    # last, when nothing else changed: a sentence mostly kept with a part turned round in tone, or
    # replaced by words the whole original never uses; both need words the original sentence does
    # not have (a cheap first check: most aligned sentences are copies)
    fresh = len({w.stem for w in r_words} - {w.stem for w in o_words}) if single else 0
    if fresh and not any(c["kind"] == "changed" for c in out):
        turned = _valence_turned(originals[0].text, rs.text) if strong else None
        if turned:
            out.append(_changed(originals[0], turned, "the original says “{ow}”, the rewrite says “{rw}”: "
                                                      "the tone is turned round (bad made good, or good made bad)."))
        elif b is not None and not rs.headline and fresh >= REPLACED_NEW:
            if stems is None:
                stems = _stems_of(a, b)
            chunk = part_replaced(originals[0].text, rs.text, *stems)
            if chunk and _fact_like(chunk):
                out.append(_changed(originals[0], chunk, "the original says “{ow}”, the rewrite says “{rw}”, in "
                                                         "words the original never uses: what it says is different."))
            elif chunk:
                # new words alone are what an honest paraphrase is ("trained hard" -> "practised
                # intensively"): flagged for the reader to check, never a changed fact by themselves
                flag = _changed(originals[0], chunk, NEW_WORDS_NOTE)
                out.append({**flag, "kind": "new_words"})
    return out


_OTHERS = re.compile(r"\s+others?\b", re.I)


def _others_counted(r_text: str, f: "_Fact", o_text: str, o_facts: list["_Fact"]) -> bool:
    """One side counts the others ("26 other activists") and the other side counts everyone, one
    more ("one of 27 people"): the same count.

    >>> o, r = "She was one of 27 people arrested.", "She and 26 other activists were arrested."
    >>> _others_counted(r, _facts(r)[0], o, _facts(o)), _others_counted(r, _facts(r)[0], o, _facts("One of 28."))
    (True, False)
    """
    try:
        n = float(f.value)
    except ValueError:
        return False
    r_others = bool(_OTHERS.match(r_text, f.end))
    for g in o_facts:
        if g.kind != "count":
            continue
        try:
            m = float(g.value)
        except ValueError:
            continue
        # only when ONE side counts "others": "27 other" -> "26 other" is a changed count
        o_others = bool(_OTHERS.match(o_text, g.end))
        if (r_others and not o_others and m == n + 1) or (o_others and not r_others and n == m + 1):
            return True
    return False


def _squeezed(text: str) -> str:
    """Letters and digits only, lower case: "Savon at" and "Savonat" are the same."""
    return re.sub(r"[\W_]+", "", text.lower())


NEW_WORDS_NOTE = ("the original says “{ow}”, the rewrite says “{rw}”, in words the original never uses: "
                  "check whether it is still the same fact.")


def _fact_like(chunk: tuple[tuple[int, int, str], tuple[int, int, str]]) -> bool:
    """Whether a part put in new words (``part_replaced``) differs in a fact-like word, not only in
    wording: a number, a name (a capital letter not starting the sentence) or a "not" on one side
    only. New content words alone are what a paraphrase is, so they never make a change by
    themselves.

    >>> _fact_like(((9, 21, "trained hard"), (9, 30, "practised intensively")))
    False
    >>> _fact_like(((9, 21, "trained hard"), (9, 31, "went to Paris with Ana")))
    True
    >>> _fact_like(((9, 14, "rests"), (9, 24, "never practises")))
    True
    >>> _fact_like(((9, 25, "hire 200 workers"), (9, 33, "employ 200 staff members")))
    False
    """
    (os_, _, ow), (rs_, _, rw) = chunk

    def marks(part: str, at_start: bool) -> tuple[set[str], bool, set[str]]:
        words = re.findall(r"[\w'’]+", part)
        names = {w for k, w in enumerate(words) if w[:1].isupper() and not (k == 0 and at_start)}
        neg = any(w.lower() in _NEGATION or w.lower().endswith(("n't", "n’t")) for w in words)
        return set(re.findall(r"\d+(?:[.,]\d+)*", part)), neg, names

    o_marks, r_marks = marks(ow, os_ == 0), marks(rw, rs_ == 0)
    return o_marks != r_marks


@lru_cache(maxsize=1)
def _ratings() -> dict[str, float]:
    """Each word of evaluative.txt -> its VADER rating (below 0 bad, above 0 good)."""
    out = {}
    for line in load_lines("evaluative"):
        parts = line.split("\t")
        if len(parts) >= 3:
            out[parts[0].lower()] = float(parts[2])
    return out


VALENCE_MIN = 1.5  # each side's judging words, summed, at least this far from 0 (VADER's scale, -4 to +4)


def _valence_turned(o_text: str, r_text: str) -> tuple[tuple[int, int, str], tuple[int, int, str]] | None:
    """The rewrite keeps most of the original's words but puts good words where the original has
    bad ones, or bad where it has good: the words each side has in the places the other replaced
    (a word diff), rated in evaluative.txt, sum to opposite signs, each at least VALENCE_MIN from 0
    ("threatened to destroy the crop" -> "ideal weather promised to strengthen the crop").
    What happened is a fact: a setback made a success is a changed fact, even in new words. A
    rewording keeps the tone; words only added or only cut are not read (an added judging word is
    flagged as such). Returns ((start, end, word) in the original, (start, end, word) in the
    rewrite): the strongest word of each side.

    >>> _valence_turned("The storm caused terrible damage to the harbor on Monday.",
    ...                 "The storm caused wonderful improvements to the harbor on Monday.")
    ((26, 32, 'damage'), (17, 26, 'wonderful'))
    >>> _valence_turned("The storm caused terrible damage to the harbor.",
    ...                 "The storm caused awful damage to the harbor.") is None
    True
    """
    rate = _ratings()
    o_words, r_words = _words(o_text), _words(r_text)
    ops = word_opcodes([w.text.lower() for w in o_words], [w.text.lower() for w in r_words])
    if not mostly_kept(ops, len(r_words)):  # the same share kept in order as part_replaced needs
        return None
    o_stems, r_stems = {w.stem for w in o_words}, {w.stem for w in r_words}
    relief = load_words("relief_words")

    def rating(words: list[_Word], i: int) -> float:
        # what is reduced, ended or prevented turns round: "reduced pain" is good news
        x = rate[words[i].text.lower()]
        return -x if any(w.text.lower() in relief for w in words[max(0, i - 2):i]) else x

    o_side: list[tuple[_Word, float]] = []
    r_side: list[tuple[_Word, float]] = []
    for tag, i1, i2, j1, j2 in ops:
        if tag == "replace":
            o_side += [(o_words[i], rating(o_words, i)) for i in range(i1, i2)
                       if o_words[i].text.lower() in rate and o_words[i].stem not in r_stems]
            r_side += [(r_words[j], rating(r_words, j)) for j in range(j1, j2)
                       if r_words[j].text.lower() in rate and r_words[j].stem not in o_stems]
    if not o_side or not r_side:
        return None
    o_sum, r_sum = sum(x for _, x in o_side), sum(x for _, x in r_side)
    if o_sum * r_sum >= 0 or min(abs(o_sum), abs(r_sum)) < VALENCE_MIN:
        return None
    ow = max(o_side, key=lambda p: abs(p[1]))[0]
    rw = max(r_side, key=lambda p: abs(p[1]))[0]
    return (ow.start, ow.end, ow.text), (rw.start, rw.end, rw.text)


_ORDINAL_WORDS = {w: str(n) for n, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split(), 1)}
_ORDINAL = re.compile(r"\b(\d{1,4})(?:st|nd|rd|th)\s+([A-Za-z][\w’'-]*)|\b(%s)\s+([A-Za-z][\w’'-]*)"
                      % "|".join(_ORDINAL_WORDS), re.IGNORECASE)


def _ordinal_counts(text: str) -> set[tuple[str, str]]:
    """Each ordinal of a text as (its number, the folded word it ranks): "the fifth Test" ->
    ("5", "test"), the count a rewrite may give for it ("five Tests").

    >>> sorted(_ordinal_counts("It was the fifth Test he missed, and his 2nd injury."))
    [('2', 'injury'), ('5', 'test')]
    """
    out = set()
    for m in _ORDINAL.finditer(text):
        number = m.group(1) or _ORDINAL_WORDS[m.group(3).lower()]
        out.add((f"{float(number):g}", _stem(m.group(2) or m.group(4))))
    return out


def _bare_big(text: str, f: _Fact) -> bool:
    """A count of a thousand or more with no counted word after it, which may be money with its
    currency left unsaid ("5 million"), unlike "the 3 shows" or "5 million fans".

    >>> t = "It cost 5 million, for the 3 shows and 2 million fans."
    >>> [_bare_big(t, f) for f in _facts(t)]
    [True, False, False]
    """
    return _big(f.value) and _counted(text, f) is None


def _counted(text: str, f: _Fact) -> str | None:
    """What a count counts: the folded word right after it ("three weeks" -> "week"), or None when
    that is a small word ("two of the players") or there is none.

    >>> t = "Nearly three weeks later, two states voted."
    >>> [_counted(t, f) for f in _facts(t)]
    ['week', 'stat']
    """
    m = re.match(r"\s+([A-Za-z][\w’'-]*)", text[f.end:])
    if not m or m.group(1).lower() in _stopwords():
        return None
    return _stem(m.group(1))


_CLAUSE_EDGE = re.compile(r"[,;:()\u2014\u2013]|\s-\s|\b(?:but|however|because|although|while)\b")
# a break between two clauses that a comma alone is not ("In the age of A, B is ..." is one claim)
_CLAUSE_BREAK = re.compile(r"[;:()\u2014\u2013]|\s-\s|\b(?:but|however|because|although|while)\b")


def _clause_shared(text: str, words: list[_Word], w: _Word, other: set[str]) -> bool:
    """The clause around ``w`` (between commas, dashes, semicolons or "but") has a content word
    whose folded form is in ``other``.

    >>> t = "It opens in May; now that the mayor is without a deputy, work has stalled."
    >>> w = next(x for x in _words(t) if x.text == "without")
    >>> _clause_shared(t, _words(t), w, {_stem("opens"), _stem("May")})
    False
    >>> _clause_shared(t, _words(t), w, {_stem("deputy")})
    True
    """
    start = max((m.end() for m in _CLAUSE_EDGE.finditer(text, 0, w.start)), default=0) \
        if w.start < 2000 else _clause_start(text, w.start)
    after = _CLAUSE_EDGE.search(text, w.end)
    end = after.start() if after else len(text)
    stop = _stopwords()
    # only the words inside the clause are read (a huge sentence has many "not"s: reading all its
    # words for each one made compare quadratic)
    first = bisect_left(_starts(words), start)
    last = bisect_left(_starts(words), end, first)
    return any(x is not w and x.text.lower() not in stop and x.stem in other for x in words[first:last])


def _starts(words: list[_Word]) -> list[int]:
    """Each word's start, for bisecting: worked out once for a list made by ``_words`` (and kept
    on it), each time for any other list."""
    if isinstance(words, _Words):
        if words.starts is None or len(words.starts) != len(words):
            words.starts = [x.start for x in words]
        return words.starts
    return [x.start for x in words]


def _clause_start(text: str, pos: int) -> int:
    """Where the clause holding offset ``pos`` starts: the end of the last clause edge before it
    (as the regex finds them in ``text[:pos]``), found by looking back in growing windows."""
    size = 500
    while True:
        lo = max(0, pos - size)
        # a window that starts on a word after a space cannot cut an edge in two
        while lo > 0 and not (text[lo - 1].isspace() and text[lo].isalnum()):
            lo -= 1
        ends = [m.end() for m in _CLAUSE_EDGE.finditer(text[:pos], lo)]
        if ends or lo == 0:
            return max(ends, default=0)
        size *= 4


def _vague_amount(r_text: str, o_text: str, o_facts: list[_Fact]) -> tuple[_Fact, re.Match] | None:
    """A figure of the original (money, percentage, count) that the rewrite replaces with a bare
    comparison ("$1 billion" -> "much less"): the rewrite has no figure of that kind and a
    comparison of amount that the original does not make. Returns (the original's figure, the
    comparison).

    >>> f, m = _vague_amount("The wall will cost much less.", "The wall will cost $1 billion.",
    ...                      _facts("The wall will cost $1 billion."))
    >>> f.text, m.group(0)
    ('$1 billion', 'much less')
    >>> _vague_amount("More shoppers came.", "Sales rose 1.4%.", _facts("Sales rose 1.4%.")) is None
    True
    """
    r_kinds = {f.kind for f in _facts(r_text)}
    figures = [g for g in o_facts if g.kind in ("money", "percent", "count") and g.kind not in r_kinds]
    if not figures:
        return None
    rx = _comparison()
    o_words = {(m.group("word") or m.group("word2")).lower() for m in rx.finditer(o_text)}
    for m in rx.finditer(r_text):
        if (m.group("word") or m.group("word2")).lower() not in o_words:
            return figures[0], m
    return None


_LOOSE_COUNT = re.compile(r"\b(a\s+few|a\s+couple\s+of|a\s+handful\s+of|several|many|numerous|countless)"
                          r"\s+([A-Za-z][\w’'-]*)", re.IGNORECASE)


def _vague_count(r_text: str, o_text: str, o_facts: list[_Fact]) -> tuple[_Fact, re.Match] | None:
    """A count of the original ("about 75 minutes") that the rewrite gives only loosely ("a few
    minutes"): the same thing counted, no figure for it in the rewrite. Returns (the original's
    count, the rewrite's match: group 1 the loose words, group 2 what they count), or None.

    A loose phrase the original says too ("2 terms and many terms" -> "many terms") is kept, not
    new; a figure of the same value anywhere in the rewrite ("40 people" -> "many people, 40 in
    all") gives the count.

    >>> t = "The wait lasted about 75 minutes."
    >>> f, m = _vague_count("The wait lasted a few minutes.", t, _facts(t))
    >>> f.text, m.group(1)
    ('75', 'a few')
    >>> _vague_count("The wait lasted a few minutes, or 75 minutes.", t, _facts(t)) is None
    True
    >>> t = "The mayor served 2 terms and many terms as a councilor."
    >>> _vague_count("The mayor served many terms.", t, _facts(t)) is None
    True
    """
    r_facts = [f for f in _facts(r_text) if f.kind == "count"]
    r_units = {_counted(r_text, f) for f in r_facts}

    def key(text: str, m: re.Match) -> tuple[str, str, str]:
        after = _TOKEN.search(text, m.end())
        return " ".join(m.group(1).lower().split()), _stem(m.group(2)), _stem(after.group(0)) if after else ""

    # the original's own loose phrases, matched to the rewrite's: first with the word after them
    # ("many people watched"), then without it
    o_loose = [key(o_text, m) for m in _LOOSE_COUNT.finditer(o_text)]
    r_loose = list(_LOOSE_COUNT.finditer(r_text))
    new = [True] * len(r_loose)
    for width in (3, 2):
        said = [k[:width] for k in o_loose]
        for i, m in enumerate(r_loose):
            k = key(r_text, m)[:width]
            if new[i] and k in said:
                said.remove(k)
                o_loose.remove(next(o for o in o_loose if o[:width] == k))
                new[i] = False
    for m, is_new in zip(r_loose, new):
        unit = _stem(m.group(2))
        if not is_new or unit in r_units:
            continue
        for g in o_facts:
            if (g.kind == "count" and not g.value.startswith("~") and _counted(o_text, g) == unit
                    and not any(_same_value(g.value, f.value) for f in r_facts)):
                return g, m
    return None


@lru_cache(maxsize=1)
def _comparison() -> re.Pattern[str]:
    """A comparison that stands for an amount: "much less", "fewer than" (amount_comparatives.txt)."""
    kinds: dict[str, list[str]] = {"comparative": [], "intensifier": []}
    for line in load_lines("amount_comparatives"):
        word, kind = line.split("\t")
        kinds[kind.strip()].append(r"\s+".join(map(re.escape, word.split())))
    comparative = "|".join(sorted(kinds["comparative"], key=len, reverse=True))
    intensifier = "|".join(sorted(kinds["intensifier"], key=len, reverse=True))
    return re.compile(rf"\b(?:(?:{intensifier})\s+(?P<word>{comparative})\b(?:\s+than\b)?"
                      rf"|(?P<word2>{comparative})\s+than\b)", re.IGNORECASE)


def _pretence(r_text: str, r_words: list[_Word], o_text: str, o_words: list[_Word]) -> tuple | None:
    """A word of pretence the original does not use, put before something the original states
    plainly ("pulled out with an elbow injury" -> "feigns injury"): ((start, end, word) in the
    original, (start, end, words) in the rewrite), or None. Not inside quotation marks.

    >>> t = "He feigned an injury to quit."
    >>> _pretence(t, _words(t), "He quit with an injury.", _words("He quit with an injury."))
    ((16, 22, 'injury'), (3, 20, 'feigned an injury'))
    """
    from .attribution import quote_spans

    rx = phrase_regex("pretence_words")
    if not rx.search(r_text):
        return None
    o_said = {m.group(0).lower() for m in rx.finditer(o_text)}
    o_stems = {w.stem: w for w in reversed(o_words)}
    quotes = quote_spans(r_text)[0]
    for m in rx.finditer(r_text):
        if m.group(0).lower() in o_said or any(a <= m.start() < b for a, b in quotes):
            continue
        nxt = _next_content(r_words, m.end())
        if nxt is not None and nxt.stem in o_stems:
            w = o_stems[nxt.stem]
            return (w.start, w.end, w.text), (m.start(), nxt.end, r_text[m.start():nxt.end])
    return None


def _title_case(text: str) -> bool:
    words = [w for w in _words(text) if w.text.lower() not in _stopwords()]
    return bool(words) and sum(w.text[:1].isupper() for w in words) / len(words) > 0.6


def _quote_changes(rs: Sentence, originals: list[Sentence]) -> list[dict]:
    """Words put in quotation marks that the original quoted differently: a quotation may be cut,
    never reworded ("a liar" -> "a good man, but a chronic liar")."""
    from .attribution import quote_spans

    out = []
    stop = _stopwords()

    def words_quoted(text: str) -> bool:  # a quotation with words in it (not a lone closing mark)
        return any(re.search(r"\w", text[a:b]) for a, b in quote_spans(text)[0])

    if len(originals) == 1 and not words_quoted(rs.text):
        # the whole sentence inside a quotation opened before it, on both sides: the quoted words
        # may be cut, never reworded ('... I loved it." -> '... I could cry."')
        o = originals[0]
        r_att, o_att = sentence_attribution(rs), sentence_attribution(o)
        if r_att and o_att and r_att["how"] == o_att["how"] == "carried" and not words_quoted(o.text) \
                and not only_cut(o.text, rs.text):
            marks = " \"“”"
            oa, ob = len(o.text) - len(o.text.lstrip(marks)), len(o.text.rstrip(marks + "."))
            ra, rb = len(rs.text) - len(rs.text.lstrip(marks)), len(rs.text.rstrip(marks + "."))
            if ob > oa and rb > ra:
                out.append(_changed(o, ((oa, ob, o.text[oa:ob]), (ra, rb, rs.text[ra:rb])),
                                    "the original quotes “{ow}”; the rewrite quotes “{rw}”."))
    for qa, qb in quote_spans(rs.text)[0]:
        quoted = rs.text[qa:qb].strip("\"“” ")
        q_words = {w.stem for w in _words(quoted) if w.text.lower() not in stop}
        if len(_words(quoted)) < 2 or not q_words:
            continue
        candidates = []
        for o in originals:
            for oa, ob in quote_spans(o.text)[0]:
                o_quoted = o.text[oa:ob].strip("\"“” ")
                if q_words & {w.stem for w in _words(o_quoted) if w.text.lower() not in stop}:
                    candidates.append((o, oa, ob, o_quoted))
        if candidates and not any(only_cut(c[3], quoted) for c in candidates):
            o, oa, ob, o_quoted = candidates[0]
            out.append(_changed(o, ((oa, ob, o.text[oa:ob]), (qa, qb, rs.text[qa:qb])),
                                "the original quotes “{was}”; the rewrite quotes “{said}”.",
                                was=o_quoted, said=quoted))
        elif not candidates and len(q_words) >= 2 and rs.label == "attributed":
            # words put in someone's mouth that the original reports in other words, unquoted
            # ("were saddened by the crash" -> said they were "shocked and saddened by the attack")
            for o in originals:
                o_stems = {w.stem: w for w in _words(o.text) if w.text.lower() not in stop}
                shared = [o_stems[s] for s in q_words if s in o_stems]
                # ... in those words: a quotation sharing under a third of its words is new, not these
                if len(shared) >= NEW_SHARE * len(q_words) and not any(_plain(quoted) in _plain(x.text) for x in originals) and \
                        not quote_spans(o.text)[0]:
                    w = min(shared, key=lambda x: x.start)
                    out.append(_changed(o, ((w.start, w.end, w.text), (qa, qb, rs.text[qa:qb])),
                                        "the rewrite quotes “{said}”; the original quotes no such words "
                                        "(it says “{ow}” in its own words).", said=quoted))
                    break
    return out


def _next_content(words: list[_Word], after: int) -> _Word | None:
    """The first word after an offset that is not a common word or a hedge."""
    first = bisect_left(_starts(words), after)
    if len(words) > 500:  # a huge sentence: look it up, not scan it again for each hedge
        nxt = _next_contents(words)[first] if first < len(words) else -1
        return words[nxt] if nxt >= 0 else None
    for i in range(first, len(words)):
        w = words[i]
        if w.text.lower() not in _stopwords() and not hedges(w.text):
            return w
    return None


def _next_contents(words: list[_Word]) -> list[int]:
    """For each word, the index of the first word from it on that is not a common word or a hedge
    (-1: none): worked out once for a list made by ``_words`` (and kept on it)."""
    kept = words.next_contents if isinstance(words, _Words) else None
    if kept is not None and len(kept) == len(words):
        return kept
    out, nxt = [-1] * len(words), -1
    for i in range(len(words) - 1, -1, -1):
        if words[i].text.lower() not in _stopwords() and not hedges(words[i].text):
            nxt = i
        out[i] = nxt
    if isinstance(words, _Words):
        words.next_contents = out
    return out


def _origin_changes(rs: Sentence, a: Analysis) -> list[dict]:
    """The rewrite gives something a different place of origin than the original does (anywhere
    in the original: where a thing comes from is stated once and holds for the whole story)."""
    out = []
    context = " ".join(s.text for s in a.sentences)
    for said in origins(rs.text):
        for s in a.sentences:
            for was in origins(s.text):
                if not same_thing(said["what"], was["what"], context):
                    continue
                if set(said["place"].lower().split()) & set(was["place"].lower().split()):
                    continue
                out.append(_changed(s, ((was["start"], was["end"], s.text[was["start"]:was["end"]]),
                                        (said["start"], said["end"], rs.text[said["start"]:said["end"]])),
                                    "the original says {what} came from {place}; the rewrite says {now}.",
                                    what=was["what"], place=was["place"], now=said["place"]))
                return out
    return out


def _listed(text: str, first: _Word, second: _Word) -> bool:
    """Two names that stand in one list or one name ("Ohio, Utah", "Ohio and Utah", "New York")."""
    gap = text[first.end:second.start]
    if re.fullmatch(r"(?:[\s,]|\b(?:and|or)\b|[A-Z][\w’'.-]*)*", gap) is None:
        return False
    if re.search(r"\b(?:and|or)\b", gap) or not gap.strip(" ,"):
        after = text[second.end:second.end + 40]
        return bool(re.search(r"\b(?:and|or)\b", gap)) or \
            re.match(r"\s*(?:,\s*|\s(?:and|or)\s+)[A-Z]", after) is not None
    return True  # one name of several words ("New York")


def _name_like(w: _Word, sentence_text: str) -> bool:
    """A capitalised word that is a name: not merely the first word, or a first word that is not a
    common word or a usual sentence opener."""
    if w.capital:
        return True
    return w.start == 0 and w.text[:1].isupper() and w.text.lower() not in _stopwords() and \
        w.text.lower() not in load_words("sentence_starters")


def _swapped_names(r_words: list[_Word], o_words: list[_Word], r_text: str,
                   fact_starts: set[int], o: Sentence, known: frozenset[str] | None = None,
                   r_source: str | None = None) -> list[dict]:
    """A name put in the place of another inside otherwise matching words ("in Ohio" -> "in Utah").
    ``known``: the folded names of the whole original, where another name of the same person may
    stand ("Andy Murray" for "Briton Murray"); a first name it never uses before the same surname
    is another person."""
    out = []
    for op, i1, i2, j1, j2 in word_opcodes([w.stem for w in o_words], [w.stem for w in r_words]):
        if op != "replace" or i2 - i1 > 3 or j2 - j1 > 3:
            continue
        old, new = o_words[i1:i2], r_words[j1:j2]
        if not (any(_name_like(w, o.text) for w in old) and any(_name_like(w, r_text) for w in new)):
            continue
        if any(w.start in fact_starts for w in new):
            continue
        o_names = {w.stem for w in old if _name_like(w, o.text)}
        if all(w.stem in o_names for w in new if _name_like(w, r_text)):
            continue
        if i2 < len(o_words) and j2 < len(r_words) and o_words[i2].stem == r_words[j2].stem and \
                _name_like(o_words[i2], o.text) and re.fullmatch(r"\s*", o.text[old[-1].end:o_words[i2].start]) \
                and re.fullmatch(r"\s*", r_text[new[-1].end:r_words[j2].start]):
            continue  # another first name or title before the same surname ("Briton Smith", "Andy Smith")
        start, end = new[0].start, new[-1].end
        out.append(_changed(o, ((old[0].start, old[-1].end, o.text[old[0].start:old[-1].end]),
                                (start, end, r_text[start:end])),
                            "the original says “{ow}”, the rewrite says “{rw}”."))
    if out:
        return out
    if known is not None:
        other = _first_name_swap(r_words, o_words, r_text, o, known)
        if other:
            return [other]
    # two names that stand in both sentences, in the opposite order: who did what to whom changed.
    # Not the speaker who stays the speaker and moves freely ("Mayor Ruiz said X" -> "X, Mayor
    # Ruiz told reporters"), nor a date ("in May"), which is a fact compared as such. A speaker
    # who changes places with the one spoken about ("Jones said Smith hit him" -> "Smith said
    # Jones hit him") is a swap: only names in both sentences' sources are left out (s10 review #2).
    o_said = {w.stem for w in _words(o.source)} if o.source else set()
    speakers = o_said & {w.stem for w in _words(r_source)} if r_source else set()
    o_dates = [(f.start, f.end) for f in _facts(o.text)]
    r_dates = [(f.start, f.end) for f in _facts(r_text)]

    def actor(w: _Word, text: str, dates: list[tuple[int, int]]) -> bool:
        return _name_like(w, text) and w.stem not in speakers and not any(a <= w.start < b for a, b in dates)

    o_names = [w for w in o_words if actor(w, o.text, o_dates)]
    r_names = [w for w in r_words if actor(w, r_text, r_dates)]
    common = [w.stem for w in o_names if w.stem in {x.stem for x in r_names}]
    o_pos = {s: i for i, s in reversed(list(enumerate(w.stem for w in o_names)))}
    r_pos = {s: i for i, s in reversed(list(enumerate(w.stem for w in r_names)))}
    for x in common:
        for y in common:
            if o_pos[x] < o_pos[y] and r_pos[x] > r_pos[y]:
                wy = next(w for w in r_names if w.stem == y)
                wx = next(w for w in r_names if w.stem == x)
                ox = next(w for w in o_names if w.stem == x)
                oy = next(w for w in o_names if w.stem == y)
                if _listed(o.text, ox, oy) or _listed(r_text, wy, wx):
                    continue  # items of a list ("Ohio, Utah and Iowa"): their order says nothing
                if _CLAUSE_BREAK.search(o.text, ox.end, oy.start) or _CLAUSE_BREAK.search(r_text, wy.end, wx.start):
                    continue  # in two clauses (a dash, semicolon or "but" between them): not who did what to whom
                out.append(_changed(o, ((ox.start, oy.end, o.text[ox.start:oy.end]),
                                        (wy.start, wx.end, r_text[wy.start:wx.end])),
                                    "the original puts “{first}” before “{second}”; the rewrite "
                                    "swaps them, which changes who did what.", first=ox.text, second=oy.text))
                return out
    return out


_HONORIFICS = frozenset("mr mrs ms miss dr sir dame lord lady rev prof".split())


def _first_names(words: list[_Word], text: str) -> dict[str, _Word]:
    """Surname (folded) -> the capitalised word right before it, for each run of two or more
    capitalised words in a sentence ("Jessica Jin" -> {"jin": Jessica})."""
    out: dict[str, _Word] = {}
    for first, last in zip(words, words[1:]):
        if _name_like(first, text) and last.text[:1].isupper() and \
                re.fullmatch(r" ", text[first.end:last.start]) is not None:
            out.setdefault(last.stem, first)
    return out


def _first_name_swap(r_words: list[_Word], o_words: list[_Word], r_text: str, o: Sentence,
                     known: frozenset[str]) -> dict | None:
    """Another first name before the same surname ("Jessica Jin" -> "Jared Jin"): a ``changed``
    flag, or None. Not a title or role ("Mayor Jin"), a respelling ("Cristiano" -> "Christiano"),
    or a name the original uses elsewhere ("Briton Murray" -> "Andy Murray").

    >>> o = Sentence(0, "The organizer, Jessica Jin, spoke.", 0, 34, 0, "claim")
    >>> r = "The organizer, Jared Jin, spoke."
    >>> _first_name_swap(_words(r), _words(o.text), r, o, frozenset())["note"]
    'the original says “Jessica Jin”, the rewrite says “Jared Jin”.'
    """
    from .fuzzy import ratio

    o_first = _first_names(o_words, o.text)
    if not o_first:
        return None
    roles = load_words("role_nouns")
    r_stems = {w.stem for w in r_words}
    for surname, rw in _first_names(r_words, r_text).items():
        ow = o_first.get(surname)
        if ow is None or ow.stem == rw.stem or rw.stem in known or ow.stem in r_stems:
            continue
        if any(w.text.lower().rstrip(".") in _HONORIFICS or w.text.lower() in roles or
               w.text.lower() in _stopwords() for w in (ow, rw)) or ratio(ow.text.lower(), rw.text.lower()) >= 80:
            continue
        last_o = next(w for w in o_words if w.start > ow.start)
        last_r = next(w for w in r_words if w.start > rw.start)
        return _changed(o, ((ow.start, last_o.end, o.text[ow.start:last_o.end]),
                            (rw.start, last_r.end, r_text[rw.start:last_r.end])),
                        "the original says “{ow}”, the rewrite says “{rw}”.")
    return None


def _article_names(a: Analysis) -> frozenset[str]:
    """The folded words of every name in an article."""
    return frozenset().union(*(_name_units(s.text) for s in a.sentences))


def _voices(a: Analysis, b: Analysis, pairs: list[Pair], titles: set[int] = frozenset()) -> dict[str, list[str]]:
    # Sets of keys and name heads instead of comparing every source with every other: an
    # article with thousands of named sources stays linear.
    original: list[str] = []
    o_keys: set[str] = set()
    for s in a.sentences:
        src = _source_of(s) if _attributed(s) and s.index not in titles else None
        if src and source_key(src) not in o_keys:
            original.append(src)
            o_keys.add(source_key(src))
    rewrite = list(b.density.sources)
    r_keys = {source_key(x) for x in rewrite}
    for p in pairs:  # a rewrite that still names the original's source keeps that voice
        if p.kind in ("attribution_dropped", "added"):
            continue
        for o in p.original:
            src = _source_of(o) if _attributed(o) and o.index not in titles else None
            if src and source_key(src) not in r_keys and _names_source(p.rewrite.text, src):
                rewrite.append(src)
                r_keys.add(source_key(src))
    # the same test as same_source, with the rewrite's keys and name heads gathered once
    r_heads = set().union(*(_name_heads(r) for r in rewrite)) if rewrite else set()
    vanished = [src for src in original
                if source_key(src) not in r_keys and not (_name_heads(src) & r_heads)]
    return {"original": original, "rewrite": rewrite, "vanished": vanished}


# --------------------------------------------------------------------------------------------
# A human compare key as a Comparison


def load_compare_key(name: str | Path = "compare-seeds",
                     original: Analysis | Article | str | Path | None = None,
                     rewrite: Analysis | Article | str | Path | None = None) -> Comparison:
    """Read a hand-written compare key as a real Comparison of the two articles it describes.

    Args:
        name: a shipped compare key (``"compare-seeds"``) or the path of a compare key file.
        original: the original article (Analysis, Article or path); by default the shipped seed
            the key names in ``original:``.
        rewrite: the rewrite, in the same forms; by default the seed named in ``rewrite:``.

    Returns:
        A Comparison whose pairs, dropped sentences and voices are the key's (``similarity`` is
        None: a person decided, nothing was measured). It works wherever a Comparison does.

    Raises:
        ToolkitError: if the key is missing or broken, or its sentences are not the articles'.

    >>> key = load_compare_key()
    >>> key.from_key is not None, key.pairs[1].kind, key.pairs[1].similarity is None
    (True, 'added', True)
    """
    from .datafiles import read_data
    from .keys import key_path, load_key, normalize

    path = key_path(str(name))
    data = read_data(path)
    if not isinstance(data, dict) or not isinstance(data.get("sentences"), list) or \
            not isinstance(data.get("dropped", []), list) or not isinstance(data.get("voices"), dict):
        raise ToolkitError(f"{path} is not a compare key: it needs 'sentences:', 'dropped:' and "
                           "'voices:' (see toolkit/data/keys/compare-seeds.yaml).")
    articles = []
    for given, role in ((original, "original"), (rewrite, "rewrite")):
        if given is None:
            from . import seed_path

            seed = data.get(role)
            try:
                given = seed_path(str(seed))
            except ToolkitError:
                raise ToolkitError(f"{path} names the {role} {seed!r}, which is not a shipped "
                                   f"seed: give the {role} article too, as {role}=...") from None
        articles.append(as_analysis(given, readability=False, what=role))
    a, b = articles

    def sentence(analysis: Analysis, n: object, text: object, where: str) -> Sentence:
        if not isinstance(n, int) or not 1 <= n <= len(analysis.sentences):
            raise ToolkitError(f"{path}: {where} has the sentence number {n!r}, but "
                               f"{analysis.name} has sentences 1 to {len(analysis.sentences)}.")
        s = analysis.sentences[n - 1]
        if text is not None and normalize(str(text)) != normalize(s.text):
            raise ToolkitError(f"{path}: {where} does not match sentence {n} of {analysis.name} "
                               f"({s.text[:60]!r}): is the key for these two articles?")
        return s

    pairs = []
    for i, item in enumerate(data["sentences"], start=1):
        if not isinstance(item, dict) or item.get("kind") not in KINDS:
            raise ToolkitError(f"{path}: rewrite sentence entry {i} needs a 'kind' from "
                               f"{', '.join(KINDS)}.")
        rs = sentence(b, item.get("n", i), item.get("text"), f"rewrite sentence {item.get('n', i)}")
        texts = list(item.get("original") or [])
        originals = tuple(sentence(a, n, texts[j] if j < len(texts) else None,
                                   f"rewrite sentence {rs.index + 1}'s original {n}")
                          for j, n in enumerate(item.get("original_n") or []))
        flags = []
        for f in item.get("flags") or []:
            at = rs.text.find(str(f.get("text", ""))) if isinstance(f, dict) else -1
            if at < 0 or not f.get("kind"):
                raise ToolkitError(f"{path}: rewrite sentence {rs.index + 1} has the flag {f!r}; "
                                   "each needs a 'kind' and 'text' found in the sentence.")
            kind = str(f["kind"])
            style = COMPARE_STYLES.get(kind) or LABEL_STYLES[_evidence_label(kind)]
            flags.append({"kind": kind, "start": rs.start + at, "end": rs.start + at + len(f["text"]),
                          "text": f["text"], "note": f.get("note") or style.name})
        pairs.append(Pair(rs, originals, item["kind"], None, flags, str(item.get("reason") or ""),
                          tuple(item.get("also") or ()), item.get("note")))
    dropped = [{"sentence": sentence(a, d.get("n"), d.get("text"), f"dropped sentence {d.get('n')}"),
                "source": d.get("source")} for d in data.get("dropped") or []]
    voices = {k: [str(v) for v in data["voices"].get(k) or []] for k in ("original", "rewrite", "vanished")}
    sources: dict[int, str | None] = {d["sentence"].index: d["source"] for d in dropped}
    try:
        given_key = str(data["original"]) if data.get("original") else None
        if given_key and (path.parent / given_key).is_file():  # a key beside the compare key
            given_key = str(path.parent / given_key)
        label_key = load_key(given_key) if given_key else None
    except ToolkitError:
        label_key = None
    if label_key is not None and len(label_key.sentences) == len(a.sentences):
        for s, ks in zip(a.sentences, label_key.sentences):
            sources.setdefault(s.index, ks.source)
    return Comparison(a, b, pairs, dropped, voices, sources, str(path))
