"""Tests for toolkit.attribution: quotes, cues and speakers, each with its evidence span.

(The rule families added for real articles are in test_attribution_rules.py.)
"""

import dataclasses

import pytest

from toolkit.attribution import SourceMemory, find_attribution, introduction_source, quote_spans


def _words(text, att):
    return {e.kind: text[e.start:e.end] for e in att.evidence}


def test_cue_speaker_and_quote_spans_point_at_their_words():
    text = '"We are ready," Mayor Ana Ruiz told reporters.'
    att = find_attribution(text)
    assert (att.source, att.cue) == ("Mayor Ana Ruiz", "told reporters")
    assert _words(text, att) == {"quote": '"We are ready,"', "speaker": "Mayor Ana Ruiz",
                                 "cue": "told reporters"}


def test_according_to_names_the_source():
    assert find_attribution("Costs rose, according to the city's budget office.").source == \
        "the city's budget office"


def test_pronoun_points_back_to_the_last_person():
    memory = SourceMemory()
    find_attribution("Chief Tom Lee said the road was closed.", memory)
    att = find_attribution("He said it would reopen on Monday.", memory)
    assert att.source == "Chief Tom Lee" and att.how == "pronoun"


def test_no_source_no_attribution():
    assert find_attribution("The bridge opened in May.") is None
    assert find_attribution("Tell the mayor what you think.") is None  # an instruction


def test_words_inside_a_quotation_are_not_the_cue():
    spans, still_open = quote_spans('"He said no," she wrote.')
    assert spans == [(0, 13)] and not still_open
    assert find_attribution('"He said no," she wrote.').speaker_text == "she"


def test_introduction_opens_a_long_quotation():
    memory = SourceMemory()
    memory.remember("The Daily Post")
    att = introduction_source("The paper has more:", memory)
    assert att.source == "The Daily Post" and att.how == "introduction"


def test_attribution_is_immutable():
    att = find_attribution("Chief Tom Lee said the road was closed.")
    with pytest.raises(dataclasses.FrozenInstanceError):
        att.source = "someone else"
    assert isinstance(att.evidence, tuple)
