"""Attribution rules added in session 10 (issue 11: recall on real articles).

Every sentence here is written for the test (none is taken from a corpus or the seeds).
"""

import pytest

from toolkit.attribution import find_attribution


# --- a noun that ends in "-ly" is not an adverb to skip ("a lawyer for the family said") -------

@pytest.mark.parametrize("text,source", [
    ("A lawyer for the family said the school was closed.", "A lawyer for the family"),
    ("The lawyer for the family said the school was closed.", "The lawyer for the family"),
    ("The family said the school was closed.", "The family"),
    ("Her family said the school was closed.", "Her family"),
    ("The state assembly said the school was closed.", "The state assembly"),
    ("A close ally said the school was closed.", "A close ally"),
    ("The school was closed, a lawyer for the family said.", "a lawyer for the family"),
])
def test_a_noun_ending_in_ly_is_part_of_the_speaker(text, source):
    att = find_attribution(text)
    assert att is not None and att.source == source, (text, att and att.source)


# the rule must NOT fire: an adverb before the verb is still skipped
@pytest.mark.parametrize("text,source", [
    ("Ana Ruiz quickly said the school was closed.", "Ana Ruiz"),
    ("The mayor later publicly said the school was closed.", "The mayor"),
    ("Officials, visibly tired, said the school was closed.", "Officials"),
])
def test_an_adverb_before_the_verb_is_still_skipped(text, source):
    att = find_attribution(text)
    assert att is not None and att.source == source, (text, att and att.source)
