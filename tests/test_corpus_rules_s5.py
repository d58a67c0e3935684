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


STEP2 = [  # (sentence, expected source or None)
    # "As X put it": the speaker chose these words
    ("As one parent put it, the new bus route is “a maze.”", "one parent"),
    ("The fee, as the treasurer put it, is “a small price.”", "the treasurer"),
    ("He put it on the shelf as a gift.", None),
    # a noun that carries someone's words, owned by a name or a role
    ("Ruiz's claim that the pool was safe drew questions.", "Ruiz"),
    ("The council's warning that fees will rise reached every home.", "The council"),
    ("Monday's announcement that the pool would close upset parents.", None),
    ("A claim that the pool was safe went around town.", None),
    # a poll named well enough to look up
    ("In a Lakemont Courier poll released Monday, 40 percent chose the park.",
     "a Lakemont Courier poll released Monday"),
    ("The mayor led by six points in the latest Valley News poll.", "the latest Valley News poll"),
    ("The mayor has a lead in the polls.", None),  # names no poll
    ("Voters in the District of Fairview head to the polls on Monday.", None),
]


@pytest.mark.parametrize("text,source", STEP2)
def test_session5_step2(text, source):
    att = find_attribution(text)
    if source is None:
        assert att is None, att
    else:
        assert att is not None and att.source == source, att


def test_a_judged_claim_stays_the_writers_opinion():
    # the writer judges the claim: opinion, though the claim is Ruiz's
    sents = label_sentences(article_from_text("Ruiz's claim that the pool was safe is absurd and dishonest."))
    assert sents[0].label == "opinion"


def test_role_with_possessive_keeps_the_whole_noun_phrase():
    att = find_attribution("The pool will cost $4 million, the city's budget director said.")
    assert att.source == "the city's budget director"


@pytest.mark.parametrize("text,label", [
    ("That was the best idea the council has had in years.", "opinion"),
    ("It is the greatest mistake the board has made.", "opinion"),
    ("It is the worst idea the council has had in years.", "opinion"),  # good and bad alike
    ("She is best known for her songs.", "claim"),
    ("The team is the best in the league.", "claim"),  # a ranking
    ("Riders were at greatest risk near the bridge.", "claim"),
])
def test_judging_superlatives(text, label):
    assert label_sentences(article_from_text(text))[0].label == label


@pytest.mark.parametrize("text,source", [
    # a finding verb that ends the sentence after a comma frames all of it
    ("Bus use doubled in two years, the Lakemont Transit Survey found.", "the Lakemont Transit Survey"),
    ("Rents rose faster than wages in every ward, Ana Ruiz found.", "Ana Ruiz"),
    ("After the storm, Ruiz found a dog in the shed.", None),  # finding a thing is not reporting
])
def test_sentence_final_finding(text, source):
    att = find_attribution(text)
    if source is None:
        assert att is None, att
    else:
        assert att is not None and att.source == source, att


@pytest.mark.parametrize("text", ["The hard-right council members blocked the vote.",
                                  "The hard-left council members blocked the vote.",
                                  "Right-wingers on the board want the pool closed.",
                                  "Lefties on the board want the pool closed.",
                                  "The mayor's delusional plan will sink the town."])
def test_new_loaded_words_mark_opinion(text):
    assert label_sentences(article_from_text(text))[0].label == "opinion"
