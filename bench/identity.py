"""Output identity check for speed work: sha256 of analyze()'s whole JSON over many texts.

Usage:  python bench/identity.py --articles /work/data/i19-polnear --save before.json
        python bench/identity.py --articles /work/data/i19-polnear --compare before.json

Texts: every .txt in the articles folder, the seeds, the practice articles, the test fixtures'
articles and every string literal of 20+ characters with a space in tests/*.py (the tests' own
texts; the ones analyze() refuses are recorded with their message). For each text it hashes the
whole analysis JSON: sentences, labels, sources, cues, evidence with spans, reasons, density,
readability and paragraph figures. It prints one sha256 over all of them and, with --compare,
lists the texts whose JSON differs. It prints; it does not pass or fail.
"""

from __future__ import annotations

import argparse
import ast
import hashlib
import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def texts(articles: Path | None) -> dict[str, str]:
    """Name -> text, in a fixed order."""
    found: dict[str, str] = {}
    folders = [ROOT / "seeds", ROOT / "toolkit" / "data" / "practice", ROOT / "tests" / "fixtures"]
    if articles:
        folders.insert(0, articles)
    for folder in folders:
        for path in sorted(folder.rglob("*.txt")):
            found[str(path.relative_to(folder.parent))] = path.read_text(encoding="utf-8")
    # the seeds, the practice and fixture articles and every tenth article of the folder
    found.update(variants({k: v for i, (k, v) in enumerate(found.items())
                           if not k.startswith(articles.name + "/" if articles else "\0") or i % 10 == 0}))
    for path in sorted((ROOT / "tests").glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        n = 0
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) \
                    and len(node.value) >= 20 and " " in node.value:
                n += 1
                found[f"tests/{path.name}#{n}"] = node.value
    return found


def variants(originals: dict[str, str]) -> dict[str, str]:
    """Harder copies of a few articles: letters whose case is a trap for a regex that ignores
    case ("ſ", "ı", "İ", the Kelvin sign), apostrophes swapped, all capitals, one very long
    sentence (every full stop a comma), no line breaks, and HTML-like tags."""
    out: dict[str, str] = {}
    for name, text in originals.items():
        out[name + "~traps"] = (text.replace("s ", "ſ ").replace("in ", "ın ").replace("In ", "İn ")
                                .replace("k", "\u212a", 3))
        out[name + "~apostrophes"] = text.replace("’", "\0").replace("'", "’").replace("\0", "'")
        out[name + "~capitals"] = text.upper()
        out[name + "~one-sentence"] = text.replace(". ", ", ").replace(".\n", ",\n")
        out[name + "~one-line"] = " ".join(text.split())
        out[name + "~html"] = "<p>" + text.replace("\n\n", "</p>\n\n<p>").replace(" said", " <b>said</b>") + "</p>"
    return out


def digest(text: str) -> str:
    from toolkit import analyze
    from toolkit.errors import ToolkitError

    try:
        out = analyze(text).to_json(indent=None)
    except ToolkitError as exc:
        out = "ToolkitError: " + str(exc)
    return hashlib.sha256(out.encode("utf-8")).hexdigest()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=Path)
    parser.add_argument("--save", type=Path)
    parser.add_argument("--compare", type=Path)
    args = parser.parse_args()
    os.chdir(tempfile.gettempdir())  # messages that name the current folder are the same for every run
    hashes = {name: digest(text) for name, text in texts(args.articles).items()}
    total = hashlib.sha256("".join(f"{k}\t{v}\n" for k, v in hashes.items()).encode()).hexdigest()
    print(f"{len(hashes)} texts, sha256 of all analyze() JSON: {total}")
    if args.save:
        args.save.write_text(json.dumps(hashes, indent=0))
    if args.compare:
        old = json.loads(args.compare.read_text())
        differ = [k for k in hashes if old.get(k) != hashes[k]]
        missing = [k for k in old if k not in hashes]
        print(f"differ: {len(differ)}, missing: {len(missing)}")
        for k in (differ + missing)[:20]:
            print("  ", k)


if __name__ == "__main__":
    main()
