"""What s10's review found wrong in the session's own new rules, as invented rows (no seed words).

#2: compare left both sentences' speakers out of the "two names in the opposite order" check, so
a speaker who changes places with the one spoken about was only "reworded".
#3: the "group of readers told what to do by a deadline" call to action took sentences that
report someone else's order ("..., the fire chief said") away from attribution.
#5: that rule read a place ("at Lincoln Middle School") as a deadline.
"""

from __future__ import annotations

import pytest

from toolkit.articles import article_from_text
from toolkit.comparison import compare
from toolkit.labels import label_sentences


@pytest.mark.parametrize("original, rewrite", [
    ("Jones said Smith punched him outside the bar.", "Smith said Jones punched him outside the bar."),
    ("Senator Brown said Governor Hale misled voters about the budget.",
     "Governor Hale said Senator Brown misled voters about the budget."),
    ("Democrats blamed Republicans for the shutdown.", "Republicans blamed Democrats for the shutdown."),
    ("Republicans blamed Democrats for the shutdown.", "Democrats blamed Republicans for the shutdown."),
])
def test_a_speaker_who_swaps_places_with_the_one_spoken_about_is_a_changed_fact(original, rewrite):
    pair = compare("Story\n\n" + original, "Story\n\n" + rewrite).pairs[-1]
    assert pair.kind == "changed", (pair.kind, pair.flags)


def test_a_speaker_who_stays_the_speaker_may_move():
    pair = compare("Story\n\nMayor Ruiz said the bridge reopens in May.",
                   "Story\n\nThe bridge reopens in May, Mayor Ruiz told reporters.").pairs[-1]
    assert pair.kind == "reworded", (pair.kind, pair.flags)


def _label(sentence: str) -> str:
    return label_sentences(article_from_text("Headline here\n\n" + sentence))[-1].label


@pytest.mark.parametrize("sentence", [
    "Residents must leave their homes by 5 p.m., the fire chief said.",
    "Residents must evacuate by Tuesday, according to the county.",
    "Parents should send the signed form before May 3, the principal wrote in a letter.",
])
def test_a_reported_order_with_a_deadline_stays_attributed(sentence):
    assert _label(sentence) == "attributed"


@pytest.mark.parametrize("sentence, label", [
    ("Residents must sign up by Friday.", "call_to_action"),
    ("Parents should return the forms before May 3.", "call_to_action"),
    ("Residents must register by the end of the month.", "call_to_action"),
    ("Students must wear uniforms at Lincoln Middle School.", "opinion"),  # a place, not a deadline
])
def test_a_deadline_is_a_day_a_date_or_a_time(sentence, label):
    assert _label(sentence) == label
