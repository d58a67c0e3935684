"""Says who? for an organisation, and the note after a right answer without the name (s12 walk2
#17, #2). Each row marked "old" fails on the code before s13."""

import html as html_lib
import re

import pytest

from toolkit.keys import KeyEvidence, KeySentence
from toolkit.quiz import load_quiz
from toolkit.quiz.types.says_who import check_says_who, says_who_html
from toolkit.sources import match_source

WIRE = ("The Northern Wire Service", ("the NWS", "Northern Wire"))
WIRE_KS = KeySentence(1, "Roads are shut, the NWS says.", "attributed", source=WIRE[0],
                      source_aliases=WIRE[1], evidence=(KeyEvidence("the NWS", "speaker"),))
PERSON_KS = KeySentence(1, "Okafor said the road is shut.", "attributed",
                        source="Lakemont Police Chief Dana Okafor",
                        source_aliases=("the Lakemont police chief",),
                        evidence=(KeyEvidence("Okafor", "speaker"),))


def _text(v):
    return html_lib.unescape(re.sub(r"<[^>]+>", "", says_who_html(v)))


class _Q:
    """The least of a quiz question check_says_who reads: .sentence.key."""

    def __init__(self, ks):
        self.sentence = type("S", (), {"key": ks})()


@pytest.mark.parametrize("answer", ["the Northern Wire Service reporter", "NWS reporters",
                                    "Northern Wire staff"])
def test_someone_from_the_organisation_is_right_with_a_note(answer):  # old: "is not who"
    v = check_says_who(_Q(WIRE_KS), answer)
    assert v.correct is True and v.summary == "someone from it"
    assert "names the organisation itself, \u201cthe NWS\u201d" in _text(v)


@pytest.mark.parametrize("answer", ["Wire", "northern", "Service"])
def test_part_of_an_organisations_name_gets_a_nudge(answer):  # old: "is not who"
    v = check_says_who(_Q(WIRE_KS), answer)
    text = _text(v)
    assert v.correct is False
    assert "part of the name, but not all of it" in text and "is not who" not in text


@pytest.mark.parametrize("answer", ["Reuters", "NWS Okafor", "of", "Okafor reporter"])
def test_other_names_stay_a_plain_no_for_an_organisation(answer):  # guard
    v = check_says_who(_Q(WIRE_KS), answer)
    assert v.correct is False and "is not who" in _text(v)


def test_a_person_with_a_role_noun_after_is_not_someone_from_it():  # guard
    assert match_source("Okafor reporter", PERSON_KS.source, PERSON_KS.source_aliases) is None


def test_a_job_that_names_one_person_is_right_and_gets_the_name():  # old: no note
    v = check_says_who(_Q(PERSON_KS), "Lakemont police chief")
    assert v.correct is True
    assert "This sentence also gives the name: \u201cOkafor\u201d." in _text(v)
    # with the name there is no note
    assert "also gives the name" not in _text(check_says_who(_Q(PERSON_KS), "Chief Okafor"))


def test_a_job_without_the_place_gets_the_nudge_that_says_why():  # old: reason missing
    text = _text(check_says_who(_Q(PERSON_KS), "the police chief"))
    assert "not enough to tell who" in text and "Type the last name too" in text


def test_the_seed_quiz_items_the_walker_typed():
    quiz = load_quiz("02-says-who")
    ap, chief = quiz.get("who-staggering"), quiz.get("who-chilling-effect")
    assert check_says_who(ap, "the Associated Press reporter").correct is True  # old
    for part in ("Press", "Associated"):  # old
        assert "part of the name" in _text(check_says_who(ap, part))
    right = check_says_who(chief, "Houston police chief")
    assert right.correct is True and "gives the name: \u201cAcevedo\u201d" in _text(right)  # old
    for wrong in ("Acevedo, Trump", "he"):  # guard: still wrong, still "is not who"
        v = check_says_who(chief, wrong)
        assert v.correct is False and "is not who" in _text(v)


def test_a_or_an_before_the_organisation_and_a_two_word_role():  # s13 walk #28: old "is not who"
    quiz = load_quiz("02-says-who")
    ap = quiz.get("who-staggering")
    for answer in ("an AP reporter", "an Associated Press reporter", "the AP news agency"):
        v = check_says_who(ap, answer)
        assert v.correct is True and v.summary == "someone from it", answer
    assert check_says_who(ap, "an Okafor").correct is False  # guard
