"""File pickers whose button says only what it does ("Open a text file", not "Open a text file (0)").

ipywidgets' file picker (``FileUpload``, 7.7 and 8.1 alike) writes how many files it holds after
its description: a student reads "Open a text file (0)" and wonders what the 0 means. ipywidgets
has no setting for this, so :func:`file_picker` marks the button with a class, and the page style
:data:`PICKER_CSS` (a ``<style>`` that :func:`picker_support` carries, no script) draws the
button's words from its tooltip and sets the count's own text to size 0. That works wherever the
widget is drawn: JupyterLab, Notebook 7, VS Code, Colab and the browser site.

Screen readers read a button's text whatever its size, so where a notebook runs JavaScript
outputs, the small script :data:`PICKER_JS` also gives each picker its words as its accessible
name (``aria-label``). Where scripts do not run, a screen reader still hears the count.

>>> "http" in PICKER_JS or "import(" in PICKER_JS   # nothing is fetched
False
>>> p = file_picker("Load my answers", ".json")
>>> p.tooltip, PICKER_CLASS in p._dom_classes
('Load my answers', True)
"""

from __future__ import annotations

import ipywidgets as W
from traitlets import Unicode

PICKER_CLASS = "medialit-picker"
"""The CSS class of every file picker the toolkit makes (the browser tests find them by it)."""

_SIZE = "var(--jp-widgets-font-size,13px)"

PICKER_CSS = (
    f".{PICKER_CLASS}.widget-upload{{font-size:0!important;width:auto!important;"
    f"padding-left:10px;padding-right:10px}}"
    f".{PICKER_CLASS}.widget-upload i{{font-size:{_SIZE};margin-right:6px}}"
    # The words come from the tooltip (ipywidgets sets it as the button's title). The "/ ''" keeps
    # them out of the accessible name where browsers know it, so they are not read twice.
    f".{PICKER_CLASS}.widget-upload::after{{font-size:{_SIZE};"
    f'content:attr(title);content:attr(title) / ""}}'
)
"""The style that shows a picker's words without the count (ipywidgets 7.7 and 8.1 class names)."""

PICKER_JS = """(function () {
  if (window.__medialitPicker) { return; }
  window.__medialitPicker = true;
  var pending = 0;
  function scan() {
    pending = 0;
    document.querySelectorAll(".CLASS.widget-upload").forEach(function (b) {
      var words = b.getAttribute("title");
      if (words && b.getAttribute("aria-label") !== words) { b.setAttribute("aria-label", words); }
    });
  }
  new MutationObserver(function () {
    if (!pending) { pending = setTimeout(scan, 60); }
  }).observe(document.body, {childList: true, subtree: true});
  scan();
})();""".replace("CLASS", PICKER_CLASS)
"""The script (plain ES5, no network) that names each picker by its words for screen readers."""


class FilePicker(W.FileUpload):
    """ipywidgets' ``FileUpload`` with a tooltip on 7.7 too (its view reads one; 7.7 sends none).

    >>> FilePicker(tooltip="Open a text file").get_state()["tooltip"]
    'Open a text file'
    """

    if "tooltip" not in W.FileUpload.class_trait_names():  # pragma: no cover - ipywidgets 7
        tooltip = Unicode("").tag(sync=True)


def file_picker(words: str, accept: str) -> W.FileUpload:
    """A file picker (one file) whose button shows ``words`` and no count.

    Args:
        words: what the button says, e.g. "Open a text file" (also its tooltip, which ipywidgets
            sets as the button's title: the style draws the words from it).
        accept: the file types the browser offers, e.g. ".txt,.md".

    Returns:
        The ``FileUpload``; show :func:`picker_support` on the same page.

    >>> file_picker("Open a text file", ".txt").description
    'Open a text file'
    """
    picker = FilePicker(accept=accept, multiple=False, description=words, tooltip=words,
                        layout=W.Layout(width="auto"))  # the whole name shows
    picker.add_class(PICKER_CLASS)
    return picker


def picker_support() -> W.Widget:
    """A hidden widget carrying :data:`PICKER_CSS` and :data:`PICKER_JS`, shown beside pickers.

    >>> w = picker_support()
    >>> w.layout.display, PICKER_CSS in w.children[0].value
    ('none', True)
    """
    style = W.HTML(value=f"<style>{PICKER_CSS}</style>", layout=W.Layout(display="none"))
    parts: list[W.Widget] = [style]
    try:
        from IPython.display import Javascript
    except ImportError:  # pragma: no cover - ipywidgets needs IPython
        Javascript = None
    if Javascript is not None:
        out = W.Output(layout=W.Layout(display="none"))
        out.append_display_data(Javascript(PICKER_JS))
        parts.append(out)
    return W.VBox(parts, layout=W.Layout(display="none"))
