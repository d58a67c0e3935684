"""Rules and fixes added in session 7 of issue 11 (attribution and speakers), from the PolNeAR
train misses and the reviewer's bug list.

Every sentence here is written for the test (none is taken from a corpus or the seeds).
"""

import random

import pytest

from toolkit.articles import article_from_text
from toolkit.labels import label_sentences
from sentencelabels import labels, speaker_words


# --- the reviewer's bugs -------------------------------------------------------------------

@pytest.mark.parametrize("text,speaker", [
    ("Keep the change, said the driver.", "the driver"),
    ("Take the early bus, says the station manager.", "the station manager"),
    ("The roads were closed, said one nurse with the clinic.", "one nurse with the clinic"),
    ("The roads are closed, says the city's budget director.", "the city's budget director"),
])
def test_inverted_cue_after_a_comma_names_the_noun_phrase_after_it(text, speaker):
    assert speaker_words(text) == [("attributed", speaker, speaker)]


@pytest.mark.parametrize("text", [
    "Worth noting, the bridge opened in May.",
    "Worth mentioning, the fares fell twice this year.",
])
def test_an_opening_phrase_is_not_a_speaker(text):
    assert labels(text) == [("claim", None)]


def test_a_lone_name_before_saying_stays_a_speaker():
    assert labels('Ruiz spoke at the fair, saying, "We are ready."') == [("attributed", "Ruiz")]


# "told reporters on Monday": a day after the cue is not who spoke
def test_time_after_a_phrase_cue_is_not_the_speaker():
    text = '"We are ready," a spokesman for the bakery told reporters on Monday.'
    assert labels(text) == [("attributed", "a spokesman for the bakery")]


def test_role_after_for_needs_capitals():
    text = "On Monday, a spokesman for the bakery toured the plant and said it was safe."
    assert labels(text) == [("attributed", "a spokesman")]


# --- speaker spans when a line break or two spaces fall inside the speaker ------------------

_TEMPLATES = [
    '"The roads are closed," said {sp}.',
    '{sp} said the roads are closed.',
    'The roads are closed, {sp} said.',
    'According to {sp}, the roads are closed.',
    '{sp} told reporters the roads are closed.',
    'The roads are closed, says {sp}.',
    '"We are ready," {sp} told reporters on Monday.',
    'On Monday, {sp} toured the plant and said it was safe.',
]
_SPEAKERS = ["Mayor Ana Ruiz", "Ana Ruiz", "the city's budget director", "Dr. Tom Baker",
             "police chief Ed Fong", "Mr. Lee", "a spokesman for the bakery"]


def _fuzz_cases(n=400, seed=7):
    rng = random.Random(seed)
    for _ in range(n):
        speaker = rng.choice(_SPEAKERS)
        sentence = rng.choice(_TEMPLATES).format(sp=speaker)
        spaces = [i for i, c in enumerate(sentence) if c == " "]
        k = rng.choice(spaces)
        sentence = sentence[:k] + rng.choice(["\n", " \n", "\n ", "  ", "\n  "]) + sentence[k + 1:]
        yield rng.choice(["", "The bridge is safe. ", "Fares rose.\n"]) + sentence, speaker


def test_speaker_evidence_stays_inside_its_sentence_and_on_the_speaker():
    bad = []
    for text, speaker in _fuzz_cases():
        article = article_from_text(text)
        for s in label_sentences(article):
            for e in s.evidence:
                words = article.text[e.start:e.end]
                if e.start < s.start or e.end > s.end or not words.strip():
                    bad.append((text, e.kind, words))
                elif e.kind == "speaker" and " ".join(words.split()) not in speaker:
                    bad.append((text, e.kind, words))
    assert bad == []


@pytest.mark.parametrize("text,speaker,source", [
    ("Fares rose.\nAna\nRuiz said the roads are closed.", "Ana\nRuiz", "Ana Ruiz"),
    ("Dr.  Tom Baker told reporters the roads are closed.", "Dr.  Tom Baker", "Dr. Tom Baker"),
    ("The roads are closed, the city's\nbudget director said.", "the city's\nbudget director",
     "the city's budget director"),
    ('Fares rose.\n"The roads are closed," said Dr. Tom\n Baker.', "Dr. Tom\n Baker", "Dr. Tom Baker"),
])
def test_speaker_with_a_line_break_inside(text, speaker, source):
    (label, got_source, words), = speaker_words(text)[-1:]
    assert (label, got_source) == ("attributed", source)
    assert words == speaker


# --- phrases like "in an interview": the clause's subject gave it ---------------------------

@pytest.mark.parametrize("text,source", [
    ("In an interview with the Dayton Post on Sunday, Ana Ruiz laughed off the attack ad.", "Ana Ruiz"),
    ("In a letter to council members released Monday, the mayor rejects the deal.", "the mayor"),
    ("Tom Lee offered a preview of the plan in an interview with The Valley News.", "Tom Lee"),
    ("However, Ana Ruiz met the board in May and declared in an interview with Radio One "
     "that the plan was dead.", "Ana Ruiz"),
])
def test_interview_phrase_takes_the_clause_subject(text, source):
    assert labels(text) == [("attributed", source)]


@pytest.mark.parametrize("text,expected", [
    # a passive clause: the subject was talked about, it did not speak (review s7, finding 2)
    ("The mayor was criticized in an interview with the governor.", ("claim", None)),
    ("Lee was interviewed in a report on crime.", ("claim", None)),
    ("Ana Ruiz was the subject of a profile in an interview series.", ("claim", None)),
    # "by X": X made the report or statement
    ("Ruiz was named in a statement released by the police.", ("attributed", "the police")),
    ("The ferry sank in a storm, in a report by the coast guard.", ("attributed", "the coast guard")),
    # a whole clause before the phrase is no speaker
    ("The ferry sank in a storm, in a report.", ("claim", None)),
])
def test_interview_phrase_passive_or_by_gives_no_clause_subject(text, expected):
    assert labels(text) == [expected]


def test_verb_speaker_beats_the_phrase_subject():
    text = 'Ana Ruiz ran the shop. He was a “kind boss,” Ruiz said in a statement.'
    assert labels(text)[1] == ("attributed", "Ruiz")


# --- step 2: recall from the train misses ------------------------------------------------

@pytest.mark.parametrize("text,source", [
    # words between the subject and its verb of saying
    ("Ana Ruiz has since said she would back a smaller levy.", "Ana Ruiz"),
    ("Ruiz and Lee both stressed that the plan was not final.", "Ruiz and Lee"),
    ("The mayor has always maintained that the bridge was safe.", "The mayor"),
    ("The board further announced that the pool would close.", "The board"),
    # a plural noun that opens the sentence agrees with "say"
    ("Companies say that the rule would raise costs.", "Companies"),
    ("Economists argue that fares will rise.", "Economists"),
    # the people a poll asked
    ("Again, those surveyed said the mayor was best able to handle the budget.", "those surveyed"),
    ("By 58-33 percent, those polled say the fund should stay.", "those polled"),
    # "by saying", "before saying": the sentence's subject says it
    ("Ruiz distanced herself from the plan by saying she would wait for the audit.", "Ruiz"),
    ('The mayor deflected several questions before saying, "We will see."', "The mayor"),
    # verbs whose object is what was said
    ("Ruiz tweeted her thanks to the volunteers.", "Ruiz"),
    ("Lee mentioned the flooding in his home town.", "Lee"),
])
def test_step2_constructions(text, source):
    assert labels(text) == [("attributed", source)]


@pytest.mark.parametrize("text", [
    "Others say the plan is overdue.",  # a group no reader could check (the s4 choice)
    "Priya wrote most of the robot's code.",  # "wrote" with a plain object is not reporting
    "Ross say it.",  # not a plural noun
])
def test_step2_still_claims(text):
    assert labels(text)[0][0] == "claim"


def test_they_say_after_a_named_group():
    text = "Nurses at the county clinic said the ward was full. They say it is getting worse."
    src = "Nurses at the county clinic"
    assert labels(text) == [("attributed", src), ("attributed", src)]


@pytest.mark.parametrize("text,source", [
    # what opens the sentence before its subject
    ("At a rally in Ames, Iowa, on Sunday, Ana Ruiz backed the plan, saying it was fair.", "Ana Ruiz"),
    ("But the new chair of the board backed the plan, saying it was fair.", "the new chair of the board"),
    ("When her family moved back to rural Ohio, her mother worked at the mill, insisting that it was fair.",
     "her mother"),
    ("DAYTON — Mayor Ana Ruiz on Monday cut the fares, saying it was fair.", "Mayor Ana Ruiz"),
    ("Here in Dayton, Ruiz stepped up her plan, saying the buses would run later.", "Ruiz"),
    # an inserted clause that holds a place and its state
    ("Ruiz, at a town hall meeting in Dayton, Ohio, said she was ready.", "Ruiz"),
    # a capitalised word, then a role noun and a name: the whole title
    ("We are ready, said Dayton spokesman Lt. Ed Fong.", "Dayton spokesman Lt. Ed Fong"),
    ("County officials were angered by the deal and warned it would fail.", "County officials"),
    ("It was a big order, said L9 president Tom Baker, who would not name a price.", "L9 president Tom Baker"),
])
def test_step2_speakers(text, source):
    assert labels(text) == [("attributed", source)]


def test_a_verb_between_name_and_role_is_not_a_title():
    text = "Tom Lee took down businessman Ed Fong in the primary, claiming 41 percent of the vote."
    assert labels(text)[0][1] != "Tom Lee took down businessman Ed Fong"
