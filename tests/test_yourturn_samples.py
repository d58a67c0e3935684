"""Lesson 6's "look twice" close calls and sample answers agree with what lessons 2-3 teach."""

from toolkit import analyze
from toolkit.articlebox import practice_text
from toolkit.yourturn import look_twice, sample_answers


def test_must_alone_is_opinion_not_a_close_call():
    # Lessons 2-3: a writer telling someone what they must do is opinion, so "must" alone is not
    # a case where the tool might be wrong (the walkthrough found the sample saying it was).
    a = analyze("Town Library Plan\n\nThe city must spend more money on its libraries. "
                "The mayor said the library will stay open.")
    must = [s for s in a.sentences if "must" in s.text]
    assert must and must[0].label == "opinion"
    assert all(s.text != must[0].text for s, _why in look_twice(a))


def test_anonymous_source_is_the_practice_close_call():
    a = analyze(practice_text())
    calls = look_twice(a)
    assert any(why == "no name" and "not to be named" in s.text for s, why in calls)
    sample = sample_answers(a)["tool-wrong"]
    assert "not to be named" in sample and "no name" in sample
    assert "must" not in sample
