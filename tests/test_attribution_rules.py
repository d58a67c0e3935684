"""Rule families added for real articles (issue 11), each checked on sentences written for the test."""

import pytest

from toolkit.articles import article_from_text
from toolkit.attribution import find_attribution, quote_spans, speaker_label
from toolkit.labels import label_sentences


def labels_of(text):
    return [(s.label, s.source) for s in label_sentences(article_from_text(text))]


CUES = [  # (sentence, expected source or None)
    ("The audit found that the fund lost money.", "The audit"),
    ("Court documents show that the fence was never built.", "Court documents"),
    ("Investigators now believe the fire started in the kitchen.", "Investigators"),
    ("The mayor praised the volunteers for their work.", "The mayor"),
    ("Critics have long said the tax is unfair.", "Critics"),
    ("The senator took aim at the new rules on Tuesday.", "The senator"),
    ("The coach referred to him as the best player in years.", "The coach"),
    ("Rep. Dana Holt (D-Ore.) said the bill would pass.", "Rep. Dana Holt"),
    ("''We are not done,'' said Lena Ortiz, the union's president.", "Lena Ortiz"),
    ("The governor toured the dam and said repairs would start soon.", "The governor"),
    ("Her aides said she would travel to the coast.", "Her aides"),
    ("Priya wrote most of the robot's code.", None),
    ("The city added two buses to the route.", None),
    ("Police found a knife in the car.", None),
    ("I think the plan will work.", None),
    ("The team continued the work after dark.", None),
]


@pytest.mark.parametrize("text,source", CUES)
def test_reporting_cues_and_their_sources(text, source):
    att = find_attribution(text)
    if source is None:
        assert att is None, att
    else:
        assert att is not None and att.source == source, att


LABELS = [  # (line, expected speaker or None)
    ("Ana Ruiz: We will rebuild the bridge.", "Ana Ruiz"),
    ("HOLT: Well, that is not what I said.", "HOLT"),
    ("Related: The bridge reopens next week", None),
    ("BREAKING: The bridge reopens", None),
    ("Update: more rain is expected", None),
]


@pytest.mark.parametrize("text,speaker", LABELS)
def test_name_colon_lines(text, speaker):
    got = speaker_label(text)
    assert (got.source if got else None) == speaker


def test_a_transcript_paragraph_belongs_to_its_speaker():
    got = labels_of("Debate night\n\nHOLT: Well, look. The plan is sound. It will work.\n\nThe crowd cheered.")
    assert got[1:4] == [("attributed", "HOLT")] * 3
    assert got[4][0] != "attributed"


def test_a_statement_after_a_colon_runs_into_the_next_paragraph():
    text = ("Council backs plan\n\nThe mayor's office said in a statement:\n\n"
            "The plan is sound. Work starts in May.\n\nRain fell all week.")
    got = labels_of(text)
    assert [g[0] for g in got[1:4]] == ["attributed"] * 3
    assert got[4][0] == "claim"


def test_a_quote_whose_speaker_comes_later_is_theirs_from_the_start():
    got = labels_of('Town news\n\n"We tried. We failed. We will try again," Coach Lena Ortiz said.')
    assert got[1:] == [("attributed", "Coach Lena Ortiz")] * 3


def test_a_new_paragraph_that_goes_on_quoting_keeps_the_speaker():
    text = ('Town news\n\n"We tried hard," Coach Lena Ortiz said.\n\n'
            '"Next year we will be ready. The players know it."\n\nThe season ends in May.')
    got = labels_of(text)
    assert got[2:4] == [("attributed", "Coach Lena Ortiz")] * 2
    assert got[4][0] == "claim"


def test_a_quote_with_no_speaker_anywhere_stays_unattributed():
    got = labels_of('Town news\n\n"We tried. We failed." The season ended in May.')
    assert [g[0] for g in got[1:]] == ["claim", "claim", "claim"]


@pytest.mark.parametrize("text,speaker", [
    # someone named after the last speaker is the nearest fitting person
    ("Town news\n\nLee Park said the plan works. Ana Ruiz, the treasurer, disagreed with the plan. "
     "She said the money is not there.", "Ana Ruiz"),
    # nobody new named: the pronoun means the last speaker
    ("Town news\n\nLee Park said the plan works. The council met on Monday. He said it would pass.",
     "Lee Park"),
])
def test_a_pronoun_speaker_is_the_nearest_fitting_person(text, speaker):
    assert labels_of(text)[-1] == ("attributed", speaker)


RELATIVE_CLAUSES = [  # (sentence, source, the cue a student is shown)
    # (s12, s11 walk #19) a short clause with no comma stays with the role it tells apart
    ("A city official who asked not to be named said the roof still leaks.",
     "A city official who asked not to be named", "said"),
    ("A parent who did not want to be named said the plan is bad.", "A parent who did not want to be named", "said"),
    ("The mayor, who asked for calm, said the roof leaks.", "The mayor", "said"),
    ("A man who told police he was lost said he was cold.", "A man who told police he was lost", "said"),
    ("People who live near the river say the water is bad.", "People who live near the river", "say"),
    ("McConnell, who in 2010 said he would fight, lost the vote.", "McConnell", "said"),
]


@pytest.mark.parametrize("text,source,cue", RELATIVE_CLAUSES)
def test_the_verb_of_saying_after_a_relative_clause_is_the_cue(text, source, cue):
    """The reason names the word the speaker says with, not a verb inside 'who asked ...'."""
    att = find_attribution(text)
    assert att is not None and (att.source, att.cue) == (source, cue), att
    reason = label_sentences(article_from_text(text))[0].reason
    assert f"“{cue}”" in reason, reason


LOST_CLOSING_MARK = [  # a quotation never closed, its speaker and cue at the end (issue 14)
    ('"The bridge is safe for now  but not for long  Engineer Rosa Platt said.', "Engineer Rosa Platt"),
    ('"We ran out of seed by noon, market manager Ed Fong said on Saturday.', "Ed Fong"),
    ('"We lost power twice  and the pumps failed  Owen Hale, the plant manager, said in an interview.',
     "Owen Hale"),
    # the speaker's words stay quoted when the cue is inside them, or when more follows the cue
    ('"We waited, the neighbours said nothing.', None),
    ('"Our coach said we would win, and we did.', None),
]


@pytest.mark.parametrize("text,source", LOST_CLOSING_MARK)
def test_a_quotation_whose_closing_mark_was_lost_keeps_its_speaker(text, source):
    att = find_attribution(text)
    if source is None:
        assert att is None or att.source != "the neighbours", att
    else:
        assert att is not None and att.source.endswith(source), att
        quote = next(e for e in att.evidence if e.kind == "quote")
        assert quote.end <= text.index(source.split()[-1]), att.evidence


def test_a_quotation_whose_closing_mark_was_lost_carries_on():
    text = ('Storm news\n\n"The wind took the roof  Mayor Lee Park said. Nobody was hurt  thank goodness. '
            'We will rebuild."')
    assert labels_of(text)[1:] == [("attributed", "Mayor Lee Park")] * 3


def test_a_sentence_that_opens_with_a_quote_mark_opens_a_quotation():
    # a quotation left open by an earlier sentence does not turn this mark into a closing one
    assert quote_spans('"We will win.', open_at_start=True) == ([(0, 13)], True)
    assert quote_spans('"We will win," she said.', open_at_start=True) == ([(0, 14)], False)
    assert quote_spans('" and so on.', open_at_start=True) == ([(0, 1)], False)
