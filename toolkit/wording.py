"""Small grammar helpers for generated sentences: counts with the right plural, verbs that agree, "a"/"an".

Every sentence the toolkit writes from a count goes through these, so students never read
"1 sentences", "source(s)" or "a audio player".
"""

from __future__ import annotations

import re

# Words that start with a vowel letter but a consonant sound, and the reverse ("an hour").
_CONSONANT_SOUND = re.compile(r"(?:one|once|uni(?!n)|use|usu|euro|ewe|u[bcfkrst][aeiou])", re.IGNORECASE)
_VOWEL_SOUND = re.compile(r"(?:hour|honest|honou?r|heir)", re.IGNORECASE)


def plural(n: int, noun: str, many: str | None = None) -> str:
    """The noun in the form that goes with ``n``.

    Args:
        n: how many.
        noun: the singular ("sentence").
        many: the plural when it is not noun + "s" ("people").

    >>> plural(1, "source"), plural(3, "source"), plural(0, "person", "people")
    ('source', 'sources', 'people')
    """
    return noun if n == 1 else (many if many is not None else noun + "s")


def count(n: int, noun: str, many: str | None = None) -> str:
    """A number and its noun: "1 source", "2 sources", "0 points".

    >>> count(1, "point"), count(2, "point")
    ('1 point', '2 points')
    """
    return f"{n} {plural(n, noun, many)}"


def agree(n: int, one: str, many: str) -> str:
    """The verb that agrees with ``n`` things ("names" for 1, "name" for more or none).

    >>> f"1 of 21 sentences {agree(1, 'names', 'name')} a source"
    '1 of 21 sentences names a source'
    >>> agree(4, "is", "are")
    'are'
    """
    return one if n == 1 else many


def a_or_an(phrase: str) -> str:
    """The phrase with "a" or "an" in front, by its first sound.

    >>> a_or_an("audio player"), a_or_an("update stamp"), a_or_an("share button")
    ('an audio player', 'an update stamp', 'a share button')
    >>> a_or_an("usual line"), a_or_an("hour")
    ('a usual line', 'an hour')
    """
    word = phrase.lstrip()
    if _VOWEL_SOUND.match(word):
        return f"an {phrase}"
    if word[:1] and word[:1].lower() in "aeiou" and not _CONSONANT_SOUND.match(word):
        return f"an {phrase}"
    return f"a {phrase}"


_LEADING_ARTICLE = re.compile(r"^(A|An|The|Some)(?= [a-z])")


def mid_sentence(name: str) -> str:
    """A source's name as it reads inside a sentence: a leading "A", "An", "The" or "Some" that
    only started the article's sentence goes lowercase; a proper name keeps its capital.

    >>> mid_sentence("A city official"), mid_sentence("The Associated Press"), mid_sentence("Maria Chen")
    ('a city official', 'The Associated Press', 'Maria Chen')
    """
    return _LEADING_ARTICLE.sub(lambda m: m.group(1).lower(), name)
