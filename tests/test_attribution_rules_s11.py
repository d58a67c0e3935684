"""Attribution rules added in session 11 (issue 11: labels that hold on real articles).

Every sentence here is written for the test (none is taken from a corpus or the seeds).
"""

import pytest

from sentencelabels import labels
from toolkit.attribution import find_attribution


# --- a crowd is no source: "Few people know that ...", "Many people believe ..." ----------------
# The writer's own claim about what people think: no one a reader could ask. (A named group, "Most
# economists believe", stays attributed: a survey can stand behind it.)

@pytest.mark.parametrize("text", [
    "Few people know that the bridge is closed.",
    "Many people believe that the bridge is closed.",
    "Most people think the pool opens in June.",
    "Some people believe the library will close.",
    "A lot of people think the pool opens in June.",
    "Nobody believes the pool will open in June.",
    "Everybody thinks the pool opens in June.",
    "Everyone knows that the pool opens in June.",
])
def test_a_crowd_before_a_belief_verb_is_no_source(text):
    assert find_attribution(text) is None, text
    assert labels(text)[0][0] != "attributed", text


@pytest.mark.parametrize("text,source", [
    ("Most economists believe the tax will pass.", "Most economists"),
    ("Many residents said the pool opens in June.", "Many residents"),
    ("Ana Ruiz knows that the bridge is closed.", "Ana Ruiz"),
])
def test_a_named_group_or_person_still_believes(text, source):
    att = find_attribution(text)
    assert att is not None and att.source == source, (text, att and att.source)


# --- an adjective used as a noun after "the" is the speaker: "The elderly said" ---------------

@pytest.mark.parametrize("text,source", [
    ("The elderly said the bus was late.", "The elderly"),
    ("The elderly have often said the bus was late.", "The elderly"),
    ("The lonely told the mayor the center should stay open.", "The lonely"),
    ("The accused told the court he was at home.", "The accused"),
    ("The injured said the bus was late.", "The injured"),
])
def test_an_adjective_used_as_a_noun_is_the_whole_speaker(text, source):
    att = find_attribution(text)
    assert att is not None and att.source == source, (text, att and att.source)


# the rule must NOT fire: "-ly" adverbs after a noun are still skipped, and "The" alone is never a
# speaker
@pytest.mark.parametrize("text,source", [
    ("The man quickly said the bus was late.", "The man"),
    ("Dan Ortiz quickly said the bus was late.", "Dan Ortiz"),
    ("A nurse briefly said the bus was late.", "A nurse"),
])
def test_an_adverb_after_a_noun_is_still_skipped(text, source):
    att = find_attribution(text)
    assert att is not None and att.source == source, (text, att and att.source)


@pytest.mark.parametrize("text", [
    "The comments come as the mayor prepares to leave.",
    "The alleged thief was seen near the park.",
])
def test_a_determiner_alone_is_no_speaker(text):
    att = find_attribution(text)
    assert att is None or att.source.lower() not in ("the", "a", "an"), (text, att and att.source)


# --- rejecting a thing is an action; rejecting a claim or a call is reporting ------------------

@pytest.mark.parametrize("text", [
    "The Senate rejects the bill.",
    "The board rejected the offer on Tuesday.",
    "The council rejected a plan to close the pool.",
    "Voters rejected the new tax in May.",
])
def test_rejecting_a_thing_is_an_action(text):
    assert find_attribution(text) is None, text
    assert labels(text)[0][0] != "attributed", text


@pytest.mark.parametrize("text,source", [
    ("The Senate rejected the claim that taxes rose.", "The Senate"),
    ("The mayor rejected calls to resign.", "The mayor"),
    ("Ana Ruiz rejected the idea that the pool was unsafe.", "Ana Ruiz"),
    ("The coach rejects the criticism from parents.", "The coach"),
    ("The mayor rejected that, calling it unfair.", "The mayor"),
])
def test_rejecting_a_claim_is_reporting(text, source):
    att = find_attribution(text)
    assert att is not None and att.source == source, (text, att and att.source)
