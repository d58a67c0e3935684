"""The one small HTML toolkit every view uses: escape, HTML, tint, badge, CSS, page, figure.

Analysis views, compare views, lesson views, quiz feedback and the report all write HTML with
these pieces, so article text is escaped in one place and a label looks the same everywhere
(colour AND a text marker, never colour alone).

>>> esc('<script>"x"</script>')
'&lt;script&gt;&quot;x&quot;&lt;/script&gt;'
>>> "[S]" in badge("attributed") and "Names a source" in badge("attributed")
True
"""

from __future__ import annotations

import html as _html
from typing import Any

from ..palette import style_for


def esc(text: object) -> str:
    """Escape any value for HTML (quotes too).

    >>> esc("Tom & Jerry's")
    'Tom &amp; Jerry&#x27;s'
    """
    return _html.escape(str(text), quote=True)


class HTML(str):
    """A string of HTML that shows as HTML in a notebook (and as plain HTML text elsewhere).

    >>> HTML("<b>hi</b>")._repr_html_()
    '<b>hi</b>'
    """

    def _repr_html_(self) -> str:
        return str(self)


def tint(hex_colour: str, amount: float = 0.55) -> str:
    """Lighten a colour toward white, so black text on it stays readable.

    >>> tint("#000000", 0.5)
    '#808080'
    """
    r, g, b = (int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))
    r, g, b = (round(c + (255 - c) * amount) for c in (r, g, b))
    return f"#{r:02X}{g:02X}{b:02X}"


def badge(kind: str, solid: bool = False) -> str:
    """A label or compare kind as a small badge: its text marker and plain name on its colour.

    Args:
        kind: a label id (``"opinion"``) or a compare kind (``"attribution_dropped"``).
        solid: the full colour with the style's text colour (quiz feedback) instead of a light
            tint with a coloured underline (tables and legends).

    >>> "[-S]" in badge("attribution_dropped", solid=True)
    True
    """
    st = style_for(kind)
    if solid:
        return (f'<span class="ml-badge" style="background:{st.colour};color:{st.text_colour};padding:0 4px;'
                f'border-radius:3px;font-weight:bold">{esc(st.marker)} {esc(st.name)}</span>')
    return (f'<span class="ml-badge" style="background:{tint(st.colour)};border-bottom:3px solid {st.colour};'
            f'padding:0 .3em;white-space:nowrap"><b>{esc(st.marker)}</b> {esc(st.name)}</span>')


def mark(kind: str) -> str:
    """Only the text marker of a label or compare kind, boxed, with its name for screen readers.

    >>> 'aria-label="Source dropped"' in mark("attribution_dropped")
    True
    """
    st = style_for(kind)
    return (f'<span class="ml-mark" style="background:{tint(st.colour)};border-color:{st.colour}" '
            f'aria-label="{esc(st.name)}">{esc(st.marker)}</span>')


# Table cells use selectors of more weight than JupyterLab's own
# (":not(.jp-RenderedMarkdown).jp-RenderedHTMLCommon td", which right-aligns every cell and drops
# borders), so toolkit tables read left-aligned with their borders in every front end.
CSS = """
.ml-article{font-family:Georgia,'Times New Roman',serif;line-height:1.7;max-width:46em;color:#111}
.ml-article p{margin:0 0 .9em 0}
.ml-article h3{font-family:system-ui,sans-serif;margin:.2em 0 .6em 0}
.ml-s{padding:.1em .15em;border-radius:3px;border-bottom:3px solid transparent}
.ml-mark{font-family:system-ui,sans-serif;font-size:.85em;font-size:max(.85em,12px);font-weight:700;padding:0 .25em;
 margin-right:.2em;border-radius:3px;border:1px solid #000;background:#fff;color:#000}
.ml-ev{text-decoration:underline;text-decoration-thickness:2px;text-underline-offset:3px;font-weight:600}
.ml-legend{font-family:system-ui,sans-serif;font-size:.9em;margin:.3em 0 1em 0}
.ml-legend span{display:inline-block;margin:0 .8em .3em 0;padding:.1em .4em;border-radius:3px}
.ml-headline{font-size:1.25em;font-weight:700}
.ml-warn{font-family:system-ui,sans-serif;background:#fff3cd;border:1px solid #856404;padding:.4em .6em}
.ml-table{border-collapse:collapse;font-family:system-ui,sans-serif;font-size:.9em}
table.ml-table .ml-badge{white-space:normal!important}
table.ml-table.ml-table td,table.ml-table.ml-table th{border:1px solid #999;padding:.2em .5em;
 text-align:left;vertical-align:top;line-height:1.4}
.ml-reasons{font-family:system-ui,sans-serif;font-size:.92em;line-height:1.45;margin:.2em 0 1em 0}
.ml-reasons summary{cursor:pointer;font-weight:700;padding:.3em .4em;border:1px solid #555;
 border-radius:4px;display:inline-block;background:#f6f6f6;color:#111}
.ml-reasons summary:focus-visible{outline:3px solid #0b4f9c;outline-offset:2px}
.ml-reasons ol{margin:.5em 0 0 0;padding-left:2.2em}
.ml-reasons li{margin:0 0 .45em 0}
.ml-clues{color:#333}
@media print{.ml-s{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
"""


def style(extra: str = "") -> str:
    """The shared stylesheet (plus any extra rules) as a ``<style>`` element.

    >>> style().startswith("<style>") and ".ml-table" in style()
    True
    """
    return f"<style>{CSS}{extra}</style>"


def table(header: list[str], rows: list[str], cls: str = "ml-table") -> str:
    """A table with the shared stylesheet: ``header`` cells are escaped, ``rows`` are HTML rows.

    >>> table(["A<"], ["<tr><td>1</td></tr>"]).count("<tr>")
    2
    """
    head = "".join(f"<th>{esc(h)}</th>" for h in header)
    return f"{style()}<table class='{cls}'><tr>{head}</tr>{''.join(rows)}</table>"


def page(title: str, body: str, css: str = "") -> str:
    """Wrap an HTML fragment as a whole, self-contained page (no scripts, nothing fetched).

    >>> page("A & B", "<p>x</p>").startswith("<!DOCTYPE html>")
    True
    """
    head_css = f"<style>{css}</style>" if css else ""
    return (f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
            f"<title>{esc(title)}</title>{head_css}</head><body>{body}</body></html>")


def figure(fig: Any, title: str | None = None, dpi: int = 100) -> str:
    """A chart as an inline PNG ``<figure>`` whose alt text is also printed underneath.

    Args:
        fig: a matplotlib Figure from ``toolkit.charts`` (its ``alt_text`` is used).
        title: a bold caption line above the alt text (the report's); None writes
            "What the chart shows:" (the notebooks').
        dpi: the image's resolution.

    >>> from toolkit.analysis import analyze
    >>> from toolkit.charts import plot_labels
    >>> fig = plot_labels(analyze('"Fares will fall," Mayor Ana Ruiz said. The plan is brilliant.',
    ...                           readability=False))
    >>> html = figure(fig, dpi=50)
    >>> html[:69]
    '<figure style="margin:.4em 0"><img src="data:image/png;base64,iVBORw0'
    >>> print(html[html.index("<b>"):])
    <b>What the chart shows:</b> Pasted article: 50% of sentences name a source, 50% give the writer&#x27;s opinion.</figcaption></figure>
    """
    import base64

    from ..charts import figure_bytes

    text = getattr(fig, "alt_text", None) or ""
    data = base64.b64encode(figure_bytes(fig, "png", dpi=dpi)).decode("ascii")
    if title is not None:
        return (f'<figure><img src="data:image/png;base64,{data}" alt="{esc(text)}">'
                f'<figcaption><b>{esc(title)}</b>{esc(text)}</figcaption></figure>')
    return (f'<figure style="margin:.4em 0"><img src="data:image/png;base64,{data}" '
            f'alt="{esc(text)}" style="max-width:100%"><figcaption style="font-family:'
            f'system-ui,sans-serif;font-size:.9em"><b>What the chart shows:</b> {esc(text)}'
            f'</figcaption></figure>')


TAG_STYLE = ("font-size:.85em;font-size:max(.85em,12px);font-family:system-ui,sans-serif;color:#222;background:#fff;"
             "border:1px solid #767676;border-radius:3px;padding:0 3px;margin:0 2px;"
             "white-space:nowrap;font-weight:normal")


def tag(words: str) -> str:
    """A small visible tag saying what marked words are ("loaded word"), for eyes and touch
    screens alike: the meaning of a mark is never only in a hover title.

    >>> tag("loaded <word>").endswith('>loaded &lt;word&gt;</small>')
    True
    """
    return f'<small class="ml-tag" style="{TAG_STYLE}">{esc(words)}</small>'
