"""One clue, one name: a sentence's reason calls each kind of clue what its chip calls it.

The chips are the clue words listed under a labeled article, each with its kind in brackets
(``“so powerful” (writer's stance word)``); the reason is the sentence beside them. The s7
walkthrough found a clue with two names: the reason said "a word that leans toward judging" (which
sounds like the leaning words lesson 2 had just taught) while the chip said "writer's stance word";
and a colon was shown as "reporting words". Both names now come from ``evidence.clue_name``.
"""

from __future__ import annotations

import re
from html import escape

import pytest

from seedpaths import NPR, REWRITE
from toolkit import analyze
from toolkit.datafiles import shipped
from toolkit.evidence import EVIDENCE_KINDS, clue_name
from toolkit.render.analysis import reasons_html

# The kinds of clue each label's reason talks about (it names no others).
NAMED = {"attributed": {"cue"},
         "claim": {"loaded", "mild", "stance", "superlative"},
         "opinion": {"loaded", "mild", "stance", "superlative", "modal", "exclamation",
                     "first_person", "reader_address"},
         "call_to_action": {"imperative", "reader_address"}}

# Made-up sentences for the clues the seeds do not show (transcript and interview lines, a dash,
# "To X,", "she said", must, I / we, an exclamation mark, a question to the reader).
MADE_UP = ["Bridge Talk\n\nRUIZ: We will rebuild the bridge by May.",
           "Talking Trains\n\nQ: How many trains stop here each day?\n\nA: About forty on a weekday.",
           "Bridge Talk\n\n“The bridge will reopen in May.” — Mayor Ana Ruiz",
           "Bridge Talk\n\nAna Ruiz runs the ward.\n\nTo Ruiz, the plan was a mistake. Mayor Ana "
           "Ruiz spoke on Monday. She said the bridge would reopen.",
           "Bridge Talk\n\nWe think this is the worst plan ever, and of course the council must "
           "stop it! The famously brutal plan grew so powerful. Please share this story with your "
           "friends. Do you support the plan?"]


def _singular(name: str) -> str:
    return re.sub(r"words$", "word", name)


def _analyses():
    texts = [NPR.read_text(encoding="utf-8"), REWRITE.read_text(encoding="utf-8")]
    texts += [p.read_text(encoding="utf-8") for p in sorted(shipped("practice").glob("*.txt"))]
    return [analyze(t, readability=False) for t in texts + MADE_UP]


def _chips(sentence, text):
    """(kind, name, words) of each clue listed under the article."""
    return [(e.kind, clue_name(e.kind, text[e.start:e.end]), text[e.start:e.end])
            for e in sentence.evidence
            if EVIDENCE_KINDS.get(e.kind) is None or EVIDENCE_KINDS[e.kind].shown]


ALL_NAMES = {clue_name(k) for kinds in NAMED.values() for k in kinds} | {
    clue_name("cue", w) for w in (":", "\u2014", "To")}


def test_the_reason_names_every_clue_kind_as_its_chip_does():
    checked, names = set(), set()
    for a in _analyses():
        text = a.article.text
        html = reasons_html(a)
        for s in a.sentences:
            chips = _chips(s, text)
            reason = s.reason.lower()
            for kind_id, name, words in chips:
                names.add(name)
                assert escape(f"“{words}” ({name})") in html, (words, s.text)  # the chip
                if kind_id in NAMED[s.label]:
                    checked.add(kind_id)
                    assert _singular(name).lower() in reason, (name, s.text, s.reason)
            # and the reason calls nothing by a clue name that no chip of the sentence shows
            shown = {_singular(name).lower() for _, name, _ in chips}
            for name in ALL_NAMES:
                if _singular(name).lower() in reason:
                    assert _singular(name).lower() in shown, (name, s.text, s.reason)
            assert "leans toward" not in reason and "judging words" not in reason, s.reason
    assert checked == set().union(*NAMED.values()), "every kind a reason names is in the texts"
    assert ALL_NAMES <= names, "and every name a chip can show"


def test_lesson_2_clues_have_one_name_each():
    """The two clues of the s7 walkthrough (#7, #8), as lesson 2 shows them."""
    npr = analyze(NPR.read_text(encoding="utf-8"), readability=False)
    html = reasons_html(npr)
    powerful = next(s for s in npr.sentences if "so powerful" in s.text)
    assert powerful.label == "claim"
    assert "writer's stance word “so powerful”" in powerful.reason
    assert escape("“so powerful” (writer's stance word)") in html
    trip = next(s for s in npr.sentences if s.text.rstrip().endswith("more on the trip:"))
    assert "colon that opens a quote" in trip.reason and "reporting word" not in trip.reason
    assert "“:” (colon that opens a quote)" in html and "“:” (reporting words)" not in html


@pytest.mark.parametrize("kind_id", sorted(EVIDENCE_KINDS))
def test_a_clue_is_named_from_the_registry(kind_id):
    assert clue_name(kind_id, "anything") == EVIDENCE_KINDS[kind_id].name
