"""The toolkit's one-pass readability equals textstat's own functions, figure for figure.

The toolkit counts a text once (words, sentences, letters, syllables per distinct word,
polysyllables, hard words) and computes every formula from those counts. Here each figure is
compared with what textstat 0.7.13 itself returns for the same text: on both seeds (whole file
and body) and on 240 generated texts that vary length, punctuation, numbers, long and unknown
words, contractions, hyphens, abbreviations, accents and very short texts.

Tolerance: 1e-9 absolute. The toolkit does the same arithmetic in the same order as textstat,
so the values are in fact identical; the tolerance only allows for a future floating-point
reordering. No difference was found, so none needs explaining.
"""

from __future__ import annotations

import math
import random

import pytest

from seedpaths import NPR, REWRITE
from toolkit.articles import load_article
from toolkit.readability import (WordFacts, _textstat, formulas, measure_paragraph, measure_text,
                                 text_counts)

TOLERANCE = 1e-9

FORMULAS = {
    "flesch_reading_ease": lambda ts, t: ts.flesch_reading_ease(t),
    "flesch_kincaid_grade": lambda ts, t: ts.flesch_kincaid_grade(t),
    "gunning_fog": lambda ts, t: ts.gunning_fog(t),
    "smog_index": lambda ts, t: ts.smog_index(t),
    "coleman_liau_index": lambda ts, t: ts.coleman_liau_index(t),
    "automated_readability_index": lambda ts, t: ts.automated_readability_index(t),
    "dale_chall_readability_score": lambda ts, t: ts.dale_chall_readability_score(t),
    "linsear_write_formula": lambda ts, t: ts.linsear_write_formula(t),
    "consensus_grade": lambda ts, t: ts.text_standard(t, float_output=True),
    "difficult_words": lambda ts, t: ts.difficult_words(t),
}
COUNTS = {
    "words": lambda ts, t: ts.lexicon_count(t),
    "sentences": lambda ts, t: ts.sentence_count(t),
    "syllables": lambda ts, t: ts.syllable_count(t),
    "polysyllables": lambda ts, t: ts.polysyllabcount(t),
    "letters": lambda ts, t: ts.letter_count(t),
    "characters": lambda ts, t: ts.char_count(t),
}

COMMON = ("the a of and to in is was for on that with as by at from it he she they we said "
          "police court city school people year week government official report attorney "
          "general gang members country deport immigrant family children village mayor").split()
LONG = ("extraordinary unconstitutional responsibility investigation administration "
        "international characteristically incomprehensibility transportation "
        "representatives deliberately unprecedented").split()
ODD = ("zyxqor", "blorptastic", "Xochitl", "café", "naïve", "İstanbul", "co-operate", "e-mail",
       "U.S.", "Ph.D.", "MS-13", "don't", "they're", "we'll", "I'd", "o'clock", "rock'n'roll",
       "it’s", "can’t", "'quoted'", "snake_case", "3.5", "1,200", "$40", "50%", "#tag", "@user",
       "2017", "4th", "—", "...", "--", "&", "(aside)", "[note]", "Mr.", "Dr.", "St.")
ENDS = (".", ".", ".", "?", "!", "!!", "?!", "...", "", ";", ":")


def generated_texts(n: int = 240, seed: int = 19) -> list[str]:
    """Varied texts: from one word to several hundred, with every kind of oddity mixed in."""
    rng = random.Random(seed)
    texts = []
    for i in range(n):
        size = rng.choice([1, 2, 3, 5, 8, 15, 40, 99, 100, 101, 150, 400, 900])
        odd_rate = rng.choice([0.0, 0.05, 0.2, 0.5])
        long_rate = rng.choice([0.0, 0.1, 0.3])
        words = []
        for _ in range(size):
            r = rng.random()
            if r < odd_rate:
                w = rng.choice(ODD)
            elif r < odd_rate + long_rate:
                w = rng.choice(LONG)
            elif r < odd_rate + long_rate + 0.05:
                w = str(rng.randrange(0, 10 ** rng.randrange(1, 7)))
            else:
                w = rng.choice(COMMON)
            if rng.random() < 0.15:
                w = w.capitalize() if rng.random() < 0.7 else w.upper()
            words.append(w)
            if rng.random() < rng.choice([0.05, 0.1, 0.3]):
                words[-1] += rng.choice(ENDS)
            if rng.random() < 0.03:
                words.append(rng.choice(["\n\n", "\n", "\t", ",", "“", "”", "\"", "'"]))
        sep = rng.choice([" ", " ", "  ", "\n"])
        text = sep.join(words)
        if i % 7 == 0:
            text = text.strip(".!?")  # no full stop at all
        texts.append(text)
    texts += ["", " ", "Hi.", "Wait!", "No. No. No.", "...", "42", "U.S.A.",
              "A. B. C. D. E. F. G.", "one two three four five six seven eight nine ten."]
    return texts


def seed_texts() -> list[str]:
    out = []
    for path in (NPR, REWRITE):
        out.append(path.read_text(encoding="utf-8"))
        out.append(load_article(path).body_text)
    return out


@pytest.fixture(scope="module")
def ts():
    return _textstat()


def check(ts, text: str) -> None:
    counts = text_counts(text)
    figures = formulas(counts)
    for key, func in FORMULAS.items():
        expected = func(ts, text)
        assert math.isclose(figures[key], expected, rel_tol=0, abs_tol=TOLERANCE), \
            (key, figures[key], expected, text[:200])
    for key, func in COUNTS.items():
        assert getattr(counts, key) == func(ts, text), (key, text[:200])


def test_enough_varied_texts():
    texts = generated_texts()
    assert len(set(texts)) >= 200
    assert min(len(t.split()) for t in texts) == 0 and max(len(t.split()) for t in texts) > 500


@pytest.mark.parametrize("index", range(4))
def test_seeds_equal_textstat(ts, index):
    check(ts, seed_texts()[index])


def test_generated_texts_equal_textstat(ts):
    for text in generated_texts():
        check(ts, text)


def test_seed_measures_are_textstats_rounded(ts, npr_analysis, rewrite_analysis):
    for a in (npr_analysis, rewrite_analysis):
        body = a.article.body_text
        r = a.readability
        for key in ("flesch_reading_ease", "flesch_kincaid_grade", "gunning_fog",
                    "coleman_liau_index", "automated_readability_index",
                    "dale_chall_readability_score"):
            assert r[key].value == round(FORMULAS[key](ts, body), 1), key
        assert r["consensus_grade"].value == round(ts.text_standard(body, float_output=True), 1)
        assert r["difficult_words"].value == ts.difficult_words(body)


def test_paragraph_figures_use_the_article_word_facts(npr_analysis):
    """Paragraph hard words and syllables come from the same per-word facts as the article's."""
    from toolkit import readability

    readability.clear_word_tables()  # the tables are the process's: start from none
    facts = WordFacts()
    body = npr_analysis.article.body
    measure_text(npr_analysis.article.body_text, facts=facts)
    known = dict(readability._SYLLABLES_OF)
    assert len(known) > 300
    for p in body:
        measure_paragraph(p.text, 2, facts=facts)
    assert readability._SYLLABLES_OF == known  # every paragraph word was already counted for the article


def test_too_short_gives_none_with_reason():
    r = measure_text("The extraordinary committee met. It voted.")
    for key in ("flesch_kincaid_grade", "gunning_fog", "consensus_grade", "smog_index"):
        assert r[key].value is None and r[key].note


def test_dictionaries_read_directly_equal_textstats(ts):
    """The syllable table and easy-word list the toolkit reads straight from the files (NLTK's
    import and corpus reader took about 1 s) are textstat's own, entry for entry."""
    from textstat.backend.utils import get_cmudict, get_lang_easy_words

    from toolkit.readability import cmu_syllables, easy_words

    table = get_cmudict("en_US")
    mine = cmu_syllables()
    assert len(mine) == len(table) > 100_000
    for word, pronunciations in table.items():
        assert mine[word] == sum(1 for p in pronunciations[0] if p[-1].isdigit()), word
    assert easy_words() == get_lang_easy_words("en_US")
