"""Rules added in session 5 of issue 11 from the PolNeAR train misses (checked on dev).

Every sentence here is written for the test (none is taken from a corpus or the seeds).
"""

import pytest

from toolkit.articles import article_from_text
from toolkit.attribution import find_attribution, quote_spans
from toolkit.labels import label_sentences

SUBJECTS = [  # (sentence, expected source or None)
    # a role noun with what tells it apart after it
    ("A spokesman for the bakery said the ovens were fixed.", "A spokesman for the bakery"),
    ("People briefed on the talks said that a deal was close.", "People briefed on the talks"),
    ("The pool will open late, a source close to the board said.", "a source close to the board"),
    ("Another official familiar with the plan said, “We are ready.”",
     "Another official familiar with the plan"),
    ("Several residents of the block said the lights were out for a week.",
     "Several residents of the block"),
    ("Aides to the governor say she will sign the bill.", "Aides to the governor"),
    # words between the subject and its verb
    ("Lee however said the fair would go on.", "Lee"),
    ("Ruiz herself said Monday that the fee was too high.", "Ruiz"),
    ("Rep. Ana Ruiz (D-Ore.) last week said the dam was safe.", "Rep. Ana Ruiz"),
    # after a quotation, any noun phrase after an inverted verb of saying
    ("“We never gave up,” said the 16-year-old.", "the 16-year-old"),
    ("“It was a long night,” said one nurse with the county clinic.", "one nurse with the county clinic"),
    ("“It is odd,“ said Jo Park, a teacher.", "Jo Park"),  # a typed “ that closes the quotation
    # not reporting: the role noun is not the subject of the verb
    ("The number of people in the park said little about the weather.", None),
    ("The coach of the team read the report and then left.", None),
]


@pytest.mark.parametrize("text,source", SUBJECTS)
def test_session5_subjects(text, source):
    att = find_attribution(text)
    if source is None:
        assert att is None, att
    else:
        assert att is not None and att.source == source, att


def test_typed_open_quote_closes_after_punctuation():
    assert quote_spans("“It is odd,“ said Jo.") == ([(0, 12)], False)
    assert quote_spans("“A “word” here.”")[1] is False  # a nested open quote is not a close


@pytest.mark.parametrize("text", [
    "Like his father, he was a farmer.",
    "Like most towns, Lakemont has a pool.",
    "Like a family friend, Ruiz said the loss was hard.",
])
def test_like_that_compares_is_not_an_order(text):
    labels = [s.label for s in label_sentences(article_from_text(text))]
    assert "call_to_action" not in labels


@pytest.mark.parametrize("text", ["Like this post if you agree.", "Like us today, share the story."])
def test_like_as_an_order_stays(text):
    assert [s.label for s in label_sentences(article_from_text(text))] == ["call_to_action"]


def test_quotation_before_a_speaker_first_sentence_is_theirs():
    sents = label_sentences(article_from_text(
        "“Why should we wait?” Ana Ruiz asked, turning to the crowd. The vote is Monday."))
    assert [(s.label, s.source) for s in sents] == [
        ("attributed", "Ana Ruiz"), ("attributed", "Ana Ruiz"), ("claim", None)]
    # a sentence that goes on with what was said is not a credit for the quotation before it
    sents = label_sentences(article_from_text("“Why now?” The mayor said the plan was ready."))
    assert sents[0].label != "attributed"
