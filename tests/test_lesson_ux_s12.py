"""Lesson fixes from the s11 walkthrough (session s12): what a student reads in lesson 4."""
import html
import re

import pytest

from toolkit import compare, lesson
from toolkit.render.comparison import voices_html


@pytest.fixture(scope="module")
def tool_pair():
    return compare(lesson.seed_analysis("npr"), lesson.seed_analysis("rewrite"))


def test_vanished_voice_says_how_many_rewrite_sentences_reuse_its_points(tool_pair):
    """s11 walk #13: "The White House: 0 points left out" read as "nothing lost", though the
    rewrite used its points without its name. Each vanished voice now gives both counts."""
    page = html.unescape(re.sub(r"<[^>]+>", "", voices_html(tool_pair, style=False)))
    reused = 0
    for name in tool_pair.voices["vanished"]:
        left = len(tool_pair.dropped_from(name))
        uses = len(tool_pair.unnamed_uses(name))
        reused += uses
        said = (f"{uses} rewrite sentence{'' if uses == 1 else 's'}" if uses else "no rewrite sentence")
        assert (f"{name}: {left} point{'' if left == 1 else 's'} left out; used without the name in "
                f"{said}") in page, name
    assert reused  # the seeds' rewrite does reuse vanished voices' points


def test_unnamed_uses_are_the_source_dropped_pairs_from_that_voice(tool_pair):
    """The panel and lesson 4's vanished_voices table count the same thing."""
    for name in tool_pair.voices["vanished"]:
        for p in tool_pair.unnamed_uses(name):
            assert p.kind == "attribution_dropped"
    white_house = tool_pair.unnamed_uses("The White House")
    assert white_house and all(
        any(tool_pair.source_of_original(o) == "The White House" for o in p.original) for p in white_house)


def test_each_original_sentence_in_the_key_table_has_its_number_and_own_line():
    """s11 walk #14: row 18's two NPR sentences (10 and 28) ran together as one."""
    npr, rewrite = lesson.seed_analysis("npr"), lesson.seed_analysis("rewrite")
    key = lesson.load_compare_key("compare-seeds", npr, rewrite)
    row = next(p for p in key.pairs if p.rewrite.index == 17)
    assert len(row.original) == 2
    page = lesson.change_lines(key, [18], answers=False)
    cell = page[page.index("<tr><td>18</td>"):]
    for o in row.original:
        line = f"<b>Sentence {o.index + 1}:</b> {html.escape(o.text)}</div>"
        assert line in cell and cell[:cell.index(line)].endswith('">'), o.index
