"""Labels job of two source trees, in ONE process, batches alternated: the only fair speed
comparison on a shared machine (a second process or a later run sees another load).

Usage:  git worktree add --detach /tmp/base main      (the tree to compare with)
        python bench/ab_labels.py /tmp/base --articles /work/data/i19-polnear [--reps 2]

Each tree's ``toolkit`` is imported under its own name (a symbolic link in a temporary folder;
the package's imports are relative). Batches of 25 articles run the labels job
(``analyze(article_from_text(text), readability=False)``) once with each tree, in a shuffled
order per batch, and CPU time (``time.process_time``) is summed per tree. Run it twice with the
trees swapped to see the noise. It prints; it does not pass or fail.
"""

from __future__ import annotations

import argparse
import importlib
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("other", type=Path, help="the other source tree (holding toolkit/)")
    parser.add_argument("--articles", type=Path, required=True)
    parser.add_argument("--reps", type=int, default=1)
    parser.add_argument("--batch", type=int, default=25)
    args = parser.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="ab_labels_"))
    try:
        return compare(args, folder)
    finally:
        shutil.rmtree(folder, ignore_errors=True)  # (two symbolic links)


def compare(args, folder: Path) -> int:
    trees = {"tk_this": ROOT, "tk_other": args.other.resolve()}
    for name, tree in trees.items():
        if not (tree / "toolkit" / "__init__.py").is_file():
            raise SystemExit(f"No toolkit package in {tree}.")
        os.symlink(tree / "toolkit", folder / name)
    sys.path.insert(0, str(folder))
    modules = {name: importlib.import_module(name) for name in trees}
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in sorted(args.articles.glob("*.txt"))]
    if not texts:
        raise SystemExit(f"No .txt articles in {args.articles}.")
    for m in modules.values():  # warm-up: imports, word lists, regexes
        m.analyze(m.article_from_text(texts[0]), readability=False)
    seconds = dict.fromkeys(trees, 0.0)
    ratios: list[float] = []  # this / other per batch: its median shrugs off a load spike
    rng = random.Random(19)
    batches = [texts[i:i + args.batch] for i in range(0, len(texts), args.batch)]
    for _ in range(args.reps):
        for batch in batches:
            order = list(trees)
            rng.shuffle(order)
            took = {}
            for name in order:
                m = modules[name]
                start = time.process_time()
                for text in batch:
                    m.analyze(m.article_from_text(text), readability=False)
                took[name] = time.process_time() - start
                seconds[name] += took[name]
            if took["tk_other"] > 0:
                ratios.append(took["tk_this"] / took["tk_other"])
    this, other = seconds["tk_this"], seconds["tk_other"]
    print(f"{len(texts)} articles x {args.reps}; load average {os.getloadavg()[0]:.2f}")
    print(f"this tree  {ROOT}: {this:.2f} s CPU")
    print(f"other tree {trees['tk_other']}: {other:.2f} s CPU")
    print(f"this / other = {this / other:.3f} ({100 * (this / other - 1):+.1f}%)")
    if ratios:
        print(f"median of the {len(ratios)} batches' this / other = {statistics.median(ratios):.3f} "
              f"({100 * (statistics.median(ratios) - 1):+.1f}%)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
