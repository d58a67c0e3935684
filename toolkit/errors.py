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
