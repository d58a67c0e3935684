"""The question-type table: one module per type, pure verdicts, and no switching on q.type."""

import dataclasses
import re
import subprocess
import sys
from pathlib import Path

import pytest

from toolkit.errors import ToolkitError
from toolkit.quiz import grading, load_quiz, shipped_quizzes
from toolkit.quiz.questions import GRADED, TYPES
from toolkit.quiz.types import QUESTION_TYPES, Verdict, question_type

QUIZ = Path(__file__).resolve().parents[2] / "toolkit" / "quiz"


def test_the_table_lists_every_type_of_the_schema_in_order():
    assert tuple(QUESTION_TYPES) == TYPES
    assert tuple(n for n, t in QUESTION_TYPES.items() if t.graded) == GRADED
    for name, kind in QUESTION_TYPES.items():
        assert kind.name == name


def test_an_unknown_type_is_one_plain_sentence():
    with pytest.raises(ToolkitError, match="'essay' is not a question type; use one of choice"):
        question_type("essay")


@pytest.mark.parametrize("name", ["poll", "reflection"])
def test_ungraded_types_refuse_to_grade(name):
    q = next(q for quiz in shipped_quizzes() for q in load_quiz(quiz) if q.type == name)
    with pytest.raises(ToolkitError, match="no right answer"):
        grading.grade(q, "anything")


def _contains_html(value) -> bool:
    if isinstance(value, str):
        return "<" in value
    if isinstance(value, (tuple, list)):
        return any(_contains_html(v) for v in value)
    return False


def test_verdicts_are_plain_data_and_grade_is_check_plus_feedback():
    seen = set()
    for name in shipped_quizzes():
        for q in load_quiz(name):
            if not q.graded:
                continue
            kind = question_type(q)
            key_answer = {"choice": lambda: [o.text for o in q.options if o.correct]
                          if q.multiple else next(o.text for o in q.options if o.correct),
                          "sort": lambda: [i.key.label for i in q.sentences],
                          "says_who": lambda: q.sentence.key.source,
                          "spot_words": lambda: grading.target_words(q)}[q.type]()
            for answer in (key_answer, None):
                v = kind.check(q, answer)
                assert isinstance(v, Verdict)
                for f in dataclasses.fields(v):
                    if f.name != "answer":   # says-who keeps what was typed, as typed
                        assert not _contains_html(getattr(v, f.name)), (q.id, f.name)
                r = grading.grade(q, answer)
                assert (r.correct, r.score, r.summary) == (v.correct, v.score, v.summary)
                assert r.html == kind.feedback(q, v)
                assert r.correct is (True if answer is not None else None), q.id
            seen.add(q.type)
    assert seen == set(GRADED)


def test_no_module_outside_the_types_switches_on_the_question_type():
    """Nowhere in the package (the article box and class results included) is a question's
    type tested by name: what differs is a property or method of its type in the table."""
    switch = re.compile(r"\.type\s*(==|!=|in\b|not in\b)|\[\s*q\.type\s*\]")
    found = []
    for path in sorted(QUIZ.parent.rglob("*.py")):
        if path.parent == QUIZ / "types":
            continue
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if switch.search(line) and not re.search(r"in GRADED", line):
                found.append(f"{path.name}:{n}: {line.strip()}")
    assert found == [], "\n".join(found)


def test_reading_and_grading_quizzes_never_imports_ipywidgets():
    code = ("import sys, toolkit.quiz.grading as g, toolkit.quiz.schema as s;"
            "q = s.load_quiz('example').get('sort-mixed'); g.grade(q, []);"
            "print('ipywidgets' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "False"
