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


# --- a consequence told as fact is not a must-statement (s8 walkthrough #12) -----------------

@pytest.mark.parametrize("text", [
    "Families will now have to travel two miles just to borrow a book.",
    "Students will have to take a bus to the new school.",
    "Drivers would have to pay a toll to cross the bridge.",
    "Riders are going to have to pay more next year.",
    "The city will need to hire more staff for the summer.",
    "Students will probably have to take a bus.",
    "You'll have to show your ticket at the gate.",
    "Residents had to wait three hours for the bus.",
    "The council has had to cut staff twice this year.",
])
def test_a_consequence_told_as_fact_is_not_opinion(text):
    assert labels(text) == [("claim", None)]


# the rule must NOT fire: the writer telling someone what to do stays opinion
@pytest.mark.parametrize("text", [
    "The council should keep the library open.",
    "The mayor must resign.",
    "We need to act before it is too late.",
    "Our leaders have to stop this now.",
    "The city has to fix the roads.",
    "Lawmakers need to stop wasting money on the stadium.",
    "Whoever wins will have to fix the roads, and they must start now.",
])
def test_a_prescription_in_the_writers_voice_is_still_opinion(text):
    assert labels(text) == [("opinion", None)]


# --- "Name:" before a quotation only when no reporting words name the speaker (s8 review #4) ---

@pytest.mark.parametrize("text,source", [
    ('Test day - Good Luck: "You will do great," the note said.', "the note"),
    ('Ana Ruiz: "We will win," the coach said.', "the coach"),
])
def test_reporting_words_beat_a_label_before_a_colon(text, source):
    assert labels(text) == [("attributed", source)]


@pytest.mark.parametrize("text", [
    'Weather - Sunny Skies: "Perfect for a picnic."',
    'Reading log due Friday - Big Idea: "Plants need light."',
    'Lunch menu - Pizza Day: "Bring a napkin."',
    'Fun Fact: "Owls can turn their heads."',
    'Class news - Good Luck: "You will do great."',
])
def test_everyday_words_before_a_colon_are_not_a_speaker(text):
    assert all(label != "attributed" for label, _ in labels(text))


# the rule must NOT fire: a person's or a group's name before the colon still speaks
@pytest.mark.parametrize("text,source", [
    ('FERRIES RUN LATE - Ana Ruiz: “The boats are old.”', "Ana Ruiz"),
    ('Ana Ruiz: "We will fix it."', "Ana Ruiz"),
    ('BUDGET - Mayor Brown: "We will cut costs."', "Mayor Brown"),
    ('Rep. Ana Ruiz (D-Ore.): "We are ready."', "Rep. Ana Ruiz"),
    ('Tom Brown: "We will win."', "Tom Brown"),
    ("George Bush spoke at noon.\n\nMore from Bush: \"We will win.\"", "Bush"),
])
def test_a_name_before_a_colon_and_a_quotation_still_speaks(text, source):
    assert labels(text)[-1] == ("attributed", source)


def test_a_name_before_a_colon_beats_a_pronoun_cue():
    text = 'Tom Lee spoke first.\n\nPOLLS - Ana Ruiz: "We are ready," she said.'
    assert labels(text)[-1] == ("attributed", "Ana Ruiz")


# --- "B:" after an interview answer; "a letter from X saying" (s8 review #1, #3) -------------

def test_a_b_line_after_an_answer_is_not_the_answer():
    text = "The coach spoke to us after the game.\n\nQ: How did it go?\n\nA: We played hard. B: The bus was late."
    got = labels(text)
    assert got[2] == ("attributed", "the person interviewed")
    assert got[3] == ("claim", None)


def test_the_sentences_after_an_answer_are_still_the_answer():
    got = labels("Q: How did it go?\n\nA: We played hard. We won. It was fun.")
    assert got[1:] == [("attributed", "the person interviewed")] * 3


@pytest.mark.parametrize("text,source", [
    ("The mayor read a letter from a student saying the park was dirty.", "a student"),
    ("The teacher showed a video from the city saying the park would close.", "the city"),
    ("Maria got an email from her boss saying the shop would close.", "her boss"),
    ("The council received a letter from residents saying the road was unsafe.", "residents"),
    ("The mayor read a letter from Ana Ruiz saying the park was dirty.", "Ana Ruiz"),
])
def test_a_message_from_someone_is_their_words(text, source):
    assert labels(text) == [("attributed", source)]


# the rule must NOT fire: a time after "from" is not who wrote it; an issuer still is
@pytest.mark.parametrize("text,expected", [
    ("The teacher showed a video from 2019 saying the park would close.", ("claim", None)),
    ("Maria got an email from last week saying the shop would close.", ("claim", None)),
    ("The mayor read a note from Friday saying the hall was shut.", ("claim", None)),
    ("The bakery issued a statement on Monday saying it would close.", ("attributed", "The bakery")),
    ("The union sent a letter to the board saying the pay was too low.", ("attributed", "The union")),
    ("The bakery issued a statement saying it would close.", ("attributed", "The bakery")),
])
def test_a_message_without_a_sender_keeps_its_old_reading(text, expected):
    assert labels(text) == [expected]


# --- "the board said" after "a report from the county library board" (s8 walkthrough #15) ----

def test_a_body_named_as_a_documents_author_is_the_body_later():
    text = ("Visits fell by a third, according to a report from the county library board.\n\n"
            "Books will move to the Main Street library, the board said.")
    assert labels(text)[-1] == ("attributed", "the county library board")


@pytest.mark.parametrize("text,source", [
    ("Prices rose, according to a study by the state university.\n\nThe university said costs would rise.",
     "the state university"),
    ("Prices rose, according to the county library board.\n\nThe board said costs would rise.",
     "the county library board"),
    ("Prices rose, according to Mayor Ana Ruiz.\n\nRuiz said costs would rise.", "Mayor Ana Ruiz"),
    ("Prices rose, according to a report from the county board.\n\nThe report said costs would rise.",
     "The report"),
])
def test_later_mentions_resolve_to_the_body_or_person_not_a_document(text, source):
    assert labels(text)[-1] == ("attributed", source)


# --- the reason after a colon reads plainly (teacher nit, s8 walkthrough #7) ------------------

def test_a_colon_reason_says_where_the_words_come_from():
    from toolkit.articles import article_from_text
    from toolkit.labels import label_sentences
    s = label_sentences(article_from_text('Ana Ruiz: "We will fix it."'))[0]
    assert s.reason.endswith("the words after it come from Ana Ruiz.")
    assert "'s." not in s.reason and "’s." not in s.reason


def test_a_paragraph_carried_after_a_name_says_where_its_words_come_from():
    from toolkit.articles import article_from_text
    from toolkit.labels import label_sentences
    s = label_sentences(article_from_text("RUIZ: We played hard. We won."))[1]
    assert s.label == "attributed" and s.source == "RUIZ"
    assert [e.note for e in s.evidence if e.kind == "carried"] == [
        "part of the words introduced as coming from RUIZ"]


# --- a thing that slams into another is what happened, not a judgement --------------------------

@pytest.mark.parametrize("text", [
    "The truck slammed into a wall on Main Street.",
    "A car slammed into the store on Friday.",
    "The driver slammed on the brakes.",
    "She slammed the book shut and left the room.",
    "The waves slammed against the pier.",
    "The wind slammed the gate shut.",
])
def test_a_literal_slam_is_a_claim(text):
    assert labels(text) == [("claim", None)]


# the rule must NOT fire: a slam that judges stays opinion, or names its source
@pytest.mark.parametrize("text,expected", [
    ("The council slammed the door on the library.", ("opinion", None)),
    ("The council shamefully slammed the door on the library.", ("opinion", None)),
    ("Critics slammed the plan.", ("attributed", "Critics")),
    ("The mayor slammed the plan as reckless.", ("attributed", "The mayor")),
    ("The senator slammed the door-to-door sales ban as unfair.", ("attributed", "The senator")),
])
def test_a_judging_slam_is_still_read_as_before(text, expected):
    assert labels(text) == [expected]


# --- "a statement that said ...": the message's sender or issuer -----------------------------

@pytest.mark.parametrize("text,source", [
    ("The mayor shared a note from the fire chief that said the hall was unsafe.", "the fire chief"),
    ("The bakery issued a statement that said it would close.", "The bakery"),
    ("The principal sent a letter that said school would close early.", "The principal"),
    ("He released a letter from his doctor on Friday that says he is in good health.", "his doctor"),
    ("The union sent a letter from its members in May saying pay was too low.", "its members"),
])
def test_a_message_that_said_something_is_its_senders_words(text, source):
    assert labels(text) == [("attributed", source)]


# the rule must NOT fire: who only got or showed it, a time after "from", a sign, a plain "said that"
@pytest.mark.parametrize("text,expected", [
    ("Ana got a letter that said she had won.", ("claim", None)),
    ("The coach showed a video from 2019 that said the team was bad.", ("claim", None)),
    ("The sign that said Closed fell down.", ("claim", None)),
    ("The mayor said that the hall was unsafe.", ("attributed", "The mayor")),
    ("Ruiz added that the hall was unsafe.", ("attributed", "Ruiz")),
])
def test_a_that_said_without_a_sender_keeps_its_old_reading(text, expected):
    assert labels(text) == [expected]
