"""Page furniture seen on real article pages (issue 11): date lines, share and social lines, teasers."""

import pytest

from toolkit.articles import article_from_text

BODY = "The bridge reopened on Monday after a month of repairs, the city said."


@pytest.mark.parametrize("line,kind", [
    ("October 15, 2025", "date line"),
    ("Wednesday, Oct. 15, 2025, 4:30 p.m. EDT", "date line"),
    ("15 October 2025", "date line"),
    ("Share this:", "share button"),
    ("Facebook Twitter LinkedIn Email", "social links"),
    ("Facebook | X | WhatsApp", "social links"),
    ("Related: The bridge that nobody wanted", "related links"),
])
def test_furniture_lines_are_set_aside(line, kind):
    article = article_from_text(f"Bridge reopens\n\n{line}\n\n{BODY}")
    assert [f.kind for f in article.furniture] == [kind]
    assert all(line not in p.text for p in article.paragraphs)


@pytest.mark.parametrize("line", [
    "On October 15, 2025, the council voted to close the bridge.",
    "Facebook said it would remove the posts.",
])
def test_sentences_that_mention_dates_or_networks_stay(line):
    article = article_from_text(f"Bridge reopens\n\n{line}\n\n{BODY}")
    assert not article.furniture
