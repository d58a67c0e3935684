"""The evidence compare uses to say what a rewrite did to a sentence: who it is attributed to, whether
the words were only cut, and which facts changed (numbers aside: see the comparison module).

Every finding carries its words: a span in the rewrite sentence and, for a change, the span in the
original it differs from. The rules read word lists in ``toolkit/data/wordlists/`` (hedges,
quantity_scale, origin_phrases, reporting_verbs, reporting_phrases); none of them names anything
from the seed articles.

>>> attribution_in('The bridge is unsafe, the city engineer said.')['text']
'the city engineer said'
>>> attribution_in('The bridge is unsafe.') is None
True
>>> only_cut("The board meets at 6 p.m. in the high school library.", "The board meets at 6 p.m. in the library.")
True
>>> only_cut("Some teachers support the ban.", "All teachers support the ban.")
False
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import lru_cache

from .wordlists import load_lines, load_words, phrase_regex

_SUFFIXES = load_lines("stem_suffixes")  # in the order they are tried
_QUOTES = "\"“”"


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Fold a word so "inspected", "inspection" and "inspections" meet ("inspec").

    >>> stem("priorities") == stem("priority")
    True
    """
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    if any(c.isdigit() for c in w):
        return w.rstrip(".,")
    for suffix in _SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[: -len(suffix)]
            break
    return w[:6]


# --------------------------------------------------------------------------------------------
# Attribution


def _quote_spans(text: str) -> list[tuple[int, int]]:
    from .attribution import quote_spans

    return quote_spans(text)[0]


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in spans)


@lru_cache(maxsize=1)
def _said_verbs() -> frozenset[str]:
    """Reporting verbs in a finite form ("said", "says", "estimates"): a bare "say" needs a subject
    the attribution module knows, so it is left to the sentence labels."""
    verbs = load_words("reporting_verbs")
    return frozenset(v for v in verbs if v.endswith(("s", "d")) or v in ("told", "wrote", "thought"))


_WORD = re.compile(r"[A-Za-z][\w’'-]*")
# a word before a finite reporting verb that shows it is not a verb of saying here
_NOT_SUBJECT = load_words("not_subject_words")
# words that end a subject when walking back from a reporting verb ("... was announced but the
# agency said": the subject is "the agency")
_CLAUSE_JOINS = load_words("clause_joins")
# a credit that names a kind of source ("reports say", "sources claim", "a jury heard")
_VAGUE = re.compile(r"(?<![\w-])(?:reports|sources|witnesses|documents|records|officials|police|prosecutors"
                    r"|critics|insiders|rumou?rs)"
                    r"\s+(?:say|said|show|showed|suggest|indicate|claim|claimed|allege|alleged)\b"
                    r"|(?<![\w-])(?:court|jury|judge|inquest|hearing)\s+(?:heard|was told|found)\b",
                    re.IGNORECASE)
# hearsay that names no source at all ("is said to", "allegedly", "it is believed that", ", it was
# claimed"): it still tells the reader the words are someone's, so a rewrite that has it keeps an
# attribution; in an original it is a hedge, and a rewrite that drops it removes a hedge (changed)
_HEARSAY = re.compile(r"(?<![\w-])(?:is|are|was|were)\s+(?:said|reported|thought|believed|alleged|claimed"
                      r"|rumou?red|understood)\s+to\b"
                      r"|(?<![\w-])(?:reportedly|allegedly|purportedly|supposedly)(?![\w-])"
                      r"|(?<![\w-])it\s+(?:is|was|has\s+been|had\s+been)\s+(?:said|reported|claimed|believed"
                      r"|alleged|rumou?red|understood)\b",
                      re.IGNORECASE)


def attribution_in(text: str, label: str | None = None, evidence=()) -> dict | None:
    """Where a sentence says whose information it is: a reporting verb with its subject ("officials
    said", "the statement says", "the district estimates"), "according to", "in a statement", a
    vague but explicit credit ("is said to", "reports say", "a jury heard"), or, when the sentence
    labels say so, a quote with its speaker or a sentence carried inside a quotation. Returns the
    words as ``{"start", "end", "text", "how"}`` (offsets within ``text``) or None.

    >>> attribution_in("The gang is said to recruit in schools.")["how"]
    'hearsay'
    >>> attribution_in("The gang recruits in schools, sources claim.")["how"]
    'vague'
    >>> attribution_in("Experts agree the bans do nothing.") is None
    True
    """
    quotes = _quote_spans(text)
    m = phrase_regex("reporting_phrases").search(text)
    while m and _inside(m.start(), quotes):
        m = phrase_regex("reporting_phrases").search(text, m.end())
    if m:
        return {"start": m.start(), "end": m.end(), "text": m.group(0), "how": "phrase"}
    verbs = _said_verbs()
    words = list(_WORD.finditer(text))
    for i, w in enumerate(words):
        low = w.group(0).lower().replace("’", "'")
        if low not in verbs or _inside(w.start(), quotes) or i == 0:
            continue
        prev = words[i - 1].group(0).lower()
        if prev in _NOT_SUBJECT:
            continue
        gap = text[words[i - 1].end():w.start()]
        if gap.strip(" ,") and not gap.strip().endswith(tuple(_QUOTES)):
            continue
        # the subject: up to four words back, within the same clause
        first = i - 1
        while first > 0 and i - first < 4 and re.fullmatch(r"[\s'’]*", text[words[first - 1].end():words[first].start()]) \
                and words[first - 1].group(0).lower() not in _CLAUSE_JOINS:
            first -= 1
        start = words[first].start()
        return {"start": start, "end": w.end(), "text": text[start:w.end()], "how": "cue"}
    m = _outside(_VAGUE, text, quotes)
    if m:
        return {"start": m.start(), "end": m.end(), "text": m.group(0), "how": "vague"}
    if label == "attributed":
        for ev in evidence:
            if ev.kind in ("cue", "speaker", "carried"):
                return {"start": ev.start, "end": ev.end, "text": ev.text, "how": ev.kind,
                        "absolute": True}
        return {"start": 0, "end": len(text), "text": text, "how": "label", "absolute": True}
    m = _outside(_HEARSAY, text, quotes)
    if m:
        return {"start": m.start(), "end": m.end(), "text": m.group(0), "how": "hearsay"}
    return None


def _outside(pattern: re.Pattern[str], text: str, quotes: list[tuple[int, int]]) -> re.Match[str] | None:
    """The first match of ``pattern`` that is not inside a quotation."""
    m = pattern.search(text)
    while m and _inside(m.start(), quotes):
        m = pattern.search(text, m.end())
    return m


def attribution_scope(text: str, att: dict) -> tuple[int, int]:
    """The part of a sentence an attribution covers, as (start, end): the whole sentence for a quote,
    "according to" or a label; for a reporting verb, what it reports. A verb near the end ("...,
    officials said.") covers what comes before it; a verb whose subject follows a clause of the
    writer's own, after "but", "and", "while" or a semicolon ("Prices rose, but the agency said ...")
    covers only what comes after it; otherwise the whole sentence.

    >>> t = "Sales rose in May but the agency said the rise was small."
    >>> s, e = attribution_scope(t, attribution_in(t)); t[s:e]
    ' the rise was small.'
    >>> t = "The rise was small, the agency said."
    >>> attribution_scope(t, attribution_in(t))
    (0, 36)
    """
    if att.get("how") != "cue":
        return 0, len(text)
    before, after = text[:att["start"]], text[att["end"]:]
    lead = _WORD.findall(before)
    if len(_WORD.findall(after)) <= 2 or not lead:
        return 0, len(text)
    if lead[-1].lower() in _CLAUSE_JOINS or before.rstrip().endswith(";"):
        return att["end"], len(text)
    return 0, len(text)


_ASIDE = re.compile(r"\s[-–—]{1,2}\s(?:which|who|whose|where)\b[^-–—]*?\s[-–—]{1,2}\s"
                    r"|,\s(?:which|who|whose)\b[^,]*?,", re.IGNORECASE)


def asides(text: str) -> list[tuple[int, int]]:
    """The writer's asides inside a sentence: a relative clause set off by dashes or commas
    ("Lee said the film - which also stars Ann Ruiz - is long").

    >>> t = "Lee said the film - which also stars Ann Ruiz - is long."
    >>> [t[a:b] for a, b in asides(t)]
    [' - which also stars Ann Ruiz - ']
    """
    return [(m.start(), m.end()) for m in _ASIDE.finditer(text)]


def covered_share(original: str, scope: tuple[int, int], rewrite: str,
                  outside: list[tuple[int, int]] = ()) -> float:
    """Of the original's content words that the rewrite uses too, the share that lies inside
    ``scope`` and not inside any span of ``outside`` (1.0 when they share none).

    >>> covered_share("Sales rose but the agency said costs fell.", (31, 42), "Costs fell.")
    1.0
    """
    common = load_words("english_common")
    def fold(w: str) -> str:
        return w.lower().replace("’", "'")[:5]
    r_words = {fold(w) for w in _WORD.findall(rewrite) if w.lower() not in common}
    shared = [m for m in _WORD.finditer(original)
              if m.group(0).lower() not in common and fold(m.group(0)) in r_words]
    if not shared:
        return 1.0
    return sum(1 for m in shared if scope[0] <= m.start() < scope[1]
               and not any(x <= m.start() < y for x, y in outside)) / len(shared)


def sentence_attribution(s) -> dict | None:
    """``attribution_in`` for a labeled Sentence; offsets within the sentence.

    >>> from toolkit.analysis import analyze
    >>> said, plain = analyze('"It is safe," Chief Lee said on Monday. The park is safe.',
    ...                       readability=False).sentences
    >>> sentence_attribution(said)
    {'start': 14, 'end': 28, 'text': 'Chief Lee said', 'how': 'cue'}
    >>> sentence_attribution(plain) is None
    True
    """
    evidence = []
    for ev in s.evidence:
        start = ev.start - s.start if ev.start >= s.start else ev.start
        evidence.append(type("Ev", (), {"kind": ev.kind, "start": start, "end": start + len(ev.text),
                                        "text": ev.text})())
    return attribution_in(s.text, s.label, evidence)


# --------------------------------------------------------------------------------------------
# Kept: only cut


_TOKENS = re.compile(r"[\w$%]+(?:[’'.,-][\w]+)*")


# Word diffs of ordinary sentences go to difflib as they always did; only a pair whose word counts
# multiply past this (one huge unpunctuated "sentence", a pasted text with no full stops) is diffed
# the cheap way below, so ordinary output is unchanged and a 20,000-word sentence takes seconds.
BIG_DIFF = 250_000


def word_opcodes(a: list, b: list) -> list[tuple[str, int, int, int, int]]:
    """``SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes()`` for ordinary sentences. For a
    huge pair (``len(a) * len(b) > BIG_DIFF``) a near-linear diff instead: the shared start and end
    are matched, then the words that occur once on each side anchor the rest (their longest run in
    the same order), and each gap between anchors is diffed by difflib when small, or called one
    replacement when not.

    >>> word_opcodes("a b c".split(), "a x c".split())
    [('equal', 0, 1, 0, 1), ('replace', 1, 2, 1, 2), ('equal', 2, 3, 2, 3)]
    >>> big = [f"w{i}" for i in range(600)]
    >>> word_opcodes(big, big[:300] + ["new"] + big[300:])[1]
    ('insert', 300, 300, 300, 301)
    """
    if len(a) * len(b) <= BIG_DIFF:
        return SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes()
    return _merge_opcodes(_big_diff(a, b, 0, len(a), 0, len(b)))


def _big_diff(a: list, b: list, i1: int, i2: int, j1: int, j2: int,
              anchor: bool = True) -> list[tuple[str, int, int, int, int]]:
    """Opcodes for a[i1:i2] against b[j1:j2] (see ``word_opcodes``); the gaps between anchors are
    not anchored again (``anchor`` False), so the work stays near-linear."""
    ops: list[tuple[str, int, int, int, int]] = []
    while i1 < i2 and j1 < j2 and a[i1] == b[j1]:
        ops.append(("equal", i1, i1 + 1, j1, j1 + 1))
        i1, j1 = i1 + 1, j1 + 1
    tail: list[tuple[str, int, int, int, int]] = []
    while i1 < i2 and j1 < j2 and a[i2 - 1] == b[j2 - 1]:
        tail.append(("equal", i2 - 1, i2, j2 - 1, j2))
        i2, j2 = i2 - 1, j2 - 1
    tail.reverse()
    if i1 == i2 or j1 == j2:
        if i1 < i2 or j1 < j2:
            ops.append(("delete" if j1 == j2 else "insert", i1, i2, j1, j2))
        return ops + tail
    if (i2 - i1) * (j2 - j1) <= BIG_DIFF:
        ops.extend((op, x1 + i1, x2 + i1, y1 + j1, y2 + j1) for op, x1, x2, y1, y2 in
                   SequenceMatcher(a=a[i1:i2], b=b[j1:j2], autojunk=False).get_opcodes())
        return ops + tail
    if not anchor:
        return ops + [("replace", i1, i2, j1, j2)] + tail
    count_a: dict = {}
    count_b: dict = {}
    for x in a[i1:i2]:
        count_a[x] = count_a.get(x, 0) + 1
    for y in b[j1:j2]:
        count_b[y] = count_b.get(y, 0) + 1
    where_b = {b[j]: j for j in range(j1, j2) if count_b[b[j]] == 1 and count_a.get(b[j]) == 1}
    x, y = i1, j1
    for i, j in _longest_rising([(i, where_b[a[i]]) for i in range(i1, i2) if a[i] in where_b]):
        ops.extend(_big_diff(a, b, x, i, y, j, anchor=False))
        ops.append(("equal", i, i + 1, j, j + 1))
        x, y = i + 1, j + 1
    ops.extend(_big_diff(a, b, x, i2, y, j2, anchor=False))
    return ops + tail


def _longest_rising(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The longest run of (i, j) pairs (sorted by i) whose j rise too (patience sorting)."""
    from bisect import bisect_left
    tops: list[int] = []
    top_at: list[int] = []
    back = [-1] * len(pairs)
    for k, (_, j) in enumerate(pairs):
        pos = bisect_left(tops, j)
        if pos == len(tops):
            tops.append(j)
            top_at.append(k)
        else:
            tops[pos], top_at[pos] = j, k
        back[k] = top_at[pos - 1] if pos else -1
    out = []
    k = top_at[-1] if top_at else -1
    while k >= 0:
        out.append(pairs[k])
        k = back[k]
    return out[::-1]


def _merge_opcodes(ops: list[tuple[str, int, int, int, int]]) -> list[tuple[str, int, int, int, int]]:
    """Join neighbouring opcodes of one kind, as difflib gives them."""
    out: list[tuple[str, int, int, int, int]] = []
    for op in ops:
        if op[1] == op[2] and op[3] == op[4]:
            continue
        if out and out[-1][0] == op[0]:
            last = out[-1]
            out[-1] = (op[0], last[1], op[2], last[3], op[4])
        else:
            out.append(op)
    return out


def longest_shared_run(a: list, b: list) -> tuple[int, int, int]:
    """(start in a, start in b, size) of the longest run of words the two share, as difflib's
    ``find_longest_match`` gives it for ordinary sentences (a huge pair: the longest equal run of
    ``word_opcodes``).

    >>> longest_shared_run("the mayor said the pool opens".split(), "she said the pool opens today".split())
    (2, 1, 4)
    """
    if len(a) * len(b) <= BIG_DIFF:
        m = SequenceMatcher(a=a, b=b, autojunk=False).find_longest_match(0, len(a), 0, len(b))
        return m.a, m.b, m.size
    best = (0, 0, 0)
    for op, i1, i2, j1, _ in word_opcodes(a, b):
        if op == "equal" and i2 - i1 > best[2]:
            best = (i1, j1, i2 - i1)
    return best


def _tokens(text: str) -> list[str]:
    return [t.lower().replace("’", "'") for t in _TOKENS.findall(text)]


def _respelt_in_order(old: list[str], new: list[str]) -> bool:
    """Each new word is a respelling (>= 0.8 alike) of a different old word, in the same order
    (words only: a figure written another way is not a respelling)."""
    if any(c.isdigit() for w in old + new for c in w):
        return False
    i = 0
    for y in new:
        while i < len(old) and SequenceMatcher(a=old[i], b=y).ratio() < 0.8:
            i += 1
        if i == len(old):
            return False
        i += 1
    return True


def only_cut(original: str, rewrite: str) -> bool:
    """True when the rewrite is the original with words cut, spelling or punctuation changed, and at
    most two small words put in to mend a cut ("kept"); a substituted content word makes it False.

    >>> only_cut("The mayor, who spoke on Monday, said fares will fall.",
    ...          "The mayor said fares will fall.")
    True
    >>> only_cut("The mayor said fares will fall.", "The mayor said fares will soar.")
    False
    >>> only_cut("Fares will fall.", "Fares will not fall.")  # "not" is never a mend
    False
    """
    a, b = _tokens(original), _tokens(rewrite)
    if not b:
        return False
    common = load_words("english_common")
    inserted = 0
    for op, i1, i2, j1, j2 in word_opcodes(a, b):
        if op in ("equal", "delete"):
            continue
        new = b[j1:j2]
        if op == "replace" and i2 - i1 == j2 - j1 and all(
                SequenceMatcher(a=x, b=y).ratio() >= 0.8 for x, y in zip(a[i1:i2], new)):
            continue  # spelling
        if op == "replace" and i2 - i1 > j2 - j1 and _respelt_in_order(a[i1:i2], new):
            continue  # words cut around words respelt ("death dinner for them" -> "Death Dinners")
        if op == "insert" and all(w in common and not _scale()["absolute"].fullmatch(w)
                                  and w not in ("not", "no", "never") for w in new):
            inserted += len(new)
            continue
        return False
    return inserted <= 2


# --------------------------------------------------------------------------------------------
# Facts that change without a number


@lru_cache(maxsize=1)
def _hedges() -> tuple[re.Pattern[str], re.Pattern[str]]:
    plain, before_number = [], []
    for line in load_lines("hedges"):
        parts = line.split("\t")
        (before_number if len(parts) > 1 and parts[1].strip() == "<number>" else plain).append(parts[0])
    def alt(entries):
        return "|".join(r"\s+".join(map(re.escape, e.split())) for e in sorted(entries, key=len, reverse=True))
    return (re.compile(rf"(?<![\w'-])(?:{alt(plain)})(?![\w'-])", re.IGNORECASE),
            re.compile(rf"(?<![\w'-])(?:{alt(before_number)})\s+\$?\d", re.IGNORECASE))


def hedges(text: str) -> list[tuple[int, int, str]]:
    """The hedging words of a sentence, as (start, end, words).

    >>> [h[2] for h in hedges("He expects about 60 people; the talk was about cost.")]
    ['expects', 'about']
    """
    plain, numbered = _hedges()
    found = [(m.start(), m.end(), m.group(0)) for m in plain.finditer(text)]
    for m in numbered.finditer(text):
        word = re.match(r"[A-Za-z]+(?:\s+[A-Za-z]+)*", m.group(0))
        if word:
            found.append((m.start(), m.start() + len(word.group(0)), word.group(0)))
    return sorted(found)


@lru_cache(maxsize=1)
def _scale() -> dict[str, re.Pattern[str]]:
    groups: dict[str, list[str]] = {"partial": [], "absolute": []}
    for line in load_lines("quantity_scale"):
        word, kind = (p.strip() for p in line.split("\t"))
        groups[kind].append(word)
    return {k: re.compile(r"(?<![\w'-])(?:" + "|".join(r"\s+".join(map(re.escape, w.split()))
                                                      for w in sorted(v, key=len, reverse=True))
                          + r")(?![\w'-])", re.IGNORECASE) for k, v in groups.items()}


def strengthened(original: str, rewrite: str) -> tuple[tuple[int, int, str], tuple[int, int, str]] | None:
    """A partial amount in the original made absolute in the rewrite ("some" -> "all", "mixed" ->
    "do nothing"): ((start, end, words) in the original, (start, end, words) in the rewrite), or None.

    >>> strengthened("Some teachers back it.", "All teachers back it.")
    ((0, 4, 'Some'), (0, 3, 'All'))
    """
    partial = list(_scale()["partial"].finditer(original))
    if not partial:
        return None
    o_abs = {m.group(0).lower() for m in _scale()["absolute"].finditer(original)}
    for m in _scale()["absolute"].finditer(rewrite):
        if m.group(0).lower() not in o_abs and not _inside(m.start(), _quote_spans(rewrite)):
            p = partial[0]
            return (p.start(), p.end(), p.group(0)), (m.start(), m.end(), m.group(0))
    return None


@lru_cache(maxsize=1)
def _opposites() -> dict[str, frozenset[tuple[int, int]]]:
    """Each form in opposites.txt and opposites_own.txt -> the (pair, side) entries it stands for."""
    table: dict[str, set[tuple[int, int]]] = {}
    for n, line in enumerate(load_lines("opposites") + load_lines("opposites_own")):
        for side, forms in enumerate(line.split("\t")[:2]):
            for form in forms.split():
                table.setdefault(form.lower(), set()).add((n, side))
    return {k: frozenset(v) for k, v in table.items()}


_NEGATED = re.compile(r"(?:\b(?:not|never|no)|n[’']t)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)


def reversed_terms(original: str, rewrite: str) -> tuple[tuple[int, int, str], tuple[int, int, str]] | None:
    """A word of the original whose opposite stands in the rewrite instead ("rose" -> "fell",
    "won" -> "lost"): ((start, end, word) in the original, (start, end, word) in the rewrite), or
    None. Not when either sentence has both sides, when the opposite is negated ("did not fall"),
    or when it is inside quotation marks (what a rewrite quotes is checked on its own).

    >>> reversed_terms("Retail sales rose in February.", "Retail sales fell again in February.")
    ((13, 17, 'rose'), (13, 17, 'fell'))
    >>> reversed_terms("Sales rose.", "Sales did not fall.") is None
    True
    """
    table = _opposites()

    def sides(text: str) -> dict[tuple[int, int], tuple[int, int, str]]:
        quotes = _quote_spans(text)
        found: dict[tuple[int, int], tuple[int, int, str]] = {}
        for m in _WORD.finditer(text):
            for key in table.get(m.group(0).lower().replace("’", "'"), ()):
                if _inside(m.start(), quotes) or _NEGATED.search(text[max(0, m.start() - 30):m.start()]):
                    continue
                found.setdefault(key, (m.start(), m.end(), m.group(0)))
        return found

    o_sides, r_sides = sides(original), sides(rewrite)
    for (pair, side), said in sorted(r_sides.items(), key=lambda kv: kv[1][0]):
        other = (pair, 1 - side)
        if other in o_sides and (pair, side) not in o_sides and other not in r_sides:
            return o_sides[other], said
    return None


_AGENT = re.compile(r"\b(?P<verb>[A-Za-z]+(?:ed|en)|shot|hit|struck|hurt|caught|beaten|bought|sold|won|"
                    r"led|made|taken|told|seen)\s+by\s+(?P<who>(?:(?:a|an|the|his|her|their|its|one|two|"
                    r"several|some)\s+)?(?:[\w’'-]+\s+){0,2}?[A-Za-z][\w’'-]*)", re.IGNORECASE)
_NOT_AGENT = frozenset({"far", "car", "bus", "train", "plane", "air", "sea", "road", "phone", "email", "mail",
                        "hand", "day", "night", "noon", "midnight", "now", "then", "default", "chance",
                        "law", "name", "mistake", "accident", "percent", "year", "week", "month", "end",
                        "itself", "himself", "herself", "themselves", "contrast", "comparison", "way"})


def agent_added(original: str, rewrite: str) -> tuple[tuple[int, int, str], tuple[int, int, str]] | None:
    """The rewrite says who did something ("was killed by a sniper") where the original names no one
    ("was killed"): who did what is a fact. Returns ((start, end, words) in the original: the whole
    sentence, which names nobody; (start, end, words) in the rewrite: the verb and its agent), or None.
    Not when the original has an agent of its own, or the agent's words are in the original.

    >>> agent_added("The driver was killed during the race.", "The driver was killed by a sniper during the race.")[1]
    (15, 33, 'killed by a sniper')
    >>> agent_added("The plan was approved by the board.", "The plan was approved by the city board.") is None
    True
    >>> agent_added("The bill passed on Monday.", "The bill was passed by Monday.") is None
    True
    >>> agent_added("Lee waved to the crowd.", "Lee responded by waving a flag at the crowd.") is None
    True
    >>> agent_added("Lee was hurt.", "Lee was hurt by falling rocks.")[1]
    (8, 29, 'hurt by falling rocks')
    """
    if _AGENT.search(original):
        return None
    quotes = _quote_spans(rewrite)
    common = load_words("english_common")
    o_words = {w.lower() for w in _WORD.findall(original)}
    for m in _AGENT.finditer(rewrite):
        if _inside(m.start(), quotes):
            continue
        who = [w for w in _WORD.findall(m.group("who")) if w.lower() not in common]
        if who and who[0].islower() and who[0].endswith("ing") and \
                re.match(r"\s*(?:$|[,.;:!?)]|(?:a|an|the|his|her|their|its|my|our|your|this|that)\b)",
                         rewrite[m.end():], re.IGNORECASE):
            continue  # "responded by kissing a pillow": how it was done, not who ("hurt by falling rocks")
        if not who or who[-1].lower() in _NOT_AGENT or who[-1][:1].isdigit() or \
                any(w.lower() in o_words for w in who) or who[-1].lower() in _MONTH_DAY:
            continue
        end = _agent_end(rewrite, m.end())
        return (0, len(original), original), (m.start(), end, rewrite[m.start():end])
    return None


# the agent's noun phrase goes on to its last word before one of these ("started by local
# teachers in 1990": not "started by local"; s12 walkthrough #34)
_AGENT_STOP = frozenset("in on at during for from to of with after before since until and or but nor who whom "
                        "which that as when while because than the a an is was were are be been has have had "
                        "its it this these those".split())
_NEXT_AGENT_WORD = re.compile(r"\s+([A-Za-z][\w’'-]*)")


def _agent_end(text: str, end: int, most: int = 2) -> int:
    """The end of an agent phrase matched up to ``end``, taken on over at most ``most`` more words
    that are not function words.

    >>> t = "It was started by local teachers in 1990."
    >>> t[:_agent_end(t, t.index(" teachers"))]
    'It was started by local teachers'
    """
    for _ in range(most):
        nxt = _NEXT_AGENT_WORD.match(text, end)
        if not nxt or nxt.group(1).lower() in _AGENT_STOP:
            break
        end = nxt.end()
    return end


_MONTH_DAY = frozenset("january february march april may june july august september october november "
                       "december monday tuesday wednesday thursday friday saturday sunday".split())


# --------------------------------------------------------------------------------------------
# Places of origin


@lru_cache(maxsize=1)
def _origin_patterns() -> list[tuple[re.Pattern[str], str]]:
    out = []
    for line in load_lines("origin_phrases"):
        phrase, where = (p.strip() for p in line.split("\t"))
        out.append((re.compile(r"(?<![\w'-])" + r"\s+".join(map(re.escape, phrase.split())) + r"(?![\w'-])",
                               re.IGNORECASE), where))
    return out


_NAME_RUN = re.compile(r"[A-Z][\w’'.-]*(?:\s+(?:of\s+|de\s+|the\s+)?[A-Z][\w’'.-]*)*")
_DEFINITE = re.compile(r"\b[Tt]he\s+([a-z]+)\s*$")


def origins(text: str) -> list[dict]:
    """Statements of where something comes from: ``{"what", "place", "start", "end"}`` (offsets of
    the whole statement in ``text``; ``what`` may be a definite description like "the club").

    >>> [(o["what"], o["place"]) for o in origins("The club originated in small towns in Ohio in 1920.")]
    [('the club', 'Ohio')]
    >>> [(o["what"], o["place"]) for o in origins("They flew to Peru, the birthplace of the dance.")]
    [('the dance', 'Peru')]
    """
    found = []
    for pattern, where in _origin_patterns():
        for m in pattern.finditer(text):
            if where == "after":
                tail = text[m.end():m.end() + 80]
                tail = re.split(r"[.;:!?]|\s(?:then|and|but|when|where|which|who)\s", tail)[0]
                place = _NAME_RUN.search(tail)
                head = text[max(0, m.start() - 60):m.start()]
                head = re.sub(r"\s+(?:was|were|is|are|has|had|first)\s*$", " ", head).rstrip(" ,")
                names = list(_NAME_RUN.finditer(head))
                definite = _DEFINITE.search(head + " ")
                if definite:
                    what = "the " + definite.group(1)
                elif names and names[-1].end() >= len(head) - 1:
                    what = names[-1].group(0)
                else:
                    continue
                if place:
                    found.append({"what": what, "place": place.group(0), "start": max(0, m.start() - 60),
                                  "end": m.end() + place.end()})
            else:
                tail = text[m.end():m.end() + 60]
                what_m = re.match(r"\s*((?:the\s+)?[\w’'-]+(?:\s+[A-Z][\w’'-]*)*)", tail)
                head = text[max(0, m.start() - 60):m.start()].rstrip(" ,–—-")
                names = list(_NAME_RUN.finditer(head))
                if what_m and names and names[-1].end() >= len(head) - 1:
                    start = max(0, m.start() - 60) + names[-1].start()
                    found.append({"what": what_m.group(1), "place": names[-1].group(0), "start": start,
                                  "end": m.end() + what_m.end()})
    return found


def same_thing(a: str, b: str, context: str) -> bool:
    """Whether two names for what something comes from mean the same: equal, or one a definite
    description ("the club") whose noun stands next to the other's name somewhere in the context
    ("the Rovers club").

    >>> same_thing("the club", "Rovers", "The Rovers club met on Monday.")
    True
    >>> same_thing("Lee", "Chief Lee", ""), same_thing("the club", "the city", "")
    (True, False)
    """
    fa, fb = a.lower().strip(), b.lower().strip()
    if fa == fb or fa.split()[-1] == fb.split()[-1]:
        return True
    for desc, name in ((fa, b), (fb, a)):
        if desc.startswith("the ") and len(desc.split()) == 2 and not name.lower().startswith("the "):
            noun = desc.split()[1]
            if re.search(rf"{re.escape(name)}\s+{re.escape(noun)}", context, re.IGNORECASE):
                return True
    return False


# --------------------------------------------------------------------------------------------
# What happened: the verb between the same subject and object


# words between a subject and its verb that say nothing of what happened ("is filing", "has won")
_AUX = frozenset("is are was were be been being am has have had will would can could may might must shall "
                 "should does do did 's".split())


@lru_cache(maxsize=1)
def _verb_groups() -> dict[str, frozenset[int]]:
    """Each folded word in verb_groups.txt -> the groups (line numbers) it belongs to. The reporting
    verbs (reporting_verbs.txt) are one more group: "says" -> "claims" reports the same event."""
    table: dict[str, set[int]] = {}
    lines = list(load_lines("verb_groups")) + [" ".join(sorted(v for v in load_words("reporting_verbs") if " " not in v))]
    for n, line in enumerate(lines):
        for word in line.split():
            table.setdefault(stem(word), set()).add(n)
    return {k: frozenset(v) for k, v in table.items()}


def predicate_swapped(original: str, rewrite: str) -> tuple[tuple[int, int, str], tuple[int, int, str]] | None:
    """The rewrite keeps who it is about (the same opening words) and what it is about (a later word
    of the original) but puts another verb or claim between them: "Ruiz beats Lee in the final" ->
    "Ruiz has a fist fight with Lee after the final". What happened is a fact, so the rewrite changed
    it. Returns ((start, end, word) in the original, (start, end, words) in the rewrite), or None.

    Where the two first differ (after at least one shared content word, skipping "is"/"has"/"will"),
    the original's word must be gone from the rewrite, the rewrite's word new to the original, both
    sides must hold a verb of verb_groups.txt, and of different groups ("beats" -> "defeats" and
    "says" -> "claims" are near-synonyms; "rises" -> "climbs", a verb the list does not know, is no
    evidence that what happened changed); after
    them, a content word of the original must come back in the rewrite (the same object). An added
    or dropped word ("Ruiz easily beats Lee") is not a swap. Not inside quotation marks.

    >>> predicate_swapped("Ruiz beats Lee in the final", "Ruiz has fist fight with Lee after the final")
    ((5, 10, 'beats'), (5, 19, 'has fist fight'))
    >>> predicate_swapped("Ruiz beats Lee in the final", "Ruiz defeats Lee in the final") is None
    True
    >>> predicate_swapped("Ruiz beats Lee in the final", "Ruiz easily beats Lee in the final") is None
    True
    >>> predicate_swapped("Stocks Rise After Fed Decision", "Stocks Climb After Fed Decision") is None
    True
    """
    common = load_words("english_common")
    o_quotes, r_quotes = _quote_spans(original), _quote_spans(rewrite)
    o_words = [m for m in _WORD.finditer(original)]
    r_words = [m for m in _WORD.finditer(rewrite)]
    # a possessive is the same name ("Ruiz's team" -> "Ruiz heads")
    o_fold = [re.sub(r"'s$", "", m.group(0).lower().replace("’", "'")) for m in o_words]
    r_fold = [re.sub(r"'s$", "", m.group(0).lower().replace("’", "'")) for m in r_words]
    k = 0
    while k < min(len(o_fold), len(r_fold)) and o_fold[k] == r_fold[k]:
        k += 1
    if not any(w not in common and w not in _AUX for w in o_fold[:k]):
        return None  # no shared subject

    def head(words: list[str], i: int) -> int:
        while i < len(words) and (words[i] in _AUX or words[i] in common):
            i += 1
        return i

    oi, ri = head(o_fold, k), head(r_fold, k)
    if oi >= len(o_fold) or ri >= len(r_fold):
        return None
    o_m, r_m = o_words[oi], r_words[ri]
    if _inside(o_m.start(), o_quotes) or _inside(r_m.start(), r_quotes):
        return None
    o_stems = {stem(w) for w in o_fold}
    r_stems = {stem(w) for w in r_fold}
    ov, rv = stem(o_fold[oi]), stem(r_fold[ri])
    if ov in r_stems or rv in o_stems:
        return None  # a word added or dropped, or moved: not one verb put in another's place
    def back(words: list[str], i: int, other: set[str]) -> int | None:
        """The first content word after ``i`` that the other side has too."""
        return next((j for j in range(i + 1, len(words))
                     if words[j] not in common and len(words[j]) > 2 and stem(words[j]) in other), None)

    o_back, r_back = back(o_fold, oi, r_stems), back(r_fold, ri, o_stems)
    if o_back is None or r_back is None:
        return None  # nothing after it comes back: not the same object
    # the words between the shared subject and the shared object, on each side, without the small
    # words before the object ("with", "the")
    def last(words: list[str], start: int, stop: int) -> int:
        return max(start, max((j for j in range(start, stop) if words[j] not in common), default=start))

    o_span = (o_words[k].start(), o_words[last(o_fold, oi, o_back)].end())
    r_span = (r_words[k].start(), r_words[last(r_fold, ri, r_back)].end())
    # a near-synonym anywhere between them is the same event ("votes to close" -> "shuts down"); a
    # verb the groups do not know is no evidence either way ("rise" -> "climb", "signs" -> "inks"
    # are rewordings), so both sides must hold a known verb, and of different groups
    groups = _verb_groups()
    o_groups = set().union(*(groups.get(stem(w), frozenset()) for w in o_fold[k:o_back]))
    r_groups = set().union(*(groups.get(stem(w), frozenset()) for w in r_fold[k:r_back]))
    if not o_groups or not r_groups or o_groups & r_groups:
        return None
    return ((*o_span, original[o_span[0]:o_span[1]]), (*r_span, rewrite[r_span[0]:r_span[1]]))


REPLACED_NEW = 3  # a kept subject, then this many words the whole original never uses: a new claim
# endings of words that describe a thing rather than name it ("Prestigious", "Statewide", "Coveted")
_DESCRIBING_ENDINGS = ("ous", "ful", "less", "ive", "able", "ible", "ish", "wide", "ed", "est")


def _describing(words: list[str], i: int, content, verb_at: int = -1) -> bool:
    """Whether headline word ``i`` (folded) describes the next word rather than saying what
    happened: it stands right before another content word and has an adjective's ending or is
    a listed judging adjective ("Coveted Title", "Prestigious Statewide Honour"). A describing
    word adds colour, not a new fact. An "-ed" word at ``verb_at`` (the first word after the
    headline's subject) is its verb, what happened ("Factory Recalled Heaters"), not a describing
    word.

    >>> w = ["clinches", "coveted", "title"]
    >>> [_describing(w, i, lambda x: True) for i in range(3)]
    [False, True, False]
    >>> _describing(["wins", "final"], 0, lambda x: True)
    False
    >>> _describing(["factory", "recalled", "heaters"], 1, lambda x: True, verb_at=1)
    False
    """
    if i + 1 >= len(words) or not content(words[i + 1]):
        return False
    w = words[i]
    if i == verb_at and w.endswith("ed") and w not in load_words("subjective_adjectives"):
        return False
    return (len(w) >= 5 and w.endswith(_DESCRIBING_ENDINGS)) or w in load_words("subjective_adjectives")


def _fold(w: str) -> str:
    """A headline word as the headline rules compare it: lower case, straight apostrophe, no 's."""
    return re.sub(r"'s$", "", w.lower().replace("’", "'"))


def _article_stems(article: str) -> set[str]:
    """The stems of every word of a whole article, folded as headline words are."""
    return {stem(_fold(w)) for w in _WORD.findall(article)}


article_stems = _article_stems  # for callers that work the stems out once (part_replaced)


def _headline_words(original: str, rewrite: str):
    """What both headline rules read first: each headline's word matches, their folded forms, and
    a test for a content word (not a common word, not an auxiliary, longer than two letters).

    >>> _, _, o, r, content = _headline_words("Mayor's Plan Wins", "The Mayor’s plan")
    >>> o, r, [content(w) for w in r]
    (['mayor', 'plan', 'wins'], ['the', 'mayor', 'plan'], [False, True, True])
    """
    common = load_words("english_common")

    def content(w: str) -> bool:
        return w not in common and w not in _AUX and len(w) > 2

    o_words, r_words = list(_WORD.finditer(original)), list(_WORD.finditer(rewrite))
    o_fold, r_fold = [_fold(m.group(0)) for m in o_words], [_fold(m.group(0)) for m in r_words]
    return o_words, r_words, o_fold, r_fold, content


def predicate_replaced(original: str, rewrite: str, original_article: str,
                       rewrite_article: str) -> tuple[tuple[int, int, str], tuple[int, int, str]] | None:
    """A headline that keeps who it is about (the same opening words) but says something else of
    them: after the shared subject the rewrite has at least REPLACED_NEW content words that the
    whole original article never uses, and the original has a content word the whole rewrite never
    uses ("Mayor's Plan Sparks Long Debate" -> "Mayor's Plan Wins Quick Unanimous Approval"). What
    happened is a fact, so the rewrite changed it. A rewording keeps the story's own words (a new
    headline word is nearly always in the article it sums up) or swaps a word or two ("Wins Final"
    -> "Takes Title"); judging words ("Thrilling", "Stunning") are opinion, shown as such, and
    describing words ("Clinches Coveted Title", see ``_describing``) add colour: neither is
    counted. Neither is flagged. Returns ((start, end, words) in the original headline,
    (start, end, words) in the rewrite's), or None.

    >>> body = " The council met on Monday."
    >>> predicate_replaced("Mayor's Plan Sparks Long Debate", "Mayor's Plan Wins Quick Unanimous Approval",
    ...                    "Mayor's Plan Sparks Long Debate." + body, "Mayor's Plan Wins Approval." + body)
    ((13, 31, 'Sparks Long Debate'), (13, 42, 'Wins Quick Unanimous Approval'))
    >>> predicate_replaced("Harbor Town Wins Rowing Final", "Harbor Town Takes Rowing Title",
    ...                    "Harbor Town Wins Rowing Final." + body, "Harbor Town Takes Rowing Title." + body) is None
    True
    """
    o_words, r_words, o_fold, r_fold, content = _headline_words(original, rewrite)
    k = 0
    while k < min(len(o_fold), len(r_fold)) and o_fold[k] == r_fold[k]:
        k += 1
    if k >= min(len(o_fold), len(r_fold)) or not any(content(w) for w in o_fold[:k]):
        return None  # no shared subject, or one headline is the other's start
    o_all, r_all = _article_stems(original_article), _article_stems(rewrite_article)
    judging = load_words("evaluative")  # a judging word is opinion (flagged as such), not a new fact
    new = [w for i, w in enumerate(r_fold) if i >= k and content(w) and stem(w) not in o_all and w not in judging
           and not _describing(r_fold, i, content, verb_at=k)]
    gone = [w for w in o_fold[k:] if content(w) and stem(w) not in r_all]
    if len(new) < REPLACED_NEW or not gone:
        return None
    o_span = (o_words[k].start(), o_words[-1].end())
    r_span = (r_words[k].start(), r_words[-1].end())
    return ((*o_span, original[o_span[0]:o_span[1]]), (*r_span, rewrite[r_span[0]:r_span[1]]))


def subject_replaced(original: str, rewrite: str, original_article: str,
                     rewrite_article: str) -> tuple[tuple[int, int, str], tuple[int, int, str]] | None:
    """A headline that says the same of someone or something else: what comes before the first
    content word the two share is replaced, the rewrite's words there (two or more) never used
    in the whole original and the original's never used in the whole rewrite, and at least two
    content words after it are shared ("Wi-Fi Kits Help Harbor Pupils With Maths" -> "Robot Tutors
    Help Harbor Pupils With Maths"). Who did it is a fact, so the rewrite changed it. A subject
    reworded in words the other story uses, or one new word ("Lawmakers" -> "Legislators"), is
    not flagged. Returns ((start, end, words) in the original, (start, end, words) in the
    rewrite), or None.

    >>> body = " Pupils at Harbor School learn maths."
    >>> subject_replaced("Wi-Fi Kits Help Harbor Pupils With Maths", "Robot Tutors Help Harbor Pupils With Maths",
    ...                  "Wi-Fi Kits Help Pupils." + body, "Robot Tutors Help Pupils." + body)
    ((0, 10, 'Wi-Fi Kits'), (0, 12, 'Robot Tutors'))
    >>> subject_replaced("Lawmakers Pass Ferry Budget", "State Legislators Pass Ferry Budget",
    ...                  "Lawmakers Pass Ferry Budget. The state budget passed.",
    ...                  "State Legislators Pass Ferry Budget.") is None
    True
    """
    o_words, r_words, o_fold, r_fold, content = _headline_words(original, rewrite)
    o_stems = [stem(w) for w in o_fold]
    # the first content word of the rewrite that the original has too, and where the original has it
    first = next(((j, o_stems.index(stem(w))) for j, w in enumerate(r_fold)
                  if content(w) and stem(w) in o_stems), None)
    if first is None or first[0] == 0 or first[1] == 0:
        return None
    rj, oi = first
    r_rest = {stem(w) for w in r_fold[rj:] if content(w)}
    if len(r_rest & {stem(w) for w in o_fold[oi:] if content(w)}) < 2:
        return None  # not the same thing said after the subject
    o_all, r_all = _article_stems(original_article), _article_stems(rewrite_article)
    r_subject = [w for w in r_fold[:rj] if content(w)]
    o_subject = [w for w in o_fold[:oi] if content(w)]
    if len(r_subject) < 2 or not o_subject or any(stem(w) in o_all for w in r_subject) or \
            any(stem(w) in r_all for w in o_subject):
        return None
    o_span = (o_words[0].start(), o_words[oi - 1].end())
    r_span = (r_words[0].start(), r_words[rj - 1].end())
    return ((*o_span, original[o_span[0]:o_span[1]]), (*r_span, rewrite[r_span[0]:r_span[1]]))



PART_KEPT = 0.4  # a body sentence that keeps this share of its words in the original's order ...


def mostly_kept(ops: list[tuple[str, int, int, int, int]], rewrite_words: int) -> bool:
    """Whether a rewrite of ``rewrite_words`` words keeps PART_KEPT of them in the original's order,
    read from the two sentences' word diff (``word_opcodes``): its "equal" runs.

    >>> mostly_kept(word_opcodes("a b c d e".split(), "a b x y z".split()), 5)
    True
    >>> mostly_kept(word_opcodes("a b c d e".split(), "a v w x y".split()), 5)
    False
    """
    return sum(i2 - i1 for tag, i1, i2, _, _ in ops if tag == "equal") >= PART_KEPT * rewrite_words


def part_replaced(original: str, rewrite: str, original_stems: set[str],
                  rewrite_stems: set[str]) -> tuple[tuple[int, int, str], tuple[int, int, str]] | None:
    """A sentence mostly kept (PART_KEPT of the rewrite's words, in the original's order) with one
    part put in other words: the rewrite's part has REPLACED_NEW or more content words that the
    whole original article never uses, and the original's part a content word the whole rewrite
    never uses. What it says is different: the body-sentence form of ``predicate_replaced``, with
    the same count of new words (one or two new words are a rewording: "shut" -> "closed"), and
    judging words left to the judging-word flags. ``original_stems`` and ``rewrite_stems`` are each
    whole article's words (``article_stems``), worked out once by the caller. Returns ((start, end,
    words) in the original sentence, (start, end, words) in the rewrite sentence), or None.

    >>> o = "Coach Lee said the crew trained at dawn all spring on the river."
    >>> r = "Coach Lee said the crew skipped practice to attend a music festival on the river."
    >>> part_replaced(o, r, article_stems(o), article_stems(r))
    ((24, 50, 'trained at dawn all spring'), (24, 67, 'skipped practice to attend a music festival'))
    >>> part_replaced(o, "Coach Lee said the crew rowed at sunrise all spring on the river.",
    ...               article_stems(o), article_stems(r)) is None
    True
    """
    o_words, r_words, o_fold, r_fold, content = _headline_words(original, rewrite)
    if not r_fold:
        return None
    ops = word_opcodes(o_fold, r_fold)
    if not mostly_kept(ops, len(r_fold)):
        return None
    o_all, r_all = original_stems, rewrite_stems
    judging = load_words("evaluative")
    for tag, i1, i2, j1, j2 in ops:
        if tag != "replace":
            continue
        new = [w for w in r_fold[j1:j2] if content(w) and stem(w) not in o_all and w not in judging]
        gone = [w for w in o_fold[i1:i2] if content(w) and stem(w) not in r_all]
        if len(new) >= REPLACED_NEW and gone:
            o_span = (o_words[i1].start(), o_words[i2 - 1].end())
            r_span = (r_words[j1].start(), r_words[j2 - 1].end())
            return ((*o_span, original[o_span[0]:o_span[1]]), (*r_span, rewrite[r_span[0]:r_span[1]]))
    return None
