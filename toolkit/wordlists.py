"""Read the rule files in ``toolkit/data/wordlists/``: one entry a line, ``#`` starts a comment.

>>> "said" in load_words("reporting_verbs")
True
>>> bool(phrase_regex("modals").search("They must act."))
True
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=None)
def load_lines(name: str) -> tuple[str, ...]:
    """Return the non-comment, non-empty lines of ``data/wordlists/NAME.txt`` (trailing spaces cut)."""
    path = resources.files("toolkit") / "data" / "wordlists" / f"{name}.txt"
    lines = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        lines.append(line.rstrip())
    return tuple(lines)


@lru_cache(maxsize=None)
def load_words(name: str) -> frozenset[str]:
    """Return the entries of a word list, lower-cased, as a set (first column only)."""
    return frozenset(line.split("\t")[0].strip().lower() for line in load_lines(name))


def _entry_pattern(entry: str) -> str:
    entry = entry.strip().lower()
    star = entry.endswith("*")
    entry = entry.rstrip("*")
    body = r"\s+".join(re.escape(part) for part in entry.split())
    return body + (r"[\w'-]*" if star else "")


@lru_cache(maxsize=None)
def phrase_regex(name: str) -> re.Pattern[str]:
    """Compile a word list into one case-insensitive regex of whole words (longest entries first)."""
    entries = sorted({line.split("\t")[0] for line in load_lines(name)}, key=len, reverse=True)
    alternation = "|".join(_entry_pattern(e) for e in entries)
    return re.compile(rf"(?<![\w'-])(?:{alternation})(?![\w'])", re.IGNORECASE)


_TOKEN = re.compile(r"[\w'’-]+")


class WordMatch:
    """A found entry: where it starts and ends, and the words (like a regex match)."""

    __slots__ = ("_start", "_end", "_text")

    def __init__(self, start: int, end: int, text: str) -> None:
        self._start, self._end, self._text = start, end, text

    def start(self) -> int:
        """Where the words start."""
        return self._start

    def end(self) -> int:
        """Where the words end."""
        return self._end

    def group(self, _index: int = 0) -> str:
        """The words found."""
        return self._text


def tokenize(text: str) -> list[tuple[int, int, str]]:
    """Split text into lower-case words with their offsets (apostrophes and hyphens kept).

    >>> tokenize("It's far-left!")
    [(0, 4, "it's"), (5, 13, 'far-left')]
    """
    return [(m.start(), m.end(), m.group(0).lower().replace("’", "'")) for m in _TOKEN.finditer(text)]


class WordMatcher:
    """Find a word list's entries in text by looking words up, which is much faster than one
    large regular expression. Entries may be phrases, and a trailing * matches any ending."""

    def __init__(self, entries: tuple[str, ...]) -> None:
        self.exact: dict[str, list[tuple[tuple[str, ...], bool]]] = {}
        self.prefixes: dict[str, list[tuple[str, tuple[str, ...], bool]]] = {}
        for entry in entries:
            words = entry.lower().replace("’", "'").split()
            star = words[-1].endswith("*")
            words[-1] = words[-1].rstrip("*")
            first, rest = words[0], tuple(words[1:])
            if star and not rest:
                self.prefixes.setdefault(first[:3], []).append((first, rest, True))
            else:
                self.exact.setdefault(first, []).append((rest, star))

    def _rest_matches(self, tokens, i: int, rest: tuple[str, ...], star: bool) -> int:
        if i + len(rest) >= len(tokens):
            return -1
        for k, word in enumerate(rest):
            tok = tokens[i + 1 + k][2]
            last = k == len(rest) - 1
            if not (tok == word or (last and star and tok.startswith(word))):
                return -1
        return i + len(rest)

    def finditer(self, text: str, tokens: list | None = None):
        """Yield a WordMatch for each entry found, longest first where two start together."""
        tokens = tokenize(text) if tokens is None else tokens
        i = 0
        n = len(tokens)
        while i < n:
            start, end, tok = tokens[i]
            best = -1
            for rest, star in self.exact.get(tok, ()):
                j = self._rest_matches(tokens, i, rest, star) if rest else i
                best = max(best, j)
            for prefix, rest, _ in self.prefixes.get(tok[:3], ()):
                if tok.startswith(prefix):
                    best = max(best, i)
            if best >= 0:
                stop = tokens[best][1]
                yield WordMatch(start, stop, text[start:stop])
                i = best + 1
            else:
                i += 1


@lru_cache(maxsize=None)
def word_matcher(name: str) -> WordMatcher:
    """A fast WordMatcher for one word list (first column of each line)."""
    return WordMatcher(tuple(line.split("\t")[0].strip() for line in load_lines(name)))
