"""Find the writer's own voice: loaded words, prescriptions, superlatives, questions, calls to action.

Words inside quotation marks belong to the speaker, not the writer, so they are skipped.

>>> [e.kind for e in find_opinion("Officials must stop this disgraceful waste!")]
['modal', 'loaded', 'mild', 'exclamation']
>>> [e.kind for e in find_call_to_action("Please share this story with your friends.")]
['imperative', 'reader_address']
"""

from __future__ import annotations

import re
from functools import lru_cache

from .attribution import _nowhere, covered_by
from .evidence import Evidence
from .wordlists import _first_words, grouped_alternation, load_lines, load_words, may_contain, phrase_regex, word_set

# How much each sign counts towards "opinion"; a sentence is opinion at OPINION_THRESHOLD.
WEIGHTS = {"loaded": 2, "mild": 1, "modal": 2, "superlative": 1, "question": 2, "exclamation": 1,
           "stance": 1, "first_person": 2, "reader_address": 1}
OPINION_THRESHOLD = 2

_MOST = re.compile(r"\b(?<!\bat\s)(?:most|least)\s+(?!of\b|people\b|recently\b|likely\b)([a-z]{3,})\b", re.IGNORECASE)
# "the weakest", "the greatest": a regular superlative after "the" (words like "latest",
# "largest" or "interest" are common in plain reporting, so this counts as a mild sign only)
_EST_WORD = re.compile(r"[a-z]{2}est\b")
_THE_EST = re.compile(r"\bthe\s+(?!latest\b|largest\b|biggest\b|highest\b|lowest\b|"
                      r"earliest\b|oldest\b|newest\b|closest\b|nearest\b|smallest\b)"
                      r"([a-z]{2,}est)\b", re.IGNORECASE)


# The superlatives of "good" and "great": with a plain noun after them ("the best idea", "the
# greatest mistake") they judge, as "worst" does; "best known", "best-selling", "Best Picture" and
# "best in the league" (a ranking) do not count here.
_JUDGING_SUPERLATIVES = frozenset({"best", "greatest"})
_OWNER_BEFORE = re.compile(r"(?:\bthe|\bhis|\bher|\btheir|\bits|\bour|['’]s)\s+$", re.IGNORECASE)
_JUDGED_THING = re.compile(r"\s+(?!known\b|selling\b|seller)[a-z]{3,}\b(?!-)")


# "The plan is a bad idea", "That was a big mistake": a form of "be", then a judging adjective and
# a noun for a choice, or a noun that judges by itself (data/wordlists/judging_predicates.txt).
_COPULA = (r"(?<![\w'-])(?:is|was|are|were|be|been|being|seems?|seemed|sounds?\s+like|looks?\s+like|"
           r"remains?|remained|proved|proves)(?:[\s,]+not)?\s+(?:(?:a|an|the|such\s+a|one)\s+)?"
           r"(?:(?:very|really|truly|pretty|such|so|[a-z]{3,}ly)\s+)?")
# "That's a bad idea": the short "'s" of "is" only after a pronoun or "that/this/what/there/here", so
# a possessive ("the mayor's bad plan", "Ruiz's great idea") does not count as "is"
_COPULA_SHORT = (r"(?<![\w'’-])(?:that|this|it|what|he|she|there|here|who|which)['’]s\s+(?:not\s+)?(?:(?:a|an|such\s+a)\s+)?"
                 r"(?:(?:very|really|truly|pretty|such|so|[a-z]{3,}ly)\s+)?")


@lru_cache(maxsize=1)
def _not_superlatives() -> tuple[frozenset[str], tuple[str, ...], frozenset[str]]:
    """From not_superlatives.txt: -est words that compare nothing ("protest"), their shared
    endings ("-quest", "-fest") and the function words after which "most"/"least" compares no
    quality ("most because", "least the")."""
    by_kind: dict[str, set[str]] = {"est": set(), "ending": set(), "after": set()}
    for line in load_lines("not_superlatives"):
        kind, _, word = line.partition("\t")
        by_kind[kind.strip()].add(word.strip().lower())
    return frozenset(by_kind["est"]), tuple(sorted(by_kind["ending"])), frozenset(by_kind["after"])


def _compares(word: str, after_most: bool = False) -> bool:
    """Whether ``word`` (an -est word after "the", or the word after "most"/"least") makes a real
    superlative: "the weakest" and "most radical" do, "the protest", "the midwest" and "most
    because" do not; nor do number words ("at least four" is caught before this).

    >>> _compares("weakest"), _compares("protest"), _compares("conquest"), _compares("because", True)
    (True, False, False, False)
    >>> _compares("midwest"), _compares("slowest"), _compares("fewest")
    (False, True, True)
    """
    est, endings, after = _not_superlatives()
    word = word.lower()
    if after_most:
        return word not in after and word not in load_words("number_words")
    return word not in est and not word.endswith(endings)


_ERROR_KINDS = r"(?:printing|spelling|typing|typographical|clerical|coding|data|computer|rounding|filing)"


@lru_cache(maxsize=1)
def _judging_predicates() -> tuple[frozenset[str], frozenset[str], re.Pattern[str]]:
    """The judging adjectives and nouns (for the cheap check) and the regex of the rule."""
    by_kind: dict[str, list[str]] = {}
    for line in load_lines("judging_predicates"):
        kind, _, word = line.partition("\t")
        by_kind.setdefault(kind.strip(), []).append(word.strip().lower())
    alt = {k: "|".join(sorted(map(re.escape, v), key=len, reverse=True)) for k, v in by_kind.items()}
    pattern = re.compile(
        rf"(?:{_COPULA}|{_COPULA_SHORT})(?P<judged>(?:{alt['judge']})\s+(?:{alt['choice']}|{alt['verdict']})"
        # (s13 walk #12) a verdict noun judges whatever word is in front of it: "a short-sighted
        # mistake", "a tactical blunder", not only the listed adjectives
        # (s13 review #12) but a kind of error ("a printing mistake") describes, it does not judge
        rf"|(?:(?:{alt['judge']}|{alt['size']}|(?!{_ERROR_KINDS}\s)[a-z]+(?:-[a-z]+)*)\s+)?(?:{alt['verdict']}))"
        rf"(?![\w'-])(?!\s+of\b)",
        re.IGNORECASE)
    return (frozenset(by_kind["judge"]) | frozenset(by_kind["verdict"]),
            frozenset(by_kind["choice"]) | frozenset(by_kind["verdict"]), pattern)


_ATTRIBUTIVE_NOT_JUDGES = frozenset({"great"})
_COMPOUND_NOUNS = frozenset({"investment", "policy", "action"})  # singular: plurals rarely open one


@lru_cache(maxsize=1)
def _attributive_judgement() -> re.Pattern[str]:
    """(s12) "The board made a foolish decision", "their reckless choices", "a brave act": a
    judging adjective in front of a noun for a choice or an act (judging_predicates.txt, kinds
    "judge" and "choice"/"verdict") judges it wherever it stands, not only after "is". After a
    determiner or possessive, or with no determiner before a plural noun ("made foolish
    decisions"). Case matters for the adjective and the noun: "the Great Compromise" or a "Smart
    Plan" is a name, not a verdict (the caller lower-cases a sentence's first letter)."""
    by_kind: dict[str, list[str]] = {}
    for line in load_lines("judging_predicates"):
        kind, _, word = line.partition("\t")
        by_kind.setdefault(kind.strip(), []).append(word.strip().lower())
    # (s12 review #1) in front of a noun, "great" is mostly size ("great plans", "the great move
    # to the suburbs"), and these nouns mostly open a compound ("investment bank", "policy
    # debate", "action movie"; a plural rarely does): both stay judging after "is" ("It was a great idea")
    judges = [a for a in by_kind["judge"] if a not in _ATTRIBUTIVE_NOT_JUDGES]
    nouns = [n for n in by_kind["choice"] + by_kind["verdict"] if n not in _COMPOUND_NOUNS]

    def alt(words):
        return "|".join(sorted(map(re.escape, words), key=len, reverse=True))
    judged = rf"(?:{alt(judges)})\s+(?:{alt(nouns)})"
    plural = rf"(?:{alt(judges)})\s+(?:{alt([n for n in nouns if n.endswith('s')])})"
    return re.compile(
        rf"(?:(?:(?<![\w'’-])(?i:a|an|the|this|that|these|those|his|her|their|its|our|your|my|such|another)"
        rf"|(?<=\w['’]s)|(?<=s['’]))\s+"  # or a possessive: "the mayor's foolish decision"
        rf"(?:(?:very|really|truly|pretty|so|most|[a-z]{{3,}}ly)\s+)?(?P<judged>{judged})"
        rf"|(?<![\w'’-])(?P<bare>{plural}))(?![\w'’-])")


def _judging_predicate(text: str, words, in_quotes) -> list[Evidence]:
    """ "The plan is a bad idea": the writer's verdict on a choice (outside quotation marks).

    >>> [e[:3] for e in _judging_predicate("The plan is a bad idea.", {"bad", "idea"}, lambda i: False)]
    [(14, 22, 'loaded')]
    >>> _judging_predicate("It was a bad storm.", {"bad", "storm"}, lambda i: False)
    []
    >>> _judging_predicate("There is a great deal of snow.", {"great", "deal"}, lambda i: False)
    []
    """
    adjectives, nouns, pattern = _judging_predicates()
    if adjectives.isdisjoint(words) or nouns.isdisjoint(words):
        return []
    found = [(m.start("judged"), m.end("judged")) for m in pattern.finditer(text)]
    lowered_first = text[:1].lower() + text[1:]  # "Foolish decisions cost ...": same offsets
    found += [m.span("judged") if m.group("judged") else m.span("bare")
              for m in _attributive_judgement().finditer(lowered_first)]
    seen: set[int] = set()
    out = []
    for start, end in sorted(found):
        if start in seen or in_quotes(start):
            continue
        seen.add(start)
        out.append(Evidence(start, end, "loaded", f"judges a choice: {text[start:end]}"))
    return out


# "so-called" right before a quotation mark names a term ("the so-called “red flag” law", as news
# style writes it: BABE train 3 of 4 such sentences factual); without the marks it sneers ("the
# so-called experts") and stays loaded.
_SO_CALLED = frozenset({"so-called", "so called"})
_NAMES_A_TERM = re.compile(r"\s*[\"“'‘]")


# "whether the tax should rise", "would not have to meet": a modal inside an indirect question, or
# a requirement that would not apply, is not the writer telling anyone what to do. Nor is a
# consequence told as fact: "Families will now have to travel two miles", "Students would have
# to take a bus", "Riders are going to have to pay more" (what will happen to them, not what the
# writer says they must do; "had to" and "has had to" are not on the list at all).
_REPORTED_MODAL = re.compile(r"\bwhether\b[^,;:.!?—]*$|\b(?:would|will)\s+not\s+$|"
                             r"(?P<later>(?:\b(?:will|would|could|might|may|shall)|['’]ll|\bgoing\s+to)\s+"
                             r"(?:(?:now|also|still|then|soon|all|just|each|both|eventually|[a-z]+ly)\s+){0,2})$",
                             re.IGNORECASE)
# ... unless the writer says it of "we": "We will have to do better", "We're going to need to act"
# tell us what to do (s9 review #3). ("You'll have to show your ticket at the gate" is told as what
# will happen; "You'll need to call your senator" reads the same in these words: left a claim.)
_ADDRESSED = re.compile(r"\bwe(?:\s+all)?(?:['’](?:ll|re)\b|\s+(?:will|would|could|might|may|shall|are)\b)",
                        re.IGNORECASE)
# "slammed" of a body or a thing hitting something ("A car slammed into the store", "slammed on the
# brakes", "slammed the door shut") tells what happened; "slammed the plan" and "slammed the door
# on the library" judge
_LITERAL_SLAM = re.compile(r"\s+(?:(?:in)?to\b|against\b|shut\b|on\s+the\s+brakes\b|"
                           r"(?:the|his|her|their|its|a|an)\s+(?:brakes?\b|[\w’'-]+\s+shut\b))", re.I)
# (s11 review #22) "took a big step forward and fell": a sized step after take/took/taking/takes
# (with "a", "one" or "another" between) is a step a body takes, not progress the writer judges.
_TAKEN_STEP = re.compile(r"(?<![\w'’-])(?:take|takes|took|taking|taken)\s+(?:a|one|another|the)\s+$", re.I)
# (s11 review #22) "Rightly or wrongly, the council closed the pool": the writer declines to judge.
_OR_WRONGLY = re.compile(r"\s+or\s+wrongly\b", re.I)


def _reported_modal(text: str, start: int) -> bool:
    """Whether the must-word at ``start`` is asked about or told as what will happen, not the
    writer's own "must".

    >>> [_reported_modal(t, t.index("have")) for t in ("Families will now have to travel far.",
    ...  "We'll have to call our senator.", "We will have to do better.", "We will not have to pay.")]
    [True, False, False, True]
    """
    found = _REPORTED_MODAL.search(text, max(0, start - 120), start)
    return bool(found) and not (found.group("later") and _ADDRESSED.search(
        text, max(0, found.start() - 12), found.end()))


# A modal followed closely by an amount states a requirement, not the writer's prescription.
_REQUIREMENT = re.compile(r"[^.;!?]{0,40}?(?:\$\s?\d|\d)")


def find_opinion(text: str, quotes: list[tuple[int, int]] | None = None,
                 words=None) -> list[Evidence]:
    """Return evidence spans for opinion signs in the writer's own words (not in quotes).

    Kinds: ``loaded`` (strong loaded word), ``mild`` (a judging word that alone is not enough),
    ``modal`` (must / should), ``superlative``, ``question`` (a rhetorical question),
    ``exclamation``.

    >>> [e[:4] for e in find_opinion("The new park is the best in the state.")]
    [(20, 24, 'superlative', 'extreme comparison: best')]
    """
    in_quotes = covered_by(quotes or [])
    found: list[Evidence] = []
    words = word_set(text) if words is None else words
    mask, prefixed = _gate(words)
    lower = None  # the sentence lower-cased, when the lists' regexes may read it (_plain_lower)
    for bit, (name, kind, note) in enumerate(_OPINION_LISTS):
        if not (mask >> bit & 1 or (prefixed and may_contain(name, words))):
            continue  # (the same answer as may_contain: its exact words are in ``mask``)
        if lower is None:
            lower = _plain_lower(text)
        for start, end in _list_spans(name, text, lower):
            if in_quotes(start):
                continue
            if kind == "modal" and _REQUIREMENT.match(text, end):
                continue  # "needs to raise about $1,500": a requirement stated as fact
            if kind == "modal" and _reported_modal(text, start):
                continue  # "voters decide whether it should be legal": the question, not the writer's answer
            this_kind = kind
            said = text[start:end]
            if kind == "loaded" and said[:4].lower() == "slam" and _LITERAL_SLAM.match(text, end):
                continue  # "A car slammed into a wall", "slammed on the brakes": what happened
            if (kind == "loaded" and said.lower().endswith(("step forward", "step backward"))
                    and _TAKEN_STEP.search(text, max(0, start - 20), start)):
                continue  # "The robot took a big step forward and fell": a step with feet
            if kind == "superlative" and (_lexicon()[0].get(said.lower()) == "loaded" or (
                    said.lower() in _JUDGING_SUPERLATIVES and _JUDGED_THING.match(text, end)
                    and _OWNER_BEFORE.search(text, max(0, start - 8), start))):
                # "the worst decision", "the best idea the council has had": a judgement, not
                # only a comparison (good and bad alike)
                this_kind = "loaded"
            found.append(Evidence(start, end, this_kind, f"{note}: {said}"))
    single, phrases = _lexicon_hits(words) if mask & _LEXICON or prefixed else ({}, [])
    lowered = _trusted_lower(text, words) if phrases else None
    spans = [(m.start(), m.end(), kind) for entry, kind in phrases if _may_hold(entry, lowered)
             for m in _word_regex(entry).finditer(text)]
    if single:
        spans += _single_spans(text, words, single)
    if spans:
        # one lookup of what the lists found, then a walk in text order (linear on long text)
        in_found = covered_by([f[:2] for f in found])
        last_end = -1
        for start, end, kind in sorted(spans, key=lambda sp: (sp[0], -sp[1])):
            if start < last_end or in_quotes(start) or in_found(start) or in_found(end - 1):
                continue
            if text[start:end].lower() == "rightly" and _OR_WRONGLY.match(text, end):
                continue  # "Rightly or wrongly, the council ...": the writer leaves it open
            if kind == "loaded" and text[start:end].lower() in _SO_CALLED and _NAMES_A_TERM.match(text, end):
                kind = "mild"  # "the so-called “red flag” law": news naming a term in quotation marks
            if kind == "framed":
                # "the circus left town", "the cult leader", "the hoax call": the plain thing
                if not (_JUDGING_FRAME.search(text, max(0, start - 60), start)
                        or _A_THING_OF.search(text, max(0, start - 4), end + 5)):
                    continue
                kind = "mild"  # "the hearing was a circus", "like a cult", "a circus of lies"
            note = "loaded word" if kind == "loaded" else "a judging word"
            found.append(Evidence(start, end, kind, f"{note}: {text[start:end]}"))
            last_end = end
    # The matches of one pattern never overlap one another, so what was found before a loop
    # is all a match in that loop can fall inside (one lookup built per loop, not a scan per match).
    if "most" in words or "least" in words:
        in_found = covered_by([f[:2] for f in found])
        for m in _MOST.finditer(text):
            # "at least four", "affected most because": a count or an adverb, no comparison
            if not in_quotes(m.start()) and not in_found(m.start()) and _compares(m.group(1), True):
                found.append(Evidence(m.start(), m.end(), "superlative", f"extreme comparison: {m.group(0)}"))
    if "the" in words and "est" in (low := getattr(words, "text", text.lower())) and _EST_WORD.search(low):
        in_found = covered_by([f[:2] for f in found])
        for m in _THE_EST.finditer(text):
            # "the protest", "the contest", "the midwest": -est nouns, no comparison
            if not in_quotes(m.start(1)) and not in_found(m.start(1)) and _compares(m.group(1)):
                found.append(Evidence(m.start(1), m.end(1), "superlative", f"extreme comparison: {m.group(1)}"))
    if mask & _SECOND_PERSON or (prefixed and may_contain("second_person", words)):
        # "When you carry a gun, you have the power": the writer talks to the reader, the voice of
        # a column (BABE train: 35 sentences with "you" outside quotes, all "Expresses writer's
        # opinion", none "Entirely factual"); a question or an order to "you" is a call to action
        # and is found before this runs
        thanks = _THANK_YOU.search(text)
        for m in (() if thanks and not in_quotes(thanks.start()) else _second_person().finditer(text)):
            # "Thank you to all the volunteers", "Thanks for your support": a courtesy, not the
            # voice of a column (the other signs of the sentence still count)
            if not in_quotes(m.start()):
                found.append(Evidence(m.start(), m.end(), "reader_address",
                                      "the writer speaks to you, the reader"))
                break  # once is enough: the voice is the writer's
    judged = _judging_predicate(text, words, in_quotes) if mask & _JUDGING == _JUDGING else []
    if judged:  # the whole "bad idea" replaces the word "bad" found alone inside it
        found = [f for f in found if not any(j[0] <= f[0] and f[1] <= j[1] for j in judged)] + judged
    if mask & _STANCE:
        found += _stance_and_voice(text, words, in_quotes)
    lowered = getattr(words, "text", None) or text.lower()  # ("right's" is one word in ``words``)
    if "the" in words and ("left" in lowered or "right" in lowered):
        found += _political_bloc(text, words, in_quotes)
    stripped = text.rstrip(" \"”'’)")
    if stripped.endswith("?") and not in_quotes(len(stripped) - 1):
        found.append(Evidence(0, len(stripped), "question", "a question the writer asks"))
    if stripped.endswith("!") and not in_quotes(len(stripped) - 1):
        found.append(Evidence(len(stripped) - 1, len(stripped), "exclamation", "an exclamation mark"))
    # by start, the longer first at one start: "huge step forward" (loaded) is kept, not the
    # "huge" (mild) inside it
    found.sort(key=lambda e: (e[0], -e[1], e[2:]))
    return _drop_overlaps(found)


# The word lists find_opinion searches with their regexes (name, kind, note), in this order.
_OPINION_LISTS = (("loaded_strong", "loaded", "loaded word"),
                  ("loaded_mild", "mild", "a judging word"),
                  ("modals", "modal", "tells someone what they must do"),
                  ("superlatives", "superlative", "extreme comparison"))
# Bits of ``_gate``'s mask after the lists' own (bit i: a first word of _OPINION_LISTS[i])
_SECOND_PERSON, _LEXICON, _JUDGE_ADJECTIVE, _JUDGE_NOUN, _STANCE = 1 << 4, 1 << 5, 1 << 6, 1 << 7, 1 << 8
_JUDGING = _JUDGE_ADJECTIVE | _JUDGE_NOUN


@lru_cache(maxsize=1)
def _gate_prefixes() -> frozenset[str]:
    """The starred prefixes (``fascist*``) of the lexicon and of find_opinion's lists."""
    prefixes = set(_starred()[0])
    for name in [n for n, _, _ in _OPINION_LISTS] + ["second_person"]:
        for line in load_lines(name):  # the starred prefixes, as _first_words reads them
            entry = line.split("\t")[0].strip().lower().replace("’", "'").split()
            if len(entry) == 1 and entry[0].endswith("*"):
                prefixes.add(entry[0].rstrip("*"))
    return frozenset(prefixes)


@lru_cache(maxsize=1)
def _gate_table() -> tuple[dict[str, int], frozenset[str], re.Pattern[str] | None]:
    """Each word that can start a sign of find_opinion -> the bits of the checks it opens; the
    same words as a set; one regex of every starred prefix (``fascist*``) of those lists."""
    table: dict[str, int] = {}

    def add(entries, bit: int) -> None:
        for word in entries:
            table[word] = table.get(word, 0) | bit

    for bit, name in enumerate([n for n, _, _ in _OPINION_LISTS] + ["second_person"]):
        add(_first_words(name)[0], 1 << bit)
    prefixes = _gate_prefixes()
    add(_lexicon()[0], _LEXICON)
    add(_first_words_of_patterns(), _LEXICON)
    adjectives, nouns, _ = _judging_predicates()
    add(adjectives, _JUDGE_ADJECTIVE)
    add(nouns, _JUDGE_NOUN)
    singles, phrases, modifiers, _, _, people, _ = _stance_rules()
    add(singles | phrases.keys() | modifiers | people, _STANCE)
    # one search finds a place where any prefix matches, which is all the gate needs to know
    any_prefix = (re.compile(r"(?<![\w'-])(?:" + grouped_alternation([re.escape(p) for p in sorted(prefixes)])
                             + ")") if prefixes else None)
    return table, frozenset(table), any_prefix


def _prefix_heads(prefixes) -> tuple[int, dict[str, tuple[str, ...]]] | None:
    r"""For ``_longest_prefixes``: the shortest prefix's length ``k``, and each prefix's first
    ``k`` characters -> the prefixes that start so, longest first. None when there is no prefix
    or one is not a single run of ``[\w'-]`` (then only the regex can tell)."""
    if not prefixes or not all(_RUN.fullmatch(p) for p in prefixes):
        return None
    k = min(map(len, prefixes))
    heads: dict[str, list[str]] = {}
    for prefix in sorted(prefixes, key=len, reverse=True):
        heads.setdefault(prefix[:k], []).append(prefix)
    return k, {head: tuple(group) for head, group in heads.items()}


_RUN = re.compile(r"[\w'-]+")


def _longest_prefixes(words, k: int, heads: dict[str, tuple[str, ...]]) -> set[str]:
    r"""The prefixes that ``regex.findall(words.text)`` finds, for ``regex`` one of these prefixes
    (longest first) after ``(?<![\w'-])`` (``words``: a ``word_set``, ``k`` and ``heads``:
    ``_prefix_heads`` of the prefixes): for each word, the longest prefix it starts with.

    The same prefixes: that look-behind lets a match start only where a word of ``word_set``
    starts (its words are the runs of ``[\w'-]`` in ``words.text``, and every prefix is such a
    run), and the match is the longest prefix of that word; the search then goes on after the
    match, inside the same word, where the look-behind fails. So every word gives one prefix or
    none, whichever place it stands in.

    >>> k, heads = _prefix_heads(["brut", "brutal", "slam"])
    >>> sorted(_longest_prefixes(word_set("Brutality, a slammed door, brute"), k, heads))
    ['brut', 'brutal', 'slam']
    """
    found = set()
    for word in words:
        group = heads.get(word[:k])
        if group is not None:
            for prefix in group:
                if word.startswith(prefix):
                    found.add(prefix)
                    break
    return found


@lru_cache(maxsize=1)
def _gate_heads() -> tuple[int, dict[str, tuple[str, ...]]] | None:
    """``_prefix_heads`` of the starred prefixes ``_gate_table``'s regex searches for."""
    return _prefix_heads(_gate_prefixes())


def _gate(words) -> tuple[int, bool]:
    """Which checks of find_opinion can find anything in a sentence whose ``word_set`` is
    ``words``: set lookups, and a look at each word for the starred prefixes. Returns the bits of the
    checks opened by the sentence's own words (``_gate_table``) and whether a prefix may match
    (then may_contain and the lexicon's prefix search still decide).

    >>> mask, prefixed = _gate(word_set("You must see this brilliant plan."))
    >>> bool(mask & 1), bool(mask & 4), bool(mask & _SECOND_PERSON), prefixed
    (True, True, True, True)
    >>> _gate(word_set("Rain fell on Monday."))
    (0, False)
    """
    table, keys, any_prefix = _gate_table()
    mask = 0
    for word in keys.intersection(words):
        mask |= table[word]
    if any_prefix is None:
        return mask, False
    lowered = getattr(words, "text", None)
    if lowered is None:
        return mask, True
    quick = _gate_heads()
    if quick is None:
        return mask, any_prefix.search(lowered) is not None
    # (``any_prefix.search(words.text) is not None``, from the words: see ``_longest_prefixes``)
    k, heads = quick
    for word in words:
        group = heads.get(word[:k])
        if group is not None and word.startswith(group):
            return mask, True
    return mask, False


@lru_cache(maxsize=1)
def _bloc_pattern() -> re.Pattern[str]:
    """ "The left wants ...", "the far right's plan" (data/wordlists/political_blocs.txt): "the",
    an optional modifier, "left" or "right", then a possessive or a verb from the list; a
    preposition before "the" is captured (group "prep") so the caller can skip the place."""
    by_kind: dict[str, list[str]] = {"side": [], "modifier": [], "next": [], "aux": [], "adverb": []}
    for line in load_lines("political_blocs"):
        kind, _, word = line.partition("\t")
        by_kind[kind.strip()].append(re.escape(word.strip().lower()))
    alt = {k: "|".join(sorted(v, key=len, reverse=True)) for k, v in by_kind.items()}
    side, mod, verb, helper = alt["side"], alt["modifier"], alt["next"], alt["aux"] + "|" + alt["adverb"]
    prep = r"(?P<prep>(?:to|on|of|by|at|in|from|with|for|toward|towards|among|between)\s+)?"
    # after a modifier ("the far right is") an auxiliary or adverb is enough; a bare side needs
    # a verb of its own ("the left wants", "The Right doesn't care"): "the right was guaranteed",
    # "the left was blocked" are a right and a lane
    return re.compile(rf"(?<![\w'’-]){prep}the\s+(?:(?:{mod})[\s-]+(?:{side})(?![\w-])"
                      rf"(?=['’]s\b|\s+(?:{verb}|{helper})(?![\w'’-]))"
                      rf"|(?:{side})(?![\w-])"
                      rf"(?=['’]s\b|\s+(?:(?:{helper})\s+){{0,2}}(?:{verb})(?![\w'’-])))", re.IGNORECASE)


def _political_bloc(text: str, words, in_quotes) -> list[Evidence]:
    """ "The left wants the park closed", "the far right's plan": a whole political side named
    as one actor that wants, thinks or owns something: the writer lumps people together (BABE
    train: in 11 opinion sentences, 0 factual; political_blocs.txt). Only as the subject
    or owner, so "the right to vote", "the left lane", "shifted to the right" and "a darling of
    the left" do not count. Good and bad alike: the same words name either side.

    >>> [e[2] for e in _political_bloc("The left wants the park closed.", None, lambda i: False)]
    ['loaded']
    >>> _political_bloc("Turn right at the left lane; the right to vote. On the right is a bank.", None,
    ...                 lambda i: False)
    []
    >>> _political_bloc("The right was guaranteed, but the far right is angry.", None, lambda i: False)[0][:2]
    (30, 43)
    """
    found = []
    for m in _bloc_pattern().finditer(text):
        # "shifted to the right", "on the left is", "a darling of the left": a place or a direction
        if not m.group("prep") and not in_quotes(m.start()):
            found.append(Evidence(m.start(), m.end(), "loaded",
                                  f"names a whole political side as one actor: {m.group(0)}"))
    return found


_THANK_YOU = re.compile(r"\bthank\s+you\b|\bthanks\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _stance_rules() -> tuple[frozenset[str], dict[str, tuple[str, ...]], frozenset[str], frozenset[str],
                             re.Pattern[str] | None, frozenset[str], re.Pattern[str]]:
    """From stance_markers.txt and first_person.txt: the one-word markers, the phrases by their
    first word, the "<modifier>" words ("so"), the words they must not come before, the
    modifiers' regex, the first-person words and their regex (case kept: "I", not "US")."""
    singles, phrases, modifiers, not_before = set(), {}, [], set()
    for line in load_lines("stance_markers"):
        cols = [c.strip() for c in line.split("\t")]
        entry = cols[0].lower()
        if len(cols) > 1 and cols[1] == "<modifier>":
            modifiers.append(entry)
            if len(cols) > 2 and not cols[2].startswith("#"):
                not_before.update(cols[2].lower().split())
        elif " " in entry:
            phrases.setdefault(entry.split()[0], []).append(entry)
        else:
            singles.add(entry)
    mod_alt = "|".join(map(re.escape, modifiers))
    mod_re = re.compile(rf"(?<![\w'’-])({mod_alt})\s+([a-z]+)\b", re.IGNORECASE) if modifiers else None
    people = load_lines("first_person")
    # "we" or "We", never "WE" or "US" (the country): the first letter either case, the rest as listed
    voice_re = re.compile(r"(?<![\w'’-])(?:" + "|".join(
        f"[{w[0].upper()}{w[0].lower()}]{re.escape(w[1:])}" if w != "I" else "I" for w in people)
        + r")(?![\w-])")
    return (frozenset(singles), {k: tuple(v) for k, v in phrases.items()}, frozenset(modifiers),
            frozenset(not_before), mod_re, frozenset(w.lower() for w in people), voice_re)


@lru_cache(maxsize=1)
def _asides() -> frozenset[str]:
    """The stance phrases marked "<aside>" in stance_markers.txt: they count only as an aside, set
    off by a comma or ending the sentence ("After all, ...", "..., mind you."), so "after all the
    votes were counted" does not count."""
    rows = (line.split("\t") for line in load_lines("stance_markers"))
    return frozenset(cols[0].strip().lower() for cols in rows if len(cols) > 1 and cols[1].strip() == "<aside>")


@lru_cache(maxsize=64)
def _aside_regex(entry: str) -> re.Pattern[str]:
    """ "after all" only before punctuation or the end.

    >>> rx = _aside_regex("after all")
    >>> bool(rx.search("After all, it rained.")), bool(rx.search("after all the votes"))
    (True, False)
    """
    return re.compile(_word_regex(entry).pattern + r"(?=\s*(?:[,.;:!?)—–\"”]|$))", re.IGNORECASE)


# An aside opens the sentence or stands after a comma, a dash or a bracket ("After all, ...",
# "..., mind you.", "The park is, to be sure, lovely."); the regex above wants punctuation after it.
_ASIDE_OPENING = re.compile(r"(?:^|[,;:—–(\"“])\s*$")
_CLAUSE_OPENING = re.compile(r"(?:^|[.,;:!?—–(\"“”]|\band|\bbut|\bor)\s*$", re.IGNORECASE)


def _opens(pattern: re.Pattern[str], text: str, end: int) -> bool:
    """``pattern.search(text, 0, end)`` for the two patterns above, reading only the few letters
    before the spaces that end ``text[:end]`` (an opening mark or word must end right there), so a
    huge sentence is not read again from its start for each word checked."""
    i = end
    while i > 0 and text[i - 1].isspace():
        i -= 1
    return pattern.search(text, max(0, i - 3), end) is not None


def _stance_and_voice(text: str, words, in_quotes) -> list[Evidence]:
    """The writer's own stance words ("of course", "so bad", "never") and the writer speaking as
    "I" or "we", outside quotation marks. Set lookups first: a regex runs only for a word the
    sentence holds.

    >>> [(e.kind, e.note) for e in _stance_and_voice("We must, of course, act.", None, lambda p: False)]
    [('first_person', 'the writer speaks as “We”'), ('stance', 'the writer’s own stance: of course')]
    >>> _stance_and_voice("So the city paid, and so far it works.", None, lambda p: False)
    []
    """
    singles, phrases, modifiers, not_before, mod_re, people, voice_re = _stance_rules()
    words = word_set(text) if words is None else words
    found: list[Evidence] = []
    if not people.isdisjoint(words):
        for m in voice_re.finditer(text):
            if not in_quotes(m.start()):
                found.append(Evidence(m.start(), m.end(), "first_person",
                                      f"the writer speaks as “{m.group(0)}”"))
                break  # once is enough: the voice is the writer's
    entries = list(singles.intersection(words))  # (order does not matter: ``found`` is sorted)
    for w in phrases.keys() & words:  # (order does not matter: ``found`` is sorted below)
        entries.extend(phrases[w])
    asides = _asides() if entries else frozenset()
    lowered = _trusted_lower(text, words) if entries else None
    for entry in entries:
        if " " in entry and not _may_hold(entry, lowered):
            continue  # a word of the phrase is not in the sentence
        for m in (_aside_regex(entry) if entry in asides else _word_regex(entry)).finditer(text):
            if entry in asides and not _opens(_ASIDE_OPENING, text, m.start()):
                continue  # "checked twice to be sure, but": a purpose, not an aside to the reader
            if not in_quotes(m.start()):
                found.append(Evidence(m.start(), m.end(), "stance", f"the writer’s own stance: {m.group(0)}"))
    if mod_re is not None and not modifiers.isdisjoint(words):
        for m in mod_re.finditer(text):
            if in_quotes(m.start()) or m.group(2).lower() in not_before:
                continue
            if _opens(_CLAUSE_OPENING, text, m.start()):
                continue  # "So the city paid": a linking word, not "so bad"
            found.append(Evidence(m.start(), m.end(), "stance", f"the writer turns it up: {m.group(0)}"))
    found.sort()
    return found


@lru_cache(maxsize=1)
def _lexicon() -> tuple[dict[str, str], tuple[tuple[str, str], ...]]:
    """Single words -> kind, and starred or multi-word entries, from the evaluative, subjective
    adjective, own and partisan lists (each file names its source in its header)."""
    single: dict[str, str] = {}
    patterns: list[tuple[str, str]] = []
    # The hand-made lists come first, so their kind wins over VADER's for the same word.
    entries = [(word, "loaded") for line in load_lines("loaded_partisan") for word in line.split("\t")]
    entries += [tuple(line.split("\t")[:2]) for line in load_lines("loaded_own") + load_lines("evaluative")
                + load_lines("subjective_adjectives")]
    for word, kind in entries:
        if kind == "event":  # names an event ("lose", "crash"): rated by VADER, but judges nobody
            continue
        word = word.strip().lower()
        (patterns.append((word, kind)) if ("*" in word or " " in word) else single.setdefault(word, kind))
    return single, tuple(patterns)


@lru_cache(maxsize=1)
def _first_words_of_patterns() -> dict[str, list[tuple[str, str]]]:
    by_first: dict[str, list[tuple[str, str]]] = {}
    for entry, kind in _lexicon()[1]:
        first = entry.split()[0].rstrip("*").lower()
        by_first.setdefault(first, []).append((entry, kind))
    return by_first


@lru_cache(maxsize=1)
def _plain_by_first() -> dict[str, tuple[tuple[str, str], ...]]:
    """``_first_words_of_patterns`` without the entries whose first word is starred (those are
    found by their prefix), sifted once rather than in every sentence that has the word."""
    by_first = {}
    for first, entries in _first_words_of_patterns().items():
        plain = tuple(e for e in entries if not e[0].split()[0].endswith("*"))
        if plain:
            by_first[first] = plain
    return by_first


@lru_cache(maxsize=1)
def _starred() -> tuple[dict[str, list[tuple[str, str]]], re.Pattern[str]]:
    starred: dict[str, list[tuple[str, str]]] = {}
    for entry, kind in _lexicon()[1]:
        first = entry.split()[0]
        if first.endswith("*"):
            starred.setdefault(first.rstrip("*"), []).append((entry, kind))
    alternation = "|".join(re.escape(p) for p in sorted(starred, key=len, reverse=True))
    return starred, re.compile(rf"(?<![\w'-])({alternation})")


@lru_cache(maxsize=1)
def _starred_heads() -> tuple[int, dict[str, tuple[str, ...]]] | None:
    """``_prefix_heads`` of the lexicon's starred prefixes (``_starred``)."""
    return _prefix_heads(_starred()[0])


_TOKEN = re.compile(r"[\w'’-]+")
# Kind "framed" in loaded_own.txt ("circus", "cult", "hoax", "mob"): a judging word only where the
# writer calls something that: after a linking verb, "like", "as", "into" or "called", with "a" and
# one more word allowed between ("was a total circus", "like a cult", "turned into a media
# circus"), or "a circus of ..." (s7 review, finding 6).
_JUDGING_FRAME = re.compile(
    r"(?<![\w'’-])(?:is|was|are|were|be|been|being|become|becomes|became|seems?|seemed|like|as|into|"
    r"called|such|what)\s+(?:(?:a|an)\s+)?(?:(?!(?:the|this|that|his|her|its|their|our|my)\b)[\w'’-]+\s+)?$",
    re.IGNORECASE)
_A_THING_OF = re.compile(r"(?<![\w'’-])an?\s+[\w'’-]+\s+of\b", re.IGNORECASE)
# Characters whose lower case is longer ("İ" becomes "i" and a combining dot, U+0307) or that
# match "i" and "s" case-insensitively although their lower case is another letter ("ı", "ſ"):
# a text with one is scanned word by word (_single_spans).
_CASE_TRAPS = ("\u0307", "ı", "ſ")


def _lexicon_hits(words) -> tuple[dict[str, str], list[tuple[str, str]]]:
    """The lexicon's single words a sentence holds (word -> kind) and the phrase or starred
    entries it may hold, found with set lookups (cheap) before any regex."""
    single, _ = _lexicon()
    singles = {w: single[w] for w in single.keys() & words}
    hits: list[tuple[str, str]] = []
    by_first = _plain_by_first()
    for w in by_first.keys() & words:  # (order does not matter: the hits are sorted below)
        hits.extend(by_first[w])
    # starred entries ("fascist*") match longer words: one regex over the sentence finds them
    starred, prefix_re = _starred()
    text = getattr(words, "text", None)
    quick = _starred_heads() if text is not None else None
    if quick is not None:
        found = _longest_prefixes(words, *quick)  # (``set(prefix_re.findall(text))``)
    elif text is not None:
        found = set(prefix_re.findall(text))
    else:
        found = {m for w in words for m in prefix_re.findall(w)}
    for prefix in found:
        hits.extend(starred[prefix.lower()])
    # phrases first, longest first, so "fake news" is found before "fake"
    return singles, sorted(set(hits), key=lambda h: (-len(h[0]), h[0]))


def _single_spans(text: str, words, single: dict[str, str]) -> list[tuple[int, int, str]]:
    """Where the lexicon's single words ``single`` (word -> kind) stand in ``text`` as whole words
    (``_TOKEN``), as (start, end, kind).

    The words are looked for in the lower-cased text (``words.text``, "’" as "'"), which has the
    same words at the same places unless the text holds a character whose lower case is longer
    or another letter's ("İ", "ı", "ſ": ``_CASE_TRAPS``); then, and for a word list
    with a non-ASCII word, every word of the text is looked up instead.

    >>> _single_spans("Bad, BAD idea; badly.", None, {"bad": "mild"})
    [(0, 3, 'mild'), (5, 8, 'mild')]
    """
    lowered = getattr(words, "text", None)
    if lowered is None or len(lowered) != len(text) or any(ch in lowered for ch in _CASE_TRAPS) \
            or not all(map(str.isascii, single)):
        return [(m.start(), m.end(), single[m.group(0).lower().replace("’", "'")])
                for m in _TOKEN.finditer(text) if m.group(0).lower().replace("’", "'") in single]
    spans = []
    n = len(lowered)
    for word, kind in single.items():
        size = len(word)
        i = lowered.find(word)
        while i >= 0:
            j = i + size
            if (i == 0 or not _token_char(lowered[i - 1])) and (j == n or not _token_char(lowered[j])):
                spans.append((i, j, kind))
            i = lowered.find(word, i + 1)
    return spans


def _plain_lower(text: str) -> str:
    """``text.lower()`` when a case-insensitive match of a plain (ASCII) word list in ``text``
    is exactly a case-sensitive match of the lower-cased list in it, at the same places: no
    character whose lower case is longer or that matches an ASCII letter although it is another
    (``_CASE_TRAPS``). Else "" (then the lists' own regexes read ``text``).

    >>> _plain_lower("The BEST plan"), _plain_lower("ſo"), _plain_lower("İ")
    ('the best plan', '', '')
    """
    lower = text.lower()
    if len(lower) != len(text) or any(ch in lower for ch in _CASE_TRAPS):
        return ""
    return lower


@lru_cache(maxsize=None)
def _lower_list_regex(name: str) -> re.Pattern[str] | None:
    """``phrase_regex(name)`` without IGNORECASE, for the lower-cased text; None when an entry of
    the list is not ASCII (a non-ASCII letter may match another letter's case)."""
    if not all(line.split("\t")[0].isascii() for line in load_lines(name)):
        return None
    return re.compile(phrase_regex(name).pattern)


def _list_spans(name: str, text: str, lower: str) -> list[tuple[int, int]]:
    """Where ``phrase_regex(name)`` matches ``text``, as (start, end): read from ``lower``
    (``_plain_lower(text)``) when it is trusted, a case-sensitive scan being the faster.

    >>> _list_spans("modals", "You MUST act.", "you must act."), _list_spans("modals", "ſhould", "")
    ([(4, 8)], [(0, 6)])
    """
    plain = _lower_list_regex(name) if lower else None
    if plain is None:
        return [m.span() for m in phrase_regex(name).finditer(text)]
    return [m.span() for m in plain.finditer(lower)]


def _trusted_lower(text: str, words) -> str | None:
    """The lower-cased ``text`` of ``words`` (its ``word_set``) when every case-insensitive match
    of a plain (ASCII) word in ``text`` stands, lower-cased, at the same place in it: no character
    whose lower case is longer or matches an ASCII letter although it is another (``_CASE_TRAPS``).
    Else None.

    >>> _trusted_lower("Of Course", word_set("Of Course")), _trusted_lower("ſo", word_set("ſo"))
    ('of course', None)
    """
    lowered = getattr(words, "text", None)
    if lowered is None or len(lowered) != len(text) or any(ch in lowered for ch in _CASE_TRAPS):
        return None
    return lowered


def _may_hold(entry: str, lowered: str | None) -> bool:
    """False only when ``_word_regex(entry)`` cannot match the text whose ``_trusted_lower`` is
    ``lowered``: one of the entry's words (a starred one: its prefix) is not in it (None: it may).

    >>> _may_hold("of course", "it is, of course, late"), _may_hold("of course", "of them all")
    (True, False)
    """
    if lowered is None:
        return True
    for part in _plain_parts(entry):
        if part not in lowered:
            return False
    return True


@lru_cache(maxsize=None)
def _plain_parts(entry: str) -> tuple[str, ...]:
    """The words of a word-list entry that ``_may_hold`` looks for, lower-cased ("’" as "'"), its
    star dropped, and only the ASCII ones (a non-ASCII letter may match another case): worked out
    once per entry (the lists are fixed), not in every sentence.

    >>> _plain_parts("Of Course"), _plain_parts("déjà vu*")
    (('of', 'course'), ('vu',))
    """
    return tuple(part for part in entry.rstrip("*").lower().replace("’", "'").split() if part.isascii())


def _token_char(ch: str) -> bool:
    """Whether ``ch`` can be part of a ``_TOKEN`` word (the regex's ``\\w`` is ``str.isalnum``
    and the underscore)."""
    return ch.isalnum() or ch in "_'’-"


@lru_cache(maxsize=4096)
def _word_regex(entry: str) -> re.Pattern[str]:
    star = entry.endswith("*")
    body = r"\s+".join(re.escape(part) for part in entry.rstrip("*").split())
    tail = r"[\w-]*" if star else ""
    return re.compile(rf"(?<![\w'-]){body}{tail}(?![\w'])", re.IGNORECASE)


def _drop_overlaps(found: list[Evidence]) -> list[Evidence]:
    """Drop a sign that starts inside one kept before it (questions cover the sentence, so they
    neither drop nor are dropped). ``found`` is sorted, so every kept sign starts at or before the
    next one, and only the furthest end kept so far matters (linear, not quadratic).

    >>> _drop_overlaps([(0, 9, "loaded", ""), (4, 8, "mild", ""), (10, 12, "modal", "")])
    [(0, 9, 'loaded', ''), (10, 12, 'modal', '')]
    """
    kept: list[Evidence] = []
    furthest = -1
    for item in found:
        if item[2] == "question":
            kept.append(item)
            continue
        if furthest > item[0]:
            continue
        kept.append(item)
        furthest = max(furthest, item[1])
    return kept


def opinion_score(evidence: list[Evidence]) -> int:
    """Add up the weights of the opinion signs found.

    >>> opinion_score([Evidence(0, 4, "loaded", ""), Evidence(5, 9, "mild", "")])
    3
    """
    return sum(WEIGHTS.get(e.kind, 0) for e in evidence)


_CTA_OPENER = re.compile(r"^\s*(?:[\"“]?)(?:(?:so|now|and|then|please)[, ]+)?([A-Za-z]+)\b")
_CTA_IMPERATIVE_AFTER_AND = re.compile(r"\band\s+(tell|let|share|comment|sign|call|join|vote|"
                                       r"send|write|help|follow|subscribe|like)\s+(us|it|this|"
                                       r"the|your|them|me|our)\b", re.IGNORECASE)
_IF_YOU = re.compile(r"^\s*(?:if|when|whether)\s+you\b[^,]{0,120},\s*(?:please\s+)?([a-z]+)\b",
                     re.IGNORECASE)
_PLEASE = re.compile(r"\bplease\b", re.IGNORECASE)
_NEXT_WORD = re.compile(r"\s+[A-Za-z]+")
_ASK_PHRASES = re.compile(r"let us know|in the comments|sound off|what do you think", re.IGNORECASE)
_EVERYONE = re.compile(r"^\s*(everyone|everybody)(?:\s+(?:here|in\s+town|who\s+can))?\s+(should|"
                       r"must|needs\s+to|ought\s+to)\s+(?!have\b|be\b|know\b)", re.IGNORECASE)
_DONT = re.compile(r"^\s*[\"“]?(don['’]t|do not|never)\s+[a-z]+", re.IGNORECASE)
# "Residents must sign up by Friday.", "All parents should send the form before May 3.": a group
# of readers told what to do by a deadline (audience_groups.txt)
_AUDIENCE_WORDS = load_words("audience_groups")
_AUDIENCE = re.compile(r"^\s*(?:(?:All|Interested|Local|New|Returning)\s+)?(" + "|".join(
    sorted(_AUDIENCE_WORDS)) + r")(?:\s+who\s+[^,.;:!?]{1,40}?)?\s+(must|should|need\s+to|are\s+(?:asked|"
    r"urged|encouraged|invited|reminded|required)\s+to)\s+(?!have\b|be\b|know\b)[a-z]+\b[^.;:!?\"“”]{0,60}?"
    r"\b(?:(?:by|before|until|no\s+later\s+than|on)\s+(?:(?-i:" + "|".join(
        sorted(set(load_lines("weekdays")) | set(load_lines("months")))) + r")\b|\d|noon|midnight|the\s+end\b)|"
    r"at\s+(?:\d|noon|midnight)|"
    r"(?:this|next)\s+(?:week|month|year|(?-i:[A-Z][a-z]+day))\b)", re.IGNORECASE)
# A deadline is a day, a date or a time ("by Friday", "before May 3", "at 5 p.m."), not a place
# ("at Lincoln Middle School": s10 review #5). And a sentence with a reporting word ("..., the
# fire chief said") reports someone else's order: attribution decides it (s10 review #3).
# (The rule's own "are asked/urged/... to" is not such a report.)
_REPORTED = (load_words("reporting_verbs") - load_words("reporting_base_forms")
             - {"asked", "urged", "encouraged", "invited", "reminded", "required"})


@lru_cache(maxsize=1)
def _reporting_phrase() -> re.Pattern[str]:
    """The attribution formulas ("according to", "in a statement"), one regex."""
    return phrase_regex("reporting_phrases")


@lru_cache(maxsize=1)
def _imperative_verbs() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Verbs that order only before an object ("Buy a cake"), the words that start one, and the
    particles that may stand between them ("Pick up your tickets")."""
    by_kind: dict[str, set[str]] = {"verb": set(), "next": set(), "particle": set()}
    for line in load_lines("imperative_verbs"):
        kind, _, word = line.partition("\t")
        by_kind[kind.strip()].add(word.strip().lower())
    return frozenset(by_kind["verb"]), frozenset(by_kind["next"]), frozenset(by_kind["particle"])


def _orders_an_object(text: str, after: int) -> bool:
    """ "Buy a cake now!", "Bring your friends", "Pick up your tickets": the next word (after a
    particle such as "up") starts an object, or the sentence ends with "!" ("Order was restored",
    "Make America ..." and "Pick up trucks sold well" do not count).

    >>> _orders_an_object("Pick up your tickets.", 4), _orders_an_object("Pick up trucks sold well.", 4)
    (True, False)
    """
    _, starts, particles = _imperative_verbs()
    nxt = _NEXT_WORD.match(text, after)
    if nxt and nxt.group(0).strip().lower() in particles:
        nxt = _NEXT_WORD.match(text, nxt.end())
    if nxt and nxt.group(0).strip().lower() in starts:
        return True
    return text.rstrip(" \"”'’)").endswith("!")


_CLAUSE_AFTER_COMMA = re.compile(r",\s*[\"“”]?([^,;:]*)")
_CLAUSE_WORD = re.compile(r"[A-Za-z][\w'’-]*")


def _reported_after_comma(text: str) -> bool:
    """ "Keep the change, the driver said.", "Take the stairs, officials urged residents.": a
    clause after a comma holds a reporting verb (data/wordlists/reporting_verbs.txt) with its
    speaker before it, or a past form right after the comma ("..., said the driver"), so the
    order at the start is someone's reported words, not the writer's. "Buy a cake, and tell your
    friends" and "Bring a friend, tell a neighbour" still order.

    >>> _reported_after_comma("Give it a week, economists say."), _reported_after_comma("Buy it, and tell them.")
    (True, False)
    """
    verbs = load_words("reporting_verbs")
    base = load_words("reporting_base_forms")
    for m in _CLAUSE_AFTER_COMMA.finditer(text):
        clause = [w.group(0).lower().replace("’", "'") for w in _CLAUSE_WORD.finditer(m.group(1))]
        if not clause or clause[0] in ("and", "then", "or", "but", "please", "so"):
            continue
        if clause[0] in verbs and clause[0] not in base:
            return True  # "..., said the driver"
        if any(w in verbs for w in clause[1:]):
            return True  # "..., the driver said", "..., officials urged residents"
    return False


@lru_cache(maxsize=1)
def _second_person():
    return phrase_regex("second_person")


_AFTER_COMMA = re.compile(r",\s*[\"“]?([A-Za-z’']+)")


def _like_compares(text: str, after: int, verbs) -> bool:
    """ "Like his father, he farms": "like" opens a comparison, not an order, when a clause that
    does not start with an order follows its comma ("Like us on Facebook, share this" orders)."""
    m = _AFTER_COMMA.search(text, after)
    return m is not None and m.group(1).lower() not in verbs and m.group(1).lower() not in ("and", "then")


@lru_cache(maxsize=1)
def _cta_signs() -> frozenset[str] | None:
    """The words without which find_call_to_action finds nothing but an order at the start or
    "and share ...": "please", "us", "don't", "never", "everyone", "everybody" and the words of
    "you" (second_person.txt); None if that list has a starred prefix (then its regex decides)."""
    exact, prefixes = _first_words("second_person")
    if prefixes is not None:
        return None
    return frozenset({"please", "us", "don't", "never", "everyone", "everybody"}) | exact


def find_call_to_action(text: str, quotes: list[tuple[int, int]] | None = None,
                        words=None) -> list[Evidence]:
    """Return evidence spans showing the writer asks the reader to act or answer; [] if none.

    A call to action needs one of: an imperative from the list at the start ("Share this"),
    "please", a phrase such as "let us know", or a question that says "you".

    >>> [e[:4] for e in find_call_to_action("Do you agree?")]
    [(0, 13, 'question', 'a question to you, the reader'), (3, 6, 'reader_address', 'speaks to you')]
    >>> find_call_to_action("You can see the river from the bridge.")
    []
    """
    verbs = load_words("call_to_action")
    evidence: list[Evidence] = []
    words = word_set(text) if words is None else words
    signs = _cta_signs()
    opener = _CTA_OPENER.match(text)
    first = opener.group(1).lower() if opener else ""
    audience = _AUDIENCE.match(text) if not _AUDIENCE_WORDS.isdisjoint(words) and (
        "must" in words or "should" in words or "need" in words or "are" in words) and \
        _REPORTED.isdisjoint(words) and not (may_contain("reporting_phrases", words)
                                             and _reporting_phrase().search(text)) else None
    if audience and not (quotes and covered_by(quotes)(audience.start(1))):
        return [Evidence(audience.start(1), audience.end(2), "imperative",
                         "tells a group of readers what to do, and by when")]
    if signs is not None and signs.isdisjoint(words) and first not in verbs and \
            first not in _imperative_verbs()[0] and ("and" not in words or verbs.isdisjoint(words)):
        return []  # none of the signs below can be present (the check below, in set lookups)
    everyone = _EVERYONE.match(text) if ("everyone" in words or "everybody" in words) else None
    in_quotes = covered_by(quotes) if quotes and everyone else _nowhere
    if everyone and not in_quotes(everyone.start(1)):
        evidence.append(Evidence(everyone.start(1), everyone.end(2), "imperative",
                         "asks all the readers to do something"))
    if not (evidence or "please" in words or "us" in words or "don't" in words or "never" in words
            or first in verbs or first in _imperative_verbs()[0] or may_contain("second_person", words)
            or ("and" in words and not verbs.isdisjoint(words))):
        return []  # none of the signs below can be present
    if quotes and not everyone:
        in_quotes = covered_by(quotes)  # (built only for a sentence that passed the check above)
    if opener and not in_quotes(opener.start(1)):
        word = opener.group(1).lower()
        rest = text[opener.end(1):opener.end(1) + 2]
        if word in verbs and word not in ("please",) and not rest.startswith(":") and not (
                word == "like" and _like_compares(text, opener.end(1), verbs)):
            evidence.append(Evidence(opener.start(1), opener.end(1), "imperative", "tells you to do something"))
        elif (word in _imperative_verbs()[0] and not rest.startswith(":")
              and _orders_an_object(text, opener.end(1)) and not _reported_after_comma(text)):
            evidence.append(Evidence(opener.start(1), opener.end(1), "imperative", "tells you to do something"))
    for m in (_PLEASE.finditer(text) if "please" in words else ()):
        if not in_quotes(m.start()):
            end = m.end()
            nxt = _NEXT_WORD.match(text, end)
            if nxt:
                end = nxt.end()
            evidence.append(Evidence(m.start(), end, "imperative", "asks you to do something"))
    for m in _CTA_IMPERATIVE_AFTER_AND.finditer(text):
        if not in_quotes(m.start()):
            evidence.append(Evidence(m.start(1), m.end(2), "imperative", "tells you to do something"))
    m = _IF_YOU.match(text)
    if m and not in_quotes(m.start(1)) and m.group(1).lower() in verbs:
        evidence.append(Evidence(m.start(1), m.end(1), "imperative", "tells you to do something"))
    m = _DONT.match(text)
    if m and not in_quotes(m.start(1)) and _second_person().search(text):
        evidence.append(Evidence(m.start(1), m.end(1), "imperative", "tells you what not to do"))
    for m in _ASK_PHRASES.finditer(text):
        if not in_quotes(m.start()):
            evidence.append(Evidence(m.start(), m.end(), "imperative", "asks for your answer"))
    you = [m for m in _second_person().finditer(text) if not in_quotes(m.start())]
    stripped = text.rstrip(" \"”'’)")
    if you and stripped.endswith("?") and not in_quotes(len(stripped) - 1):
        evidence.append(Evidence(0, len(stripped), "question", "a question to you, the reader"))
    if not evidence:
        return []
    for m in you:
        evidence.append(Evidence(m.start(), m.end(), "reader_address", "speaks to you"))
    evidence.sort()
    deduped: list[Evidence] = []
    furthest: dict[str, int] = {}  # per kind, the furthest end kept (evidence is sorted by start)
    for item in evidence:
        if furthest.get(item[2], -1) > item[0]:
            continue
        deduped.append(item)
        furthest[item[2]] = max(furthest.get(item[2], -1), item[1])
    return deduped
