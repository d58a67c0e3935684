"""Says who? A media-literacy toolkit: label every sentence of a news article with its evidence.

Load an article, label each sentence (names a source, says it as fact, writer's opinion, asks you
to act) with the words that justify the label, and measure attribution density and readability.

>>> from toolkit import analyze
>>> result = analyze('"The road is closed," Officer Dana Reyes said.', readability=False)
>>> result.sentences[0].label, result.sentences[0].source
('attributed', 'Officer Dana Reyes')

Importing the toolkit is fast and changes nothing global: matplotlib, ipywidgets, textstat and
NLTK are imported only when a chart, a quiz or a readability figure is first asked for.
"""

from __future__ import annotations

from .analysis import Analysis, analyze
from .articles import Article, article_from_text, load_article
from .errors import ToolkitError
from .keys import load_key
from .evidence import LABELS, Evidence
from .labels import Sentence
from .palette import LABEL_STYLES, style_for

__all__ = [
    "Analysis",
    "Article",
    "Comparison",
    "Evidence",
    "LABELS",
    "LABEL_STYLES",
    "Sentence",
    "ToolkitError",
    "analyze",
    "article_from_text",
    "compare",
    "load_article",
    "load_key",
    "seed_path",
    "style_for",
]

__version__ = "0.1.0"


_SUBMODULES = ("comparison", "charts", "quiz", "report", "render", "readability", "keys", "lesson")


def __getattr__(name: str):
    """Load the heavier parts on first use: ``toolkit.compare(a, b)``, ``toolkit.charts``, ..."""
    if name in ("compare", "Comparison"):
        from . import comparison

        return getattr(comparison, name)
    if name in _SUBMODULES:
        import importlib

        return importlib.import_module(f".{name}", __name__)
    raise AttributeError(f"module 'toolkit' has no attribute {name!r}")


def seed_path(name: str) -> str:
    """Return the path of a seed article shipped inside the package: ``"npr"`` or ``"rewrite"``.

    The package carries a byte-for-byte copy of the project's ``seeds/`` folder in
    ``toolkit/data/seeds/`` (a test checks both copies' sha256), so an installed toolkit finds
    the articles with no copy of the repository nearby.

    >>> from pathlib import Path
    >>> Path(seed_path("npr")).parent.name, Path(seed_path("npr")).name
    ('seeds', 'npr-sessions-el-salvador.txt')

    Raises:
        ToolkitError: if the name is not one of the seeds, or the package lacks its seeds.
    """
    from pathlib import Path

    files = {"npr": "npr-sessions-el-salvador.txt", "rewrite": "rewrite-sessions-ms13.txt"}
    if name not in files:
        raise ToolkitError(f"There is no seed called {name!r}: use 'npr' or 'rewrite'.")
    from .datafiles import shipped

    path = shipped("seeds", files[name])
    if path.is_file():
        return str(path)
    raise ToolkitError(f"The seed article {path.name} is missing from the installed toolkit "
                       f"({path.parent}): reinstall it with pip install --force-reinstall "
                       f"medialit-lessons.")
