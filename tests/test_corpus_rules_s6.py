"""Session 6 rules for issue 11 (opinion, calls to action, page furniture), on sentences written
for the test; each failed on the code before the rule."""

import pytest

from toolkit.articles import article_from_text
from toolkit.labels import label_sentences

BODY = "The bridge reopened on Monday after a month of repairs, the city said."

CASES = [  # (sentence, expected label, an evidence kind that must be there or None)
    # a judging predicate: the writer's verdict on a plan or choice
    ("The plan is a bad idea.", "opinion", "loaded"),
    ("The new bus schedule is a great plan.", "opinion", "loaded"),
    ("Moving the market to Sunday was a smart choice.", "opinion", "loaded"),
    ("Closing the pool was a big mistake.", "opinion", "loaded"),
    ("That's a poor decision for the town.", "opinion", "loaded"),
    # ... but not other nouns after the same adjectives, and not inside a quotation
    ("It was a good year for the farmers.", "claim", None),
    ("The storm was a bad one for the coast.", "claim", None),
    ('"The plan is a bad idea," the mayor said.', "attributed", "cue"),
    # an order to the reader with an everyday verb
    ("Buy a cake now!", "call_to_action", "imperative"),
    ("Bring a friend to the fair on Saturday.", "call_to_action", "imperative"),
    ("Pick up your tickets at the front desk.", "call_to_action", "imperative"),
    # ... the same words opening a plain sentence
    ("Order was restored by noon.", "claim", None),
    ("Make Way Ltd. opened a shop on Main Street.", "claim", None),
    # a requirement with an amount is still not a prescription
    ("The club needs to raise about $1,500 for the trip.", "claim", None),
]


@pytest.mark.parametrize("text,label,kind", CASES)
def test_session6_rules(text, label, kind):
    (s,) = label_sentences(article_from_text(text))
    assert s.label == label, (s.label, [(e.text, e.kind) for e in s.evidence])
    if kind:
        assert kind in {e.kind for e in s.evidence}
    assert s.reason


def test_judging_predicate_evidence_is_the_whole_verdict():
    (s,) = label_sentences(article_from_text("The plan is a bad idea."))
    assert [(e.text, e.kind) for e in s.evidence] == [("bad idea", "loaded")]


@pytest.mark.parametrize("line,kind", [
    ("Share this: Facebook Twitter Email", "social links"),
    ("Share via: WhatsApp, Email, Reddit", "social links"),
    ("Related Articles", "related links"),
    ("Related stories: Flood closes the river road", "related links"),
    ("See also: The bridge that nobody wanted", "related links"),
])
def test_more_furniture_lines_are_set_aside(line, kind):
    article = article_from_text(f"Bridge reopens\n\n{line}\n\n{BODY}")
    assert [f.kind for f in article.furniture] == [kind]
    assert all(line not in p.text for p in article.paragraphs)


@pytest.mark.parametrize("line", [
    "Related articles in the paper described the flood.",
    "See also how the council voted last year, she said.",
])
def test_sentences_that_start_like_teasers_stay(line):
    article = article_from_text(f"Bridge reopens\n\n{line}\n\n{BODY}")
    assert not article.furniture


STEP2 = [  # (sentence, expected label, an evidence kind that must be there or None)
    # an adverb before the judging adjective
    ("This is a remarkably bad idea.", "opinion", "loaded"),
    ("Moving the fair was an unusually wise choice.", "opinion", "loaded"),
    # the writer talking to the reader plus one leaning word
    ("If you own a car in this city, you face a huge bill.", "opinion", "reader_address"),
    # ... but "you" alone in a plain statement is not enough
    ("You can see the old mill from the bridge.", "claim", None),
    # contempt words, used against anyone
    ("The pointless hearing ran for six hours.", "opinion", "loaded"),
    ("Grifters sold phony cures at the county fair.", "opinion", "loaded"),
    ("The town demagogue held another rally.", "opinion", "loaded"),
    # a balanced partisan pair
    ("Anti-science lawmakers blocked the clinic.", "opinion", "loaded"),
    ("Anti-American lawmakers blocked the clinic.", "opinion", "loaded"),
]


@pytest.mark.parametrize("text,label,kind", STEP2)
def test_session6_step2_rules(text, label, kind):
    (s,) = label_sentences(article_from_text(text))
    assert s.label == label, (s.label, [(e.text, e.kind) for e in s.evidence])
    if kind:
        assert kind in {e.kind for e in s.evidence}
    assert s.reason


def test_reader_address_reason_says_the_writer_speaks_to_you():
    (s,) = label_sentences(article_from_text("If you own a car in this city, you face a huge bill."))
    assert "speaks to you" in s.reason


# Reviewer's cases (s6, fixop): each failed on the code before the fix.
REVIEW_CASES = [
    # an everyday order verb whose sentence reports someone after a comma: the speaker's words
    ("Keep the change, the driver said.", "attributed"),
    ("Get a flu shot, health officials said on Monday.", "attributed"),
    ("Use the side door, the principal said.", "attributed"),
    ("Take the stairs, officials urged residents.", "attributed"),
    ("Find a way, Ruiz told her students.", "attributed"),
    ("Give it a week, economists say.", "attributed"),
    # "up" is a particle, not the start of an object; "See ... below" points to the page
    ("Pick up trucks sold well this year.", "claim"),
    ("See the full schedule below.", "claim"),
    # a thank-you speaks to the reader as a courtesy, not as a column's voice
    ("Thank you to all the volunteers who helped at the fair.", "claim"),
    ("Thanks to you, the fair raised $900 for the library.", "claim"),
    ("Thanks for your help at the bake sale.", "claim"),
    # "dystopian" also names a genre; "a good deal" and "a bold step" are not verdicts enough
    ("The film is set in a dystopian future where water is scarce.", "claim"),
    ("The trade was a good deal for both teams.", "claim"),
    ("It was a bold step for the company.", "claim"),
    # a possessive "'s" is not a short "is" ("mayor's" + "mistake" would be a verdict after "is")
    ("The referee's mistake rate fell this season.", "claim"),
    # ... and the orders and verdicts the rules are for still count
    ("Buy a cake now!", "call_to_action"),
    ("Bring a friend to the fair.", "call_to_action"),
    ("Bring a friend, and tell them about the fair.", "call_to_action"),
    ("That's a poor decision for the town.", "opinion"),
    ("It's a terrible plan.", "opinion"),
]


@pytest.mark.parametrize("text,label", REVIEW_CASES)
def test_review_fixes(text, label):
    (s,) = label_sentences(article_from_text(text))
    assert s.label == label, (s.label, [(e.text, e.kind) for e in s.evidence])


def test_reader_address_reason_reads_cleanly():
    (s,) = label_sentences(article_from_text("If you own a car in this city, you face a huge bill."))
    # the clue's name as its chip shows it (tests/test_clue_names.py), then the word
    assert "the writer speaks to you (“you”)" in s.reason
    assert "the reader “you”" not in s.reason
