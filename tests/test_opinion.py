"""Tests for toolkit.opinion: the writer's own judging words and calls to action."""

from toolkit.evidence import Evidence
from toolkit.opinion import (OPINION_THRESHOLD, find_call_to_action, find_opinion,
                             opinion_score)


def _kinds(found):
    return [e.kind for e in found]


def test_loaded_modal_superlative_and_exclamation():
    text = "Officials must stop this disgraceful waste, the worst plan ever!"
    found = find_opinion(text)
    assert {"modal", "loaded", "exclamation"} <= set(_kinds(found))
    for e in found:
        assert text[e.start:e.end]  # each span points at real words
    assert opinion_score(found) >= OPINION_THRESHOLD


def test_words_inside_quotes_belong_to_the_speaker():
    text = '"This is a disgraceful waste," the mayor said.'
    quotes = [(0, 30)]
    assert "loaded" not in _kinds(find_opinion(text, quotes))


def test_plain_report_has_no_opinion():
    assert find_opinion("The council voted 5 to 2 on Tuesday.") == []


def test_weights():
    assert opinion_score([Evidence(0, 1, "mild", "")]) < OPINION_THRESHOLD
    assert opinion_score([Evidence(0, 1, "loaded", "")]) >= OPINION_THRESHOLD


def test_calls_to_action():
    assert "imperative" in _kinds(find_call_to_action("Please share this story with your friends."))
    assert "question" in _kinds(find_call_to_action("Do you agree?"))
    assert find_call_to_action("The mayor asked residents to share the story.") == []
