"""The kernel's side of a lesson: processor time of each code cell, with no browser.

bench/lesson_render.py times what a student waits for (page, kernel, every widget drawn); this
script splits the kernel's share by cell, so one can see which cells cost (imports, analyzing the
seeds, building quiz widgets, drawing charts). Each lesson runs in its own fresh Python process
(imports are paid as in a new kernel), in an IPython shell that formats every output as a
notebook would; widgets are built but no browser draws them. A chart cell's matplotlib import is
shown apart (processor time of importing what toolkit.charts draws with).

    .venv/bin/python bench/lesson_cells.py                   # every lesson
    .venv/bin/python bench/lesson_cells.py lessons/02-*.ipynb --all

Processor time (time.process_time), not wall time, so other work on the machine matters less
(it still slows caches and memory): compare figures from the same run. Prints figures only.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Run in a child process per lesson: argv = [notebook, threshold in ms, "all" or ""].
CHILD = r"""
import json, os, subprocess, sys, tempfile, time
# The progress folder inside an empty folder, as beside a lesson: the unit's progress looks for
# teachers' own lessons in the folders next to it.
os.environ["MEDIALIT_PROGRESS_DIR"] = os.path.join(tempfile.mkdtemp(prefix="medialit-cells-"), "progress")
from IPython.core.interactiveshell import InteractiveShell
path, least, every = sys.argv[1], float(sys.argv[2]), sys.argv[3] == "all"
shell = InteractiveShell.instance()
cells = [c for c in json.load(open(path, encoding="utf-8"))["cells"] if c["cell_type"] == "code"]
total, rows = 0.0, []
for number, cell in enumerate(cells, 1):
    source = "".join(cell["source"])
    had_mpl = "matplotlib.figure" in sys.modules
    start = time.process_time()
    result = shell.run_cell(source, store_history=False, silent=False)
    spent = time.process_time() - start
    total += spent
    note = "" if had_mpl or "matplotlib.figure" not in sys.modules else "matplotlib imported"
    if result.error_in_exec is not None:
        note = f"ERROR {type(result.error_in_exec).__name__}"
    line = source.strip().splitlines()[-1] if source.strip() else ""
    if every or spent * 1000 >= least or note:
        rows.append((number, spent, line[:60], note))
mpl = None
if "matplotlib.figure" in sys.modules:  # what that import costs, in a fresh process
    code = "import time; t = time.process_time(); import matplotlib.figure, matplotlib.backends.backend_agg, matplotlib.patches; print(time.process_time() - t)"
    mpl = float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout)
print(json.dumps({"rows": rows, "total": total, "cells": len(cells), "mpl": mpl}))
"""


def lesson_cells(notebook: Path, least_ms: float, every: bool) -> dict:
    """Run one notebook's code cells in a fresh process; return its per-cell figures."""
    out = subprocess.run([sys.executable, "-c", CHILD, str(notebook), str(least_ms),
                          "all" if every else ""], capture_output=True, text=True, cwd=tempfile.gettempdir(),
                         env={**os.environ, "MPLBACKEND": "Agg"})
    if out.returncode != 0:
        raise SystemExit(f"{notebook.name} did not run:\n{out.stderr[-2000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("notebooks", nargs="*", type=Path, help="default: every lessons/*.ipynb")
    parser.add_argument("--least", type=float, default=20.0,
                        help="show cells taking at least this many ms (default 20)")
    parser.add_argument("--all", action="store_true", help="show every code cell")
    args = parser.parse_args(argv)
    notebooks = args.notebooks or sorted((ROOT / "lessons").glob("*.ipynb"))
    print(f"Kernel processor time per code cell (fresh process per lesson); load average "
          f"(1, 5, 15 min): {' '.join(f'{x:.1f}' for x in os.getloadavg())} on {os.cpu_count()} CPUs")
    for notebook in notebooks:
        got = lesson_cells(notebook, args.least, args.all)
        mpl = f"; matplotlib's import alone {got['mpl']:.2f} s" if got["mpl"] is not None else ""
        print(f"\n{notebook.name}: {got['total']:.2f} s for {got['cells']} code cells{mpl}")
        for number, spent, line, note in got["rows"]:
            print(f"  code cell {number:2d} {spent * 1000:7.0f} ms  {line}{'  (' + note + ')' if note else ''}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
