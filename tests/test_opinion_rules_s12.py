"""Opinion signs added in session 12 (issue 11): a judging adjective in front of a noun for a
choice or an act is the writer's verdict, not only after "is" (s11 walk #17). Every sentence here
is written for the test (none from a corpus or the seeds).
"""

import pytest

from sentencelabels import labels


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
