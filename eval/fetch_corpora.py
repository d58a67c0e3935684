"""Build the local development corpora (PolNeAR and BABE) from clones of their public repositories.

The texts belong to their publishers, so they are never committed: this script writes them to a
git-ignored folder (``eval/corpora/`` unless ``MEDIALIT_CORPORA`` or ``--out`` says otherwise).
Only this script, the ids it lists and the counts it prints are part of the repository.

Get the two repositories first (any clone works, a bare one too)::

    git clone https://github.com/networkdynamics/PolNeAR
    git clone https://github.com/Media-Bias-Group/Neural-Media-Bias-Detection-Using-Distant-Supervision-With-BABE babe

then::

    python eval/fetch_corpora.py --polnear PolNeAR --babe babe

It writes ``polnear-{train,dev,test}.jsonl`` (one article a line: id, publisher, text and every
attribution's source, cue and content spans) and ``babe-{train,dev,test}.jsonl`` (one sentence a
line: id, text, outlet, outlet side, the experts' opinion and bias labels). PolNeAR keeps its own
split. BABE has none, so each sentence goes to train (60%), dev (20%) or test (20%) by a hash of
its text: the split never changes when the script runs again. How the corpora's labels map to the
toolkit's is written down in ``eval/CORPORA.md``.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import json
import os
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = Path(os.environ.get("MEDIALIT_CORPORA", ROOT / "eval" / "corpora"))
BABE_FILE = "data/final_labels_SG2.csv"


class Repo:
    """Read files from a clone (with a work tree) or a bare git directory."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self.bare = not (self.path / ".git").exists() and (self.path / "HEAD").exists()

    def read(self, name: str) -> str:
        if not self.bare and (self.path / name).exists():
            return (self.path / name).read_text(encoding="utf-8-sig")
        out = subprocess.run(["git", "--git-dir", str(self.path if self.bare else self.path / ".git"),
                              "show", f"HEAD:{name}"], capture_output=True, check=True)
        return out.stdout.decode("utf-8-sig")

    def list(self, folder: str) -> list[str]:
        if not self.bare and (self.path / folder).is_dir():
            return sorted(str(p.relative_to(self.path)) for p in (self.path / folder).iterdir())
        out = subprocess.run(["git", "--git-dir", str(self.path if self.bare else self.path / ".git"),
                              "ls-tree", "--name-only", "HEAD", folder + "/"],
                             capture_output=True, check=True, text=True)
        return sorted(out.stdout.split())


def parse_ann(text: str) -> list[dict]:
    """Read one brat standoff file of PolNeAR into attributions: {source, cue, content} span lists."""
    spans: dict[str, list[tuple[int, int]]] = {}
    attributions = []
    for line in text.splitlines():
        if re.match(r"T\d+\t", line):  # content text may hold line breaks: skip its other lines
            tid, info, *_ = line.split("\t")
            kind, _, offsets = info.partition(" ")
            spans[tid] = [tuple(map(int, part.split())) for part in offsets.split(";")]
        elif re.match(r"E\d+\t", line):
            _, info = line.split("\t")[:2]
            roles: dict[str, list] = {"source": [], "cue": [], "content": []}
            for part in info.split()[1:]:
                role, _, tid = part.partition(":")
                role = role.rstrip("0123456789").lower()
                if role in roles:
                    roles[role] += spans.get(tid, [])
            attributions.append(roles)
    return attributions


def build_polnear(repo: Repo, out: Path) -> dict[str, Counter]:
    meta = {}
    for row in csv.DictReader(io.StringIO(repo.read("data/metadata.tsv")), delimiter="\t"):
        meta[row["filename"]] = row
    counts: dict[str, Counter] = {}
    for split in ("train", "dev", "test"):
        names = [n for n in repo.list(f"data/{split}/attributions") if n.endswith(".ann")]
        by_article: dict[str, list[str]] = {}
        for name in names:
            stem = Path(name).stem
            by_article.setdefault(stem.rsplit("_", 1)[0], []).append(name)
        c = counts[split] = Counter()
        with open(out / f"polnear-{split}.jsonl", "w", encoding="utf-8") as fh:
            for article_id in sorted(by_article):
                # Some articles were annotated by several people (agreement checks): keep one
                # annotation, the first annotator in the metadata's order, so no article counts twice.
                row = meta.get(article_id, {})
                order = row.get("annotators", "").split("|")
                files = sorted(by_article[article_id],
                               key=lambda n: order.index(Path(n).stem.rsplit("_", 1)[1])
                               if Path(n).stem.rsplit("_", 1)[1] in order else 99)
                text = repo.read(f"data/{split}/text/{article_id}.txt")
                atts = parse_ann(repo.read(files[0]))
                fh.write(json.dumps({"id": article_id, "publisher": row.get("publisher", ""),
                                     "annotator": Path(files[0]).stem.rsplit("_", 1)[1],
                                     "text": text, "attributions": atts}) + "\n")
                c["articles"] += 1
                c["attributions"] += len(atts)
                c["with source"] += sum(bool(a["source"]) for a in atts)
    return counts


def babe_split(text: str) -> str:
    """train / dev / test for a BABE sentence, from a hash of its text (60 / 20 / 20)."""
    bucket = int(hashlib.sha256(text.strip().encode("utf-8")).hexdigest()[:8], 16) % 10
    return "train" if bucket < 6 else ("dev" if bucket < 8 else "test")


def build_babe(repo: Repo, out: Path) -> dict[str, Counter]:
    rows = list(csv.DictReader(io.StringIO(repo.read(BABE_FILE)), delimiter=";"))
    counts: dict[str, Counter] = {s: Counter() for s in ("train", "dev", "test")}
    files = {s: open(out / f"babe-{s}.jsonl", "w", encoding="utf-8") for s in counts}
    seen = set()
    try:
        for row in rows:
            text = (row.get("text") or "").strip()
            if not text or text in seen:
                continue
            seen.add(text)
            split = babe_split(text)
            item = {"id": hashlib.sha256(text.encode("utf-8")).hexdigest()[:12], "text": text,
                    "outlet": row.get("outlet", ""), "side": row.get("type", ""),
                    "opinion": row.get("label_opinion", ""), "bias": row.get("label_bias", ""),
                    "biased_words": row.get("biased_words", "")}
            files[split].write(json.dumps(item) + "\n")
            counts[split][f"{item['side'] or 'no side'} / {item['opinion'] or 'no label'}"] += 1
    finally:
        for fh in files.values():
            fh.close()
    return counts


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--polnear", type=Path, help="a clone of github.com/networkdynamics/PolNeAR")
    parser.add_argument("--babe", type=Path, help="a clone of the BABE repository (Media-Bias-Group)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help=f"where to write (default {DEFAULT_OUT})")
    args = parser.parse_args(argv)
    if not args.polnear and not args.babe:
        parser.error("give --polnear and/or --babe (paths to clones); see the docstring")
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / ".gitignore").write_text("*\n", encoding="utf-8")
    if args.polnear:
        for split, c in build_polnear(Repo(args.polnear), args.out).items():
            print(f"PolNeAR {split}: " + ", ".join(f"{k} {v}" for k, v in c.items()))
    if args.babe:
        for split, c in build_babe(Repo(args.babe), args.out).items():
            print(f"BABE {split}: {sum(c.values())} sentences; " + ", ".join(f"{k} {v}" for k, v in sorted(c.items())))
    print(f"Written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
