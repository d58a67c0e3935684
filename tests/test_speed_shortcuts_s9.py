"""Session 9 speed shortcuts (issue 19) give exactly what the slower way gave.

Each test runs a rule with its new shortcut and with the shortcut turned off (the old way) on
thousands of generated sentences built from the words the rule looks for, so that both answers
occur often. bench/identity.py checks the whole analysis JSON on real articles.
"""

from __future__ import annotations

import random

from toolkit import attribution
from toolkit.attribution import SourceMemory, find_attribution, quote_spans
from toolkit.wordlists import load_lines, word_set


def _attribution_pieces() -> list[str]:
    """Reporting verbs and phrases (whole, cut, run on, in capitals, next to an apostrophe or a
    hyphen), names, roles, pronouns, quotation marks and the letters whose case is a trap."""
    rng = random.Random(91)
    verbs = [line.split("\t")[0].strip() for line in load_lines("reporting_verbs")]
    phrases = [line.split("\t")[0].strip() for line in load_lines("reporting_phrases")]
    roles = [line.split("\t")[0].strip() for line in load_lines("role_nouns")]
    pieces = []
    for e in rng.sample(verbs, min(80, len(verbs))) + phrases:
        pieces += [e, e.upper(), e.title(), e + "-", "-" + e, "'" + e, "’" + e, e + "'s", e + "’s",
                   e + "’", e + "ly", e[:-1], e.replace("s", "ſ"), e.replace("i", "ı"),
                   e.replace("i", "İ"), e.replace("k", "\u212a"), e.replace(" ", "\n"), e.replace(" ", "  ")]
    words_of_phrases = sorted({w for p in phrases for w in p.split()})
    pieces += words_of_phrases + [w.title() for w in words_of_phrases]
    pieces += rng.sample(roles, min(40, len(roles)))
    pieces += ["Ana Ruiz", "Mayor Ana Ruiz", "Ruiz", "Lee", "he", "she", "they", "He", "She", "the",
               "a", "an", "in", "In", "A", "An", "to", "of", "and", ",", ".", ":", "—", '"', "“", "”",
               "'", "’", "''", "(D-Ore.)", "on Tuesday", "last week", "who", "which", "that", "plan",
               "the plan", "will", "fall", "fares", "city", "The", "poll", "survey", "released", "by",
               "put it", "As", "claim", "To", "\xa0", "İ", "ı", "ſ", "don't", "it’s", "'s", "said"]
    return pieces


PLAIN = ["Ana Ruiz", "Ruiz", "he", "she", "the", "a", "an", "in", "In", "A", "to", "of", "and", "for",
         ",", ".", ":", "—", '"', "“", "”", "plan", "will", "fall", "fares", "city", "The", "poll",
         "statement", "interview", "press", "release", "reporters", "spokesman", "letter", "the mayor",
         "on Tuesday", "who", "that", "İ", "ı", "ſ", "\u212a", "ate", "paid", "built", "stop-said"]


# sources found with no verb of saying: a view ("To Ruiz, ..."), "as X put it", a claim noun, a
# poll or report named after "In"; with "a" or "in" in the sentence or not
OPENERS = ["To Ruiz,", "To county nurse Ana Ruiz,", "To Ruiz, who ran in a race,", "As Ruiz put it,",
           "As the mayor put it in a letter,", "In a Gallup poll released in May,",
           "In a Gallup poll of voters,", "In the city's survey of riders,",
           "In a new report,", "In Ruiz's claim that the plan works,", "Ruiz's claim that a plan works",
           "the claim that", "Ana Ruiz runs the ward.", "Ana Ruiz runs a ward in the city.", "In", "A"]


def _sentences(seed: int, n: int) -> list[str]:
    """A third from every piece, a third from plain words (few with a verb of saying), a third
    opening with a source named in another way."""
    pieces = _attribution_pieces()
    rng = random.Random(seed)
    out = []
    for i in range(n):
        words = " ".join(rng.choice(pieces if i % 3 == 0 or rng.random() < 0.1 else PLAIN)
                         for _ in range(rng.randint(1, 16)))
        out.append(f"{rng.choice(OPENERS)} {words}" if i % 3 == 2 else words)
    return out


def _run(texts: list[str]) -> list:
    memory = SourceMemory()
    found = []
    open_quote = False
    for i, text in enumerate(texts):
        if i % 50 == 0:
            memory = SourceMemory()  # a new article now and then
        quotes, still_open = quote_spans(text, open_quote)
        words = word_set(text) if i % 7 else frozenset(word_set(text))  # also without .text
        found.append(find_attribution(text, memory, open_quote, words, quotes if i % 5 else None))
        open_quote = still_open
    return found + [memory]


def test_find_attribution_with_its_phrase_check_equals_find_attribution_without(monkeypatch):
    texts = _sentences(92, 6000)
    checked = _run(texts)
    skipped = sum(not attribution._phrase_may_match(t, word_set(t)) for t in texts)
    monkeypatch.setattr(attribution, "_phrase_may_match", lambda text, words: True)
    plain = _run(texts)
    assert checked == plain
    assert 700 < sum(a is not None for a in plain[:-1]) < 5000  # both answers occur often
    assert skipped > 1000  # the check did skip scans


def test_phrase_check_never_rules_out_a_match():
    """Direct: where the check says "cannot match", the phrase regex finds nothing."""
    patterns = attribution._patterns()
    for text in _sentences(93, 12000):
        words = word_set(text)
        if not attribution._phrase_may_match(text, words):
            assert patterns["phrase"].search(text) is None, text


def _tails(seed: int, n: int) -> list[str]:
    """Ends of clauses before a verb of saying: role nouns (plural too), words that follow them,
    shares, digits (other scripts' too), capitals, white space of every kind."""
    singles, _ = attribution._role_entries()
    rng = random.Random(seed)
    roles = rng.sample(sorted(singles), min(60, len(singles)))
    pieces = roles + [r + "s" for r in roles] + [r.upper() for r in roles[:10]] + sorted(
        attribution._NOT_SUBJECT_HEADS)[:30] + sorted(attribution._ROLE_AFTER) + [
        "the", "a", "another", "of", "the board", "talks", "close", "to", "him", "Ana", "Ruiz",
        "half", "Half", "third", "quarter", "majority", "MAJORITY", "pluralities", "minority", "those",
        "12", "٣", "²", " of ", "riders", "voters", "nurses", "said", "released", "that", ",", ".",
        "\n", "\t", "\xa0", "\u2003", "\x1c"]
    plain = ["Ana", "Ruiz", "city", "board", "union", "Dayton", "riders", "school", "bus", "the", "talks"]
    out = []
    for i in range(n):
        if i % 2:  # a role noun, a word that may follow it, then 0-10 plain words
            role = rng.choice(roles + [r + "s" for r in roles])
            after = rng.choice(sorted(attribution._ROLE_AFTER))
            out.append(" ".join([rng.choice(["a", "the", "one", ""]), role, after]
                                + [rng.choice(plain) for _ in range(rng.randint(0, 10))]))
        else:
            out.append("".join(rng.choice(pieces) + rng.choice([" ", " ", " ", "  ", "\n", "\xa0", ""])
                               for _ in range(rng.randint(0, 18))))
    return out


def test_role_subject_with_its_word_check_equals_role_subject_without(monkeypatch):
    tails = _tails(94, 20000)
    checked = [attribution._role_subject(t) for t in tails]
    skipped = sum(not attribution._may_hold_role(t, attribution._role_entries()[0]) for t in tails)
    monkeypatch.setattr(attribution, "_may_hold_role", lambda tail, singles: True)
    plain = [attribution._role_subject(t) for t in tails]
    assert checked == plain
    assert 1000 < sum(r is not None for r in plain) < 19000 and skipped > 1000


def test_share_hint_in_one_search_equals_one_test_per_hint():
    def old(tail: str) -> bool:  # the test it replaces (one substring test per hint, then a digit)
        end = tail[-90:].lower()
        return any(h in end for h in attribution._SHARE_HINTS) or attribution._DIGIT.search(end) is not None

    answers = [(attribution._share_hint(t), old(t)) for t in _tails(95, 20000)]
    assert all(new == plain for new, plain in answers)
    assert 1000 < sum(plain for _, plain in answers) < 19000
