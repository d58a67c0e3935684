"""Fixes from session 11's walkthrough, each row failing on the code before it."""

from toolkit import analyze, compare
from toolkit.render.comparison import comparison_html

ORIGINAL = ("Town Opens New Library\n\nThe town opened a new library on Monday. Mayor Ana Reyes "
            "cut the ribbon. The building cost $3 million.")
REWRITE = ("Library Opens\n\nThe town opened a new library on Monday. Critics fear the roof will "
           "leak within a year.")


def _added():
    c = compare(analyze(ORIGINAL, readability=False), analyze(REWRITE, readability=False))
    return c, [p for p in c.pairs if p.kind == "added"]


def test_an_added_sentence_is_the_tools_finding_not_a_fact_about_the_original():
    # walkthrough #6: "Nothing in the original says this: it is new." was false for three seed
    # sentences whose point the original makes in other words; the reason now says what the
    # tool found, as the lessons ask students to treat it
    c, added = _added()
    assert added, [(p.rewrite.text, p.kind) for p in c.pairs]
    for p in added:
        assert p.reason.startswith("The tool found no sentence in the original"), p.reason
    html = str(comparison_html(c))
    assert "The tool matched no original sentence." in html
    assert "Nothing in the original.</i>" not in html
