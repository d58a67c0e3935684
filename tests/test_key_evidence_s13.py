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
