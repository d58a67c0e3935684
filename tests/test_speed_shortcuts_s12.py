"""Session 12 speed work (issue 19): the speaker search splits the text before a cue once and
shares the words, and asks for a share of people ("42% of voters") at most once per text.

bench/identity.py checks the whole analysis JSON on real articles; these tests check the shared
words give what each search found on its own.
"""

from __future__ import annotations

import random

from test_speed_shortcuts_s9 import _tails

from toolkit import attribution


def _more_tails(seed: int, n: int) -> list[str]:
    """Ends of clauses with names, connectors, roles after places and white space of every kind."""
    rng = random.Random(seed)
    pieces = ["Ana", "Ruiz", "of", "the", "de", "van", "on", "to", "Police", "Chief", "chief", "police",
              "Dayton", "City", "in", "at", "a", "senior", "official", "officials", "spokesman", "for",
              "Mr.", "O'Neil", "Lee's", "AP", "U.S.", "said", ",", "(D-Ore.)", "19", "who", "\n", "\t",
              "\xa0", "\u2003", "\x1c", "İstanbul", "Sam"]
    return ["".join(rng.choice(pieces) + rng.choice([" ", " ", " ", "  ", "\n", "\xa0", "\u2003", ""])
                    for _ in range(rng.randint(0, 22)))
            for _ in range(n)]


def test_searches_given_the_split_words_find_what_they_found_alone():
    tails = _tails(121, 12000) + _more_tails(122, 12000)
    found = 0
    for tail in tails:
        words = tail.split()
        assert attribution._role_subject(tail, words) == attribution._role_subject(tail)
        assert attribution._name_at_end(tail, words) == attribution._name_at_end(tail)
        assert attribution._role_at_end(tail, words) == attribution._role_at_end(tail)
        found += attribution._name_at_end(tail) is not None
    assert 1000 < found < len(tails) - 1000  # the generated tails hold names and not-names


def test_a_share_of_people_is_asked_for_once_per_text(monkeypatch):
    # "... said" after a text with a share hint but no share: _share_subject ran and said None;
    # the speaker search later asked again for the same text. Now it asks once.
    asked = []
    inner = attribution._share_subject
    monkeypatch.setattr(attribution, "_share_subject", lambda tail: asked.append(tail) or inner(tail))
    for text in ("Half the time the tall trees said nothing.", "Most days the 12 old buses said 'Out'."):
        asked.clear()
        attribution.find_attribution(text)
        assert asked and len(asked) == len(set(asked)), asked
