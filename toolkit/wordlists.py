"""Read the rule files in ``toolkit/data/wordlists/``: one entry a line, ``#`` starts a comment.

>>> "said" in load_words("reporting_verbs")
True
>>> bool(phrase_regex("modals").search("They must act."))
True
"""

from __future__ import annotations

import re
from functools import lru_cache

from .datafiles import shipped


@lru_cache(maxsize=None)
def load_lines(name: str) -> tuple[str, ...]:
    """Return the non-comment, non-empty lines of ``data/wordlists/NAME.txt`` (trailing spaces cut).

    >>> load_lines("modals")[:3]
    ('must', 'should', 'ought to')
    """
    path = shipped("wordlists", f"{name}.txt")
    lines = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        lines.append(line.rstrip())
    return tuple(lines)


@lru_cache(maxsize=None)
def load_words(name: str) -> frozenset[str]:
    """Return the entries of a word list, lower-cased, as a set (first column only).

    >>> {"he", "she", "they"} <= load_words("speaker_pronouns")
    True
    """
    return frozenset(line.split("\t")[0].strip().lower() for line in load_lines(name))


def _entry_pattern(entry: str) -> str:
    entry = entry.strip().lower()
    star = entry.endswith("*")
    entry = entry.rstrip("*")
    body = r"\s+".join(re.escape(part) for part in entry.split())
    return body + (r"[\w'-]*" if star else "")


@lru_cache(maxsize=None)
def phrase_regex(name: str) -> re.Pattern[str]:
    """Compile a word list into one case-insensitive regex of whole words (longest entries first).

    >>> phrase_regex("modals").findall("You must act; the mustard ought to wait.")
    ['must', 'ought to']
    """
    entries = sorted({line.split("\t")[0] for line in load_lines(name)}, key=len, reverse=True)
    alternation = grouped_alternation([_entry_pattern(e) for e in entries], ignore_case=True)
    return re.compile(rf"(?<![\w'-])(?:{alternation})(?![\w'])", re.IGNORECASE)


_FIRST_ATOM = re.compile(r"\\.|[^\\]")


def grouped_alternation(patterns: list[str], ignore_case: bool = False) -> str:
    """Join patterns with ``|``, grouped by their first literal character, in the same order.

    A regex tries the branches of an alternation one by one at every place it looks, so a long
    word list is slow. Patterns that start with different literal characters can never match
    at the same place, so gathering them under their first character (``a(?:bc|d)|x(?:y)``)
    gives the very same matches while trying only one group per place. Each pattern must start
    with one literal character (escaped or not), as word-list entries do. With ``ignore_case``
    (for a regex compiled with re.IGNORECASE) "A" and "a" go in one group.

    >>> grouped_alternation(["make up", "make", "gone", "m"])
    'm(?:ake up|ake|)|gone'
    """
    groups: dict[str, tuple[str, list[str]]] = {}
    for pattern in patterns:
        first = _FIRST_ATOM.match(pattern).group(0)
        key = first.lower() if ignore_case else first
        groups.setdefault(key, (first, []))[1].append(pattern[len(first):])
    return "|".join(first + (rests[0] if len(rests) == 1 else "(?:" + "|".join(rests) + ")")
                    for first, rests in groups.values())


_LOWER_WORDS = re.compile(r"[\w'-]+")
_ASCII_WORDS = re.compile(r"[a-z0-9_'-]+")


class Words(frozenset):
    """The lower-case words of a text (a frozenset), with the lower-cased text kept as ``.text``.

    Made by :func:`word_set`:

    >>> words = word_set("Chief Lee SAID it")
    >>> isinstance(words, Words), "said" in words, words.text
    (True, True, 'chief lee said it')
    """

    text: str = ""


def word_set(text: str) -> Words:
    """The lower-case words of a text as a set, for a fast first check before a regex runs.

    >>> sorted(word_set("Don't Stop-me now"))
    ["don't", 'now', 'stop-me']
    """
    lowered = text.lower().replace("’", "'")
    # (on ASCII text \w is [A-Za-z0-9_], and lower-cased ASCII holds no capital: the ASCII
    # class finds the same words without a Unicode look-up per character)
    words = Words((_ASCII_WORDS if lowered.isascii() else _LOWER_WORDS).findall(lowered))
    words.text = lowered
    return words


@lru_cache(maxsize=None)
def _first_words(name: str) -> tuple[frozenset[str], re.Pattern[str] | None]:
    exact: set[str] = set()
    prefixes: list[str] = []
    for line in load_lines(name):
        words = line.split("\t")[0].strip().lower().replace("’", "'").split()
        if len(words) == 1 and words[0].endswith("*"):
            prefixes.append(words[0].rstrip("*"))
        else:
            exact.add(words[0].rstrip("*"))
    pattern = (re.compile(r"(?<![\w'-])(?:" + grouped_alternation(list(map(re.escape, sorted(prefixes))))
                          + ")")
               if prefixes else None)
    return frozenset(exact), pattern


def may_contain(name: str, words: frozenset[str]) -> bool:
    """True when a text whose ``word_set`` is ``words`` could hold an entry of the list ``name``.

    A cheap test (set lookups only) that lets the matching regex run only where it can match.

    >>> may_contain("modals", word_set("They must act.")), may_contain("modals", word_set("They act."))
    (True, False)
    """
    exact, prefixes = _first_words(name)
    if not exact.isdisjoint(words):
        return True
    if prefixes is None:
        return False
    text = getattr(words, "text", None)
    if text is None:
        return any(prefixes.match(w) for w in words)
    return prefixes.search(text) is not None
