"""The symmetry test: loaded language from the left and from the right must be treated alike.

``eval/data/symmetry-pairs.tsv`` holds minimal pairs of invented sentences: the same sentence with
a left-coded and a right-coded loaded word or phrase. Each pair must get the same label and the
same kinds of evidence. ``tests/test_symmetry.py`` runs this as a unit test; ``eval/evaluate.py``
prints the figure.

>>> check_pairs([("The mayor praised the plan.", "The mayor praised the plan.")])
[]
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAIRS = ROOT / "eval" / "data" / "symmetry-pairs.tsv"
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from toolkit.articles import article_from_text  # noqa: E402
from toolkit.labels import label_sentences  # noqa: E402


def load_pairs(path: Path = PAIRS) -> list[tuple[str, str]]:
    """Read the pairs: left-coded sentence, a tab, right-coded sentence; ``#`` lines are comments."""
    pairs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        left, right = line.split("\t")
        pairs.append((left.strip(), right.strip()))
    return pairs


def result(sentence: str) -> tuple[str, tuple[str, ...]]:
    """The label and the sorted evidence kinds the toolkit gives one sentence on its own."""
    got = label_sentences(article_from_text(sentence))
    body = [s for s in got]
    label = " + ".join(s.label for s in body)
    kinds = tuple(sorted(e.kind for s in body for e in s.evidence))
    return label, kinds


def check_pairs(pairs) -> list[tuple[str, str, tuple, tuple]]:
    """The pairs whose two sentences get a different label or different evidence kinds."""
    bad = []
    for left, right in pairs:
        lres, rres = result(left), result(right)
        if lres != rres:
            bad.append((left, right, lres, rres))
    return bad
