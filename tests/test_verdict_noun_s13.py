"""s13 walkthrough #12: a verdict noun ("mistake", "blunder") after "is a" judges whatever adjective
stands in front of it, so the sentence is the writer's opinion (invented sentences)."""

import pytest

from toolkit import analyze


def _one(sentence):
    return analyze("Town News\n\n" + sentence, readability=False).sentences[1]


@pytest.mark.parametrize("sentence, words", [
    ("Moving the stop away from the school is a short-sighted mistake.", "short-sighted mistake"),
    ("The new schedule was a tactical blunder.", "tactical blunder"),
    ("Cutting the art program is a big mistake.", "big mistake"),  # a listed size word: guard
])
def test_is_a_modifier_and_a_verdict_noun_is_opinion(sentence, words):
    s = _one(sentence)
    assert s.label == "opinion" and words in [e.text for e in s.evidence]


@pytest.mark.parametrize("sentence, label", [
    ("The clerk said moving the stop was a short-sighted mistake.", "attributed"),  # someone's view
    ("The vote was a mistake of the clerk's office.", "claim"),  # "of": whose error, not a verdict
    ("The wrong total was a printing mistake.", "claim"),  # a kind of error (review #12)
])
def test_guards(sentence, label):
    assert _one(sentence).label == label
