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
