"""Opinion signs added in session 12 (issue 11): a judging adjective in front of a noun for a
choice or an act is the writer's verdict, not only after "is" (s11 walk #17). Every sentence here
is written for the test (none from a corpus or the seeds).
"""

import pytest

from sentencelabels import labels
from toolkit.analysis import analyze


@pytest.mark.parametrize("text", [
    "The club made a foolish choice.",
    "The school board made foolish choices all year.",
    "Foolish decisions cost the club its field.",
    "The coach's clever move won the game.",
    "The neighbours' wise decision kept the garden open.",
    "Giving up the seat was an irresponsible act.",
    "The mayor took a really shrewd gamble on the new bus line.",
    "It was a courageous act by a young nurse.",
])
def test_judging_adjective_before_a_choice_is_opinion(text):
    assert labels(text)[0][0] == "opinion", (text, labels(text))


# the rule must NOT fire: a name, another noun, or the words in a source's mouth
@pytest.mark.parametrize("text,label", [
    ("The Great Compromise shaped the early Senate.", "claim"),
    ("The Clever Plan phone deal costs ten dollars a month.", "claim"),
    ("It was an act of kindness by the bus driver.", "claim"),
    ("Poor families in the county get bus passes.", "claim"),
    ("The board's decision was final.", "claim"),
    ("The coach said it was a clever move.", "attributed"),
    ('The club made a "foolish choice," the coach said.', "attributed"),
])
def test_the_same_words_elsewhere(text, label):
    assert labels(text)[0][0] == label, (text, labels(text))


# s12 review #1: in front of a noun, "great" is mostly size, and a singular "investment",
# "policy" or "action" mostly opens a compound noun; those stay facts (each was opinion on b3660b5)
@pytest.mark.parametrize("text", [
    "The great investment bank opened an office in Dayton.",
    "The new cinema shows a great action movie every Friday.",
    "The team has great plans for the summer break.",
    "The great move to the suburbs began after the war.",
    "The smart policy debate ran for three hours.",
])
def test_size_or_compound_is_not_a_verdict(text):
    s = analyze(text, readability=False).sentences[0]
    assert not any(" " in e.text and e.kind == "loaded" for e in s.evidence), (text, s.evidence)


@pytest.mark.parametrize("text, span", [
    ("Their foolish actions cost the town.", "foolish actions"),
    ("It was a great idea.", "great idea"),
    ("It was a wise policy.", "wise policy"),
])
def test_plural_acts_and_the_is_form_still_judge(text, span):
    s = analyze(text, readability=False).sentences[0]
    assert s.label == "opinion" and any(e.text == span for e in s.evidence), (text, s.evidence)
