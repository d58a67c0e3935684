"""What the scripts that write generated text into the repository share.

``make_glossary.py``, ``guide_figures.py`` and ``make_answer_key.py`` each compute a piece of
text from the toolkit and keep a file up to date with it: the repository's root goes on the
import path, a generated block stands between two marker comments, and ``--check`` fails (exit
1, one line saying which command to run) when the file on disk is out of date.

>>> replace_block("a <!-- s -->old<!-- e --> b", "<!-- s -->", "<!-- e -->", "new", "x.md")
'a <!-- s -->\\nnew\\n<!-- e --> b'
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

GUIDE = ROOT / "lessons" / "teacher-guide.md"


def replace_block(text: str, start: str, end: str, body: str, where: str) -> str:
    """``text`` with what stands between the ``start`` and ``end`` markers replaced by ``body``.

    Raises:
        SystemExit: naming the file (``where``) and the markers to add, if it lacks them.
    """
    if start not in text or end not in text:
        raise SystemExit(f"{where} has no markers for this text: add\n{start}\n{end}")
    head, rest = text.split(start, 1)
    _, tail = rest.split(end, 1)
    return f"{head}{start}\n{body}\n{end}{tail}"


def write_or_check(path: Path, new: str, argv: list[str], stale: str, done: str) -> int:
    """Write ``new`` to ``path`` if it differs, saying ``done``; with ``--check`` in ``argv``,
    write nothing and return 1, saying ``stale``, if the file is missing or differs."""
    old = path.read_text(encoding="utf-8") if path.is_file() else None
    if "--check" in argv:
        if old != new:
            print(stale)
            return 1
        return 0
    if old != new:
        path.write_text(new, encoding="utf-8")
        print(done)
    else:
        print(f"{path.relative_to(ROOT)} is up to date.")
    return 0
