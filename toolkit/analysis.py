"""Analyze an article: labeled sentences, attribution density and readability in one object.

>>> a = analyze('"We will rebuild," Mayor Ana Ruiz said. The storm hit on Monday.')
>>> a.density.attributed, a.density.sentences
(1, 2)
>>> a.sentences[0].source
'Mayor Ana Ruiz'
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path

from .articles import Article, load_article
from .errors import ToolkitError, is_file
from .evidence import LABELS
from .labels import Sentence, label_sentences
from .readability import (Measure, WordFacts, count_words, measure_paragraph, measure_text,
                          textstat_words)
from .sources import source_key
from .wording import agree, count


class Shown:
    """What an Analysis and a Comparison share: JSON text made from their ``to_dict``, and a
    notebook shows them as their ``to_html``.

    >>> a = analyze("The café opens at noon.", readability=False)
    >>> isinstance(a, Shown), 'café' in a.to_json(indent=None), a._repr_html_() == a.to_html()
    (True, True, True)
    """

    def to_dict(self) -> dict:  # pragma: no cover - each result has its own
        raise NotImplementedError

    def to_html(self) -> str:  # pragma: no cover - each result has its own
        raise NotImplementedError

    def to_json(self, indent: int | None = 2) -> str:
        """As JSON text (``to_dict``, with letters such as "é" kept as they are)."""
        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    def _repr_html_(self) -> str:
        return self.to_html()


class _Shares:
    """Shares shared by the article's and each paragraph's figures."""

    sentences: int
    attributed: int
    words: int
    attributions: int

    @property
    def share_attributed(self) -> float:
        """Share of sentences that name a source (0 to 1)."""
        return self.attributed / self.sentences if self.sentences else 0.0

    @property
    def per_100_words(self) -> float:
        """Attributions (reporting cues with a speaker) per 100 words."""
        return 100 * self.attributions / self.words if self.words else 0.0


@dataclass(frozen=True)
class ParagraphDensity(_Shares):
    """Attribution figures for one paragraph.

    >>> a = analyze('Bus Fares Fall\\n\\n"Fares will fall," Mayor Ana Ruiz said. The plan is '
    ...             'brilliant.\\n\\nRiders cheered. Critics say it costs too much.',
    ...             readability=False)
    >>> [(p.paragraph, p.headline, p.attributed, p.sentences) for p in a.density.paragraphs]
    [(0, True, 0, 1), (1, False, 1, 2), (2, False, 1, 2)]
    >>> a.density.paragraphs[1].share_attributed
    0.5
    """

    paragraph: int
    headline: bool
    sentences: int
    attributed: int
    words: int
    attributions: int

    def to_dict(self) -> dict:
        """As plain data."""
        return {"paragraph": self.paragraph, "headline": self.headline,
                "sentences": self.sentences, "attributed": self.attributed, "words": self.words,
                "attributions": self.attributions,
                "share_attributed": round(self.share_attributed, 4),
                "per_100_words": round(self.per_100_words, 3)}


@dataclass(frozen=True)
class Density(_Shares):
    """How much of an article names its sources.

    >>> d = analyze("Ana Ruiz said the bus is late. It is late.").density
    >>> d.sentences, d.attributed
    (2, 1)
    """

    sentences: int
    attributed: int
    words: int
    attributions: int
    quoted_words: int
    sources: tuple[str, ...]
    label_counts: dict
    paragraphs: tuple[ParagraphDensity, ...]

    @property
    def share_quoted(self) -> float:
        """Share of words inside quotation marks (0 to 1).

        >>> round(analyze('"Fares will fall," Mayor Ana Ruiz said. It rained.').density.share_quoted, 2)
        0.33
        """
        return self.quoted_words / self.words if self.words else 0.0

    def summary(self) -> str:
        """One plain sentence about the figures.

        >>> analyze('"Fares will fall," Mayor Ana Ruiz said. The plan is brilliant.').density.summary()
        '1 of 2 sentences names a source (50%); 1 source is named; 27% of the words are inside quotation marks.'
        """
        n = len(self.sources)
        named = ("no source is named" if n == 0 else "1 source is named" if n == 1
                 else f"{n} different sources are named")
        verb = agree(self.attributed, "names", "name")
        return (f"{self.attributed} of {count(self.sentences, 'sentence')} {verb} a source "
                f"({self.share_attributed:.0%}); {named}; "
                f"{self.share_quoted:.0%} of the words are inside quotation marks.")

    def to_dict(self) -> dict:
        """As plain data."""
        return {"sentences": self.sentences, "attributed": self.attributed, "words": self.words,
                "attributions": self.attributions, "quoted_words": self.quoted_words,
                "share_attributed": round(self.share_attributed, 4),
                "per_100_words": round(self.per_100_words, 3),
                "share_quoted": round(self.share_quoted, 4), "sources": list(self.sources),
                "label_counts": dict(self.label_counts),
                "paragraphs": [p.to_dict() for p in self.paragraphs], "summary": self.summary()}


_POSSESSOR = re.compile(r"[\w.’'-]+['’]s\s+(.+)")


def _fold_possessive_tails(seen: dict[str, str]) -> dict[str, str]:
    """(s13 walk #15) "the transit office" and "the city's transit office" in one article are one
    source: a source whose folded name is another's after "X's " is dropped in favour of the
    longer name. Keys are ``source_key`` folds; the order of first mention is kept.

    >>> list(_fold_possessive_tails({"city's transit office": "the city's transit office",
    ...                               "transit office": "the transit office", "ana ruiz": "Ana Ruiz"}).values())
    ["the city's transit office", 'Ana Ruiz']
    """
    if len(seen) < 2 or not any("'s " in k or "’s " in k for k in seen):
        return seen
    tails = {m.group(1) for m in map(_POSSESSOR.fullmatch, seen) if m}
    return {k: v for k, v in seen.items() if k not in tails}


def compute_density(article: Article, sentences: list[Sentence]) -> Density:
    """Attribution density for the article and for each paragraph.

    >>> analyze("Ana Ruiz said the bus is late. It is late.").density.summary()[:42]
    '1 of 2 sentences names a source (50%); 1 s'
    """
    # one walk over the sentences for the paragraphs, the label counts and the sources (the
    # same figures as one sum per label and per paragraph, in the same order)
    by_para: dict[int, list[Sentence]] = {}
    counts = dict.fromkeys(LABELS, 0)
    seen: dict[str, str] = {}
    for s in sentences:
        group = by_para.get(s.paragraph)
        if group is None:
            by_para[s.paragraph] = [s]
        else:
            group.append(s)
        if s.label in counts:
            counts[s.label] += 1
        if s.source:
            seen.setdefault(source_key(s.source), s.source)
    paragraphs = []
    total_words = total_attr = total_quoted = 0
    for p in article.paragraphs:
        group = by_para.get(p.index, ())
        # the paragraph's words are its sentences' words: the sentences hold all of its text but
        # the white space between them, and a word never spans white space
        words = (count_words(p.text) if p.words is None else p.words) if group else 0
        attributed = attributions = 0
        for s in group:
            if s.label == "attributed":
                attributed += 1
                if s.cue:
                    attributions += 1
            total_quoted += s.quoted_words
        paragraphs.append(ParagraphDensity(p.index, p.headline, len(group), attributed,
                                           words, attributions))
        total_words += words
        total_attr += attributions
    return Density(len(sentences), counts["attributed"], total_words, total_attr, total_quoted,
                   tuple(_fold_possessive_tails(seen).values()), counts, tuple(paragraphs))


@dataclass
class Analysis(Shown):
    """Everything the toolkit found in one article.

    Readability is measured the first time ``readability`` or ``paragraph_readability`` is read
    (textstat and its dictionary take about a second to load), so lessons that only need the
    labels never pay for it. ``analyze(..., readability=False)`` leaves both empty.

    >>> a = analyze("The pool opens in May. You must go!", readability=False)
    >>> [s.label for s in a.sentences], a.density.label_counts["opinion"], a.readability
    (['claim', 'opinion'], 1, {})
    """

    article: Article
    sentences: list[Sentence]
    density: Density
    reader_grade: int = 8
    measure_readability: bool = True
    _readability: dict[str, Measure] | None = field(default=None, repr=False)
    _paragraph_readability: dict[int, dict[str, Measure]] | None = field(default=None, repr=False)
    _word_facts: WordFacts | None = field(default=None, repr=False)
    _body_words: dict | None = field(default=None, repr=False)

    def _body_paragraph_words(self) -> dict[int, tuple[int, list[str]]]:
        """Each body paragraph's words, counted once for the article's and the paragraphs'
        figures: (``count_words``, which the density already summed over its sentences, and
        textstat's words). A word never spans white space, so the body text's figures are the
        sums and the concatenation of its paragraphs' (the body joins them with blank lines)."""
        if self._body_words is None:
            counted = {p.paragraph: p.words for p in self.density.paragraphs}
            self._body_words = {p.index: (counted[p.index] if p.index in counted
                                          else count_words(p.text), textstat_words(p.text))
                                for p in self.article.body}
        return self._body_words

    def _facts(self) -> WordFacts:
        """Per-word syllables and hard-word facts, shared by the article's and paragraphs' figures."""
        if self._word_facts is None:
            self._word_facts = WordFacts()
        return self._word_facts

    @property
    def readability(self) -> dict[str, Measure]:
        """Readability of the body text (textstat), each measure a value or None with a reason."""
        if self._readability is None:
            if not self.measure_readability:
                return {}
            body_sentences = sum(1 for s in self.sentences if not s.headline)
            words = self._body_paragraph_words()
            self._readability = measure_text(
                self.article.body_text, body_sentences, self.reader_grade, facts=self._facts(),
                words=sum(n for n, _ in words.values()),
                tokens=list(chain.from_iterable(tokens for _, tokens in words.values())))
        return self._readability

    @property
    def paragraph_readability(self) -> dict[int, dict[str, Measure]]:
        """Per-paragraph figures: sentence length, hard words and a rough grade marked rough.

        >>> a = analyze('Bus Fares Fall\\n\\n"Fares will fall," Mayor Ana Ruiz said. The plan is '
        ...             'brilliant. Call your mayor today!')
        >>> a.paragraph_readability[1]["rough_grade"]
        Measure(name='Rough grade (Flesch-Kincaid on one paragraph)', value=2.9, note='rough: about grade 3: easy for most 8th graders', rough=True)
        """
        if self._paragraph_readability is None:
            if not self.measure_readability:
                return {}
            counts: dict[int, int] = {}
            for s in self.sentences:
                counts[s.paragraph] = counts.get(s.paragraph, 0) + 1
            words = self._body_paragraph_words()
            self._paragraph_readability = {
                p.index: measure_paragraph(p.text, counts.get(p.index, 0), self.reader_grade,
                                           facts=self._facts(), words=words[p.index][0],
                                           tokens=words[p.index][1])
                for p in self.article.body}
        return self._paragraph_readability

    @property
    def name(self) -> str:
        """The article's short name."""
        return self.article.name

    def by_label(self, label: str) -> list[Sentence]:
        """The sentences with one label ("attributed", "claim", "opinion", "call_to_action").

        >>> a = analyze('Bus Fares Fall\\n\\n"Fares will fall," Mayor Ana Ruiz said. The plan is '
        ...             'brilliant. Call your mayor today!')
        >>> [s.text for s in a.by_label("opinion")]
        ['The plan is brilliant.']
        >>> a.by_label("fact")
        Traceback (most recent call last):
        toolkit.errors.ToolkitError: There is no label 'fact': use one of attributed, claim, opinion, call_to_action.
        """
        if label not in LABELS:
            raise ToolkitError(f"There is no label {label!r}: use one of {', '.join(LABELS)}.")
        return [s for s in self.sentences if s.label == label]

    def to_dict(self) -> dict:
        """The analysis as plain data (the JSON shape of the command line).

        >>> a = analyze('Bus Fares Fall\\n\\n"Fares will fall," Mayor Ana Ruiz said. The plan is '
        ...             'brilliant. Call your mayor today!')
        >>> sorted(a.to_dict())
        ['article', 'density', 'paragraph_readability', 'readability', 'sentences']
        """
        return {
            "article": self.article.to_dict(),
            "sentences": [s.to_dict() for s in self.sentences],
            "density": self.density.to_dict(),
            "readability": {k: m.to_dict() for k, m in self.readability.items()},
            "paragraph_readability": {str(k): {n: m.to_dict() for n, m in v.items()}
                                      for k, v in self.paragraph_readability.items()},
        }

    def table(self) -> str:
        """A compact plain-text table: one line per sentence.

        >>> a = analyze('Bus Fares Fall\\n\\n"Fares will fall," Mayor Ana Ruiz said. The plan is '
        ...             'brilliant. Call your mayor today!')
        >>> print(a.table())
          #  label                            source                     sentence
          1  [F] Says it as fact (no source)                             Bus Fares Fall (headline)
          2  [S] Names a source               Mayor Ana Ruiz             "Fares will fall," Mayor Ana Ruiz said.
          3  [O] Writer's opinion                                        The plan is brilliant.
          4  [A] Asks you to act                                         Call your mayor today!
        <BLANKLINE>
        1 of 4 sentences names a source (25%); 1 source is named; 17% of the words are inside quotation marks.
        """
        from .render import text_table

        return text_table(self)

    def to_html(self) -> str:
        """The article with every sentence highlighted by label, evidence underlined (escaped).

        >>> a = analyze('Bus Fares Fall\\n\\n"Fares will fall," Mayor Ana Ruiz said. The plan is '
        ...             'brilliant. Call your mayor today!')
        >>> html = a.to_html()
        >>> html.count('class="ml-mark"'), "brilliant</span>" in html
        (4, True)
        """
        from .render import analysis_html

        return analysis_html(self)

    def __repr__(self) -> str:
        return (f"<Analysis of {self.name!r}: {len(self.sentences)} sentences; "
                f"{self.density.summary()}>")


def analyze(article: Article | str | Path, readability: bool = True, reader_grade: int = 8) -> Analysis:
    """Analyze an article: label every sentence, measure attribution density and readability.

    Args:
        article: an Article, a file path, or pasted text.
        readability: set False to leave out the readability measures. (When True they are
            measured the first time they are read.)
        reader_grade: the students' grade, for the plain-English readability notes.

    Returns:
        An Analysis.

    Raises:
        ToolkitError: for empty, binary, missing or unreadable input.

    >>> result = analyze('"We will rebuild," Mayor Ana Ruiz said. The storm hit on Monday.',
    ...                  readability=False)
    >>> [(s.label, s.source) for s in result.sentences]
    [('attributed', 'Mayor Ana Ruiz'), ('claim', None)]
    >>> result.density.attributed, result.density.sentences
    (1, 2)
    """
    if not isinstance(article, Article):
        article = load_article(article)
    sentences = label_sentences(article)
    density = compute_density(article, sentences)
    return Analysis(article, sentences, density, reader_grade=reader_grade,
                    measure_readability=readability)


def as_analysis(item: Analysis | Article | str | Path, *, readability: bool = True,
                reader_grade: int = 8, remeasure: bool = False, pasted: bool = True,
                what: str = "article") -> Analysis:
    """Turn what a user gave into an Analysis: the one converter at the public edges.

    The report, the lesson API and compare call this; past the edge everything takes an
    Analysis (charts and views never analyze). Each caller says what it needs:

    Args:
        item: an Analysis (kept as it is), an Article, a file path or, when ``pasted``, the
            article's text.
        readability: whether an analysis made here measures readability.
        reader_grade: the students' grade, for an analysis made here.
        remeasure: give a given Analysis that was made without readability its readability
            figures (measured on first read; the labels are kept, not made again), as the report
            shows them; the default keeps it as it is.
        pasted: accept pasted text; when False a string must name a file.
        what: what the item is in the caller's words ("original", "rewrite"), for the message.

    Raises:
        ToolkitError: for anything else, for a missing file when ``pasted`` is False, and for
            empty, binary or unreadable input (``analyze``'s messages).

    >>> a = as_analysis("The storm hit on Monday.", readability=False)
    >>> as_analysis(a) is a, a.measure_readability
    (True, False)
    >>> as_analysis(a, remeasure=True).measure_readability
    True
    >>> as_analysis(42, what="rewrite")
    Traceback (most recent call last):
    toolkit.errors.ToolkitError: The rewrite must be a file path, pasted text, an Article or an analysis, not a int.
    """
    if isinstance(item, Analysis):
        if remeasure and not item.measure_readability:
            # the same article's labels and density, with readability measured on first use: its
            # sentences are not labelled a second time (``analyze(item.article)`` gives the same
            # sentences and density: label_sentences starts from a fresh SourceMemory)
            return Analysis(item.article, list(item.sentences), item.density,
                            reader_grade=reader_grade, measure_readability=True)
        return item
    if isinstance(item, (str, Path)) and not pasted:
        if not is_file(item):
            raise ToolkitError(f"No file named {str(item)!r}: check the name and the folder.")
        item = load_article(Path(item))
    if isinstance(item, (str, Path, Article)):
        return analyze(item, readability=readability, reader_grade=reader_grade)
    kinds = "a file path, pasted text" if pasted else "a file path"
    raise ToolkitError(f"The {what} must be {kinds}, an Article or an analysis, not a "
                       f"{type(item).__name__}.")
