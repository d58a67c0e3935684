"""Where answers are saved when the lessons folder is shared read-only (a school JupyterHub), and
the name box prefilled from JUPYTERHUB_USER."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from toolkit.quiz import progress


@pytest.fixture
def default_folder(monkeypatch):
    """No override: progress_dir() chooses by itself."""
    monkeypatch.delenv("MEDIALIT_PROGRESS_DIR", raising=False)
    progress.set_progress_dir(None)


def _deny_writes_under(monkeypatch, *folders: Path):
    """Make os.access say 'not writable' for these folders (tests may run as root)."""
    real = os.access

    def access(path, mode, *a, **k):
        if mode & os.W_OK and any(Path(path).resolve() == f.resolve() for f in folders):
            return False
        return real(path, mode, *a, **k)

    monkeypatch.setattr(progress.os, "access", access)


def test_writable_lessons_folder_keeps_progress_beside_the_lessons(default_folder, tmp_path,
                                                                    monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert progress.progress_dir() == tmp_path / "progress"


def test_read_only_lessons_folder_sends_progress_home(default_folder, tmp_path, monkeypatch):
    lessons, home = tmp_path / "lessons", tmp_path / "home-ana"
    lessons.mkdir(), home.mkdir()
    monkeypatch.chdir(lessons)
    monkeypatch.setenv("HOME", str(home))
    _deny_writes_under(monkeypatch, lessons)
    assert progress.progress_dir() == home / "medialit-progress"


def test_each_user_gets_their_own_folder_never_a_shared_one(default_folder, tmp_path, monkeypatch):
    lessons = tmp_path / "shared-lessons"
    lessons.mkdir()
    monkeypatch.chdir(lessons)
    _deny_writes_under(monkeypatch, lessons)
    folders = set()
    for user in ("ana", "ben"):
        home = tmp_path / f"home-{user}"
        home.mkdir()
        monkeypatch.setenv("HOME", str(home))
        folders.add(progress.progress_dir())
    assert len(folders) == 2
    # No writable home either: a per-user folder in the temporary folder.
    _deny_writes_under(monkeypatch, lessons, tmp_path / "home-ana", tmp_path / "home-ben")
    temp = set()
    for user in ("ana", "ben"):
        monkeypatch.setenv("HOME", str(tmp_path / f"home-{user}"))
        monkeypatch.setenv("JUPYTERHUB_USER", user)
        temp.add(progress.progress_dir())
    assert len(temp) == 2 and all(p.name.startswith("medialit-progress-") for p in temp)


def test_an_existing_read_only_progress_folder_is_not_used(default_folder, tmp_path, monkeypatch):
    (tmp_path / "lessons" / "progress").mkdir(parents=True)
    (tmp_path / "home").mkdir()
    monkeypatch.chdir(tmp_path / "lessons")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    _deny_writes_under(monkeypatch, tmp_path / "lessons" / "progress")
    assert progress.progress_dir() == tmp_path / "home" / "medialit-progress"


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0,
                    reason="root can write anywhere, so a read-only folder cannot be made")
def test_really_read_only_folder(default_folder, tmp_path, monkeypatch):
    lessons, home = tmp_path / "lessons", tmp_path / "home"
    lessons.mkdir(), home.mkdir()
    lessons.chmod(0o555)
    try:
        monkeypatch.chdir(lessons)
        monkeypatch.setenv("HOME", str(home))
        assert progress.progress_dir() == home / "medialit-progress"
    finally:
        lessons.chmod(0o755)


def test_name_box_is_prefilled_from_jupyterhub_user(monkeypatch):
    from toolkit.quiz.session import get_session
    from toolkit.quiz.widgets import StudentBar

    monkeypatch.setenv("JUPYTERHUB_USER", "ana")
    bar = StudentBar(get_session())
    assert bar.name_text.value == "ana"
    bar.start()
    assert get_session().student == "ana"
    monkeypatch.delenv("JUPYTERHUB_USER")
    assert StudentBar(get_session()).name_text.value == ""
