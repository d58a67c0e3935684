"""The s9 review's findings on the session's new rules, fixed (each sentence written for the test).

#1 "slammed": the thing slammed must end its noun phrase ("slammed the phone ban" is criticism).
#2 "a letter from X saying": X must be able to write it (not "the scene", "home", "years ago").
#3 a "have to" told as what will happen is a claim, but not when the writer says it of "we".
#4 compare: "-ic" words in a headline ("Historic Electric") are facts, not colour.
#8 "according to" split by a line break, two spaces or a no-break space still names its source.
"""

import pytest

from sentencelabels import labels
from toolkit.comparison import compare


@pytest.mark.parametrize("text, source", [
    ("Senators slammed the heads of the big banks at a hearing on Tuesday.", "Senators"),
    ("Parents slammed the phone ban on Monday.", "Parents"),
    ("Drivers slammed the car tax as unfair.", "Drivers"),
    ("Workers slammed the desk rules.", "Workers"),
    ("Fans slammed the head coach after the loss.", "Fans"),
    ("The coach slammed home the point that practice matters.", "The coach"),
])
def test_criticism_of_a_thing_named_after_a_door_word_keeps_its_source(text, source):
    assert labels(text) == [("attributed", source)]


@pytest.mark.parametrize("text", [
    "The council slammed the door on the library.",
    "He slammed the door and left.",
    "She slammed her fist on the table.",
    "He slammed the phone down.",
    "The judge slammed the gavel.",
    "He slammed the ball home in the last minute.",
])
def test_slamming_a_thing_is_still_no_ones_words(text):
    assert labels(text)[0][0] != "attributed"


@pytest.mark.parametrize("text", [
    "Police shared a video from the scene saying nobody was hurt.",
    "Mom left a note from home saying dinner was ready.",
    "The team posted a video from the locker room saying thanks.",
    "They found a letter from decades ago saying the land was sold.",
])
def test_a_place_or_time_after_from_is_not_the_sender(text):
    assert labels(text)[0][1] not in {"the scene", "home", "the locker room", "decades ago"}


@pytest.mark.parametrize("text, source", [
    ("The mayor read a letter from a student saying the park was dirty.", "a student"),
    ("Maria got an email from her boss saying the office was closed.", "her boss"),
    ("The teacher showed a video from the city saying the park would close.", "the city"),
])
def test_a_person_or_body_after_from_is_the_sender(text, source):
    assert labels(text) == [("attributed", source)]


@pytest.mark.parametrize("text", [
    "We will have to do better.",
    "We will simply have to demand better schools.",
    "We're going to need to fix this mess.",
])
def test_we_will_have_to_is_the_writers_must(text):
    assert labels(text)[0][0] == "opinion"


@pytest.mark.parametrize("text", [
    "Families will now have to travel two miles just to borrow a book.",
    "They will not have to pay a fee this year.",
    "We're going to need to raise about $1,500 for the trip.",
])
def test_a_consequence_or_an_amount_stays_a_claim(text):
    assert labels(text)[0][0] == "claim"


BODY = "\n\nThe Elm bakery opened a store on Main Street on Friday. It sells bread."


def test_a_new_fact_in_ic_words_in_a_headline_is_changed():
    c = compare("Elm Bakery Gets Store" + BODY, "Elm Bakery Shuts Historic Electric Store" + BODY)
    assert c.pairs[0].kind == "changed"


@pytest.mark.parametrize("headline", ["Elm Bakery Opens Store", "Elm Bakery Opens Wonderful Store"])
def test_a_headline_with_only_colour_added_is_not_changed(headline):
    c = compare("Elm Bakery Opens Store" + BODY, headline + BODY)
    assert c.pairs[0].kind != "changed"


@pytest.mark.parametrize("gap", ["\n", "  ", "\u00a0"])
def test_according_to_split_by_any_space_names_its_source(gap):
    assert labels(f"Pool News\n\nThe pool will close, according{gap}to the city.")[-1] == (
        "attributed", "the city")
