"""Attribution rules added in session 12 (issue 11): sources a student reads whole, and subjects
that name no one. Every sentence here is written for the test (none from a corpus or the seeds).
"""

import pytest

from sentencelabels import labels, speaker_words
from toolkit.yourturn import source_kind


# s11 walk #19: the relative clause that makes a role a source is kept with it
@pytest.mark.parametrize("text,source", [
    ("The three nurses who worked the night shift said the ward was full.",
     "The three nurses who worked the night shift"),
    ("A neighbour who saw the fire told reporters the alarm never rang.", "A neighbour who saw the fire"),
    ("A police officer who asked not to be named said the road will reopen.",
     "A police officer who asked not to be named"),
    # s11 review #2: a demonstrative stays with its noun
    ("This small newspaper reported that the mill closed.", "This small newspaper"),
    ("Those four drivers said the road was icy.", "Those four drivers"),
    ("These new figures show the town grew.", "These new figures"),
])
def test_whole_sources(text, source):
    label, got, words = speaker_words(text)[0]
    assert (label, got, words) == ("attributed", source, source), speaker_words(text)


def test_the_verb_the_speaker_governs_is_the_cue():
    from toolkit.articles import article_from_text
    from toolkit.labels import label_sentences

    s = label_sentences(article_from_text("A police officer who asked not to be named said the road will reopen."))[0]
    assert s.cue == "said"


@pytest.mark.parametrize("text,source", [
    ("Ana Ruiz, who runs the bakery, said the oven broke.", "Ana Ruiz"),   # a name stands alone
    ('"The dam is safe" said the engineer.', "the engineer"),
])
def test_clause_and_quote_guards(text, source):
    assert labels(text)[0] == ("attributed", source), labels(text)


# s11 review #3 and #18: subjects that name no one, things said that are rejected, scare quotes
@pytest.mark.parametrize("text,label,source", [
    ("Nobody said the pool was closed.", "claim", None),
    ("No one told reporters the pool was closed.", "claim", None),
    ("People say the old mill is haunted.", "claim", None),
    ("Some people claim the lake is shrinking.", "claim", None),
    ("The team rejected the fans' demands for lower prices.", "attributed", "The team"),
    ("The court rejected a request from the paper to open the file.", "attributed", "The court"),
    ('The so-called "experts" said the dam is safe.', "attributed", 'The so-called "experts"'),
    ('Its "independent" reviewers said that the dam is safe.', "attributed", 'Its "independent" reviewers'),
    # guards: a reporter's account of a crowd, a named group, rejecting a thing
    ("Many people said they were angry about the fee.", "attributed", "Many people"),
    ("Most economists say the plan will work.", "attributed", "Most economists"),
    ("The council rejected the offer from the builder.", "claim", None),
])
def test_crowds_demands_and_scare_quotes(text, label, source):
    assert labels(text)[0] == (label, source), labels(text)


def test_a_document_is_not_known_by_a_job():
    assert source_kind("Court records from May") == "a document or report"
    assert source_kind("the audit of the county jail") == "a document or report"
    assert source_kind("the two members who voted no") == "known only by job or type"
    assert source_kind("This weekly paper") == "known only by job or type"  # a newspaper, not a study
