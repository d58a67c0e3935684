"""The one palette: every label's colour, hatch, text marker and plain name, used everywhere.

Charts, HTML highlights, quizzes and the compare view all read from here, so the same label
always looks the same. Colours are from the Okabe-Ito colour-blind-safe set, and every style
also has a hatch (for charts) and a text marker (for HTML), so nothing relies on colour alone.

>>> style_for("attributed").name
'Names a source'
>>> style_for("opinion").marker
'[O]'
"""

from __future__ import annotations

from dataclasses import dataclass

from .evidence import COMPARE_KINDS, EVIDENCE_KINDS, LABELS

# Okabe & Ito (2008), "Color Universal Design": colours that stay apart for the common kinds of
# colour blindness.
OKABE_ITO = {
    "orange": "#E69F00",
    "sky_blue": "#56B4E9",
    "bluish_green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "reddish_purple": "#CC79A7",
    "black": "#000000",
    "grey": "#999999",
}


@dataclass(frozen=True)
class Style:
    """How one label (or compare kind) is shown: plain name, colour, hatch and text marker.

    >>> style = LABEL_STYLES["opinion"]
    >>> style.name, style.marker, style.colour, style.hatch
    ("Writer's opinion", '[O]', '#E69F00', 'xx')
    >>> list(COMPARE_STYLES)
    ['kept', 'reworded', 'attribution_dropped', 'changed', 'added', 'dropped']
    """

    id: str
    name: str
    colour: str
    hatch: str
    marker: str
    text_colour: str = "#000000"
    description: str = ""


LABEL_STYLES: dict[str, Style] = {
    "attributed": Style(
        "attributed", "Names a source", OKABE_ITO["bluish_green"], "///", "[S]",
        "#000000", "The sentence says who the information comes from.",
    ),
    "claim": Style(
        "claim", "Says it as fact (no source)", OKABE_ITO["sky_blue"], "...", "[F]",
        "#000000", "The writer states it as fact and does not say where it comes from.",
    ),
    "opinion": Style(
        "opinion", "Writer's opinion", OKABE_ITO["orange"], "xx", "[O]",
        "#000000", "The writer judges, predicts or tells someone what they must do.",
    ),
    "call_to_action": Style(
        "call_to_action", "Asks you to act", OKABE_ITO["reddish_purple"], "oo", "[A]",
        "#000000", "The writer speaks to you, the reader, and asks you to do something.",
    ),
}

COMPARE_STYLES: dict[str, Style] = {
    "kept": Style("kept", "Kept (almost the same words)", OKABE_ITO["bluish_green"], "", "[=]",
                  "#000000", "The rewrite copies the original sentence nearly word for word."),
    "reworded": Style("reworded", "Reworded (same point, new words)", OKABE_ITO["sky_blue"], "...",
                      "[~]", "#000000", "The rewrite says the same thing in other words."),
    "attribution_dropped": Style(
        "attribution_dropped", "Source dropped", OKABE_ITO["vermillion"], "xx", "[-S]", "#000000",
        "The original said who said it; the rewrite says it in its own voice."),
    "changed": Style("changed", "Fact changed", OKABE_ITO["yellow"], "\\\\", "[!]", "#000000",
                     "The rewrite alters a fact from the original."),
    "added": Style("added", "Added (not in the original)", OKABE_ITO["reddish_purple"], "oo", "[+]",
                   "#000000",
                   "The tool found nothing in the original that supports this sentence."),
    "dropped": Style("dropped", "Left out of the rewrite", OKABE_ITO["grey"], "--", "[x]",
                     "#000000", "A sentence of the original that the rewrite did not use."),
}

# Evidence spans (the words that justify a label) are underlined in HTML in the colour of the
# label they support. Both maps are read from the one registry, toolkit.evidence.EVIDENCE_KINDS.
EVIDENCE_LABEL = {k.id: k.label for k in EVIDENCE_KINDS.values()}
EVIDENCE_NAMES = {k.id: k.name for k in EVIDENCE_KINDS.values()}


def style_for(kind: str) -> Style:
    """Return the Style for a label id or a compare kind.

    Raises:
        KeyError: with the allowed ids, when ``kind`` is unknown.

    >>> style_for("call_to_action").colour
    '#CC79A7'
    """
    if kind in LABEL_STYLES:
        return LABEL_STYLES[kind]
    if kind in COMPARE_STYLES:
        return COMPARE_STYLES[kind]
    allowed = ", ".join(list(LABEL_STYLES) + list(COMPARE_STYLES))
    raise KeyError(f"There is no style called {kind!r}. Use one of: {allowed}.")
