"""Shared fixtures for the quiz tests: a fresh progress folder per test, the small test quiz."""

from __future__ import annotations

from pathlib import Path

import pytest

HERE = Path(__file__).parent
DATA = HERE / "data"


@pytest.fixture(autouse=True)
def progress_folder(tmp_path, monkeypatch):
    """Point progress at a fresh folder and forget any remembered student or session."""
    from toolkit.quiz import progress, session

    folder = tmp_path / "progress"
    monkeypatch.setenv("MEDIALIT_PROGRESS_DIR", str(folder))
    progress.set_progress_dir(None)
    session.reset_sessions()
    yield folder
    session.reset_sessions()


@pytest.fixture
def small():
    """The small test quiz (every question type) built on tests/quiz/data/testkey.yaml."""
    from toolkit.quiz import load_quiz

    return load_quiz(DATA / "small.yaml")


@pytest.fixture
def no_debounce(monkeypatch):
    """Save reflections at every change instead of after a typing pause."""
    from toolkit.quiz import widgets

    monkeypatch.setattr(widgets, "DEBOUNCE_SECONDS", 0)
