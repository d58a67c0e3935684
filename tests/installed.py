"""Helpers for the tests that run the lessons from a built wheel, away from the repository.

``build_dists`` builds the sdist, then the wheel FROM that sdist (as ``python -m build`` does), so
whatever the wheel holds came through the sdist too. ``run_lessons`` executes every lesson with a
given Python in a subprocess whose network is blocked (no proxies, a socket guard that refuses
every connection not to this machine, in the runner and in each kernel) and whose kernel is that
Python, started in a temporary copy of lessons/ with no repository on any path.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

GUARD = textwrap.dedent('''
    import socket as _s
    _connect = _s.socket.connect
    def _local_only(self, address, *a, **k):
        host = address[0] if isinstance(address, tuple) else ""
        if isinstance(address, tuple) and host not in ("127.0.0.1", "::1", "localhost"):
            raise OSError("The lessons must run offline: blocked a connection to %r" % (host,))
        return _connect(self, address, *a, **k)
    _s.socket.connect = _local_only
    _s.socket.connect_ex = _local_only
    del _s
''')

# Run by the tested Python: executes each lesson named on the command line, prints one JSON line
# per lesson ({"lesson", "seconds", "errors", "toolkit", "prefix", "setup_output"}).
RUNNER = GUARD + f"GUARD = {GUARD!r}\n" + textwrap.dedent('''
    import json, sys, time
    import nbformat
    from nbclient import NotebookClient
    folder, prelude, names = sys.argv[1], sys.argv[2], sys.argv[3:]
    probe = ("import sys, toolkit, json; print('PROBE ' + json.dumps("
             "[toolkit.__file__, sys.prefix, toolkit.__version__]))")
    for name in names:
        nb = nbformat.read(f"{folder}/{name}", as_version=4)
        first_code = next(i for i, c in enumerate(nb.cells) if c.cell_type == "code")
        nb.cells.insert(first_code + 1, nbformat.v4.new_code_cell(probe))
        nb.cells.insert(0, nbformat.v4.new_code_cell(GUARD + prelude))
        start = time.monotonic()
        client = NotebookClient(nb, timeout=300, kernel_name="python3", allow_errors=True,
                                resources={"metadata": {"path": folder}})
        client.execute()
        errors, probe_out, setup_out = [], None, []
        for i, cell in enumerate(nb.cells[1:], 1):
            for out in cell.get("outputs", []):
                if out.get("output_type") == "error":
                    errors.append(f"cell {i}: {out.get('ename')}: {out.get('evalue')}")
                text = out.get("text", "")
                if out.get("output_type") == "stream" and "Traceback" in text:
                    errors.append(f"cell {i}: {text[-400:]}")
                if text.startswith("PROBE "):
                    probe_out = json.loads(text[6:])
                if i == first_code + 1:
                    setup_out.append(out.get("output_type") + ":" + json.dumps(
                        out.get("data", out.get("text", "")))[:2000])
        print(json.dumps({"lesson": name, "seconds": round(time.monotonic() - start, 1),
                          "errors": errors, "probe": probe_out, "setup_output": setup_out}),
              flush=True)
''')


def build_dists(out: Path) -> tuple[Path, Path]:
    """Build the sdist and, from it, the wheel into ``out``; return (sdist, wheel)."""
    out.mkdir(parents=True, exist_ok=True)
    subprocess.run([sys.executable, "-m", "build", "--no-isolation", "--outdir", str(out),
                    str(ROOT)], check=True, capture_output=True, text=True, timeout=600,
                   env=offline_env())
    sdist = next(out.glob("*.tar.gz"))
    wheel = next(out.glob("*.whl"))
    return sdist, wheel


def offline_env(**extra: str) -> dict:
    """The environment for offline subprocesses: no proxies, PATH kept, nothing else inherited."""
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "no_proxy": "*", "NO_PROXY": "*",
           "PIP_NO_INDEX": "1", "PIP_DISABLE_PIP_VERSION_CHECK": "1", "LANG": "C.UTF-8"}
    env.update(extra)
    return env


def venv_python(venv: Path) -> Path:
    return venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def kernelspec(folder: Path, python: Path) -> Path:
    """A Jupyter data folder whose only python3 kernel is ``python``; return the folder."""
    spec = folder / "kernels" / "python3"
    spec.mkdir(parents=True, exist_ok=True)
    (spec / "kernel.json").write_text(json.dumps({
        "argv": [str(python), "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": "Python 3 (ipykernel)", "language": "python"}), encoding="utf-8")
    return folder


def run_lessons(python: Path, work: Path, prelude: str = "", env: dict | None = None,
                lessons: list[str] | None = None) -> list[dict]:
    """Execute lessons with ``python`` in a copy of lessons/ under ``work``; return the results."""
    copy = work / "lessons"
    shutil.copytree(ROOT / "lessons", copy, ignore=shutil.ignore_patterns("progress", ".ipynb_*"))
    home = work / "home"
    home.mkdir(exist_ok=True)
    names = lessons or sorted(p.name for p in copy.glob("*.ipynb"))
    runenv = offline_env(HOME=str(home), JUPYTER_DATA_DIR=str(kernelspec(work / "jupyter", python)),
                         JUPYTER_CONFIG_DIR=str(work / "jupyter-config"),
                         IPYTHONDIR=str(work / "ipython"),
                         MEDIALIT_PROGRESS_DIR=str(work / "progress"),
                         MPLBACKEND="module://matplotlib_inline.backend_inline",
                         NLTK_DATA=str(work / "no-nltk-data"), **(env or {}))
    proc = subprocess.run([str(python), "-c", RUNNER, str(copy), prelude, *names], cwd=work,
                          env=runenv, capture_output=True, text=True, timeout=1800)
    results = [json.loads(line) for line in proc.stdout.splitlines() if line.startswith("{")]
    assert proc.returncode == 0 and len(results) == len(names), proc.stdout + proc.stderr[-3000:]
    return results
