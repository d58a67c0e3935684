"""Write toolkit/data/seed_charts.json: the lessons' charts of the two seed articles, drawn now.

    python scripts/make_seed_charts.py           # (re)write the file
    python scripts/make_seed_charts.py --check   # exit 1 if the file is not what is drawn now

Run it after a change to the chart code, the seed articles' labels or matplotlib (the test
tests/test_seed_charts.py says when). See toolkit/seedcharts.py.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from toolkit import seedcharts  # noqa: E402


def main(argv: list[str]) -> int:
    drawn = seedcharts.record(seedcharts.lesson_charts)
    text = seedcharts.kept_file(drawn)
    if "--check" in argv:
        same = seedcharts.FILE.exists() and seedcharts.FILE.read_text(encoding="utf-8") == text
        print(f"{seedcharts.FILE.name} is {'up to date' if same else 'out of date: run this script'}.")
        return 0 if same else 1
    seedcharts.FILE.write_text(text, encoding="utf-8")
    print(f"Wrote {seedcharts.FILE} ({len(drawn)} charts, {len(text) // 1024} KB).")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
