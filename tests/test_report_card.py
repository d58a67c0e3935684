"""Lesson 6's report card speaks to students: plain rows, no formula names, no raw floats
(walkthrough 2, finding 4: "Words: 137.0 (137 words)", "Flesch-Kincaid grade")."""

import re

from toolkit.articles import article_from_text
from toolkit.lesson import report_card, seed_analysis

STORY = ("Park Opens\n\nThe new park opened on Monday, parks director Maria Lopez said. "
         "It has a pond and a long path. This is the best park in the whole city. "
         "Please share this story with your friends.")


def test_report_card_rows_are_plain_words():
    for article in (seed_analysis("npr"), STORY):
        html = str(report_card(article_from_text(article) if isinstance(article, str) else article))
        text = re.sub(r"<[^>]+>", " ", re.sub(r"(?s)<style.*?</style>", "", html))
        for formula in ("Flesch", "Kincaid", "Gunning", "Coleman", "text_standard", "Words:"):
            assert formula not in text, formula
        assert not re.search(r"\b\d+\.\d\b", text), text  # no 602.0 or 11.4
        assert re.search(r"\b\d+ words\b", text)


def test_report_card_says_how_it_counts_once_and_names_sources_mid_sentence():
    # s5 walkthrough #12: "(headline included)" on all four lines, "plain English" with no
    # explanation, and "Sources it found: Maria Chen, a city budget report, A city official".
    from toolkit.articlebox import practice_text
    from toolkit.lesson import my_article
    from toolkit.readability import describe_ease

    html = str(report_card(my_article(practice_text())))
    text = re.sub(r"<[^>]+>", " ", re.sub(r"(?s)<style.*?</style>", "", html))
    assert text.count("headline included") == 1, text
    assert ", a city official" in text and ", A city official" not in text, text
    assert "plain English" not in text.replace("plain, everyday English", "")
    for score in range(0, 101, 5):  # every ease note says easy or hard in plain words
        note = describe_ease(score)
        assert re.search(r"\b(easy|hard)\b", note), (score, note)
    reasons = [s.reason for s in my_article(practice_text()).sentences]
    assert not [r for r in reasons if re.search(r"(?:from|Says who:) A [a-z]", r)], reasons
