"""The one error type the toolkit raises for a user's mistake, with a message meant for people."""

from __future__ import annotations


class ToolkitError(ValueError):
    """A problem with the user's input, worded as one plain sentence: what is wrong, what to do.

    The command line prints the message alone (no traceback) and exits with status 2; notebooks
    show it as a short message.

    >>> str(ToolkitError("The file is empty: choose a file with some text in it."))
    'The file is empty: choose a file with some text in it.'
    """

    def _render_traceback_(self) -> list[str]:
        """How IPython and Jupyter show this error: the message alone, no traceback."""
        return [f"Problem: {self}"]


def is_file(path) -> bool:
    """``Path(path).is_file()``, but False (not an OSError) for a name the system cannot take,
    such as a folder or file name over 255 characters.

    >>> is_file("x" * 300 + ".txt")
    False
    """
    from pathlib import Path

    try:
        return Path(path).is_file()
    except (OSError, ValueError):
        return False


def exists(path) -> bool:
    """``Path(path).exists()``, but False for a name the system cannot take (see ``is_file``).

    >>> exists("/no/such/place"), exists(".")
    (False, True)
    """
    from pathlib import Path

    try:
        return Path(path).exists()
    except (OSError, ValueError):
        return False
