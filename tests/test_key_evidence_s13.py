"""The practice key's evidence names what each word does (s12 walk #9). Each test fails on the
key before s13."""

from toolkit.keys import load_key


def test_everyone_knows_is_a_stance_word_not_a_loaded_word():
    """ "Everyone knows" carries no feeling: it vouches for the claim by saying all readers agree
    (a booster, an "extreme case" phrase), the kind lesson 2 calls a stance word. The tool itself
    marks "Everyone" as a stance word."""
    ks = load_key("other-side").get(3)
    kinds = {ev.text: ev.kind for ev in ks.evidence}
    assert kinds["Everyone knows"] == "stance"
    assert kinds["heartless"] == "loaded"
    assert ks.label == "opinion" and "all readers agree" in ks.reason


def test_move_alone_is_never_shown_as_a_loaded_word():
    """The headline's optional piece was "Move" alone, shown as "[O] loaded word: “Move”". It is
    now the phrase "Brilliant Move": the views list the phrase, and the spot question still lets a
    student click "Move" without losing credit, saying it is part of the phrase."""
    import re

    from toolkit.quiz import load_quiz
    from toolkit.quiz.feedback import evidence_list
    from toolkit.quiz.grading import grade, target_words, word_tokens

    ks = load_key("rewrite").get(1)
    listed = evidence_list(ks)
    assert "\u201cMove\u201d" not in listed and "loaded word: \u201cBrilliant Move\u201d" in listed
    q = load_quiz("03-fact-claim-opinion").get("spot-headline")
    words = [w for _, _, w in word_tokens(q.sentence.text)]
    needed = target_words(q)
    assert [words[i] for i in needed] == ["WATCH", "Brilliant", "Destroy", "Thugs"]
    text = re.sub(r"<[^>]+>", "", grade(q, needed).html)
    assert "also marks \u201cMove\u201d, as part of \u201cBrilliant Move\u201d" in text
    assert grade(q, sorted(needed + [words.index("Move")])).correct is True
