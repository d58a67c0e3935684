"""Readability's speed shortcuts give exactly what the plain way gives (issue 19, s7).

The plain way: every token's facts worked out on their own (``WordFacts()[token]``, which never
reads the process's word tables), summed in a Python loop over the distinct tokens. The
shortcuts: the tables filled in bulk and kept for the process (bounded), sums done by ``map``,
paragraph figures from the article's tables, textstat's sentence count with a pattern that
stops at a piece's third word. bench/identity.py checks the whole analysis on real articles;
tests/test_readability_counts.py checks the figures against textstat's own functions.
"""

from __future__ import annotations

import random
from collections import Counter

import pytest

from seedpaths import NPR, REWRITE
from test_readability_counts import generated_texts
from toolkit import analyze, article_from_text, readability
from toolkit.readability import (_SENTENCE_PIECE, _THREE_WORDS, _WORD_CHUNK, WordFacts,
                                 measure_paragraph, text_counts, textstat_sentences, textstat_words)

CHARS = ["a", "Z", "_", "9", "é", "İ", "ß", " ", "  ", "\t", "\n", "\xa0", "\u2003", "\x1c", "\u2028",
         "—", "-", ",", "'", "’", "''", ".", "!", "?", "...", "“", "(", ")", "…", "$", "%"]


def _random_text(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(CHARS) for _ in range(n))


def _texts() -> list[str]:
    rng = random.Random(7)
    texts = [NPR.read_text(encoding="utf-8"), REWRITE.read_text(encoding="utf-8")]
    texts += generated_texts(120, seed=23)
    texts += [_random_text(rng, rng.randrange(0, 400)) for _ in range(120)]
    return texts


def test_three_words_pattern_equals_counting_the_word_chunks():
    rng = random.Random(19)
    for _ in range(30000):
        piece = _random_text(rng, rng.randrange(0, 20))
        assert bool(_THREE_WORDS.match(piece)) == (len(_WORD_CHUNK.findall(piece)) >= 3), repr(piece)


def test_sentence_count_equals_the_plain_count():
    for text in _texts():
        pieces = _SENTENCE_PIECE.findall(text)
        short = sum(1 for piece in pieces if len(_WORD_CHUNK.findall(piece)) <= 2)
        plain = max(1, len(pieces) - short) if text else 0
        assert textstat_sentences(text) == plain, text[:200]


def _plain_counts(text: str) -> dict:
    """text_counts' token figures by a loop over the distinct tokens, facts one at a time."""
    one = WordFacts()
    tokens = textstat_words(text)
    out = dict.fromkeys(("syllables", "polysyllables", "not_easy", "hard_3", "hard_unique",
                         "letters"), 0)
    for token, n in Counter(tokens).items():
        syl, hard_syl, easy = one[token]
        out["syllables"] += syl * n
        out["letters"] += (len(token) - token.count("'")) * n
        out["polysyllables"] += n if syl >= 3 else 0
        if not easy:
            out["not_easy"] += n
            out["hard_3"] += n if hard_syl >= 3 else 0
            out["hard_unique"] += 1 if hard_syl >= 2 else 0
    first = [one[t][0] for t in tokens[:100]]
    out["linsear_hard"] = sum(1 for s in first if s >= 3)
    out["linsear_easy"] = sum(1 for s in first if 0 < s < 3)
    out["words"] = len(tokens)
    return out


@pytest.mark.parametrize("cleared", [True, False], ids=["empty tables", "tables from earlier texts"])
def test_text_counts_equal_the_plain_loop(cleared):
    for text in _texts():
        if cleared:
            readability.clear_word_tables()
        counts = text_counts(text)
        for key, value in _plain_counts(text).items():
            assert getattr(counts, key) == value, (key, text[:200])


def test_paragraph_figures_equal_the_plain_loop():
    texts = [NPR.read_text(encoding="utf-8"), REWRITE.read_text(encoding="utf-8")]
    rng = random.Random(3)
    for text in generated_texts(60, seed=5):
        words = text.split(" ")
        cut = sorted(rng.sample(range(len(words) + 1), min(4, len(words) + 1)))
        texts.append("A Headline For The Test\n\n" + "\n\n".join(
            " ".join(words[a:b]) for a, b in zip(cut, cut[1:]) if words[a:b]))
    one = WordFacts()
    compared = blank = 0
    # No error is caught: a text that raised would be a text silently left out of the comparison.
    for text, article_first in [(t, first) for t in texts for first in (True, False)]:
        a = analyze(article_from_text(text))
        if not a.article.body:  # only a blank generated text leaves the headline alone
            assert not text.partition("\n\n")[2].strip(), text[:200]
            blank += 1
        if article_first:  # the article's own tables, as the analysis reads them
            a.readability
        for p in a.article.body:
            compared += 1
            figures = a.paragraph_readability[p.index]
            tokens = textstat_words(p.text)
            hard = sum(1 for t in set(tokens) if not one[t][2] and one[t][1] >= 2)
            if tokens:
                assert figures["difficult_words"].value == hard, p.text[:200]
            alone = measure_paragraph(p.text, int(figures["sentences"].value))
            assert alone == figures, p.text[:200]
            if figures["rough_grade"].value is not None:
                syllables = sum(one[t][0] for t in tokens)
                words, sentences = figures["words"].value, figures["sentences"].value
                grade = round(0.39 * words / max(sentences, 1) + 11.8 * syllables / len(tokens)
                              - 15.59, 1)
                assert figures["rough_grade"].value == grade, p.text[:200]
    assert blank == 4  # generated_texts(60, seed=5) holds "" and " ", each read twice
    assert compared > 200  # 2 x 380 paragraphs of 62 texts today


def test_bounded_tables_give_the_same_figures(monkeypatch):
    """Emptied whenever they would pass the limit, the tables still give every figure."""
    texts = [NPR.read_text(encoding="utf-8"), REWRITE.read_text(encoding="utf-8")] + \
        [t for t in generated_texts(40, seed=31) if len(t.split()) > 150][:10]
    readability.clear_word_tables()
    expected = [analyze(t).to_json() for t in texts]
    monkeypatch.setattr(readability, "TABLE_LIMIT", 60)
    readability.clear_word_tables()
    largest = max(len(set(textstat_words(t))) for t in texts)
    for _ in range(2):
        got = []
        for text in texts:
            got.append(analyze(text).to_json())
            assert len(readability._SYLLABLES_OF) <= max(60, largest)
        assert got == expected
    readability.clear_word_tables()


def test_fast_measure_is_the_dataclass_measure():
    import dataclasses

    from toolkit.readability import Measure, _measure

    for args in [("Words", 3.0, "3 words"), ("Rough grade", None, "no words", True),
                 ("Grade", 7.25, "about grade 7", False)]:
        fast, plain = _measure(*args), Measure(*args)
        assert fast == plain and hash(fast) == hash(plain) and repr(fast) == repr(plain)
        assert list(vars(fast).items()) == list(vars(plain).items())
        assert dataclasses.asdict(fast) == dataclasses.asdict(plain) and fast.to_dict() == plain.to_dict()
        with pytest.raises(dataclasses.FrozenInstanceError):
            fast.value = 1.0
