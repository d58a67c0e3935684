"""Extract real news articles for the benchmark from a copy of the PolNeAR corpus (not committed).

PolNeAR (github.com/networkdynamics/PolNeAR) holds 1,028 US news articles from 2016 (seven
outlets, left and right). Only their text files are used here, to time the toolkit on real
articles; the texts are written to a git-ignored folder and never committed.

    git clone https://github.com/networkdynamics/PolNeAR /tmp/PolNeAR
    python bench/fetch_articles.py /tmp/PolNeAR            # -> bench/articles/ (git-ignored)
    python bench/fetch_articles.py /path/to/PolNeAR/.git   # a bare git directory works too

Articles whose text is the same (after folding white space) are kept once. Prints how many
articles and words were written.
"""

from __future__ import annotations

import argparse
import hashlib
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_OUT = HERE / "articles"
SPLITS = ("train", "dev", "test")


def _texts_from_git(git_dir: Path):
    """(name, text) for every data/<split>/text/*.txt in a git directory's HEAD."""
    names = subprocess.run(["git", "--git-dir", str(git_dir), "ls-tree", "-r", "--name-only", "HEAD",
                            "data/"], capture_output=True, text=True, check=True).stdout.split()
    for name in names:
        parts = name.split("/")
        if len(parts) == 4 and parts[1] in SPLITS and parts[2] == "text" and name.endswith(".txt"):
            blob = subprocess.run(["git", "--git-dir", str(git_dir), "show", f"HEAD:{name}"],
                                  capture_output=True, check=True).stdout
            yield parts[3], blob.decode("utf-8", errors="replace")


def _texts_from_folder(root: Path):
    for split in SPLITS:
        for path in sorted((root / "data" / split / "text").glob("*.txt")):
            yield path.name, path.read_text(encoding="utf-8", errors="replace")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("polnear", type=Path, help="a clone of PolNeAR (or its git directory)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="where to write (git-ignored)")
    args = parser.parse_args(argv)
    src = args.polnear
    if (src / "data").is_dir():
        texts = _texts_from_folder(src)
    elif (src / "HEAD").is_file() or (src / ".git").exists():
        texts = _texts_from_git(src / ".git" if (src / ".git").exists() else src)
    else:
        print(f"No PolNeAR copy at {src}: clone github.com/networkdynamics/PolNeAR and pass its folder.")
        return 1
    args.out.mkdir(parents=True, exist_ok=True)
    seen: set[str] = set()
    n = words = dup = 0
    for name, text in texts:
        key = hashlib.sha256(" ".join(text.split()).encode()).hexdigest()
        if key in seen or not text.strip():
            dup += 1
            continue
        seen.add(key)
        (args.out / name).write_text(text, encoding="utf-8")
        n += 1
        words += len(text.split())
    print(f"Wrote {n} articles ({words:,} words) to {args.out}; {dup} duplicates or empty left out.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
