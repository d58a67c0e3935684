"""Tests for toolkit.datafiles: one reader for YAML/JSON data files, one way to find shipped files."""

import builtins

import pytest

from toolkit import ToolkitError
from toolkit.datafiles import read_data, shipped


def test_shipped_files_are_found_in_the_package():
    assert shipped("keys", "npr.yaml").is_file()
    assert shipped("quizzes").is_dir()
    assert shipped("seeds", "rewrite-sessions-ms13.txt").is_file()


def test_yaml_and_json_read_as_plain_data(tmp_path):
    (tmp_path / "a.yaml").write_text("x: [1, 2]\n", encoding="utf-8")
    (tmp_path / "b.json").write_text('{"x": [1, 2]}', encoding="utf-8")
    assert read_data(tmp_path / "a.yaml") == read_data(tmp_path / "b.json") == {"x": [1, 2]}


@pytest.mark.parametrize("name, text, message", [
    ("bad.yaml", "x: [1, 2\n", "is not valid YAML"),
    ("bad.json", '{"x": ', "is not valid JSON near line 1"),
    ("code.yaml", "x: !!python/object/apply:os.system ['true']\n", "asks to build a Python object"),
])
def test_one_style_of_message(tmp_path, name, text, message):
    (tmp_path / name).write_text(text, encoding="utf-8")
    with pytest.raises(ToolkitError, match=message) as err:
        read_data(tmp_path / name)
    assert name in str(err.value) and "\n" not in str(err.value)


def test_not_utf8(tmp_path):
    (tmp_path / "x.yaml").write_bytes(b"\xff\xfe\x00x")
    with pytest.raises(ToolkitError, match="not a UTF-8 text file"):
        read_data(tmp_path / "x.yaml")


def test_json_twin_when_pyyaml_is_missing(tmp_path, monkeypatch):
    (tmp_path / "k.yaml").write_text("x: 1\n", encoding="utf-8")
    real_import = builtins.__import__

    def no_yaml(name, *args, **kwargs):
        if name == "yaml":
            raise ImportError("no yaml here")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_yaml)
    with pytest.raises(ToolkitError, match="no PyYAML"):
        read_data(tmp_path / "k.yaml")
    (tmp_path / "k.json").write_text('{"x": 2}', encoding="utf-8")
    assert read_data(tmp_path / "k.yaml") == {"x": 2}


def test_shipped_files_are_found_one_way():
    from pathlib import Path

    from toolkit import datafiles, jsoncopies

    assert jsoncopies.data_folder is datafiles.data_folder
    package = Path(datafiles.__file__).parent
    finders = sorted(p.relative_to(package).as_posix() for p in package.rglob("*.py")
                     if "resources.files" in p.read_text(encoding="utf-8"))
    assert finders == ["datafiles.py"]


def test_a_tree_imported_under_another_name_reads_its_own_files(tmp_path):
    """bench/ab_labels.py imports two trees as tk_this and tk_other: each must read its own word
    lists, or an A/B of two trees whose lists differ compares one tree's lists twice (s12: both
    read the installed toolkit's files)."""
    import importlib
    import os
    import shutil
    import sys
    from pathlib import Path

    import toolkit

    source = Path(toolkit.__file__).parent
    copy = tmp_path / "tk_copy_s13"
    shutil.copytree(source, copy, copy_function=os.symlink,
                    ignore=shutil.ignore_patterns("__pycache__", "nltk_data"))
    modals = copy / "data" / "wordlists" / "modals.txt"
    modals.unlink()  # a real file in the copy, with one entry more than the shipped list
    modals.write_text((source / "data" / "wordlists" / "modals.txt").read_text(encoding="utf-8")
                      + "\nzorbmust\n", encoding="utf-8")
    sys.path.insert(0, str(tmp_path))
    try:
        other = importlib.import_module("tk_copy_s13.wordlists")
        other_files = importlib.import_module("tk_copy_s13.datafiles")
        assert other_files.data_folder() == copy / "data"
        assert "zorbmust" in other.load_words("modals")
        from toolkit.wordlists import load_words
        assert "zorbmust" not in load_words("modals")
        assert shipped("wordlists").parent == source / "data"
    finally:
        sys.path.remove(str(tmp_path))
        for name in [n for n in sys.modules if n == "tk_copy_s13" or n.startswith("tk_copy_s13.")]:
            del sys.modules[name]
