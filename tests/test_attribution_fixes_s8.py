"""Fixes to session 8 attribution rules that the s8 review reproduced (items 2, 3, 9).

Every sentence here is written for the test (none is taken from a corpus or the seeds).
"""

import pytest

from toolkit.articles import article_from_text
from toolkit.labels import label_sentences
from sentencelabels import labels


# --- a first line ending on a word that can end a title is still a headline -----------------

@pytest.mark.parametrize("text", [
    "Five things to look out for\nThe council meets on Tuesday. It will vote on the budget.",
    "The vote everyone is counting on\nThe council meets on Tuesday. It will vote on the budget.",
    "What the new rules are for\nThe council meets on Tuesday. It will vote on the budget.",
    "Jobs report: what to watch for\nThe council meets on Tuesday. It will vote on the budget.",
    "The books students can't stop talking about\nLibrarians say the shelves are empty. Kids wait.",
])
def test_a_first_line_ending_on_a_stranded_preposition_stays_the_headline(text):
    sentences = label_sentences(article_from_text(text))
    assert sentences[0].headline
    assert sentences[0].text == text.split("\n")[0]
    assert len(sentences) == 3
    assert not sentences[1].headline


def test_a_first_line_whose_preposition_takes_a_date_on_the_next_line_runs_on():
    text = "The mayor will speak to the crowd in\nMay about the budget. Riders waited."
    sentences = label_sentences(article_from_text(text))
    assert sentences[0].text == "The mayor will speak to the crowd in\nMay about the budget."
    assert not sentences[0].headline


# --- reading out or showing someone else's message is not issuing it --------------------------

def test_reading_a_letter_from_someone_does_not_credit_the_reader():
    got = labels("The mayor read a letter from a student saying the park was dirty.")
    assert got[0][1] != "The mayor"


def test_showing_a_video_does_not_credit_the_one_who_shows_it():
    got = labels("The teacher showed a video saying the moon landing was staged.")
    assert got[0][1] != "The teacher"


def test_issuing_a_statement_still_credits_the_issuer():
    assert labels("The bakery issued a statement saying the shop will close.")[0] == \
        ("attributed", "The bakery")


# --- "laid out" reports only a plan, a case, reasons ... ---------------------------------------

@pytest.mark.parametrize("text", [
    "The workers laid out the new park paths.",
    "The workers laid out the new park in rows of oak trees.",
    "The crew laid out the chairs before the concert.",
])
def test_laying_out_things_is_not_reporting(text):
    assert labels(text)[0][0] != "attributed"


@pytest.mark.parametrize("text,speaker", [
    ("Mayor Ana Ruiz laid out her plan to fix the bridge.", "Mayor Ana Ruiz"),
    ("The principal laid out the reasons for the new bell times.", "The principal"),
    ("Coach Lee laid out how the team would train this winter.", "Coach Lee"),
])
def test_laying_out_a_plan_or_reasons_is_reporting(text, speaker):
    assert labels(text)[0] == ("attributed", speaker)


# --- an "A:" line is an interview answer only after a "Q:" line --------------------------------

def test_an_a_line_without_any_q_line_is_not_an_interview_answer():
    got = labels("Choose one.\n\nA: Vaccines are safe. B: Vaccines are dangerous.")
    assert all(label != "attributed" for label, _ in got)
    assert labels("A: The city will raise taxes next year.")[0][0] != "attributed"


def test_an_a_line_after_a_q_line_is_still_the_answer():
    got = labels("Bakery Talk\n\nQ: When do you open?\n\nA: At six. We bake all night.")
    assert got[-2:] == [("attributed", "the person interviewed")] * 2
