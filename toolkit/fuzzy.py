"""How alike two strings are: rapidfuzz's ``fuzz.ratio`` when it is installed, else the same
figure computed in pure Python (rapidfuzz has no build for the browser, Pyodide).

The figure is the Indel similarity on a 0-100 scale: 100 x (1 - d / (len(a) + len(b))), where d is
the number of characters to insert or delete to turn one string into the other, that is
len(a) + len(b) - 2 x (longest common subsequence). The pure path finds the longest common
subsequence with a bit-parallel method (one pass over ``b``, Python integers as bit sets), so a
sentence pair costs microseconds; a test checks both paths give equal figures on the seeds.

>>> ratio("this is a test", "this is a test!")
96.55172413793103
>>> ratio("", "")
100.0
"""

from __future__ import annotations

try:  # rapidfuzz is optional: a compiled package with no browser build
    from rapidfuzz.fuzz import ratio as _rapidfuzz_ratio
except ImportError:  # pragma: no cover - exercised by the pure-path tests
    _rapidfuzz_ratio = None


def lcs_length(a: str, b: str) -> int:
    """Length of the longest common subsequence of two strings.

    >>> lcs_length("kitten", "sitting")
    4
    """
    if not a or not b:
        return 0
    masks: dict[str, int] = {}
    for i, ch in enumerate(a):
        masks[ch] = masks.get(ch, 0) | (1 << i)
    full = (1 << len(a)) - 1
    v = full
    for ch in b:
        u = v & masks.get(ch, 0)
        v = ((v + u) | (v - u)) & full
    return len(a) - bin(v).count("1")


def pure_ratio(a: str, b: str) -> float:
    """rapidfuzz's ``fuzz.ratio`` in pure Python (same formula, same float arithmetic).

    >>> pure_ratio("abc", "abd")
    66.66666666666667
    """
    total = len(a) + len(b)
    if total == 0:
        return 100.0
    distance = total - 2 * lcs_length(a, b)
    return (1.0 - distance / total) * 100


def ratio(a: str, b: str) -> float:
    """Similarity of two strings, 0-100 (rapidfuzz's ``fuzz.ratio``; pure Python without it).

    >>> round(ratio("Acevedo", "Acevdo"), 1), ratio("abc", "abc")
    (92.3, 100.0)
    """
    if _rapidfuzz_ratio is not None:
        return _rapidfuzz_ratio(a, b)
    return pure_ratio(a, b)
