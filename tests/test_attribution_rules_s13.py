"""Attribution rules added in session 13 (issue 11): s12 review #3's leftovers and the kinds of
wrong speaker found on real articles. Every sentence here is written for the test (none from a
corpus or the seeds).
"""

import pytest

from sentencelabels import labels, speaker_words


# s12 review #3: a greeting, a thanks or a prayer is an act, nothing is reported
@pytest.mark.parametrize("text", [
    "The choir is saying goodbye to its old organ.",
    "The crew said a tearful farewell to the ship.",
    "Before the meal the family said grace.",
    "The pupils are saying hello to their new teacher.",
    "The coach said thanks for the long support.",
])
def test_greeting_is_no_report(text):
    assert labels(text) == [("claim", None)]


@pytest.mark.parametrize("text,source", [
    # guards: a quotation after the greeting, and "thanks to" (a cause) still report
    ('Ana Ruiz said goodbye, "We will be back next year."', "Ana Ruiz"),
    ("The mayor said thanks to the new grant, the pool will open in May.", "The mayor"),
    ("The principal said the choir will sing goodbye songs.", "The principal"),
])
def test_greeting_guards(text, source):
    assert labels(text) == [("attributed", source)]


# s12 review #3: "says it all" with a thing as its subject is an idiom
@pytest.mark.parametrize("text", [
    'The word "sorry" said it all.',
    "Her long silence says it all.",
    "The coach's face said it all.",
])
def test_says_it_all_idiom(text):
    assert labels(text) == [("claim", None)]


@pytest.mark.parametrize("text,source", [
    ("The judge said it all: the case is closed.", "The judge"),
    ("Tom Okafor said it all.", "Tom Okafor"),
])
def test_says_it_all_person_guard(text, source):
    assert labels(text) == [("attributed", source)]


# s12 review #3: a time phrase between an inverted cue and its speaker is not in the name
@pytest.mark.parametrize("text,source", [
    ('"The bridge will hold," said Tuesday night Ana Ruiz.', "Ana Ruiz"),
    ("The shop will stay open, said Friday Tom Okafor.", "Tom Okafor"),
    ('"We are ready," said late Monday coach Ed Fong.', "coach Ed Fong"),
    ('"The gate is shut," said yesterday the mayor.', "the mayor"),
])
def test_time_before_inverted_speaker(text, source):
    label, got, words = speaker_words(text)[0]
    assert (label, got, words) == ("attributed", source, source), speaker_words(text)
