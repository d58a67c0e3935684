"""Spot the words: click the words of one sentence that show who the source is, or the opinion.

>>> from toolkit.quiz import load_quiz
>>> q = next(q for q in load_quiz("example") if q.type == "spot_words")
>>> v = SPOT.check(q, target_words(q))
>>> v.correct, v.score, v.summary == f"{len(v.hits)}/{len(v.hits)}"
(True, 1.0, True)
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...evidence import EVIDENCE_KINDS
from ...keys import find_words
from ...render.html import esc
from ..feedback import RIGHT, WRONG, explain_sentence, verdict
from ..questions import FIND, text_field
from .base import SentenceQuestionType, Verdict, md_label, md_text

_TOKEN = re.compile(r"[^\s\u2014\u2013]+")
# A word: letters/digits joined by apostrophes, dots, hyphens, and commas between digits, with a
# leading money sign and a trailing percent sign kept ("$150,000", "3,100", "40%" stay whole).
# An abbreviation written with dots keeps its last one ("U.S.", not "U.S").
_CORE = re.compile(r"(?:[A-Za-z]\.){2,}(?![\w\-])"
                   r"|[$\u00a3\u20ac]?\w(?:[\w'\u2019.\-]|(?<=\d),(?=\d))*\w%?"
                   r"|[$\u00a3\u20ac]?\w%?")


def word_tokens(text: str) -> list[tuple[int, int, str]]:
    """Split a sentence into clickable words: (start, end, word), punctuation around words dropped.

    >>> [w for _, _, w in word_tokens('"They\\u2019re ruthless," he said \\u2014 twice.')]
    ['They\u2019re', 'ruthless', 'he', 'said', 'twice']
    >>> [w for _, _, w in word_tokens("It cost $150,000, and 3,100 more, 40% of it.")]
    ['It', 'cost', '$150,000', 'and', '3,100', 'more', '40%', 'of', 'it']
    >>> [w for _, _, w in word_tokens("They entered the U.S. as minors, U.S.-based.")]
    ['They', 'entered', 'the', 'U.S.', 'as', 'minors', 'U.S.-based']
    """
    out = []
    for m in _TOKEN.finditer(text):
        core = _CORE.search(m.group())
        if core:
            start = m.start() + core.start()
            out.append((start, start + len(core.group()), core.group()))
    return out


def target_words(q, optional: bool = False) -> list[int]:
    """Return the indexes of the words the key counts as evidence for this spot_words question.

    With ``optional=True``, return instead the words the key marks as optional: fair to click,
    not needed to get the question right.

    >>> from toolkit.quiz import load_quiz
    >>> q = load_quiz("example").get("spot-source")
    >>> [word_tokens(q.sentence.text)[i][2] for i in target_words(q)]
    ['Houston', 'Police', 'Chief', 'Art', 'Acevedo', 'told', 'NPR']
    """
    ks = q.sentence.key
    wanted = [ev for ev in ks.evidence if ev.kind in FIND[q.find] and ev.optional == optional]
    spans = []
    for ev in wanted:  # every listed piece counts, nested ones too
        start = find_words(ks.text, ev.text)
        if start >= 0:
            spans.append((start, start + len(ev.text)))
    return [i for i, (s, e, _) in enumerate(word_tokens(ks.text))
            if any(s < end and start < e for start, end in spans)]


def _all_n(n: int) -> str:
    return "the one word" if n == 1 else f"all {n} words"


def spot_what(q) -> str:
    """Say what the words to find do, for the sentence's own label (never "opinion" for a
    sentence the key calls a call to action or attributed).

    >>> from toolkit.keys import KeySentence
    >>> from toolkit.quiz.questions import Question, SentenceItem
    >>> ks = KeySentence(1, "Please share it.", "call_to_action")
    >>> spot_what(Question("q", "spot_words", "", sentences=(SentenceItem("a", 1, ks),),
    ...                    find="opinion"))
    'ask you to act or speak to you'
    """
    if q.find == "attribution":
        return "show who the source is"
    label = q.sentence.key.label
    kinds = {EVIDENCE_KINDS[ev.kind].label for ev in q.sentence.key.evidence
             if ev.kind in EVIDENCE_KINDS and ev.kind in FIND[q.find]}
    if {"opinion", "call_to_action"} <= kinds:
        return "judge or ask you to act"
    if label == "call_to_action":
        return "ask you to act or speak to you"
    if label == "opinion":
        return "make it the writer's opinion"
    return "push you toward a view"


@dataclass(frozen=True)
class SpotVerdict(Verdict):
    """A spot-the-words answer checked, as word indexes: the evidence words clicked (``hits``),
    the clicked words that are not evidence (``extra``), those still to find (``missed``), the
    optional words not clicked (``fair``), and how many words the key counts (``target``).

    >>> SpotVerdict(None, None, "empty").hits
    ()
    """

    hits: tuple[int, ...] = ()
    extra: tuple[int, ...] = ()
    missed: tuple[int, ...] = ()
    fair: tuple[int, ...] = ()
    target: int = 0


def check_spot(q, answer) -> SpotVerdict:
    """Check the words a student clicked (a list of word indexes), with partial credit.

    >>> from toolkit.quiz import load_quiz
    >>> v = check_spot(load_quiz("example").get("spot-source"), [5, 6])
    >>> v.correct, v.hits, v.missed, v.target
    (False, (5, 6), (2, 3, 4, 7, 8), 7)
    """
    tokens = word_tokens(q.sentence.key.text)
    chosen = sorted({int(i) for i in (answer or []) if 0 <= int(i) < len(tokens)})
    if not chosen:
        return SpotVerdict(None, None, "empty")
    target = set(target_words(q))
    allowed = set(target_words(q, optional=True)) - target
    hits = [i for i in chosen if i in target]
    extra = [i for i in chosen if i not in target and i not in allowed]
    missed = sorted(target - set(chosen))
    ok = not extra and not missed
    score = max(0.0, (len(hits) - len(extra)) / len(target)) if target else 0.0
    if ok:
        score = 1.0
    return SpotVerdict(ok, score, f"{len(hits)}/{len(target)}", tuple(hits), tuple(extra),
                       tuple(missed), tuple(sorted(allowed - set(chosen))), len(target))


def spot_html(q, v: SpotVerdict) -> str:
    """The feedback for a spot-the-words verdict (``check_spot``).

    >>> from toolkit.quiz import load_quiz
    >>> q = load_quiz("example").get("spot-source")
    >>> "2 of the 7 words" in spot_html(q, check_spot(q, [5, 6]))
    True
    """
    if v.correct is None:
        return verdict(False, "Click the words first, then press Check.")
    tokens = word_tokens(q.sentence.key.text)
    what = spot_what(q)
    if v.correct:
        head = verdict(True, f"you found {_all_n(v.target)} that {what}.")
        if v.fair:
            names = ", ".join(_fair_name(q, tokens, i) for i in v.fair)
            head += (f"<div>The answer below also marks {names}: "
                     f"{'it is' if len(v.fair) == 1 else 'they are'} fair to click, "
                     f"but you did not need {'it' if len(v.fair) == 1 else 'them'}.</div>")
        return head + explain_sentence(q.sentence.key, FIND[q.find])
    head = verdict(False, f"you found {len(v.hits)} of the {v.target} "
                          f"word{'s' if v.target != 1 else ''} that {what}. Try again.")
    lines = []
    if v.hits:
        lines.append(f"<li>{RIGHT} Right so far: " + ", ".join(
            f"\u201c{esc(tokens[i][2])}\u201d" for i in v.hits) + ".</li>")
    for i in v.extra:  # each word that is not evidence, with why
        lines.append(f"<li>{WRONG} \u201c{esc(tokens[i][2])}\u201d is not evidence: "
                     f"{esc(why_not_evidence(q, i))}. Click it again to let go.</li>")
    if v.missed:
        lines.append(f"<li>\u2026 {esc(_missing(q, v))}</li>")
    return head + f"<ul>{''.join(lines)}</ul>"


def _fair_name(q, tokens, i: int) -> str:
    """An optional word the student did not click, named with the phrase it belongs to when the
    key's optional piece is a phrase around a needed word ("“Move”, as part of “Brilliant Move”":
    "Move" alone is no loaded word; s12 walk #9).

    >>> from toolkit.quiz import load_quiz
    >>> q = load_quiz("03-fact-claim-opinion").get("spot-headline")
    >>> tokens = word_tokens(q.sentence.text)
    >>> _fair_name(q, tokens, [w for _, _, w in tokens].index("Move"))
    '\u201cMove\u201d, as part of \u201cBrilliant Move\u201d'
    """
    ks = q.sentence.key
    s, e, word = tokens[i]
    needed = set(target_words(q))
    for ev in ks.evidence:
        start = find_words(ks.text, ev.text)
        if not ev.optional or ev.kind not in FIND[q.find] or start < 0:
            continue
        inside = [j for j, (a, b, _) in enumerate(tokens) if a < start + len(ev.text) and start < b]
        if i in inside and set(inside) & needed:
            return f"\u201c{esc(word)}\u201d, as part of \u201c{esc(ev.text)}\u201d"
    return f"\u201c{esc(word)}\u201d"


# Why a clicked word is not evidence, and what kind of word is still to find (issue 15,
# walkthrough 4 finding 6): feedback names the kind, never only "not part of the evidence".
STILL_TO_FIND = {
    "speaker": "the name of who says it",
    "cue": "the reporting word (like says, told or reports)",
    "loaded": "a word that judges: it praises, insults or takes a side",
    "modal": "the word that tells someone what they must or should do",
    "superlative": "the words that say 'more than all the others' (like 'the worst')",
    "question": "the question the writer asks you",
    "reader_address": "a word that speaks straight to you, the reader",
    "imperative": "a word that tells you to do something",
}
# Small words that link or point; clicked for an opinion or a source, they are never the evidence.
LINK_WORDS = frozenset(
    "a an the and or but nor so yet of to in on at by for with from into onto about as than that "
    "this these those there here it its is are was were be been being has have had do does did "
    "not instead also then still just even which who whom whose what when where while if because "
    "his her their our my your he she they we i".split())


def word_kinds(q) -> dict[int, str]:
    """Which kind of evidence each target word of a spot question belongs to (word index -> kind).

    >>> from toolkit.quiz import load_quiz
    >>> q = load_quiz("02-says-who").get("spot-attribution")
    >>> sorted(set(word_kinds(q).values()))
    ['cue', 'speaker']
    """
    ks = q.sentence.key
    spans = []
    for ev in ks.evidence:
        if ev.kind in FIND[q.find] and not ev.optional:
            start = find_words(ks.text, ev.text)
            if start >= 0:
                spans.append((start, start + len(ev.text), ev.kind))
    out = {}
    for i, (s, e, _) in enumerate(word_tokens(ks.text)):
        for start, end, kind in spans:
            if s < end and start < e:
                out.setdefault(i, kind)
    return out


def why_not_evidence(q, i: int) -> str:
    """Why the word at index ``i`` is not evidence for this spot question, in one plain clause.

    >>> from toolkit.quiz import load_quiz
    >>> q = load_quiz("03-fact-claim-opinion").get("spot-must")
    >>> why_not_evidence(q, 0)
    'it links two ideas; it does not judge or tell anyone what to do'
    """
    ks = q.sentence.key
    tokens = word_tokens(ks.text)
    s, e, word = tokens[i]
    low = word.lower().strip("'\u2019")
    spans = {ev.kind: [] for ev in ks.evidence}
    for ev in ks.evidence:
        start = find_words(ks.text, ev.text)
        if start >= 0:
            spans[ev.kind].append((start, start + len(ev.text)))

    def inside(kind: str) -> bool:
        return any(a <= s and e <= b for a, b in spans.get(kind, ()))

    if q.find == "attribution":
        if inside("quote"):
            return "it is part of what was said, not who said it"
        speaker = spans.get("speaker") or []
        cue = spans.get("cue") or []
        if speaker and cue and speaker[0][1] <= s and e <= cue[0][0]:
            return "it tells more about the person (like their job); the question asks for the name"
        if low in LINK_WORDS:
            return "it is a small linking word, not a name or a reporting word"
        return "it is part of what the sentence reports, not who says it or the reporting word"
    if low in LINK_WORDS:
        if low in ("instead", "but", "yet", "so", "and", "or", "because", "while", "still"):
            return "it links two ideas; it does not judge or tell anyone what to do"
        return "it is a small word that points or links; it does not judge or ask anything"
    if any(ch.isdigit() for ch in word):
        return "it is a number: a fact a reader could check"
    if word[:1].isupper() and i > 0 and not word.isupper():
        return "it is a name: it says who or where, it does not judge"
    return "it says what happens or who is involved; it does not judge or push you"


def _target_spans(q) -> list[list[int]]:
    """The target words of a spot question grouped by the key's evidence piece (word indexes)."""
    ks = q.sentence.key
    tokens = word_tokens(ks.text)
    groups = []
    for ev in ks.evidence:
        if ev.kind in FIND[q.find] and not ev.optional:
            start = find_words(ks.text, ev.text)
            if start >= 0:
                end = start + len(ev.text)
                groups.append([i for i, (s, e, _) in enumerate(tokens) if s < end and start < e])
    return groups


def _missing(q, v) -> str:
    """What is still to find, by kind; a word missing from a phrase the student has begun is
    named by the words found ("the word that goes with “most”": s5 walkthrough #10).

    >>> from toolkit.quiz import load_quiz
    >>> q = load_quiz("03-fact-claim-opinion").get("spot-must")
    >>> words = [w for _, _, w in word_tokens(q.sentence.text)]
    >>> v = SPOT.check(q, [words.index("must"), words.index("most")])
    >>> _missing(q, v)
    'Still to find: 1 more word: the word that goes with “most”.'
    """
    kinds = word_kinds(q)
    tokens = word_tokens(q.sentence.text)
    hits, missed = set(v.hits), set(v.missed)
    what = []
    for i in sorted(missed):
        group = next((g for g in _target_spans(q) if i in g), [])
        found = [j for j in group if j in hits]
        if found:
            left = sum(1 for j in group if j in missed)
            words = " ".join(tokens[j][2] for j in found)
            name = (f"the word{'s' if left != 1 else ''} that go{'es' if left == 1 else ''} "
                    f"with \u201c{words}\u201d")
        else:
            name = STILL_TO_FIND.get(kinds.get(i, ""), "")
        if name and name not in what:
            what.append(name)
    n = len(v.missed)
    where = f": {'; '.join(what)}" if what else ""
    return f"Still to find: {n} more word{'s' if n != 1 else ''}{where}."


def _parse_find(raw, item, bad) -> str:
    find = text_field(raw.get("find"))
    if not find:
        find = "attribution" if item.key.label == "attributed" else "opinion"
    if find not in FIND:
        bad("find", f"{find!r} is not something to find; use {' or '.join(FIND)}.")
        return find
    if not any(ev.kind in FIND[find] for ev in item.key.evidence):
        bad("find", f"the key lists no {find} words for {item.article} sentence {item.n}: "
                    f"pick another sentence or ask for the key to be completed.")
    return find


class SpotType(SentenceQuestionType):
    """Click the evidence words of one sentence; the key's evidence of the kinds asked for.

    An answer is the places of the clicked words (see :func:`word_tokens`):

    >>> from toolkit.quiz import load_quiz
    >>> from toolkit.quiz.types import question_type
    >>> q = load_quiz("example").get("spot-source")
    >>> [w for _s, _e, w in word_tokens(q.sentence.text)][2:9]
    ['Houston', 'Police', 'Chief', 'Art', 'Acevedo', 'told', 'NPR']
    >>> v = question_type(q).check(q, [2, 3, 4, 5, 6, 7, 8])
    >>> v.correct, v.summary
    (True, '7/7')
    >>> question_type(q).check(q, [0, 6]).summary  # "They're" is not evidence
    '1/7'
    """

    name = "spot_words"
    fields = frozenset({"sentence", "find"})
    prompt = "Click the words that show it."
    hint = "Read the sentence aloud and stop at the words that carry the point."

    def parse_about(self, raw, item, bad) -> dict:
        return dict(find=_parse_find(raw, item, bad))

    def answer_key(self, q) -> list[str]:
        """The sentence, the key's words of the kinds asked for, and the key's label."""
        ks = q.sentence.key
        words = [f"“{md_text(e.text)}” ({e.kind}{', may be clicked, not needed' if e.optional else ''})"
                 for e in ks.evidence if e.kind in FIND[q.find]]
        return [f"- Sentence ({q.sentence.article} #{ks.n}): {md_text(ks.text)}",
                f"- **Words to spot:** {', '.join(words)}. Label: {md_label(ks.label)}."]

    def check(self, q, answer) -> SpotVerdict:
        return check_spot(q, answer)

    def feedback(self, q, v) -> str:
        return spot_html(q, v)

    def reveal(self, q) -> str:
        """The evidence words highlighted and named."""
        return f"<div><b>Answer:</b>{explain_sentence(q.sentence.key, FIND[q.find])}</div>"

    def answer_text(self, q, answer) -> str:
        """The clicked words, not their indexes."""
        tokens = word_tokens(q.sentence.key.text)
        return " | ".join(tokens[i][2] for i in answer if 0 <= i < len(tokens))

    def build(self, view):
        import ipywidgets as W

        from ..controls import AUTO, desc, make

        view.controls = [make(W.ToggleButton, layout=AUTO, value=False,
                              description=desc(word), tooltip=f"word {i + 1}: {word}")
                         for i, (_, _, word) in enumerate(word_tokens(view.q.sentence.text))]
        return make(W.Box, children=view.controls, layout={"flex_flow": "row wrap"})

    def read(self, view):
        return [i for i, b in enumerate(view.controls) if b.value]

    def write(self, view, answer) -> None:
        chosen = set(answer or [])
        for i, b in enumerate(view.controls):
            b.value = i in chosen

    def preview_html(self, q) -> str:
        return f"<blockquote>{esc(q.sentence.text)}</blockquote>"

    def preview_text(self, q) -> list[str]:
        return [f"  \u201c{q.sentence.text}\u201d"]


SPOT = SpotType()
