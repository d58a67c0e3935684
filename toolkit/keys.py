"""Answer keys: the hand-written label, source and evidence words for every sentence of an article.

The keys for the two seeds ship in ``toolkit/data/keys/``. They are the lessons' answer key, the
quizzes' source of truth and the classifier's test. Keys are YAML read with ``yaml.safe_load``
(data only, never code).

>>> key = load_key("npr")
>>> key.sentences[0].headline
True
>>> key.find("no such sentence") is None
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .datafiles import (  # noqa: F401 (the reader's names, kept here for older callers)
    MAX_DATA_BYTES, MAX_DATA_DEPTH, MAX_DATA_VALUES, load_json_text, load_yaml_text, read_data,
    read_data_text, shipped)
from .errors import ToolkitError, is_file
from .evidence import EVIDENCE_KINDS, LABELS, PAIR_KINDS


@dataclass(frozen=True)
class KeyEvidence:
    """One evidence item of the key: words (an exact substring of the sentence) and their kind.

    ``optional`` marks words a student may fairly click in a spot-the-words question without
    losing credit, but need not find ("for good" beside the "must" that makes the opinion).

    >>> entry = load_key("rewrite").get(19)
    >>> [(e.text, e.kind, e.optional) for e in entry.evidence]
    [('must', 'modal', False), ('most dangerous', 'superlative', False), ('for good', 'loaded', True)]
    """

    text: str
    kind: str
    optional: bool = False


@dataclass(frozen=True)
class KeySentence:
    """The key's entry for one sentence.

    >>> entry = load_key("npr").get(4)
    >>> entry.label, entry.also, entry.accepted  # 'opinion' is also accepted
    ('claim', ('opinion',), ('claim', 'opinion'))
    >>> entry = load_key("npr").get(12)
    >>> entry.source, entry.source_aliases[:2], entry.cue, entry.checked
    ('Houston Police Chief Art Acevedo', ('Art Acevedo', 'Acevedo'), 'told NPR', True)
    """

    n: int
    text: str
    label: str
    also: tuple[str, ...] = ()
    headline: bool = False
    source: str | None = None
    source_aliases: tuple[str, ...] = ()
    cue: str | None = None
    evidence: tuple[KeyEvidence, ...] = ()
    reason: str = ""
    note: str | None = None
    checked: bool = True  # False: drafted by the tool, not yet checked by a teacher

    @property
    def accepted(self) -> tuple[str, ...]:
        """The first label and every accepted alternative."""
        return (self.label, *self.also)


@dataclass(frozen=True)
class AnswerKey:
    """A whole article's key.

    >>> key = load_key("npr")
    >>> len(key.sentences), key.get(1).label
    (30, 'claim')
    """

    article: str
    file: str
    sentences: tuple[KeySentence, ...] = field(default_factory=tuple)

    def find(self, text: str) -> KeySentence | None:
        """Return the key entry whose text matches ``text`` (spacing ignored), or None.

        >>> key = load_key("npr")
        >>> key.find(key.get(12).text.replace(" ", "  ")).n  # spacing does not matter
        12
        >>> key.find("A sentence the article does not have.") is None
        True
        """
        return self._by_text().get(normalize(text))

    def _by_text(self) -> dict[str, KeySentence]:
        return {normalize(s.text): s for s in self.sentences}

    def unchecked(self) -> list[KeySentence]:
        """The entries a teacher has not checked yet (drafted by ``toolkit.drafting``).

        >>> load_key("npr").unchecked()
        []
        """
        return [s for s in self.sentences if not s.checked]

    def get(self, n: int) -> KeySentence:
        """Return sentence number ``n`` (counting from 1, as the key does)."""
        for s in self.sentences:
            if s.n == n:
                return s
        raise ToolkitError(f"The answer key for {self.article!r} has no sentence number {n}; "
                           f"it has 1 to {len(self.sentences)}.")


def find_words(text: str, words: str) -> int:
    """Return where ``words`` first occur in ``text`` as whole words, or -1 if they never do.

    Evidence words are matched on word boundaries, so "he" is never found inside "the" and
    "Sessions" is never found inside "Sessionsville". A match counts as whole when the characters
    either side of it are not letters or digits (or the words themselves start or end with
    punctuation). A small letter followed by a capital also counts as a boundary: the seeds keep
    their typing slips verbatim, such as "organizationNPR" with its space missing.

    >>> find_words("Most of the minors, he said.", "he")
    20
    >>> find_words("the other", "he")
    -1
    >>> find_words('He said "no."', '"no."')
    8
    >>> find_words("the organizationNPR reported", "NPR")  # a missing space in the seed
    16
    """
    if not words:
        return -1
    start = text.find(words)
    while start >= 0:
        end = start + len(words)
        before_ok = start == 0 or _boundary(text[start - 1], words[0])
        after_ok = end == len(text) or _boundary(words[-1], text[end])
        if before_ok and after_ok:
            return start
        start = text.find(words, start + 1)
    return -1


def _boundary(left: str, right: str) -> bool:
    if not (left.isalnum() and right.isalnum()):
        return True
    return left.islower() and right.isupper()


_SPACE = re.compile(r"\s+")


def normalize(text: str) -> str:
    """Fold every run of white space (non-breaking spaces too) into one space and trim.

    >>> normalize("  a\\u00a0 b\\n c ")
    'a b c'
    """
    return _SPACE.sub(" ", text).strip()


def key_path(name: str) -> Path:
    """Return the path of a shipped key (``"npr"``, ``"rewrite"``, ``"compare-seeds"``) or a file.

    >>> key_path("npr").name
    'npr.yaml'
    """
    candidate = Path(name)
    if candidate.suffix in (".yaml", ".yml", ".json") and is_file(candidate):
        return candidate
    folder = shipped("keys")
    path = folder / f"{name}.yaml"
    if not is_file(path):
        names = sorted(p.stem for p in folder.glob("*.yaml"))
        raise ToolkitError(f"There is no answer key called {name!r}. The toolkit ships: "
                           f"{', '.join(names)}; or give the path of a .yaml key file.")
    return path


read_yaml = read_data  # the one guarded reader lives in toolkit.datafiles (kept for callers)


def load_key(name: str) -> AnswerKey:
    """Load an answer key by name (``"npr"``, ``"rewrite"``) or path.

    Raises:
        ToolkitError: if there is no such key or it is broken.

    >>> load_key("rewrite").article
    'rewrite'
    """
    path = key_path(name)
    # Cached per file and its last change, so a teacher's edits to a key are seen at once.
    return _load_key_file(str(path), path.stat().st_mtime_ns)


@lru_cache(maxsize=32)
def _load_key_file(path_text: str, _changed: int) -> AnswerKey:
    path = Path(path_text)
    data = read_data(path)
    if isinstance(data, dict) and "voices" in data and "dropped" in data:
        raise ToolkitError(f"{path} is a compare key (what a rewrite did to its original), not a "
                           "label key: read it with toolkit.lesson.load_compare_key(...).")
    if not isinstance(data, dict) or not isinstance(data.get("sentences"), list):
        raise ToolkitError(f"{path} is not an answer key: it needs a 'sentences:' list.")
    sentences = []
    for i, item in enumerate(data["sentences"], start=1):
        if not isinstance(item, dict) or "text" not in item or "label" not in item:
            raise ToolkitError(f"{path}: sentence entry {i} needs at least 'text' and 'label'.")
        label = item["label"]
        also = tuple(item.get("also") or ())
        for lab in (label, *also):
            if lab not in LABELS:
                raise ToolkitError(f"{path}: sentence {item.get('n', i)} has the label {lab!r}; "
                                   f"use one of {', '.join(LABELS)}.")
        evidence = []
        for ev in item.get("evidence") or ():
            if not isinstance(ev, dict) or ev.get("kind") not in EVIDENCE_KINDS or not ev.get("text"):
                raise ToolkitError(f"{path}: sentence {item.get('n', i)} has an evidence item "
                                   f"{ev!r}; each needs 'text' and a 'kind' from "
                                   f"{', '.join(EVIDENCE_KINDS)}.")
            evidence.append(KeyEvidence(str(ev["text"]), ev["kind"], bool(ev.get("optional", False))))
        sentences.append(KeySentence(
            n=int(item.get("n", i)), text=str(item["text"]), label=label, also=also,
            headline=bool(item.get("headline", False)), source=item.get("source"),
            source_aliases=tuple(item.get("source_aliases") or ()), cue=item.get("cue"),
            evidence=tuple(evidence), reason=str(item.get("reason") or ""), note=item.get("note"),
            checked=item.get("checked", True) is not False,
        ))
    return AnswerKey(article=str(data.get("article", path.stem)), file=str(data.get("file", "")),
                     sentences=tuple(sentences))


COMPARE_KINDS = PAIR_KINDS  # a rewrite sentence's kinds in a compare key ("dropped" is never one)
_LABEL_FIELDS = {"n", "text", "headline", "label", "also", "source", "source_aliases", "cue",
                 "evidence", "reason", "note", "checked"}
_COMPARE_FIELDS = {"n", "text", "kind", "also", "original_n", "original", "flags", "reason",
                   "note", "checked"}


def check_key_file(path: str | Path) -> list[str]:
    """Every problem in a label key or a compare key, each naming the file, the entry and the field.

    An empty list means the key is well formed. It does not judge whether a label is right; it
    checks what a quiz needs: known labels and kinds, evidence and cues that are exact words of
    their sentence, a source for every attributed sentence, numbers in order.

    >>> check_key_file(key_path("npr"))
    []
    """
    path = Path(path)
    try:
        data = read_data(path)
    except ToolkitError as exc:
        return [str(exc)]
    name = path.name
    if not isinstance(data, dict) or not isinstance(data.get("sentences"), list):
        return [f"{name}: an answer key needs a 'sentences:' list at the top (see "
                f"docs/answer-keys.md)."]
    is_compare = "voices" in data or "dropped" in data
    fields = _COMPARE_FIELDS if is_compare else _LABEL_FIELDS
    problems: list[str] = []
    for i, item in enumerate(data["sentences"], start=1):
        if not isinstance(item, dict):
            problems.append(f"{name}, entry {i}: each entry must be a mapping with text and "
                            f"{'kind' if is_compare else 'label'}.")
            continue
        n = item.get("n", i)
        where = f"{name}, entry {i} (n: {n})"
        if n != i:
            problems.append(f"{where}, field 'n': entries must be numbered 1, 2, 3, ... in order; "
                            f"this one should be {i}.")
        for extra in sorted(set(map(str, item)) - fields):
            problems.append(f"{where}: unknown field {extra!r}; allowed: {', '.join(sorted(fields))}.")
        text = item.get("text")
        if not isinstance(text, str) or not text.strip():
            problems.append(f"{where}, field 'text': the sentence's exact text is missing.")
            continue
        if "checked" in item and not isinstance(item["checked"], bool):
            problems.append(f"{where}, field 'checked': write true or false.")
        if is_compare:
            _check_compare_entry(item, where, text, problems)
        else:
            _check_label_entry(item, where, text, problems)
    return problems


def _one_of(item: dict, name: str, allowed, where: str, problems: list[str]):
    """The entry's field ``name`` (a label or a kind), with a problem noted when it is not one
    of ``allowed``.

    >>> problems = []
    >>> _one_of({"label": "fact"}, "label", LABELS, "Sentence 3", problems)
    'fact'
    >>> problems
    ["Sentence 3, field 'label': 'fact' is not a label; use one of attributed, claim, opinion, call_to_action."]
    """
    value = item.get(name)
    if value not in allowed:
        problems.append(f"{where}, field '{name}': {value!r} is not a {name}; use one of "
                        f"{', '.join(allowed)}.")
    return value


def _check_label_entry(item: dict, where: str, text: str, problems: list[str]) -> None:
    label = _one_of(item, "label", LABELS, where, problems)
    also = item.get("also") or []
    if not isinstance(also, list) or any(a not in LABELS for a in also):
        problems.append(f"{where}, field 'also': a list of other fair labels from "
                        f"{', '.join(LABELS)}, or [].")
    if label == "attributed" and not (isinstance(item.get("source"), str) and item["source"].strip()):
        problems.append(f"{where}, field 'source': a sentence that names a source needs the "
                        f"source's name here.")
    cue = item.get("cue")
    if cue is not None and (not isinstance(cue, str) or cue not in text):
        problems.append(f"{where}, field 'cue': {cue!r} is not words of the sentence; copy the "
                        f"reporting words exactly, or write null.")
    evidence = item.get("evidence") or []
    if not isinstance(evidence, list):
        problems.append(f"{where}, field 'evidence': a list of {{text: ..., kind: ...}} items.")
        return
    for j, ev in enumerate(evidence, start=1):
        if not isinstance(ev, dict) or ev.get("kind") not in EVIDENCE_KINDS:
            problems.append(f"{where}, field 'evidence' item {j}: needs a 'kind' from "
                            f"{', '.join(EVIDENCE_KINDS)}.")
        elif not isinstance(ev.get("text"), str) or ev["text"] not in text:
            problems.append(f"{where}, field 'evidence' item {j}: {ev.get('text')!r} is not words "
                            f"of the sentence; copy them exactly (same capitals and punctuation).")


def _check_compare_entry(item: dict, where: str, text: str, problems: list[str]) -> None:
    kind = _one_of(item, "kind", COMPARE_KINDS, where, problems)
    numbers = item.get("original_n") or []
    if not isinstance(numbers, list) or not all(isinstance(x, int) and not isinstance(x, bool)
                                                and x > 0 for x in numbers):
        problems.append(f"{where}, field 'original_n': a list of the original's sentence numbers, "
                        f"or [] for an added sentence.")
    elif kind == "added" and numbers:
        problems.append(f"{where}, field 'original_n': an added sentence has no original; "
                        f"write [] or choose another kind.")
    elif kind in ("kept", "reworded", "attribution_dropped", "changed") and not numbers:
        problems.append(f"{where}, field 'original_n': a {kind} sentence needs the number of the "
                        f"original sentence it came from.")
    for j, flag in enumerate(item.get("flags") or [], start=1):
        if not isinstance(flag, dict) or not flag.get("kind") or \
                not isinstance(flag.get("text"), str) or flag["text"] not in text:
            problems.append(f"{where}, field 'flags' item {j}: needs a 'kind' and a 'text' that "
                            f"is exact words of the sentence.")


def outer_evidence(ks: KeySentence, kinds=None) -> list:
    """The key's evidence of the given kinds, less a piece that another piece of the same kind
    holds ("Brilliant" within "Brilliant Move"): what a list of the evidence shows, once each.

    >>> from toolkit.keys import load_key
    >>> [ev.text for ev in outer_evidence(load_key("rewrite").get(1), ("loaded",))]
    ['Brilliant Move', 'Destroy', 'Thugs']
    """
    listed = [ev for ev in ks.evidence if kinds is None or ev.kind in kinds]
    return [ev for ev in listed
            if not any(other is not ev and other.kind == ev.kind and len(other.text) > len(ev.text)
                       and _inside(ks.text, ev.text, other.text) for other in listed)]


def _inside(text: str, inner: str, outer: str) -> bool:
    """Whether the words ``inner`` lie within the words ``outer`` where both are found in text."""
    a, b = find_words(text, inner), find_words(text, outer)
    return a >= 0 and b >= 0 and b <= a and a + len(inner) <= b + len(outer)
