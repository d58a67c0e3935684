"""Load an article: find the headline and body paragraphs, and set the page furniture aside.

Every paragraph keeps its character offsets into ``Article.text``, so highlights land on the
original words. Page furniture (a station's header, photo captions and credits, "Updated at ...",
copyright lines, the author's bio, donation footers, share buttons) is kept in
``Article.furniture`` with the reason it was set aside, so a lesson can show what was removed.

>>> art = article_from_text("Town Opens New Library\\n\\nThe library opened on Monday, the mayor said.")
>>> art.title
'Town Opens New Library'
>>> [p.text for p in art.body]
['The library opened on Monday, the mayor said.']
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from html.parser import HTMLParser
from pathlib import Path

from .errors import ToolkitError, exists, is_file
from .sentences import split_sentences
from .wordlists import load_lines, load_words
from .wording import a_or_an

MAX_BYTES = 10 * 1024 * 1024  # about 1.7 million words: far more than any article


@dataclass(frozen=True)
class Paragraph:
    """One paragraph of the article (the headline counts as paragraph 0 when there is one).

    ``start`` and ``end`` are character offsets into the article's text:

    >>> article = load_article("Bus Fares Fall\\n\\nThe mayor said fares will fall.")
    >>> [(p.index, p.headline, p.text) for p in article.paragraphs]
    [(0, True, 'Bus Fares Fall'), (1, False, 'The mayor said fares will fall.')]
    >>> p = article.paragraphs[1]
    >>> article.text[p.start:p.end] == p.text
    True
    """

    index: int
    start: int
    end: int
    text: str
    headline: bool = False
    # ``readability.count_words(text)`` when article_from_text knew it already (from its lines'
    # words); None: count it
    words: int | None = field(default=None, compare=False, repr=False)


@dataclass(frozen=True)
class Furniture:
    """A line of the web page that is not part of the article, and why it was set aside.

    >>> article = load_article("Bus Fares Fall\\n\\nThe mayor said fares will fall.\\n\\n"
    ...                        "Share this story\\n\\nCritics say it costs too much.")
    >>> [(f.kind, f.text) for f in article.furniture]
    [('share button', 'Share this story')]
    >>> print(article.furniture[0].why)
    It is a button for sending the story to friends. It belongs to the web page, not the story.
    """

    kind: str
    start: int
    end: int
    text: str
    why: str


@dataclass(frozen=True)
class Article:
    """An article: its full text, headline, paragraphs, the furniture set aside, and metadata.

    Make one with :func:`load_article` (a file, or the text itself):

    >>> article = load_article("Bus Fares Fall\\n\\nThe mayor said on Monday that fares will "
    ...                        "fall.\\n\\nCritics say the plan costs too much.")
    >>> article.title, len(article.paragraphs), article.headline.text
    ('Bus Fares Fall', 3, 'Bus Fares Fall')
    >>> article.paragraphs[2].text
    'Critics say the plan costs too much.'
    """

    text: str
    title: str | None
    paragraphs: tuple[Paragraph, ...]
    furniture: tuple[Furniture, ...] = ()
    metadata: dict = field(default_factory=dict)
    path: str | None = None
    warnings: tuple[str, ...] = ()

    @property
    def headline(self) -> Paragraph | None:
        """The headline paragraph, or None when the text has no headline."""
        if self.paragraphs and self.paragraphs[0].headline:
            return self.paragraphs[0]
        return None

    @property
    def body(self) -> tuple[Paragraph, ...]:
        """The body paragraphs (the headline left out).

        >>> article = load_article("Bus Fares Fall\\n\\nThe mayor said fares will fall.\\n\\nRiders cheered.")
        >>> [p.text for p in article.body]
        ['The mayor said fares will fall.', 'Riders cheered.']
        """
        return tuple(p for p in self.paragraphs if not p.headline)

    @property
    def body_text(self) -> str:
        """The body paragraphs joined by blank lines: what readability is measured on.

        >>> load_article("Bus Fares Fall\\n\\nThe mayor said fares will fall.\\n\\nRiders cheered.").body_text
        'The mayor said fares will fall.\\n\\nRiders cheered.'
        """
        return "\n\n".join(p.text for p in self.body)

    @property
    def name(self) -> str:
        """A short name for the article: its metadata title, its headline or its file name.

        >>> load_article("Bus Fares Fall\\n\\nThe mayor said fares will fall.").name
        'Bus Fares Fall'
        >>> load_article("The mayor said fares will fall. Riders cheered.").name  # no headline
        'Pasted article'
        """
        return str(self.metadata.get("title") or self.title or
                   (Path(self.path).stem if self.path else "Pasted article"))

    def to_dict(self) -> dict:
        """The article as plain data (for JSON).

        >>> sorted(load_article("Bus Fares Fall\\n\\nThe mayor said fares will fall.").to_dict())
        ['furniture', 'metadata', 'name', 'paragraphs', 'path', 'title', 'warnings']
        """
        return {
            "name": self.name,
            "title": self.title,
            "path": self.path,
            "metadata": dict(self.metadata),
            "paragraphs": [{"index": p.index, "start": p.start, "end": p.end, "text": p.text,
                            "headline": p.headline} for p in self.paragraphs],
            "furniture": [vars(f).copy() for f in self.furniture],
            "warnings": list(self.warnings),
        }


# --------------------------------------------------------------------------------------------
# Loading and checking input


def _looks_like_path(text: str) -> bool:
    if "\n" in text or len(text) > 4096 or not text.strip():
        return False
    stripped = text.strip()
    if len(stripped) > 260 and any(ch.isspace() for ch in stripped):
        return False  # a long line with spaces is text; a long one without may be a path
    if re.search(r"\.(txt|md|html?|text|yaml|json|docx?|pdf|rtf)$", stripped, re.IGNORECASE):
        return True
    return ("/" in stripped or "\\" in stripped) and " " not in stripped


def load_article(path_or_text: str | Path, metadata: dict | None = None) -> Article:
    """Load an article from a text file (or from pasted text that is clearly not a file name).

    A metadata file ``NAME.meta.yaml`` beside ``NAME.txt`` is read when present.

    Args:
        path_or_text: the path of a plain-text file; or the article's text itself.
        metadata: extra facts about the article (title, outlet, author, date, kind).

    Returns:
        An Article.

    Raises:
        ToolkitError: if the file is missing, empty, binary, not UTF-8 or too large.

    >>> load_article("seeds/no-such-file.txt")
    Traceback (most recent call last):
    ...
    toolkit.errors.ToolkitError: No file named 'seeds/no-such-file.txt': check the name and folder (the folder you are in is ...).
    """
    if isinstance(path_or_text, Path) or _looks_like_path(str(path_or_text)):
        path = Path(path_or_text)
        if not is_file(path) and exists(path) and path.is_dir():
            raise ToolkitError(f"{str(path)!r} is a folder, not a file: give the path of one "
                               "article's text file.")
        if not is_file(path):
            raise ToolkitError(f"No file named {str(path_or_text)!r}: check the name and folder "
                               f"(the folder you are in is {Path.cwd()}).")
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ToolkitError(f"{path.name} is {size / 1024 / 1024:.1f} MB; the toolkit reads "
                               f"articles up to {MAX_BYTES // 1024 // 1024} MB: split it into "
                               "smaller files.")
        raw = path.read_bytes()
        text = decode_text(raw, path.name)
        meta = read_metadata(path)
        if metadata:
            meta.update(metadata)
        return article_from_text(text, metadata=meta, path=str(path))
    if not isinstance(path_or_text, str):
        raise ToolkitError(f"load_article needs a file path or the article's text, not "
                           f"{type(path_or_text).__name__}.")
    return article_from_text(path_or_text, metadata=metadata)


def decode_text(raw: bytes, name: str = "The text") -> str:
    """Decode bytes as UTF-8 text, refusing binary files with a clear message.

    >>> decode_text(b"caf\\xc3\\xa9")
    'café'
    >>> decode_text(b"\\x00\\x01\\x02PK")
    Traceback (most recent call last):
    ...
    toolkit.errors.ToolkitError: The text looks like a binary file (a picture, a PDF or a Word document?), not plain text: save the article as plain text (.txt) and try again.
    """
    sample = raw[:8192]
    if b"\x00" in sample or (sample and sum(b < 9 or 13 < b < 32 for b in sample) > len(sample) * 0.1):
        raise ToolkitError(f"{name} looks like a binary file (a picture, a PDF or a Word document?), "
                           "not plain text: save the article as plain text (.txt) and try again.")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ToolkitError(f"{name} is not saved as UTF-8 text (byte {exc.start} cannot be read): "
                           "open it in a text editor, save it as UTF-8 and try again.") from None


def read_metadata(path: Path) -> dict:
    """Read ``NAME.meta.yaml`` beside ``NAME.txt`` (as data only); an empty dict if there is none.

    Every value becomes one line of text as it was written (``title: 1984`` is "1984", ``yes``
    is "yes", a date stays "2017-07-27"); a list becomes its items joined by commas; an empty
    value stays None. A mapping inside a value is refused with one plain sentence.

    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> _ = (folder / "bus.txt").write_text("Bus Fares Fall")
    >>> _ = (folder / "bus.meta.yaml").write_text("title: Bus fares\\ndate: 2017-07-27\\n"
    ...                                          "authors: [Ana Lopez, Ben Ode]\\n")
    >>> read_metadata(folder / "bus.txt")
    {'title': 'Bus fares', 'date': '2017-07-27', 'authors': 'Ana Lopez, Ben Ode'}
    >>> read_metadata(folder / "other.txt")
    {}
    """
    meta_path = path.with_name(path.stem + ".meta.yaml")
    if not is_file(meta_path):
        return {}
    from .jsoncopies import has_yaml
    from .datafiles import load_yaml_text, read_data, read_data_text

    if not has_yaml():  # the browser site reads the JSON copy its build made
        data = read_data(meta_path)
        raw = None
    else:
        raw = read_data_text(meta_path)
        data = load_yaml_text(raw, meta_path.name)
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ToolkitError(f"{meta_path.name} should hold 'name: value' lines (title, outlet, "
                           "author, date, kind); fix it or delete it.")
    written = load_yaml_text(raw, meta_path.name, plain_scalars=True) if raw else {}  # as typed
    written = written if isinstance(written, dict) else {}
    return {str(key): _metadata_text(meta_path.name, str(key), value, written.get(str(key)))
            for key, value in data.items()}


def _metadata_text(name: str, key: str, value, as_written) -> str | None:
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, list) and all(not isinstance(v, (list, dict)) for v in value):
        items = as_written if isinstance(as_written, list) else value
        return ", ".join(str(v) for v in items if v is not None and str(v).strip())
    if isinstance(value, (list, dict)):
        raise ToolkitError(f"{name}: '{key}' should be one line of text (such as "
                           f"'{key}: ...'), not a nested list or mapping: fix it or delete it.")
    return as_written if isinstance(as_written, str) else str(value)


# --------------------------------------------------------------------------------------------
# Cleaning pasted HTML

_HTML_TAG = re.compile(r"<\s*(p|div|br|html|body|span|a|h[1-6]|li|ul|ol|script|style|article|"
                       r"section|strong|em|b|i|img|table|tr|td|meta|head|title)\b[^>]*>",
                       re.IGNORECASE)


class _TextOnly(HTMLParser):
    BLOCK = {"p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "article",
             "section", "header", "footer", "title", "blockquote"}
    SKIP = {"script", "style", "head", "noscript", "template"}

    def __init__(self, line_starts: list[int]) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.line_starts = line_starts
        self.open_skips: list[tuple[str, int, int]] = []  # (tag, offset of "<", tag length)

    def handle_starttag(self, tag, attrs):  # noqa: D401 - HTMLParser hook
        if tag in self.SKIP:
            line, col = self.getpos()
            start = self.line_starts[line - 1] + col
            self.open_skips.append((tag, start, len(self.get_starttag_text() or "")))
        elif tag in self.BLOCK:
            self.parts.append("\n\n")

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            for i in range(len(self.open_skips) - 1, -1, -1):
                if self.open_skips[i][0] == tag:
                    del self.open_skips[i:]
                    break
        elif tag in self.BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data):
        if not self.open_skips:
            self.parts.append(data)


def strip_html(text: str) -> str:
    """Turn HTML into plain text: tags removed, scripts dropped, paragraphs kept apart.

    >>> strip_html("<p>One &amp; two.</p><script>alert(1)</script><p>Three.</p>")
    'One & two.\\n\\nThree.'
    >>> strip_html("<p>One.</p><style>p {color: red}<p>Two.</p>")  # never closed: text kept
    'One.\\n\\np {color: red}\\n\\nTwo.'
    """
    return _strip_html(text)[0]


def _strip_html(text: str) -> tuple[str, list[str]]:
    """``strip_html``, and the tags that were never closed (a <style> or <noscript> left open
    would otherwise hide everything after it: such a tag is dropped and the text kept)."""
    unclosed: list[str] = []
    for _ in range(50):
        line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
        parser = _TextOnly(line_starts)
        parser.feed(text)
        parser.close()
        if not parser.open_skips:
            break
        tag, start, length = parser.open_skips[0]
        unclosed.append(tag)
        text = text[:start] + text[start + max(length, 1):]
    else:  # a page with more unclosed tags than that: keep all the text
        parser = _TextOnly([0] + [m.end() for m in re.finditer("\n", text)])
        parser.SKIP = set()
        parser.feed(text)
        parser.close()
    joined = "".join(parser.parts)
    lines = [re.sub(r"[ \t]+", " ", line).strip() for line in joined.splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip(), unclosed


# --------------------------------------------------------------------------------------------
# Finding the headline, paragraphs and furniture

@lru_cache(maxsize=1)
def _furniture_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    patterns = []
    for line in load_lines("furniture"):
        kind, _, pattern = line.partition("\t")
        patterns.append((kind.strip(), re.compile(pattern.strip(), re.IGNORECASE)))
    return tuple(patterns)


@lru_cache(maxsize=1)
def _any_furniture() -> re.Pattern[str] | None:
    """One regex that matches a whole line exactly when one of ``_furniture_patterns`` does (their
    alternation: a full match backtracks into the next branch until one spans the line), so a
    line that is no furniture, most lines, costs one test instead of one per pattern. None when a
    pattern names a group by number or name (joined, the numbers would shift) or will not join.

    >>> bool(_any_furniture().fullmatch("Share this story")), bool(_any_furniture().fullmatch("Share it."))
    (True, False)
    """
    patterns = [pattern.pattern for _, pattern in _furniture_patterns()]
    if any(re.search(r"\\\d|\(\?P[=<]", p) for p in patterns):
        return None
    try:
        return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)
    except re.error:
        return None


@lru_cache(maxsize=1)
def _furniture_reasons() -> dict[str, str]:
    reasons = {}
    for line in load_lines("furniture_why"):
        kind, _, why = line.partition("\t")
        reasons[kind.strip()] = why.strip()
    return reasons


def _furniture_reason(kind: str) -> str:
    """Why a line of this kind of page furniture is set aside (furniture_why.txt), in plain words.

    >>> _furniture_reason("audio player")
    'It is a button or timer for listening to the radio. It belongs to the web page, not the story.'
    >>> _furniture_reason("cookie banner")
    'Many news pages have a line like this (a cookie banner). It belongs to the page, not the story.'
    """
    return _furniture_reasons().get(kind) or (f"Many news pages have a line like this "
                                              f"({a_or_an(kind)}). It belongs to the page, not the story.")


_WORD = re.compile(r"[A-Za-z0-9\u00C0-\u024F\u0370-\u1FFF]+(?:['’][A-Za-z]+)?|[\u3040-\u9FFF\uAC00-\uD7AF]")
# The characters _WORD takes that readability.count_words does not: a text without them has the
# same words by both (count_words's pattern is _WORD's first branch without these ranges)
_WIDE_LETTER = re.compile("[\u00C0-\u024F\u0370-\u1FFF\u3040-\u9FFF\uAC00-\uD7AF]")
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_END_PUNCT = re.compile(r"[.!?:…][\"'”’)\]]*$")


def _count_words(text: str, words: int, wide: bool = True) -> int | None:
    """``readability.count_words(text)`` from ``words``, the number of _WORD words of ``text``
    (white space between lines holds no word), when both count the same words; else None.
    ``wide``: False when the whole article has no _WIDE_LETTER (then no search is needed).

    >>> _count_words("Ana’s bus, 42 stops", 4), _count_words("Ünal’s bus", 2)
    (4, None)
    """
    return None if wide and _WIDE_LETTER.search(text) else words


def _words(text: str) -> int:
    return len(_WORD.findall(text))


@dataclass
class _Line:
    start: int
    end: int
    text: str
    block: int
    kind: str | None = None
    why: str = ""
    _found: list[str] | None = None

    @property
    def found(self) -> list[str]:
        """The line's words (``_WORD``), found once: the furniture rules, the headline search,
        the body's word count and the English check all ask."""
        if self._found is None:
            self._found = _WORD.findall(self.text)
        return self._found

    @property
    def words(self) -> int:
        """How many words the line has."""
        return len(self.found)


def _split_lines(text: str) -> list[_Line]:
    lines: list[_Line] = []
    block = 0
    pos = 0
    previous_blank = True
    for raw in text.splitlines(keepends=True):
        content = raw.rstrip("\r\n")
        stripped = content.strip()
        if not stripped:
            if not previous_blank:
                block += 1
            previous_blank = True
        else:
            lead = len(content) - len(content.lstrip())
            start = pos + lead
            lines.append(_Line(start, start + len(stripped), stripped, block))
            previous_blank = False
        pos += len(raw)
    return lines


def _is_credit(line: _Line) -> bool:
    words = line.text.split(None, 4)  # (five parts or more: too long; a paragraph is not split whole)
    return (1 <= len(words) <= 4 and not _END_PUNCT.search(line.text)
            and all(w[0].isupper() or "/" in w for w in words if w[0].isalpha()))


_BIO = re.compile(r"^[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3}\s+(?:covers|is|writes|reports|was|has)\b")
# words of an appeal for money or sign-ups (data/wordlists/support_appeals.txt; "donat*" is a stem)
_APPEALS = [" ".join(map(re.escape, e.rstrip("*").split())) + (r"\w*" if e.endswith("*") else "")
            for e in load_lines("support_appeals")]
_SUPPORT = re.compile(r"\b(" + "|".join(_APPEALS) + r")\b", re.IGNORECASE)


# A line that stops where no headline stops: after a comma or dash, or on a word that
# needs the next one ("the", "of", "on"): the sentence runs on to the next line even when that line
# opens with a capital ("The mayor spoke on\nMonday about ...", "Later,\nRuiz said ...").
# a first line that ends on what cannot end a title runs on into the next line: a comma, a dash,
# an article, a conjunction, "than", "according (to)"
_RUNS_ON = re.compile(r"(?:,|\s[-–—]|\s(?:the|a|an|and|or|but|than|according(?:\s+to)?))$")
# a word that can end a title ("Five things to look out for", "What the new rules are for") runs on
# only when the next line opens with its object: a day, a month or a number ("... on\nTuesday ...")
_RUNS_ON_WORD = re.compile(r"\s(?:of|on|in|at|to|for|by|with|from|that|as|into|about|after|before)$")
_OBJECT_OPENS = re.compile(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|"
                           r"March|April|May|June|July|August|September|October|November|December|"
                           r"Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.|\d)")


def _mark_furniture(lines: list[_Line], title: str | None) -> int | None:
    """Mark furniture lines in place and return the index of the headline line (or None)."""
    # 1. Lines printed twice (photo captions repeated by the page).
    counts: dict[str, int] = {}
    for line in lines:
        counts[line.text] = counts.get(line.text, 0) + 1
    for line in lines:
        if counts[line.text] > 1 and line.words >= 5:
            line.kind, line.why = "photo caption", "It is printed twice: the page repeats a photo caption."
    # 2. Photo credits: short name-like lines in the same block as a caption.
    for i, line in enumerate(lines):
        if line.kind is None and _is_credit(line):
            near = [lines[j] for j in (i - 1, i + 1, i - 2, i + 2) if 0 <= j < len(lines)]
            if any(n.kind == "photo caption" and n.block == line.block for n in near):
                line.kind, line.why = "photo credit", "A short name line beside a photo caption: who took the photo."
    # 3. Known page furniture (players, update stamps, share buttons ...), short lines only.
    any_furniture = _any_furniture()
    for line in lines:
        if line.kind is None and line.words <= 20 and (any_furniture is None
                                                       or any_furniture.fullmatch(line.text)):
            for kind, pattern in _furniture_patterns():
                if pattern.fullmatch(line.text):
                    line.kind, line.why = kind, _furniture_reason(kind)
                    break
    # 4. The headline: the metadata title, else the first line that stands alone in its block.
    headline = None
    if title:
        wanted = " ".join(title.split())
        for i, line in enumerate(lines):
            if " ".join(line.text.split()) == wanted:
                headline = i
                break
    # A text of one line that holds several sentences is a paragraph of body, not a headline
    # (a headline alone, "Sessions Heads To El Salvador", is still one).
    body = [line for line in lines if line.kind is None]
    if headline is None and not (len(body) == 1 and len(split_sentences(body[0].text)) > 1):
        block_sizes: dict[int, int] = {}
        for line in lines:
            block_sizes[line.block] = block_sizes.get(line.block, 0) + 1
        for i, line in enumerate(lines):
            if line.kind is not None:
                continue
            words = line.words
            alone = block_sizes[line.block] == 1
            wrapped = (not alone and i + 1 < len(lines) and lines[i + 1].block == line.block
                       and (lines[i + 1].text[:1].islower() or _RUNS_ON.search(line.text) is not None
                            or (_RUNS_ON_WORD.search(line.text) is not None
                                and _OBJECT_OPENS.match(lines[i + 1].text) is not None)))
            if 2 <= words <= 25 and (alone or i == 0) and not wrapped and not line.text.endswith("."):
                headline = i
                break
            if not alone and words <= 8 and not _END_PUNCT.search(line.text):
                continue  # a short line of a menu or header block: keep looking
            break
    # 5. Everything before the headline is the site's header.
    if headline is not None:
        for line in lines[:headline]:
            if line.kind is None:
                line.kind, line.why = "page header", "It comes before the headline: the website's own header."
    # 6. After a copyright line (below the headline) the article has ended: bio and footers.
    start = (headline or 0) + 1
    for i in range(start, len(lines)):
        if lines[i].kind == "copyright line":
            for line in lines[i + 1:]:
                if line.kind is not None:
                    continue
                if _SUPPORT.search(line.text):
                    line.kind, line.why = "donation footer", "It comes after the article ends and asks readers for support."
                elif _BIO.search(line.text):
                    line.kind, line.why = "author bio", "It comes after the article ends and describes the writer."
                else:
                    line.kind, line.why = "site footer", "It comes after the article ends: it is about the website."
            break
    return headline


def article_from_text(text: str, metadata: dict | None = None, path: str | None = None,
                      title: str | None = None) -> Article:
    """Make an Article from text you paste in (the explicit way to analyze pasted text).

    Args:
        text: the article. A first short line on its own is taken as the headline.
        metadata: optional facts (title, outlet, author, date, kind).
        path: where the text came from, if anywhere.
        title: the headline, when you know it.

    Raises:
        ToolkitError: if the text is empty or too large.

    >>> article_from_text("   ")
    Traceback (most recent call last):
    ...
    toolkit.errors.ToolkitError: The article is empty: paste or load some text, at least one full sentence.
    """
    if not isinstance(text, str):
        raise ToolkitError(f"The article must be text (a str), not {type(text).__name__}.")
    meta = dict(metadata or {})
    if title:
        meta.setdefault("title", title)
    warnings: list[str] = []
    if len(text) > MAX_BYTES // 4 and len(text.encode("utf-8", "surrogatepass")) > MAX_BYTES:
        raise ToolkitError(f"This text is larger than {MAX_BYTES // 1024 // 1024} MB; the toolkit "
                           "reads articles up to that size: split it into smaller pieces.")
    if "\x00" in text[:8192]:
        raise ToolkitError("The text looks like a binary file, not plain text: save the article "
                           "as plain text (.txt) and try again.")
    bad_characters = len(_SURROGATE.findall(text))
    if bad_characters:  # lone surrogates: not text, and they break drawing and saving
        text = _SURROGATE.sub("\ufffd", text)  # one for one, so offsets stay the same
        warnings.append(f"This text had {bad_characters} broken character"
                        f"{'s' if bad_characters > 1 else ''} (not valid Unicode), shown as "
                        "\ufffd: check the text was copied whole.")
    if len(_HTML_TAG.findall(text[:20000])) >= 2:
        text, unclosed = _strip_html(text)
        warnings.append("This looked like a web page's HTML code, so the tags were removed and "
                        "only the text was kept: check the sentences below look right.")
        if unclosed:
            tags = ", ".join(f"<{t}>" for t in dict.fromkeys(unclosed))
            warnings.append(f"The HTML opens {tags} and never closes it; the text after it was "
                            "kept (it would hide the rest of the page): check nothing from the "
                            "page's code slipped in.")
    if not text.strip() or not _INVISIBLE.sub("", text).strip():
        raise ToolkitError("The article is empty: paste or load some text, at least one full sentence.")

    lines = _split_lines(text)
    wide = _WIDE_LETTER.search(text) is not None  # else no paragraph has one
    headline_index = _mark_furniture(lines, meta.get("title"))
    paragraphs: list[Paragraph] = []
    if headline_index is not None:
        h = lines[headline_index]
        h.kind = "headline"
        paragraphs.append(Paragraph(0, h.start, h.end, text[h.start:h.end], headline=True,
                                    words=_count_words(h.text, h.words, wide)))
    # Body: the remaining lines; lines of one block are joined when the earlier one was wrapped.
    current: list[_Line] = []
    body_words = 0  # the same as counting each body paragraph's text: only spaces join its lines
    # the words of every paragraph, headline first: the same as _WORD.findall of the paragraphs'
    # texts joined by spaces (a word never spans white space), for looks_english
    found: list[str] = list(lines[headline_index].found) if headline_index is not None else []

    def flush() -> None:
        nonlocal body_words
        if current:
            s, e = current[0].start, current[-1].end
            words = sum(line.words for line in current)
            paragraphs.append(Paragraph(len(paragraphs), s, e, text[s:e],
                                        words=_count_words(text[s:e], words, wide)))
            body_words += words
            for line in current:
                found.extend(line.found)
            current.clear()

    no_punctuation = not re.search(r"[.!?…]", text)
    for line in lines:
        if line.kind is not None:
            flush()
            continue
        if current and (line.block != current[-1].block or no_punctuation
                        or _END_PUNCT.search(current[-1].text)):
            flush()
        current.append(line)
    flush()
    furniture = tuple(Furniture(line.kind, line.start, line.end, line.text, line.why)
                      for line in lines if line.kind not in (None, "headline"))
    if not any(not p.headline for p in paragraphs):
        if paragraphs:
            warnings.append("Only a headline was found, with no body text: paste the whole article.")
        else:
            raise ToolkitError("No article text was found (only page furniture such as menus, "
                               "captions or copyright lines): paste the article's own paragraphs.")
    body = " ".join(p.text for p in paragraphs)
    if body_words >= 30 and not re.search(r"[.!?…]", body):
        warnings.append("This text has no full stops, question marks or exclamation marks, so each "
                        "line was treated as one sentence: check that you pasted the whole article.")
    if not looks_english(body, found if len(body) <= _ENGLISH_CHARS else None):
        warnings.append("This text does not look like English. The labels only work for English "
                        "articles, so treat them with care.")
    title_text = paragraphs[0].text if paragraphs and paragraphs[0].headline else meta.get("title")
    return Article(text=text, title=title_text, paragraphs=tuple(paragraphs), furniture=furniture,
                   metadata=meta, path=path, warnings=tuple(warnings))


_ENGLISH_CHARS = 50000  # looks_english reads this much of a text


def looks_english(text: str, words: list[str] | None = None) -> bool:
    """Guess whether text is English: enough of its words are common English words.

    Args:
        text: the text.
        words: ``_WORD.findall(text)`` when the caller has it already (only for a text no longer
            than ``_ENGLISH_CHARS``).

    >>> looks_english("The mayor said that the bridge will open in May.")
    True
    >>> looks_english("El alcalde dijo que el puente se abrirá en mayo de este año.")
    False
    """
    if words is None:
        words = _WORD.findall(text[:_ENGLISH_CHARS])
    n = len(words)
    if n < 8:
        return True
    common = load_words("english_common")
    hits = 0
    for i in range(0, n, 256):  # stop as soon as enough words are common (hits only grow)
        hits += sum(map(common.__contains__, map(str.lower, words[i:i + 256])))
        if hits / n >= 0.2:
            return True
    return False
