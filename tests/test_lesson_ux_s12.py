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


def test_lesson_5s_readability_table_names_its_columns_and_its_formula_as_the_chart_does():
    """s12 walk #16: the columns were headed by the two headlines (one of them the loaded
    "WATCH: ... Brilliant Move ..."), while the chart below calls them "The NPR report" and
    "The Angry Patriot Movement rewrite". #17: "one formula" did not say which."""
    from toolkit.charts import PLAIN_GRADE_NAMES

    npr, rewrite = lesson.seed_analysis("npr"), lesson.seed_analysis("rewrite")
    page = lesson.readability_table(npr, rewrite)
    heads = re.findall(r"<th>([^<]*)</th>", page)
    assert heads == ["Measure", html.escape(lesson.display_name(npr)), html.escape(lesson.display_name(rewrite))]
    assert npr.name not in page and "WATCH" not in page
    assert f"Reading grade from one formula ({PLAIN_GRADE_NAMES['flesch_kincaid_grade'].lower()})" in page


WHO = {  # s12 walk #22: right answers the Check button marked wrong, and answers that stay wrong
    "who-chilling-effect": {"right": ["Acevedo, the police chief", "Art Acevedo (Houston)",
                                      "Acevedo (Houston's police chief)"],
                            "wrong": ["Acevedo, Trump", "Trump, the police chief", "Trump (Houston)"]},
    "who-staggering": {"right": ["A.P.", "the A.P.", "A.P", "the A. P."],
                       "wrong": ["A.P.N.", "N.P.R.", "Acevedo"]},
}


@pytest.mark.parametrize("qid", sorted(WHO))
def test_says_who_accepts_a_job_after_the_name_and_initials_with_dots(qid):
    from toolkit.quiz.schema import load_quiz
    from toolkit.quiz.types import question_type

    q = load_quiz("02-says-who").get(qid)
    for answer in WHO[qid]["right"]:
        assert question_type(q).check(q, answer).correct is True, answer
    for answer in WHO[qid]["wrong"]:
        assert question_type(q).check(q, answer).correct is False, answer


def test_tool_vs_key_says_a_zero_in_words():
    """s12 walk #11: "It is wrong on 0." read oddly to a 14-year-old."""
    for name in ("npr", "rewrite"):
        page = lesson.tool_vs_key(lesson.seed_analysis(name), name)
        assert "wrong on 0" not in page and "On 0 more" not in page
        wrong = page.count("<td>No</td>")
        assert ("It is never wrong here." in page) == (wrong == 0), name
