"""Session 7 opinion rules for issue 11, on sentences written for the test; each case marked
"old" below got another label from the code before the rule."""

import pytest

from toolkit.articles import article_from_text
from toolkit.labels import label_sentences

CASES = [  # (sentence, expected label, an evidence kind that must be there or None)
    # words that only look like superlatives: "at least four", "the protest", "most because" (old: opinion)
    ("At least four people were hurt in the protest.", "claim", None),
    ("The contest drew a large crowd, and the request was granted.", "claim", None),
    ("Riders in the Midwest were affected most because the fares rose.", "claim", None),
    ("The priest and the guest spoke at the harvest fair.", "claim", None),
    # ... real superlatives still count
    ("It was the weakest team in the league, and the most radical plan.", "opinion", "superlative"),
    # ... even ending in "west" (old, s7 review 6b: none)
    ("It was the slowest train, and it had the fewest riders.", "opinion", "superlative"),
    # comment adverbs and judging amplifiers: the writer's own stance (old: claim)
    ("The report is evidently wrong.", "opinion", "stance"),
    ("Frankly, the new stadium is a waste.", "opinion", "stance"),
    ("The council was grossly unfair to the bakers.", "opinion", "stance"),
    ("The board's answer was, predictably, a failure.", "opinion", "stance"),
    # ... alone they are a mild sign, not enough
    ("The mayor was wholly unprepared for the storm.", "claim", "stance"),
    # a whole political side as one actor: the subject or owner (old: claim)
    ("The left wants the park closed.", "opinion", "loaded"),
    ("The Right doesn't care about the farmers.", "opinion", "loaded"),
    ("The far right's crusade against the dam failed.", "opinion", "loaded"),
    # ... not a place, a direction, a right or a mention
    ("The party has shifted to the right since 2010.", "claim", None),
    ("On the left is the old mill.", "claim", None),
    ("Voters have the right to a secret ballot.", "claim", None),
    ("The left side of the bridge is closed.", "claim", None),
    # ... nor a right or a lane before an auxiliary (old, s7 review 3: opinion)
    ("The right was guaranteed by the constitution in 1868.", "claim", None),
    # (s13: "Judges have ruled that ..." is now a report, a ruling; the row keeps "the right"
    # before an auxiliary with no cue)
    ("In most states the right has limits.", "claim", None),
    ("The left was blocked after the crash, so drivers used the shoulder.", "claim", None),
    ("The right can be suspended in an emergency.", "claim", None),
    # ... after a modifier an auxiliary is enough
    ("The far right is angry about the dam.", "opinion", "loaded"),
    # words BABE's annotators mark as biased, mild: two are enough (old: claim)
    ("Leftist professors ran a smear campaign against the mayor.", "opinion", "mild"),
    ("The right-wing crowd at the board meeting was a mob.", "opinion", "mild"),
    ("The speech was a bizarre rant from start to end.", "opinion", "mild"),
    # ... one alone is not
    ("The speech was a bizarre one.", "claim", "mild"),
    # ... and "circus", "cult", "hoax", "mob" judge only when the writer calls something that
    # (old, s7 review 6: opinion; the old row wanted evidence on a real circus: that was wrong)
    ("The circus came to town on Friday.", "claim", None),
    ("The cult leader never appeared in court.", "claim", None),
    ("The circus left town, and nothing was left behind.", "claim", None),
    ("The hoax call sent police to the school, which was actually empty.", "claim", None),
    ("The hearing was a circus, and nothing was settled.", "opinion", "mild"),
    ("The group acts like a cult and never answers questions.", "opinion", "mild"),
    # a modal inside an indirect question, or a requirement that would not apply (old: opinion)
    ("Voters will decide in May whether the park should close.", "claim", None),
    ("Under the new rule, small firms would not have to pay the fee.", "claim", None),
    # ... the writer's own prescription still counts
    ("The city should fix the road before winter.", "opinion", "modal"),
    ("Whether we like it or not, the city must act.", "opinion", "modal"),
    # "so-called" before quotation marks names a term: mild (old: opinion); without them it sneers
    ("The state passed the so-called “red flag” law in March.", "claim", "mild"),
    ("The so-called experts on the board were wrong again.", "opinion", "loaded"),
    # the writer's asides to the reader, set off by punctuation (old: claim)
    ("After all, the plan was a failure.", "opinion", "stance"),
    ("To be sure, the new park is lovely.", "opinion", "stance"),
    # ... not the same words inside a clause
    ("The count ended after all the votes were in.", "claim", None),
    ("She wanted to be sure the door was shut.", "claim", None),
    # ... nor a purpose before a comma (old, s7 review 6: opinion)
    ("She checked the lock twice to be sure, but nothing was missing.", "claim", None),
    ("The park is, to be sure, lovely.", "opinion", "stance"),
    ("The ferry was, to be sure, on time.", "claim", "stance"),
]


@pytest.mark.parametrize("text,label,kind", CASES)
def test_session7_rules(text, label, kind):
    (s,) = label_sentences(article_from_text(text))
    assert s.label == label, (s.label, [(e.text, e.kind) for e in s.evidence])
    if kind:
        assert kind in {e.kind for e in s.evidence}
    assert s.reason


@pytest.mark.parametrize("text", ["The circus came to town on Friday.", "The cult leader never appeared in court.",
                                  "The hoax call sent police to the school.", "Police broke up the mob at the gate."])
def test_plain_circus_cult_hoax_mob_are_no_judging_word(text):
    """s7 review 6: the literal thing is no evidence (the old row that wanted a "mild" sign on a
    real circus was wrong)."""
    (s,) = label_sentences(article_from_text(text))
    assert not [e for e in s.evidence if e.text.lower() in ("circus", "cult", "hoax", "mob")], s.evidence
