"""Attribution and opinion rules added in session 9 (issue 11: the s8 walkthrough and review).

Every sentence here is written for the test (none is taken from a corpus or the seeds).
"""

import pytest

from sentencelabels import labels


# --- "slammed the door on": an action, not anyone's words ------------------------------------

@pytest.mark.parametrize("text", [
    "In a shameful late-night vote, the Riverside Town Council slammed the door on the Elm Street "
    "library.",
    "The council slammed the door on the library.",
    "The driver slammed on the brakes.",
    "The driver slammed the brakes at the light.",
    "The truck slammed into a wall on Main Street.",
    "She slammed the book shut and left the room.",
    "The judge slammed his gavel twice.",
    "Council Slams Door On Library",
])
def test_slamming_a_door_or_the_brakes_names_no_source(text):
    assert all(label != "attributed" for label, _ in labels(text))


# the rule must NOT fire: "slammed" as "criticised" still names who criticised
@pytest.mark.parametrize("text,source", [
    ("The mayor slammed the plan as reckless.", "The mayor"),
    ("Critics slammed the decision, calling it reckless.", "Critics"),
    ("The union slammed the board for closing the branch.", "The union"),
    ("Parents slammed the new bus schedule on Monday.", "Parents"),
    ("The coach slammed the referees after the game.", "The coach"),
    ("Neighbours have slammed the plans for a car park.", "Neighbours"),
    ("The senator slammed the door-to-door sales ban as unfair.", "The senator"),
])
def test_slammed_as_criticised_still_names_its_source(text, source):
    assert labels(text) == [("attributed", source)]


def test_a_title_case_headline_that_slams_a_plan_still_names_its_source():
    assert labels("Mayor Slams Budget Plan\n\nThe vote was 5 to 2.")[0] == ("attributed", "Mayor")


def test_a_critic_who_slams_a_book_still_names_its_source():
    assert labels("The critic slammed the book in a review on Sunday.") == [("attributed", "The critic")]
