"""Readability with textstat, offline, with honest limits.

textstat counts syllables with NLTK's copy of the CMU Pronouncing Dictionary and tries to download
it when it is missing. The toolkit ships that dictionary (BSD-style licence, kept beside it) in
``toolkit/data/nltk_data`` and reads it itself (``cmu_syllables``), so nothing is ever downloaded
and NLTK is not even imported; ``_textstat`` puts the folder on NLTK's path for code that calls
textstat itself (the tests compare with it).

Each text is counted once (``text_counts``): textstat's words, sentences, letters, characters,
syllables (worked out once per distinct word, by textstat's own rule on textstat's own CMU
dictionary and Pyphen), polysyllables and hard words; every published formula is then computed
from those counts (``formulas``) exactly as textstat 0.7.13 computes it, instead of calling
textstat once per measure (each call re-split the text and re-counted every syllable).
tests/test_readability_counts.py checks the figures equal textstat's own on the seeds and on 240
varied texts. A word's facts are kept for the process in bounded tables (``WordFacts``), and the
sums are done by ``map`` over them; paragraph figures reuse the article's tables
(tests/test_readability_shortcuts.py checks every shortcut against the plain way).

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
from collections import Counter
from itertools import compress, filterfalse
from operator import and_ as _and, mul as _mul, not_ as _not
from dataclasses import dataclass
from pathlib import Path

from .datafiles import shipped

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


def _textstat():
    """Import textstat with the shipped dictionary on NLTK's path (no download can happen)."""
    global _nltk_ready
    if not _nltk_ready:
        try:
            import nltk
        except ImportError:  # NLTK needs the compiled `regex` package (missing in the browser site)
            from .cmudict import install_nltk_standin

            nltk = install_nltk_standin()

        folder = str(shipped("nltk_data"))  # the shipped copy of NLTK's cmudict corpus
        if folder not in nltk.data.path:
            nltk.data.path.insert(0, folder)
        nltk.data.find("corpora/cmudict")  # fails loudly (not a download) if the data is missing
        _nltk_ready = True
    import textstat

    return textstat


@dataclass(frozen=True)
class Measure:
    """One readability figure: its value (or None) and a plain sentence about it.

    >>> figures = measure_text("The cat sat on the mat. It was warm. " * 20)
    >>> figures["sentences"]
    Measure(name='Sentences', value=40.0, note='40 sentences', rough=False)
    >>> figures["flesch_kincaid_grade"].to_dict()["note"]
    'about grade 0: easy for most 8th graders'
    """

    name: str
    value: float | None
    note: str
    rough: bool = False

    def to_dict(self) -> dict:
        """As plain data."""
        return {"name": self.name, "value": self.value, "note": self.note, "rough": self.rough}


_new_object = object.__new__


def _measure(name: str, value: float | None, note: str, rough: bool = False) -> Measure:
    """``Measure(name, value, note, rough)``: the same object (same fields, same ``__dict__``),
    made without the frozen dataclass's four ``object.__setattr__`` calls (a paragraph has
    five figures, an article a few thousand paragraphs at most).

    >>> _measure("Words", 3.0, "3 words") == Measure("Words", 3.0, "3 words")
    True
    """
    m = _new_object(Measure)
    d = m.__dict__
    d["name"] = name
    d["value"] = value
    d["note"] = note
    d["rough"] = rough
    return m


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
        return "fairly easy to read (plain, everyday English)"
    if score >= 50:
        return "fairly hard to read"
    if score >= 30:
        return "fairly hard to read (like a newspaper)"
    return "very hard to read (like a legal text)"


_WORD = re.compile(r"[A-Za-z0-9]+(?:['’][A-Za-z]+)?")

# textstat 0.7.13's word rule (textstat.backend.selections.list_words with its defaults): drop
# every character that is neither a word character nor space, except an apostrophe that starts
# a contraction ending ('s, 't, 'd, 've, 'll, 're), then split on white space.
_LOOSE_APOSTROPHE = re.compile(r"\'(?!(?:[tsd]|ve|ll|re))")
_PUNCTUATION = re.compile(r"[^\w\s\']")
# textstat's sentence rule: these pieces, less the ones of two words or fewer (at least one).
_SENTENCE_PIECE = re.compile(r"\b[^.!?]+[.!?]*")
# A white-space chunk holding a word character: exactly what survives as one textstat word.
_WORD_CHUNK = re.compile(r"\S*?\w\S*")
# A piece holding at least three of those chunks: chunks with no word character (each followed by
# white space), then a chunk with one, three times. A chunk's first word character and its end
# can each fall in one place only, so a piece with fewer chunks fails without searching back.
_THREE_WORDS = re.compile(r"\s*(?:[^\s\w]+\s+)*[^\s\w]*\w\S*\s+(?:[^\s\w]+\s+)*[^\s\w]*\w\S*\s+"
                          r"(?:[^\s\w]+\s+)*[^\s\w]*\w")
# A character textstat's word rule keeps: a word character, or an apostrophe before a contraction
# ending. A white-space chunk holding one is exactly one textstat word; any other chunk is none.
_KEPT = re.compile(r"\w|'(?=[tsd]|ve|ll|re)")
LANG = "en_US"


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


def textstat_words(text: str) -> list[str]:
    """The words textstat 0.7.13 counts in ``text``, in order (its ``list_words`` rule).

    >>> textstat_words("It's a well-known fact, isn't it? 'Yes' -- 42.")
    ["It's", 'a', 'wellknown', 'fact', "isn't", 'it', 'Yes', '42']
    """
    return _PUNCTUATION.sub("", _LOOSE_APOSTROPHE.sub("", text)).split()


def textstat_sentences(text: str) -> int:
    """textstat 0.7.13's sentence count: pieces ending in . ! or ?, less those of 1-2 words.

    >>> textstat_sentences("The cat sat on the mat. Oh no! It was a very happy cat.")
    2
    """
    if not text:
        return 0
    # the pieces of three words or more (``_THREE_WORDS``: the same as counting each piece's
    # ``_WORD_CHUNK`` matches, but it stops at the third)
    return max(1, len(list(filter(None, map(_THREE_WORDS.match, _SENTENCE_PIECE.findall(text))))))


# Every line of the shipped dictionary is "word variant phones"; NLTK's cmudict.dict() lists a
# word's pronunciations in file order, so its first one is the line with variant 1.
_FIRST_PRONUNCIATION = re.compile(r"^(\S+) 1 (.*)$", re.MULTILINE)
_CMU_SYLLABLES: dict[str, int] | None = None
_EASY_WORDS: frozenset[str] | None = None


def cmu_syllables() -> dict[str, int]:
    """Lower-case word -> syllables of its first pronunciation in the shipped CMU dictionary.

    textstat counts the phones that end in a stress digit; only vowels carry one (0, 1 or 2), so
    counting those digits in the line is the same number. Read straight from the file (about 0.15
    s, once per process), not through NLTK: importing NLTK and its corpus reader took about 1 s,
    the longest wait in a lesson. tests/test_readability_counts.py checks every entry against
    textstat's own dictionary.

    >>> cmu_syllables()["readability"]
    5
    """
    global _CMU_SYLLABLES
    if _CMU_SYLLABLES is None:
        from .cmudict import cmudict_file

        text = cmudict_file().read_text(encoding="utf-8")
        _CMU_SYLLABLES = {word.lower(): phones.count("0") + phones.count("1") + phones.count("2")
                          for word, phones in _FIRST_PRONUNCIATION.findall(text)}
    return _CMU_SYLLABLES


def easy_words() -> frozenset[str]:
    """textstat 0.7.13's Dale-Chall easy words (its own file, read without importing textstat,
    which imports NLTK).

    >>> "cat" in easy_words(), "notwithstanding" in easy_words()
    (True, False)
    """
    global _EASY_WORDS
    if _EASY_WORDS is None:
        import importlib.util

        spec = importlib.util.find_spec("textstat")
        if spec is None or not spec.submodule_search_locations:
            raise ImportError("textstat is not installed: pip install textstat")
        path = Path(list(spec.submodule_search_locations)[0]) / "resources" / "en" / "easy_words.txt"
        with open(path, encoding="utf-8") as f:
            _EASY_WORDS = frozenset(line.strip() for line in f)
    return _EASY_WORDS


# The facts of every token met so far in this process, one table per fact, for sums done by
# ``map``: a token's facts depend only on the token and the dictionaries, so they are worked out
# once per process, like the dictionaries themselves (Pyphen keeps its own cache the same way).
# Bounded: past TABLE_LIMIT tokens the tables are emptied and filled again as texts come.
TABLE_LIMIT = 50_000
_SYLLABLES_OF: dict[str, int] = {}       # token -> syllables
_HARD_SYLLABLES_OF: dict[str, int] = {}  # token -> syllables as textstat's hard-word test counts them
_EASY_OF: dict[str, bool] = {}           # token -> on the Dale-Chall easy list
_HARD_WORDS: set[str] = set()           # tokens off the easy list with 2+ syllables
_PYPHEN = None


def clear_word_tables() -> None:
    """Forget every token's facts (the tables fill again as texts are measured).

    >>> clear_word_tables(); len(_SYLLABLES_OF)
    0
    """
    for table in (_SYLLABLES_OF, _HARD_SYLLABLES_OF, _EASY_OF, _HARD_WORDS):
        table.clear()


def _hyphenation_points(word: str) -> int:
    global _PYPHEN
    if _PYPHEN is None:
        from pyphen import Pyphen

        _PYPHEN = Pyphen(lang=LANG)
    return len(_PYPHEN.positions(word))


class WordFacts:
    """Syllables and easy-word status of each distinct word.

    Syllables are textstat 0.7.13's: the stressed vowels of the word's first pronunciation in the
    CMU dictionary (the shipped copy textstat reads), else Pyphen's hyphenation points plus one
    (the Pyphen textstat uses, loaded only when a word is not in the dictionary); easy words are
    textstat's Dale-Chall list.

    ``learn`` works out many tokens at once into the process's tables (above), which the counts
    read; ``facts[token]`` works one token out on its own, without the tables (the plain way,
    which tests/test_readability_shortcuts.py compares with the tables).

    >>> WordFacts()["Readability"]
    (5, 5, False)
    """

    def __init__(self) -> None:
        self._cmu = cmu_syllables()
        self._easy = easy_words()
        self._facts: dict[str, tuple[int, int, bool]] = {}
        self._syllables: dict[str, int] = {}  # lower-case word -> syllables
        self._syllables_of = _SYLLABLES_OF
        self._hard_syllables_of = _HARD_SYLLABLES_OF
        self._easy_of = _EASY_OF
        self._hard_words = _HARD_WORDS
        # the last text counted with these facts (``text_counts``): its tokens' syllables and
        # its different hard words
        self._here: dict[str, int] = {}
        self._hard_here: set[str] = set()

    def syllables(self, word: str) -> int:
        """Syllables of one lower-case word, by textstat's rule.

        textstat counts the phones that end in a stress digit; in the CMU dictionary only vowels
        carry one (0, 1 or 2), so counting those digits in the joined phones is the same number
        (checked for all 126,052 entries) and much quicker.
        """
        count = self._syllables.get(word)
        if count is None:
            count = self._cmu.get(word)
            if count is None:
                count = _hyphenation_points(word) + 1
            self._syllables[word] = count
        return count

    def _learn(self, tokens) -> None:
        """Put the facts of every token not in the tables yet into them, in bulk (the same facts
        as ``self[token]``, with the look-ups done by ``map``)."""
        new = list(filterfalse(_SYLLABLES_OF.__contains__, tokens))
        if not new:
            return
        if len(_SYLLABLES_OF) + len(new) > TABLE_LIMIT:
            clear_word_tables()
            new = list(dict.fromkeys(tokens))
        lows = list(map(str.lower, new))
        syllables = list(map(self._cmu.get, lows))  # self.syllables: the dictionary first,
        if None in syllables:                     # then Pyphen
            for i, count in enumerate(syllables):
                if count is None:
                    syllables[i] = self.syllables(lows[i])
        hard = syllables
        if not all(map(str.isascii, lows)):
            # textstat's hard-word test strips punctuation again after lower-casing
            hard = [count if low.isascii() else sum(self.syllables(w.lower()) for w in textstat_words(low))
                    for low, count in zip(lows, syllables)]
        easy = list(map(self._easy.__contains__, lows))
        _SYLLABLES_OF.update(zip(new, syllables))
        _HARD_SYLLABLES_OF.update(zip(new, hard))
        _EASY_OF.update(zip(new, easy))
        # different hard words as textstat counts them: off the easy list, 2+ syllables
        _HARD_WORDS.update(compress(new, map(_and, map(_not, easy), map((2).__le__, hard))))

    def learn(self, tokens) -> dict[str, tuple[int, int, bool]]:
        """Learn the tokens (``_learn``) and return their facts, as ``self[token]`` gives them.

        >>> WordFacts().learn(["Readability", "cat"])["cat"]
        (1, 1, True)
        """
        tokens = list(tokens)
        self._learn(tokens)
        return dict(zip(tokens, zip(map(_SYLLABLES_OF.__getitem__, tokens),
                                    map(_HARD_SYLLABLES_OF.__getitem__, tokens),
                                    map(_EASY_OF.__getitem__, tokens))))

    def __getitem__(self, token: str) -> tuple[int, int, bool]:
        """(syllables, syllables as textstat's hard-word test counts them, on the easy list?)."""
        facts = self._facts.get(token)
        if facts is None:
            low = token.lower()
            syllables = self._syllables.get(low)  # self.syllables(low), without the call
            if syllables is None:
                syllables = self.syllables(low)
            if low.isascii():
                hard_syllables = syllables
            else:  # textstat's hard-word test strips punctuation again after lower-casing
                hard_syllables = sum(self.syllables(w.lower()) for w in textstat_words(low))
            facts = self._facts[token] = (syllables, hard_syllables, low in self._easy)
        return facts


@dataclass(frozen=True)
class TextCounts:
    """Everything textstat's English formulas need, counted in one pass over a text.

    >>> counts = text_counts("The cat sat on the mat. It was a beautiful day.")
    >>> counts.words, counts.sentences, counts.syllables, counts.polysyllables
    (11, 2, 13, 1)
    """

    words: int            # textstat's words
    sentences: int        # textstat's sentences
    letters: int          # word characters (letters, digits, underscore)
    characters: int       # characters that are not white space
    chunks: int           # white-space separated pieces, punctuation-only ones included
    syllables: int
    polysyllables: int    # words of 3+ syllables (every occurrence)
    not_easy: int         # words off the Dale-Chall easy list (every occurrence)
    hard_3: int           # words off the list with 3+ syllables (every occurrence): Gunning fog
    hard_unique: int      # different words off the list with 2+ syllables: "difficult words"
    linsear_easy: int     # Linsear Write on the first 100 words: 1-2 syllable words,
    linsear_hard: int     # 3+ syllable words,
    linsear_sentences: int  # and sentences in the text those words come from


def text_counts(text: str, facts: WordFacts | None = None,
                tokens: list[str] | None = None) -> TextCounts:
    """Count a text once for every formula (see ``formulas``).

    ``tokens``: ``textstat_words(text)`` when the caller has it already (the words of a text's
    paragraphs, in order, are the words of the paragraphs joined by white space).

    >>> c = text_counts("The committee postponed the vote. Residents were furious about it.")
    >>> c.words, c.sentences, c.syllables, c.polysyllables
    (10, 2, 18, 3)
    """
    facts = facts if facts is not None else WordFacts()
    tokens = textstat_words(text) if tokens is None else tokens
    counts = Counter(tokens)
    facts._learn(counts)
    # every sum below is over the distinct tokens, each weighted by how often it occurs
    keys, times = list(counts), list(counts.values())
    syllables_of = list(map(facts._syllables_of.__getitem__, keys))
    hard_of = list(map(facts._hard_syllables_of.__getitem__, keys))
    not_easy_of = list(map(_not, map(facts._easy_of.__getitem__, keys)))
    joined = "".join(tokens)
    chunks = text.split()
    if len(chunks) > 100:  # Linsear Write reads the first 100 words only
        # textstat takes chunks until it has 100 words; each chunk is one word or none (the
        # words of the text are the words of its chunks, in order), so the first 100 words are
        # tokens[:100], and they end at the chunk that holds the 100th.
        first = tokens[:100]
        i = len(chunks)
        seen = len(textstat_words(" ".join(chunks[:100])))  # the first 100 chunks' words
        if seen == 100:
            i = 100
        else:
            for n in range(100, len(chunks)):
                if _KEPT.search(chunks[n]):
                    seen += 1
                    if seen == 100:
                        i = n + 1
                        break
        start_text = " ".join(chunks[:i])
    else:
        first, start_text = tokens, " ".join(chunks)
    # this text's own small tables, keyed by its own token objects, for its paragraphs' figures
    # (a look-up in the process's large tables touches memory far from the text's)
    here = facts._here = dict(zip(keys, syllables_of))
    facts._hard_here = set(compress(keys, map(_and, not_easy_of, map((2).__le__, hard_of))))
    first_syllables = list(map(here.__getitem__, first))
    lw_hard = sum(map((3).__le__, first_syllables))
    return TextCounts(
        words=len(tokens), sentences=textstat_sentences(text),
        letters=len(joined) - joined.count("'"),
        characters=sum(map(len, chunks)), chunks=len(chunks),
        syllables=sum(map(_mul, syllables_of, times)),
        polysyllables=sum(compress(times, map((3).__le__, syllables_of))),
        not_easy=sum(compress(times, not_easy_of)),
        hard_3=sum(compress(times, map(_and, not_easy_of, map((3).__le__, hard_of)))),
        hard_unique=sum(map(_and, not_easy_of, map((2).__le__, hard_of))),
        linsear_easy=len(first_syllables) - lw_hard - first_syllables.count(0),
        linsear_hard=lw_hard, linsear_sentences=textstat_sentences(start_text))


def _div(a: float, b: float) -> float:
    return a / b if b else 0.0


def formulas(c: TextCounts) -> dict[str, float]:
    """Every published formula the toolkit reports, from one set of counts, as textstat 0.7.13
    computes it (same constants, same order of arithmetic, same 0.0 for a text with no words).

    >>> f = formulas(text_counts("The committee postponed the vote. Residents were furious about it."))
    >>> round(f["flesch_kincaid_grade"], 2), f["difficult_words"]
    (7.6, 4)
    """
    wps = _div(c.words, c.sentences)
    spw = _div(c.syllables, c.words)
    out: dict[str, float] = {}
    out["flesch_reading_ease"] = 0.0 if wps == 0 or spw == 0 else \
        206.835 - 1.015 * wps - 84.6 * spw
    out["flesch_kincaid_grade"] = 0.0 if wps == 0 or spw == 0 else \
        (0.39 * wps) + (11.8 * spw) - 15.59
    out["gunning_fog"] = 0.4 * (wps + 100 * c.hard_3 / c.words) if c.words else 0.0
    out["smog_index"] = (1.043 * (30 * (c.polysyllables / c.sentences)) ** 0.5) + 3.1291 \
        if c.sentences else 0.0
    letters = _div(c.letters, c.words) * 100
    sentences = _div(c.sentences, c.words) * 100
    out["coleman_liau_index"] = 0.0 if letters == 0 or sentences == 0 else \
        (0.058 * letters) - (0.296 * sentences) - 15.8
    cpw = _div(c.characters, c.chunks)
    out["automated_readability_index"] = 0.0 if cpw == 0 or wps == 0 else \
        (4.71 * cpw) + (0.5 * wps) - 21.43
    if c.words:
        share = 100 * c.not_easy / c.words
        dc = (0.1579 * share) + (0.0496 * wps)
        out["dale_chall_readability_score"] = dc + 3.6365 if share > 5 else dc
    else:
        out["dale_chall_readability_score"] = 0.0
    if c.linsear_sentences:
        lw = float((c.linsear_easy * 1 + c.linsear_hard * 3) / c.linsear_sentences)
        out["linsear_write_formula"] = (lw - 2 if lw <= 20 else lw) / 2
    else:
        out["linsear_write_formula"] = 0.0
    grades: list[int] = []
    for key in ("flesch_kincaid_grade", "flesch_reading_ease", "smog_index", "coleman_liau_index",
                "automated_readability_index", "dale_chall_readability_score",
                "linsear_write_formula", "gunning_fog"):
        score = out[key]
        if key == "flesch_reading_ease":
            bands = [(90, [5]), (80, [6]), (70, [7]), (60, [8, 9]), (50, [10]), (40, [11]),
                     (30, [12])]
            grades.extend(next((g for low, g in bands if low <= score < 100), [13]))
        else:
            grades.extend([math.floor(score), math.ceil(score), round(score)])
    out["consensus_grade"] = max(1, min(float(Counter(grades).most_common(1)[0][0]), 18))
    out["difficult_words"] = c.hard_unique
    return out


def measure_text(text: str, sentences: int | None = None, reader_grade: int = 8,
                 facts: WordFacts | None = None, words: int | None = None,
                 tokens: list[str] | None = None) -> dict[str, Measure]:
    """Measure readability of a stretch of prose: textstat's figures, from one count of the text.

    Args:
        text: the body text (no page furniture).
        sentences: the toolkit's own sentence count (used to decide whether there is enough text);
            textstat's own count is used inside its formulas.
        reader_grade: the students' grade, for the plain-English notes.
        facts: per-word facts to share with the paragraph figures of the same text.
        words: ``count_words(text)``, when the caller has counted it (the analysis sums its
            sentences' words: a word never spans the white space between them).
        tokens: ``textstat_words(text)``, when the caller has them.

    Returns:
        A dict of Measure keyed by measure id (see ``NAMES``).

    >>> m = measure_text("The cat sat on the mat. It was warm.")
    >>> m["words"].value, m["flesch_kincaid_grade"].value, m["flesch_kincaid_grade"].note[:15]
    (9.0, None, 'not enough text')
    """
    words = count_words(text) if words is None else words
    if sentences is None:
        from .sentences import split_sentences

        sentences = len(split_sentences(text))
    out: dict[str, Measure] = {
        "words": _measure(NAMES["words"], float(words), _n(words, "word")),
        "sentences": _measure(NAMES["sentences"], float(sentences), _n(sentences, "sentence")),
    }
    avg = words / sentences if sentences else None
    out["avg_sentence_length"] = _measure(
        NAMES["avg_sentence_length"], round(avg, 1) if avg else None,
        f"on average {avg:.0f} words a sentence" if avg else "no sentences to measure")
    if not text or text.isspace():  # (``not text.strip()``, without copying the text)
        for key in ("difficult_words", "flesch_reading_ease", *GRADE_MEASURES):
            out[key] = _measure(NAMES[key], None, "no text to measure")
        return out
    f = formulas(text_counts(text, facts, tokens))
    hard = int(f["difficult_words"])
    out["difficult_words"] = _measure(NAMES["difficult_words"], float(hard),
                                     f"{_n(hard, 'different hard word')}")
    enough = words >= MIN_WORDS and sentences >= MIN_SENTENCES
    short = (f"not enough text: formulas need at least {MIN_WORDS} words and {MIN_SENTENCES} "
             f"sentences, and this has {words} words in {sentences} sentences")
    if enough:
        ease = round(f["flesch_reading_ease"], 1)
        out["flesch_reading_ease"] = _measure(NAMES["flesch_reading_ease"], ease, describe_ease(ease))
        for key in ("flesch_kincaid_grade", "gunning_fog", "coleman_liau_index",
                    "automated_readability_index"):
            value = round(float(f[key]), 1)
            out[key] = _measure(NAMES[key], value, describe_grade(value, reader_grade))
        dc = round(f["dale_chall_readability_score"], 1)
        out["dale_chall_readability_score"] = _measure(
            NAMES["dale_chall_readability_score"], dc,
            "Dale-Chall: " + _dale_chall_grade(dc) + " (its own scale, not a grade)")
        consensus = round(float(f["consensus_grade"]), 1)
        out["consensus_grade"] = _measure(NAMES["consensus_grade"], consensus,
                                         describe_grade(consensus, reader_grade))
    else:
        for key in ("flesch_reading_ease", "flesch_kincaid_grade", "gunning_fog",
                    "coleman_liau_index", "automated_readability_index",
                    "dale_chall_readability_score", "consensus_grade"):
            out[key] = _measure(NAMES[key], None, short)
    if sentences >= SMOG_MIN_SENTENCES and enough:
        smog = round(f["smog_index"], 1)
        out["smog_index"] = _measure(NAMES["smog_index"], smog, describe_grade(smog, reader_grade))
    else:
        out["smog_index"] = _measure(NAMES["smog_index"], None,
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


def measure_paragraph(text: str, sentences: int, reader_grade: int = 8,
                      facts: WordFacts | None = None, words: int | None = None,
                      tokens: list[str] | None = None) -> dict[str, Measure]:
    """Per-paragraph figures: sentence length, hard words and a rough grade marked as rough.

    A paragraph is too short for the formulas to be trusted, so the grade is labeled rough.
    Syllables and hard words come from the same per-word facts as the article's figures (pass
    the article's ``facts`` to share them); the grade is the Flesch-Kincaid formula on the
    toolkit's words per sentence and textstat's syllables per word.

    ``words`` and ``tokens``: ``count_words(text)`` and ``textstat_words(text)`` when the
    caller has them.

    >>> measure_paragraph("The cat sat. It was happy.", 2)["rough_grade"].rough
    True
    """
    words = count_words(text) if words is None else words
    avg = words / sentences if sentences else None
    out = {
        "words": _measure(NAMES["words"], float(words), _n(words, "word")),
        "sentences": _measure(NAMES["sentences"], float(sentences), _n(sentences, "sentence")),
        "avg_sentence_length": _measure(NAMES["avg_sentence_length"],
                                       round(avg, 1) if avg else None,
                                       f"on average {avg:.0f} words a sentence" if avg else
                                       "no sentences"),
    }
    name = "Rough grade (Flesch-Kincaid on one paragraph)"
    tokens = textstat_words(text) if tokens is None else tokens
    if words == 0 or not tokens:
        out["difficult_words"] = _measure(NAMES["difficult_words"], None, "no words")
        out["rough_grade"] = _measure(name, None, "no words", rough=True)
        return out
    facts = facts if facts is not None else WordFacts()
    # different hard words, as textstat counts them for the article
    try:  # from the article's own tables when the article was counted with these facts
        syllables = sum(map(facts._here.__getitem__, tokens))
        hard = len(facts._hard_here.intersection(tokens))
    except KeyError:
        facts._learn(tokens)
        syllables = sum(map(facts._syllables_of.__getitem__, tokens))
        hard = len(facts._hard_words.intersection(tokens))
    out["difficult_words"] = _measure(NAMES["difficult_words"], float(hard),
                                     _n(hard, "different hard word"))
    if avg and avg > MAX_GRADED_SENTENCE:
        out["rough_grade"] = _measure(name, None, f"rough: not given: its sentences average {avg:.0f} "
                                     "words, too long for a grade formula to mean anything",
                                     rough=True)
        return out
    grade = round(0.39 * words / max(sentences, 1) + 11.8 * syllables / len(tokens) - 15.59, 1)
    out["rough_grade"] = _measure(name, grade, "rough: " + describe_grade(grade, reader_grade),
                                 rough=True)
    return out
