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


# Speaker heads where the cue is a reporting verb the toolkit knows (PolNeAR dev's kinds, rows
# written for the test)
@pytest.mark.parametrize("text,source", [
    ('"The pool must stay open," Rep. Ana Ruiz (D-Ohio), a member of the parks panel, said in an interview.',
     "Rep. Ana Ruiz"),
    ("Bo Lind -- co-author of a book about bridges -- said the span is safe.", "Bo Lind"),
    ("Bo Lind -- the head of a small firm that makes toys, games and kites for schools, libraries, clubs "
     "and camps, which is also sold in shops around the state -- told us the span is safe.", "Bo Lind"),
    ("The state attorney general is confirming that the charity closed.", "The state attorney general"),
    ("A 2019 study that appeared in a farm journal found that the soil was poor.",
     "A 2019 study that appeared in a farm journal"),
    ("A reporter for the town paper spotted the mayor and her aide and reported it online.",
     "A reporter for the town paper"),
    ("A reporter spotted the mayor and reported it online.", "A reporter"),
    ("A county poll released last week found that the levy is popular.", "A county poll released last week"),
    ('"The dam will hold," said Lee constituent Dan Park.', "Lee constituent Dan Park"),
    # guards: a time phrase after a name or a role still goes; a role with its modifiers stays whole
    ("Ana Ruiz on Tuesday said the road is closed.", "Ana Ruiz"),
    ("The agency last week said the road is closed.", "The agency"),
    ('"It was fun," said Ruiz on Monday.', "Ruiz"),
    ("The retired police chief said the town is safe.", "The retired police chief"),
    ("The authors of the study combed the files and found that the tax was never paid.",
     "The authors of the study"),
])
def test_speaker_heads(text, source):
    assert labels(text)[0] == ("attributed", source), labels(text)


# "according to" + a name that only modifies the noun phrase: the whole phrase is the source
@pytest.mark.parametrize("text,source", [
    ("The roads closed at noon, according to a KTV tally.", "a KTV tally"),
    ("According to Ruiz's diary, the roads closed at noon.", "Ruiz's diary"),
    ("The roads closed at noon, according to a Parks Board memo.", "a Parks Board memo"),
    ("The roads closed at noon, according to a Green familiar with the talks.", "a Green familiar with the talks"),
    # guards: a plain name, and a name with the clause going on after it
    ("The roads closed at noon, according to Ana Ruiz.", "Ana Ruiz"),
    ("According to Ana Ruiz the roads were closed.", "Ana Ruiz"),
])
def test_according_to_a_whole_noun_phrase(text, source):
    assert labels(text)[0] == ("attributed", source), labels(text)


# right after a quotation, a reporting verb that is not a plain verb of saying still takes the noun
# phrase before it as its subject
@pytest.mark.parametrize("text,source", [
    ('"Will the pool open again?" a teacher at the school wondered.', "a teacher at the school"),
    ('"Will the pool open again?" the lifeguard said.', "the lifeguard"),
    ('"Shut the gate," one neighbour tweeted.', "one neighbour"),
    # guard: a noun after a quotation in a list is no speaker
    ("The club offers ''Bike Days'' and a friendly warning to lock your bike.", None),
])
def test_subject_after_a_quotation(text, source):
    assert labels(text)[0][1] == source, labels(text)


# s12 review #3: the phrase after "according to" + a name does not grow over a time word, "alone"
# or into the clause (each gave "Ruiz yesterday the plan failed", "Ruiz last week", "Ruiz alone")
@pytest.mark.parametrize("text", [
    "According to Ruiz yesterday the bridge closed.",
    "According to Ruiz last week, the bridge closed.",
    "The bridge is closed, according to Ruiz alone.",
    "According to Ruiz today the ferry is late.",
])
def test_according_to_a_name_stops_before_time_words(text):
    assert labels(text)[0][:2] == ("attributed", "Ruiz"), labels(text)
