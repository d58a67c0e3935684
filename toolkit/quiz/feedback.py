"""Feedback HTML for quiz answers: right/wrong lines and the key's evidence, highlighted.

Built with the one HTML toolkit (``render.html``): every piece of article text is escaped, and
evidence shows its label's colour AND its text marker (never colour alone). Grading decides what
is right; this module only shows it (``sort_html`` and ``says_who_html`` put a check's verdict,
plain data from ``quiz.grading``, into words).

>>> "Right" in verdict(True, "yes") and "\u2714" in verdict(True, "yes")
True
"""

from __future__ import annotations

from ..evidence import EVIDENCE_KINDS
from ..keys import KeySentence, find_words
from ..palette import LABEL_STYLES
from ..render.html import badge, esc
from .schema import FIND

RIGHT = "\u2714"  # heavy check mark
WRONG = "\u2718"  # heavy ballot x


def _label_badge(label: str) -> str:
    return badge(label, solid=True)


def verdict(ok: bool, text: str) -> str:
    """Return a right/wrong line with a symbol and a word, so it never relies on colour."""
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
    """Return (start, end, kind) for the key's evidence in the sentence, sorted, no overlaps."""
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
            f'<mark title="{esc(EVIDENCE_KINDS[kind].name if kind in EVIDENCE_KINDS else kind)}" style="background:{style.colour};'
            f'color:{style.text_colour};border-bottom:3px solid #000;padding:0 2px">'
            f'<b>{esc(style.marker)}</b>&nbsp;{esc(text[start:end])}</mark>')
        pos = end
    out.append(esc(text[pos:]))
    return "".join(out)


def evidence_list(ks: KeySentence, kinds=None) -> str:
    """Return a short escaped list naming each piece of evidence in words ("who said it: ...")."""
    items = []
    for ev in ks.evidence:
        if kinds is not None and ev.kind not in kinds:
            continue
        known = EVIDENCE_KINDS.get(ev.kind)
        style = LABEL_STYLES[evidence_label(ks, ev.kind)]
        items.append(f"{esc(style.marker)} {esc(known.name if known else ev.kind)}: "
                     f"\u201c{esc(ev.text)}\u201d")
    return "; ".join(items)


def explain_sentence(ks: KeySentence, kinds=None) -> str:
    """Return the sentence highlighted, its evidence in words and the key's reason, as HTML."""
    parts = [f'<div style="margin:4px 0 4px 12px">{highlight(ks, kinds)}</div>']
    listed = evidence_list(ks, kinds)
    if listed:
        parts.append(f'<div style="margin-left:12px"><i>Evidence:</i> {listed}</div>')
    if ks.reason:
        parts.append(f'<div style="margin-left:12px"><i>Why:</i> {esc(ks.reason)}</div>')
    return "".join(parts)


# --- verdicts in words -------------------------------------------------------------------------

def sort_html(v) -> str:
    """The feedback for a sort question's verdict (``grading.check_sort``)."""
    if v.correct is None:
        return verdict(False, "Choose a label for each sentence, then press Check.")
    rows = []
    for r in v.rows:
        ks = r.key
        if r.chosen is None:
            rows.append(f"<li>{WRONG} Sentence {r.n}: no label chosen yet.</li>")
        elif r.right:
            note = ""
            if r.chosen != ks.label:
                note = (f" The key's main label is {_label_badge(ks.label)}; yours is also "
                        f"accepted.")
            rows.append(f"<li>{RIGHT} Sentence {r.n}: {_label_badge(r.chosen)} is right.{note}"
                        f"{explain_sentence(ks)}</li>")
        else:
            rows.append(f"<li>{WRONG} Sentence {r.n}: not {_label_badge(r.chosen)}. "
                        f"{_sort_nudge(ks, r.chosen)}</li>")
    head = verdict(bool(v.correct), "every sentence is labelled right." if v.correct else
                   f"{v.right} of {v.total} sentences are right. Look again at the ones marked "
                   f"{WRONG}.")
    return head + f"<ul>{''.join(rows)}</ul>"


def _sort_nudge(ks: KeySentence, chosen: str) -> str:
    """A hint for a wrong label that does not give the answer away."""
    if ks.label == "attributed":
        return "Is there a name and a reporting word (says, told, reports) in it?"
    if chosen == "attributed":
        return "Who exactly does it say the information comes from? Look for a name and 'says'."
    if ks.label == "claim" and chosen == "opinion":
        return ("A strong word can describe what happens without giving the writer's view. Is "
                "there a word that only judges, like 'disgraceful', 'must' or 'the best'? If "
                "not, the sentence states something as fact, and names no source.")
    if ks.label == "claim":
        return ("Does it tell you, the reader, to do something? If not, ask: does it judge, or "
                "does it state something as fact with no source named?")
    if ks.label == "call_to_action":
        return ("Look for words that speak to you, the reader ('you', 'please', 'share'): does "
                "it ask you to do something?")
    if chosen == "claim":
        return ("Could a reader check this, or is it the writer's view? Look for a word that "
                "judges or takes a side.")
    return "Are there words that judge or take a side? Does it ask you to act?"


def says_who_html(v) -> str:
    """The feedback for a says-who question's verdict (``grading.check_says_who``)."""
    if v.correct is None:
        return verdict(False, "Type or choose a name first, then press Check.")
    ks = v.key
    if v.correct:
        spell = (f" (check the spelling: it is {esc(ks.source)})" if v.summary == "spelling"
                 else "")
        head = verdict(True, f"the source is <b>{esc(ks.source)}</b>{spell}.")
        return head + explain_sentence(ks, FIND["attribution"])
    if v.stand_in:
        look = (f"The reporting word here points to \u201c{esc(v.stand_in)}\u201d, a word that "
                f"stands for someone named earlier. Read the sentence before this one: who is "
                f"\u201c{esc(v.stand_in)}\u201d?")
    else:
        look = ("Find the reporting word (says, told, reports) and look at the name or job "
                "title next to it.")
    return verdict(False, f"\u201c{esc(v.answer)}\u201d is not who this sentence names as its "
                          f"source. {look}")
