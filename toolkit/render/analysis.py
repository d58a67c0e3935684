"""The analysis views: escaped HTML highlights (colour AND a text marker) and a plain-text table.

Every piece of article text goes through ``html.escape`` before it is placed in HTML.

>>> from toolkit.analysis import analyze
>>> page = analyze("<b>Hi</b> there, the mayor said.", readability=False).to_html()
>>> "<b>Hi</b>" in page
False
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..evidence import EVIDENCE_KINDS, LABELS, clue_name
from ..palette import LABEL_STYLES
from .html import CSS, esc, table, tint

if TYPE_CHECKING:  # pragma: no cover
    from ..analysis import Analysis


def legend_html() -> str:
    """The label legend: colour, marker and plain name for each label.

    >>> [m for m in ("[S]", "[F]", "[O]", "[A]", "[?]") if m in legend_html()]
    ['[S]', '[F]', '[O]', '[A]']
    """
    items = []
    for label in LABELS:
        st = LABEL_STYLES[label]
        items.append(f'<span style="background:{tint(st.colour)};border-bottom:3px solid {st.colour}">'
                     f'<b>{esc(st.marker)}</b> {esc(st.name)}</span>')
    return ('<div class="ml-legend">' + "".join(items) +
            " <span>Underlined words: the evidence for the label.</span></div>")


def sentence_html(sentence, article_text: str) -> str:
    """One sentence as HTML: tinted by label, marker in front, evidence words underlined.

    Its reason is also a tooltip (mouse only): :func:`reasons_html` gives every reason to a
    keyboard or touch user.

    >>> from toolkit.analysis import analyze
    >>> a = analyze('"Fares will fall," Mayor Ana Ruiz said. The plan is brilliant.',
    ...             readability=False)
    >>> html = sentence_html(a.sentences[1], a.article.text)
    >>> html[:58]
    '<span class="ml-s ml-opinion" data-label="opinion" style="'
    >>> print(html[html.index('<span class="ml-ev"'):])
    <span class="ml-ev" style="text-decoration-color:#E69F00" title="loaded word: brilliant">brilliant</span>.</span>
    """
    st = LABEL_STYLES[sentence.label]
    pieces = []
    pos = sentence.start
    spans = sorted((e for e in sentence.evidence
                    if e.kind not in EVIDENCE_KINDS or EVIDENCE_KINDS[e.kind].shown),
                   key=lambda e: (e.start, -e.end))
    for ev in spans:
        if ev.start < pos or ev.end > sentence.end:
            continue
        pieces.append(esc(article_text[pos:ev.start]))
        known = EVIDENCE_KINDS.get(ev.kind)
        colour = LABEL_STYLES[known.label if known else sentence.label].colour
        name = clue_name(ev.kind, article_text[ev.start:ev.end])
        # "loaded word: brilliant", not "loaded word: loaded word: brilliant"
        title = ev.note if ev.note.lower().startswith(name.lower()) else f"{name}: {ev.note}"
        pieces.append(f'<span class="ml-ev" style="text-decoration-color:{colour}" '
                      f'title="{esc(title)}">{esc(article_text[ev.start:ev.end])}</span>')
        pos = ev.end
    pieces.append(esc(article_text[pos:sentence.end]))
    tooltip = f"{st.name}. {sentence.reason}"
    return (f'<span class="ml-s ml-{esc(sentence.label)}" data-label="{esc(sentence.label)}" '
            f'style="background:{tint(st.colour)};border-bottom-color:{st.colour}" '
            f'title="{esc(tooltip)}"><span class="ml-mark" aria-label="{esc(st.name)}">'
            f'{esc(st.marker)}</span>{"".join(pieces)}</span>')


def _opening(text: str, words: int = 8) -> str:
    """The first words of a sentence, for naming it in a list.

    >>> _opening("One two three four five six seven eight nine ten.")
    'One two three four five six seven eight…'
    >>> _opening("Short one.")
    'Short one.'
    """
    parts = text.split()
    return " ".join(parts[:words]) + ("…" if len(parts) > words else "")


def reasons_html(analysis: "Analysis", open_: bool = False) -> str:
    """Why each sentence got its label, and its clue words, in a list a student opens or closes.

    The highlighted article also shows each reason as a tooltip, but a tooltip needs a mouse:
    this list is a ``<details>`` element, so a keyboard (Tab, then Enter or Space) or a tap
    opens it, with no script (JupyterLab, Colab, VS Code and exported pages all keep it).

    Args:
        analysis: an Analysis.
        open_: start opened.

    >>> from toolkit.analysis import analyze
    >>> html = reasons_html(analyze("Taxes rose, the mayor said. We must act now!", readability=False))
    >>> html.startswith("<details") and "<summary" in html and html.count("<li") == 2
    True
    >>> "the mayor" in html and "\u201csaid\u201d (reporting word)" in html
    True
    """
    text = analysis.article.text
    items = []
    for s in analysis.sentences:
        st = LABEL_STYLES[s.label]
        clues = []
        for ev in sorted(s.evidence, key=lambda e: (e.start, e.end)):
            known = EVIDENCE_KINDS.get(ev.kind)
            if known is not None and not known.shown:
                continue  # covers the whole sentence or repeats another clue
            words = text[ev.start:ev.end] if ev.end > ev.start else ev.text
            clues.append(f"“{esc(words)}” ({esc(clue_name(ev.kind, words))})")
        head = " <i>(headline)</i>" if s.headline else ""
        items.append(
            f'<li value="{s.index + 1}"><span class="ml-mark ml-inlist" style="background:{tint(st.colour)};'
            f'border-color:{st.colour}" aria-hidden="true">{esc(st.marker)}</span>'
            f"<b>{esc(st.name)}</b>{head}: “{esc(_opening(s.text))}”"
            f"<br>{esc(s.reason)}"
            + (f"<br><span class='ml-clues'>Clue words: {'; '.join(clues)}</span>" if clues else "")
            + "</li>")
    opened = " open" if open_ else ""
    n = len(analysis.sentences)
    return (f'<details class="ml-reasons"{opened}><summary>Why each sentence got its label '
            f'({n} sentence{"s" if n != 1 else ""}): open or close</summary>'
            f'<ol>{"".join(items)}</ol></details>')


def analysis_html(analysis: "Analysis", title: str | None = None, show_legend: bool = True) -> str:
    """The whole article, highlighted, as an HTML fragment (with its own small stylesheet), and
    under it the list of why each sentence got its label (:func:`reasons_html`).

    >>> from toolkit.analysis import analyze
    >>> a = analyze('"Fares will fall," Mayor Ana Ruiz said. The plan is brilliant.',
    ...             readability=False)
    >>> html = analysis_html(a, title="Bus fares")
    >>> "<h3>Bus fares</h3>" in html, html.count('class="ml-ev"'), "Why each sentence" in html
    (True, 4, True)
    """
    art = analysis.article
    by_para: dict[int, list] = {}
    for s in analysis.sentences:
        by_para.setdefault(s.paragraph, []).append(s)
    parts = [f"<style>{CSS}</style>", '<div class="ml-article">']
    if title:
        parts.append(f"<h3>{esc(title)}</h3>")
    for warning in art.warnings:
        parts.append(f'<p class="ml-warn">{esc(warning)}</p>')
    if show_legend:
        parts.append(legend_html())
    for p in art.paragraphs:
        cls = ' class="ml-headline"' if p.headline else ""
        sentences = " ".join(sentence_html(s, art.text) for s in by_para.get(p.index, []))
        parts.append(f"<p{cls}>{sentences}</p>")
    parts.append(reasons_html(analysis))
    parts.append("</div>")
    return "\n".join(parts)


def furniture_html(article) -> str:
    """A table of the page furniture that was set aside, with the reason for each line.

    >>> from toolkit.articles import article_from_text
    >>> page = article_from_text("Fares Fall\\n\\nThe mayor said fares fall.\\n\\n"
    ...                          "Share this story\\n\\nRiders cheered.")
    >>> html = furniture_html(page)
    >>> "<th>Why it was set aside</th>" in html
    True
    >>> html[html.index("<tr><td>"):][:50]
    '<tr><td>share button</td><td>Share this story</td>'
    >>> furniture_html(article_from_text("Riders cheered."))
    '<p>Nothing was set aside: the text had no page furniture.</p>'
    """
    if not article.furniture:
        return "<p>Nothing was set aside: the text had no page furniture.</p>"
    rows = "".join(f"<tr><td>{esc(f.kind)}</td><td>{esc(f.text)}</td><td>{esc(f.why)}</td></tr>"
                   for f in article.furniture)
    return (f"<style>{CSS}</style><table class='ml-table'><tr><th>What it is</th><th>The line</th>"
            f"<th>Why it was set aside</th></tr>{rows}</table>")


def readability_html(analyses: list["Analysis"], measures: dict[str, str] | None = None,
                     names: list[str] | None = None) -> str:
    """A table of readability measures, one column per article; missing values say why.

    Args:
        analyses: the articles' Analyses (with readability measured).
        measures: ``{measure key: name to show}``: only those rows, in plain words for students
            (a grade as "about grade 9", a missing value as "not enough text to say"). None
            (teachers): every measure by its formula's name, each value with its note.
        names: the column headings (default: each article's own name, its headline).

    >>> from toolkit import analyze
    >>> a = analyze("The cat sat on the mat. It was warm.")
    >>> "not enough text to say" in readability_html([a], {"words": "Words"})
    False
    >>> "<b>9</b>" in readability_html([a], {"words": "Words"})
    True
    """
    plain = measures is not None
    if measures is None:
        keys = list(analyses[0].readability) if analyses and analyses[0].readability else []
        measures = {key: next((a.readability[key].name for a in analyses if key in a.readability),
                              key) for key in keys}
    left = " style='text-align:left'" if plain else ""
    rows = []
    for key, name in measures.items():
        cells = []
        for a in analyses:
            m = a.readability.get(key)
            if m is None:
                cells.append("<td>-</td>")
            elif m.value is None:
                cells.append("<td><i>not enough text to say</i></td>" if plain
                             else f"<td><i>not given</i>: {esc(m.note)}</td>")
            elif plain:
                value = f"{m.value:,.0f}" if float(m.value).is_integer() else f"{m.value:g}"
                if key in ("flesch_kincaid_grade", "consensus_grade"):
                    value = f"about grade {round(m.value)}"
                cells.append(f"<td{left}><b>{esc(value)}</b></td>")
            else:
                value = int(m.value) if float(m.value).is_integer() else m.value
                cells.append(f"<td><b>{esc(value)}</b> ({esc(m.note)})</td>")
        rows.append(f"<tr><th{left}>{esc(name)}</th>{''.join(cells)}</tr>")
    return table(["Measure", *(names or [a.name for a in analyses])], rows)


def text_table(analysis: "Analysis", width: int = 70) -> str:
    """A plain-text table: number, label marker, source and the start of each sentence.

    >>> from toolkit import analyze
    >>> print(text_table(analyze("Ana Ruiz said the bus is late.")).splitlines()[1])
      1  [S] Names a source               Ana Ruiz                   Ana Ruiz said the bus is late.
    """
    lines = [f"{'#':>3}  {'label':<32} {'source':<26} sentence"]
    for s in analysis.sentences:
        st = LABEL_STYLES[s.label]
        text = " ".join(s.text.split())
        if len(text) > width:
            text = text[: width - 3] + "..."
        head = " (headline)" if s.headline else ""
        source = (s.source or "")[:26]
        lines.append(f"{s.index + 1:>3}  {st.marker + ' ' + st.name:<32} {source:<26} {text}{head}")
    lines.append("")
    lines.append(analysis.density.summary())
    return "\n".join(lines)


def analysis_text(analysis: "Analysis") -> str:
    """The command line's text format: the table, the reasons, and readability.

    >>> from toolkit.analysis import analyze
    >>> a = analyze('"Fares will fall," Mayor Ana Ruiz said. The plan is brilliant.',
    ...             readability=False)
    >>> print(analysis_text(a))  # doctest: +NORMALIZE_WHITESPACE
    Pasted article
    ==============
    <BLANKLINE>
      #  label                            source                     sentence
      1  [S] Names a source               Mayor Ana Ruiz             "Fares will fall," Mayor Ana Ruiz said.
      2  [O] Writer's opinion                                        The plan is brilliant.
    <BLANKLINE>
    1 of 2 sentences names a source (50%); 1 source is named; 27% of the words are inside quotation marks.
    <BLANKLINE>
    Why each label:
      1. Says who: Mayor Ana Ruiz. The reporting word “said” shows where it comes from.
      2. Writer's opinion, with no source named: loaded word “brilliant”.
    """
    out = [analysis.name, "=" * len(analysis.name), ""]
    for w in analysis.article.warnings:
        out.append(f"Note: {w}")
    out.append(text_table(analysis))
    out.append("")
    out.append("Why each label:")
    for s in analysis.sentences:
        out.append(f"{s.index + 1:>3}. {s.reason}")
    if analysis.readability:
        out.append("")
        out.append("Readability (body text only):")
        for m in analysis.readability.values():
            value = "not given" if m.value is None else (int(m.value) if float(m.value).is_integer() else m.value)
            out.append(f"  {m.name}: {value} - {m.note}")
    return "\n".join(out)
