"""Rules added in round 3 of issue 11 from the PolNeAR train counts and dev misses.

Every sentence here is written for the test (none is taken from a corpus or the seeds).
"""

import pytest

from toolkit.articles import article_from_text
from toolkit.attribution import find_attribution
from toolkit.labels import label_sentences


def labels_of(text):
    return [(s.label, s.source) for s in label_sentences(article_from_text(text))]


CUES = [  # (sentence, expected source or None)
    # verbs from the PolNeAR train counts (reporting_verbs.txt, round 3)
    ("The mayor cited the cost of the new bridge as a reason to wait.", "The mayor"),
    ("Jo Park described the flood as the worst in a decade.", "Jo Park"),
    ("The principal called the new rule a mistake.", "The principal"),
    ("The union expressed doubts about the plan.", "The union"),
    ("Officials dismissed the report as guesswork.", "Officials"),
    ("The governor blamed the delay on the weather.", "The governor"),
    ("Ana Ruiz likened the budget to a leaky bucket.", "Ana Ruiz"),
    # source heads from the PolNeAR train counts (role_nouns.txt, round 3)
    ("The clip says the school closed early.", "The clip"),
    ("The narrator asks why the road was never fixed.", "The narrator"),
]


@pytest.mark.parametrize("text,source", CUES)
def test_round3_cues_and_sources(text, source):
    att = find_attribution(text)
    if source is None:
        assert att is None, att
    else:
        assert att is not None and att.source == source, att
