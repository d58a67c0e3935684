"""Benchmark: how long each chart and the seeds' comparison take, against references in the same run.

Usage:  python bench/display_speed.py

Moved here from the unit tests (issue 13): timing asserts failed under load on shared machines.
Each figure is processor time (not wall time), the best of three runs:
  charts    every plot_* function on the two seed analyses, drawn to PNG, against drawing an
            empty figure of the same size to PNG (the cost of matplotlib alone)
  compare   toolkit.compare on the two seed analyses, against labelling both articles
            (analyze(..., readability=False))
Targets (the old test bounds): each chart under 0.5 s; the comparison under 1 s.
This script prints figures; it does not pass or fail.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from toolkit import analyze, charts, compare, seed_path  # noqa: E402

PLOTS = ("plot_strip", "plot_density", "plot_labels", "plot_sources", "plot_readability")


def best_of(job, runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        start = time.process_time()
        job()
        times.append(time.process_time() - start)
    return min(times)


def main() -> None:
    npr, rewrite = analyze(seed_path("npr")), analyze(seed_path("rewrite"))
    charts.figure_bytes(charts.plot_labels(npr))  # warm up fonts once
    blank = charts.plot_labels(npr)
    blank.clear()
    reference = best_of(lambda: charts.figure_bytes(blank))
    print(f"reference: an empty figure to PNG  {reference:.3f} s")
    for name in PLOTS:
        seconds = best_of(lambda: charts.figure_bytes(getattr(charts, name)(npr, rewrite)))
        print(f"{name:<18} {seconds:.3f} s  ({seconds / reference:.1f}x the reference; target < 0.5 s)")
    comparison = compare(npr, rewrite)
    seconds = best_of(lambda: charts.figure_bytes(charts.plot_flow(comparison)))
    print(f"{'plot_flow':<18} {seconds:.3f} s  ({seconds / reference:.1f}x the reference; target < 0.5 s)")

    labels = best_of(lambda: (analyze(seed_path("npr"), readability=False),
                              analyze(seed_path("rewrite"), readability=False)))
    seconds = best_of(lambda: compare(npr, rewrite))
    print(f"labelling both seeds {labels:.3f} s")
    print(f"compare(npr, rewrite) {seconds:.3f} s  ({seconds / labels:.1f}x labelling both; "
          f"target < 1 s)")


if __name__ == "__main__":
    main()
