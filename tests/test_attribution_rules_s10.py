"""Attribution rules added in session 10 (issue 11: recall on real articles).

Every sentence here is written for the test (none is taken from a corpus or the seeds).
"""

import pytest

from sentencelabels import labels
from toolkit.attribution import find_attribution


# --- a noun that ends in "-ly" is not an adverb to skip ("a lawyer for the family said") -------

@pytest.mark.parametrize("text,source", [
    ("A lawyer for the family said the school was closed.", "A lawyer for the family"),
    ("The lawyer for the family said the school was closed.", "The lawyer for the family"),
    ("The family said the school was closed.", "The family"),
    ("Her family said the school was closed.", "Her family"),
    ("The state assembly said the school was closed.", "The state assembly"),
    ("A close ally said the school was closed.", "A close ally"),
    ("The school was closed, a lawyer for the family said.", "a lawyer for the family"),
])
def test_a_noun_ending_in_ly_is_part_of_the_speaker(text, source):
    att = find_attribution(text)
    assert att is not None and att.source == source, (text, att and att.source)


# the rule must NOT fire: an adverb before the verb is still skipped
@pytest.mark.parametrize("text,source", [
    ("Ana Ruiz quickly said the school was closed.", "Ana Ruiz"),
    ("The mayor later publicly said the school was closed.", "The mayor"),
    ("Officials, visibly tired, said the school was closed.", "Officials"),
])
def test_an_adverb_before_the_verb_is_still_skipped(text, source):
    att = find_attribution(text)
    assert att is not None and att.source == source, (text, att and att.source)


# --- knowing as a source's belief: "Officials knew the bridge was weak" ------------------------

@pytest.mark.parametrize("text,source", [
    ("Officials knew that the bridge was weak.", "Officials"),
    ("The inspectors knew that the bridge was weak.", "The inspectors"),
    ("Ana Ruiz knows that the bridge is weak.", "Ana Ruiz"),
    ("Engineers at the city know that the bridge is weak.", "Engineers at the city"),
])
def test_knowing_reports_a_sources_belief(text, source):
    att = find_attribution(text)
    assert att is not None and att.source == source, (text, att and att.source)


# the rule must NOT fire: knowing a person, and the writer's own "we know"
@pytest.mark.parametrize("text", [
    "Ana Ruiz knew Tom Lee for decades.",
    "She knows him well.",
    "The coach knew Ms. Ortiz from school.",
    "We know the bridge is weak.",
    "You know the bridge is weak.",
    "I knew the bridge was weak.",
    "Know the rules before you drive.",
    "Coach Lee knew the crew was ready.",
    "Everyone knows the bridge is weak.",
    "Nobody knew the bridge was weak.",
    "Another 19 percent of the riders did not know.",
])
def test_knowing_a_person_or_the_writers_we_know_names_no_source(text):
    assert find_attribution(text) is None, text


# --- the missing -ing and -s forms of reporting verbs already listed -------------------------

@pytest.mark.parametrize("text,source", [
    ("Ana Ruiz is stressing that the bridge is safe.", "Ana Ruiz"),
    ("The mayor talks about the bridge at every meeting.", "The mayor"),
    ("Ana Ruiz was bemoaning the toll on Monday.", "Ana Ruiz"),
    ("The governor reiterates that the bridge is safe.", "The governor"),
    ("The mayor toured the bridge on Monday, stressing the toll.", "The mayor"),
    ("Ana Ruiz, repeating her warning, said the bridge was unsafe.", "Ana Ruiz"),
])
def test_other_forms_of_listed_reporting_verbs(text, source):
    att = find_attribution(text)
    assert att is not None and att.source == source, (text, att and att.source)


# the rule must NOT fire: the noun forms were left out
@pytest.mark.parametrize("text", [
    "His remarks drew loud applause at the bridge.",
    "The answers were posted on the bridge.",
])
def test_noun_forms_of_reporting_verbs_name_no_source(text):
    assert find_attribution(text) is None, text


# --- "He is a critic who said ...": the role is the noun phrase, not "is a critic" ----------

@pytest.mark.parametrize("text,source", [
    ("He is a critic who said the bridge would fail.", "a critic"),
    ("Ana Ruiz was a nurse who said the bridge would fail.", "a nurse"),
    ("Similarly, the police chief of Dayton said the bridge would fail.", "the police chief of Dayton"),
])
def test_a_role_noun_phrase_stops_at_is_or_has(text, source):
    att = find_attribution(text)
    assert att is not None and att.source == source, (text, att and att.source)


# --- "Residents must sign up by Friday": a group of readers told what to do by a deadline ----

@pytest.mark.parametrize("text", [
    "Residents must sign up by Friday.",
    "Parents should send the signed form before May 3.",
    "Students who want a spot are asked to apply by noon on Monday.",
    "Families need to register for the bus next week.",
    "All volunteers must check in at 7 a.m. on Saturday.",
])
def test_a_group_of_readers_told_to_act_by_a_deadline_is_a_call_to_action(text):
    assert labels(text) == [("call_to_action", None)], text


# the rule must NOT fire: no deadline, someone else's words, or not the readers
@pytest.mark.parametrize("text,label", [
    ("Residents must pay more for water, the mayor said.", "attributed"),
    ("Lawmakers must act by Friday.", "opinion"),
    ("Voters should reject this cynical plan.", "opinion"),
    ("Residents signed up by Friday.", "claim"),
])
def test_other_must_sentences_keep_their_label(text, label):
    assert labels(text)[0][0] == label, text


# --- "Dr. Ortiz" after "Principal Dana Ortiz" is the same source ----------------------------

def test_a_title_and_surname_is_the_person_named_in_full_before():
    got = labels("Principal Dana Ortiz said the fair is fun. Dr. Ortiz said it will rain.")
    assert got == [("attributed", "Principal Dana Ortiz"), ("attributed", "Principal Dana Ortiz")]


def test_mrs_and_a_surname_is_not_taken_for_another_person_with_that_surname():
    got = labels("Bill Clinton said the fair is fun. Mrs. Clinton said it will rain.")
    assert got == [("attributed", "Bill Clinton"), ("attributed", "Mrs. Clinton")]


# --- "and" inside the words after a role or document noun: one speaker ----------------------

@pytest.mark.parametrize("text,source", [
    ("Experts on bridges and tunnels said the toll would rise.", "Experts on bridges and tunnels"),
    ("Recent polls in Ohio and Texas have shown Ana Ruiz ahead.", "Recent polls in Ohio and Texas"),
    ("Teachers in Dayton and Akron say the test is too long.", "Teachers in Dayton and Akron"),
])
def test_and_inside_the_words_after_the_head_keeps_one_speaker(text, source):
    att = find_attribution(text)
    assert att is not None and att.source == source, (text, att and att.source)


# the rule must NOT fire: a second role noun after "and" is a second subject
@pytest.mark.parametrize("text,source", [
    ("The mayor visited the plant and said it was safe.", "The mayor"),
])
def test_and_before_a_verb_or_a_second_role_is_not_one_speaker(text, source):
    att = find_attribution(text)
    assert att is not None and att.source == source, (text, att and att.source)
