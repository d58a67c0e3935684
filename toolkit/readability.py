"""Readability with textstat, offline, with honest limits.

textstat counts syllables with NLTK's copy of the CMU Pronouncing Dictionary and tries to download
it when it is missing. The toolkit ships that dictionary (BSD-style licence, kept beside it) in
``toolkit/data/nltk_data`` and adds that folder to NLTK's search path here, the first time
readability is needed, so nothing is ever downloaded.

Formulas need enough text to mean anything: a measure that lacks it is ``None`` with a reason,
never a silent 0.0. Per paragraph the toolkit gives only sentence length, hard words and a rough
grade, marked as rough.

>>> r = measure_text("")
>>> r["flesch_kincaid_grade"].value is None
True
>>> describe_grade(11.2)
'about grade 11: hard going for most 8th graders'
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

# Below these amounts of text a formula's number means little, so it is not given.
MIN_WORDS = 100
MIN_SENTENCES = 5
SMOG_MIN_SENTENCES = 30
MAX_GRADED_SENTENCE = 80  # words; longer "sentences" are lists or text with no full stops

GRADE_MEASURES = ("flesch_kincaid_grade", "gunning_fog", "smog_index", "coleman_liau_index",
                  "automated_readability_index", "dale_chall_readability_score", "consensus_grade")

NAMES = {
    "flesch_reading_ease": "Flesch reading ease (0-100, higher is easier)",
    "flesch_kincaid_grade": "Flesch-Kincaid grade",
    "gunning_fog": "Gunning fog index",
    "smog_index": "SMOG grade",
    "coleman_liau_index": "Coleman-Liau index",
    "automated_readability_index": "Automated readability index",
    "dale_chall_readability_score": "Dale-Chall score",
    "consensus_grade": "Consensus grade (textstat's text_standard)",
    "words": "Words",
    "sentences": "Sentences",
    "avg_sentence_length": "Average sentence length (words)",
    "difficult_words": "Hard words (not on the Dale-Chall easy list)",
}

_nltk_ready = False


def data_folder() -> Path:
    """The folder holding the shipped copy of NLTK's ``cmudict`` corpus."""
    return Path(str(resources.files("toolkit") / "data" / "nltk_data"))


def _textstat():
    """Import textstat with the shipped dictionary on NLTK's path (no download can happen)."""
    global _nltk_ready
    if not _nltk_ready:
        try:
            import nltk
        except ImportError:  # NLTK needs the compiled `regex` package (missing in the browser site)
            from .cmudict import install_nltk_standin

            nltk = install_nltk_standin()

        folder = str(data_folder())
        if folder not in nltk.data.path:
            nltk.data.path.insert(0, folder)
        nltk.data.find("corpora/cmudict")  # fails loudly (not a download) if the data is missing
        _nltk_ready = True
    import textstat

    return textstat


@dataclass(frozen=True)
class Measure:
    """One readability figure: its value (or None) and a plain sentence about it."""

    name: str
    value: float | None
    note: str
    rough: bool = False

    def to_dict(self) -> dict:
        """As plain data."""
        return {"name": self.name, "value": self.value, "note": self.note, "rough": self.rough}


def describe_grade(grade: float | None, reader_grade: int = 8) -> str:
    """One plain sentence about a US school grade level, for a reader in ``reader_grade``.

    >>> describe_grade(6)
    'about grade 6: easy for most 8th graders'
    >>> describe_grade(None)
    'not enough text to tell'
    """
    if grade is None or (isinstance(grade, float) and math.isnan(grade)):
        return "not enough text to tell"
    g = round(grade)
    suffix = {1: "st", 2: "nd", 3: "rd"}.get(reader_grade if reader_grade < 20 else 0, "th")
    readers = f"{reader_grade}{suffix} graders"
    if g <= reader_grade - 2:
        verdict = f"easy for most {readers}"
    elif g <= reader_grade + 1:
        verdict = f"about right for most {readers}"
    elif g <= reader_grade + 4:
        verdict = f"hard going for most {readers}"
    else:
        verdict = f"very hard for most {readers}: college level"
    if g >= 13:
        return f"about grade {g} (college): {verdict.split(': ')[0]}"
    return f"about grade {max(g, 0)}: {verdict}"


def describe_ease(score: float | None) -> str:
    """One plain sentence about a Flesch reading-ease score.

    >>> describe_ease(45)
    'fairly hard to read (like a newspaper)'
    """
    if score is None:
        return "not enough text to tell"
    if score >= 80:
        return "easy to read"
    if score >= 60:
        return "plain English"
    if score >= 50:
        return "fairly hard to read"
    if score >= 30:
        return "fairly hard to read (like a newspaper)"
    return "very hard to read (like a legal text)"


_WORD = re.compile(r"[A-Za-z0-9]+(?:['’][A-Za-z]+)?")
_WORD_FACTS: dict[str, tuple[int, bool]] = {}  # word -> (syllables, hard word?)


def _n(count: int, word: str) -> str:
    """ "1 word", "2 words".

    >>> _n(1, "sentence"), _n(3, "hard word")
    ('1 sentence', '3 hard words')
    """
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def count_words(text: str) -> int:
    """Count words the simple way (letters and digits, contractions kept whole).

    >>> count_words("It's a well-known fact, isn't it?")
    7
    """
    return len(_WORD.findall(text))


def measure_text(text: str, sentences: int | None = None, reader_grade: int = 8) -> dict[str, Measure]:
    """Measure readability of a stretch of prose with textstat.

    Args:
        text: the body text (no page furniture).
        sentences: the toolkit's own sentence count (used to decide whether there is enough text);
            textstat's own count is used inside its formulas.
        reader_grade: the students' grade, for the plain-English notes.

    Returns:
        A dict of Measure keyed by measure id (see ``NAMES``).
    """
    words = count_words(text)
    if sentences is None:
        from .sentences import split_sentences

        sentences = len(split_sentences(text))
    out: dict[str, Measure] = {
        "words": Measure(NAMES["words"], float(words), _n(words, "word")),
        "sentences": Measure(NAMES["sentences"], float(sentences), _n(sentences, "sentence")),
    }
    avg = words / sentences if sentences else None
    out["avg_sentence_length"] = Measure(
        NAMES["avg_sentence_length"], round(avg, 1) if avg else None,
        f"on average {avg:.0f} words a sentence" if avg else "no sentences to measure")
    if not text.strip():
        for key in ("difficult_words", "flesch_reading_ease", *GRADE_MEASURES):
            out[key] = Measure(NAMES[key], None, "no text to measure")
        return out
    ts = _textstat()
    hard = ts.difficult_words(text)
    out["difficult_words"] = Measure(NAMES["difficult_words"], float(hard),
                                     f"{_n(hard, 'different hard word')}")
    enough = words >= MIN_WORDS and sentences >= MIN_SENTENCES
    short = (f"not enough text: formulas need at least {MIN_WORDS} words and {MIN_SENTENCES} "
             f"sentences, and this has {words} words in {sentences} sentences")
    if enough:
        ease = round(ts.flesch_reading_ease(text), 1)
        out["flesch_reading_ease"] = Measure(NAMES["flesch_reading_ease"], ease, describe_ease(ease))
        for key in ("flesch_kincaid_grade", "gunning_fog", "coleman_liau_index",
                    "automated_readability_index"):
            value = round(float(getattr(ts, key)(text)), 1)
            out[key] = Measure(NAMES[key], value, describe_grade(value, reader_grade))
        dc = round(ts.dale_chall_readability_score(text), 1)
        out["dale_chall_readability_score"] = Measure(
            NAMES["dale_chall_readability_score"], dc,
            "Dale-Chall: " + _dale_chall_grade(dc) + " (its own scale, not a grade)")
        consensus = round(float(ts.text_standard(text, float_output=True)), 1)
        out["consensus_grade"] = Measure(NAMES["consensus_grade"], consensus,
                                         describe_grade(consensus, reader_grade))
    else:
        for key in ("flesch_reading_ease", "flesch_kincaid_grade", "gunning_fog",
                    "coleman_liau_index", "automated_readability_index",
                    "dale_chall_readability_score", "consensus_grade"):
            out[key] = Measure(NAMES[key], None, short)
    if sentences >= SMOG_MIN_SENTENCES and enough:
        smog = round(ts.smog_index(text), 1)
        out["smog_index"] = Measure(NAMES["smog_index"], smog, describe_grade(smog, reader_grade))
    else:
        out["smog_index"] = Measure(NAMES["smog_index"], None,
                                    f"SMOG needs at least {SMOG_MIN_SENTENCES} sentences; "
                                    f"this text has {sentences}")
    return out


def _dale_chall_grade(score: float) -> str:
    bands = [(4.9, "easy for grade 4 and below"), (5.9, "grades 5-6"), (6.9, "grades 7-8"),
             (7.9, "grades 9-10"), (8.9, "grades 11-12"), (9.9, "college")]
    for limit, words in bands:
        if score <= limit:
            return words
    return "college graduate"


def measure_paragraph(text: str, sentences: int, reader_grade: int = 8) -> dict[str, Measure]:
    """Per-paragraph figures: sentence length, hard words and a rough grade marked as rough.

    A paragraph is too short for the formulas to be trusted, so the grade is labelled rough.
    Syllables and hard words come from textstat, one word at a time, remembered per word, so
    measuring every paragraph costs little more than reading it; the grade uses the
    Flesch-Kincaid formula on those counts.

    >>> measure_paragraph("The cat sat. It was happy.", 2)["rough_grade"].rough
    True
    """
    words = count_words(text)
    avg = words / sentences if sentences else None
    out = {
        "words": Measure(NAMES["words"], float(words), _n(words, "word")),
        "sentences": Measure(NAMES["sentences"], float(sentences), _n(sentences, "sentence")),
        "avg_sentence_length": Measure(NAMES["avg_sentence_length"],
                                       round(avg, 1) if avg else None,
                                       f"on average {avg:.0f} words a sentence" if avg else
                                       "no sentences"),
    }
    if words == 0:
        out["difficult_words"] = Measure(NAMES["difficult_words"], None, "no words")
        out["rough_grade"] = Measure("Rough grade (Flesch-Kincaid on one paragraph)", None,
                                     "no words", rough=True)
        return out
    ts = _textstat()
    syllables = 0
    hard_words: set[str] = set()
    for word in _WORD.findall(text.lower()):
        facts = _WORD_FACTS.get(word)
        if facts is None:
            if len(_WORD_FACTS) > 200_000:
                _WORD_FACTS.clear()
            facts = _WORD_FACTS[word] = (ts.syllable_count(word), ts.difficult_words(word) > 0)
        syllables += facts[0]
        if facts[1]:
            hard_words.add(word)
    hard = len(hard_words)  # different hard words, as textstat counts them for the article
    out["difficult_words"] = Measure(NAMES["difficult_words"], float(hard),
                                     _n(hard, "different hard word"))
    name = "Rough grade (Flesch-Kincaid on one paragraph)"
    if avg and avg > MAX_GRADED_SENTENCE:
        out["rough_grade"] = Measure(name, None, f"rough: not given: its sentences average {avg:.0f} "
                                     "words, too long for a grade formula to mean anything",
                                     rough=True)
        return out
    grade = round(0.39 * words / max(sentences, 1) + 11.8 * syllables / words - 15.59, 1)
    out["rough_grade"] = Measure(name, grade, "rough: " + describe_grade(grade, reader_grade),
                                 rough=True)
    return out
