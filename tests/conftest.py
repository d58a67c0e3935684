"""Shared test fixtures: the project's own seeds (never ../shared)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
NPR = SEEDS / "npr-sessions-el-salvador.txt"
REWRITE = SEEDS / "rewrite-sessions-ms13.txt"


@pytest.fixture(scope="session")
def npr_analysis():
    from toolkit import analyze

    return analyze(NPR)


@pytest.fixture(scope="session")
def rewrite_analysis():
    from toolkit import analyze

    return analyze(REWRITE)
