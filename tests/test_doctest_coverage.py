"""Every public function and class in ``toolkit`` shows a ``>>>`` example in its own docstring.

A name counts as public when it is defined at the top of a module (``def``, ``async def`` or
``class``) and does not start with ``_``. The examples themselves run as doctests
(``--doctest-modules`` in pyproject.toml), so an example that no longer holds fails the suite.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "toolkit"

# Names still waiting for their example (issue 13). Each entry is removed with the commit that
# writes its example; the list must end empty. A name listed here that has an example fails too.
NOT_YET: set[str] = {
    "toolkit/analysis.py:ParagraphDensity",
    "toolkit/comparison.py:Comparison",
    "toolkit/comparison.py:Pair",
    "toolkit/report.py:build_report",
}


def public_names() -> dict[str, bool]:
    """Every public top-level name as ``module.py:name`` -> whether its docstring has ``>>>``."""
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        where = path.relative_to(PACKAGE.parent).as_posix()
        for node in tree.body:
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) \
                    and not node.name.startswith("_"):
                found[f"{where}:{node.name}"] = ">>>" in (ast.get_docstring(node) or "")
    return found


def test_the_count_sees_the_package():
    names = public_names()
    assert len(names) > 300
    assert "toolkit/analysis.py:analyze" in names
    assert "toolkit/quiz/results.py:class_results" in names


def test_every_public_name_has_an_example():
    missing = sorted(name for name, has in public_names().items() if not has)
    unexpected = [name for name in missing if name not in NOT_YET]
    assert not unexpected, (f"{len(unexpected)} public names have no '>>>' example in their "
                            "docstring:\n" + "\n".join(unexpected))


def test_the_waiting_list_only_holds_names_still_waiting():
    names = public_names()
    stale = sorted(name for name in NOT_YET if names.get(name, True))
    assert not stale, ("these names have an example now (or are gone): take them off NOT_YET:\n"
                       + "\n".join(stale))
