"""Attribution rules added in session 8 (issue 11: recall and speakers on real articles).

Every sentence here is written for the test (none is taken from a corpus or the seeds).
"""

import pytest

from toolkit.articles import article_from_text
from toolkit.attribution import INTERVIEWEE
from toolkit.labels import label_sentences
from sentencelabels import labels, speaker_words


# --- a post-posed "said X": the speaker is X, a "who" clause after X is X's ---------------------

@pytest.mark.parametrize("text,speaker", [
    ("The ferry was late, said one rider who takes it every day.", "one rider"),
    ("The bus was full again, said a driver who asked not to be named.", "a driver"),
    ("The bus was full, said a driver, who asked not to be named.", "a driver"),
    ("The market opened early, said several traders who watched it closely.", "several traders"),
    ('"The hall was cold," said a man who lives nearby.', "a man"),
])
def test_post_posed_cue_takes_the_noun_phrase_after_it_not_the_subject(text, speaker):
    assert speaker_words(text) == [("attributed", speaker, speaker)]


def test_post_posed_cue_without_a_speaker_still_finds_no_verb_phrase():
    # "said the plan failed" holds a verb: no speaker after the cue
    assert labels("She paused, said the plan failed.")[0][1] != "the plan failed"


# --- question-and-answer interviews --------------------------------------------------------

def test_answer_lines_are_the_person_interviewed_and_questions_are_not_attributed():
    text = ("Talking Trains With The Stationmaster\n\n"
            "Q: How many trains stop here each day?\n\n"
            "A: About forty on a weekday. Fewer on Sundays.\n\n"
            "Q: Is the new timetable better?\n\n"
            "A: I think it is, yes.")
    got = labels(text)
    assert [label for label, _ in got] == ["claim", got[1][0], "attributed", "attributed", got[4][0],
                                           "attributed"]
    assert got[1][0] != "attributed" and got[4][0] != "attributed"  # the interviewer's questions
    assert {source for label, source in got if label == "attributed"} == {INTERVIEWEE}
    article = article_from_text(text)
    answer = [s for s in label_sentences(article) if s.text.startswith("A:")][0]
    kinds = {e.kind: article.text[e.start:e.end] for e in answer.evidence}
    assert kinds == {"speaker": "A", "cue": ":"}
    assert "interview" in answer.reason


def test_answer_line_keeps_its_following_sentences():
    text = "Bakery Talk\n\nQ: When do you open?\n\nA: At six. We bake all night."
    got = labels(text)
    assert got[-2:] == [("attributed", INTERVIEWEE), ("attributed", INTERVIEWEE)]


def test_a_capital_a_that_is_not_an_answer_label_is_not_a_speaker():
    assert labels("A new bakery opened on Main Street on Monday.")[0][0] != "attributed"
    assert labels("A bakery: the town's first in ten years.")[0][0] != "attributed"


# --- a first line that runs on is not a headline ---------------------------------------------

@pytest.mark.parametrize("text,first", [
    ("The mayor spoke to the crowd on\nTuesday about the budget. Riders waited.",
     "The mayor spoke to the crowd on\nTuesday about the budget."),
    ("Later,\nRuiz said the roads are closed.", "Later,\nRuiz said the roads are closed."),
    ("The ferry was late, according to\nCity Hall. Riders waited.",
     "The ferry was late, according to\nCity Hall."),
])
def test_a_line_break_inside_a_sentence_does_not_split_it(text, first):
    article = article_from_text(text)
    sentences = label_sentences(article)
    assert sentences[0].text == first
    assert not sentences[0].headline


def test_a_headline_line_without_a_blank_line_is_still_a_headline():
    article = article_from_text("Ferry Runs Late\nThe mayor said the ferry was late.")
    sentences = label_sentences(article)
    assert [s.headline for s in sentences] == [True, False]
    article = article_from_text("Bridge to open in May;\nCity Hall sets the date. Riders cheered.")
    assert label_sentences(article)[0].headline


# --- whole speaker noun phrases ------------------------------------------------------------

@pytest.mark.parametrize("text,speaker", [
    ("The room had two beds, according to F.A.A. records.", "F.A.A. records"),
    ("The firm paid $9,000, according to U.S. shipping records.", "U.S. shipping records"),
    ("The fund is short, said former Ohio governor Ed Rendell, who chairs it.",
     "former Ohio governor Ed Rendell"),
    ("The fund is short, said former state senator Ana Ruiz.", "former state senator Ana Ruiz"),
    ("Two-thirds of the riders said the ferry was late.", "Two-thirds of the riders"),
    ("Nine in 10 city voters say the bridge should stay open.", "Nine in 10 city voters"),
    ("About four in 10 bus riders say fares are too high.", "About four in 10 bus riders"),
    ("In Dayton, half of the bakers said they were tired.", "half of the bakers"),
    ("Most of the nurses said the clinic was short of beds.", "Most of the nurses"),
    ("The self-described moderate said she would win the race.", "The self-described moderate"),
])
def test_speaker_is_the_whole_noun_phrase(text, speaker):
    assert speaker_words(text) == [("attributed", speaker, speaker)]


# --- long-tail cues that report what someone said ---------------------------------------------

@pytest.mark.parametrize("text,speaker", [
    ("The mayor laid out her case for a new bridge on Monday.", "The mayor"),
    ("The bakery’s owner issued a statement on Monday about the oven.", "The bakery’s owner"),
    ("Ana Ruiz released a statement on Monday about the fire.", "Ana Ruiz"),
    ("The coach made the case for a longer season.", "The coach"),
    ("Tom Baker spoke out against the new fares.", "Tom Baker"),
    ("Ana Ruiz talked up the new menu at the fair.", "Ana Ruiz"),
    ("Ruiz went on to explain why the bridge was closed.", "Ruiz"),
])
def test_long_tail_reporting_cues(text, speaker):
    assert labels(text) == [("attributed", speaker)]


def test_actions_stay_claims():
    assert labels("The council voted to close the bridge.")[0][0] != "attributed"
    assert labels("The crew laid the new track on Monday.")[0][0] != "attributed"


# --- a name, a colon and a quotation ---------------------------------------------------------

@pytest.mark.parametrize("text,speaker", [
    ('Ana Ruiz: "We will fix the schedule."', "Ana Ruiz"),
    ('Rep. Ana Ruiz (D-Ore.):"We will fix it."', "Rep. Ana Ruiz"),
    ("FERRIES RUN LATE - Ana Ruiz: “At long last the ferry ran on time.”", "Ana Ruiz"),
    ("Riders agree - More from Tom Baker: “The boats are old.”", "Tom Baker"),
])
def test_name_colon_quotation_anywhere_in_a_paragraph(text, speaker):
    got = speaker_words("Ferry News\n\nThe ferry was late again. " + text)
    assert got[-1] == ("attributed", speaker, speaker.split(" (")[0])


@pytest.mark.parametrize("text", ['UPDATE: "It is done."', 'Watch: "the video".', 'The plan: "fix it".',
                                  'At 5 p.m. - Note: "closed".'])
def test_a_label_or_plain_word_before_a_colon_is_no_speaker(text):
    assert labels("Ferry News\n\nThe ferry was late again. " + text)[-1][0] != "attributed"


# --- titles before a name: the last role noun ends the title ------------------------------------

@pytest.mark.parametrize("text,speaker", [
    ('"It is over," said Republican political consultant Ann Lee.', "Republican political consultant Ann Lee"),
    ('"It is over," said Democratic campaign strategist Ann Lee.', "Democratic campaign strategist Ann Lee"),
    ('"It is over," said Harbor Police spokesman Sgt. Tom Baker.', "Harbor Police spokesman Sgt. Tom Baker"),
    ("The rent rose, according to Dayton officials and residents who spoke to us.", "Dayton officials"),
])
def test_title_runs_to_its_last_role_noun(text, speaker):
    assert speaker_words(text)[0][1] == speaker


# --- "<someone> issued a statement saying ...": the one who issued it, never the one who got it -

@pytest.mark.parametrize("text,speaker", [
    ("The bakery issued a statement saying it would close.", "The bakery"),
    ("The union sent a letter to the board urging a vote.", "The union"),
    ("Ana Ruiz posted a video saying she would run.", "Ana Ruiz"),
])
def test_the_author_of_a_message_is_the_speaker(text, speaker):
    assert speaker_words(text) == [("attributed", speaker, speaker)]


@pytest.mark.parametrize("text", [
    "When the mayor got a letter saying it was fine, she cried.",
    'When the mayor got a letter on Monday saying it was "pleased to accept" her plan, she wept.',
    "After the coach received an email saying the game was off, he went home.",
    "The nurse opened a note saying the clinic would close.",
])
def test_who_got_a_message_did_not_write_it(text):
    from toolkit.attribution import _message_author

    message = next(m for m in ("a letter", "an email", "a note") if m in text)
    assert _message_author(text, text.index(message)) is None
    for label, source, span in speaker_words(text):
        # never a cut word (the speaker was 'W', the first letter of "When")
        assert source is None or (len(source) > 2 and source == span and span in text), source
