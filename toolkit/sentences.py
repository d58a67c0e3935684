"""Split paragraphs into sentences, keeping character offsets.

Survives real text: abbreviations ("Mr.", "p.m."), dotted capitals ("U.S.", "D.C."), initials,
ellipses inside quotes, quotes that run over several sentences, curly and straight quotes,
non-breaking spaces and dashes used as separators.

>>> [text for _, _, text in split_sentences('He left the U.S. on Monday. "We tried," Mr. Lee said.')]
['He left the U.S. on Monday.', '"We tried," Mr. Lee said.']
>>> split_sentences("")
[]
"""

from __future__ import annotations

import re
from functools import lru_cache

from .wordlists import load_words

# A candidate end: sentence punctuation, then closing quotes or brackets, then white space (any
# kind, non-breaking included), then something that can start a sentence.
# It starts only where a run of punctuation starts (the look-behind), so a run of 20,000 full
# stops is tried once, not once per full stop (which was quadratic). The look-behind comes after
# the first mark ("no mark before this one"), so the pattern opens with a character set and the
# regex engine jumps from mark to mark instead of testing the look-behind at every character.
_BOUNDARY = re.compile(r"([.!?…](?<![.!?…][.!?…])[.!?…]*)([\"'”’)\]]*)(?=\s+[\"'“‘(\[]?[A-Z0-9])")
_LINE_THEN_QUOTE = re.compile(r"(?<=\S)[ \t\xa0]*\n\s*(?=[“”\"])")
_TOKEN_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")
_NEXT_WORD = re.compile(r"\s+[\"'“‘(\[]?([A-Za-z]+)")
_DOTTED = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    return load_words("abbreviations")


@lru_cache(maxsize=1)
def _starters() -> frozenset[str]:
    return load_words("sentence_starters") | {"the"}


# Abbreviations that may also end a sentence: split after them only before a sentence opener.
_AMBIGUOUS = load_words("ambiguous_abbreviations")


def _ends_sentence(text: str, m: re.Match[str], depth=None) -> bool:
    punct = m.group(1)
    if punct[-1] in "!?":
        return True
    if punct in ("...", "…") or len(punct) >= 3:
        # An ellipsis ends a sentence only outside quotation marks.
        return (depth(m.start()) if depth else _quote_depth(text, m.start())) == 0
    token_match = _TOKEN_BEFORE.search(text, max(0, m.start() - 20), m.start())
    if not token_match:
        return True
    token = token_match.group(1)
    low = token.lower()
    if low in _AMBIGUOUS or _DOTTED.fullmatch(token):
        return _following(text, m) in _starters()
    if low in _abbreviations():
        return False
    if len(token) == 1 and token.isupper():
        return _following(text, m) in _starters()  # an initial, as in "J. Smith"
    return True


def _following(text: str, m: re.Match[str]) -> str:
    """The lower-cased word after a candidate end (looked up only where the end is in doubt)."""
    next_word = _NEXT_WORD.match(text, m.end())
    return next_word.group(1).lower() if next_word else ""


def _quote_depth(text: str, end: int) -> int:
    """How many quotation marks are open at ``end`` (curly pairs, straight ones by parity)."""
    curly = text.count("“", 0, end) - text.count("”", 0, end)
    straight = text.count('"', 0, end) % 2
    return max(curly, 0) + straight


class _QuoteDepth:
    """``_quote_depth`` for increasing positions, counting each stretch of text once (linear)."""

    def __init__(self, text: str) -> None:
        self.text, self.pos, self.curly, self.straight = text, 0, 0, 0

    def __call__(self, end: int) -> int:
        if end < self.pos:
            return _quote_depth(self.text, end)
        self.curly += self.text.count("“", self.pos, end) - self.text.count("”", self.pos, end)
        self.straight += self.text.count('"', self.pos, end)
        self.pos = end
        return max(self.curly, 0) + self.straight % 2


def split_sentences(text: str, offset: int = 0) -> list[tuple[int, int, str]]:
    """Split ``text`` into sentences.

    Args:
        text: one paragraph (or any text).
        offset: added to every start and end, so offsets can point into a larger text.

    Returns:
        A list of ``(start, end, sentence_text)``; white space between sentences is left out.

    >>> split_sentences("It rained… Then it stopped!  Was it over?")
    [(0, 10, 'It rained…'), (11, 27, 'Then it stopped!'), (29, 41, 'Was it over?')]
    """
    if "\n" in text and _LINE_THEN_QUOTE.search(text):
        # a line break before an opening quotation mark starts a new sentence (quotes listed one
        # a line, each with its credit: '...shame.” ― Ana Ruiz\n“During ...')
        spans = []
        piece_start = 0
        for m in _LINE_THEN_QUOTE.finditer(text):
            spans += split_sentences(text[piece_start:m.start()], offset + piece_start)
            piece_start = m.start()
        return spans + split_sentences(text[piece_start:], offset + piece_start)
    spans: list[tuple[int, int, str]] = []
    start = 0
    length = len(text)
    depth = _QuoteDepth(text)
    for m in _BOUNDARY.finditer(text):
        if m.end() <= start or not _ends_sentence(text, m, depth):
            continue
        _append(spans, text, start, m.end(), offset)
        start = m.end()
    _append(spans, text, start, length, offset)
    return spans


def _append(spans: list, text: str, start: int, end: int, offset: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        spans.append((start + offset, end + offset, text[start:end]))
