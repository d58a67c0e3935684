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


PACKAGE_SEEDS = SEEDS.parent / "toolkit" / "data" / "seeds"


@pytest.mark.parametrize("name,digest", sorted(SHA256.items()))
def test_package_copy_is_unchanged(name, digest):
    """The installed package carries its own copy of the seeds (lessons find them there)."""
    assert hashlib.sha256((PACKAGE_SEEDS / name).read_bytes()).hexdigest() == digest


def test_package_copy_is_the_whole_seeds_folder_byte_for_byte():
    ours = sorted(p.name for p in SEEDS.iterdir() if p.is_file())
    theirs = sorted(p.name for p in PACKAGE_SEEDS.iterdir() if p.is_file())
    assert ours == theirs, "copy seeds/ into toolkit/data/seeds/ (cp seeds/* toolkit/data/seeds/)"
    for name in ours:
        assert (SEEDS / name).read_bytes() == (PACKAGE_SEEDS / name).read_bytes(), name


def test_seed_path_finds_the_package_copy():
    import toolkit

    for name, file in (("npr", NPR), ("rewrite", REWRITE)):
        path = toolkit.seed_path(name)
        assert path == str(PACKAGE_SEEDS.resolve() / file.name)
