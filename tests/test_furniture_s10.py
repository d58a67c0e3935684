"""A student's byline with a school grade is page furniture (session 10, s9 walkthrough).

Every text here is written for the test.
"""

import pytest

from sentencelabels import labels

BODY = "The fair raised $500 on Friday."


@pytest.mark.parametrize("byline", [
    "By Sam Lee, Grade 8",
    "by Sam Lee, grade 8",
    "By Sam Lee, 8th grade",
    "By Sam Lee (Grade 8)",
    "By Sam Lee, age 13",
])
def test_a_byline_with_a_grade_is_not_a_sentence(byline):
    got = labels(f"School Fair Raises Money\n\n{byline}\n\n{BODY}")
    assert got == [("claim", None), ("claim", None)], got


# the rule must NOT fire: a sentence that starts with "By" and a day is the article's
def test_a_sentence_that_starts_with_by_and_a_time_stays():
    got = labels(f"School Fair Raises Money\n\nBy Friday, grade 8 students must pay.\n\n{BODY}")
    assert len(got) == 3, got
