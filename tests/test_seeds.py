"""The seed articles are kept byte for byte, with their metadata."""

import hashlib

import pytest
import yaml

from seedpaths import NPR, REWRITE, SEEDS

SHA256 = {
    NPR.name: "9ea587813fcba15060def544a1739fb8d185d4d8b32036aa59de496e45eacf6a",
    REWRITE.name: "a6c6b077de95f034405c6df1c65a791e8b4afc89542f4083168929c7f5feaed9",
}


@pytest.mark.parametrize("name,digest", sorted(SHA256.items()))
def test_seed_is_unchanged(name, digest):
    assert hashlib.sha256((SEEDS / name).read_bytes()).hexdigest() == digest


@pytest.mark.parametrize("path,kind", [(NPR, "news"), (REWRITE, "rewrite")])
def test_seed_metadata(path, kind):
    meta = yaml.safe_load(path.with_name(path.stem + ".meta.yaml").read_text(encoding="utf-8"))
    assert meta["kind"] == kind
    assert meta["title"] and meta["copyright"]
    assert "date" in meta and "outlet" in meta
