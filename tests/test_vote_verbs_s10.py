"""A vote or decision named by its verb is news, not a judgement (s10 walkthrough #11: the headline
"City Council Approves New Bus Routes for Riverside" got a "leaning word" hint on "Approves").
Both directions, so the fix cannot lean one way; a real judgement next to the verb still counts.
("X rejects Y" with a subject is read as a reporting cue, "rejects the claim": not tested here.)"""

import pytest

from toolkit.articles import article_from_text
from toolkit.labels import label_sentences


def _evidence(text):
    (s,) = label_sentences(article_from_text(text))
    return s.label, [(e.kind, e.text.lower()) for e in s.evidence]


@pytest.mark.parametrize("text", [
    "The county board approves the new bus routes.",
    "Voters are rejecting the school tax by a wide margin.",
    "The senate committee will reject the bill.",
])
def test_a_vote_verb_is_not_a_leaning_word(text):
    label, evidence = _evidence(text)
    assert label == "claim" and not [e for e in evidence if e[0] == "mild"], evidence


def test_a_judging_word_beside_the_vote_verb_still_counts():
    label, evidence = _evidence("The county board foolishly approves the bus routes.")
    # s11 (issue 11): "foolishly" judges what the board did (a subject-oriented adverb, loaded_own.txt),
    # so it is now a loaded word and the sentence is the writer's opinion
    assert ("loaded", "foolishly") in evidence and label == "opinion", (label, evidence)
