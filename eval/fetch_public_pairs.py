"""Copy the public original/derived pairs listed in eval/data/public/pairs.yaml into a git-ignored folder.

Usage:
    python eval/fetch_public_pairs.py --source PATH [--out eval/data/fetched]

PATH is a local copy of the repository named in pairs.yaml (a normal clone, or its bare ``.git``
folder). Nothing is downloaded here: get the repository with git first. Each file is checked
against the sha256 in pairs.yaml, so the labels in eval/data/public/keys always meet the text they
were written for. The texts are not ours: they stay out of git (eval/data/fetched/ is ignored).
"""

from __future__ import annotations

import argparse
import hashlib
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from toolkit.keys import read_yaml  # noqa: E402

LIST = ROOT / "eval" / "data" / "public" / "pairs.yaml"
OUT = ROOT / "eval" / "data" / "fetched"


def _read(source: Path, commit: str, path: str) -> bytes:
    """One file's bytes at `commit`, from a clone or a bare git folder."""
    git_dir = source if (source / "HEAD").is_file() and (source / "objects").is_dir() else source / ".git"
    if git_dir.is_dir():
        done = subprocess.run(["git", "--git-dir", str(git_dir), "show", f"{commit}:{path}"],
                              capture_output=True, check=False)
        if done.returncode == 0:
            return done.stdout
    plain = source / path
    if plain.is_file():
        return plain.read_bytes()
    raise SystemExit(f"No file {path} at {commit} in {source}: is it a copy of the repository "
                     "named in eval/data/public/pairs.yaml?")


def main(argv: list[str] | None = None) -> int:
    """Write <id>.original.txt and <id>.rewrite.txt for every listed pair; return 0."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", required=True, type=Path, help="local copy of the repository")
    parser.add_argument("--out", type=Path, default=OUT, help="where to write (git-ignored)")
    args = parser.parse_args(argv)
    listing = read_yaml(LIST)
    src = listing["source"]
    args.out.mkdir(parents=True, exist_ok=True)
    for pair in listing["pairs"]:
        for role, folder, suffix in (("original", "legit", "legit"), ("rewrite", "fake", "fake")):
            data = _read(args.source, src["commit"], f"{src['folder']}/{folder}/{pair['id']}.{suffix}.txt")
            digest = hashlib.sha256(data).hexdigest()
            if digest != pair[f"{role}_sha256"]:
                raise SystemExit(f"{pair['id']} {role}: the file's sha256 is {digest}, the list says "
                                 f"{pair[f'{role}_sha256']}; the labels were written for another text.")
            (args.out / f"{pair['id']}.{role}.txt").write_bytes(data)
    print(f"Wrote {2 * len(listing['pairs'])} files to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
