"""Says who? typed answers: the right name followed by its reporting words is the right source
(s10 walkthrough #18: "Acevedo says" was "not who this sentence names as its source", and "the
associated press says" got a wrong "check the spelling" note). A wrong name stays wrong."""

from __future__ import annotations

import pytest

from toolkit.keys import KeySentence
from toolkit.quiz.types.says_who import says_who_html, source_verdict

KS = KeySentence(1, "x", "attributed", source="Lena Marsh", source_aliases=("the harbor master",))
AGENCY = KeySentence(2, "x", "attributed", source="The Northern Wire")


@pytest.mark.parametrize("answer, key", [
    ("Marsh says", KS), ("Lena Marsh said", KS), ("marsh told reporters", KS),
    ("the harbor master says", KS), ("the northern wire says", AGENCY),
    ("the Northern Wire reported", AGENCY), ("the northern wire reports", AGENCY),
])
def test_the_name_with_its_reporting_words_is_right(answer, key):
    v = source_verdict(answer, key)
    assert v.correct is True and v.summary == "with reporting word"


@pytest.mark.parametrize("answer", ["Ortiz says", "says", "the reporter said", "wire says"])
def test_a_wrong_name_with_reporting_words_stays_wrong(answer):
    assert source_verdict(answer, KS).correct is not True


def test_the_feedback_names_the_reporting_word_and_has_no_spelling_note():
    from toolkit.quiz.types.says_who import SaysWhoVerdict

    v = source_verdict("the northern wire says", AGENCY)
    html = says_who_html(SaysWhoVerdict(v.correct, v.score, v.summary, answer="x", key=AGENCY))
    assert "The Northern Wire" in html and "check the spelling" not in html
    assert "reporting words" in html
