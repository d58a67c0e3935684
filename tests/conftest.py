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


@pytest.fixture(scope="session")
def dists(tmp_path_factory):
    """The sdist and the wheel built from it, once per test run: (sdist, wheel)."""
    from installed import build_dists

    from importlib.metadata import PackageNotFoundError, version

    try:  # the test extra has both; the ipywidgets-7 environment of scripts/test.sh has not
        ready = int(version("setuptools").split(".")[0]) >= 77 and version("build")
    except PackageNotFoundError:
        ready = False
    if not ready:
        pytest.skip("building the wheel needs 'build' and setuptools>=77 (the test extra)")
    return build_dists(tmp_path_factory.mktemp("dist"))
