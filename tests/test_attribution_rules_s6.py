"""Rules added in session 6 of issue 11 from the PolNeAR train misses (checked on dev).

Every sentence here is written for the test (none is taken from a corpus or the seeds).
"""

import pytest

from toolkit.articles import article_from_text
from toolkit.labels import label_sentences
from sentencelabels import labels


INTRODUCTIONS = [  # (article, the speaker of the block after the line ending in ':')
    # "issued the following statement:", with the speaker before the verb
    ("The dam held on Sunday.\n\nAfter the storm, Mayor Ana Ruiz issued the following statement:\n\n"
     "“We thank every volunteer. The river is back in its banks.”", "Mayor Ana Ruiz"),
    ("The dam held on Sunday.\n\nThe water board released a short statement on Monday:\n\n"
     "The pumps ran all night. No homes were flooded.", "The water board"),
    # a verb of saying, then who, then the colon
    ("Ana Ruiz said on the radio that the pumps failed.\n\nStated Ruiz:\n\n“The pumps are old. We need new ones.”",
     "Ana Ruiz"),
    # someone quotes another person
    ("The book looks back at the flood.\n\nThe author quotes former pump engineer Tom Baker:\n\n"
     "“Nobody listened to us. We wrote letter after letter.”", "former pump engineer Tom Baker"),
]


@pytest.mark.parametrize("text,speaker", INTRODUCTIONS)
def test_statement_introductions(text, speaker):
    got = labels(text)
    assert got[1][0] == "attributed"
    assert got[2:] == [("attributed", speaker)] * (len(got) - 2)


def test_transcript_line_hands_over_to_the_last_speaker():
    text = ('Gov. Ana Ruiz spoke after the vote, saying, "We won."\n\nTranscript as follows:\n\n'
            '"Thank you all. The bridge will be built. We start in May."')
    got = labels(text)
    assert got[1] == ("claim", None)  # the line itself names no source
    assert got[2:] == [("attributed", "Gov. Ana Ruiz")] * 3


def test_no_introduction_without_a_speaker():
    # a colon after a plain sentence, or a transcript with nobody named before it
    for text in ("The town has three rules:\n\nNo dogs. No bikes. No music.",
                 "Transcript as follows:\n\nThe river rose. Then it fell."):
        assert all(label != "attributed" for label, _ in labels(text)), text


PLURAL_SUBJECTS = [  # (sentence, source or None): a name at the start before a plain "say"
    ("Democrats say the vote will be close.", "Democrats"),
    ("Most Republicans say the bill goes too far.", "Most Republicans"),
    ("Ana Ruiz and Tom Lee say the pool is safe.", "Ana Ruiz and Tom Lee"),
    ("Ana Ruiz, along with two other nurses, say the ward was full.", "Ana Ruiz"),
    # a bare "some/others say" names no one; an order is not attribution
    ("Others, however, say the pool is safe.", None),
    ("Some say the pool is safe.", None),
    ("Tell the mayor what you think.", None),
]


@pytest.mark.parametrize("text,source", PLURAL_SUBJECTS)
def test_plural_subjects_of_say(text, source):
    from toolkit.attribution import find_attribution
    att = find_attribution(text)
    assert (att.source if att else None) == source


def test_relative_clause_with_a_title_in_it_is_not_the_speaker():
    from toolkit.attribution import find_attribution
    # commas lost in copying: the names inside "who ..." are not the speaker
    att = find_attribution("Lund  who won a prize for The Long Road  describes the role as hard.")
    assert att.source == "Lund"


def test_he_is_the_subject_of_the_sentence_before():
    text = ("Tom Park and Ana Ruiz met in the final.\n\n"
            "Park beat Leo Grant in four sets on Sunday.\n\n"
            "\"My coach told me to rest,\" he said.")
    assert labels(text)[-1] == ("attributed", "Tom Park")
    text = ("Tom Park won the final.\n\nOn Sunday, Park beat Leo Grant in four sets.\n\n"
            "\"My coach told me to rest,\" he said.")
    assert labels(text)[-1] == ("attributed", "Tom Park")


def test_two_people_are_not_he():
    text = ("Ana Ruiz runs the club.\n\nTom Park and Leo Grant said the club is broke.\n\n"
            "\"We will be fine,\" she said.")
    assert labels(text)[-1] == ("attributed", "Ana Ruiz")


TO_FRAMES = [  # (article, the last sentence's label and source)
    ("Ana Ruiz runs the ward.\n\nTo Ruiz, who has worked there for years, the new rules are a mistake.",
     ("attributed", "Ruiz")),
    ("The ward was full.\n\nTo county nurse Ana Ruiz, the new rules are a mistake.",
     ("attributed", "county nurse Ana Ruiz")),
    # an aim, a date, a place or a group of places is not a person's view
    ("Ana Ruiz runs the ward.\n\nTo stop Ruiz, the board hired a lawyer last week.", ("claim", None)),
    ("The ward was full.\n\nTo date, no one has paid the fine for the delay.", ("claim", None)),
    ("The ward was full.\n\nTo Iowa, the candidates came in waves all winter.", ("claim", None)),
]


@pytest.mark.parametrize("text,last", TO_FRAMES)
def test_to_frames(text, last):
    assert labels(text)[-1] == last


def test_credit_paragraph_names_the_quotation_above():
    text = ('The debate ran late.\n\n"We will fix the roads. We start in May."\n\n- Ana Ruiz.\n\n'
            "The roads are old.")
    assert labels(text) == [("claim", None), ("attributed", "Ana Ruiz"), ("attributed", "Ana Ruiz"),
                             ("attributed", "Ana Ruiz"), ("claim", None)]
    text = 'The debate ran late.\n\n"Great speech. She is ready."\n\n—Mayor Tom Lee, after the speech.'
    assert labels(text)[1:] == [("attributed", "Mayor Tom Lee")] * 3


def test_no_credit_without_a_quotation_above():
    text = "The plan is new.\n\nThe roads are old.\n\n- Ana Ruiz."
    assert all(label != "attributed" for label, _ in labels(text))


OPENING_PHRASES = [  # "X did this and said ...": the subject after an opening phrase, not a date in it
    ("On Monday, Ana Ruiz toured the plant and said it was safe.", "Ana Ruiz"),
    ("By the end of the day, Mr. Lee had changed his mind and said the vote should wait.", "Mr. Lee"),
    ("At the hearing, Gov. Tom Park spoke for an hour, saying the dam would hold.", "Gov. Tom Park"),
]


@pytest.mark.parametrize("text,source", OPENING_PHRASES)
def test_subject_after_an_opening_phrase(text, source):
    from toolkit.attribution import find_attribution
    assert find_attribution(text).source == source


SUBHEADS = ["Confirmed Cases:", "Added Costs:", "Reported Crimes:", "Estimated Totals:"]


@pytest.mark.parametrize("head", SUBHEADS)
def test_a_subhead_with_a_colon_names_no_speaker(head):
    # a verb form and a plural noun ending in ':' are a subhead, not "Stated Ruiz:"
    got = labels(f"The county counted again.\n\n{head}\n\nThe county had 1,200 cases.")
    assert [source for _, source in got] == [None, None, None]
    assert got[2] == ("claim", None)


def test_inverted_introduction_with_a_title_and_a_name():
    text = "The dam held on Sunday.\n\nStated Mayor Ruiz:\n\n“The pumps are old. We need new ones.”"
    assert labels(text)[2:] == [("attributed", "Mayor Ruiz")] * 2


def test_to_frame_evidence_covers_the_words_it_names():
    from toolkit.attribution import SourceMemory, find_attribution, remember_mentions
    for first, second, words in [
            ("Mr.  Tom Lee runs the shop.", "To Mr.  Lee, the plan was a mistake.", "Mr.  Lee"),
            ("Ana Ruiz runs the ward.", "To  Ruiz, the plan was a mistake.", "Ruiz"),
            ("The ward was full.", "To county  nurse Ana  Ruiz, the rules are a mistake.",
             "county  nurse Ana  Ruiz")]:
        memory = SourceMemory()
        remember_mentions(first, memory)
        att = find_attribution(second, memory)
        spans = {e.kind: second[e.start:e.end] for e in att.evidence}
        assert spans == {"cue": "To", "speaker": words}


def test_to_frame_is_not_a_recipient():
    for verb in ["sent", "gave", "handed", "wrote", "offered", "mailed", "delivered", "has owed"]:
        text = f"Ana Ruiz runs the ward.\n\nTo Ruiz, the board {verb} a letter on Monday."
        assert labels(text)[-1] == ("claim", None), verb
    text = "Ana Ruiz runs the ward.\n\nTo Ruiz, the plan was a mistake."
    assert labels(text)[-1] == ("attributed", "Ruiz")


def test_to_frame_reason_names_the_view():
    text = "Ana Ruiz runs the ward.\n\nTo Ruiz, the plan was a mistake."
    s = label_sentences(article_from_text(text))[-1]
    # the "To" chip is named "whose view it is", and so is the reason's (tests/test_clue_names.py)
    assert s.reason == "Says who: Ruiz. The words “To Ruiz,” say whose view it is."
