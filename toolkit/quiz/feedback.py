"""Feedback HTML for quiz answers: right/wrong lines and the key's evidence, highlighted.

Built with the one HTML toolkit (``render.html``): every piece of article text is escaped, and
evidence shows its label's colour AND its text marker (never colour alone). Grading decides what
is right; this module holds the pieces every question type's feedback is made of (each type's
module in ``quiz.types`` puts its own verdict into words with them).

>>> "Right" in verdict(True, "yes") and "\u2714" in verdict(True, "yes")
True
"""

from __future__ import annotations

from ..evidence import EVIDENCE_KINDS, clue_name
from ..keys import KeySentence, find_words, outer_evidence
from ..palette import LABEL_STYLES
from ..render.html import badge, esc, tag
from .questions import FIND

RIGHT = "\u2714"  # heavy check mark
WRONG = "\u2718"  # heavy ballot x


def _label_badge(label: str) -> str:
    return badge(label, solid=True)


def verdict(ok: bool, text: str) -> str:
    """Return a right/wrong line with a symbol and a word, so it never relies on colour.

    >>> verdict(False, "try again.").count("Not yet")
    1
    """
    sym, word, colour = (RIGHT, "Right", "#006b4f") if ok else (WRONG, "Not yet", "#a33f00")
    return (f'<div style="color:{colour};font-weight:bold">{sym} {word}: '
            f'<span style="font-weight:normal;color:inherit">{text}</span></div>')


def evidence_label(ks: KeySentence, kind: str) -> str:
    """The label whose colour and marker a piece of evidence shows: its own label when the key
    accepts that label for the sentence, else the sentence's label (never an [O] mark on a
    sentence whose answer is [A]).

    >>> from toolkit.keys import KeySentence
    >>> evidence_label(KeySentence(2, "Do You Support?", "call_to_action"), "question")
    'call_to_action'
    """
    known = EVIDENCE_KINDS.get(kind)
    if known is not None and known.label in ks.accepted:
        return known.label
    return ks.label


def evidence_spans(ks: KeySentence, kinds=None) -> list[tuple[int, int, str]]:
    """Return (start, end, kind) for the key's evidence in the sentence, sorted, no overlaps.

    >>> from toolkit.keys import KeySentence, KeyEvidence
    >>> ks = KeySentence(1, "He says it is bad.", "attributed",
    ...                  evidence=(KeyEvidence("says", "cue"), KeyEvidence("He", "speaker")))
    >>> evidence_spans(ks)
    [(0, 2, 'speaker'), (3, 7, 'cue')]
    """
    spans = []
    for ev in ks.evidence:
        if kinds is not None and ev.kind not in kinds:
            continue
        start = find_words(ks.text, ev.text)
        if start >= 0:
            spans.append((start, start + len(ev.text), ev.kind))
    spans.sort(key=lambda s: (s[0], -(s[1] - s[0])))
    kept: list[tuple[int, int, str]] = []
    for span in spans:
        if kept and span[0] < kept[-1][1]:
            continue  # inside a longer span (a loaded word inside a quotation): keep the outer one
        kept.append(span)
    return kept


def highlight(ks: KeySentence, kinds=None) -> str:
    """Return the sentence as escaped HTML with its evidence marked (colour, underline, marker).

    >>> from toolkit.keys import KeySentence, KeyEvidence
    >>> ks = KeySentence(1, "He says <b>.", "attributed",
    ...                  evidence=(KeyEvidence("says", "cue"),))
    >>> highlight(ks).count("&lt;b&gt;"), "[S]" in highlight(ks)
    (1, True)
    """
    out, pos = [], 0
    text = ks.text
    wanted = {ev.kind for ev in ks.evidence if kinds is None or ev.kind in kinds}
    shown = {k for k in wanted if k in EVIDENCE_KINDS and EVIDENCE_KINDS[k].shown}
    # A whole-sentence span (a question) would hide the words inside it: mark those instead.
    spans = evidence_spans(ks, shown if shown and shown != wanted else kinds)
    for start, end, kind in spans:
        style = LABEL_STYLES[evidence_label(ks, kind)]
        out.append(esc(text[pos:start]))
        out.append(
            f'<mark title="{esc(clue_name(kind, text[start:end]))}" style="background:{style.colour};'
            f'color:{style.text_colour};border-bottom:3px solid #000;padding:0 2px">'
            f'<b>{esc(style.marker)}</b>&nbsp;{esc(text[start:end])}</mark>'
            f'{tag(clue_name(kind, text[start:end]))}')
        pos = end
    out.append(esc(text[pos:]))
    return "".join(out)


def evidence_list(ks: KeySentence, kinds=None) -> str:
    """Return a short escaped list naming each piece of evidence in words ("who said it: ...").

    >>> from toolkit.keys import KeySentence, KeyEvidence
    >>> evidence_list(KeySentence(1, "He says so.", "attributed",
    ...                           evidence=(KeyEvidence("says", "cue"),)))
    '[S] reporting word: \u201csays\u201d'
    """
    items = []
    for ev in outer_evidence(ks, kinds):
        style = LABEL_STYLES[evidence_label(ks, ev.kind)]
        items.append(f"{esc(style.marker)} {esc(clue_name(ev.kind, ev.text))}: "
                     f"\u201c{esc(ev.text)}\u201d")
    return "; ".join(items)


def explain_sentence(ks: KeySentence, kinds=None) -> str:
    """Return the sentence highlighted, its evidence in words and the key's reason, as HTML.

    >>> from toolkit.keys import KeySentence, KeyEvidence
    >>> html = explain_sentence(KeySentence(1, "He says so.", "attributed", reason="A name & a verb.",
    ...                                     evidence=(KeyEvidence("says", "cue"),)))
    >>> "<i>Why:</i> A name &amp; a verb." in html, html.count("<mark")
    (True, 1)
    """
    parts = [f'<div style="margin:4px 0 4px 12px">{highlight(ks, kinds)}</div>']
    listed = evidence_list(ks, kinds)
    if listed:
        parts.append(f'<div style="margin-left:12px"><i>Evidence:</i> {listed}</div>')
    if ks.reason:
        parts.append(f'<div style="margin-left:12px"><i>Why:</i> {esc(ks.reason)}</div>')
    return "".join(parts)
