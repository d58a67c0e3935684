"""The quiz's building blocks on screen: shared-look ipywidgets, escaped labels, buttons.

This module and ``quiz.widgets`` are the ones that import ipywidgets; the question types in
``quiz.types`` import this module only inside their widget methods, so reading and grading a
quiz never loads ipywidgets.
"""

from __future__ import annotations

import html

import ipywidgets as W

from ..palette import LABEL_STYLES

IPYWIDGETS_7 = int(W.__version__.split(".")[0]) < 8


def desc(text: str) -> str:
    """Return text for a description or option label: escaped on ipywidgets 7, which shows HTML.

    >>> desc("Is <b> a tag?") == ("Is &lt;b&gt; a tag?" if IPYWIDGETS_7 else "Is <b> a tag?")
    True
    """
    return html.escape(text, quote=False) if IPYWIDGETS_7 else text


_SHARED: dict = {}


def shared(kind, **traits):
    """One Layout or style model for every widget that looks the same.

    Every ipywidget otherwise makes its own Layout and style model, each one more message to the
    browser and one more model for it to build: a lesson's quizzes made about 900 models, most
    of them identical. Shared ones are never changed after they are made. A closed one (after
    ``Widget.close_all()``) is replaced.

    >>> import ipywidgets as W
    >>> shared(W.Layout, width="auto") is shared(W.Layout, width="auto")
    True
    >>> shared(W.Layout, width="auto") is shared(W.Layout, width="50%")
    False
    """
    key = (kind, tuple(sorted(traits.items())))
    obj = _SHARED.get(key)
    if obj is None or getattr(obj, "comm", True) is None:
        obj = _SHARED[key] = kind(**traits)
    return obj


def make(kind, layout: dict | None = None, style: dict | None = None, **traits):
    """A widget of class ``kind`` with a shared Layout (and style) of that look.

    >>> import ipywidgets as W
    >>> check = make(W.Button, layout={"width": "auto"}, description="Check")
    >>> hint = make(W.Button, layout={"width": "auto"}, description="Hint")
    >>> check.layout is hint.layout, check.style is hint.style, check.layout.width
    (True, True, 'auto')
    """
    traits["layout"] = shared(W.Layout, **(layout or {}))
    style_trait = kind.class_traits().get("style")
    if style_trait is not None:
        traits["style"] = shared(style_trait.klass, **(style or {}))
    return kind(**traits)


def html_widget(value: str = "") -> W.HTML:
    """An HTML widget with the shared look.

    >>> shown = html_widget("<b>Well done.</b>")
    >>> type(shown).__name__, shown.value
    ('HTML', '<b>Well done.</b>')
    """
    return make(W.HTML, value=value)


AUTO = {"width": "auto"}
INITIAL = {"description_width": "initial"}


def button(description: str, tooltip: str, style: str = "") -> W.Button:
    """A button as wide as its words.

    >>> b = button("Check", "Check your answer", "primary")
    >>> b.description, b.tooltip, b.button_style, b.layout.width
    ('Check', 'Check your answer', 'primary', 'auto')
    """
    return make(W.Button, layout=AUTO, description=description, tooltip=tooltip,
                button_style=style)


def label_option(label: str) -> tuple[str, str]:
    """A label as a (shown text, value) option: its marker and its name.

    >>> label_option("attributed"), label_option("opinion")
    (('[S] Names a source', 'attributed'), ("[O] Writer's opinion", 'opinion'))
    """
    s = LABEL_STYLES[label]
    return (desc(f"{s.marker} {s.name}"), label)
