"""The set-up scripts themselves (scripts/_setup.sh, lessons.sh): Python too old, a venv made by a
wrong Python or without pip, Windows' Scripts/ layout and the py launcher, root, a fast second run.

Each test runs the scripts in a temporary copy of the project (scripts/, pyproject.toml, an empty
lessons/), installing the built wheel offline with --no-deps (MEDIALIT_PIP_ARGS), so nothing here
downloads anything or touches the repository's own venvs.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from installed import ROOT

REAL = Path(sys.executable).resolve()
BASE_PATH = "/usr/bin:/bin"
TOOLS = ("bash", "tr", "cat", "grep", "rm", "tee", "cut", "tail", "id", "dirname", "mkdir")


def tools_only(folder: Path) -> Path:
    """A folder with the shell tools the scripts use and no Python at all."""
    folder.mkdir(parents=True, exist_ok=True)
    for tool in TOOLS:
        found = shutil.which(tool, path=BASE_PATH)
        if found and not (folder / tool).exists():
            (folder / tool).symlink_to(found)
    return folder


def fake(folder: Path, name: str, body: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text("#!/bin/sh\n" + body + "\n", encoding="utf-8")
    path.chmod(0o755)
    return path


@pytest.fixture
def project(tmp_path, dists):
    proj = tmp_path / "project"
    shutil.copytree(ROOT / "scripts", proj / "scripts")
    shutil.copy(ROOT / "pyproject.toml", proj)
    (proj / "lessons").mkdir()
    real_bin = fake(tmp_path / "realbin", "python3", f'exec "{REAL}" "$@"').parent
    return {"dir": proj, "wheel": dists[1], "real_bin": real_bin, "tmp": tmp_path}


def run(project, *args, path=None, script="lessons.sh", extra_env=None, timeout=300):
    env = {"PATH": path or f"{project['real_bin']}:{BASE_PATH}", "HOME": str(project["tmp"]),
           "LANG": "C.UTF-8", "PIP_NO_INDEX": "1", "PIP_DISABLE_PIP_VERSION_CHECK": "1",
           "MEDIALIT_PIP_ARGS": f"--no-index --no-deps {project['wheel']}"}
    env.update(extra_env or {})
    start = time.monotonic()
    out = subprocess.run(["/bin/bash", f"scripts/{script}", *args], cwd=project["dir"], env=env,
                         capture_output=True, text=True, timeout=timeout)
    out.seconds = time.monotonic() - start
    return out


def test_python_too_old_is_said_first_with_how_to_get_one(project):
    old = project["tmp"] / "oldbin"
    for name in ("python3", "python"):
        fake(old, name, 'echo 3.9.6')
    out = run(project, "--setup-only", path=f"{old}:{tools_only(project['tmp'] / 'tools')}")
    assert out.returncode == 1
    assert "Python 3.10 or newer is needed" in out.stderr and "3.9.6 (too old)" in out.stderr
    assert "python.org" in out.stderr and "brew install" in out.stderr
    assert "network" not in out.stderr.lower()
    assert not (project["dir"] / ".venv-lessons").exists(), "nothing is made with a wrong Python"


def test_no_python_at_all(project):
    out = run(project, "--setup-only", path=str(tools_only(project["tmp"] / "tools")))
    assert out.returncode == 1 and "no Python was found" in out.stderr


def test_first_run_sets_up_and_second_run_is_fast_and_root_gets_allow_root(project):
    first = run(project, "--setup-only")
    assert first.returncode == 0, first.stderr
    assert "Installing packages into .venv-lessons" in first.stdout
    assert "  Processing" in first.stdout and "Done." in first.stdout  # progress as it goes
    assert "Set up." in first.stdout
    if os.geteuid() == 0:  # as root JupyterLab needs --allow-root: say so and pass it
        assert "running as root, so JupyterLab is started with --allow-root" in first.stdout
        assert first.stdout.rstrip().endswith("--allow-root")
    else:
        assert "--allow-root" not in first.stdout
    log = project["dir"] / ".venv-lessons" / "pip.log"
    before = log.stat().st_mtime_ns
    second = run(project, "--setup-only")
    assert second.returncode == 0, second.stderr
    assert ".venv-lessons is up to date." in second.stdout
    assert log.stat().st_mtime_ns == before, "pip did not run again"
    print(f"\nfirst run {first.seconds:.1f} s, second run {second.seconds:.1f} s")
    assert second.seconds < first.seconds and second.seconds < 10


def test_venv_without_pip_is_rebuilt_and_says_why(project):
    subprocess.run([str(REAL), "-m", "venv", "--without-pip", str(project["dir"] / ".venv-lessons")],
                   check=True)
    out = run(project, "--setup-only")
    assert out.returncode == 0, out.stderr
    assert ".venv-lessons has no pip in it" in out.stdout and "making it again" in out.stdout
    assert subprocess.run([str(project["dir"] / ".venv-lessons/bin/python"), "-m", "pip",
                           "--version"], capture_output=True).returncode == 0


def test_venv_made_by_too_old_python_is_rebuilt_and_says_why(project):
    fake(project["dir"] / ".venv-lessons" / "bin", "python", "echo 3.9.18")
    out = run(project, "--setup-only")
    assert out.returncode == 0, out.stderr
    assert "made by Python 3.9.18, which is too old" in out.stdout
    assert "3.9.18" not in subprocess.run(
        [str(project["dir"] / ".venv-lessons/bin/python"), "--version"],
        capture_output=True, text=True).stdout


def test_venv_module_without_ensurepip_names_the_real_cause(project):
    # Debian/Ubuntu without python3-venv: "python3 -m venv" fails, naming ensurepip.
    body = (f'if [ "$1" = "-m" ] && [ "$2" = "venv" ]; then '
            f'echo "The virtual environment was not created successfully because ensurepip is '
            f'not available." >&2; exit 1; fi\nexec "{REAL}" "$@"')
    nopip = fake(project["tmp"] / "nopipbin", "python3", body).parent
    out = run(project, "--setup-only", path=f"{nopip}:{tools_only(project['tmp'] / 'tools')}")
    assert out.returncode == 1
    assert "sudo apt install python3-venv" in out.stderr
    assert "network" not in out.stderr.lower()


def test_windows_layout_and_the_py_launcher(project):
    """Git Bash on Windows: venvs keep python.exe in Scripts/, and Python may be only 'py -3'.
    (Approximated on Linux with fakes: no real Windows here.)"""
    win = project["tmp"] / "winvenv"
    fake(win / "Scripts", "python.exe", 'if [ "$1" = "-c" ]; then echo 3.12.1; else exit 0; fi')
    code = (f'. scripts/_setup.sh; venv_python {win}; echo "[$(venv_problem {win})]"')
    out = subprocess.run(["bash", "-c", code], cwd=project["dir"], capture_output=True, text=True)
    assert out.stdout.splitlines() == [f"{win}/Scripts/python.exe", "[]"], out.stdout + out.stderr
    launcher = fake(project["tmp"] / "pybin", "py",
                    f'if [ "$1" = "-3" ]; then shift; exec "{REAL}" "$@"; fi; exit 1').parent
    out = subprocess.run(["/bin/bash", "-c", ". scripts/_setup.sh; find_python; echo \"${PY[*]}\""],
                         cwd=project["dir"], capture_output=True, text=True,
                         env={"PATH": f"{launcher}:{tools_only(project['tmp'] / 'tools')}"})
    assert out.returncode == 0, out.stderr
    assert out.stdout.splitlines()[-1] == "py -3"


def test_the_two_commands_use_separate_venvs():
    lessons = (ROOT / "scripts" / "lessons.sh").read_text(encoding="utf-8")
    tests = (ROOT / "scripts" / "test.sh").read_text(encoding="utf-8")
    assert "make_venv .venv-lessons " in lessons and "make_venv .venv " not in lessons
    assert "make_venv .venv " in tests and "make_venv .venv-lessons" not in tests
