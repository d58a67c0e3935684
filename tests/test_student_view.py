"""Students see plain words: no formula or library names and no teacher notes in the quizzes,
the feedback, the tables and the charts of the lessons (issue 15). The executed lessons' outputs
are checked in test_notebooks.py; the teacher guide names what the plain words stand for."""

from __future__ import annotations

import pytest
import yaml

from seedpaths import ROOT
from studentview import teacher_only
from toolkit.quiz import grading, load_quiz, shipped_quizzes

LESSONS = [n for n in shipped_quizzes() if n[:2].isdigit()]
QUIZ_DIR = ROOT / "toolkit" / "data" / "quizzes"


def _strings(node):
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for value in node.values():
            yield from _strings(value)
    elif isinstance(node, list):
        for value in node:
            yield from _strings(value)


@pytest.mark.parametrize("name", LESSONS)
def test_quiz_text_and_feedback_name_no_formula_and_carry_no_teacher_note(name):
    raw = yaml.safe_load((QUIZ_DIR / f"{name}.yaml").read_text("utf-8"))
    texts = list(_strings(raw))
    for q in load_quiz(name):
        if q.type != "poll":  # a poll has no answer to show
            texts.append(grading.reveal(q))  # "Show answer": the key's reasons and evidence
    assert len(texts) > 20
    leaks = [bit for text in texts for bit in teacher_only(text)]
    assert not leaks, leaks


def test_lesson_readability_chart_names_measures_by_what_they_count(npr_analysis, rewrite_analysis):
    npr, rewrite = npr_analysis, rewrite_analysis
    pytest.importorskip("matplotlib")
    from toolkit import charts

    fig = charts.plot_readability(npr, rewrite, band="grade 8-10 readers", plain=True)
    shown = [t.get_text() for ax in fig.axes for t in ax.get_yticklabels()]
    shown += [t.get_text() for t in fig.texts] + [fig.alt_text]
    shown += [t.get_text() for ax in fig.axes for t in ax.texts]
    legend = [t.get_text() for ax in fig.axes if ax.get_legend() for t in ax.get_legend().texts]
    legend += [t.get_text() for lg in fig.legends for t in lg.texts]
    assert set(charts.PLAIN_GRADE_NAMES.values()) <= set(shown)
    assert not [bit for text in shown + legend for bit in teacher_only(text)]
    # The teacher's chart keeps the formula names, and the guide says which plain name is which.
    teacher = charts.plot_readability(npr, rewrite)
    assert "Gunning fog" in [t.get_text() for t in teacher.axes[0].get_yticklabels()]
    guide = (ROOT / "lessons" / "teacher-guide.md").read_text("utf-8")
    for plain in charts.PLAIN_GRADE_NAMES.values():
        assert f'"{plain}"' in guide, plain


def test_lesson_tables_name_no_formula(npr_analysis, rewrite_analysis):
    npr, rewrite = npr_analysis, rewrite_analysis
    from toolkit import lesson

    html = [str(lesson.readability_table(npr, rewrite)), str(lesson.report_card(npr)),
            str(lesson.grade_table({"A": "The cat sat on the mat. It was warm."})),
            str(lesson.readability_chart(npr, rewrite))]
    assert not [bit for text in html for bit in teacher_only(text)]
