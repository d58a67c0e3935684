"""The display side's HTML: one small toolkit (``render.html``) and the views built on it.

* ``render.html``: escape, HTML, tint, badge, mark, CSS, table, page, figure;
* ``render.analysis``: an analyzed article highlighted, its furniture and readability tables,
  and the command line's text format;
* ``render.comparison``: a rewrite beside its original, the voices, and the text format.

Every piece of article text is escaped before it is placed in HTML. Views take an Analysis or a
Comparison; they never run the pipeline themselves.

>>> from toolkit.analysis import analyze
>>> "<b>x</b>" in analysis_html(analyze("<b>x</b> fell, the mayor said.", readability=False))
False
"""

from __future__ import annotations

from .analysis import (analysis_html, analysis_text, furniture_html, legend_html,
                       readability_html, reasons_html, sentence_html, text_table)
from .html import CSS, HTML, badge, esc, figure, mark, page, style, table, tint

__all__ = ["CSS", "HTML", "analysis_html", "analysis_text", "badge", "esc", "figure",
           "furniture_html", "legend_html", "mark", "page", "readability_html", "reasons_html",
           "sentence_html",
           "style", "table", "text_table", "tint"]
