"""The toolkit as a student gets it: built into a wheel, installed away from the repository,
every lesson executed offline from there (issue 12). Slow parts are marked ``notebooks``."""

from __future__ import annotations

import subprocess
import sys
import sysconfig
import tarfile
import venv
import zipfile
from pathlib import Path

import pytest

from installed import ROOT, offline_env, run_lessons, venv_python


def _package_data() -> set[str]:
    data = ROOT / "toolkit" / "data"
    return {p.relative_to(ROOT).as_posix() for p in data.rglob("*")
            if p.is_file() and "__pycache__" not in p.parts}


def test_wheel_holds_every_data_file_and_the_seeds(dists):
    _sdist, wheel = dists
    names = set(zipfile.ZipFile(wheel).namelist())
    missing = _package_data() - names
    assert not missing, sorted(missing)
    for seed in ("npr-sessions-el-salvador.txt", "rewrite-sessions-ms13.txt",
                 "npr-sessions-el-salvador.meta.yaml", "rewrite-sessions-ms13.meta.yaml"):
        assert f"toolkit/data/seeds/{seed}" in names
    assert wheel.name.endswith("-py3-none-any.whl")


def test_wheel_metadata_is_ready_for_publishing(dists):
    import email
    import toolkit

    _sdist, wheel = dists
    with zipfile.ZipFile(wheel) as zf:
        meta_name = next(n for n in zf.namelist() if n.endswith(".dist-info/METADATA"))
        meta = email.message_from_bytes(zf.read(meta_name))
    assert meta["Version"] == toolkit.__version__
    assert meta["Requires-Python"] == ">=3.10"
    urls = dict(u.split(", ", 1) for u in meta.get_all("Project-URL"))
    assert {"Homepage", "Source", "Issues"} <= set(urls), urls
    classifiers = meta.get_all("Classifier")
    assert "Intended Audience :: Education" in classifiers
    assert "Programming Language :: Python :: 3.12" in classifiers


def test_sdist_carries_the_seeds_folder_and_the_package_copy(dists):
    sdist, _wheel = dists
    with tarfile.open(sdist) as tf:
        names = {n.split("/", 1)[1] for n in tf.getnames() if "/" in n}
    for seed in ("npr-sessions-el-salvador.txt", "rewrite-sessions-ms13.txt"):
        assert f"seeds/{seed}" in names and f"toolkit/data/seeds/{seed}" in names
    assert {p for p in _package_data()} <= names
    assert {f"lessons/{p.name}" for p in (ROOT / "lessons").glob("*.ipynb")} <= names


@pytest.mark.notebooks
def test_every_lesson_runs_from_the_installed_wheel_offline(dists, tmp_path):
    """A fresh venv gets only the wheel (no pip, no repository); its dependencies are borrowed
    from this test's environment through a .pth line, which adds the folder WITHOUT running the
    editable install's hook, so ``import toolkit`` can only find the installed wheel."""
    _sdist, wheel = dists
    fresh = tmp_path / "venv"
    venv.EnvBuilder(with_pip=False).create(fresh)
    python = venv_python(fresh)
    purelib = Path(subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                                  capture_output=True, text=True, check=True).stdout.strip())
    (purelib / "borrowed-dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps",
                    "--no-index", str(wheel)], check=True, capture_output=True, text=True,
                   env=offline_env())
    results = run_lessons(python, tmp_path / "work")
    assert len(results) == 6
    for r in results:
        print(f"{r['lesson']}: {r['seconds']} s from the wheel")
        assert not r["errors"], r
        toolkit_file, prefix, version = r["probe"]
        assert Path(toolkit_file).is_relative_to(purelib), toolkit_file
        assert not Path(toolkit_file).is_relative_to(ROOT)
        assert Path(prefix) == fresh
        # Only the lesson's one name bar (a widget; no version warning, no other output).
        shown = r["setup_output"]
        assert len(shown) == 1 and shown[0].startswith("display_data:"), (
            f"{r['lesson']}: the set-up cell showed more than the name bar: {shown}")
        assert "widget-view+json" in shown[0] and "Your name" in shown[0], shown
