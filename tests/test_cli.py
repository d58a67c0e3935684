"""The command line: output formats, exit codes and one-line errors (no tracebacks)."""

import json
import subprocess
import sys

import pytest

from toolkit.cli import main
from seedpaths import NPR, REWRITE, ROOT


def test_analyze_json_shape(capsys):
    assert main(["analyze", str(NPR), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) >= {"article", "sentences", "density", "readability"}
    first = data["sentences"][0]
    assert set(first) >= {"text", "start", "end", "paragraph", "label", "source", "cue", "evidence", "reason"}
    acevedo = next(s for s in data["sentences"] if s["text"].startswith('"They\'re ruthless'))
    assert acevedo["source"] == "Houston Police Chief Art Acevedo"
    assert {"start", "end", "kind", "note"} <= set(acevedo["evidence"][0])
    assert data["readability"]["smog_index"]["value"] is None
    assert "30 sentences" in data["readability"]["smog_index"]["note"]


@pytest.mark.parametrize("fmt,needle", [("text", "Names a source"), ("html", "<!DOCTYPE html>")])
def test_analyze_other_formats(capsys, fmt, needle):
    assert main(["analyze", str(REWRITE), "--format", fmt]) == 0
    assert needle in capsys.readouterr().out


def test_output_file(tmp_path, capsys):
    out = tmp_path / "npr.html"
    assert main(["analyze", str(NPR), "--format", "html", "-o", str(out)]) == 0
    assert "ml-article" in out.read_text(encoding="utf-8")


@pytest.mark.parametrize("content,message", [
    (b"", "empty"),
    (b"\x00\x01\x02\x03binary", "binary"),
    (b"\xff\xfe\xfa not utf8", "UTF-8"),
])
def test_bad_input_exits_2_with_one_line(tmp_path, capsys, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    assert main(["analyze", str(path)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("Error: ") and message in err
    assert len(err.splitlines()) == 1 and "Traceback" not in err


def test_missing_file(capsys):
    assert main(["analyze", "no-such-article.txt"]) == 2
    assert "No file named 'no-such-article.txt'" in capsys.readouterr().err


def test_unwritable_output(capsys, tmp_path):
    assert main(["analyze", str(NPR), "-o", str(tmp_path / "missing-folder" / "x.txt")]) == 2
    assert "Cannot write" in capsys.readouterr().err


def test_warnings_go_to_stderr(tmp_path, capsys):
    path = tmp_path / "page.html"
    path.write_text("<html><body><h1>Title Here</h1><p>The mayor said it was fine.</p></body></html>",
                    encoding="utf-8")
    assert main(["analyze", str(path), "--format", "json"]) == 0
    assert "HTML" in capsys.readouterr().err
    assert main(["analyze", str(path)]) == 0  # the text format prints its notes once, itself
    out = capsys.readouterr()
    assert "Note:" in out.out and "HTML" not in out.err


def test_output_may_not_replace_the_article(tmp_path, capsys):
    article = tmp_path / "story.txt"
    article.write_text("The mayor said the bridge will reopen.", encoding="utf-8")
    for argv in (["analyze", str(article), "-o", str(article)],
                 ["compare", str(article), str(article), "-o", str(article)]):
        assert main(argv) == 2
        assert "would overwrite the article" in capsys.readouterr().err
    assert article.read_text(encoding="utf-8").startswith("The mayor")


@pytest.mark.parametrize("grade", ["0", "-3", "99"])
def test_grade_must_be_a_school_grade(grade, capsys):
    assert main(["analyze", str(NPR), "--grade", grade]) == 2
    assert "whole school grade from 1 to 16" in capsys.readouterr().err


def test_python_dash_m_runs_without_traceback(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "toolkit", "analyze", str(empty)],
                            capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    ok = subprocess.run([sys.executable, "-m", "toolkit", "analyze", str(NPR), "--format", "json"],
                        capture_output=True, text=True, cwd=ROOT)
    assert ok.returncode == 0 and json.loads(ok.stdout)["sentences"]


def test_toolkit_errors_show_as_one_line_in_notebooks():
    from toolkit import ToolkitError

    assert ToolkitError("The file is empty: choose another.")._render_traceback_() == [
        "Problem: The file is empty: choose another."]
