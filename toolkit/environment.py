"""What each lesson's set-up cell calls once the toolkit is importable.

The set-up cell (written by ``scripts/make_setup_cells.py`` from ``scripts/release.json``) works
out where the notebook runs (``"local"``, ``"colab"``, ...), installs the toolkit where it has to,
then calls :func:`ready` with the version the lessons were written for and that place. It shows
the lesson's one name bar (``toolkit.quiz.name_bar``): the student types their name once, at the
top, and every question below saves under it. With the right version, outside Colab and
JupyterLite, the bar is all that shows up.

>>> check_version(__import__("toolkit").__version__) is None
True
>>> print(check_version("0.0.1"))  # doctest: +ELLIPSIS
These lessons were written for version 0.0.1 of the toolkit, but version ... is installed: ...
"""

from __future__ import annotations

from . import __version__

DIST_NAME = "medialit-lessons"

# Places where the notebook's files do not outlive the session: there the set-up cell says so and
# shows the name box with the "download my answers" link and the "Load my answers" button.
SESSION_ONLY = {"colab": "Google Colab"}

VANISH_NOTE = ("On {place}, files vanish when the session ends, and your saved answers go with "
               "them. Type your name below and press Enter or Start. Before you close the tab, "
               "click \u201cDownload my answers\u201d. Next time, click \u201cLoad my answers\u201d "
               "and choose that file to bring your answers back.")


# Places where saved answers live in the browser's own storage (JupyterLite): they are still there
# when the student comes back to the same browser, but clearing the browser's data (a guest
# session, a shared Chromebook) removes them, so the download/load answers controls are shown.
BROWSER_ONLY = {"jupyterlite": "this web page"}

BROWSER_NOTE = ("Your answers are saved in this browser. They will still be here when you come "
                "back on this computer. On a shared computer, or in a guest window, click "
                "\u201cDownload my answers\u201d before you leave. Next time, click \u201cLoad my "
                "answers\u201d and choose that file.")


def check_version(wanted: str) -> str | None:
    """Return a warning if the installed toolkit is not the version the lessons were written for.

    Args:
        wanted: the version written into the lesson's set-up cell.

    Returns:
        One sentence to show the student, or None when the versions match.

    >>> from toolkit import __version__
    >>> check_version(__version__) is None, check_version("0.0.1") is None
    (True, False)
    """
    if wanted == __version__:
        return None
    return (f"These lessons were written for version {wanted} of the toolkit, but version "
            f"{__version__} is installed: some questions may not match the lesson. Ask your "
            f"teacher, or install the matching version with: pip install "
            f"\"{DIST_NAME}=={wanted}\"")


def ready(wanted: str, where: str = "local"):
    """Finish a lesson's set-up: warn about a version mismatch, where files do not last say so,
    and show the lesson's name bar (name box, then the download/load answers controls).

    Args:
        wanted: the toolkit version the lesson was written for.
        where: where the notebook runs, as the set-up cell found it (``"local"``, ``"colab"``,
            ``"jupyterlite"``).

    Returns:
        None (anything to show is displayed).

    What a lesson written for version 0.0.1 shows on Colab (``display`` caught here):

    >>> import tempfile
    >>> from unittest import mock
    >>> from toolkit.quiz import set_progress_dir
    >>> set_progress_dir(tempfile.mkdtemp())  # this example saves to a scratch folder
    >>> shown = []
    >>> with mock.patch("IPython.display.display", shown.append):
    ...     ready("0.0.1", "colab")
    >>> [type(x).__name__ for x in shown]  # a warning, a note, the name bar
    ['HTML', 'HTML', 'VBox']
    >>> print(shown[0].data)  # doctest: +ELLIPSIS
    <p style="color:#a33f00">⚠ These lessons were written for version 0.0.1 of the toolkit, but version ... is installed: ...
    >>> set_progress_dir(None)
    """
    from IPython.display import HTML, display

    warning = check_version(wanted)
    if warning:
        display(HTML(f'<p style="color:#a33f00">\u26A0 {_esc(warning)}</p>'))
    place = SESSION_ONLY.get(where)
    if place:
        display(HTML(f"<p><b>Save your work.</b> {_esc(VANISH_NOTE.format(place=place))}</p>"))
    elif where in BROWSER_ONLY:
        display(HTML(f"<p><b>Keep your work.</b> {_esc(BROWSER_NOTE)}</p>"))
    # The lesson's one name bar, at the top: the questions below leave out their own.
    from .quiz.widgets import name_bar

    display(name_bar().box)


def _esc(text: str) -> str:
    import html

    return html.escape(text, quote=False)
