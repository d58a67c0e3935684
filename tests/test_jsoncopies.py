"""JSON copies of the YAML data files (the browser site has no PyYAML) hold exactly the same data."""

import json
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import yaml

from toolkit.jsoncopies import copy_path, write_json_copies

ROOT = Path(__file__).resolve().parent.parent


def test_every_yaml_data_file_gets_an_equal_json_copy(tmp_path):
    data = tmp_path / "data"
    shutil.copytree(ROOT / "toolkit" / "data", data)
    sources = sorted(p for p in data.rglob("*") if p.suffix in (".yaml", ".yml"))
    written = write_json_copies(data)
    assert len(written) == len(sources) >= 10
    for source in sources:
        copy = copy_path(source, data)
        assert json.loads(copy.read_text(encoding="utf-8")) == yaml.safe_load(source.read_text(encoding="utf-8")), source


LOAD_EVERYTHING = textwrap.dedent("""
    import sys
    if sys.argv[1] == "no-yaml":
        sys.modules["yaml"] = None  # as in Pyodide's core: import yaml fails
    import toolkit, toolkit.quiz as quiz
    if sys.argv[1] == "where":
        print(toolkit.__file__)
        sys.exit()
    from toolkit.articles import load_article
    out = {}
    for name in quiz.shipped_quizzes():
        out["quiz " + name] = repr(quiz.load_quiz(name))
    for name in ("npr", "rewrite"):
        out["key " + name] = repr(toolkit.load_key(name))
        out["meta " + name] = repr(load_article(toolkit.seed_path(name)).metadata)
    from toolkit.keys import key_path, read_yaml
    out["compare key"] = repr(read_yaml(key_path("compare-seeds")))
    print(repr(out))
""")


def _run(mode: str, pythonpath: Path) -> str:
    result = subprocess.run([sys.executable, "-c", LOAD_EVERYTHING, mode], capture_output=True,
                            text=True, timeout=120, cwd=pythonpath,
                            env={"PYTHONPATH": str(pythonpath), "PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_the_toolkit_reads_its_data_without_pyyaml(tmp_path):
    staged = tmp_path / "src"
    shutil.copytree(ROOT / "toolkit", staged / "toolkit", ignore=shutil.ignore_patterns("__pycache__"))
    if not (staged / "toolkit" / "data" / "seeds").exists():
        shutil.copytree(ROOT / "seeds", staged / "toolkit" / "data" / "seeds")
    write_json_copies(staged / "toolkit" / "data")
    with_yaml = _run("yaml", staged)
    assert "quiz 01-meet-the-articles" in with_yaml and str(staged) in _run("where", staged)
    assert _run("no-yaml", staged) == with_yaml


def test_without_pyyaml_a_yaml_file_of_ones_own_gets_one_plain_sentence(tmp_path):
    mine = tmp_path / "my-quiz.yaml"
    mine.write_text("title: mine", encoding="utf-8")
    code = textwrap.dedent(f"""
        import sys
        sys.modules["yaml"] = None
        import toolkit, toolkit.quiz as q
        try:
            q.load_quiz({str(mine)!r})
        except toolkit.ToolkitError as e:
            print(e)
    """)
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=60, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stderr
    assert "save the file as JSON" in result.stdout
