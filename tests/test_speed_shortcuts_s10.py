"""Session 10 speed shortcuts (issue 19) give exactly what the slower way gave.

Each test compares a shortcut with the plain way it replaces, on generated text built from the
words the rule looks for, glued to apostrophes, hyphens and letters whose case is a trap, so both
answers occur often. bench/identity.py checks the whole analysis JSON on real articles.
"""

from __future__ import annotations

import random

from toolkit.attribution import _patterns, _verb_matches
from toolkit.wordlists import load_words, word_set


def _verb_pieces() -> list[str]:
    pieces = []
    for verb in sorted(load_words("reporting_verbs")):
        first = verb.split()[0]
        pieces += [verb, verb.title(), verb.upper(), first, verb.replace(" ", "\n"),
                   verb.replace(" ", "  "), first + "s", first[:-1]]
    pieces += ["the", "mayor", "Ruiz", "he", "plan", "a", "in", "of", "'", "’", "-", "_", "9",
               "'s", "’s", "ſ", "ı", "İ", "\u212a", '"', "“", "”", ",", ".", ":", "—", "(", "\xa0"]
    return pieces


def test_verb_matches_are_the_verb_regex_matches():
    verb = _patterns()["verb"]
    pieces = _verb_pieces()
    rng = random.Random(10)
    found = 0
    for _ in range(6000):
        # pieces joined by a space, or glued together ("he’said", "co-said", "said_x", "İsaid")
        text = "".join(rng.choice(pieces) + rng.choice([" ", " ", " ", "", "\n"])
                       for _ in range(rng.randint(1, 12)))
        plain = [(m.span(), m.group(0)) for m in verb.finditer(text)]
        quick = [(m.span(), m.group(0)) for m in _verb_matches(text, word_set(text), verb)]
        assert quick == plain, text
        found += bool(plain)
    assert 1000 < found < 5900  # sentences with and without verbs were both tested


def test_verb_matches_without_a_word_set_scans():
    verb = _patterns()["verb"]
    text = "Ruiz said he’said it, and co-said nothing; she laid\nout a plan."
    assert [m.group(0) for m in _verb_matches(text, frozenset(), verb)] == \
        [m.group(0) for m in verb.finditer(text)]


# --- _may_hold_role: one set test instead of a walk over the words ---------------------------

from toolkit.attribution import _NOT_SUBJECT_HEADS, _may_hold_role, _role_entries  # noqa: E402


def _walked(tail: str, singles: frozenset[str]) -> bool:
    """The word-by-word walk the set test replaced."""
    words = tail.split()
    for head in words[max(0, len(words) - 10):len(words) - 1]:
        low = head.lower()
        if (low in singles or low[-1:] == "s" and low[:-1] in singles) and low not in _NOT_SUBJECT_HEADS:
            return True
    return False


def test_may_hold_role_is_the_walk():
    singles, _ = _role_entries()
    nouns = sorted(singles)
    rng = random.Random(101)
    pieces = ["the", "a", "of", "for", "said", "Ruiz", "day", "days", "times", "ſ", "İ", "\u212a",
              "’s", ",", "\n", "\xa0", "s", "ss"]
    held = 0
    for _ in range(6000):
        words = []
        for _ in range(rng.randint(0, 14)):
            word = rng.choice(nouns) if rng.random() < 0.15 else rng.choice(pieces)
            words.append(rng.choice([word, word.upper(), word.title(), word + "s", word + "es"]))
        tail = "".join(w + rng.choice([" ", " ", "  ", "\n", "\xa0", "\t"]) for w in words)
        assert _may_hold_role(tail, singles) == _walked(tail, singles), tail
        held += _walked(tail, singles)
    assert 1000 < held < 5000  # both answers were tested often
