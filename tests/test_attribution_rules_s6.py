"""Rules added in session 6 of issue 11 from the PolNeAR train misses (checked on dev).

Every sentence here is written for the test (none is taken from a corpus or the seeds).
"""

import pytest

from toolkit.articles import article_from_text
from toolkit.labels import label_sentences


def _labels(text):
    return [(s.label, s.source) for s in label_sentences(article_from_text(text))]


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
    got = _labels(text)
    assert got[1][0] == "attributed"
    assert got[2:] == [("attributed", speaker)] * (len(got) - 2)


def test_transcript_line_hands_over_to_the_last_speaker():
    text = ('Gov. Ana Ruiz spoke after the vote, saying, "We won."\n\nTranscript as follows:\n\n'
            '"Thank you all. The bridge will be built. We start in May."')
    got = _labels(text)
    assert got[1] == ("claim", None)  # the line itself names no source
    assert got[2:] == [("attributed", "Gov. Ana Ruiz")] * 3


def test_no_introduction_without_a_speaker():
    # a colon after a plain sentence, or a transcript with nobody named before it
    for text in ("The town has three rules:\n\nNo dogs. No bikes. No music.",
                 "Transcript as follows:\n\nThe river rose. Then it fell."):
        assert all(label != "attributed" for label, _ in _labels(text)), text
