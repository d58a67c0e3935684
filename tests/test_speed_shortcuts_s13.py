"""Session 13 speed work (issue 19), outside attribution: work done once instead of per sentence.

- ``word_set`` reads a lower-cased ASCII sentence with an ASCII class of word characters;
- ``_may_hold`` and ``_lexicon_hits`` take a word-list entry's words from a table made once;
- ``_named`` (the reasons' clue names) skips the kinds a sentence has no clue of;
- ``_ends_sentence`` reads the word after a full stop only where the stop is in doubt;
- ``_is_credit`` splits a line into at most five parts (it wants one to four words);
- ``label_sentences`` builds each Sentence in one step (``labels._sentence``).

bench/identity.py checks the whole analysis JSON on real articles; these tests check each
shortcut against the plain way on generated texts.
"""

from __future__ import annotations

import random
import re
from dataclasses import fields

from toolkit import articles, labels, opinion, sentences
from toolkit.articles import article_from_text
from toolkit.wordlists import load_lines, word_set


def _texts(seed: int, n: int) -> list[str]:
    """Sentences of words from the lists, in every case, with punctuation, digits and the
    characters whose lower case is longer or ASCII ("İ", "K" the Kelvin sign, "ſ", "ı")."""
    rng = random.Random(seed)
    pieces = ["the", "plan", "is", "of", "course", "a", "disaster", "don’t", "won't", "self-made",
              "snake_case", "42", "U.S.", "Mr.", "Ruiz", "“quoted”", "—", "...", "é", "İstanbul",
              "\u212a", "ſo", "ı", "naïve", "déjà", "vu", "ALL-CAPS", "it’s", "'", "-", "_", "\u00a0"]
    for name in ("loaded_strong", "stance_markers", "hedges", "modals"):
        pieces += [line.split("\t")[0].rstrip("*") for line in load_lines(name)[:40]]
    out = []
    for _ in range(n):
        words = [rng.choice(pieces) for _ in range(rng.randint(0, 14))]
        words = [w.upper() if rng.random() < 0.1 else w.title() if rng.random() < 0.2 else w for w in words]
        out.append("".join(w + rng.choice([" ", " ", ", ", ".", "\n", ""]) for w in words))
    return out


def test_word_set_is_the_unicode_findall():
    plain = re.compile(r"[\w'-]+")
    ascii_seen = other = 0
    for text in _texts(131, 6000):
        lowered = text.lower().replace("’", "'")
        words = word_set(text)
        assert words == frozenset(plain.findall(lowered)), text
        assert words.text == lowered
        ascii_seen += lowered.isascii()
        other += not lowered.isascii()
    assert ascii_seen > 1000 and other > 1000  # both ways were tested


def test_may_hold_is_the_per_entry_split():
    def old(entry, lowered):
        if lowered is None:
            return True
        for part in entry.rstrip("*").lower().replace("’", "'").split():
            if part.isascii() and part not in lowered:
                return False
        return True

    entries = [e for e, _ in opinion._lexicon()[1]] + ["Of Course", "déjà vu*", "it’s over", "fake*"]
    held = 0
    for text in _texts(132, 1500):
        lowered = opinion._trusted_lower(text, word_set(text))
        for entry in entries[::7] + entries[-4:]:
            assert opinion._may_hold(entry, lowered) == old(entry, lowered), (entry, text)
            held += old(entry, lowered)
    assert held > 100


def test_plain_entries_by_first_word_are_the_sifted_list():
    by_first = opinion._first_words_of_patterns()
    plain = opinion._plain_by_first()
    for first, entries in by_first.items():
        kept = tuple(e for e in entries if not e[0].split()[0].endswith("*"))
        assert plain.get(first, ()) == kept
    assert set(plain) <= set(by_first)


def test_named_skips_absent_kinds_with_the_same_words():
    from toolkit.evidence import Evidence

    text = "The brutal and awful plan is the worst, you know, and it must stop."
    ev = [Evidence(4, 10, "loaded", ""), Evidence(15, 20, "mild", ""), Evidence(33, 38, "superlative", ""),
          Evidence(40, 43, "reader_address", ""), Evidence(57, 61, "modal", "")]
    for k in range(len(ev) + 1):
        for kinds in (labels._LOOK_TWICE, ("loaded", "mild"), ("stance",), ("modal",)):
            want = []
            for kind_id in kinds:  # the s12 form: every kind looked for
                words = [text[e.start:e.end] for e in ev[:k] if e.kind == kind_id]
                if words:
                    name = labels.clue_name(kind_id, words[0])
                    if len(words) > 1 and not name.endswith("s"):
                        name += "s"
                    want.append(f"{name} {labels._quoted(words[:3])}")
            assert labels._named(ev[:k], text, kinds) == want


def test_ends_sentence_reads_the_next_word_only_where_needed():
    def old(text, m, depth=None):  # the s12 form: the next word read for every candidate end
        punct = m.group(1)
        if punct[-1] in "!?":
            return True
        next_word = sentences._NEXT_WORD.match(text, m.end())
        following = next_word.group(1).lower() if next_word else ""
        if punct in ("...", "…") or len(punct) >= 3:
            return sentences._quote_depth(text, m.start()) == 0
        token_match = sentences._TOKEN_BEFORE.search(text, max(0, m.start() - 20), m.start())
        if not token_match:
            return True
        token = token_match.group(1)
        low = token.lower()
        if low in sentences._AMBIGUOUS or sentences._DOTTED.fullmatch(token):
            return following in sentences._starters()
        if low in sentences._abbreviations():
            return False
        if len(token) == 1 and token.isupper():
            return following in sentences._starters()
        return True

    rng = random.Random(133)
    pieces = ["He", "left", "the", "U.S.", "Mr.", "Dr.", "J.", "Smith", "Inc.", "Co.", "No.", "St.",
              "a.m.", "p.m.", "The", "It", "\"We", "tried,\"", "“Yes.”", "…", "...", "wait!", "why?",
              "Jan.", "Gov.", "Then", "But", "5.", "10", "(see", "it).", "'So", "Ms.", "U.N."]
    ends = 0
    for _ in range(3000):
        text = " ".join(rng.choice(pieces) for _ in range(rng.randint(2, 16)))
        for m in sentences._BOUNDARY.finditer(text):
            assert sentences._ends_sentence(text, m) == old(text, m), text
            ends += 1
    assert ends > 5000


def test_credit_line_check_splits_at_most_five_parts():
    for text in ["Ana Ruiz", "By Ana Ruiz/AP", "Photo: A B C D", "A B C D E", "A B C D E F G",
                 "AP Photo/Ana Ruiz, File", "ana ruiz", "A  B\tC\u2003D", "A  B\tC\u2003D E", "A.",
                 "One Two Three Four.", "x"]:
        line = articles._Line(0, len(text), text, 0)
        words = text.split()  # the s12 form: the whole line split
        want = (1 <= len(words) <= 4 and not articles._END_PUNCT.search(text)
                and all(w[0].isupper() or "/" in w for w in words if w[0].isalpha()))
        assert articles._is_credit(line) == want, text


def test_sentences_built_in_one_step_equal_the_dataclass(monkeypatch):
    article = article_from_text('Bus Fares Fall\n\n"Fares will fall," Mayor Ana Ruiz said. The plan '
                                'is brilliant. Call your mayor today! “We tried. We failed,” she said.')
    made = labels.label_sentences(article)
    names = {f.name for f in fields(labels.Sentence)}
    assert len(made) == 6
    for s in made:
        assert set(vars(s)) == names
        assert s == labels.Sentence(**vars(s)) and hash(s) == hash(labels.Sentence(**vars(s)))
        assert repr(s) == repr(labels.Sentence(**vars(s)))
    # the loop no longer goes through the dataclass's __init__ (13 object.__setattr__ calls)
    calls = []
    init = labels.Sentence.__init__

    def counted(self, *args, **kwargs):
        calls.append(1)
        init(self, *args, **kwargs)

    monkeypatch.setattr(labels.Sentence, "__init__", counted)
    assert labels.label_sentences(article) == made
    assert calls == []
    # a field left out: built the ordinary way, its default filled in
    short = labels._sentence(index=0, text="Hi.", start=0, end=3, paragraph=0, label="claim")
    assert calls == [1]
    monkeypatch.undo()
    assert short == labels.Sentence(0, "Hi.", 0, 3, 0, "claim") and short.evidence == ()
