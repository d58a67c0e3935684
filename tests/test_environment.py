"""The lessons' set-up cell: generated from scripts/release.json, silent outside Colab, pinned."""

from __future__ import annotations

import ast
import json
import sys
from pathlib import Path

import pytest

import toolkit
from toolkit import environment

ROOT = Path(__file__).resolve().parent.parent


def _script():
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import make_setup_cells
    finally:
        sys.path.pop(0)
    return make_setup_cells


def test_the_cell_pins_the_toolkit_version_and_installs_only_on_colab():
    m = _script()
    cfg = m.config()
    block = m.setup_block(cfg)
    assert cfg["version"] == toolkit.__version__
    assert f'"medialit-lessons=={toolkit.__version__}"' in block
    assert f'ready("{toolkit.__version__}", where)' in block
    assert "\n\n" not in block, "the generated part ends at the cell's first empty line"
    # Plain Python, no magics, so it runs in any kernel. The JupyterLite branch holds an await
    # (piplite.install is a coroutine): IPython accepts a top-level await in every kernel.
    compile(block, "setup-cell", "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
    assert block.count("await ") == 1 and "await piplite.install(" in block
    ns: dict = {}
    exec(block.split("\nif ")[0], ns)  # the detection line alone, here (not Colab)
    assert ns["where"] == "local"


def test_outside_colab_the_cell_shows_only_the_lessons_one_name_bar(monkeypatch, tmp_path):
    """Locally the set-up cell shows the name bar and nothing else; questions shown after it
    leave out their own bar (one bar per notebook, not one per question)."""
    from toolkit import quiz
    from toolkit.quiz.session import reset_sessions

    monkeypatch.setenv("MEDIALIT_PROGRESS_DIR", str(tmp_path))
    reset_sessions()
    shown = []
    monkeypatch.setattr("IPython.display.display", lambda *objs, **kw: shown.extend(objs))
    assert environment.ready(toolkit.__version__, "local") is None
    assert len(shown) == 1
    bar = quiz.name_bar()
    assert shown[0] is bar.box
    assert "Your name" in [getattr(w, "description", "") for w in bar.box.children[0].children]
    view = quiz.show("example", "sort-mixed")
    assert not view.own_bar and view.bar is bar and bar.box not in view.widget.children
    reset_sessions()


def test_on_colab_it_says_files_vanish_and_shows_the_answers_controls(monkeypatch, tmp_path):
    from toolkit.quiz.session import reset_sessions

    monkeypatch.setenv("MEDIALIT_PROGRESS_DIR", str(tmp_path))
    reset_sessions()
    shown = []
    monkeypatch.setattr("IPython.display.display", lambda *objs, **kw: shown.extend(objs))
    environment.ready(toolkit.__version__, "colab")
    html = shown[0].data
    assert "Google Colab" in html and "vanish" in html
    assert "Download my answers" in html and "Load my answers" in html
    bar = shown[1]
    assert "Your name" in [getattr(w, "description", "") for w in bar.children[0].children]
    reset_sessions()


def test_a_different_version_is_warned_about(monkeypatch, tmp_path):
    from toolkit.quiz.session import reset_sessions

    monkeypatch.setenv("MEDIALIT_PROGRESS_DIR", str(tmp_path))
    reset_sessions()
    shown = []
    monkeypatch.setattr("IPython.display.display", lambda *objs, **kw: shown.extend(objs))
    environment.ready("0.0.1", "local")
    assert len(shown) == 2  # the warning, then the name bar
    assert "written for version 0.0.1" in shown[0].data
    assert f'pip install "medialit-lessons==0.0.1"' in shown[0].data


def test_colab_links_use_the_configured_repository_and_release_tag():
    m = _script()
    cfg = m.config()
    owner_repo = cfg["repository"].split("github.com/")[1]
    for readme in (ROOT / "README.md", ROOT / "lessons" / "README.md"):
        text = readme.read_text(encoding="utf-8")
        for nb in sorted((ROOT / "lessons").glob("*.ipynb")):
            url = (f"https://colab.research.google.com/github/{owner_repo}/blob/"
                   f"v{toolkit.__version__}/lessons/{nb.name}")
            assert url in text, (readme.name, url)


def test_pyproject_urls_are_the_configured_repository():
    cfg = _script().config()
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert f'Source = "{cfg["repository"]}"' in text
    assert 'dynamic = ["version"]' in text and 'attr = "toolkit.__version__"' in text


def test_in_jupyterlite_the_cell_finds_it_and_shows_the_answers_controls(monkeypatch, tmp_path):
    """In the browser site (Pyodide: sys.platform is "emscripten") answers live in the browser."""
    from toolkit.quiz.session import reset_sessions

    block = _script().setup_block(_script().config())
    ns: dict = {}
    monkeypatch.setattr(sys, "platform", "emscripten")
    exec(block.split("\nif ")[0], ns)
    assert ns["where"] == "jupyterlite"
    monkeypatch.undo()
    monkeypatch.setenv("MEDIALIT_PROGRESS_DIR", str(tmp_path))
    reset_sessions()
    shown = []
    monkeypatch.setattr("IPython.display.display", lambda *objs, **kw: shown.extend(objs))
    environment.ready(toolkit.__version__, "jupyterlite")
    html = shown[0].data
    assert "saved in this browser" in html and "Download my answers" in html
    assert "Your name" in [getattr(w, "description", "") for w in shown[1].children[0].children]
    reset_sessions()
