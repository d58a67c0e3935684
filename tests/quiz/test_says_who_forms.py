"""Says who? accepts the forms a student really types for the right source, and nudges a student
who has part of the name (s12 walkthrough #22, #23). Every row fails on the code before."""

import pytest

from toolkit.keys import KeySentence
from toolkit.quiz import load_quiz
from toolkit.quiz.types.says_who import check_says_who, says_who_html
from toolkit.sources import match_source

PERSON = "Lakemont Police Chief Dana Okafor"
WIRE = ("The Northern Wire Service", ("the N.W.S.",))


@pytest.mark.parametrize("answer", [
    "Okafor, the police chief",
    "Dana Okafor (Lakemont)",
    "Okafor (police chief)",
    "Dana Okafor, Lakemont's chief",
])
def test_name_then_its_job_or_place_is_right(answer):
    assert match_source(answer, PERSON) == "with title"


@pytest.mark.parametrize("answer", [
    "Okafor, Lee",            # a second person after the comma
    "Okafor (Channel Five)",  # an outlet that is not the source
    "Lee, the police chief",  # the wrong name before the comma
    "Okafor, the chief of police in the town of Lakemont for years",  # too long to be a label
    "Okafor, lee",            # s12 review #2: a second name typed in lower case
    "Okafor (ana ruiz)",
])
def test_name_then_other_names_or_a_long_tail_is_not(answer):
    assert match_source(answer, PERSON) is None


@pytest.mark.parametrize("answer", ["N.W.S.", "the N. W. S.", "N.W.S", "nws"])
def test_dotted_initials_fold_to_one_word(answer):
    assert match_source(answer, *WIRE) == "exact"


def test_the_seed_quiz_takes_the_walkthroughs_answers():
    quiz = load_quiz("02-says-who")
    for item, answer in [("who-chilling-effect", "Acevedo, the police chief"),
                         ("who-chilling-effect", "Art Acevedo (Houston)"),
                         ("who-staggering", "A.P."), ("who-staggering", "the A. P.")]:
        assert check_says_who(quiz.get(item), answer).correct, (item, answer)


@pytest.mark.parametrize("answer", ["the police chief", "Dana", "chief"])
def test_part_of_the_name_gets_a_nudge_not_a_no(answer):
    ks = KeySentence(1, "Okafor said the road is shut.", "attributed", source=PERSON)
    v = check_says_who(_Q(ks), answer)
    html = says_who_html(v)
    assert v.correct is False
    assert "part of it" in html and "last name" in html
    assert "is not who" not in html


def test_a_wrong_name_still_gets_the_plain_no():
    ks = KeySentence(1, "Okafor said the road is shut.", "attributed", source=PERSON)
    html = says_who_html(check_says_who(_Q(ks), "Lee"))
    assert "is not who" in html and "part of it" not in html


class _Q:
    """The least of a quiz question check_says_who reads: .sentence.key."""

    def __init__(self, ks):
        self.sentence = type("S", (), {"key": ks})()
