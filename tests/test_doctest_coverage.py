"""Every public function and class in ``toolkit`` shows a ``>>>`` example in its own docstring.

A name counts as public when it is defined at the top of a module (``def``, ``async def`` or
``class``) and does not start with ``_``. The examples themselves run as doctests
(``--doctest-modules`` in pyproject.toml), so an example that no longer holds fails the suite.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "toolkit"


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
    assert not missing, (f"{len(missing)} public names have no '>>>' example in their docstring "
                         "(add a short, real one: it runs as a doctest):\n" + "\n".join(missing))

