"""Quiz files: loading, every validation error, refusing Python objects, agreement with the key."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from toolkit.errors import ToolkitError
from toolkit.keys import load_key
from toolkit.quiz import QuizFileError, load_quiz, shipped_quizzes
from toolkit.quiz.schema import FIND, TYPES

DATA = Path(__file__).parent / "data"
KEY = str(DATA / "testkey.yaml")


def write(tmp_path, text, name="q.yaml"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    # copy the test key beside it so 'article: testkey.yaml' resolves
    (tmp_path / "testkey.yaml").write_text((DATA / "testkey.yaml").read_text(encoding="utf-8"),
                                           encoding="utf-8")
    return path


def test_example_uses_every_type():
    quiz = load_quiz("example")
    assert {q.type for q in quiz} == set(TYPES)
    assert "example" in shipped_quizzes()


def test_small_quiz_loads(small):
    assert [q.id for q in small][:3] == ["poll", "single", "multi"]
    assert small.get("multi").multiple is True
    assert small.get("single").multiple is False
    assert not small.get("poll").graded and not small.get("reflect").graded


@pytest.mark.parametrize("name", shipped_quizzes())
def test_shipped_quiz_items_match_the_key(name):
    """Every sentence question's expected answer is the answer key's, field by field."""
    quiz = load_quiz(name)
    for q in quiz:
        for item in q.sentences:
            ks = load_key(item.article).get(item.n)
            assert item.key == ks, (name, q.id)
            if q.type == "says_who":
                assert ks.source and "attributed" in ks.accepted
            if q.type == "spot_words":
                from toolkit.quiz.grading import target_words, word_tokens

                words = {word_tokens(ks.text)[i][2] for i in target_words(q)}
                key_words = " ".join(ev.text for ev in ks.evidence if ev.kind in FIND[q.find])
                assert words and all(w in key_words for w in words)


def test_unknown_name_and_missing_path():
    with pytest.raises(ToolkitError, match="no quiz called 'nope'"):
        load_quiz("nope")
    with pytest.raises(ToolkitError, match="No file named"):
        load_quiz("lessons/missing.yaml")


def test_json_quiz(tmp_path):
    data = {"questions": [{"id": "a", "type": "poll", "prompt": "?", "options": ["x", "y"]}]}
    path = write(tmp_path, json.dumps(data), "j.json")
    assert load_quiz(path).name == "j"


GOOD_CHOICE = """
  - id: q1
    type: choice
    prompt: Pick
    options:
      - {text: A, correct: true, feedback: yes}
      - {text: B, correct: false, feedback: no}
"""

# (quiz text, words the error must contain: file, question id, field, what is wrong)
BAD = [
    ("questions: []\n", ["q.yaml", "'questions'", "missing or empty"]),
    ("- just a list\n", ["q.yaml", "mapping"]),
    ("questions:" + GOOD_CHOICE + GOOD_CHOICE, ["'q1'", "'id'", "duplicate"]),
    ("questions:\n  - type: poll\n    prompt: x\n    options: [a, b]\n",
     ["question number 1", "'id'", "missing"]),
    ("questions:\n  - id: q1\n    type: essay\n", ["'q1'", "'type'", "essay"]),
    ("questions:\n  - id: q1\n    type: choice\n    prompt: p\n    options:\n"
     "      - {text: A, feedback: x}\n      - {text: B, feedback: y}\n",
     ["'q1'", "'options'", "no option is marked"]),
    ("questions:\n  - id: q1\n    type: choice\n    prompt: p\n    options:\n"
     "      - {text: A, correct: true}\n      - {text: B, feedback: y}\n",
     ["'q1'", "'options[1]'", "feedback"]),
    ("questions:\n  - id: q1\n    type: choice\n    prompt: p\n    multiple: false\n"
     "    options:\n      - {text: A, correct: true, feedback: x}\n"
     "      - {text: B, correct: true, feedback: y}\n", ["'q1'", "'multiple'"]),
    ("questions:\n  - id: q1\n    type: choice\n    prompt: p\n    options:\n"
     "      - {text: A, correct: yes please, feedback: x}\n      - {text: B, feedback: y}\n",
     ["'q1'", "'options[1]'", "true or false"]),
    ("questions:\n  - id: q1\n    type: choice\n    options:\n"
     "      - {text: A, correct: true, feedback: x}\n      - {text: B, feedback: y}\n",
     ["'q1'", "'prompt'", "missing"]),
    ("questions:\n  - id: q1\n    type: poll\n    prompt: p\n    options: [only]\n",
     ["'q1'", "'options'", "at least two"]),
    ("questions:\n  - id: q1\n    type: poll\n    prompt: p\n    options:\n"
     "      - {text: a, correct: true}\n      - b\n", ["'q1'", "'options[1]'", "no correct"]),
    ("questions:\n  - id: q1\n    type: reflection\n    prompt: p\n",
     ["'q1'", "'sample_answer'", "missing"]),
    ("questions:\n  - id: q1\n    type: reflection\n    prompt: p\n    sample_answer: s\n"
     "    answer: x\n", ["'q1'", "'answer'", "no correct answer"]),
    ("questions:\n  - id: q1\n    type: poll\n    prompt: p\n    options: [a, b]\n"
     "    colour: red\n", ["'q1'", "'colour'", "unknown field"]),
    ("questions:\n  - id: q1\n    type: sort\n    sentences: []\n", ["'q1'", "'sentences'"]),
    ("questions:\n  - id: q1\n    type: sort\n    labels: [attributed, gossip]\n"
     "    sentences: [{article: testkey.yaml, n: 1}]\n", ["'q1'", "'labels'", "unknown label",
                                                       "gossip"]),
    ("questions:\n  - id: q1\n    type: sort\n    labels: [claim]\n"
     "    sentences: [{article: testkey.yaml, n: 1}]\n", ["'q1'", "'sentences[1]'", "not in"]),
    ("questions:\n  - id: q1\n    type: sort\n"
     "    sentences: [{article: testkey.yaml, n: 1, label: claim}]\n",
     ["'q1'", "'sentences[1]'", "'label'", "answer key"]),
    ("questions:\n  - id: q1\n    type: sort\n    sentences: [{article: testkey.yaml, n: 99}]\n",
     ["'q1'", "'sentences[1]'", "no sentence number 99"]),
    ("questions:\n  - id: q1\n    type: sort\n    sentences: [{article: nokey, n: 1}]\n",
     ["'q1'", "'sentences[1]'", "no answer key called 'nokey'"]),
    ("questions:\n  - id: q1\n    type: sort\n    sentences: [{n: 1}]\n",
     ["'q1'", "'sentences[1]'", "article"]),
    ("questions:\n  - id: q1\n    type: sort\n"
     "    sentences: [{article: testkey.yaml, text: Not in the key.}]\n",
     ["'q1'", "'sentences[1]'", "no sentence with this text"]),
    ("questions:\n  - id: q1\n    type: says_who\n    sentence: {article: testkey.yaml, n: 3}\n",
     ["'q1'", "'sentence'", "no source"]),
    ("questions:\n  - id: q1\n    type: says_who\n    sentence: {article: testkey.yaml, n: 1}\n"
     "    choices: [The mayor, The governor]\n", ["'q1'", "'choices'", "no choice"]),
    ("questions:\n  - id: q1\n    type: says_who\n    sentence: {article: testkey.yaml, n: 1}\n"
     "    source: Ruiz\n", ["'q1'", "'source'", "answer key"]),
    ("questions:\n  - id: q1\n    type: spot_words\n    sentence: {article: testkey.yaml, n: 3}\n"
     "    find: opinion\n", ["'q1'", "'find'", "no opinion words"]),
    ("questions:\n  - id: q1\n    type: spot_words\n    sentence: {article: testkey.yaml, n: 2}\n"
     "    find: vibes\n", ["'q1'", "'find'", "vibes"]),
    ("title: t\nquestoins: []\n", ["q.yaml", "questoins"]),
]


@pytest.mark.parametrize("text, words", BAD)
def test_validation_errors_name_file_question_and_field(tmp_path, text, words):
    path = write(tmp_path, text)
    with pytest.raises(QuizFileError) as info:
        load_quiz(path)
    message = str(info.value)
    assert "q.yaml" in message
    for word in words:
        assert word in message, message
    assert "Traceback" not in message and "\n" not in message


def test_every_problem_is_listed(tmp_path):
    text = ("questions:\n  - id: a\n    type: essay\n  - id: b\n    type: poll\n"
            "    prompt: p\n    options: [x]\n")
    with pytest.raises(QuizFileError) as info:
        load_quiz(write(tmp_path, text))
    assert len(info.value.problems) == 2
    message = str(info.value)
    assert message.startswith("This quiz file has 2 problems to fix")
    assert all(problem in message for problem in info.value.problems)  # every one, in words


@pytest.mark.parametrize("tag", ["!!python/object:os.system", "!!python/object/apply:os.system",
                                 "!!python/name:os.system"])
def test_python_objects_are_refused(tmp_path, tag):
    path = write(tmp_path, f"questions:\n  - {tag} ['echo hacked']\n")
    with pytest.raises(ToolkitError, match="Python object.*plain data"):
        load_quiz(path)


def test_broken_yaml_names_the_line(tmp_path):
    path = write(tmp_path, "questions:\n  - id: a\n   type: [poll\n")
    with pytest.raises(ToolkitError, match="not valid YAML near line"):
        load_quiz(path)


def test_ref_by_text_matches_n(tmp_path):
    text = ("questions:\n  - id: q1\n    type: sort\n"
            "    sentences: [{article: testkey.yaml, text: '  The bridge opened   in 1990.'}]\n")
    quiz = load_quiz(write(tmp_path, text))
    assert quiz.get("q1").sentences[0].n == 3


def test_missing_question_id(small):
    with pytest.raises(ToolkitError, match="no question 'zzz'.*poll, single"):
        small.get("zzz")


def test_import_toolkit_does_not_import_ipywidgets():
    import subprocess
    import sys

    code = ("import sys, toolkit, toolkit.quiz; q = toolkit.quiz.load_quiz('example'); "
            "print('ipywidgets' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
