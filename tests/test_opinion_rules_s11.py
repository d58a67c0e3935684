"""Opinion signs added in session 11 (issue 11): plain evaluative sentences a student reads as the
writer's opinion. Every sentence here is written for the test (none from a corpus or the seeds).
"""

import pytest

from sentencelabels import labels


@pytest.mark.parametrize("text", [
    # a judging adverb on what someone did (praise and blame alike)
    "The council foolishly voted to close the library.",
    "The board wisely kept the pool open.",
    "The driver recklessly sped through the school zone.",
    "The coach bravely stood up for the players.",
    "The mayor needlessly delayed the vote.",
    # what someone deserves, beyond what they have
    "The town deserves better than this.",
    "Students deserve more from the district.",
    # weighing a cost against a gain, calling a change progress or a setback
    "It is a small price for a huge step forward.",
    "Two more weeks of work is a small price to pay for a safe bridge.",
    "The new bus line is a big step forward for the east side.",
    "Closing the clinic would be a major step backward.",
])
def test_plain_evaluative_sentences_are_opinion(text):
    assert labels(text)[0][0] == "opinion", (text, labels(text))


# the rules must NOT fire: the same words as plain description, or in a source's mouth
@pytest.mark.parametrize("text,label", [
    ("Witnesses were urged to step forward.", "claim"),
    ("The runner took a step forward and fell.", "claim"),
    # s11 review #22: the same words as plain description
    ("Buyers found small prices at the farm stand.", "claim"),
    ("The shop lowered costs by a small price cut.", "claim"),
    ("The toddler took a big step forward and sat down.", "claim"),
    ("The choir took one small step forward at the end.", "claim"),
    ("Rightly or wrongly, the board shut the library.", "claim"),
    ("The team deserves a share of the money under the rules.", "claim"),
    ("The price of milk rose by 10 cents.", "claim"),
    ("The mayor said the plan was a huge step forward.", "attributed"),
])
def test_the_same_words_as_description_or_quoted(text, label):
    assert labels(text)[0][0] == label, (text, labels(text))
