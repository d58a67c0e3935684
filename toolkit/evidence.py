"""The bottom floor: the labels, the one Evidence type, and the one registry of evidence kinds.

Every rule (attribution, opinion) returns ``Evidence`` from the start; ``labels`` only moves the
offsets from the sentence to the article. Every view (HTML, quizzes, charts, compare) reads what a
kind is called and which label it supports from ``EVIDENCE_KINDS``. Nothing here imports anything
from the toolkit.

>>> ev = Evidence(0, 4, "cue", "reporting words")
>>> ev.kind, ev.text
('cue', '')
>>> moved = ev.placed(10, "The mayor said it.")
>>> (moved.start, moved.end, moved.text)
(10, 14, 'said')
>>> kind("mild").name, kind("mild").label, kind("question").shown
('leaning word', 'opinion', False)
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

LABELS = ("attributed", "claim", "opinion", "call_to_action")

# What a rewrite sentence can be (one primary kind each), and "dropped" for an original sentence
# the rewrite did not use.
PAIR_KINDS = ("kept", "reworded", "attribution_dropped", "changed", "added")
COMPARE_KINDS = (*PAIR_KINDS, "dropped")
# What became of an original sentence that rewrite sentences use, weakest to strongest: when
# several use it, the strongest counts (Comparison.original_fates).
FATE_ORDER = ("kept", "reworded", "changed", "attribution_dropped")


class Evidence(NamedTuple):
    """Words that justify a label: a span (start, end), its kind, a plain note and the words.

    Immutable. Rules give offsets within their sentence (and may leave ``text`` empty);
    ``placed`` moves them into the article's text. ``kind`` is an id of ``EVIDENCE_KINDS``.

    >>> ev = Evidence(0, 4, "cue", "a reporting verb", "says")
    >>> ev.kind, ev.text
    ('cue', 'says')
    """

    start: int
    end: int
    kind: str
    note: str
    text: str = ""

    def placed(self, offset: int, text: str) -> "Evidence":
        """The same evidence ``offset`` characters later, with its words taken from ``text``.

        Args:
            offset: where the sentence starts in ``text``.
            text: the text the new offsets point into (the article's).
        """
        start, end = self.start + offset, self.end + offset
        return Evidence(start, end, self.kind, self.note, text[start:end])

    def to_dict(self) -> dict:
        """As plain data.

        >>> Evidence(0, 4, "cue", "reporting words", "said").to_dict()["text"]
        'said'
        """
        return {"start": self.start, "end": self.end, "kind": self.kind, "note": self.note,
                "text": self.text}


@dataclass(frozen=True)
class EvidenceKind:
    """One kind of evidence: the label it supports, what students read, and whether views show it.

    ``shown`` is False for evidence that covers a whole sentence or repeats another (a question,
    a quotation carried on from an earlier sentence): views do not underline it.

    >>> EVIDENCE_KINDS["cue"]
    EvidenceKind(id='cue', label='attributed', name='reporting word', shown=True)
    >>> EVIDENCE_KINDS["mild"].label, EVIDENCE_KINDS["mild"].name
    ('opinion', 'leaning word')
    """

    id: str
    label: str
    name: str
    shown: bool = True


EVIDENCE_KINDS: dict[str, EvidenceKind] = {k.id: k for k in (
    EvidenceKind("quote", "attributed", "quote"),  # lesson 2's word ("Quote: someone's exact words")
    EvidenceKind("cue", "attributed", "reporting word"),  # "reporting words" for "told reporters"
    EvidenceKind("speaker", "attributed", "who said it"),
    EvidenceKind("carried", "attributed", "still inside a quotation", shown=False),
    EvidenceKind("loaded", "opinion", "loaded word"),
    EvidenceKind("mild", "opinion", "leaning word"),
    EvidenceKind("modal", "opinion", "must-statement"),
    EvidenceKind("superlative", "opinion", "extreme comparison"),
    EvidenceKind("question", "opinion", "question", shown=False),
    EvidenceKind("exclamation", "opinion", "exclamation mark"),
    EvidenceKind("stance", "opinion", "writer's stance word"),
    EvidenceKind("first_person", "opinion", "writer says I / we"),
    EvidenceKind("reader_address", "call_to_action", "speaks to you"),
    EvidenceKind("imperative", "call_to_action", "tells you to do something"),
)}


# A cue is most often reporting words ("said", "told reporters"). A few cues are a mark or a small
# word doing the same job; students see them named for what they are, not as reporting words.
_CUE_MARKS = {":": "colon that opens a quote", "\u2014": "dash before a name",
              "\u2013": "dash before a name", "\u2015": "dash before a name",
              "to": "whose view it is"}


def clue_name(kind_id: str, words: str = "") -> str:
    """The name students read for a clue: its kind's name, or for a cue that is a mark, the mark's;
    a cue of more than one word is "reporting words" (the reason beside it says the same).

    The chips under a labeled article and the reason beside them both take the name from here,
    so one clue never goes by two names.

    Args:
        kind_id: an id of ``EVIDENCE_KINDS`` (an unknown id is returned as it is).
        words: the clue's words in the text.

    >>> clue_name("stance", "so powerful"), clue_name("cue", "said"), clue_name("cue", "told reporters")
    ("writer's stance word", 'reporting word', 'reporting words')
    >>> clue_name("cue", "told\\nreporters"), clue_name("cue", "according\\u00a0to")  # a wrapped line
    ('reporting words', 'reporting words')
    >>> clue_name("quote", "They are ruthless")
    'quote'
    >>> clue_name("cue", ":"), clue_name("cue", "To")
    ('colon that opens a quote', 'whose view it is')
    """
    known = EVIDENCE_KINDS.get(kind_id)
    if known is None:
        return kind_id
    if kind_id == "cue":
        words = words.strip()
        return _CUE_MARKS.get(words.lower(), known.name + ("s" if len(words.split()) > 1 else ""))
    return known.name


def kind(kind_id: str) -> EvidenceKind:
    """The registry entry of an evidence kind.

    Raises:
        KeyError: with the known kinds, when ``kind_id`` is not one.

    >>> kind("cue").label, kind("cue").name
    ('attributed', 'reporting word')
    """
    try:
        return EVIDENCE_KINDS[kind_id]
    except KeyError:
        raise KeyError(f"There is no evidence kind {kind_id!r}: use one of "
                       f"{', '.join(EVIDENCE_KINDS)}.") from None
