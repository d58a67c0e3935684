"""Hostile and odd data files (issue 17): quiz files, article metadata, long paths, broken text.

Every case ends in one ToolkitError sentence (or a sensible value), never a traceback or a hang.
"""

from __future__ import annotations

import copy
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from toolkit import analyze
from toolkit.articles import article_from_text, strip_html
from toolkit.errors import ToolkitError
from toolkit.keys import MAX_DATA_BYTES, MAX_DATA_DEPTH, load_yaml_text
from toolkit.quiz import load_quiz
from toolkit.quiz.schema import parse_quiz, read_data

from hostile import time_limit

DATA = Path(__file__).parent / "data"


def _bomb(levels: int = 9, width: int = 9) -> str:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, levels):
        prev, cur = chr(ord("a") + i - 1), chr(ord("a") + i)
        lines.append(f"{cur}: &{cur} [" + ",".join([f"*{prev}"] * width) + "]")
    return "\n".join(lines) + "\n"


def _quiz_with(field_yaml: str) -> str:
    return ("questions:\n  - id: q1\n    type: poll\n    prompt: Pick one\n"
            "    options: [a, b]\n" + field_yaml)


BOMB_LAST = chr(ord("a") + 8)


@pytest.mark.parametrize("where", ["prompt", "title", "id", "options", "hint", "quiz",
                                   "description", "explanation", "type", "sample_answer"])
def test_alias_bomb_in_a_quiz_file_is_refused_at_once(tmp_path, where):
    head = _bomb()
    if where in ("title", "quiz", "description"):
        text = head + f"{where}: *{BOMB_LAST}\n" + _quiz_with("")
    else:
        text = head + ("questions:\n  - id: q1\n    type: poll\n    prompt: Pick one\n"
                       "    options: [a, b]\n").replace(f"    {where}:", f"    {where}_old:") \
            + f"    {where}: *{BOMB_LAST}\n"
    path = tmp_path / "bomb.yaml"
    path.write_text(text, encoding="utf-8")
    with time_limit(10.0, f"alias bomb in {where}"):
        with pytest.raises(ToolkitError, match="references|expands"):
            load_quiz(path)


def test_deep_nesting_and_huge_numbers_and_big_files(tmp_path):
    deep = tmp_path / "deep.yaml"
    deep.write_text("questions: " + "[" * 1000 + "]" * 1000 + "\n", encoding="utf-8")
    with pytest.raises(ToolkitError, match=f"more than {MAX_DATA_DEPTH} levels"):
        load_quiz(deep)
    deep_json = tmp_path / "deep.json"
    deep_json.write_text('{"questions": ' + "[" * 5000 + "]" * 5000 + "}", encoding="utf-8")
    with pytest.raises(ToolkitError, match="levels deep"):
        load_quiz(deep_json)
    huge = tmp_path / "huge.yaml"
    huge.write_text(_quiz_with("    n: " + "9" * 5000 + "\n"), encoding="utf-8")
    with pytest.raises(ToolkitError, match="cannot be read|number"):
        load_quiz(huge)
    big = tmp_path / "big.yaml"
    with big.open("w", encoding="utf-8") as f:
        f.write("questions:\n")
        line = "  - {id: q, type: poll, prompt: p, options: [a, b]}\n"
        for _ in range(MAX_DATA_BYTES // len(line) + 10):
            f.write(line)
    with time_limit(10.0, "a quiz file over the size limit"):
        with pytest.raises(ToolkitError, match="MB"):
            load_quiz(big)


def test_recursive_alias_and_unhashable_key(tmp_path):
    loop = tmp_path / "loop.yaml"
    loop.write_text("questions: &q [*q]\n", encoding="utf-8")
    with pytest.raises(ToolkitError):
        load_quiz(loop)
    key = tmp_path / "key.yaml"
    key.write_text("questions:\n  - ? [a, b]\n    : 1\n", encoding="utf-8")
    with pytest.raises(ToolkitError) as err:
        load_quiz(key)
    assert "python" not in str(err.value).lower() and "as a key" in str(err.value)


@pytest.mark.parametrize("text", [
    _quiz_with("    1: x\n    b: y\n"),  # mixed option keys: sorting them failed
    "questions:\n  - id: q1\n    type: choice\n    prompt: p\n    options:\n"
    "      - {text: a, correct: true, feedback: f, 1: x, b: y}\n"
    "      - {text: b, correct: false, feedback: g}\n",
    "questions:\n  - id: s\n    type: sort\n    labels: [{a: 1}, claim]\n"
    "    sentences: [{article: testkey.yaml, n: 1}]\n",
    "questions:\n  - id: s\n    type: sort\n    sentences: [{article: testkey.yaml, n: 1, 2: x, b: y}]\n",
    "questions:\n  - id: s\n    type: sort\n    sentences: [{article: " + "k" * 300 + ".yaml, n: 1}]\n",
])
def test_wrong_types_give_one_message(tmp_path, text):
    (tmp_path / "testkey.yaml").write_text((DATA / "testkey.yaml").read_text(encoding="utf-8"),
                                           encoding="utf-8")
    path = tmp_path / "q.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ToolkitError):
        load_quiz(path)


_EXAMPLE = read_data(Path(__file__).parents[2] / "toolkit" / "data" / "quizzes" / "example.yaml")


def _paths(obj, prefix=()):
    yield prefix
    if isinstance(obj, dict):
        for k, v in obj.items():
            yield from _paths(v, prefix + (k,))
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            yield from _paths(v, prefix + (i,))


_PATHS = [p for p in _paths(_EXAMPLE) if p]
_VALUE = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(
        st.one_of(st.text(max_size=8), st.integers(), st.none()), inner, max_size=3),
    max_leaves=8)


@settings(max_examples=150, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow])
@given(changes=st.lists(st.tuples(st.sampled_from(_PATHS), _VALUE), min_size=1, max_size=3))
def test_quiz_loader_property_wrong_types_never_crash(changes):
    data = copy.deepcopy(_EXAMPLE)
    for path, value in changes:
        parent = data
        try:
            for k in path[:-1]:
                parent = parent[k]
            parent[path[-1]] = value
        except (KeyError, IndexError, TypeError):
            continue
    try:
        parse_quiz(data, Path("generated.yaml"))
    except ToolkitError as exc:
        assert str(exc) and "\n" not in str(exc).strip()


@settings(max_examples=100, deadline=None, derandomize=True)
@given(st.text(alphabet="ab:-[]{}&*!?\n #'\"|>,0123456789.", max_size=80))
def test_yaml_reader_property_only_toolkit_errors(text):
    try:
        load_yaml_text(text, "generated.yaml")
    except ToolkitError:
        pass


@pytest.mark.parametrize("line,expected", [
    ("title: 1984", "1984"), ("title: yes", "yes"), ("title: [a, b]", "a, b"),
    ("title: 2017-07-27", "2017-07-27"), ("title: 3.10", "3.10"),
])
def test_metadata_values_become_text(tmp_path, line, expected):
    (tmp_path / "a.txt").write_text("The bridge opened on Monday, the mayor said.\n",
                                    encoding="utf-8")
    (tmp_path / "a.meta.yaml").write_text(line + "\nauthor: null\n", encoding="utf-8")
    a = analyze(tmp_path / "a.txt", readability=False)
    assert a.name == expected and a.article.metadata["author"] is None
    a.to_json()
    # compare and report crashed on these too ('int' object has no attribute 'split')
    from toolkit.comparison import compare
    from toolkit.report import build_report

    compare(a, analyze(tmp_path / "a.txt", readability=False)).to_json()
    assert expected in build_report(analyze(tmp_path / "a.txt"))


@pytest.mark.parametrize("text", [
    "title: {a: 1}", _bomb() + f"title: *{BOMB_LAST}",
    "title: " + "[" * 5000 + "]" * 5000, "title: &x [*x]", "- just\n- a list",
])
def test_bad_metadata_gives_one_line(tmp_path, text):
    from toolkit.comparison import compare
    from toolkit.report import build_report

    (tmp_path / "a.txt").write_text("The bridge opened on Monday, the mayor said.\n",
                                    encoding="utf-8")
    (tmp_path / "a.meta.yaml").write_text(text + "\n", encoding="utf-8")
    with time_limit(10.0, "bad metadata"):
        for run in (lambda: analyze(tmp_path / "a.txt", readability=False),
                    lambda: compare(tmp_path / "a.txt", tmp_path / "a.txt"),
                    lambda: build_report(tmp_path / "a.txt")):
            with pytest.raises(ToolkitError) as err:
                run()
            assert "a.meta.yaml" in str(err.value) and "\n" not in str(err.value)


def test_path_component_over_255_characters_is_one_line(tmp_path):
    long_name = "a" * 300 + ".txt"
    with pytest.raises(ToolkitError, match="No file named"):
        analyze(str(tmp_path / long_name))
    done = subprocess.run([sys.executable, "-m", "toolkit", "analyze", long_name],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 2 and "Traceback" not in done.stderr, done.stderr[-500:]


def test_lone_surrogates_are_replaced_with_a_warning():
    from toolkit.report import build_report

    a = article_from_text('Town \ud800 news\n\n"Yes," Ana R\udfffuiz said. It rained.')
    assert "\ud800" not in a.text and len(a.text) == len('Town x news\n\n"Yes," Ana Rxuiz said. It rained.')
    assert any("broken character" in w for w in a.warnings)
    assert build_report(a).startswith("<!DOCTYPE html>")


@pytest.mark.parametrize("tag", ["style", "noscript", "script", "template"])
def test_unclosed_skip_tags_keep_the_text_and_warn(tag):
    html = (f"<html><body><p>Before it.</p><{tag}>p {{color: red}}<p>The mayor said the bridge "
            "opened.</p><p>The river rose on Monday.</p></body></html>")
    a = article_from_text(html)
    assert "The river rose on Monday." in a.text
    assert any(f"<{tag}>" in w for w in a.warnings)
    assert strip_html("<p>Keep.</p><style>x{}</style><p>After.</p>") == "Keep.\n\nAfter."


def test_50_mb_quiz_file_is_refused_at_once(tmp_path):
    """The issue's 50 MB quiz file with 312,076 questions ran past 300 s."""
    big = tmp_path / "big.yaml"
    line = ("  - {id: q, type: poll, options: [a, b], prompt: Which of these two sentences "
            "names the person who said it, and which one only tells you what to think?}\n")
    with big.open("w", encoding="utf-8") as f:
        f.write("questions:\n")
        f.write(line * 312_076)
    assert big.stat().st_size > 45_000_000
    with time_limit(10.0, "a 50 MB quiz file"):
        with pytest.raises(ToolkitError, match="MB"):
            load_quiz(big)
