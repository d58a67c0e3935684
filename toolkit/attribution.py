"""Find attribution: quotation marks, reporting cues ("told reporters", "according to") and speakers.

Every find is a set of Evidence spans (start, end, kind, note) into the sentence, plus the source
it points to. Nothing here knows any name from the seed articles: speakers are found by shape
(capitalised names, role nouns like "the police chief", pronouns linked to the last speaker).

>>> att = find_attribution('"We are ready," Mayor Ana Ruiz told reporters.')
>>> att.source, att.cue
('Mayor Ana Ruiz', 'told reporters')
>>> find_attribution("The bridge opened in May.") is None
True
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

from .evidence import Evidence
from .wordlists import grouped_alternation, load_lines, load_words, may_contain, phrase_regex, word_set


@dataclass(frozen=True)
class Attribution:
    """Who a sentence's information comes from, and the words that show it (immutable).

    ``evidence`` holds Evidence with offsets within the sentence (a list given is kept as a tuple).

    >>> att = find_attribution('"We are ready," Mayor Ana Ruiz told reporters.')
    >>> att.source, att.cue, att.how, att.speaker_text
    ('Mayor Ana Ruiz', 'told reporters', 'cue', 'Mayor Ana Ruiz')
    >>> [(e.kind, e.start, e.end) for e in att.evidence]
    [('quote', 0, 15), ('speaker', 16, 30), ('cue', 31, 45)]
    """

    source: str | None
    cue: str | None
    evidence: tuple[Evidence, ...] = ()
    # cue | pronoun | carried | introduction | label | noun ("Ruiz's claim that") | view ("To Ruiz, ...")
    how: str = "cue"
    speaker_text: str | None = None  # the words in the sentence naming the speaker ("he")

    def __post_init__(self) -> None:
        evidence = tuple(self.evidence)
        if not set(map(type, evidence)) <= {Evidence}:  # (all Evidence already: kept, speed)
            evidence = tuple(e if type(e) is Evidence else Evidence(*e) for e in evidence)
        object.__setattr__(self, "evidence", evidence)


@dataclass
class SourceMemory:
    """What the article has named so far, so "he", a surname or "the wire service" can be resolved.

    Pass one memory through an article's sentences in order:

    >>> memory = SourceMemory()
    >>> find_attribution('"We are ready," Mayor Ana Ruiz told reporters.', memory).source
    'Mayor Ana Ruiz'
    >>> memory.last_person, memory.full_names["ruiz"]
    ('Mayor Ana Ruiz', 'Mayor Ana Ruiz')
    >>> att = find_attribution('"It opens in May," she said.', memory)
    >>> att.source, att.how, att.speaker_text
    ('Mayor Ana Ruiz', 'pronoun', 'she')
    """

    full_names: dict[str, str] = field(default_factory=dict)  # surname / acronym -> full name
    last_person: str | None = None
    last_outlet: str | None = None
    last_source: str | None = None
    last_mentioned: str | None = None  # a name seen in the text, not yet as a speaker
    people: list[str] = field(default_factory=list)  # recent names, newest last (for "he"/"she")
    gender: dict[str, str] = field(default_factory=dict)  # surname -> "he"/"she", from a title
    saw_question: bool = False  # a "Q:" line opened a paragraph: "A:" lines are answers
    # surname -> full name of a person named only inside another speaker's sentence ("Okafor said
    # the city talked with Luis Lima"): a later sentence that opens "Lima ..." is about Lima
    in_passing: dict[str, str] = field(default_factory=dict)

    def note_person(self, name: str, before: str = "") -> None:
        """Keep a recent name for "he"/"she", and its gender when a title shows it ("Mrs. Lee",
        "Chairwoman Ana Ruiz", "the spokesman, Phil Smith")."""
        words = (before + " " + name).replace(",", " ").split()
        key = name.split()[-1].lower() if name.split() else ""
        found = next((_GENDER_WORDS[w.lower().rstrip(".")] for w in reversed(words)
                      if w.lower().rstrip(".") in _GENDER_WORDS), None)
        if key and found:
            self.gender.setdefault(key, found)
        if name in self.people:
            self.people.remove(name)
        self.people.append(name)
        del self.people[:-6]

    def remember(self, source: str) -> None:
        """Record a source just named."""
        self.last_source = source
        self.last_mentioned = None  # a later "he" means this speaker, unless someone new is named
        core = _core_name(source)
        words = core.split()
        if _is_outlet(source):
            self.last_outlet = source
        else:
            self.last_person = source
            self.note_person(source)
        if len(words) >= 2:
            # "a report from the county library board": a later "the board" is the board
            # itself, not its report
            by = _DOCUMENT_BY.search(core)
            owner = core[by.end():] if by and _last_word(core[:by.start()]) in DOCUMENT_HEADS else source
            self.full_names.setdefault(words[-1].lower(), owner)
            initials = "".join(w[0] for w in words if w[:1].isupper())
            if len(initials) >= 2:
                self.full_names.setdefault(initials.lower(), source)

    def resolve(self, name: str) -> str:
        """Return the fullest earlier name for a surname, acronym or role ("the wire service")."""
        core = _core_name(name)
        key = core.lower()
        if key in self.full_names and len(core.split()) == 1:
            return self.full_names[key]
        words = core.split()
        if len(words) == 2 and words[0].lower().rstrip(".") in _COURTESY_TITLES and words[1][:1].isupper():
            # "Dr. Ortiz" after "Principal Dana Ortiz": the same person, when the full name ends
            # with that surname (not "the Ortiz Foundation")
            full = self.full_names.get(words[1].lower())
            if full and full.split()[-1] == words[1] and full != name:
                return full
        return name


# a title that says nothing of gender before a surname alone ("Dr. Ortiz"): the person named in
# full before (not "Mr."/"Ms.": "Mrs. Clinton" after "Bill Clinton" is someone else)
_COURTESY_TITLES = frozenset("dr prof professor".split())
_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_DOCUMENT_BY = re.compile(r"\s(?:from|by)\s+(?=\S)")
_ACRONYM = re.compile(r"[A-Z]{2,5}")
_APPOSITIVE_NAME = re.compile(r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,3}")
_OF_NAME = re.compile(r"\b(of|for|at|in)\s")
_PLURAL_END = re.compile(r"(?<![\w'’])((?:[a-z]+\s+)?[a-z]+s)\s*$")  # not after an apostrophe: "Ohio's farmers" (s13 review #10)
_QUOTE_CHARS = "\"“”"
# Two apostrophes ('') stand for a double quotation mark in some wire and archive text.
_QUOTE_RE = re.compile("''|[\"“”]")
_POSSESSIVE = re.compile(r"['’]s\b")


def _core_name(name: str) -> str:
    name = _ARTICLE.sub("", name.strip())
    return name


@lru_cache(maxsize=1)
def _outlet_roles() -> frozenset[str]:
    return frozenset(line.split("\t")[0].strip().lower() for line in load_lines("role_nouns")
                     if line.rstrip().endswith("\toutlet"))


_OUTLET_WORDS = re.compile(r"\b(" + "|".join(map(re.escape, load_lines("outlet_words"))) + r")\b")


@lru_cache(maxsize=4096)
def _is_outlet(source: str) -> bool:
    core = _core_name(source)
    if _ACRONYM.fullmatch(core):
        return True
    if _OUTLET_WORDS.search(core):
        return True
    return core.lower() in _outlet_roles()


# ---------------------------------------------------------------------------------------------
# Patterns, built from the word lists


# The words an "aux_end" / "be_end" pattern strips from the end of the text before a cue ("has
# also", "was"). Both patterns only match when the text's last word is one of them, so a cheap
# look at that word (``_strip_end``) spares the end-anchored search on most windows.
# "-ly" words are skipped as adverbs ("Ruiz quickly said"), but not nouns such as "family" ("A
# lawyer for the family said"), nor a "-ly" word right after a determiner: an adverb cannot sit
# there, so it is an adjective used as a noun ("The elderly said", "The jolly said")
_ADVERB_LY = (r"(?<!\b[Tt]he\s)(?<!\b[Aa]\s)(?<!\b[Aa]n\s)(?<!\b[Tt]his\s)(?<!\b[Tt]hat\s)"
              r"(?<!\b[Tt]hese\s)(?<!\b[Tt]hose\s)(?!(?:%s)\b)[a-z]+ly" % "|".join(sorted(load_words("ly_nouns"))))
_AUX_WORDS = (r"has|have|had|also|previously|recently|later|earlier|"
              r"once|then|again|repeatedly|often|has\s+long|never|not|still|"
              # "has since said", "both stressed", "all urged", "has always maintained",
              # "further announced", "first said"
              r"since|both|all|always|each|further|first|twice|"
              r"just|even|already|now|long|" + _ADVERB_LY + r"|will|would|"
              r"however|though|too|himself|herself|itself|themselves|"
              r"did|does|do|(?:is|are|was|were|has|have|had|did|does|do|"
              r"would|could|wo|ca)n['’]t")
_BE_WORDS = (r"is|are|was|were|be|been|['’]s|['’]re|not|also|still|now|"
             r"(?:is|are|was|were)n['’]t|" + _ADVERB_LY + r"|has|have|had")
_AUX_LAST = re.compile(_AUX_WORDS)
_BE_LAST = re.compile(_BE_WORDS)


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    verbs = sorted(load_words("reporting_verbs"), key=len, reverse=True)
    verb_alt = grouped_alternation([r"\s+".join(map(re.escape, v.split())) for v in verbs])
    roles = sorted({line.split("\t")[0].strip() for line in load_lines("role_nouns")},
                   key=len, reverse=True)
    role_alt = grouped_alternation([r"\s+".join(map(re.escape, r.split())) for r in roles],
                                   ignore_case=True)
    name_word = r"[A-Z][\w’'.&/-]*"
    connector = "(?:" + "|".join(map(re.escape, load_lines("name_connectors"))) + ")"
    return {
        "verb": re.compile(rf"(?<![\w-])(?:{verb_alt})(?![\w-])"),
        "phrase": phrase_regex("reporting_phrases"),
        # a camel-case glue left by scraping: "organizationABC" -> "ABC"
        "glued_end": re.compile(r"[a-z]([A-Z][A-Za-z]+)\s*$"),
        "name_start": re.compile(
            rf"\s*((?:the\s+|a\s+|an\s+)?(?:{name_word}\s+(?:{connector}\s+)*)*{name_word})"),
        "role_start": re.compile(
            rf"\s*((?:the|a|an|one|several|some|many)\s+(?:(?:of|for|at|in)\s+(?:the|a|an)\s+|(?!(?:the|a|an)\s)[a-z’'-]+\s+){{0,3}}(?:{role_alt})s?(?![\w’'-])"
            # the place after "of" needs capitals even though the rest ignores case ("a
            # spokesman for the bakery toured ..." is not one long role)
            rf"(?:\s+(?:of|for|at|in)\s+(?:the\s+)?(?-i:{name_word}(?:\s+{name_word})*))?)",
            re.IGNORECASE),
        "pronoun_start": re.compile(r"\s*(he|she|they)\b", re.IGNORECASE),
        # "said head librarian Ana Ruiz": a few lower-case role words, then a name
        "titled_start": re.compile(rf"\s*((?:[a-z-]+\s+){{1,3}}{name_word}(?:\s+{name_word})*)"),
        "aux_end": re.compile(rf"(?:\s+(?:{_AUX_WORDS}))+\s*$"),
        # "is saying", "has been demanding": a form of "be" before an -ing cue
        "be_end": re.compile(rf"(?:\s+(?:{_BE_WORDS}))+\s*$"),
        "recipient": re.compile(rf"\s+((?:the\s+)?(?:{name_word}(?:\s+{name_word})*|reporters|"
                                rf"the\s+[a-z]+|us|me|him|her|them))"),
    }


@lru_cache(maxsize=1)
def _role_words() -> frozenset[str]:
    """Every word that appears in a role noun entry ("wire", "service", "chief", ...)."""
    return frozenset(w for line in load_lines("role_nouns")
                     for w in line.split("\t")[0].lower().split())


BASE_FORMS = load_words("reporting_base_forms")  # data/wordlists/, with where they come from
STUDY_VERBS = load_words("study_verbs")
# Verbs that also take a plain object ("wrote the code", "added two buses", "continued the work"):
# they report only before "that", a colon, a comma, a quotation, the end of the sentence or a
# medium ("wrote in a letter", "posted on").
OBJECT_VERBS = load_words("object_verbs")
_REPORT_NEXT = re.compile(r"\s*(?:$|[,:;.!?\"“”—–(]|''|(?:%s)\b)" % "|".join(
    map(re.escape, load_lines("report_next_words") + load_lines("weekdays"))), re.IGNORECASE)
# Belief verbs report someone else's view, not the writer's own "I think".
BELIEF_VERBS = load_words("belief_verbs")
# A finding verb ("found", "shows") reports when a document or study is its subject, or a clause
# follows ("found that"); "Police found a gun" is not reporting.
DOCUMENT_HEADS = load_words("document_heads")
# "rejects the claim that ...", "rejected calls to resign" report; "rejects the bill" is an action
_REJECT_FORMS = frozenset("reject rejects rejected rejecting".split())
_REJECT_WHAT = re.compile(r"\s+(?:[\w’'.-]+\s+){0,4}?(?:%s)\b" % "|".join(
    sorted(load_words("reject_objects") | load_words("claim_nouns"), key=len, reverse=True)), re.IGNORECASE)
_AS_VERBS = frozenset("identified identifies list lists listed".split())
_OBJECT_AS = re.compile(r"\s+(?:[\w’'.-]+\s+){1,5}?as\s")
_KNOW_FORMS = frozenset("know knows knew".split())
# (s13, s12 review #3) "The team is saying goodbye to its coach", "said grace", "said thanks for
# the help": a greeting, a thanks or a prayer is an act, not a report of anything (not "thanks to
# ...": "said thanks to the grant, the pool will open" reports a cause); set lookup first
_SAY_FORMS = frozenset("say says said saying".split())
_GREETING_WORDS = frozenset("goodbye goodbyes good-bye good-byes farewell farewells hello thanks grace "
                            "prayer prayers amen".split())
_GREETING = re.compile(r"\s+(?:(?:a|an|his|her|their|its|our|my|your|one|a\s+few)\s+)?(?:(?:quick|final|last|"
                       r"fond|brief|tearful|emotional|silent|short|few)\s+)?(?:good-?\s?byes?|farewells?|"
                       r"hello|thanks(?!\s+to\b)|grace|prayers?|amen)\b(?!\s*[,:]?\s*[\"“])", re.IGNORECASE)
# (s13, s12 review #3) 'The word "never" said it all.', "Her silence says it all": "says it all"
# with a thing, not a person or group, as its subject is an idiom (a summing up), not a report
_IT_ALL = re.compile(r"\s+it\s+all\s*(?:[.,;:!?\"”)]|$)")
# "Few people know ...", "Everyone believes ...": no one in particular (data/wordlists/crowd_subjects.txt)
_CROWD_SUBJECTS = load_words("crowd_subjects")
_HEARSAY_FORMS = frozenset("say says claim claims".split())
_BARE_DETERMINERS = frozenset("the a an this that these those".split())
# A base form that is also a noun ("report", "claim", "state") after a singular "a/an/one/each" noun phrase cannot be its
# verb ("A city report found ..."), nor after a noun phrase that is a preposition's object ("in the
# wake of the Daily News report"): there the cue word is a noun
_NOUN_CUES = frozenset("report claim comment list estimate note state".split())
_SINGULAR_OPENERS = frozenset("a an one each every this that".split())
_PREPOSITION_BEFORE = re.compile(r"\b(?:of|in|with|from|on|at|by|for|about|into|after|before|to)\s+$", re.IGNORECASE)


# "Each year", "Every week", "This month" opening a speaker span (or its time word left when the
# finder dropped "This": "month officials said"): when, not who
_TIME_LEAD = re.compile(r"(?:(?:[Ee]ach|[Ee]very|[Tt]his|[Ll]ast|[Nn]ext)\s+(?:day|week|month|year|spring|summer|fall|"
                        r"autumn|winter|morning|evening|night|time)|(?:day|week|month|year|spring|summer|autumn|winter|morning|"
                        r"evening|night))"
                        r"\s+(?=[a-z])")


_RELATIVE_LEAD = re.compile(r"(?:which|whom?)\s+(?=\w)")
_LY_ADJECTIVE = re.compile(r"(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Aa]n?)\s+[a-z]+ly")
_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)\b")


def _NOUN_NOT_VERB(text: str, start: int, speaker: str) -> bool:
    words = speaker.lower().split()
    if words[0] in _SINGULAR_OPENERS and "of" not in words and "and" not in words:
        return True
    return bool(_PREPOSITION_BEFORE.search(text, max(0, start - 8), start))

_KNOW_THAT = re.compile(r"\s+that\b")
_READ_QUOTE = re.compile(r"\s*(?::|,?\s*[\"“]|,?\s*'')")
# what "laid out" reports: a plan, a case, reasons ... or "how/why/what/that" (not "laid out the paths")
_LAID_OUT_WHAT = re.compile(r"\s+(?:how|why|what|that)\b|[^.,;:!?\"“]{0,50}?\b(?:plans?|case|visions?|"
                            r"arguments?|proposals?|reasons?|ideas?|agenda|strateg(?:y|ies)|positions?|"
                            r"priorities|goals|demands|rationale)\b", re.I)
# "slammed" reports a criticism ("slammed the plan as reckless") but not an action done with a
# door, the brakes or a fist ("slammed the door on the library", "slammed on the brakes",
# "slammed into a wall", "slammed the ball home"): those are not anyone's words
_SLAM_FORMS = frozenset("slam slams slammed slamming".split())
# The thing slammed must end its noun phrase: "slammed the phone ban", "slammed the heads of the
# big banks", "slammed home the point" are criticisms (s9 review #1).
_SLAM_ACTION = re.compile(r"\s+(?:(?:shut|into|against|down|dunk)\b|(?:on\s+)?(?:(?:the|a|an|his|her|their|"
                          r"its|my|our|your|that|this)\s+)?(?:(?:doors?|gates?|brakes?|gavels?|phones?|lids?|"
                          r"windows?|fists?|hands?|balls?|cars?|trucks?|heads?|desks?|tables?)(?![\w’'-])"
                          r"(?=\s*(?:[.,;:!?)\"”]|$)|\s+(?:on|onto|into|against|shut|at|in|down|home|behind|hard|"
                          r"twice|open|closed|with|so|and|as\s+(?:he|she|they|it|I|we|you)\b)\b)|"
                          r"[\w’'-]+\s+shut\b))", re.I)
_GERUND_BEFORE = re.compile(r"\b(?:by|before|after|while|when)(?:\s+[a-z]+ly)?\s+$")
_AND_BEFORE = re.compile(r"(?:,|\band|\bbut)\s*(?:(?:also|then|later|again|has|have|had)\s+)?$")


@lru_cache(maxsize=1)
def _starters() -> frozenset[str]:
    return load_words("sentence_starters")


@lru_cache(maxsize=4096)
def _trim_name(name: str) -> tuple[str, int]:
    """Cut opening words like "As", "But" from a found name; return it and how much was cut.

    The name comes back as it stands in the text (a line break or two spaces inside it kept), so
    its offset and length place the speaker's evidence exactly.

    >>> _trim_name("But  Mayor Ana\\nRuiz")
    ('Mayor Ana\\nRuiz', 5)
    """
    cut = 0
    for word in _TAIL_WORD.finditer(name):
        if word.group(0).lower() not in _starters():
            cut = word.start()
            break
    else:
        return "", len(name)
    return name[cut:].rstrip(), cut


def quote_spans(text: str, open_at_start: bool = False) -> tuple[list[tuple[int, int]], bool]:
    """Find the spans inside quotation marks; return them and whether a quote is still open.

    >>> quote_spans('He said "yes" and "no."')
    ([(8, 13), (18, 23)], False)
    """
    if '"' not in text and "“" not in text and "”" not in text and "''" not in text:
        # no quotation mark (most sentences): the loop below would find nothing
        return ([(0, len(text))], True) if open_at_start else ([], False)
    spans: list[tuple[int, int]] = []
    start = 0 if open_at_start else None
    for match in _QUOTE_RE.finditer(text):
        i, ch = match.start(), match.group(0)
        if ch == "“" and start is not None and text[i - 1:i] in (",", ".", "?", "!") and (
                text[i + 1:i + 2].isspace() or i + 1 == len(text)):
            spans.append((start, match.end()))  # '“It is odd,“ she said': a typed close
            start = None
        elif ch == "“" or (ch in ('"', "''") and start is None) or (
                ch == "”" and start is None and not text[:i].strip()) or (  # '”Fear.' opens a quote
                start == 0 and open_at_start and ch != "”" and not text[:i].strip()
                and text[match.end():match.end() + 1].isalnum()):  # a sentence opening '"We' opens one
            if start is None:
                start = i
        else:
            if start is not None:
                spans.append((start, match.end()))
                start = None
    still_open = start is not None
    if still_open:
        spans.append((start, len(text)))
    return spans, still_open


def _nowhere(pos: int) -> bool:
    """``covered_by([])``: no position is inside."""
    return False


def covered_by(spans: list[tuple[int, int]]):
    """A test ``pos -> bool``: is ``pos`` inside one of ``spans`` (start <= pos < end)?

    Built once per sentence, then each test is a binary search, so a sentence with thousands of
    quotations stays linear.

    >>> inside = covered_by([(8, 13), (18, 23)])
    >>> inside(8), inside(13), inside(20), inside(0)
    (True, False, True, False)
    """
    if not spans:
        return _nowhere
    ordered = sorted(spans)
    starts = [s for s, _ in ordered]
    reach: list[int] = []  # the furthest end among the spans starting at or before each start
    furthest = -1
    for _, e in ordered:
        furthest = max(furthest, e)
        reach.append(furthest)

    def inside(pos: int) -> bool:
        i = bisect_right(starts, pos) - 1
        return i >= 0 and reach[i] > pos

    return inside


_NP_CHAR = re.compile(r"[\w’'.&/-]")
_NP_RUN = re.compile(r"[\w’'.&/-]+")
_NP_SPACE = re.compile(r"\s*")
_NP_STOP = frozenset(",;:.!?\"”")
_NP_WHO = re.compile(r"\s+(?:that|who|which)\b|\s*(?<!\w)[-—–]+\s")  # (a dash between spaces ends it too)
_NP_END = re.compile(r"\s*$")
_NP_MAX = 16


def _np_lookahead(text: str, p: int) -> bool:
    if p < len(text) and text[p] in _NP_STOP:
        return True
    return _NP_WHO.match(text, p) is not None or _NP_END.match(text, p) is not None


def _according(phrase: str) -> bool:
    """Whether reporting words are "according to", however the two words are spaced (a line
    break in a hard-wrapped article, two spaces, a no-break space: s9 review #8).

    >>> _according("according\\nto"), _according("According\u00a0 to"), _according("accordingly")
    (True, True, False)
    """
    return " ".join(phrase.lower().split()).startswith("according to")


def phrase_np_span(text: str, pos: int) -> tuple[int, int] | None:
    """The noun phrase after "according to" (up to the next comma, stop, "who" or the end) as
    (start, end), or None.

    It is exactly what the regular expression
    ``\\s*((?:[\\w’'.&/-]+\\s*){1,16}?)(?=[,;:.!?"”]|\\s+(?:that|who|which)\\b|\\s*(?<!\\w)[-—–]+\\s|\\s*$)`` matched at
    ``pos`` (its group 1 as (start, end)), but found in linear time: that expression backtracks
    exponentially on a long run of letters followed by no stop.

    >>> text = "The bill passed, according to the city budget office, on Monday."
    >>> start, end = phrase_np_span(text, text.index("according to") + len("according to"))
    >>> text[start:end]
    'the city budget office'
    """
    start = _NP_SPACE.match(text, pos).end()
    if not _NP_CHAR.match(text, start):
        return None
    memo: dict[tuple[int, int], int | None] = {}

    def after_token(p: int, depth: int) -> int | None:
        # one more repetition starting at p (a word character), `depth` repetitions used after it
        tok_end = _NP_RUN.match(text, p).end()
        space_end = _NP_SPACE.match(text, tok_end).end()
        found = solve(space_end, depth)
        if found is not None:
            return found
        if space_end > tok_end and _np_lookahead(text, space_end - 1):
            return space_end - 1
        dot = text.rfind(".", p + 1, tok_end)
        return dot if dot >= 0 else None

    def solve(p: int, depth: int) -> int | None:
        key = (p, depth)
        if key in memo:
            return memo[key]
        if _np_lookahead(text, p):
            result = p
        elif depth >= _NP_MAX or not _NP_CHAR.match(text, p):
            result = None
        else:
            result = after_token(p, depth + 1)
        memo[key] = result
        return result

    end = after_token(start, 1)
    return None if end is None else (start, end)


# after a name, the rest of its noun phrase: a lower-case word that opens no clause ("tally",
# "familiar with the talks"), or a possessive's noun ("Axelrod's memoir")
# (s12 review #3: never over a time word, a "himself" or "alone", or into the clause: "according to
# Ruiz yesterday the plan failed" names Ruiz)
_NAME_GOES_ON = re.compile(r"(?:['’]s)?\s+(?!(?:the|a|an|this|that|these|those|his|her|their|its|our|who|which|"
                           r"and|or|but|to|is|are|was|were|has|have|had|said|says|on|in|at|by|as|for|from|"
                           r"yesterday|today|tonight|last|next|earlier|later|recently|alone|himself|herself|"
                           r"itself|themselves|also|too|now|then|again)\b)[a-z]")
# a name that stopped at the full stop of a dotted abbreviation with the noun phrase going on
# ("according to U.S. lobbying records": not "U.S")
_CUT_AT_DOT = re.compile(r"\.\s+[a-z]")

_WHEN_WORDS = r"[A-Z][a-z]{2,5}day|week|month|year|night|morning|afternoon|evening"
_WHEN_END = re.compile(rf"\s+(?:on|last|this|late|early|earlier|later)\s+(?:{_WHEN_WORDS})\s*$",
                       re.IGNORECASE)
_WHEN_LAST = re.compile(_WHEN_WORDS, re.IGNORECASE)


def _strip_end(pattern: re.Pattern[str], last_word: re.Pattern[str], text: str) -> str:
    """``pattern.sub("", text)`` for an end-anchored ``pattern`` whose last repeated part is one
    word matched by ``last_word``, as in ``(?:\\s+(?:WORDS))+\\s*$``: such a match always ends
    with the text's last word (only white space may follow it), so when that word is not one of
    ``last_word``'s there is nothing to strip and the search is skipped (the same result).

    >>> _strip_end(re.compile(r"(?:\\s+(?:has|also))+\\s*$"), re.compile("has|also"), "Ruiz has also ")
    'Ruiz'
    >>> _strip_end(re.compile(r"(?:\\s+(?:has|also))+\\s*$"), re.compile("has|also"), "Ruiz ")
    'Ruiz '
    """
    words = text.rsplit(None, 1)
    if not words or last_word.fullmatch(words[-1]) is None:
        return text
    return pattern.sub("", text)
_BRACKET_END = re.compile(r"\s*\([^()]{1,40}\)[\s,]{0,3}$")


def _speaker_before(text: str, cue_start: int, verb: str, documents: bool = True):
    """Find the speaker that ends right before the cue: (start, end, words, kind) or None."""
    p = _patterns()
    # Only the last stretch before the cue can hold its speaker; searching just that window keeps
    # the end-anchored patterns fast on long sentences.
    window = max(0, cue_start - 160)
    left = text[window:cue_start]
    if window and left.endswith("-- ") and " -- " in left[:-3]:
        # (s12) "Ana Ruiz -- a long aside, with commas -- said": the name before the aside
        window = max(0, cue_start - 260)
        left = text[window:cue_start]
    if ")" in left[-20:] and _WHEN_END.search(left):
        left = left[:_WHEN_END.search(left).start()] + " "  # "Ana Ruiz (D-Ore.) last week said"
    # "Rep. Ana Ruiz (D-Ore.) said": a short bracket after the name is not part of it
    bracket = _BRACKET_END.search(left) if ")" in left[-5:] else None  # ")" ends its match
    if bracket:
        left = left[:bracket.start()] + " "
    found = _speaker_before_window(left, verb, p, documents)
    if found is None and left.rstrip()[-1:] in ("–", "—"):
        # (s13) "The minutes of the meeting–posted by the clerk–show that ...": an aside between
        # two dashes (spaced or not) stands between the subject and its verb
        dash = left.rstrip()[-1]
        opening = left.rfind(dash, 0, len(left.rstrip()) - 1)
        if opening > 0:
            found = _speaker_before_window(left[:opening] + " ", verb, p, documents)
    if found is None:
        return None
    s, e, words, kind = found
    if left[:s].endswith((" of ", " of the ", " for ", " for the ", " at ", " at the ")):
        # (s13) "Ana Ruiz, president of the Farmers Union, which speaks for growers, said": the
        # organisation is the object of the person's role; the person said it
        person = _APPOSITIVE_OWNER.search(left, max(0, s - 120), s)
        if person and person.group(2).lower() in _role_entries()[0]:
            return person.start(1) + window, person.end(1) + window, person.group(1), "name"
    elif kind == "role" and left[:s].endswith(", ") and left[e:].lstrip().startswith(","):
        # "Ana Ruiz, president of the Growers Union, which speaks for farmers, said": the role
        # (kept apart from its verb by a relative clause) is the name's appositive
        person = _APPOSITIVE_NAME_END.search(left, max(0, s - 60), s)
        if person and person.group(1).split()[0].lower() not in _OPENER_WORDS | _CALENDAR:
            return person.start(1) + window, person.end(1) + window, person.group(1), "name"
    return s + window, e + window, words, kind


_APPOSITIVE_NAME_END = re.compile(r"(?:^|(?<=[;:(\"“]\s)|(?<=[;:(\"“]))([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3}),\s+$")


_APPOSITIVE_OWNER = re.compile(r"(?:^|(?<=[\s,;:(\"“]))([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3}),\s+"
                               r"(?:(?:the|a|an)\s+)?(?:[a-z][\w’'-]*\s+){0,3}?([a-z]+)\s+(?:of|for|at)\s+(?:the\s+)?$")


# "... in Dayton" before ", Ohio,": a place whose state follows after a comma
_PLACE_END = re.compile(r"\b(?:in|at|from|near|of)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}$")
_STATE_SEGMENT = re.compile(r"\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?\s*")
_RELATIVE_END = re.compile(r",?\s+(?:who|which)(?:\s+(?:in|on|last|this)\s+[\w ]{1,20}?)?\s*$")
# "who asked not to be named", "who did not want to be named", "who won an Oscar for The Lake":
# a short relative clause with no comma or quotation in it, right before a verb of saying (names
# inside it are not the speaker)
_RELATIVE_CLAUSE_END = re.compile(r"\s+who\s+[a-z][\w'’-]*(?:\s+[\w'’-]+){0,9}\s*$")
# (s12) ... and kept in the speaker ("The two members who voted no") when it holds a word that is
# not an auxiliary ("a figure who can argue": "argue" is the clause's own verb, the cue), no lone
# dash, and does not stop at a determiner or preposition ("officials who are granted a say")
_CLAUSE_AUX = (r"(?:has|have|had|been|be|is|are|was|were|can|could|will|would|may|might|must|should|"
               r"shall|do|does|did|not|also|still|now|just|almost|nearly|all|often|long|never)")
_CLAUSE_KEPT = re.compile(rf"\s+who(?=(?:\s+{_CLAUSE_AUX}\b)*\s+(?!{_CLAUSE_AUX}\b)[a-z])(?:\s+(?!-+\s)[\w'’-]+)*?"
                          rf"(?<!\sa)(?<!\san)(?<!\sthe)(?<!\sof)(?<!\sto)(?<!\sin)(?<!\sfor)(?<!\swith)"
                          rf"(?<!\son)(?<!\sat)(?<!\sby)(?<!\salmost)(?<!\snearly)\s*")


def _speaker_before_window(left: str, verb: str, p, documents: bool = True):
    """The speaker at the end of ``left``; ``documents``: the sentence holds a document noun
    (when False, the document-subject search is skipped: speed)."""
    aux_end = p["aux_end"]
    left_trimmed = left
    last = left.rsplit(None, 1)
    # (s12) '"Will he run?" a staffer in the room asked': right after a quotation, any reporting
    # verb takes the noun phrase before it as its subject, as a plain verb of saying does
    quoted = " " not in verb and not verb.endswith("ing") \
        and _QUOTE_THEN_SUBJECT.search(left, max(0, len(left) - 90)) is not None
    progressive = bool(last) and verb.endswith("ing") and " " not in verb and last[-1] in _PROGRESSIVE_BE
    # Each strip below changes nothing unless the window's last word is one it strips (see
    # ``_strip_end``): look at that word once, and skip them all when none can strip it.
    if last and (_AUX_LAST.fullmatch(last[-1]) or _WHEN_LAST.fullmatch(last[-1])
                 or verb.endswith("ing") and _BE_LAST.fullmatch(last[-1])):
        left_trimmed = _strip_end(aux_end, _AUX_LAST, left)
        if verb.endswith("ing"):
            left_trimmed = _strip_end(aux_end, _AUX_LAST, _strip_end(p["be_end"], _BE_LAST, left_trimmed))
        for _ in range(2):  # "Ana Ruiz on Tuesday said", "the agency last week said"
            cut = _strip_end(aux_end, _AUX_LAST, _strip_end(_WHEN_END, _WHEN_LAST, left_trimmed))
            if cut != left_trimmed and cut.rsplit(None, 1)[-1:] and cut.rsplit(None, 1)[-1].lower() in _DONE_WHEN:
                break  # (s12) "a poll released last week found": the time is when the poll came out
            left_trimmed = cut
    relative = (_RELATIVE_END.search(left_trimmed)
                if "who" in left_trimmed or "which" in left_trimmed else None)
    if relative:
        # "McConnell, who in 2010 said ...", "the department, which reported ...": the speaker is
        # the noun the relative clause hangs on
        return _speaker_before_window(left_trimmed[:relative.start()] + " ", verb, p, documents)
    clause = (_RELATIVE_CLAUSE_END.search(left_trimmed)
              if "who" in left_trimmed and (_is_speech_verb(verb) or verb.endswith("s") and " " not in verb)
              else None)
    if clause:
        # "A city official who asked not to be named said ...": a short relative clause (no
        # comma) between the subject and its verb of saying; the speaker is the noun before "who"
        found = _speaker_before_window(left_trimmed[:clause.start()] + " ", verb, p, documents)
        if found is not None and found[3] == "role" and not left_trimmed[found[1]:clause.start()].strip() \
                and _CLAUSE_KEPT.fullmatch(left_trimmed, clause.start()):
            # (s12, s11 walk #19) "The two members who voted no said": the clause is what makes
            # a role a source a reader can place; kept with it (a name stands on its own)
            end = len(left_trimmed.rstrip())
            return found[0], end, left_trimmed[found[0]:end], "role"
        if found is not None:
            return found
    for attempt in range(3):
        stripped = left_trimmed.rstrip()
        if stripped.endswith(",") and attempt < 2:
            inner = stripped[:-1]
            cut = inner.rfind(",")
            segment = inner[cut + 1:].strip() if cut >= 0 else ""
            if segment and _APPOSITIVE_NAME.fullmatch(segment):
                start = inner.rfind(segment)
                return start, start + len(segment), segment, "name"
        if stripped.endswith((",", "—", "–", " --")) and attempt < 2:
            if attempt == 0 and verb.endswith("ing") and left.rstrip().endswith(","):
                return None  # "Ruiz toured the plant, saying ...": the sentence's subject says it
            # skip back over an inserted clause: "Ruiz, a research fellow ..., says"
            if stripped.endswith("--"):  # (s12) "Kall -- co-editor of a book -- said"
                cut = stripped.rfind(" --", 0, len(stripped) - 2)
            else:
                cut = max(stripped.rfind(",", 0, len(stripped) - 1), stripped.rfind("—", 0, len(stripped) - 1))
            if cut <= 0:
                return None
            left_trimmed = stripped[:cut]
            if left_trimmed.endswith(")") and _BRACKET_END.search(left_trimmed):
                # (s12) '"...," Rep. Ana Ruiz (D-Ohio), a member of the panel, said': the bracket
                # after the name, as when the cue follows it
                left_trimmed = left_trimmed[:_BRACKET_END.search(left_trimmed).start()]
            if _PLACE_END.search(left_trimmed, max(0, cut - 60)) and _STATE_SEGMENT.fullmatch(stripped[cut + 1:-1]):
                # "Ruiz, at a town hall in Dayton, Ohio, said": the state belongs to the place
                cut = left_trimmed.rfind(",")
                if cut <= 0:
                    return None
                left_trimmed = left_trimmed[:cut]
            continue
        # Only the end of the text can hold the speaker: search a short tail (faster).
        base = max(0, len(stripped) - 120)
        tail = stripped[base:]
        # the tail's words, split once and shared by the searches below (str.split's white space
        # is the regex's \s, so they are the words each of them split off before: speed)
        tail_words = tail.split()
        if documents and (_is_speech_verb(verb) or verb in STUDY_VERBS) and verb not in _NOUN_LIKE:
            found = _document_subject(tail)
            if found:
                return base + found[0], base + found[1], found[2], "role"
        last = tail_words[-1].lower() if tail_words else ""
        if last in _PRONOUNS:
            start = len(tail) - len(last)
            return base + start, base + len(tail), tail[start:], "pronoun"
        contracted = _CONTRACTION.fullmatch(last)
        if contracted and contracted.group(1) in _PRONOUNS:
            # "He’s claiming", "they’re saying": the pronoun without its verb
            start = len(tail) - len(last)
            return base + start, base + start + len(contracted.group(1)), tail[start:start + len(contracted.group(1))], "pronoun"
        if (_is_speech_verb(verb) or quoted) and verb not in _NOUN_LIKE:
            found = _role_subject(tail, tail_words)  # "a source close to the board": before "the board"
            if found:
                before_role = tail[:found[0]].rstrip()
                if attempt > 0 and before_role.endswith(","):
                    # "Ana Ruiz, president of the union, which represents teachers, said": a
                    # relative clause skipped, the name the role describes (as for a role below)
                    segment = before_role[before_role.rfind(",", 0, len(before_role) - 1) + 1:-1].strip()
                    name, cut = _trim_name(segment) if segment and _APPOSITIVE_NAME.fullmatch(segment) else ("", 0)
                    if name and name.lower() not in _CALENDAR:  # ("But Ana Ruiz": "But" is not in the name)
                        start = base + before_role.rfind(segment) + cut
                        return start, start + len(name), name, "name"
                return base + found[0], base + found[1], found[2], "role"
        share_tried = False  # _share_subject(tail) already gave None (it is not asked twice)
        if (_is_speech_verb(verb) or verb == "saying") and verb not in _NOUN_LIKE and _share_hint(tail):
            # "Two-thirds of the riders said", "Nine in 10 city voters say": the share, not the
            # role or name at its end ("of the riders", "10 city voters")
            found = _share_subject(tail)
            share_tried = True
            if found:
                return base + found[0], base + found[1], found[2], "role"
        m = _role_at_end(tail, tail_words)
        role = None
        if m:
            role_text = m.strip()
            # drop leading words that are not part of the role phrase (the rest kept as it
            # stands in the text, line breaks included, so the span is exact)
            for word in _TAIL_WORD.finditer(role_text):
                low = word.group(0).lower()
                if low not in _starters() or low in ("the", "a", "an", "his", "her", "their", "its", "our", "my",
                                                     "this", "these", "those"):
                    role_text = role_text[word.start():]
                    break
            else:
                role_text = ""
            if role_text:
                start = stripped.rfind(role_text)
                role = (start, start + len(role_text), role_text, "role")
        m = _name_at_end(tail, tail_words)
        if m:
            name, offset = _trim_name(m[2])
            if name and (name.lower() in _CALENDAR or name.endswith(("'s", "’s"))):
                name = ""  # "in late August found", "the mayor's tweets": not a speaker
            if name and name.lower() not in _starters():
                start = base + m[0] + offset
                found = (start, start + len(name), name, "name")
                if role and role[0] <= found[0] and role[1] >= found[1]:
                    return role  # "Experts", "Officials": the role covers the name found
                if role and role[0] < found[0] and _OF_NAME.search(role[2]) is None:
                    # "the police chief Ana Ruiz" -> keep the name with its role
                    return role[0], found[1], stripped[role[0]:found[1]], "name"
                if role and role[0] < found[0]:
                    return role
                if start > 0 and stripped[start - 4:start].lower() == "the ":
                    return start - 4, found[1], stripped[start - 4:found[1]], "name"
                return found
        if role:
            # "Phil Smith, a spokesman for the union, said": the name the role describes (only
            # when the role was set off by commas: "On Monday, the city council said" is the council)
            before_role = stripped[:role[0]].rstrip()
            if before_role.endswith(",") and attempt > 0:
                cut = max(before_role.rfind(",", 0, len(before_role) - 1), before_role.rfind("—"), -1)
                segment = before_role[cut + 1:-1].strip()
                if segment and _APPOSITIVE_NAME.fullmatch(segment) and \
                        segment.split()[0].lower() not in _OPENER_WORDS | _CALENDAR:  # (s13) not "On Monday"
                    start = before_role.rfind(segment)
                    return start, start + len(segment), segment, "name"
            return role
        m = p["glued_end"].search(tail)
        if m:
            return base + m.start(1), base + m.end(1), m.group(1), "name"
        if verb in BASE_FORMS or verb.split()[0] in BASE_FORMS:
            plural = _PLURAL_END.search(tail)
            if plural and plural.group(1).split()[-1] not in ("us", "is", "was", "has", "this", "its"):
                opener = _PLURAL_OPENER.search(tail, max(0, plural.start(1) - 7), plural.start(1))
                at = opener.start() if opener else plural.start(1)  # (s12) "These new figures show"
                return base + at, base + plural.end(1), tail[at:plural.end(1)], "role"
        if (_is_speech_verb(verb) or progressive or quoted) and verb not in OBJECT_VERBS:
            # "The bank said", "One slide says": a short noun phrase that opens the sentence or a
            # clause is the subject of a verb of saying (s12: "The attorney general is saying")
            np = _SUBJECT_NP.search(tail)
            if np and _plain_subject(np.group(1)):
                return base + np.start(1), base + np.end(1), np.group(1), "role"
        if (_is_speech_verb(verb) or verb == "saying") and verb not in _NOUN_LIKE and not share_tried:
            found = _share_subject(tail)
            if found:
                return base + found[0], base + found[1], found[2], "role"
        if documents and (_is_speech_verb(verb) or verb in STUDY_VERBS) and verb not in _NOUN_LIKE:
            bare = _BARE_DOC_END.search(tail)
            if bare and not _NOT_IN_SUBJECT.intersection(bare.group(2).lower().split()):
                # "Exit polling showed that ...", "But recent polls show ...": a document noun with
                # no determiner opens the clause (the last thing tried)
                return base + bare.start(2), base + bare.end(2), bare.group(2), "role"
        return None
    return None


_CONTRACTION = re.compile(r"([a-z]+)['’](?:s|re|ve|d|ll)")
_CALENDAR = frozenset("""january february march april may june july august september october november
december monday tuesday wednesday thursday friday saturday sunday""".split())
_SUBJECT_NP = re.compile(r"(?:^|[,;:][”\"]?\s*|[!?](?:[”\"]|'')\s*|\b(?:and|but|that|because|while)\s+|^\s*(?:And|But|Yet|So)\s+)((?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|"
                         r"[Tt]hese|[Tt]hose|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ne|[Ss]everal|[Ss]ome|[Mm]any|"
                         r"[Bb]oth|[Ee]ach|[Aa]nother|[Mm]ost|"
                         # (s13) a possessive name as the determiner: "Ohio's tax commissioner says"
                         r"(?!(?:But|And|Yet|So|Or|Then|Now)\s)[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,2}['’]s)\s+(?:[\w’'-]+\s+){0,3}[a-z][\w’'-]*)\s*$")
# heads that are not a speaker even before "said" ("the same day said" does not occur, but "this
# week said" might): times and quantities
_NOT_SUBJECT_HEADS = frozenset("""day days week weeks month months year years time times morning
night evening afternoon way thing things same other others""".split())
_NOT_IN_SUBJECT = frozenset("""is are was were be been has have had do does did will would can could
may might in of on at to for by with from as""".split())


def _plain_subject(np: str) -> bool:
    """A noun phrase with no verb or preposition inside ("the truck story", not "the decline is
    forcing" or "those electors in"), whose head is not a time or quantity word."""
    words = np.lower().split()
    if words[-1] in _NOT_SUBJECT_HEADS or words[-1] in _NP_OPENERS or words[-1] in ("and", "but", "or"):
        # a time word, or a determiner left at the end ("The coach read the"); (s12) a joining
        # word: "spotted her aide and reported" shares its subject with "spotted"
        return False
    if len(words) == 2 and words[0] == "the" and words[1].endswith("ed"):
        return True  # an adjective used as a noun: "The accused said", "The injured told police"
    # (a hyphenated "-ed" word is an adjective: "the self-described moderate", "a well-known donor")
    return not any(w in _NOT_IN_SUBJECT or w.endswith(("ed", "ing")) and "-" not in w and w not in DOCUMENT_HEADS
                   for w in words[1:])  # ("Exit polling showed": "polling" is a document noun)


# A share of the people asked is the subject of "say": "Almost half of respondents said",
# "42% say", "three in 10 saying", "most of them said". A bare "some say" or "many think" names no
# group a reader could check, so "most", "many", "some" and the like count only with "of ...".
_SHARE = (r"(?:(?:almost|nearly|about|just|roughly|only|around|more\s+than|fewer\s+than|less\s+than|"
          r"just\s+(?:shy|short)\s+of|at\s+least|over|under|some)\s+)?"
          r"(?:\d[\d.,]*\s*(?:%|percent|per\s+cent)?|(?:\d+|one|two|three|four|five|six|seven|eight|nine)"
          r"\s+(?:in|out\s+of)\s+(?:\d+|ten|five|four|three)(?:\s+(?!of\b)[\w’'-]+){0,4}|half|a\s+third|a\s+quarter|two-thirds|"
          r"three-quarters|a\s+(?:slim\s+|narrow\s+|clear\s+|large\s+|small\s+)?(?:majority|plurality|minority))"
          r"(?:\s+of\s+(?:[\w’'-]+\s*){1,4})?"
          r"|(?:most|many|some|few|all|none|both|each|several|one|neither|either)\s+of\s+(?:[\w’'-]+\s*){1,4}"
          # "those surveyed said", "those polled in May say": the people a poll asked
          r"|those\s+(?:surveyed|polled|asked|interviewed|questioned)(?:\s+(?:in|on|by|last|this)\s+[\w’'-]+)?")
# words a share of people needs ("of" for "most of", a digit for "42%" or "six in 10"): a cheap
# test on the end of the text before the cue, before the share pattern is tried
_SHARE_HINTS = (" of ", "half", "third", "quarter", "majorit", "pluralit", "minorit", "those")
_DIGIT = re.compile(r"\d")


# one search for any of _SHARE_HINTS or a digit (the same answer as a test for each: speed)
_SHARE_HINT = re.compile("|".join(map(re.escape, _SHARE_HINTS)) + r"|\d")


def _share_hint(tail: str) -> bool:
    """Whether the end of ``tail`` holds one of ``_SHARE_HINTS`` or a digit (in lower case).

    >>> _share_hint("Two-thirds of the riders"), _share_hint("Nine in 10 voters"), _share_hint("The mayor")
    (True, True, False)
    """
    return _SHARE_HINT.search(tail[-90:].lower()) is not None


_SHARE_NP = re.compile(r"(?:^|[,;:]\s*|\b(?:and|but|that|while|with|as)\s+)(" + _SHARE + r")\s*$",
                       re.IGNORECASE)
# A document with what tells it apart after its head is the subject of "found", "showed", "said":
# "A poll released in August found", "The poll by the Public Policy Institute showed",
# "A court document filed Thursday says", "a new poll from USA TODAY/Suffolk University found".
# Cue forms that are also plural nouns ("11 states hold contests", "data from credit reports"):
# the two subject patterns below are not tried for them.
_DONE_WHEN = frozenset("released conducted published issued filed taken done commissioned compiled carried "
                       "completed posted made unveiled".split())
_QUOTE_THEN_SUBJECT = re.compile(r"(?:[”\"]|'')\s+(?:[Tt]he|[Aa]n?|[Oo]ne|[Tt]his|[Tt]hat|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|"
                                 r"[Ss]ome|[Aa]nother|[A-Z][\w’'.-]*)\s+(?:[\w’'.-]+\s+){0,7}$")
_PROGRESSIVE_BE = frozenset("is are was were".split())
_PLURAL_OPENER = re.compile(r"(?<![\w’'-])(?:[Tt]hese|[Tt]hose)\s+$")
_NOUN_LIKE = frozenset("states reports notes claims calls comments estimates figures tests".split())
_DOC_AFTER = ("by from of out conducted released published commissioned issued filed taken done being "
              "carried compiled for in on last this earlier".split())
_NOT_IN_DOC_NP = frozenset("that which who whom is are was were has have had will would can could "
                           "said says and but or".split())
# after the head, "and" may join two places or topics ("Experts on North Korea and nuclear arms
# said", "polls in Ohio and Texas show"): the other words still end the noun phrase
_NOT_AFTER_HEAD = _NOT_IN_DOC_NP - {"and"}


def _share_subject(tail: str):
    """(start, end, words) of a share of people ("42% of voters") that ends ``tail``, else None."""
    m = _SHARE_NP.search(tail)
    if m:
        words = m.group(1).rstrip()
        if words.split()[-1].lower() not in _NOT_SUBJECT_HEADS:
            return m.start(1), m.start(1) + len(words), words
    return None


# What may follow a role noun inside its noun phrase: "a spokesman for the buyer", "a source close
# to him", "people briefed on the talks", "several supporters of reform"
_ROLE_AFTER = frozenset("of for to at in with from on inside within among close familiar briefed "
                        "knowledgeable involved".split())


def _role_subject(tail: str, split=None):
    """(start, end, words) of a role noun with what tells it apart after it ("a spokesman for the
    buyer", "another source familiar with the talks") that ends ``tail``, else None (``split``:
    ``tail.split()``, when the caller has it)."""
    singles, _ = _role_entries()
    if not (_may_hold_role(tail, singles) if split is None else _may_hold_role(tail, singles, split)):
        return None  # no role noun where the walk below looks (the same answer: speed)
    words = list(_TAIL_WORD.finditer(tail))
    for i in range(len(words) - 2, max(-1, len(words) - 11), -1):
        head = words[i].group(0)
        low = head.lower()
        if low not in singles and not (low[-1:] == "s" and low[:-1] in singles) or low in _NOT_SUBJECT_HEADS:
            continue  # "a spokesman for ...", "nurses at the clinic ..." (a plural role noun too)
        after = [w.group(0) for w in words[i + 1:]]
        if after[0].lower() not in _ROLE_AFTER or after[-1].lower() in _NP_OPENERS or any(
                w.lower() in _NOT_AFTER_HEAD or not _PLAIN_TOKEN.fullmatch(w) for w in after) or (
                "and" in after and (after[-1].lower() == "and" or _role_after_and(after, singles))) or any(
                w.endswith("ed") for w in after[1:]):
            continue  # "The coach of the team read the": a verb, not a noun phrase
        start = _np_start(tail, words[i].start())
        if start is None:
            return None
        phrase = tail[start:].rstrip()
        return start, start + len(phrase), phrase
    return None


_PLAIN_TOKEN = re.compile(r"[\w’'.&/-]+")


def _role_after_and(after: list[str], singles: frozenset[str]) -> bool:
    """A role noun after "and" ("a man at the scene and officials"): two subjects, not one."""
    rest = after[after.index("and") + 1:]
    return any(w.lower() in singles or w.lower()[:-1] in singles for w in rest)


def _may_hold_role(tail: str, singles: frozenset[str], split=None) -> bool:
    """False only when none of the words ``_role_subject`` walks back over (the second-last to the
    tenth-last) is a role noun, or its plural, that can head a subject: one set test
    (``_role_heads`` of ``singles``) on the lower-cased words (lower-casing makes or removes no
    white space, so the words are the same). ``split``: ``tail.split()`` when the caller has it
    (the same words as ``_TAIL_WORD``'s: str.split's white space is the regex's)."""
    if split is None:
        words = _TAIL_WORD.findall(tail.lower())
        return not _role_heads(singles).isdisjoint(words[max(0, len(words) - 10):len(words) - 1])
    return not _role_heads(singles).isdisjoint([w.lower() for w in split[max(0, len(split) - 10):len(split) - 1]])


@lru_cache(maxsize=2)
def _role_heads(singles: frozenset[str]) -> frozenset[str]:
    """The words that pass ``_role_subject``'s test for a head: a role noun of ``singles`` or one
    with an "s" added, and not in ``_NOT_SUBJECT_HEADS``.

    >>> sorted(_role_heads(frozenset({"nurse", "day"})))
    ['nurse', 'nurses']
    """
    return frozenset(singles | {w + "s" for w in singles}) - _NOT_SUBJECT_HEADS


def _document_subject(tail: str):
    """(start, end, words) of a document noun phrase with a modifier after its head ("a poll
    released in August", "the study by the state") that ends ``tail``, else None."""
    low = tail.lower()
    if not _DOC_HEAD.search(low):
        return None
    # a document head, then only plain modifier words up to the cue
    for m in _DOC_HEAD.finditer(low):
        after = low[m.end():].split()
        if after and after[0] == "that" and 2 <= len(after) <= 9 and all(_PLAIN_TOKEN.fullmatch(w) for w in after) \
                and after[1] not in _NOT_IN_DOC_NP and after[-1] not in _NOT_AFTER_HEAD:
            # (s12) "A 2014 study that appeared in a medical journal found": a short relative
            # clause (no comma) after the document head
            start = _np_start(tail, m.start())
            if start is not None:
                words = tail[start:].rstrip()
                return start, start + len(words), words
            continue
        if not after or after[0] not in _DOC_AFTER:
            continue
        if m.group(0) in ("slide", "slides") and after[0] == "in" and not _SLIDE_IN_TALK.match(" ".join(after[1:])):
            continue  # "The slide in the stock market showed": a fall, not a page of a talk (s11 review #22)
        if any(w in _NOT_AFTER_HEAD or w.strip("”\"“(),;:") != w for w in after) or len(after) > 11 or \
                after[-1] == "and":
            continue
        start = _np_start(tail, m.start())
        if start is None:
            continue
        words = tail[start:].rstrip()
        return start, start + len(words), words
    return None


_BARE_DOC_END = re.compile(r"(?:^|[,;:]\s*|\b(?:and|but|because|while)\s+)((?:but|and|yet|so)\s+)?((?:[A-Za-z][\w’'-]*\s+){0,2}(?:"
                           + "|".join(sorted(map(re.escape, DOCUMENT_HEADS), key=len, reverse=True))
                           + r"))\s*$", re.IGNORECASE)
_DOC_HEAD = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, DOCUMENT_HEADS), key=len, reverse=True))
                       + r")\b")
_NP_OPENERS = frozenset("the a an one this that another its his her their".split())
# "the slide in the presentation": "slide" is a page of a talk only when what it is in is a talk
# ("The slide in prices", "the slide in the stock market" are a fall)
_SLIDE_FALL = re.compile(r"\bslides?\s+in\s+(?!(?:the|a|an|his|her|their|its|this|that)\s+(?:[\w’'-]+\s+)?"
                         r"(?:presentation|talk|deck|lecture|briefing|speech|report|study|memo)\b)", re.I)
_SLIDE_IN_TALK = re.compile(r"(?:the|a|an|his|her|their|its|this|that)\s+(?:[\w’'-]+\s+)?"
                            r"(?:presentation|talk|deck|lecture|briefing|speech|report|study|memo)\b")


def _np_start(tail: str, head: int) -> int | None:
    """Where the noun phrase whose head starts at ``head`` begins: back over up to five words to a
    determiner or the start of a clause; None when a verb-like word comes first."""
    words = list(re.finditer(r"[\w.&/’'-]+", tail[:head]))
    start = head
    for i in range(len(words) - 1, max(-1, len(words) - 7), -1):
        w = words[i]
        gap = tail[w.end():start]
        if gap.strip():  # punctuation between: the phrase starts after it
            return start
        word = w.group(0).lower()
        if word in _IN_PHRASE:
            return None  # "the devil in the data ... showed": the document is not the subject
        if word in _NOT_IN_DOC_NP or word in ("as", "because", "while", "when", "if"):
            return start
        start = w.start()
        if word in _NP_OPENERS:
            before = words[i - 1].group(0).lower() if i > 0 and not tail[words[i - 1].end():start].strip() else ""
            return None if before in _IN_PHRASE else start
    return start


_IN_PHRASE = frozenset("in of on at for by from with to about into over under among".split())


_SPEECH_STEMS = {"said": "say", "told": "tell", "wrote": "write", "found": "find", "showed": "show",
                 "shown": "show", "thought": "think", "knew": "know"}


@lru_cache(maxsize=4096)
def _is_speech_verb(verb: str) -> bool:
    """A plain verb of saying or finding ("said", "notes", "warned"), from the base forms list."""
    if " " in verb or verb.endswith("ing"):
        return False
    if verb in _SPEECH_STEMS:
        return True
    return any(stem in BASE_FORMS for stem in (verb, verb[:-1], verb[:-2], verb[:-3] + "y" if verb.endswith("ies") else "",
                                                verb[:-2] + "y" if verb.endswith("ied") else ""))


_TAIL_WORD = re.compile(r"\S+")
# Words a name read back from the end of a clause may hold between capitalised words: the name
# particles, and "on", "a" and "to" ("Council on ...", "Secretary to the President"); the name
# pattern uses only the particles.
_CONNECTORS = load_words("name_connectors") | load_words("name_extra_connectors")
_NAME_CHARS = re.compile(r"[A-Z][\w’'.&/-]*")


def _name_at_end(tail: str, split=None):
    """The run of capitalised words (with inner "of", "the" ...) that ends the text: (start, end, words).

    Walks back word by word, which is much faster than an end-anchored regular expression.
    ``split``: ``tail.split()`` when the caller has it (the walk stops at the same word).

    >>> _name_at_end("said by Dayton Police Chief Ana Ruiz")
    (8, 36, 'Dayton Police Chief Ana Ruiz')
    """
    if not tail or tail[-1].isspace():
        tail = tail.rstrip()
    # The words from the end (str.split's white space is the regex's \s), only as many as the
    # walk may need: a few first, all of them when the walk reaches past those.
    if split is not None:
        words = split
    else:
        words = tail.rsplit(None, 8)
        if len(words) == 9 and all(_NAME_CHARS.fullmatch(w) or w in _CONNECTORS for w in words[1:]):
            words = tail.split()
    taken = 0  # how many words from the end the name takes (connectors inside it included)
    for i in range(len(words) - 1, -1, -1):
        word = words[i]
        if _NAME_CHARS.fullmatch(word):
            taken = len(words) - i
        elif word in _CONNECTORS and taken:
            continue
        else:
            break
    if not taken:
        return None
    head = tail.rsplit(None, taken)
    if len(head) > taken:  # words before the name: it starts at the first word after them
        first = len(tail) - len(tail[len(head[0]):].lstrip())
    else:
        first = len(tail) - len(tail.lstrip())
    # drop connectors left at the front ("of Ana Ruiz" -> "Ana Ruiz")
    name = tail[first:]
    while name.split(" ", 1)[0] in _CONNECTORS and " " in name:
        cut = name.index(" ") + 1
        first += cut
        name = name[cut:]
    return first, len(tail), name


_PRONOUNS = load_words("speaker_pronouns")
_PLAIN_WORD = re.compile(r"[A-Za-z]+(?:['’]s)?|\d[\d,.]*")  # "the", "senior", "19" (in "19 percent")
_PLACE_LINKS = load_words("place_links")


@lru_cache(maxsize=1)
def _role_entries() -> tuple[frozenset[str], frozenset[tuple[str, str]]]:
    singles, pairs = set(), set()
    for line in load_lines("role_nouns"):
        words = line.split("\t")[0].strip().lower().split()
        if len(words) == 1:
            singles.add(words[0])
        elif len(words) == 2:
            pairs.add((words[0], words[1]))
    return frozenset(singles), frozenset(pairs)


_NOT_IN_ROLE = frozenset("is are was were be been being has have had 's".split())


def _role_at_end(tail: str, split=None) -> str | None:
    """A role phrase ending the text ("the police chief", "a senior official", "the police chief
    of Dayton"), found by walking back word by word; None when the text does not end in one.

    >>> _role_at_end("Similarly, the police chief of Dayton")
    'the police chief of Dayton'
    >>> _role_at_end("the bridge") is None
    True
    """
    singles, pairs = _role_entries()
    words = tail.split() if split is None else split  # (``split``: tail.split(), from the caller)
    if not words:
        return None
    end = len(words)
    # "... chief of (the) Dayton City": step back over a capitalised place and its link word
    j = end
    while j > 0 and _NAME_CHARS.fullmatch(words[j - 1]):
        j -= 1
    if j < end and j >= 2 and words[j - 1].lower() == "the":
        j -= 1
    if j < end and j >= 2 and words[j - 1].lower() in _PLACE_LINKS:
        role_end = j - 1
    else:
        role_end = end
    if role_end <= 0:
        return None
    noun = words[role_end - 1].lower()
    if role_end >= 2 and (words[role_end - 2].lower(), noun) in pairs:
        role_start = role_end - 2
    elif noun in singles:
        role_start = role_end - 1
    else:
        return None
    # up to three plain words before the role noun ("the", "senior", "police")
    # (not over a form of "be" or "have": "He is a critic who said" -> "a critic", not "is a critic")
    k = role_start
    while k > 0 and role_start - k < 3 and _PLAIN_WORD.fullmatch(words[k - 1]) and \
            words[k - 1].lower() not in _NOT_IN_ROLE:
        k -= 1
    if len(words) - k <= 1 or not _SPACE_RUN.search(tail):
        return " ".join(words[k:end])
    # the phrase as it stands in the text (a line break or two spaces inside it kept)
    spans = list(_TAIL_WORD.finditer(tail))
    return tail[spans[k].start():spans[end - 1].end()]


_SPACE_RUN = re.compile(r"\s\s|[^\S ]")  # two white-space characters, or one that is not a space


def _drop_final_stop(words: str) -> str:
    """ "Jo Park." -> "Jo Park" (a sentence's full stop is not part of a name; "J." keeps it)."""
    if words.endswith(".") and len(words.split()[-1]) > 2:
        return words[:-1]
    return words


# (the look-behind after the first capital, not before it: the same matches, found by jumping
# from capital to capital)
_MENTION = re.compile(r"([A-Z](?<![\w.][A-Z])[a-z]+(?:\s+[A-Z][a-z]*[A-Z]?[a-z]+){1,3})\b")  # (s13: "Ana McCall")


_OPENING_PHRASE = re.compile(r"[^,\"“”]{2,40},\s+")  # "On Sunday, ", "In the second set, "
_SUBJECT_SURNAME = re.compile(r"\s*(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen)\.?\s+)?([A-Z][a-z]+)(?:['’]s)?\b")


def _known_person(surname: str, memory: SourceMemory) -> str | None:
    """The full name of a person named before (as a speaker or a mention) with this surname."""
    if surname in memory.full_names:
        return memory.full_names[surname]
    return next((name for name in reversed(memory.people) if _full_name_surname(name) == surname),
                None) or memory.in_passing.get(surname)


def remember_passing_names(text: str, source: str | None, memory: SourceMemory) -> None:
    """Note the full names an attributed sentence mentions besides its speaker, for the subject
    rule of ``remember_mentions`` only (s13 walkthrough #11): after "Okafor said the city talked
    with Luis Lima.", "Lima was not happy. 'It hurts,' he said." gives "he" to Lima, not Okafor.

    >>> memory = SourceMemory()
    >>> find_attribution("Okafor said the city had talked with Luis Lima.", memory).source
    'Okafor'
    >>> remember_passing_names("Okafor said the city had talked with Luis Lima.", "Okafor", memory)
    >>> remember_mentions("Lima was not happy with the plan.", memory)
    >>> memory.last_mentioned
    'Luis Lima'
    """
    if text.count(" ") < 3 or not _CAPITAL_PAIR.search(text):
        return
    for m in _MENTION.finditer(text):
        words = m.group(1).split()
        while words and words[0].lower() in _starters():
            words.pop(0)
        name = " ".join(words)
        surname = _full_name_surname(name) if len(words) >= 2 else None
        if surname and not (source and surname in source.lower().split()):
            memory.in_passing.setdefault(surname, name)


_CAPITAL_PAIR = re.compile(r"[A-Z][a-z]+\s+[A-Z][a-z]")  # two capitalised words in a row: a cheap gate


@lru_cache(maxsize=4096)
def _full_name_surname(name: str) -> str | None:
    """The lower-case surname of a full name of two or three capitalised words ("Ana Ruiz" ->
    "ruiz"), not opening with a sentence starter or an -ly word; None for anything else.

    >>> _full_name_surname("Ana Ruiz"), _full_name_surname("Ruiz"), _full_name_surname("Finally Ana Ruiz")
    ('ruiz', None, None)
    """
    words = name.split()
    if 2 <= len(words) <= 3 and all(w[:1].isupper() for w in words) \
            and words[0].lower() not in _starters() and not words[0].endswith("ly"):
        return words[-1].lower()
    return None


def remember_mentions(text: str, memory: SourceMemory) -> None:
    """Note a person-like name mentioned in a sentence, so a later "she said" can point to it:
    a full name ("Ana Ruiz"), or a sentence that opens with the surname of a person named before
    ("Ruiz took offense ...").

    >>> memory = SourceMemory()
    >>> remember_mentions("Ana Ruiz visited the school on Monday.", memory)
    >>> memory.last_mentioned
    'Ana Ruiz'
    >>> find_attribution("She said the roof will be fixed.", memory).source
    'Ana Ruiz'
    """
    # the subject first: a sentence that opens (after a short opening phrase and its comma) with
    # the surname of a person named before is about that person, whoever else it names later
    # ("Lee beat Tom Park in four sets. 'I was tired,' he said.": he is Lee)
    opener = _OPENING_PHRASE.match(text)
    for at in (0, opener.end()) if opener else (0,):
        m = _SUBJECT_SURNAME.match(text, at)
        known = _known_person(m.group(1).lower(), memory) if m else None
        if known:
            memory.last_mentioned = known
            memory.note_person(known, text[at:m.start(1)])
            return
    for m in _MENTION.finditer(text):
        words = m.group(1).split()
        while words and words[0].lower() in _starters():
            words.pop(0)
        if len(words) >= 2:
            memory.last_mentioned = " ".join(words)
            memory.note_person(memory.last_mentioned, text[max(0, m.start() - 30):m.start()])
            return


_CAPITAL_WORD = re.compile(r"(?<![\w.])[A-Z][a-z]+\b")


_TITLE_ABBREVIATIONS = frozenset("sen rep gov gen lt col sgt capt cmdr adm mr mrs ms dr atty supt rev prof "
                                 "pres sec amb".split())


def _person_before(prefix: str, memory: SourceMemory, pronoun: str) -> str | None:
    """The nearest person named in ``prefix`` (the sentence before "he"/"she") that the pronoun
    can point to: a full name, or the surname of a person named before; None when there is none."""
    if len(prefix) < 8:
        return None
    # (s13) "Democratic Sen. Ana Ruiz (D-Mo.) scolded him: ..., she said": a title cut at its
    # abbreviation point ("Democratic Sen") names no one
    found = [(m.start(), m.group(1)) for m in _MENTION.finditer(prefix)
             if not (prefix[m.end():m.end() + 1] == "." and m.group(1).rsplit(None, 1)[-1].lower() in _TITLE_ABBREVIATIONS)]
    found += [(m.start(), memory.full_names[m.group(0).lower()]) for m in _CAPITAL_WORD.finditer(prefix)
              if m.group(0).lower() in memory.full_names]
    for start, name in sorted(found, reverse=True):
        words = name.split()
        while words and words[0].lower() in _starters():
            words.pop(0)
        name = " ".join(words)
        if not words or not _person_like(name):
            continue
        memory.note_person(name, prefix[max(0, start - 30):start])  # a title here may show gender
        if memory.gender.get(words[-1].lower(), pronoun) == pronoun:
            return name
    return None


def person_like(source: str | None) -> bool:
    """Could "he" or "she" point to this source (a person's name or a singular role)?

    >>> person_like("Ana Ruiz"), person_like("Republicans"), person_like("the survey")
    (True, False, False)
    """
    return _person_like(source)


@lru_cache(maxsize=4096)
def _person_like(source: str | None) -> bool:
    """Could "he" or "she" point to this source? A name ("Ana Ruiz", "Ruiz") or a singular role
    ("the spokesman"), not a group, a document, an outlet, a place or a date ("Delegates", "Data
    from the survey", "The Democratic", "Labor Day")."""
    if not source:
        return False
    words = _core_name(source).replace("’", "'").split()
    if not words or len(words) > 7 or "and" in words:
        return False  # "Ana Ruiz and Tom Lee" are two people
    low = [w.lower().strip(".,'") for w in words]
    if (low[-1] in DOCUMENT_HEADS or low[-1] in _CALENDAR or low[-1] in _NOT_PERSON_HEADS
            or any(w in _CALENDAR for w in low) or _is_outlet(source)):
        return False
    if words[-1][:1].isupper() and len(words) > 1 and not all(w[:1].isupper() for w in words):
        return low[0] not in ("the", "a", "an")  # "head librarian Ana Ruiz", not "the Courier"
    if all(w[:1].isupper() for w in words):
        # a name; a lone capitalised plural ("Delegates", "Republicans") is a group
        return not (len(words) == 1 and low[0].endswith("s")
                    and (low[0] in _role_words() or low[0][:-1] in _role_words()))
    return low[-1] in _role_words() and not low[-1].endswith("s")


# Titles and roles that show whether "he" or "she" can point to a name.
_GENDER_WORDS = {**dict.fromkeys("mrs ms miss madam chairwoman spokeswoman congresswoman businesswoman "
                                 "councilwoman assemblywoman anchorwoman woman mother wife daughter sister "
                                 "actress widow grandmother first lady".split(), "she"),
                 **dict.fromkeys("mr sir chairman spokesman congressman businessman councilman "
                                 "assemblyman anchorman man father husband son brother actor widower "
                                 "grandfather".split(), "he")}
# heads that are never one person: party and place adjectives, groups
_NOT_PERSON_HEADS = frozenset("""democratic republican democrats republicans people day state states
party government administration campaign committee department court county city""".split())


# (s13, s12 review #3) '"...," said Tuesday night Ana Ruiz.': a time phrase between an inverted cue
# and its speaker is when it was said, not part of the name
_WHEN_BEFORE_NAME = re.compile(r"\s+(?:(?:on|late|early)\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|"
                               r"yesterday|today|tonight|last\s+(?:week|night|month|year))"
                               r"(?:\s+(?:night|morning|afternoon|evening))?"
                               r"(?=\s+(?!(?:that|whether|if|to|in|on|at|for|of|with|and|but|it|its|he|she|they|we)\b)"
                               r"[A-Za-z])")


def _speaker_after(text: str, cue_end: int):
    when = _WHEN_BEFORE_NAME.match(text, cue_end)
    if when is not None:
        found = _speaker_after_at(text, when.end())
        if found is not None:
            return found
    return _speaker_after_at(text, cue_end)


def _speaker_after_at(text: str, cue_end: int):
    p = _patterns()
    # The patterns are matched at cue_end in the whole text (no copy of the rest of the sentence,
    # which made a sentence with thousands of cues quadratic).
    for key in ("pronoun_start", "role_start", "name_start", "titled_start"):
        m = p[key].match(text, cue_end)
        if m:
            words = m.group(1)
            if key == "name_start":
                words, _ = _trim_name(words)
                if not words or not words[0].isupper():
                    continue
            elif key == "titled_start" and (not _TITLE_WORDS_OK.isdisjoint(words.split()[:-1])
                                            or _drop_final_stop(words).split()[-1].lower() in _CALENDAR):
                # "told reporters on Monday", "said in Dayton", "asking the directors whether
                # HP": when, where or what, not who
                continue
            words = _drop_final_stop(words)
            start = text.find(words, cue_end)
            if key in ("name_start", "titled_start"):
                words = _with_role_after(text, start, words)
            return start, start + len(words), words, "pronoun" if key == "pronoun_start" else "name"
    return None


_NAME_ENDS = re.compile(r"\s*(?:[,.!?;:)]|$)")
_ROLE_AFTER_NAME = re.compile(r"((?:\s+[a-z][a-z’'-]*){1,3})((?:\s+[A-Z][\w’'.&/-]*)*)")
# verbs and particles that may stand between a name and a role noun ("Tenney took down
# businessman Steve Wells"): not a title
_NOT_TITLE = frozenset("took down up out made won beat met led gave got had saw sent put ran told said".split())


def _with_role_after(text: str, start: int, words: str) -> str:
    """ "said L9 president Tom Baker", "FBI officials were ...": a capitalised word that is
    followed by a role noun (and maybe a name) names the role, not itself: the whole phrase.

    >>> t = "said Harbor Police spokesman Sgt. Tom Baker."
    >>> _with_role_after(t, 5, "Harbor Police")
    'Harbor Police spokesman Sgt. Tom Baker'
    >>> _with_role_after("said Ruiz on Monday", 5, "Ruiz")
    'Ruiz'
    """
    m = _ROLE_AFTER_NAME.match(text, start + len(words))
    if not m:
        return words
    lower = m.group(1).split()
    singles, _ = _role_entries()
    # the role noun ends the lower-case words (or only the name after it follows)
    # the last role noun: "Democratic campaign strategist Ann Lee" (not "Democratic campaign")
    # (before any word that cannot stand in a title: "politicians and officials" ends at "and")
    stop = next((i for i, w in enumerate(lower) if w in _TITLE_WORDS_OK), len(lower))
    role_at = next((i for i in range(stop - 1, -1, -1)
                    if lower[i] in singles or lower[i].endswith("s") and lower[i][:-1] in singles), None)
    if role_at is None and len(lower) <= 2 and stop == len(lower) and len(m.group(2).split()) >= 2 \
            and not any(w in _NOT_TITLE or w.endswith(("ed", "ing")) for w in lower) \
            and _NAME_ENDS.match(text, m.end()):
        # (s12) "..., said Cruz constituent Ana Ruiz.": a name, a word or two that say how the
        # person belongs to it, and the person's full name ending the clause
        return _drop_final_stop(text[start:m.end()].rstrip())
    if role_at is None or not _TITLE_WORDS_OK.isdisjoint(lower[:role_at + 1]) or any(
            w in _NOT_TITLE or w.endswith("ed") for w in lower[:role_at]):
        return words
    if role_at < len(lower) - 1:
        end = text.find(lower[role_at], m.start(1)) + len(lower[role_at])
        return text[start:end]
    return _drop_final_stop(text[start:m.end()].rstrip())


# a lost closing mark before the speaker and up to three words of title: "windy today  Ana said",
# "by noon, market manager Ed Fong said"
_CREDIT_GAP = re.compile(r"(?:\S\s{2,}|,\s*)(?:[\w'’.-]+\s+){0,3}$")
_CREDIT_TAIL = re.compile(r"\s*(?:(?:in|on|at|during|after|before|to|last|this|late|early|earlier)\b[^\"“”]{0,60})?"
                          r"[.!?]?\s*$")


_OPENER_END = re.compile(r"[^,;:\"“”]{0,100}?,\s+")


def _phrase_subject(text: str, start: int, end: int):
    """The subject of the clause a phrase like "in an interview" belongs to: after the opening
    phrase when the sentence starts with it, else the sentence's subject. "in a report by the
    coast guard" names its own source (the coast guard, or nobody when that is no speaker); a
    passive clause ("Lee was interviewed in ...") or a subject that runs into the phrase (a
    whole clause: "The ferry sank in a storm, in a report") gives no speaker.

    >>> t = "The mayor was criticized in an interview with the governor."
    >>> _phrase_subject(t, t.index("in an"), t.index(" with")) is None
    True
    >>> t = "The ferry sank in a storm, in a report by the coast guard."
    >>> _phrase_subject(t, t.index("in a r"), t.index(" by"))[2]
    'the coast guard'
    """
    by = _PHRASE_BY.match(text, end)
    if by:
        who = _subject_at(text, by.end(), len(text))
        if who is None:
            return None
        words = _drop_final_stop(who[2])
        return who[0], who[0] + len(words), words, who[3]
    if not text[:start].strip(" \t\n([“\"'"):
        comma = _OPENER_END.match(text, end)
        if comma:
            return _subject_at(text, comma.end(), len(text))
        # "In an interview with CBS’ Face the Nation he named ...": a pronoun after the phrase
        he = _SUBJECT_PRONOUN.search(text, end, end + 100)
        return (he.start(1), he.end(1), he.group(1), "pronoun") if he else None
    subject = _sentence_subject(text, start)
    if subject is None:
        return None
    gap = text[subject[1]:start]
    if _PASSIVE.search(gap) or _PHRASE_NOUN.match(text, end):
        return None  # "Ruiz was named in a statement", "was the subject of ... an interview series"
    if not any(c.isalnum() for c in gap) and not ("," in gap and _CLOSING_COMMA.match(text, end)):
        return None  # the span runs up to the phrase: it holds the verb ("The plan failed, in a report")
    return subject


# "in a report by", "in a statement released by": the phrase names who made it
_PHRASE_BY = re.compile(r"[^,;:.!?\"“”]{0,40}?\s(?:(?:released|issued|published|written|signed|"
                        r"prepared|filed|sent|posted|compiled|commissioned)\s+)?by\s+")
# a form of "be" and a participle (or a noun phrase: "was the subject of") before the phrase
_PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?(?:not\s+)?"
                      r"(?:\w+(?:ed|en|wn)|the|a|an|told|held|made|said|put|caught|sought|brought|"
                      r"read|heard|found|kept|left|sent|set|hit|shot|led|paid|won|quoted)\b", re.IGNORECASE)
# "in an interview series": the phrase is part of a longer noun
_PHRASE_NOUN = re.compile(r"\s+(?:series|program|programme|show|segment|format)\b")
# "The mayor, in an interview on Sunday, blamed ...": the phrase set off inside the clause
_CLOSING_COMMA = re.compile(r"[^,;:.!?\"“”]{0,80},\s+[\w“\"]")


_SUBJECT_PRONOUN = re.compile(r"\s(he|she|they)\s")


def _is_spokes(cue: str) -> bool:
    """ "a spokesman for", also with a line break inside ("a\\n spokesman for")."""
    return cue[:1] in "aA" and cue[1:2].isspace() and cue[2:].lstrip()[:6].lower() == "spokes"


# lower-case words that cannot stand in a title before a name ("head librarian Ana Ruiz")
_TITLE_WORDS_OK = frozenset("""in of on at to for by from with about into over after during since
whether that if and or but what how why when where who which is was are were be been has have had
will would can could""".split())


def _inverted_at(text: str, cue_start: int) -> bool:
    """The cue can come before its speaker here: it opens the sentence, or follows a comma or a
    quotation ('"...," said Ana Ruiz', '..., says the mayor')."""
    j = cue_start
    while j > 0 and text[j - 1].isspace():
        j -= 1
    return j == 0 or text[max(0, j - 2):j].endswith((",", ",\"", ",”", "\"", "”", "''", ",“"))


def _unclosed_credit(text: str, quotes: list[tuple[int, int]], cue_start: int, cue_end: int,
                     verb: str) -> list[tuple[int, int]] | None:
    """A quotation that opens in this sentence and is never closed, whose last words are its
    speaker and cue after a lost closing mark ('"It's wet  Ana Ruiz said.', '"It's wet, Ana Ruiz said
    on Monday.': some corpora drop the comma and mark before the speaker). Returns the quotation
    spans with that one ending before the speaker, or None when the cue is really inside the quote.

    >>> t = '"The roads are closed  Chief Ana Ruiz said.'
    >>> m = t.index("said")
    >>> _unclosed_credit(t, quote_spans(t)[0], m, m + 4, "said")
    [(0, 21)]
    >>> t = '"We waited, the neighbours said nothing.'
    >>> _unclosed_credit(t, quote_spans(t)[0], t.index("said"), t.index("said") + 4, "said") is None
    True
    """
    if not quotes or quotes[-1][1] != len(text) or not quotes[-1][0] <= cue_start or \
            text[quotes[-1][0]] not in "\"“" or not _CREDIT_TAIL.match(text, cue_end):
        return None
    who = _speaker_before(text, cue_start, verb)
    if who is None:
        return None
    gap = _CREDIT_GAP.search(text, quotes[-1][0], who[0])
    if gap is None:
        return None
    end = gap.start() + (text[gap.start()] != ",")
    if len(text[quotes[-1][0]:end].split()) < 3:
        return None
    return [*quotes[:-1], (quotes[-1][0], end)]


_INVERTED_NP = re.compile(r"\s+((?:the|a|an|one|another|two|three|several|some|many)\s+"
                          r"[\w’'-]+(?:\s+[\w’'-]+){0,9}?)\s*(?=[,.;:!?—–(]|\s(?:who|whose)\s|$)",
                          re.IGNORECASE)
_WHO_CLAUSE = re.compile(r"\s*,?\s*(?:who|whose)\s", re.IGNORECASE)


def _inverted_np(text: str, cue_end: int, to_end: bool = False):
    """ '"...," said a 2008 campaign veteran.': the noun phrase right after an inverted cue, up
    to the next comma or stop (at most ten words): (start, end, words, "role") or None.
    ``to_end``: the phrase must end the sentence and hold no verb-like word ("Keep the change,
    said the driver.", not "She paused, said the plan failed.").

    >>> t = "Keep the change, said the driver."
    >>> _inverted_np(t, t.index("said") + 4, to_end=True)[2]
    'the driver'
    >>> t = "The bus was full again, said a driver who asked not to be named."
    >>> _inverted_np(t, t.index("said") + 4, to_end=True)[2]
    'a driver'
    >>> t = "She paused, said the plan failed."
    >>> _inverted_np(t, t.index("said") + 4, to_end=True) is None
    True
    """
    m = _INVERTED_NP.match(text, cue_end)
    if not m or any(w.lower() in _NOT_IN_SUBJECT for w in m.group(1).split()[1:2]):
        return None
    # "..., said a driver who asked not to be named.": a "who" clause after the noun phrase
    # belongs to the speaker, whatever verbs it holds
    rest = "" if _WHO_CLAUSE.match(text, m.end()) else text[m.end():]
    if to_end and (rest.strip(" .!?\"”’'") or any(
            w.lower() in _NOT_IN_SUBJECT and w.lower() not in _IN_PHRASE or w.endswith(("ed", "ing"))
            for w in m.group(1).split()[1:])):
        return None
    return m.start(1), m.end(1), m.group(1), "role"


_AS_PUT_IT = re.compile(r"\b[Aa]s\s+[^,;:.!?\"“”()]{1,80}?\s(put\s+it)\b")
_AS_NAME_PUT_IT = re.compile(r"\b[Aa]s\s+([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3}),\s+(?:the|a|an|his|her|their)\s+"
                             r"[^;:!?\"“”()]{1,120}?,\s+(?:[a-z]+ly\s+|once\s+)?(put\s+it)\b")


def _put_it_cues(text: str, in_quotes, documents: bool) -> list:
    """ "As one city official put it, ...": the words the speaker chose (cue "put it")."""
    found = []
    if "," in text:
        # (s13) "As Ana Ruiz, a tax lawyer at the institute, recently put it, ...": the name right
        # after "as", with its appositive between commas
        for m in _AS_NAME_PUT_IT.finditer(text):
            if in_quotes(m.start()):
                continue
            ev = [Evidence(m.start(2), m.end(2), "cue", "reporting words"),
                  Evidence(m.start(1), m.end(1), "speaker", "who said it")]
            found.append((m.start(2), Attribution(m.group(1), m.group(2), ev, speaker_text=m.group(1))))
        if found:
            return found
    for m in _AS_PUT_IT.finditer(text):
        if in_quotes(m.start()):
            continue
        who = _speaker_before(text, m.start(1), "put it", documents)
        if who is None:
            # "as the treasurer put it": the short noun phrase between "as" and "put it"
            between = text[m.start() + 2:m.start(1)].strip()
            words = between.split()
            if 1 <= len(words) <= 8 and (words[0].lower() in _NP_OPENERS or words[0][:1].isupper()):
                start = text.index(between, m.start() + 2)
                who = (start, start + len(between), between, "role")
        if who is None or who[0] <= m.start() or who[3] == "pronoun" and who[2].lower() in ("i", "we", "you"):
            continue
        s, e, speaker, kind = who
        ev = [Evidence(m.start(1), m.end(1), "cue", "reporting words"),
              Evidence(s, e, "speaker", "who said it")]
        found.append((m.start(1), Attribution(speaker, m.group(1), ev,
                                              how="pronoun" if kind == "pronoun" else "cue",
                                              speaker_text=speaker)))
    return found


# Nouns that carry what someone said or believes: "Ruiz's claim that", "the board's warning that"
CLAIM_NOUNS = load_words("claim_nouns")
_CLAIM_NOUN = re.compile(r"(?<![\w'’-])((?:[Tt]he\s+)?(?:[A-Z][\w.&-]*\s+){0,3}[A-Za-z][\w.&-]*)['’]s?\s+"
                         r"(?:[a-z-]+\s+)?(" + "|".join(sorted(map(re.escape, CLAIM_NOUNS), key=len, reverse=True))
                         + r")\s+that\b")


def _claim_noun_cues(text: str, in_quotes) -> list:
    """ "Ruiz's claim that the bridge is safe": a named owner of a claim, warning, argument ..."""
    found = []
    for m in _CLAIM_NOUN.finditer(text):
        if in_quotes(m.start()):
            continue
        speaker, offset = _trim_name(m.group(1))
        low = speaker.lower().split()
        if not low or not (speaker[:1].isupper() or low[0] == "the" and _last_word(speaker) in _role_words()):
            continue  # "its claim", "a claim": no owner a reader could check
        if low[-1] in _CALENDAR or low[-1] in ("today", "yesterday", "year", "week", "month"):
            continue  # "Monday's claim that": a day, not a speaker
        start = m.start(1) + offset
        cue_end = m.end()
        ev = [Evidence(m.start(2), cue_end, "cue", "reporting words"),
              Evidence(start, start + len(speaker), "speaker", "whose claim it is")]
        found.append((m.start(2), Attribution(speaker, text[m.start(2):cue_end], ev, how="noun",
                                              speaker_text=speaker)))
    return found


# "In a CBS News poll last month, she led ...", "... 6 percent in the latest Post-ABC News poll":
# a poll, survey or study named well enough to look up (a capitalised name in it, or "released
# Monday") is the source of the figures around it; "in the polls" names none.
_IN_DOCUMENT = re.compile(
    r"(?<![\w-])[Ii]n\s+((?:the|a|an|[A-Z][\w'’.-]*['’]s?)\s+(?:[\w/&.'’-]+\s+){0,6}?"
    r"(?:poll|survey|study|report|analysis|review|audit|average)s?\b"
    r"(?:\s+(?:of|released|published|conducted|taken|from|by|out)\b(?:\s+[\w/&.'’-]+){1,5}?"
    r"(?=\s*[,;.]|\s*$))?)")
_WHEN_AFTER = re.compile(r"\s+(?:released|published|conducted|taken|out)\b")
_POLL_HEAD = re.compile(r"\b(?:poll|survey|study|report|analysis|review|audit|average)s?\b")
_NOT_IN_POLL_NAME = frozenset("to the a an and or for with in on at is are was were".split())


def _in_document_cues(text: str, in_quotes) -> list:
    """ "In an NBC News poll released Monday, ...": the poll is the source (cue "In")."""
    found = []
    for m in _IN_DOCUMENT.finditer(text):
        if in_quotes(m.start()):
            continue
        phrase = _drop_final_stop(m.group(1).rstrip())
        head = _POLL_HEAD.search(phrase)
        if head is None or any(w.lower() in _NOT_IN_POLL_NAME for w in phrase[:head.start()].split()[1:]):
            continue  # "in the District of Columbia head to the polls": not one noun phrase
        named = any(w[:1].isupper() for w in phrase.split()[1:]) or _WHEN_AFTER.search(phrase)
        if not named:
            continue
        ev = [Evidence(m.start(), m.start() + 2, "cue", "reporting words"),
              Evidence(m.start(1), m.start(1) + len(phrase), "speaker", "where the figures come from")]
        found.append((m.start(), Attribution(phrase, text[m.start():m.start() + 2], ev, speaker_text=phrase)))
    return found[:1]


# a message that an "-ing" cue describes: "a statement saying", "a letter to the board urging"
_MESSAGE_END = re.compile(r"\b(?:a|an|the|its|his|her|their)\s+(?:[\w’'-]+\s+){0,3}?(?:statement|letter|"
                          r"release|message|memo|email|e-mail|note|video|ad|post|tweet|op-ed)s?"
                          r"(?:\s+(?:to|on)\s+[\w’' .-]{1,30}?|\s+from\s+(?P<sender>[\w’' .-]{1,30}?))?\s*,?\s*$")
# "a letter from a student saying ...": the sender wrote it, whoever reads or shows it; not a
# time ("a video from 2019", "an email from last week", "a note from Friday")
_TIME_WORDS = (r"(?:\d|(?:last|this|next|earlier|early|late|the\s+(?:past|weekend|summer|spring|"
               r"fall|winter|morning|night))\b|(?:%s)\b)" % "|".join(
                   map(re.escape, load_lines("weekdays") + load_lines("months"))))
_NOT_SENDER = re.compile(_TIME_WORDS, re.I)
_SENDER_TIME = re.compile(r"\s+(?:(?:on|in|at|during|over|from)\s+)?" + _TIME_WORDS, re.I)  # "from his doctor Friday afternoon"
_VERB_BEFORE = re.compile(r"([a-z]+)(?:\s+(?:out|up|also|again))?\s+$")
# the same message before "that said": "a statement that said", "a letter from residents that said"
_MESSAGE_THAT = re.compile(r"\b(?:a|an|the|its|his|her|their)\s+(?:[\w’'-]+\s+){0,3}?(?:statement|letter|"
                           r"release|message|memo|email|e-mail|note|video|ad|post|tweet|op-ed)s?"
                           r"(?:\s+from\s+(?P<sender>[\w’' .-]{1,30}?))?\s*,?\s+that\s*$")
# verbs whose subject made the message public (not "got", "received", "opened", "saw", "read",
# "showed": the one who receives, reads out or shows a letter saying something did not write it)
_ISSUE_VERBS = frozenset("""issue issues issued release releases released send sends sent post posts
posted put puts publish publishes published write writes wrote written tweet tweets tweeted share
shares shared circulate circulates circulated email emails emailed file files filed sign signs signed
pen pens penned draft drafts drafted make makes made run runs ran air airs aired deliver delivers
delivered distribute distributes distributed mail mails mailed fire fires fired""".split())


def _sender(message: re.Match[str] | None):
    """The "from X" of a message ("a letter from a student"), up to a time word after it ("from his
    doctor Friday afternoon"): (start, end, words, kind) or None (also for "from 2019")."""
    sender = message.group("sender") if message is not None else None
    if not sender or _NOT_SENDER.match(sender):
        return None
    time = _SENDER_TIME.search(sender)
    sender = sender[:time.start()] if time else sender
    sender = sender.rstrip(" ,.")
    if not _sender_like(sender):
        return None  # "a video from the scene", "a note from home": where it came from, not who
    at = message.start("sender")
    return at, at + len(sender), sender, "name" if sender[:1].isupper() else "role"


_OWNER_WORDS = frozenset("his her their my our your its".split())
# bodies that send messages though the role list does not hold them ("a letter from the city")
_SENDING_BODIES = frozenset("""city town county state district school government department office
campaign team club church union""".split())


def _sender_like(words: str) -> bool:
    """Whether the X of "a letter from X" can have written it: a name, someone's person ("her
    boss"), or a role or organisation ("a student", "the county board"); not a place or a time
    ("the scene", "home", "the locker room", "years ago": s9 review #2).

    >>> [_sender_like(w) for w in ("a student", "Mayor Brown", "her boss", "the scene", "home",
    ...                            "the locker room", "years ago", "the fire chief", "the city")]
    [True, True, True, False, False, False, False, True, True]
    """
    parts = words.split()
    if not parts or parts[-1].lower() == "ago":
        return False
    if words[:1].isupper() or parts[0].lower() in _OWNER_WORDS:
        return True
    last = parts[-1].lower().removesuffix("’s").removesuffix("'s")
    return last in load_words("role_nouns") or last in load_words("organisation_words") or last in _SENDING_BODIES


def _message_author(text: str, message_start: int):
    """Who issued the message that starts at ``message_start`` ("The bakery issued a statement
    saying ...": "The bakery"): the speaker right before the verb that comes before it, or None."""
    verb = _VERB_BEFORE.search(text, max(0, message_start - 30), message_start)
    if verb is None or verb.group(1) in _IN_PHRASE or verb.group(1) not in _ISSUE_VERBS:
        return None
    who = _speaker_before(text, verb.start(), "said")
    return who if who is not None and who[3] != "pronoun" else None


@lru_cache(maxsize=1)
def _phrase_keys() -> frozenset[str] | None:
    """The longest word of each reporting phrase ("statement" of "in a statement"); None when a
    phrase has a starred word or a word that is not one ``word_set`` word (then no shortcut)."""
    keys = set()
    for line in load_lines("reporting_phrases"):
        parts = line.split("\t")[0].strip().lower().split()
        if not all(re.fullmatch(r"\w[\w'-]*\w|\w", w) for w in parts):
            return None
        keys.add(max(parts, key=len))
    return frozenset(keys)


def _phrase_may_match(text: str, words) -> bool:
    """False only when the reporting-phrase regex cannot match ``text`` (``words``: its
    ``word_set``): no phrase's longest word is a word of it, nor (when the text holds a hyphen or
    a curly apostrophe) part of one. A case-insensitive match of a plain phrase gives, lower-cased,
    words of ``word_set`` (the regex wants no letter, digit, "_", "-" or "'" before the phrase,
    white space between its words, and no letter, digit, "_" or "'" after it; a "-" after it or a
    "’" on either side joins the word to more in ``word_set``) unless the text holds a letter
    whose lower case is longer or matches an ASCII letter although it is another: then True.

    >>> _phrase_may_match("Ruiz said in a statement.", word_set("Ruiz said in a statement."))
    True
    >>> _phrase_may_match("Ruiz ate in a cafe.", word_set("Ruiz ate in a cafe."))
    False
    """
    keys = _phrase_keys()
    lowered = getattr(words, "text", None)
    if keys is None or lowered is None or not keys.isdisjoint(words):
        return True
    if len(lowered) != len(text) or "\u0307" in lowered or "ı" in lowered or "ſ" in lowered:
        return True
    # a hyphen or a curly apostrophe (a word character of word_set, not of the regex) next to it
    return ("-" in text or "’" in text) and any(key in lowered for key in keys)


@lru_cache(maxsize=1)
def _verb_first_words() -> frozenset[str]:
    """The first word of each reporting verb ("laid" of "laid out"), as the verb regex spells it."""
    return frozenset(v.split()[0] for v in load_words("reporting_verbs"))


def _verb_matches(text: str, words, verb: re.Pattern[str]) -> list[re.Match[str]]:
    """``list(verb.finditer(text))`` (``verb``: the reporting-verb regex, ``words``: the text's
    ``word_set``), found by looking up the text's words instead of trying the regex at every
    character: the regex is tried only where a verb's first word stands.

    The same matches: the regex matches only a whole first word (no letter, digit, "_" or "-"
    on either side; case kept), so that word is a word of ``word_set`` or, where an apostrophe
    touches it ("he’said"), a piece of one split at the apostrophe; each place that word
    stands is tried in text order, and a place inside an earlier match is skipped, as finditer
    does. Without ``word_set``'s lower-cased text (``words.text``) the regex scans.

    >>> [m.group(0) for m in _verb_matches("Ruiz said he laid out a plan.",
    ...                                    word_set("Ruiz said he laid out a plan."), _patterns()["verb"])]
    ['said', 'laid out']
    """
    if getattr(words, "text", None) is None:
        return list(verb.finditer(text))
    firsts = _verb_first_words()
    keys = firsts.intersection(words)
    if "'" in words.text:
        keys = keys.union(firsts.intersection(
            [piece for w in words if "'" in w for piece in w.split("'")]))
    if not keys:
        return []
    starts = []
    for key in keys:
        at = text.find(key)
        while at >= 0:
            starts.append(at)
            at = text.find(key, at + 1)
    starts.sort()
    found = []
    end = 0
    for at in starts:
        if at < end:
            continue  # inside the match before (or the same place found by another key)
        m = verb.match(text, at)
        if m is not None:
            found.append(m)
            end = m.end()
    return found


def find_attribution(text: str, memory: SourceMemory | None = None,
                     open_quote: bool = False, words=None, quotes=None) -> Attribution | None:
    """Find who a sentence attributes its information to, or None when it names no source.

    Args:
        text: one sentence.
        memory: what the article named before (to resolve "he" and surnames); updated in place.
        open_quote: True when a quotation opened in an earlier sentence is still open.
        words: the sentence's ``wordlists.word_set``, when the caller has it already.
        quotes: the sentence's ``quote_spans(text, open_quote)[0]``, when the caller has them.

    Returns:
        An Attribution with source, cue and evidence spans, or None.

    >>> find_attribution("Prices will rise, according to the city's budget office.").source
    "the city's budget office"
    """
    memory = memory if memory is not None else SourceMemory()
    if "―" in text or "—" in text or "–" in text:
        credit = _credit_line(text, memory)
        if credit is not None:
            return credit
    if ":" not in text:
        return _cue_attribution(text, memory, open_quote, words, quotes)
    # 'Ana Ruiz: "We will fix it."': a name and a colon before a quotation credit it only when no
    # reporting words say who spoke ('Test day - Good Luck: "You will do great," the note said.'
    # is the note's), or when those words only point back ("she said")
    found = _cue_attribution(text, memory, open_quote, words, quotes)
    if found is None or found.how == "pronoun":
        named = _name_colon_quote(text, memory)
        if named is not None:
            return named
    return found


def _cue_attribution(text: str, memory: SourceMemory, open_quote: bool = False, words=None,
                     quotes=None) -> Attribution | None:
    """``find_attribution`` after a credit line: reporting words, phrases and their speakers."""
    words = word_set(text) if words is None else words
    has_phrase = may_contain("reporting_phrases", words)  # (its first words "a", "in": most sentences)
    # "As Ruiz put it, ..." and "Ruiz's claim that ...": set lookups before any regex
    put_it = "put" in words and "as" in words
    claim_noun = "that" in words and not CLAIM_NOUNS.isdisjoint(words)
    to_frame = text[:3] == "To " or text.lstrip()[:3] == "To "  # "To Ruiz, the plan was a mistake."
    if not has_phrase and not put_it and not claim_noun and not to_frame and \
            not may_contain("reporting_verbs", words):
        return None
    p = _patterns()
    documents = not DOCUMENT_HEADS.isdisjoint(words)  # "a poll released in May found" is possible
    # the phrase scan is skipped where no phrase can match (_phrase_may_match): the same candidates;
    # when only a phrase's first word ("a", "in") opened the way above and no verb of saying can
    # be found, nothing below can find a source (speed: most sentences hold "a" or "in")
    scan_phrase = has_phrase and _phrase_may_match(text, words)
    if has_phrase and not scan_phrase and not put_it and not claim_noun and not to_frame and \
            not (documents and "in" in words) and not may_contain("reporting_verbs", words) and \
            ("'" not in text and "’" not in text or p["verb"].search(text) is None):
        return None
    if quotes is None:
        quotes, _ = quote_spans(text, open_quote)
    in_quotes = covered_by(quotes)
    candidates: list[tuple[int, Attribution]] = []
    weak: list[int] = []  # where a phrase took its clause's subject as speaker

    for m in (p["phrase"].finditer(text) if scan_phrase else ()):
        if in_quotes(m.start()):
            continue
        phrase = m.group(0)
        after = _speaker_after(text, m.end())
        according = _according(phrase)
        if according and (after is None or after[3] == "name" and (
                after[2][:1].islower() or _CUT_AT_DOT.match(text, after[1]))):
            # the whole noun phrase: "according to a report for Oxfam on the energy policies"
            # (the role pattern stops at the first lower-case word after "for Oxfam")
            np_span = phrase_np_span(text, m.end())
            if after is not None and (np_span is None or np_span[0] != after[0] or np_span[1] <= after[1]):
                np_span = None
            if np_span and text[np_span[0]:np_span[1]].strip():
                speaker = _drop_final_stop(text[np_span[0]:np_span[1]].strip())
                s0 = text.find(speaker, m.end())
                after = (s0, s0 + len(speaker), speaker, "role")
        elif according and after[3] == "name" and _NAME_GOES_ON.match(text, after[1]):
            # (s12) "according to a CNN tally", "according to Axelrod's memoir": the name is a
            # modifier of the noun phrase, whose head comes after it (a few plain words, no verb)
            np_span = phrase_np_span(text, m.end())
            if np_span and np_span[0] <= after[0] and np_span[1] > after[1]:
                extra = text[after[1]:np_span[1]].split()
                if len(extra) <= 6 and not _NOT_IN_DOC_NP.intersection(w.lower() for w in extra):
                    speaker = _drop_final_stop(text[np_span[0]:np_span[1]].strip())
                    after = (np_span[0], np_span[0] + len(speaker), speaker, "role")
        if according and after:
            s, e, speaker, kind = after
            ev = [Evidence(m.start(), m.end(), "cue", "reporting words"),
                  Evidence(s, e, "speaker", "who said it")]
            candidates.append((m.start(), Attribution(speaker, phrase, ev, speaker_text=speaker)))
        elif not according:
            before = _speaker_before(text, m.start(), phrase)
            # a speaker after the phrase only in inverted order, or for "a spokesman for <name>"
            who = before or (after if _inverted_at(text, m.start()) or _is_spokes(phrase) else None)
            if (who is None or who[2].split(None, 1)[0] in _IN_PHRASE) and phrase[:3].lower() == "in ":
                # "In an interview with CNN, Ruiz said ...", "Ruiz laughed it off in an
                # interview": the clause's subject gave the interview (not "with CNN"); a verb
                # of saying with its own speaker is the better cue ("he said in a statement")
                subject = _phrase_subject(text, m.start(), m.end())
                if subject is not None:
                    who = subject
                    weak.append(m.start())
                elif who is not None:
                    who = None  # "with the governor" is whom it was said to, not who said it
            if who:
                s, e, speaker, kind = who
                ev = [Evidence(m.start(), m.end(), "cue", "reporting words"),
                      Evidence(s, e, "speaker", "who said it")]
                candidates.append((m.start(), Attribution(speaker, phrase, ev, speaker_text=speaker)))

    for m in _verb_matches(text, words, p["verb"]):
        verb = m.group(0)
        low = verb.lower()
        if in_quotes(m.start()):
            closed = _unclosed_credit(text, quotes, m.start(), m.end(), low)
            if closed is None:
                continue
            quotes = closed  # the quotation ends before its speaker
        # The checks that reject a cue whatever its speaker come first: the speaker search below
        # has no side effects, so skipping it for a rejected cue changes nothing (speed)
        if _not_a_call(text, low, m.start(), m.end()):
            continue  # "called off the game", "a group, called the River Fund, ..."
        if low in OBJECT_VERBS and not quotes and not _REPORT_NEXT.match(text, m.end()):
            continue  # "Priya wrote most of the code"
        if low in _REJECT_FORMS and not quotes and not _REPORT_NEXT.match(text, m.end()) \
                and not _REJECT_WHAT.match(text, m.end()):
            continue  # "The Senate rejects the bill" is an action; "rejects the claim that ..." reports
        if low in _SAY_FORMS and not _GREETING_WORDS.isdisjoint(words) and _GREETING.match(text, m.end()):
            continue  # "saying goodbye to its coach", "said grace": an act, nothing reported
        if low == "ruled" and text[m.end():m.end() + 5] == " out ":
            continue  # (s13) "ruled out a tax" is a decision, as "refused" is ("ruled that out" reports)
        if low in _AS_VERBS and not _OBJECT_AS.match(text, m.end()):
            continue  # "identified the man as ...", "list his job as ...", not "listed the house"
        if low == "read" and not _READ_QUOTE.match(text, m.end()):
            continue  # 'The sign read, "Closed."', not "She read the report"
        if low == "laid out" and not _LAID_OUT_WHAT.match(text, m.end()):
            continue  # "laid out her plan", not "The workers laid out the new paths"
        if low in _SLAM_FORMS and _SLAM_ACTION.match(text, m.end()):
            continue  # "slammed the plan", not "slammed the door on the library"
        before = _speaker_before(text, m.start(), low, documents)
        if (before is None and text[:m.start()].rstrip()[-1:] in _CLOSING_MARKS
                or before is not None and text[:before[0]].rstrip()[-1:] in _CLOSING_MARKS) and low not in _NOUN_LIKE:
            scare = _scare_quoted_subject(text, m.start())
            if scare is not None and (before is None or scare[0] < before[0] and scare[1] == before[1]):
                before = scare  # 'Its "independent" reviewers said': the quote is in the subject
        who = before
        if low.endswith("ing") and (who is None or who[3] != "pronoun"):
            message = _MESSAGE_END.search(text, max(0, m.start() - 80), m.start())
            sender = _sender(message)
            if sender is not None:
                who = sender  # "The mayor read a letter from a student saying ...": the student wrote it
            elif message is not None and who is not None:
                # "The bakery issued a statement saying ...": whoever issued the statement (not
                # "bakery issued a statement")
                who = _message_author(text, message.start()) or who
        if who is None and "that" in words and text[max(0, m.start() - 6):m.start()].rstrip().endswith("that"):
            # "The bakery issued a statement that said ...", "a note from the fire chief that
            # said ...": the message's sender, else whoever issued it
            message = _MESSAGE_THAT.search(text, max(0, m.start() - 90), m.start())
            who = _sender(message)
            if who is None and message is not None:
                who = _message_author(text, message.start())
        if who is None:
            # inverted order: '"...," said Ana Ruiz.' or '..., says the mayor.'
            j = m.start()  # the text before the cue, trailing white space left out
            while j > 0 and text[j - 1].isspace():
                j -= 1
            if _inverted_at(text, m.start()):
                who = _speaker_after(text, m.end())
                if j > 0 and text[j - 1] in _QUOTE_CHARS + "'" and (who is None or who[2][:1].islower()):
                    # '"...," said the 46-year-old.': after a quotation, the noun phrase that
                    # ends the clause is who said it ("one nurse with the clinic", not "one nurse")
                    longer = _inverted_np(text, m.end())
                    if longer and (who is None or (longer[0] == who[0] and longer[1] > who[1])):
                        who = longer
                elif (who is None or who[2][:1].islower()) and j > 0 and text[j - 1] == "," \
                        and not low.endswith("ing"):
                    # "Keep the change, said the driver.", "..., said one nurse with the clinic.":
                    # a noun phrase that ends the sentence after an inverted cue (not "..., said
                    # the plan failed": no verb in it)
                    longer = _inverted_np(text, m.end(), to_end=True)
                    if longer and (who is None or (longer[0] == who[0] and longer[1] > who[1])):
                        who = longer
                    elif who is None:
                        at = m.end() + len(text[m.end():]) - len(text[m.end():].lstrip())
                        who = _plain_np_after(text, at)  # "..., says police chief"
                        if who and text[who[1]:].strip(" .!?\"”’'"):
                            who = None
        if who is None and low.endswith("ed") and _BE_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            # "was first reported by The Post", "has been called a fraud by critics"
            by = _BY_AFTER.match(text, m.end())
            if by:
                who = _speaker_after(text, by.end()) or _plain_np_after(text, by.end())
        joined = (_AND_BEFORE.search(text[max(0, m.start() - 30):m.start()])
                  if who is None and low not in BASE_FORMS else None)
        if joined and (low.endswith("ing") or joined.group(0)[:1] != "," or m.end() < len(text.rstrip(" .\"”"))):
            # "The mayor toured the site and said ...", "..., saying ...", "Ruiz, chair of the
            # board, said ...": the sentence's subject (not for a cue that ends the sentence
            # after a comma, "The roads are closed, says.": its speaker is missing)
            who = _sentence_subject(text, m.start())
        elif who is None and low.endswith("ing") and _GERUND_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            # "Ruiz answered by saying ...", "The mayor paused before saying ...": the subject
            who = _sentence_subject(text, m.start())
        if who is None:
            continue
        s, e, speaker, kind = who
        if low in BASE_FORMS and kind == "name" and speaker.lower() in ("you", "us"):
            continue
        if speaker.lower() in _BARE_DETERMINERS:
            continue  # "The accused told the court ...": "The" names no one ("accused" is no cue here)
        if kind != "pronoun" and "all" in words and low in _SAY_FORMS and _IT_ALL.match(text, m.end()) \
                and not _someone(speaker, kind):
            continue  # 'The word "never" said it all.': an idiom, no one said anything
        lead = _RELATIVE_LEAD.match(speaker)
        if lead and lead.end() < len(speaker):
            # "the bill, which critics called unfair": the speaker is "critics", not "which critics"
            # (s11 review #3)
            s, speaker = s + lead.end(), speaker[lead.end():]
        lead = _TIME_LEAD.match(speaker)
        if lead and lead.end() < len(speaker):
            # "Each year officials report that ...": the time phrase is not in the speaker, and
            # "report" after "officials" is their verb (s11 review #24)
            s, speaker = s + lead.end(), speaker[lead.end():]
        if low in _NOUN_CUES and kind != "pronoun" and _LY_ADJECTIVE.fullmatch(speaker):
            after = _NEXT_WORD.match(text, m.end())
            if after and (_is_speech_verb(after.group(1).lower()) or after.group(1).lower() in STUDY_VERBS):
                # "The early report said ...": "early" is an adjective of the noun "report" (a
                # "-ly" word alone is the speaker only before the verb: "The elderly said"; s11 review #1)
                continue
        if low in _NOUN_CUES and kind != "pronoun" and _NOUN_NOT_VERB(text, s, speaker):
            continue  # "A city report found ...", "in the wake of the Daily News report": a noun
        if low in STUDY_VERBS and kind == "pronoun":
            continue
        if low in _KNOW_FORMS and not _KNOW_THAT.match(text, m.end()):
            # only "knew that ...": "Coach Lee knew the crew was ready" stays the writer's
            # account (tests/test_compare_changes.py), "Ruiz knew Ana Lee for years" and "did not
            # know." report nothing
            continue
        if (low in BELIEF_VERBS or low in _HEARSAY_FORMS or speaker[:2].lower() == "no") \
                and " ".join(speaker.lower().split()) in _CROWD_SUBJECTS:
            # "Everyone knows that ...", "Few people know that ...", "Many people believe ...":
            # the writer's claim about what people think, no one to ask; (s12, s11 review #3)
            # "People say ...", "Some people claim ..." is hearsay in the writer's voice, as "Some
            # say" is, and "Nobody said ..." gives no one ("Many people said they were angry",
            # a reporter's account of a crowd, stays attributed)
            continue
        if low in BELIEF_VERBS and speaker.lower() in ("i", "we", "you"):
            continue  # "I think ..." is the writer's own view
        if "slide" in speaker.lower() and _SLIDE_FALL.search(speaker):
            continue  # "The slide in the stock market shows that ...": a fall, not a page of a talk
        if (low in STUDY_VERBS and not text[m.end():m.end() + 6].lower().lstrip().startswith("that")
                and _last_word(speaker) not in DOCUMENT_HEADS and _document_subject(speaker) is None
                and not (_FINAL_CUE.match(text, m.end()) and text[:s].rstrip().endswith(","))):
            continue  # "Police found a gun" is not reporting; "The audit found ..." is
        if low in BASE_FORMS and s == 0 and kind != "role" and not _plural_subject(text, speaker, e, memory) \
                and not (kind == "pronoun" and speaker.lower() == "they"):
            continue  # "Tell the mayor ..." is an instruction, not attribution ("They say" is not)
        if low.endswith("ing") and s == 0 and kind == "name" and " " not in speaker and \
                text[m.end():m.end() + 1] == "," and not text[e:m.start()].strip():
            continue  # "Worth noting, ...", "Interestingly enough saying, ...": an opening phrase
        cue_end = m.end()
        if low.startswith(("told", "tell")):
            rec = p["recipient"].match(text, cue_end)
            if rec:
                cue_end = rec.start(1) + len(_drop_final_stop(rec.group(1)))
        cue = text[m.start():cue_end]
        ev = [Evidence(m.start(), cue_end, "cue", "reporting words"),
              Evidence(s, e, "speaker", "who said it" if kind != "pronoun" else "points back to the last speaker")]
        candidates.append((m.start(), Attribution(speaker, cue, ev, how="pronoun" if kind == "pronoun" else "cue",
                                                  speaker_text=speaker)))

    if weak and len(candidates) > len(weak):
        candidates = [c for c in candidates if c[0] not in weak]
    if put_it:
        candidates += _put_it_cues(text, in_quotes, documents)
    if documents and "in" in words and not candidates:
        candidates += _in_document_cues(text, in_quotes)
    if claim_noun and not candidates:
        candidates += _claim_noun_cues(text, in_quotes)
    if to_frame and not candidates:
        candidates += _to_frame_cue(text, memory)
    if any(c[1].cue and not _is_spokes(c[1].cue) and not c[1].cue.lower().startswith("according")
           for c in candidates):
        # "Phil Smith, a spokesman for the union, said": the verb's speaker is the better source
        candidates = [c for c in candidates if not _is_spokes(c[1].cue or "")]
    if not candidates and any(w.capitalize() in text for w in _verb_set().intersection(words)) \
            and _is_title_case(text):
        candidates = _title_case_cues(text, in_quotes)
    if not candidates:
        return None
    candidates.sort(key=lambda c: c[0])
    if len(candidates) > 1 and _OPENING_CLAUSE.match(text):
        # (s13) "So when the council hinted ..., Ana Ruiz said ...", "As Ruiz talked about ..., Lee
        # told ...": a cue in an opening "when/as/while" clause is background; the main clause's
        # cue (after the comma that closes the opening clause) is the sentence's source
        # (not "As NPR reported in April, Sessions said ...": an "as" clause that ends on its cue,
        # with at most a short time or place after it, frames the whole sentence as that source's)
        opening = _OPENING_CLAUSE.match(text)
        comma = text.find(", ", opening.end())
        main = [c for c in candidates if comma > 0 and c[0] > comma
                and ((span := _speaker_span(c[1])) is None or span[0] > comma)]
        cue_end = next((e.end for e in candidates[0][1].evidence if e.kind == "cue"), comma)
        rest = text[cue_end:comma].split()
        frame = opening.group(1).lower() == "as" and (not rest or len(rest) <= 3 and rest[0].lower() in _FRAME_TAIL)
        if main and candidates[0][0] < comma and not frame:
            candidates = main
    chosen = candidates[0][1]
    # "A city official who asked not to be named said ...": when two cues share one speaker, the
    # first sits in a relative clause about the speaker; the verb the speaker governs comes last
    speaker = _speaker_span(chosen)
    same = [att for _, att in candidates[1:] if speaker is not None and _speaker_span(att) == speaker]
    if same and re.match(r",?\s+(?:who|which)\b", text[speaker[1]:]):
        chosen = same[-1]
    elif not same and speaker is not None and len(candidates) > 1:
        # (s12) "The officer who asked not to be named said ...", the clause kept in the later
        # verb's speaker: the first cue stands inside that speaker
        cue_at = candidates[0][0]
        holds = [att for _, att in candidates[1:]
                 if (span := _speaker_span(att)) is not None and span[0] <= cue_at < span[1]
                 and _WHO_IN.search(text, span[0], cue_at)]
        if holds:
            chosen = holds[-1]
    elif same and (chosen.cue or "").endswith("ing") and text[speaker[1]:speaker[1] + 1] == ",":
        # "the police chief, announcing an arrest, said ...": the inserted "-ing" phrase is
        # about the speaker; the main verb is the cue
        chosen = next((att for att in same if not (att.cue or "").endswith("ing")), chosen)
    # A sentence-final ", X reports." frames the whole sentence.
    last = candidates[-1][1]
    stripped_end = text.rstrip(" .\"”'’")
    if len(candidates) > 1 and last.evidence[0].end >= len(stripped_end) - 1:
        chosen = last
    # "According to a survey, 68 percent of teachers said ...": the survey is the source
    chosen = next((att for _, att in candidates if _according(att.cue or "")), chosen)
    # Resolve pronouns, surnames and roles to the fullest earlier name (all first, then
    # remember them, as before Attribution became immutable).
    resolved = {}
    for _, att in candidates:
        resolved[id(att)] = _resolve(att, memory)
    if chosen.how == "pronoun" and (chosen.speaker_text or "").lower() in ("he", "she"):
        # "Ed Rendell agreed ..., but he said": a person named earlier in the same sentence (only
        # the chosen cue's, and only the 300 characters before it: linear on long text)
        speaker = next((e for e in chosen.evidence if e.kind == "speaker"), None)
        here = (_person_before(text[max(0, speaker.start - 300):speaker.start], memory,
                               chosen.speaker_text.lower()) if speaker else None)
        resolved[id(chosen)] = here or resolved[id(chosen)]
    for _, att in candidates:
        if resolved[id(att)] and att.how != "pronoun":
            memory.remember(resolved[id(att)])
    quoted = [Evidence(s, e, "quote", "quotation marks: someone's own words") for s, e in quotes]
    return Attribution(resolved[id(chosen)], chosen.cue, sorted([*chosen.evidence, *quoted]),
                       chosen.how, chosen.speaker_text)


# "To Ruiz, the plan was a mistake.", "To county nurse Ana Ruiz, who ..., the ward was full.": the
# view that follows is the named person's
_TO_FRAME = re.compile(r"\s*To\s+((?:[\w’'.-]+\s+){0,6}?[A-Z][\w’'.-]*)"
                       r"(?:,\s+who\s[^,;:\"“”]{1,100})?,\s+(?=(?:\S+\s+){3}\S)")


def _to_frame_cue(text: str, memory: SourceMemory) -> list:
    """A sentence that opens "To <person>, ..." gives that person's view: a person named before
    ("To Ruiz,"), or a name after a role ("To county nurse Ana Ruiz,"); a place, a date or an aim
    is not one ("To Iowa, ...", "To date, ...", "To stop Ruiz, ...")."""
    m = _TO_FRAME.match(text)
    if not m:
        return []
    words = m.group(1).split()
    n = 0
    while n < min(4, len(words)) and words[-1 - n][:1].isupper():
        n += 1
    name, roles = " ".join(words[-n:]), words[:-n]
    if roles and roles[-1].lower() not in _role_words():
        return []  # "To stop Ruiz," "To the people of Iowa,"
    known = memory.resolve(name) != name or _known_person(name.split()[-1].lower(), memory) is not None
    if not (roles or known) or not _person_like(name) or name.split()[0].lower() in _starters():
        return []
    if _GIVING_CLAUSE.match(text, m.end()):
        return []  # "To Ruiz, the board sent a letter.": Ruiz is whom it was sent to
    to = text.index("To")
    speaker = " ".join(words) if roles else name
    # the name's real place in the text (the words may be apart by more than one space)
    spans = [w.start() for w in re.finditer(r"\S+", m.group(1))]
    start = m.start(1) if roles else m.start(1) + spans[-n]
    ev = [Evidence(to, to + 2, "cue", "whose view the sentence gives"),
          Evidence(start, m.end(1), "speaker", "who holds this view")]
    return [(to, Attribution(speaker, "To", ev, how="view", speaker_text=speaker))]


# "To Ruiz, the board sent a letter.": the clause after the comma has its own subject and a verb
# of giving or sending, so "To Ruiz" is whom something went to, not whose view this is
_GIVING_CLAUSE = re.compile(r"(?:(?!(?:that|who|which|was|were|is|are)\b)[\w’'.-]+\s+){1,5}?"
                            r"(?:(?:has|have|had|will|would|also|then|just|later|soon)\s+)*"
                            rf"(?:{'|'.join(sorted(load_words('giving_verbs')))})\b")


PARTY_GROUPS = load_words("party_groups")


def _plural_subject(text: str, speaker: str, end: int, memory: SourceMemory) -> bool:
    """A name that opens the sentence can be the subject of a plain "say": a party or camp
    ("Democrats say", "Most Republicans say"), two names ("Ana Ruiz and Tom Lee say"), or a name
    with an inserted phrase before the verb ("Ruiz, along with two aides, say")."""
    words = speaker.split()
    if words[-1].lower() in PARTY_GROUPS:
        return True
    if len(words) == 1 and _PLURAL_WORD.fullmatch(speaker) and speaker.lower() not in _starters() \
            and speaker.lower() not in _VAGUE_GROUPS and not text[end:end + 1].strip():
        return True  # "Companies say", "Economists argue": a plural noun agrees with "say"
    if " and " in speaker and words[0][:1].isupper() and words[-1][:1].isupper():
        return words[0].lower() not in _starters()
    # the inserted phrase needs a name a reader knows ("Ruiz", named before), not "Others, however,"
    return (text[end:end + 1] == "," and words[0].lower() not in _starters()
            and (len(words) >= 2 or memory.resolve(speaker) != speaker))


_PLURAL_WORD = re.compile(r"[A-Z][a-z]{2,}(?:[^s]s|ies)")  # "Companies", "Economists" (not "Ross")
# "Others say", "Some believe": a group no reader could check stays a claim (the s4 choice)
_VAGUE_GROUPS = frozenset("others some many few several most all both people".split())


_FINAL_CUE = re.compile(r"[\s.!?\"”’')]*$")  # "..., the Ruiz Institute found." ends the sentence


# (s12, s11 review #18) 'The so-called "experts" said ...', 'Its "independent" panel found ...': a
# short quotation inside the subject, after a determiner or "so-called", is a word the writer
# holds at arm's length, not what was said; the speaker is the whole noun phrase
_CLOSING_MARKS = frozenset("\"”’'")
_SCARE_SUBJECT = re.compile(r"(?:^|(?<=[\s,;:(]))((?:(?:[Tt]he|[Aa]n?|[Tt]hese|[Tt]hose|[Tt]his|[Tt]hat|[Ss]ome|"
                            r"[Mm]any|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur)\s+(?:so-called\s+)?|[Ss]o-called\s+)"
                            r"(?:[\w’'-]+\s+)?[\"“'‘][^\"“”'‘’,.;:!?]{1,30}[\"”'’](?:\s+[a-z][\w’'-]*)?)\s*$")


def _scare_quoted_subject(text: str, cue_start: int):
    """The subject with a scare quote in it right before the cue: (start, end, words, "role")."""
    window = max(0, cue_start - 80)
    found = _SCARE_SUBJECT.search(text, window, cue_start)
    if found is None:
        return None
    return found.start(1), found.end(1), found.group(1), "role"


_FRAME_TAIL = frozenset("in on at last earlier this yesterday recently previously before after during "
                        "to".split())
_OPENING_CLAUSE = re.compile(r"\s*(?:(?:So|And|But|Yet|Even|Shortly|Soon|Just|Long|Right)\s+)?([Ww]hen|[Aa]s|[Ww]hile|[Aa]fter|[Bb]efore|[Aa]lthough|"
                             r"[Tt]hough|[Bb]ecause|[Ss]ince|[Oo]nce|[Ww]hereas)\s")
_WHO_IN = re.compile(r"\s(?:who|that)\s")


def _someone(speaker: str, kind: str) -> bool:
    """Is the speaker a person or a group ("Ruiz", "The mayor", "the fans"), not a thing ('The
    word "never"', "Her silence", "The mayor's face")?"""
    tokens = [w.strip(".,;:'’\"“”") for w in speaker.split()]
    if kind == "name" and all(w[:1].isupper() for w in tokens if w):
        return True
    roles = _role_words()
    return any(w.lower() in roles or w.lower()[:-1] in roles for w in tokens if w)


def _speaker_span(att: Attribution) -> tuple[int, int] | None:
    """Where an attribution's speaker stands in its sentence, or None."""
    return next(((e.start, e.end) for e in att.evidence if e.kind == "speaker"), None)


# A quotation, an embedded post or a block quote credited after a dash at its end:
# '... our shame.” ― Ana Ruiz', '... today. — Ana Ruiz (@anaruiz) May 5, 2016'
_CREDIT = re.compile(r"(?:[”\"’.!?…]|'')[ \t\xa0]*[―—–]{1,2}[ \t\xa0]*"
                     r"([A-Z][\w.'’-]*(?:[ \t\xa0]+(?:[A-Z][\w.'’-]*|de|la|van|von|del|al)){0,4})"
                     r"[ \t\xa0]*(\(@\w{1,30}\))?[ \t\xa0]*(?:[A-Z][a-z]{2,8}\.?[ \t\xa0]+\d{1,2},?[ \t\xa0]+\d{4})?"
                     r"[ \t\xa0.]*$")


def _credit_line(text: str, memory: SourceMemory) -> Attribution | None:
    """A quotation or post whose credit follows a dash at its end ('...” ― Ana Ruiz').

    >>> _credit_line("We will rebuild.” ― Ana Ruiz", SourceMemory()).source
    'Ana Ruiz'
    >>> _credit_line("The vote was close — Tuesday", SourceMemory()) is None
    True
    """
    m = _CREDIT.search(text)
    if not m:
        return None
    name = _drop_final_stop(m.group(1).rstrip())
    if name.lower() in _starters() or name.split()[0].lower() in _starters():
        return None
    dash = max(text.rfind(ch, m.start(), m.start(1)) for ch in "―—–")
    ev = [Evidence(dash, dash + 1, "cue", "a dash before a name: who wrote or said it"),
          Evidence(m.start(1), m.start(1) + len(name), "speaker", "who said it")]
    quotes, _ = quote_spans(text, True)
    ev += [Evidence(s, e, "quote", "quotation marks: someone's own words") for s, e in quotes
           if e <= m.start(1)]
    source = memory.resolve(name)
    memory.remember(source)
    return Attribution(source, text[dash:dash + 1], sorted(ev), speaker_text=name)


_CALL_PARTICLE = re.compile(r"\s+(?:off|in|up|back|out|into|around|over|for\s+help)\b", re.IGNORECASE)
_NAMING_CALLED = re.compile(r"\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s*[,)]")


def _not_a_call(text: str, low: str, start: int, end: int) -> bool:
    """ "called off", "called in to a show", "a group, called the River Fund, ...": "call" used
    for something other than naming or judging aloud."""
    if not low.startswith("call") or low in ("called for", "called on", "calls for", "calls on"):
        return False
    if _CALL_PARTICLE.match(text, end):
        return True
    before = text[:start].rstrip()
    return before.endswith(",") and _NAMING_CALLED.match(text, end) is not None


@lru_cache(maxsize=1)
def _verb_set() -> frozenset[str]:
    return load_words("reporting_verbs")


_TITLE_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_SMALL_WORDS = frozenset("a an the and or but of to in on at for by with as from into over after is are".split())


def _is_title_case(text: str) -> bool:
    """A headline written in Title Case: most words of four letters or more start with a capital."""
    long_words = [w for w in _TITLE_WORD.findall(text) if len(w) >= 4]
    return len(long_words) >= 3 and sum(w[0].isupper() for w in long_words) >= 0.8 * len(long_words)


def _title_case_cues(text: str, in_quotes) -> list:
    """Cues in a Title Case headline ("Lindsey Graham Says", "New Poll Shows ..."): a capitalised
    reporting verb after a run of capitalised words, which name its speaker."""
    verbs = load_words("reporting_verbs")
    found = []
    for m in _TITLE_WORD.finditer(text):
        low = m.group(0).lower()
        if low not in verbs or low in BASE_FORMS or in_quotes(m.start()) or m.start() == 0:
            continue
        # the speaker: the words back to the start or to a comma, colon or dash
        left = text[:m.start()]
        cut = max(left.rfind(","), left.rfind(":"), left.rfind("—"), left.rfind("–"))
        speaker = left[cut + 1:].strip()
        words = speaker.split()
        if not (1 <= len(words) <= 5) or not all(w[0].isupper() or w.lower() in _SMALL_WORDS for w in words):
            continue
        if low in STUDY_VERBS and _last_word(speaker) not in DOCUMENT_HEADS:
            continue
        if _not_a_call(text, low, m.start(), m.end()):
            continue
        if low in _SLAM_FORMS and _SLAM_ACTION.match(text, m.end()):
            continue  # "Council Slams Door On Library": an action, not words
        start = text.find(speaker, cut + 1)
        ev = [Evidence(m.start(), m.end(), "cue", "reporting words"),
              Evidence(start, start + len(speaker), "speaker", "who said it")]
        found.append((m.start(), Attribution(speaker, m.group(0), ev, speaker_text=speaker)))
    return found[-1:]  # the last one frames the headline ("..., Lindsey Graham Says")


_BE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being)(?:\s+[a-z]+ly|\s+(?:first|also|not|never))?\s+$")
_BY_AFTER = re.compile(r"(?:\s+[\w'’-]+){0,3}?\s+by\s+(?=\S)")
_PLAIN_NP = re.compile(r"((?:the\s+|a\s+|an\s+)?[a-z][\w'’-]*(?:\s+(?!for\b|in\b|on\b|at\b|to\b|after\b|"
                       r"during\b|over\b|with\b|because\b|and\b|as\b|since\b)[a-z][\w'’-]*){0,3})")


def _plain_np_after(text: str, pos: int):
    """A short lower-case noun phrase at ``pos`` ("fellow physicians") whose last word is a role
    noun: (start, end, words, "role") or None."""
    m = _PLAIN_NP.match(text, pos)
    if not m or _last_word(m.group(1)) not in _role_words():
        return None
    return m.start(1), m.end(1), m.group(1), "role"


def _last_word(words: str) -> str:
    parts = words.lower().replace("’", "'").split()
    return parts[-1].removesuffix("'s") if parts else ""


# words that open a phrase of time, place or manner before the subject ("On Monday, ...")
_OPENER_WORDS = frozenset("""on in at by after before during since last earlier later when while as
with for from under over through until following amid despite throughout within""".split())
# "(Reuters) - ", and datelines "WASHINGTON — ", "New York (AFP) – "
_LEAD_IN = re.compile(r"^\s*(?:(?:[A-Z][A-Z.,' ]{2,40}|(?:[A-Z][\w.,']*\s+){0,3}\([A-Za-z .]{1,20}\)"
                      r"|\([A-Za-z .]{1,20}\))\s*[-—–]{1,2}\s*)?")


_JOIN_WORD = re.compile(r"(?:But|And|Yet|So|Still|Then|Now|Also|Instead)\s+(?=[a-zA-Z])")
# an opening phrase before the subject: "When his family moved back to Ohio, ", "Here in Dayton, "
_SUBJECT_OPENER = re.compile(r"[^,\"“”]{2,70},\s+")


def _sentence_subject(text: str, before: int):
    """The subject at the start of a sentence ("The mayor ...", "Ana Ruiz ...", "She ..."):
    (start, end, words, kind) or None. Used for "X did this and said ..." and "..., saying ...".
    """
    p = _patterns()
    lead = _LEAD_IN.match(text).end()
    joined = _JOIN_WORD.match(text, lead)
    if joined:
        lead = joined.end()  # "But the other candidate ...": the subject after "But"
    opener = _SUBJECT_OPENER.match(text, lead, before)
    first = text[lead:lead + 12].split(None, 1)[:1]
    if opener and first and (first[0].lower() in _OPENER_WORDS or first[0].lower() in ("here", "there")
                             or first[0].lower().rstrip(",") in _starters()
                             and opener.end() - lead <= len(first[0]) + 2
                             # "Likewise, ...", "Shortly after the vote, ...", "Weighing in on it, ...":
                             # an adverb or a participle opens the phrase, not the subject
                             or first[0][:1].isupper() and first[0].rstrip(",").endswith(("ly", "ing"))):
        # "On Monday, Ana Ruiz toured the plant and said ...", "However, Ana Ruiz ...": Ana Ruiz
        lead = opener.end()
        for _ in range(3):
            # "At a rally in Ames, Iowa, on Sunday, Ana Ruiz ...": a place's state and a time
            # after the opening phrase are part of it
            more = _OPENING_PHRASE.match(text, lead, before)
            if more is None:
                break
            segment = text[lead:more.end()].rstrip(", ").split()
            last_two = text[:lead].rstrip(", ").split()[-2:]
            if segment and (segment[0] in _OPENER_WORDS or len(segment) <= 2 and len(last_two) == 2
                            and all(w[:1].isupper() for w in segment) and last_two[0] in _PLACE_LINKS
                            and last_two[1][:1].isupper() and last_two[1].lower() not in _CALENDAR):
                lead = more.end()
                continue
            break
    return _subject_at(text, lead, before)


def _subject_at(text: str, lead: int, before: int):
    """The subject that opens a clause at ``lead`` (a pronoun, a role, a name), ending before
    ``before``: (start, end, words, kind) or None."""
    p = _patterns()
    for key in ("pronoun_start", "role_start", "name_start"):
        m = p[key].match(text, lead, before)  # in place: no copy of the sentence per cue
        if not m:
            continue
        words = m.group(1)
        if key == "name_start":
            words, _ = _trim_name(words)
            if not words or not words[0].isupper() or len(words) < 2 and words.lower() in _starters():
                continue
            if words.lower() not in _CALENDAR and words.lower() not in ("the", "a", "an"):
                at = text.find(words, lead, before)
                longer = _with_role_after(text[:before], at, words)
                if longer != words:
                    return at, at + len(longer), longer, "name"
            if words.lower() in _CALENDAR:
                return None  # "Monday, Ana Ruiz ...": a day is not a subject
            if words.lower() in ("the", "a", "an"):
                # "The retired surgeon has ...": an article alone names nobody; the noun
                # phrase it opens does
                np = _OPENING_NP.match(text, m.start(1), before)
                if np is None or np.group(1).split()[-1].lower() in _NOT_SUBJECT_HEADS:
                    return None
                return np.start(1), np.end(1), np.group(1), "role"
        words = _drop_final_stop(words.strip())
        start = text.find(words, lead, before)
        return start, start + len(words), words, "pronoun" if key == "pronoun_start" else "name"
    # "the Stanford history graduate ended her speech by quoting ...": the noun phrase
    np = _OPENING_NP.match(text, lead + len(text[lead:lead + 8]) - len(text[lead:lead + 8].lstrip()), before)
    if np is None or np.group(1).split()[-1].lower() in _NOT_SUBJECT_HEADS:
        return None
    return np.start(1), np.end(1), np.group(1), "role"


# "The deputy head of the delegation", "The retired surgeon": an article and up to eight words,
# up to a comma, an auxiliary, a past-tense-looking word (one right after the article is an
# adjective: "retired") or the end of the window
_OPENING_NP = re.compile(r"((?:[Tt]he|An?|an?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)(?:\s+[a-z][\w’'-]*ed(?=\s+[a-z]))?(?:\s+(?!(?:is|are|was|were|has|have|had|will|would|can|could|may|"
                         r"might|did|does|do|who|which|that|and|but|said|says|say)\b)"
                         r"(?![\w’'-]*ed\b)[\w’'.-]+){1,8})(?=\s|[,;:]|$)")


def _resolve(att: Attribution, memory: SourceMemory) -> str | None:
    words = att.speaker_text or ""
    if _SPACE_RUN.search(words):
        words = " ".join(words.split())  # "Ana\nRuiz" (a line break inside the name) is "Ana Ruiz"
    low = words.lower()
    if low in ("he", "she"):
        # the nearest fitting person: one named (as a sentence's first name) since the last
        # speaker comes before that speaker ("Lee said ... Ana Ruiz disagreed. She said ..."); a
        # group, a document or a place is passed over ("Delegates", "the survey")
        for candidate in (memory.last_mentioned, memory.last_person, memory.last_source,
                          *reversed(memory.people)):
            if _person_like(candidate) and memory.gender.get(candidate.split()[-1].lower(), low) == low:
                return candidate
        return memory.last_mentioned or memory.last_person or memory.last_source
    if low in ("they", "it", "we", "i"):
        return memory.last_source
    core = _core_name(words).lower()
    if core in _outlet_roles() and memory.last_outlet:
        return memory.last_outlet
    return memory.resolve(words)


_INTRO_SUBJECT = re.compile(r"^\s*((?:the|a|an)\s+)?([\w’'. -]+?)\s+(?:has|had|have|offers|"
                            r"offered|gives|gave|adds|added|provides|provided|with|is|was)\b",
                            re.IGNORECASE)


_INTRO_WINDOW = 240  # the subject of "The paper has more:" is short; only the opening is searched


def _intro_window(text: str) -> str:
    """The opening of the sentence, cut at white space, where an introduction's subject can be.

    The subject pattern backtracks over runs of spaces (5,000 spaces took seconds), so it only
    ever sees the first few hundred characters. The cut falls just before white space, so a word
    at the window's end is a whole word.
    """
    if len(text) <= _INTRO_WINDOW:
        return text
    cut = _INTRO_WINDOW
    while cut > 0 and not text[cut].isspace():
        cut -= 1
    return text[:cut]


# "Ana Ruiz issued the following statement:", "the board released a statement:": the words below
# are the subject's (a statement is issued by whoever it speaks for)
_STATEMENT_INTRO = re.compile(r"\b(issued|released|put\s+out|sent\s+out|posted|delivered|gave)\s+"
                              r"(?:the\s+following|this|a|an|the)\s+(?:[a-z-]+\s+){0,2}"
                              r"(?:statement|remarks|response|message)\b[^:\"“”]{0,60}:\s*$")
# "Transcript as follows:", "The full transcript follows:": the words of the speaker just named
_TRANSCRIPT_INTRO = re.compile(r"^\s*(?:(?:the|a|full|partial|complete|edited)\s+)*transcript\s*"
                               r"(?:as\s+follows|follows|below)?\s*:\s*$", re.IGNORECASE)
# "Stated Ruiz:", "Continued the mayor:": a verb of saying, then who, then the colon
_INVERTED_INTRO = re.compile(r"^\s*([A-Z][a-z]+)\s+((?:the\s+)?[A-Za-z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})"
                             r"\s*:\s*$")
# "Frank quotes the economist Ana Ruiz:": the one quoted speaks below
_QUOTES_INTRO = re.compile(r"\b(?:quotes|quoted|cites|cited)\s+((?:[\w’'.-]+\s+){0,5}[A-Z][\w’'.-]*)\s*:\s*$")


def _inverted_person(name: str, memory: SourceMemory) -> bool:
    """In "Stated Ruiz:", the words after the verb are a person: one named before in the article
    ("Ruiz" after "Ana Ruiz"), or a title and a name ("Mayor Ruiz", "Sen. Ana Ruiz"); a plural
    noun in a subhead ("Confirmed Cases:", "Reported Crimes:") is neither."""
    words = name.split()
    if memory.resolve(name) != name or _known_person(words[-1].lower(), memory) is not None:
        return True
    first = words[0].lower().rstrip(".")
    return len(words) >= 2 and _person_like(name) and (
        first in load_words("role_nouns") or first in ("mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen"))


def _statement_intro(text: str, memory: SourceMemory) -> Attribution | None:
    """A sentence ending in ':' that hands over to someone's statement, transcript or quoted words
    ("Ana Ruiz issued the following statement:", "Transcript as follows:", "Stated Ruiz:")."""
    colon = text.rstrip().rfind(":")
    who = None
    m = _STATEMENT_INTRO.search(text)
    if m:
        found = _speaker_before(text, m.start(1), "said")
        if found is not None and found[3] != "pronoun":
            s, e, words, _ = found
            who = (s, e, memory.resolve(words), words, m.start(1))
    else:
        m = _INVERTED_INTRO.match(text) or _QUOTES_INTRO.search(text)
        if m and m.re is _INVERTED_INTRO:
            verb = m.group(1).lower()
            if verb not in _verb_set() or verb in BASE_FORMS:
                return None
            name = m.group(2)
            if name.split()[0].lower() == "the" and name.split()[-1].lower() not in load_words("role_nouns"):
                return None
            if name.split()[0].lower() != "the" and not name[:1].isupper():
                return None
            if name.split()[0].lower() != "the" and not _inverted_person(name, memory):
                return None  # a subhead ("Confirmed Cases:", "Added Costs:") names no one
            who = (m.start(2), m.end(2), memory.resolve(name), name, m.start(1))
        elif m:
            name = m.group(1)
            who = (m.start(1), m.end(1), memory.resolve(name), name, m.start())
    if who is None:
        return None
    s, e, source, said_by, cue_start = who
    memory.remember(source)
    ev = sorted([Evidence(s, e, "speaker", f"means {source}" if source != said_by else "who said it"),
                 Evidence(colon, colon + 1, "cue", "a colon that opens the words below")])
    cue = text[cue_start:colon + 1].strip() if cue_start > e else (text[cue_start:s].strip() or ":")
    return Attribution(source, cue, ev,
                       how="introduction", speaker_text=said_by)


def transcript_speaker(text: str, memory: SourceMemory) -> str | None:
    """For a line "Transcript as follows:", the person just named, whose words the transcript
    below holds (the line itself names nothing, so it is not attributed).

    >>> m = SourceMemory(); m.remember("Mayor Ana Ruiz")
    >>> transcript_speaker("Partial transcript as follows:", m), transcript_speaker("Transcript:", SourceMemory())
    ('Mayor Ana Ruiz', None)
    """
    if not _TRANSCRIPT_INTRO.match(text) or not memory.last_source or _is_outlet(memory.last_source):
        return None
    return memory.last_source


def introduction_source(text: str, memory: SourceMemory) -> Attribution | None:
    """For a sentence that ends with ':' and introduces a quotation, find whose words follow.

    >>> m = SourceMemory(); m.remember("The Daily Post")
    >>> introduction_source("The paper has more:", m).source
    'The Daily Post'
    >>> introduction_source("After the vote, Mayor Ana Ruiz issued the following statement:", m).source
    'Mayor Ana Ruiz'
    """
    if not text.rstrip().endswith(":"):
        return None
    statement = _statement_intro(text, memory)
    if statement is not None:
        return statement
    m = _INTRO_SUBJECT.match(_intro_window(text))
    if not m:
        return None
    subject = m.group(2).strip()
    core = subject.lower()
    start = m.start(2)
    if core in _outlet_roles() and memory.last_outlet:
        source = memory.last_outlet
    elif subject[:1].isupper():
        source = memory.resolve(subject)
    elif core.split()[-1] in load_words("role_nouns"):
        source = memory.last_source or subject
    else:
        return None
    colon = text.rstrip().rfind(":")
    ev = [Evidence(start, start + len(subject), "speaker", f"means {source}"),
          Evidence(colon, colon + 1, "cue", "a colon that opens the quotation below")]
    return Attribution(source, text[m.end(2):colon + 1].strip(), ev, how="introduction",
                       speaker_text=subject)


# An interview printed as questions and answers ("Q: ...", "A: ..."). An "A:" line is the words of
# the person interviewed (a source a reader can check: the interview is named in the article), so it
# is attributed to them. A "Q:" line is the interviewer's question: the outlet's own words, labelled
# by the ordinary rules like any sentence of the writer's (a question names no source).
INTERVIEWEE = "the person interviewed"


def _answer_line(text: str, m: re.Match[str]) -> Attribution:
    """ "A: I was at home.": an answer in a question-and-answer interview.

    An "A:" line is an answer only after a "Q:" line earlier in the article (``saw_question``):
    a lone "A: ... B: ..." is a list of choices.

    >>> att = speaker_label("A: I was at home with my sister.", SourceMemory(saw_question=True))
    >>> att.source, att.cue, att.how
    ('the person interviewed', ':', 'label')
    """
    colon = text.index(":", m.end(1))
    ev = [Evidence(m.start(1), m.end(1), "speaker", "“A:” marks an answer given in the interview"),
          Evidence(colon, colon + 1, "cue", "a colon after “A”: what follows are the answer's words")]
    return Attribution(INTERVIEWEE, ":", ev, how="label", speaker_text="A")


# "Name: words" at the start of a line: a headline formula ("Ana Ruiz: 'We will rebuild'") or a
# transcript ("RUIZ: Well, ..."). Section labels ("Related:", "Update:") are not speakers.
_SPEAKER_LABEL = re.compile(r"^\s*[\"“']?((?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*)\s*:\s+\S")


# A name, a colon, then a quotation, at the start of a sentence or after a dash or "More from" (a
# digest's credit: 'POLLS RAN EARLY - Ana Ruiz: "The polls ..."', 'Rep. Ana Ruiz (D-Ore.):"We ..."',
# 'More from Ruiz: "..."'): the quotation is the named person's words.
_NAME_COLON_QUOTE = re.compile(
    r"(?:^\s*|\s[-–—]+\s*|\b(?:[Mm]ore\s+from|[Ff]rom|[Hh]ere['’]s)\s+)"
    r"((?:[A-Z][\w’'.-]*\s+(?:and\s+)?){0,4}[A-Z][\w’'.-]*)(\s*\([^()]{1,20}\))?\s*:\s*(?=[“\"‘]|'')")


def _name_colon_quote(text: str, memory: SourceMemory) -> Attribution | None:
    """ 'Ana Ruiz: "We will fix it."' and the digest form 'FERRIES LATE - Ana Ruiz: "..."'.

    >>> _name_colon_quote('FERRIES RUN LATE - Ana Ruiz: “The boats are old.”', SourceMemory()).source
    'Ana Ruiz'
    >>> _name_colon_quote('UPDATE: "It is done."', SourceMemory()) is None
    True
    """
    for m in _NAME_COLON_QUOTE.finditer(text):
        name = m.group(1)
        if not _label_name_ok(name) or not _person_name_ok(name, memory):
            continue
        source = memory.resolve(name)
        memory.remember(source)
        colon = text.index(":", m.end(1))
        ev = [Evidence(m.start(1), m.end(1), "speaker", "the name before the colon says who is speaking"),
              Evidence(colon, colon + 1, "cue", "a colon after a name, then a quotation: their words")]
        return Attribution(source, ":", ev, how="label", speaker_text=name)
    return None


def _easy_word(word: str) -> bool:
    """An everyday English word (textstat's Dale-Chall list), plural too: "Luck", "Skies"."""
    from .readability import easy_words  # (read once, when a name before a colon is first checked)

    low = word.lower().strip(".,'’")
    easy = easy_words()
    return low in easy or (low.endswith("ies") and low[:-3] + "y" in easy) or (
        low.endswith("s") and low[:-1] in easy)


def _person_name_ok(name: str, memory: SourceMemory) -> bool:
    """Could the capitalised words before a colon be a person's or a group's name? Not when every
    word is an everyday word ("Good Luck", "Sunny Skies", "Big Idea"), unless the article named
    it before ("Bush") or a title or role opens it ("Mayor Brown").

    >>> _person_name_ok("Ana Ruiz", SourceMemory()), _person_name_ok("Sunny Skies", SourceMemory())
    (True, False)
    >>> _person_name_ok("Mayor Brown", SourceMemory()), _person_name_ok("Good Luck", SourceMemory())
    (True, False)
    """
    words = [w for w in name.split() if w != "and"]
    if not all(_easy_word(w) for w in words):
        return True
    if memory.resolve(name) != name or _known_person(name.lower(), memory) or name in memory.people:
        return True
    return len(words) > 1 and words[0].lower().rstrip(".") in _role_words()


def _label_name_ok(name: str) -> bool:
    """A name before a colon, not a section label ("Related:", "Update:") or a plain word
    ("SHOCKING:", "Finally:")."""
    words = name.lower().replace("’", "'").split()
    labels = load_words("section_labels")
    if name.lower() in labels or any(w in labels for w in words):
        return False
    return not (len(words) == 1 and (words[0] in _starters() or words[0] in load_words("english_common")
                                     or words[0].endswith(("ing", "ed", "ly", "est"))))


def speaker_label(text: str, memory: SourceMemory | None = None) -> Attribution | None:
    """The speaker of a line that opens "Name: words" (a transcript or a headline formula).

    >>> speaker_label("Ana Ruiz: We will rebuild the bridge.").source
    'Ana Ruiz'
    >>> speaker_label("RUIZ: Well, that is true.").source
    'RUIZ'
    >>> speaker_label("Related: The bridge reopens") is None, speaker_label("SHOCKING: It works") is None
    (True, True)
    """
    m = _SPEAKER_LABEL.match(text)
    if not m:
        return None
    name = m.group(1)
    if name == "A" and text[m.end(1):m.end(1) + 1] == ":":
        return _answer_line(text, m) if memory is not None and memory.saw_question else None
    words = name.lower().replace("’", "'").split()
    if words[0] in load_words("section_labels") or name.lower() in load_words("section_labels"):
        return None
    if len(words) == 1 and (words[0] in _starters() or words[0] in load_words("english_common")
                            or words[0].endswith(("ing", "ed", "ly", "est"))):
        return None  # "SHOCKING:", "Finally:" are not names
    if any(w in load_words("section_labels") for w in words):
        return None
    source = memory.resolve(name) if memory is not None else name
    colon = text.index(":", m.end(1))
    ev = [Evidence(m.start(1), m.end(1), "speaker", "the name before the colon says who is speaking"),
          Evidence(colon, colon + 1, "cue", "a colon after a name: what follows are their words")]
    if memory is not None:
        memory.remember(source)
    return Attribution(source, ":", ev, how="label", speaker_text=name)
