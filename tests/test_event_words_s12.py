"""Words that name an event are not judging words (session 12, issue 11, s12 walk #31).

VADER rates how an event feels ("lose" -1.7), so words that only say something happened (someone
loses, dies, is hurt or rescued; a crash, a funeral, an award) were in evaluative.txt and gave a
plain news sentence the look-twice hint "it has a judging word". They now have the kind `event`
in evaluative.txt, set apart with a reason in toolkit/data/wordlists/evaluative_left_out.txt: the
opinion rules do not read them, compare still reads their rating. Every sentence here is written for
the test (none from a corpus or the seeds).
"""

import sys
from pathlib import Path

import pytest

from toolkit.analysis import analyze
from toolkit.wordlists import load_lines
from toolkit.yourturn import look_twice, look_twice_html, sample_answers

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))


def _judging_words(text):
    """The judging words (loaded or mild) the toolkit finds in a one-sentence text."""
    s = analyze(text, readability=False).sentences[0]
    return [text[e.start:e.end].lower() for e in s.evidence if e.kind in ("loaded", "mild")]


PLAIN_EVENTS = [
    "Children who lose their library cards can get new ones at the front desk.",
    "The club is losing two coaches to a school across town.",
    "A cyclist was hurt when a branch fell on the path.",
    "Two swimmers drowned off the north beach last summer.",
    "A crash on the ring road closed one lane for an hour.",
    "The singer was jailed for a week in 2009.",
    "Volunteers rescued a cat from the storm drain.",
    "The hail damaged the roofs of twelve barns.",
    "Her grandmother's funeral is on Friday.",
    "The spelling bee winners each get a dictionary.",
    "The motion was defeated by three votes.",
    "The old pier may collapse if the repairs wait another year.",
]


@pytest.mark.parametrize("text", PLAIN_EVENTS)
def test_a_word_naming_an_event_is_not_a_judging_word(text):
    assert _judging_words(text) == [], text
    a = analyze(text, readability=False)
    assert a.sentences[0].label == "claim", (text, a.sentences[0].label)
    assert "may judge" not in str(look_twice_html(a)), text


def test_two_event_words_do_not_make_an_opinion():
    # two mild words made a sentence opinion; an award and a funeral judge nothing
    for text in ("The poet was awarded a prize for her third book.",
                 "About 200 mourners came to the funeral on Sunday."):
        assert analyze(text, readability=False).sentences[0].label == "claim", text


def test_the_story_hint_points_at_the_real_opinion():
    story = ("The town council voted 4-1 to close the east pool in June. "
             "The council made a foolish decision. "
             "Children who lose their swim lessons may need a ride to the west pool.")
    a = analyze(story, readability=False)
    flagged = [s.text for s, _ in look_twice(a)]
    # the real opinion is labelled opinion (since ux's a97452b a judging phrase is not a
    # "one word" close call, so look twice need not list it); "lose" is no hint at all
    foolish = next(s for s in a.sentences if "foolish" in s.text)
    assert foolish.label == "opinion" and any(e.text == "foolish decision" for e in foolish.evidence)
    assert not any("lose" in t for t in flagged), flagged
    assert "\u201close\u201d" not in sample_answers(a)["tool-wrong"]


# real judging words still count: loaded ones make opinion, mild ones still get the hint
@pytest.mark.parametrize("text,word", [
    ("The council held a shameful vote.", "shameful"),
    ("The plan is a disaster.", "disaster"),
    ("The greedy landlord raised the rent in June.", "greedy"),
])
def test_loaded_judging_words_still_make_opinion(text, word):
    assert analyze(text, readability=False).sentences[0].label == "opinion", text
    assert word in _judging_words(text)


@pytest.mark.parametrize("text,word", [
    ("The council passed a careless budget on Monday.", "careless"),
    ("The board chose a generous plan for teachers.", "generous"),
])
def test_mild_judging_words_still_get_the_hint(text, word):
    html = look_twice_html(analyze(text, readability=False))
    assert "may judge" in html and word in html, html


def _kinds():
    return {line.split("\t")[0]: line.split("\t")[1] for line in load_lines("evaluative")}


def test_verdict_forms_of_the_same_events_stay_judging_words():
    # the list sets apart the forms that name the event, not the ones that judge a person or act
    kinds = _kinds()
    assert all(kinds[w] in ("loaded", "mild") for w in
               ("loser", "losers", "killer", "hurtful", "painful", "failure")), kinds
    assert all(kinds[w] == "event" for w in ("lose", "losing", "die", "hurt", "crash", "funeral",
                                             "winner")), kinds


def test_event_words_keep_their_rating_for_compare():
    # compare reads what happened: a loss turned into a win is a changed fact, not a new opinion
    from toolkit.comparison import _ratings
    assert _ratings()["lose"] < 0 < _ratings()["winner"]


def test_left_out_words_are_data_with_a_reason():
    rows = [line.split("\t") for line in load_lines("evaluative_left_out")]
    assert rows and all(len(r) == 3 and r[1] in ("out", "event") and r[2].strip() for r in rows), rows
    kinds = _kinds()
    assert not {w for w, what, _ in rows if what == "out"} & set(kinds)
    assert all(kinds.get(w, "event") == "event" for w, what, _ in rows if what == "event")
    from derive_opinion_lexicon import left_out
    assert left_out() == {w: what for w, what, _ in rows}
    assert left_out()["please"] == "out" and left_out()["lose"] == "event"
