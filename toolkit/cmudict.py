"""The shipped CMU Pronouncing Dictionary, read without NLTK, for a Python where NLTK cannot load.

textstat 0.7.13 imports NLTK and asks it for ``cmudict``; NLTK itself imports the compiled
``regex`` package, which the browser site (Pyodide's core) does not have. Where ``import nltk``
fails, ``install_nltk_standin`` puts a small module named ``nltk`` in its place that offers exactly
what textstat uses (``nltk.data.find`` and ``nltk.corpus.cmudict.dict()``), read from the same
shipped file in the same way, so textstat's figures do not change (a test checks this). It never
downloads anything: a resource other than ``corpora/cmudict`` is simply not found.

>>> pronunciations()["syllable"]
[['S', 'IH1', 'L', 'AH0', 'B', 'AH0', 'L']]
"""

from __future__ import annotations

import sys
import types
from pathlib import Path

from .datafiles import shipped

_DICT: dict[str, list[list[str]]] | None = None


def cmudict_file() -> Path:
    """The shipped dictionary file (NLTK's ``corpora/cmudict/cmudict``).

    >>> cmudict_file().name, cmudict_file().parent.name, cmudict_file().is_file()
    ('cmudict', 'cmudict', True)
    """
    return shipped("nltk_data", "corpora", "cmudict", "cmudict")


def pronunciations() -> dict[str, list[list[str]]]:
    """Lower-case word -> its pronunciations, as NLTK's ``cmudict.dict()`` gives them.

    Read once, then kept. Syllables are the sounds that end in a stress digit:

    >>> pronunciations()["either"]
    [['IY1', 'DH', 'ER0'], ['AY1', 'DH', 'ER0']]
    >>> sum(sound[-1].isdigit() for sound in pronunciations()["reporter"][0])
    3
    """
    global _DICT
    if _DICT is None:
        table: dict[str, list[list[str]]] = {}
        with open(cmudict_file(), encoding="utf-8") as f:
            for line in f:
                pieces = line.split()
                if pieces:
                    table.setdefault(pieces[0].lower(), []).append(pieces[2:])
        _DICT = table
    return _DICT


def install_nltk_standin() -> types.ModuleType:
    """Register a minimal ``nltk`` module (only what textstat needs) and return it.

    >>> from unittest import mock
    >>> with mock.patch.dict(sys.modules):  # put the real modules back afterwards
    ...     nltk = install_nltk_standin()
    ...     from nltk.corpus import cmudict
    ...     cmudict.dict()["syllable"], nltk.download("punkt"), nltk.TOOLKIT_STANDIN
    ([['S', 'IH1', 'L', 'AH0', 'B', 'AH0', 'L']], False, True)
    """
    nltk = types.ModuleType("nltk", "Stand-in for NLTK (toolkit.cmudict): cmudict only, no downloads.")
    data = types.ModuleType("nltk.data")
    corpus = types.ModuleType("nltk.corpus")
    folder = cmudict_file().parent.parent.parent
    data.path = [str(folder)]

    def find(resource: str) -> str:
        if resource.strip("/") in ("corpora/cmudict", "corpora/cmudict/cmudict"):
            return str(cmudict_file().parent)
        raise LookupError(f"{resource} is not shipped with the toolkit (NLTK is not available here).")

    def download(*args, **kwargs) -> bool:
        return False  # nothing is ever downloaded

    data.find = find
    corpus.cmudict = types.SimpleNamespace(dict=pronunciations)
    nltk.data, nltk.corpus, nltk.download = data, corpus, download
    nltk.TOOLKIT_STANDIN = True
    sys.modules.update({"nltk": nltk, "nltk.data": data, "nltk.corpus": corpus})
    return nltk
