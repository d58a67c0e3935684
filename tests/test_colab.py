"""Every lesson in a Colab-like environment, installed the way Colab students get it (issue 12).

``.venv-colab`` (made by ``bash scripts/test.sh``) is like Google Colab: Python 3.12 when this
computer has one, IPython 7.34, ipywidgets 7.7.1 and the current matplotlib, plus the toolkit's
dependencies but NOT the toolkit. Each lesson runs in a kernel that looks like Colab's (a
``google.colab`` module is present), so its first cell pip-installs the toolkit pinned to the
lessons' version; pip finds it only in the folder of the wheel just built (no index, no network).
Then the lesson must run to the end with no restart and no error, and the first cell must tell
the student that files vanish and show the download/load answers controls.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from installed import ROOT, offline_env, run_lessons, venv_python

COLAB_VENV = Path(os.environ.get("MEDIALIT_COLAB_VENV", ROOT / ".venv-colab"))
FAKE_COLAB = "import sys, types; sys.modules['google.colab'] = types.ModuleType('google.colab')\n"
WATCHED = ("ipython", "ipywidgets", "matplotlib", "ipykernel", "jupyter-client", "traitlets")


def _versions(python: Path) -> dict:
    out = subprocess.run([str(python), "-m", "pip", "list", "--format=json"], check=True,
                         capture_output=True, text=True, env=offline_env()).stdout
    return {p["name"].lower(): p["version"] for p in json.loads(out)}


@pytest.mark.notebooks
@pytest.mark.skipif(not venv_python(COLAB_VENV).exists(),
                    reason=f"no Colab-like environment at {COLAB_VENV}: bash scripts/test.sh makes it")
def test_every_lesson_installs_and_runs_like_on_colab(dists, tmp_path):
    python = venv_python(COLAB_VENV)
    pyver = subprocess.run([str(python), "-c", "import sys; print('%d.%d' % sys.version_info[:2])"],
                           capture_output=True, text=True, check=True).stdout.strip()
    before = _versions(python)
    assert before["ipython"].startswith("7.34") and before["ipywidgets"] == "7.7.1", before
    print(f"\nColab-like venv: Python {pyver}, IPython {before['ipython']}, ipywidgets "
          f"{before['ipywidgets']}, matplotlib {before['matplotlib']}")
    wheel_dir = dists[1].parent
    lessons = sorted(p.name for p in (ROOT / "lessons").glob("*.ipynb"))
    for name in lessons:
        # A fresh Colab runtime has no toolkit: each lesson's first cell must install it.
        subprocess.run([str(python), "-m", "pip", "uninstall", "-y", "-q", "medialit-lessons"],
                       capture_output=True, env=offline_env())
        gone = subprocess.run([str(python), "-c", "import toolkit"], capture_output=True,
                              cwd=tmp_path)
        assert gone.returncode != 0, "the toolkit is still importable before the lesson"
        (r,) = run_lessons(python, tmp_path / name, prelude=FAKE_COLAB, lessons=[name],
                           env={"PIP_FIND_LINKS": str(wheel_dir)})
        print(f"{name}: {r['seconds']} s on the Colab-like kernel, install included")
        assert not r["errors"], r
        toolkit_file, prefix, version = r["probe"]
        assert Path(prefix).resolve() == COLAB_VENV.resolve()
        assert "site-packages" in toolkit_file and not Path(toolkit_file).is_relative_to(ROOT / "toolkit")
        shown = "\n".join(r["setup_output"])
        assert "vanish" in shown and "Download my answers" in shown, shown[:500]
        assert "application/vnd.jupyter.widget-view+json" in shown, "no name box / answers controls"
        assert "written for version" not in shown, "the pinned version did not match"
    after = _versions(python)
    changed = {k: (before.get(k), after.get(k)) for k in WATCHED if before.get(k) != after.get(k)}
    assert not changed, f"installing the toolkit changed Colab's packages (restart needed): {changed}"
