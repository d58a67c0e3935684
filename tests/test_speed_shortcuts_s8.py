"""Session 8 speed shortcuts (issue 19) give exactly what the slower way gave.

Each test compares a shortcut with the plain way it replaces, on generated text built from the
words the rules look for, so both answers occur often. bench/identity.py checks the whole
analysis JSON on real articles.
"""

from __future__ import annotations

import random

from toolkit.articles import _any_furniture, _furniture_patterns

FURNITURE_PIECES = [
    "share", "this", "story", "Share on Facebook", "tweet", "email", "print", "copy link",
    "updated", "Published", "posted", "at", "on", ":", "3:15", "12:05", "2019", "May", "Jan.",
    "Monday,", "12", "4/5/2020", "photo", "by", "Photo:", "image", "video", "AP", "Getty",
    "©", "(c)", "copyright", "advertisement", "ad", "skip ad", "subscribe", "sign up", "newsletter",
    "follow us", "donate", "today", "now", "please", "support us", "related", "read more",
    "stories", "coverage", "By", "Ana", "Ruiz", "and", "Lee", "WASHINGTON", "—", "-", "(AP)",
    "listen", "live", "radio", "the", "mayor", "said", "fares", "will", "fall", "x", "twitter",
    "|", ",", ".", "!", "said.", "your", "gift", "make a donation", "Recommended", "see also",
    "12,", "12 May", "journalism", "local news", "our work", "2019 at 3:15 p.m. EST",
]


def test_any_furniture_matches_exactly_when_one_pattern_does():
    gate = _any_furniture()
    patterns = [p for _, p in _furniture_patterns()]
    assert gate is not None
    rng = random.Random(8)
    hits = 0
    for _ in range(20000):
        line = rng.choice([" ", ""]).join(rng.choice(FURNITURE_PIECES) for _ in range(rng.randint(1, 6)))
        plain = any(p.fullmatch(line) for p in patterns)
        assert bool(gate.fullmatch(line)) == plain, line
        hits += plain
    assert 1000 < hits < 19000  # both answers were tested often


# --- find_opinion's gate (one set intersection and one prefix search per sentence) ---------------

from toolkit import opinion  # noqa: E402
from toolkit.wordlists import load_lines, may_contain, word_set  # noqa: E402


def _opinion_pieces() -> list[str]:
    """Words and phrases of every list find_opinion reads, some cut or run on, plus plain words,
    quotation marks and the letters whose case is a trap (``ſ``, ``ı``, ``İ``, the Kelvin sign)."""
    rng = random.Random(19)
    entries = []
    for name in ("loaded_strong", "loaded_mild", "modals", "superlatives", "second_person",
                 "stance_markers", "first_person", "judging_predicates", "loaded_own",
                 "loaded_partisan", "political_blocs"):
        for line in load_lines(name):
            cols = [c.strip() for c in line.split("\t")]
            entries += [c for c in cols[:2] if c and not c.startswith(("<", "#"))]
    entries += [w for w, _ in opinion._lexicon()[1]] + rng.sample(sorted(opinion._lexicon()[0]), 300)
    pieces = []
    for e in entries:
        e = e.rstrip("*")
        pieces += [e, e.upper(), e.title(), e + "ly", e + "-led", e[:-1] if len(e) > 3 else e]
    pieces += ["the", "of", "to", "is", "was", "a", "plan", "idea", "mayor", "Ruiz", "said", "you",
               "We", "US", "most", "least", "at least", "the left", "the right's", "so bad", "of course",
               "after all,", "’s", "'s", "don’t", "ſo", "of courſe", "ıdiot", "İdiot", "\u212aind", "naïve",
               '"', "“", "”", ",", ".", "!", "?", "—", "(", ")", "\xa0", "\n"]
    return pieces


def _sentence(rng: random.Random, pieces: list[str]) -> str:
    return " ".join(rng.choice(pieces) for _ in range(rng.randint(1, 14)))


def test_opinion_gate_opens_every_check_may_contain_opens():
    pieces = _opinion_pieces()
    rng = random.Random(11)
    opened = 0
    for _ in range(6000):
        text = _sentence(rng, pieces)
        words = word_set(text)
        mask, prefixed = opinion._gate(words)
        for bit, (name, _, _) in enumerate(opinion._OPINION_LISTS + (("second_person", "", ""),)):
            plain = may_contain(name, words)
            assert bool(mask >> bit & 1 or (prefixed and may_contain(name, words))) == plain, (name, text)
            opened += plain
        if not prefixed:
            assert not opinion._starred()[1].search(words.text), text
        if not (mask & opinion._LEXICON or prefixed):
            assert opinion._lexicon_hits(words) == ({}, []), text
        if mask & opinion._JUDGING != opinion._JUDGING:
            assert opinion._judging_predicate(text, words, lambda i: False) == [], text
        if not mask & opinion._STANCE:
            assert opinion._stance_and_voice(text, words, lambda i: False) == [], text
    assert opened > 3000


def test_find_opinion_with_its_gates_equals_find_opinion_without(monkeypatch):
    """The gates only skip work that finds nothing: the same sentences checked the old way give
    the same evidence (the old way: may_contain decides for each word list and "you", every other
    check runs with its own set lookups, no phrase is ruled out by its words, the lists' regexes
    read the sentence itself, not its lower case)."""
    pieces = _opinion_pieces()
    rng = random.Random(12)
    texts = [_sentence(rng, pieces) for _ in range(4000)]
    quoted = [(t, [(0, len(t) // 3)] if i % 3 == 0 else None) for i, t in enumerate(texts)]
    gated = [opinion.find_opinion(t, q, word_set(t)) for t, q in quoted]
    old_mask = ~0 & ~(opinion._SECOND_PERSON | (1 << len(opinion._OPINION_LISTS)) - 1)
    monkeypatch.setattr(opinion, "_gate", lambda words: (old_mask, True))
    monkeypatch.setattr(opinion, "_trusted_lower", lambda text, words: None)
    monkeypatch.setattr(opinion, "_plain_lower", lambda text: "")
    plain = [opinion.find_opinion(t, q, word_set(t)) for t, q in quoted]
    assert gated == plain
    assert sum(map(bool, plain)) > 2000  # most sentences hold a sign


def test_may_hold_never_rules_out_a_phrase_its_regex_finds():
    pieces = _opinion_pieces()
    phrases = sorted({e for e, _ in opinion._lexicon()[1]} | {
        p for ps in opinion._stance_rules()[1].values() for p in ps})
    rng = random.Random(13)
    found = ruled_out = 0
    for _ in range(3000):
        text = _sentence(rng, pieces + phrases)
        lowered = opinion._trusted_lower(text, word_set(text))
        for entry in rng.sample(phrases, 40):
            hit = opinion._word_regex(entry).search(text) is not None
            hold = opinion._may_hold(entry, lowered)
            assert hold or not hit, (entry, text)
            found += hit
            ruled_out += not hold
    assert found > 300 and ruled_out > 10000


def test_list_spans_on_the_lower_case_equal_the_case_insensitive_regex():
    pieces = _opinion_pieces()
    rng = random.Random(14)
    found = 0
    for _ in range(4000):
        text = _sentence(rng, pieces)
        for name, _, _ in opinion._OPINION_LISTS:
            plain = [m.span() for m in opinion.phrase_regex(name).finditer(text)]
            assert opinion._list_spans(name, text, opinion._plain_lower(text)) == plain, (name, text)
            found += bool(plain)
    assert found > 2000


# --- paragraph word counts from the lines' words --------------------------------------------

from toolkit import article_from_text  # noqa: E402
from toolkit.readability import count_words  # noqa: E402

WORD_PIECES = ["Ana", "Ruiz’s", "isn't", "rock'n'roll", "42", "U.S.", "Ünal", "naïve", "Σοφία", "東京",
               "서울", "x-ray", "—", "“Yes,”", "'", "’", "said.", "the", "bus", "fares", "fall.", "Fares!"]
GAPS = [" ", "  ", "\t", "\xa0", "\n", "\n  ", " \n", "\r\n", "\u2028", "\n\n", "\n\n\n"]


def test_paragraph_words_equal_count_words_of_the_paragraph():
    rng = random.Random(15)
    known = 0
    for _ in range(1500):
        text = "".join(rng.choice(WORD_PIECES) + rng.choice(GAPS) for _ in range(rng.randint(3, 60)))
        try:
            article = article_from_text(text)
        except Exception:  # (empty or no body: nothing to count)
            continue
        for p in article.paragraphs:
            if p.words is not None:
                assert p.words == count_words(p.text), p.text
                known += 1
        assert all("words" not in d for d in article.to_dict()["paragraphs"])
    assert known > 1000


def test_find_call_to_action_with_its_word_check_equals_find_call_to_action_without(monkeypatch):
    pieces = random.Random(17).sample(_opinion_pieces(), 60) + [
        "Share", "Call", "Buy", "Please", "Don’t", "Never", "Everyone", "should", "and share this",
        "and tell them", "and vote", "let us know", "If you can,", "sign", "Like", "Like his father,",
        "Keep", "the change", "said the driver", "in the comments", "the plan", "is", "late", "us", "you"]
    openers = ["Share", "Please", "Call", "Don’t", "Never", "Everyone should", "If you care, call",
               "Like", "So share", "Buy", "Pick up", "Tell", "The mayor", "You", "Do you", "", "“Share"]
    rng = random.Random(16)
    texts = [" ".join([rng.choice(openers), _sentence(rng, pieces), rng.choice([".", "?", "!", "", "”"])])
             for _ in range(6000)]
    quoted = [(t, [(0, len(t) // 3)] if i % 3 == 0 else None) for i, t in enumerate(texts)]
    checked = [opinion.find_call_to_action(t, q, word_set(t)) for t, q in quoted]
    monkeypatch.setattr(opinion, "_cta_signs", lambda: None)
    plain = [opinion.find_call_to_action(t, q, word_set(t)) for t, q in quoted]
    assert checked == plain
    assert 1000 < sum(map(bool, plain)) < 5500
