"""Shared test fixtures: the project's own seeds (never ../shared)."""

from __future__ import annotations

import pytest

from seedpaths import NPR, REWRITE


@pytest.fixture(scope="session")
def npr_analysis():
    from toolkit import analyze

    return analyze(NPR)


@pytest.fixture(scope="session")
def rewrite_analysis():
    from toolkit import analyze

    return analyze(REWRITE)
