"""Spot-the-words questions say what to look for (issue 15, walkthrough 4 findings 6 and 16): each
has its own hint in its quiz file, and the feedback on a wrong try says why a clicked word is not
evidence and what kind of word is still missing, without a scoring rule a student reads as a
penalty."""

from __future__ import annotations

import pytest

from toolkit.quiz import load_quiz, shipped_quizzes

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
