"""One reader for the toolkit's data files (YAML or JSON) and one way to find shipped files.

Answer keys, quiz files, article metadata and class files are all read here, as plain data only
(``yaml.safe_load`` never builds Python objects; a ``!!python`` tag is refused), with one style of
message that names the file and says what to fix. Files shipped with the toolkit are found inside
the package (``toolkit/data/...``), so an installed toolkit needs no copy of the repository.

Where PyYAML is missing (the browser site), a ``.yaml`` file is read from its ``.json`` twin (the
same name with ``.json``) when there is one, else from the build's copy in ``data/json/``
(``toolkit.jsoncopies``).

>>> sorted(read_data(shipped("keys", "npr.yaml")))[:2]
['article', 'file']
>>> shipped("seeds", "npr-sessions-el-salvador.txt").is_file()
True
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from .errors import ToolkitError, is_file

DATA_SUFFIXES = (".yaml", ".yml", ".json")


def data_folder() -> Path:
    """The folder of the files shipped inside the package (``toolkit/data``).

    >>> (data_folder() / "quizzes").is_dir()
    True
    """
    # this package's own folder, under whatever name it was imported (``bench/ab_labels.py``
    # imports two trees as ``tk_this`` and ``tk_other``: each must read its own word lists)
    return Path(str(resources.files(__package__) / "data"))


def shipped(*parts: str) -> Path:
    """The path of a file or folder shipped in ``toolkit/data`` (it may not exist: check it).

    >>> shipped("quizzes").name
    'quizzes'
    """
    return data_folder().joinpath(*parts)


# Limits for every YAML or JSON data file the toolkit reads (quizzes, keys, article metadata).
# Real files are a few kilobytes with a few levels of nesting; these stop a file that would
# take minutes or all the memory to read ("billion laughs" aliases, 5,000-deep lists, 50 MB).
MAX_DATA_BYTES = 2_000_000
MAX_DATA_DEPTH = 40
MAX_DATA_VALUES = 200_000


def read_data(path: str | Path, plain_scalars: bool = False) -> object:
    """Read a YAML or JSON file as plain data (never code), with a clear error if it is broken.

    Args:
        path: a ``.yaml``/``.yml`` or ``.json`` file.
        plain_scalars: read every single value as text (``title: 1984`` gives ``"1984"``).

    Returns:
        The data (None for an empty YAML file).

    Raises:
        ToolkitError: one sentence naming the file and what to fix, when it cannot be read, is
            too big, too deep or expands too far, is not valid YAML/JSON, or asks for Python
            objects.

    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> _ = (folder / "book.yaml").write_text("title: 1984\\npages: 328\\n")
    >>> read_data(folder / "book.yaml"), read_data(folder / "book.yaml", plain_scalars=True)
    ({'title': 1984, 'pages': 328}, {'title': '1984', 'pages': '328'})
    >>> _ = (folder / "bad.yaml").write_text('!!python/object/apply:os.system ["ls"]\\n')
    >>> read_data(folder / "bad.yaml")
    Traceback (most recent call last):
    toolkit.errors.ToolkitError: bad.yaml asks to build a Python object on line 1 (a '!!python/...' or other '!!' tag): these files may hold only plain data (text, numbers, lists), so remove that tag.
    """
    path = Path(path)
    if path.suffix != ".json":
        from .jsoncopies import has_yaml, read_json_copy

        if not has_yaml():  # the browser site: no PyYAML
            twin = path.with_suffix(".json")
            if not is_file(twin):  # else the build's copy of a shipped file (data/json/)
                return read_json_copy(path)
            path, plain_scalars = twin, False
    raw = read_data_text(path)
    if path.suffix == ".json" and not plain_scalars:
        return load_json_text(raw, path.name)
    return load_yaml_text(raw, path.name, plain_scalars=plain_scalars)


def read_data_text(path: Path) -> str:
    """The text of a data file, refusing one too big to be a quiz, key or metadata file.

    >>> read_data_text(shipped("keys", "npr.yaml")).lstrip().startswith("#")
    True
    """
    try:
        size = path.stat().st_size
        if size > MAX_DATA_BYTES:
            raise ToolkitError(f"{path.name} is {size / 1e6:.1f} MB; a quiz, key or metadata file "
                               f"may be at most {MAX_DATA_BYTES / 1e6:.0f} MB: split it into "
                               "smaller files.")
        raw = path.read_bytes().decode("utf-8-sig")
    except OSError as exc:
        raise ToolkitError(f"{path.name} cannot be read ({exc.strerror or exc}): check the file "
                           "is there and not open in another program.") from None
    except UnicodeDecodeError:
        raise ToolkitError(f"{path.name} is not a UTF-8 text file: save it as UTF-8 text and "
                           "try again.") from None
    return raw


def load_json_text(raw: str, name: str) -> object:
    """Parse JSON text as plain data, with one plain sentence for every way it can fail.

    >>> load_json_text('{"a": [1, 2]}', "x.json")
    {'a': [1, 2]}
    """
    import json

    depth = max_depth = 0
    in_string = escaped = False
    for ch in raw:  # a quick look at the nesting before the recursive parser sees it
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            max_depth = max(max_depth, depth)
        elif ch in "]}":
            depth -= 1
    if max_depth > MAX_DATA_DEPTH:
        raise ToolkitError(f"{name} nests lists or objects {max_depth} levels deep; a data file "
                           f"may nest at most {MAX_DATA_DEPTH}: flatten it.")
    try:
        return json.loads(raw)
    except json.JSONDecodeError as exc:
        raise ToolkitError(f"{name} is not valid JSON near line {exc.lineno}: check the commas, "
                           "quotes and brackets there.") from None
    except (ValueError, RecursionError) as exc:  # a number with thousands of digits
        raise ToolkitError(f"{name} holds a value that cannot be read ({str(exc)[:80]}): "
                           "write long numbers as text in quotes.") from None


def load_yaml_text(raw: str, name: str, plain_scalars: bool = False) -> object:
    """Parse YAML text as plain data, refusing what would take too long or build code.

    Deep nesting, aliases that expand to a huge document ("billion laughs"), aliases that refer to
    themselves and ``!!python`` tags are refused with one plain sentence; so are numbers too long
    to read.

    Args:
        raw: the text.
        name: the file's name, for messages.
        plain_scalars: read every single value as text (``title: 1984`` -> ``"1984"``,
            ``yes`` -> ``"yes"``), for metadata shown as text.

    >>> load_yaml_text("a: &x [1]\\nb: [*x, *x]", "x.yaml")
    {'a': [1], 'b': [[1], [1]]}
    >>> load_yaml_text("title: 1984", "x.meta.yaml", plain_scalars=True)
    {'title': '1984'}
    """
    import yaml  # PyYAML; the safe and base loaders build only plain data types

    loader = yaml.BaseLoader if plain_scalars else yaml.SafeLoader
    # libyaml's parser, where PyYAML has it, reads a file about ten times faster (a lesson reads
    # a dozen quiz and key files); the same SafeConstructor/BaseConstructor builds the same plain
    # data from it. Any file it does not read cleanly is read again below by the pure-Python
    # parser, so every message about a broken file stays the same.
    fast = getattr(yaml, "CBaseLoader" if plain_scalars else "CSafeLoader", None)
    if fast is not None:
        try:
            _check_yaml_shape(raw, name, fast)
            return yaml.load(raw, Loader=fast)  # noqa: S506 (CSafeLoader/CBaseLoader: data only)
        except ToolkitError:
            raise  # too deep or too many values: the same sentence from either parser
        except (yaml.YAMLError, ValueError, OverflowError, RecursionError):
            pass
    try:
        _check_yaml_shape(raw, name, loader)
        return yaml.load(raw, Loader=loader)  # noqa: S506 (SafeLoader or BaseLoader: data only)
    except yaml.constructor.ConstructorError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f" on line {mark.line + 1}" if mark is not None else ""
        if "unhashable" in str(getattr(exc, "problem", "")):
            raise ToolkitError(f"{name} uses a list or a mapping as a key{line}; a key must be "
                               "a plain word: write it as 'name: value'.") from None
        raise ToolkitError(f"{name} asks to build a Python object{line} (a '!!python/...' or "
                           "other '!!' tag): these files may hold only plain data (text, "
                           "numbers, lists), so remove that tag.") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f" near line {mark.line + 1}" if mark is not None else ""
        raise ToolkitError(f"{name} is not valid YAML{line}: check the indentation and quotes "
                           f"there ({getattr(exc, 'problem', exc)}).") from None
    except (ValueError, OverflowError) as exc:
        if isinstance(exc, ToolkitError):
            raise
        raise ToolkitError(f"{name} holds a value that cannot be read ({str(exc)[:80]}): "
                           "write long numbers as text in quotes.") from None
    except RecursionError:
        raise ToolkitError(f"{name} nests lists or mappings too deeply: keep to a few "
                           "levels.") from None


def _check_yaml_shape(raw: str, name: str, loader) -> None:
    """Walk the YAML events once, building nothing: refuse deep nesting and alias bombs."""
    import yaml

    stack: list[list] = []  # each open list or mapping: [anchor, values in it once expanded]
    done: dict[str, int] = {}  # anchor -> values it stands for
    total = 0

    def add(size: int) -> None:
        nonlocal total
        if stack:
            stack[-1][1] += size
            count = stack[-1][1]
        else:
            total += size
            count = total
        if count > MAX_DATA_VALUES:
            raise ToolkitError(f"{name} expands to more than {MAX_DATA_VALUES:,} values (its "
                               "'&name' and '*name' references repeat one another): write the "
                               "values out once, or use fewer references.")

    for event in yaml.parse(raw, Loader=loader):
        if isinstance(event, yaml.AliasEvent):
            if event.anchor not in done:
                if any(a == event.anchor for a, _ in stack):
                    raise ToolkitError(f"{name} has a reference '*{event.anchor}' inside the "
                                       "very thing it names: a data file cannot contain itself.")
                continue  # an unknown anchor: the real load reports it
            add(done[event.anchor])
        elif isinstance(event, yaml.ScalarEvent):
            if event.anchor:
                done[event.anchor] = 1
            add(1)
        elif isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
            if len(stack) >= MAX_DATA_DEPTH:
                raise ToolkitError(f"{name} nests lists or mappings more than {MAX_DATA_DEPTH} "
                                   "levels deep; a data file needs only a few levels: flatten it.")
            stack.append([event.anchor, 1])
        elif isinstance(event, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
            anchor, size = stack.pop()
            if anchor:
                done[anchor] = size
            add(size)
