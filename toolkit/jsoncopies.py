"""JSON copies of the toolkit's YAML data files, for a Python without PyYAML (the browser site).

Pyodide's core distribution has no PyYAML. The browser build (``scripts/build_lite.py``) writes a
JSON copy of every YAML file under ``toolkit/data`` into ``toolkit/data/json/``, at the same
relative path with ``.json`` in place of ``.yaml``; the readers use that copy only when PyYAML
cannot be imported. A copy holds exactly what ``yaml.safe_load`` returns (a test checks they are
equal); a value JSON cannot hold stops the build rather than being changed.

>>> copy_path(data_folder() / "keys" / "npr.yaml").relative_to(data_folder()).as_posix()
'json/keys/npr.json'
>>> copy_path(Path("/somewhere/else/my-quiz.yaml")) is None
True
"""

from __future__ import annotations

import json
from pathlib import Path

from .datafiles import data_folder, read_data  # the one way to find shipped files, the one reader
from .errors import ToolkitError

JSON_FOLDER = "json"
YAML_SUFFIXES = (".yaml", ".yml")


def copy_path(path: Path, folder: Path | None = None) -> Path | None:
    """Where the JSON copy of a YAML data file shipped in ``folder`` lives; None for other files.

    >>> folder = Path("/data")
    >>> copy_path(folder / "quizzes" / "example.yaml", folder).as_posix()
    '/data/json/quizzes/example.json'
    >>> copy_path(Path("/elsewhere/quiz.yaml"), folder) is None  # not a shipped file
    True
    """
    folder = (folder or data_folder()).resolve()
    try:
        relative = Path(path).resolve().relative_to(folder)
    except ValueError:
        return None
    if relative.parts and relative.parts[0] == JSON_FOLDER:
        return None
    return folder / JSON_FOLDER / relative.with_suffix(".json")


def has_yaml() -> bool:
    """Whether PyYAML can be imported here.

    >>> from unittest import mock
    >>> has_yaml()
    True
    >>> with mock.patch.dict("sys.modules", {"yaml": None}):  # as in the browser site
    ...     has_yaml()
    False
    """
    try:
        import yaml  # noqa: F401
    except ImportError:
        return False
    return True


def read_json_copy(path: Path) -> object:
    """Read the JSON copy of a YAML file, for when PyYAML is missing.

    Raises:
        ToolkitError: one plain sentence when the file is not one of the toolkit's own, or the
            copy is missing.

    >>> read_json_copy(Path("my-quiz.yaml"))
    Traceback (most recent call last):
    toolkit.errors.ToolkitError: my-quiz.yaml is a YAML file, and this Python has no PyYAML to read it (the browser site does not include it): save the file as JSON (the same fields, in JSON's syntax) and load the .json file instead.
    """
    copy = copy_path(path)
    if copy is None or not copy.is_file():
        raise ToolkitError(f"{Path(path).name} is a YAML file, and this Python has no PyYAML to "
                           "read it (the browser site does not include it): save the file as JSON "
                           "(the same fields, in JSON's syntax) and load the .json file instead.")
    return read_data(copy)


def write_json_copies(folder: Path) -> list[Path]:
    """Write a JSON copy of every YAML file under ``folder`` into ``folder/json``; return them.

    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> (folder / "keys").mkdir()
    >>> _ = (folder / "keys" / "mine.yaml").write_text("article: mine\\nsentences: []\\n")
    >>> [p.relative_to(folder).as_posix() for p in write_json_copies(folder)]
    ['json/keys/mine.json']
    >>> json.loads((folder / "json" / "keys" / "mine.json").read_text())
    {'article': 'mine', 'sentences': []}
    """
    import yaml

    folder = Path(folder)
    written = []
    for source in sorted(p for p in folder.rglob("*") if p.suffix in YAML_SUFFIXES):
        target = copy_path(source, folder)
        if target is None:
            continue
        data = yaml.safe_load(source.read_text(encoding="utf-8"))
        try:
            text = json.dumps(data, ensure_ascii=False, indent=1, allow_nan=False)
        except (TypeError, ValueError) as exc:
            raise ToolkitError(f"{source} holds a value JSON cannot keep ({exc}): quote it in the "
                               "YAML file so it is text.") from None
        if json.loads(text) != data:
            raise ToolkitError(f"{source} does not survive the trip to JSON unchanged: quote its "
                               "dates and odd values in the YAML file so they are text.")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text + "\n", encoding="utf-8")
        written.append(target)
    return written
