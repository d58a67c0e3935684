"""Strip outputs and execution counts from the lesson notebooks and set one kernelspec.

Usage:
    python scripts/nbclean.py                 # clean lessons/*.ipynb and lessons/teacher/*.ipynb
    python scripts/nbclean.py --check         # exit 1 (and list them) if any needs cleaning
    python scripts/nbclean.py path/a.ipynb    # clean just these files

Kept: cell sources, cell ids, cell metadata (e.g. jupyter.source_hidden). Added: an id for a cell
that has none (nbformat 4.5 requires one; a cell pasted in by some editors arrives without it), made
from the cell's source so the same cell always gets the same id. Removed: outputs, execution counts,
widget state and other front-end metadata in the notebook's own metadata.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KERNELSPEC = {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"}
LANGUAGE_INFO = {"name": "python"}
KEEP_CELL_METADATA = {"jupyter", "tags", "editable", "deletable"}


def clean(nb: dict) -> dict:
    """Return a cleaned copy of a notebook (as plain JSON data)."""
    nb = json.loads(json.dumps(nb))
    nb["metadata"] = {"kernelspec": dict(KERNELSPEC), "language_info": dict(LANGUAGE_INFO)}
    nb.setdefault("nbformat", 4)
    nb.setdefault("nbformat_minor", 5)
    for cell in nb.get("cells", []):
        if isinstance(cell.get("source"), list):
            cell["source"] = "".join(cell["source"])
        cell["metadata"] = {k: v for k, v in cell.get("metadata", {}).items()
                            if k in KEEP_CELL_METADATA}
        if cell.get("cell_type") == "code":
            cell["outputs"] = []
            cell["execution_count"] = None
        else:
            cell.pop("outputs", None)
            cell.pop("execution_count", None)
            if not cell.get("attachments"):
                cell.pop("attachments", None)
    _give_ids(nb["cells"] if "cells" in nb else [])
    return nb


def _give_ids(cells: list[dict]) -> None:
    """Give every cell without an id one made from its source, unique within the notebook.

    >>> cells = [{"id": "a1", "source": "x"}, {"source": "print(1)"}, {"source": "print(1)"}]
    >>> _give_ids(cells)
    >>> [c["id"] for c in cells][0], len({c["id"] for c in cells})
    ('a1', 3)
    """
    taken = {c["id"] for c in cells if c.get("id")}
    for cell in cells:
        if cell.get("id"):
            continue
        digest = hashlib.sha256(str(cell.get("source", "")).encode("utf-8")).hexdigest()
        n = 0
        while (new := f"{digest[:8]}-{n}" if n else digest[:8]) in taken:
            n += 1
        cell["id"] = new
        taken.add(new)


def dumps(nb: dict) -> str:
    """The notebook as text, the way Jupyter writes it (one-space indent, sorted keys)."""
    return json.dumps(nb, indent=1, sort_keys=True, ensure_ascii=False) + "\n"


def needs_cleaning(path: Path) -> bool:
    """True if the file's text is not what ``clean`` would write."""
    text = path.read_text(encoding="utf-8")
    return text != dumps(clean(json.loads(text)))


def main(argv: list[str]) -> int:
    check = "--check" in argv
    paths = [Path(a) for a in argv if a != "--check"] or (
        sorted((ROOT / "lessons").glob("*.ipynb"))
        + sorted((ROOT / "lessons" / "teacher").glob("*.ipynb")))
    dirty = []
    for path in paths:
        if needs_cleaning(path):
            dirty.append(path)
            if not check:
                nb = json.loads(path.read_text(encoding="utf-8"))
                path.write_text(dumps(clean(nb)), encoding="utf-8")
    if check and dirty:
        print("These notebooks need cleaning (run python scripts/nbclean.py):")
        for p in dirty:
            print(f"  {p}")
        return 1
    if not check:
        print(f"Cleaned {len(dirty)} of {len(paths)} notebooks.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
