"""One self-contained HTML report to print or project: articles, charts, figures, furniture.

``python -m toolkit report ORIGINAL [REWRITE] -o report.html`` writes it; ``build_report`` returns
it as a string. Everything is inside the one file: charts are base64 PNG images, the stylesheet is
inline, and no fonts, scripts or other files are fetched. Every piece of article text is escaped.
Large type for a projector; a print stylesheet puts each section on its own page, with no dark
backgrounds.

>>> html = build_report('"We will rebuild," Mayor Ana Ruiz said. The storm hit on Monday.')
>>> html.startswith("<!DOCTYPE html>") and "<script" not in html
True
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .analysis import as_analysis
from .errors import ToolkitError
from .render.analysis import analysis_html, furniture_html, readability_html
from .render.html import CSS, esc, figure

REPORT_CSS = """
html{font-size:20px}
body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;color:#111;
 background:#fff;margin:0;padding:1.2rem 2rem 3rem;line-height:1.5}
main{max-width:62rem;margin:0 auto}
h1{font-size:2rem;line-height:1.2;margin:.4rem 0 .3rem}
h2{font-size:1.55rem;margin:2.2rem 0 .6rem;padding-top:.6rem;border-top:3px solid #111}
h3{font-size:1.2rem}
.rp-lead{font-size:1.1rem;margin:.2rem 0 1rem}
.rp-note{border-left:6px solid #0072B2;padding:.4rem .9rem;margin:1rem 0;background:#fff}
.rp-figures{border-collapse:collapse;font-size:1rem;margin:.6rem 0 1rem}
.rp-figures th,.rp-figures td{border:1px solid #777;padding:.3rem .6rem;text-align:left;vertical-align:top}
.rp-figures td.num{text-align:right;font-variant-numeric:tabular-nums}
figure{margin:1.2rem 0 2rem;break-inside:avoid;page-break-inside:avoid}
figure img{display:block;width:100%;height:auto;border:1px solid #ccc}
figcaption{font-size:1rem;margin-top:.4rem;padding:.3rem .6rem;border-left:4px solid #999}
figcaption b{display:block}
.rp-article{margin:1rem 0 2rem}
.rp-article .ml-article{max-width:none;font-size:1.05rem}
.rp-toc{font-size:1rem}
.rp-toc a{color:#0072B2}
.ml-table{font-size:.95rem}
@media print{
 html{font-size:11.5pt}
 body{padding:0;color:#000;background:#fff}
 main{max-width:none}
 section{break-before:page;page-break-before:always}
 section.rp-first{break-before:auto;page-break-before:auto}
 h2{border-top:none;margin-top:0}
 .rp-toc{display:none}
 figure img{border:none;max-height:22cm;width:auto;max-width:100%}
 a{color:#000;text-decoration:none}
 .ml-s,.ml-legend span{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}
"""

READING_NOTE = (
    "How to read this report: every sentence is marked by what it does. A sentence that does not "
    "name a source is not wrong in itself: good reporting states plenty of background facts "
    "without one. A source matters most for claims a reader cannot check. The labels come from "
    "rules, and the rules can be wrong: look at the underlined evidence and decide for yourself.")


def _check_grade(grade: Any) -> int:
    if isinstance(grade, bool) or not isinstance(grade, int) or not 1 <= grade <= 16:
        raise ToolkitError(f"The grade must be a whole school grade from 1 to 16 (8 for 8th "
                           f"grade), not {grade!r}.")
    return grade


def _figures_table(analyses: list, names: list[str]) -> str:
    head = "".join(f"<th>{esc(n)}</th>" for n in names)
    rows = [
        ("Sentences (headline included)", [str(a.density.sentences) for a in analyses]),
        ("Sentences that name a source",
         [f"{a.density.attributed} ({a.density.share_attributed:.0%})" for a in analyses]),
        ("Sources named (different people or groups)", [str(len(a.density.sources)) for a in analyses]),
        ("Words", [str(a.density.words) for a in analyses]),
        ("Attributions per 100 words", [f"{a.density.per_100_words:.1f}" for a in analyses]),
        ("Words inside quotation marks", [f"{a.density.share_quoted:.0%}" for a in analyses]),
    ]
    from .evidence import LABELS
    from .palette import LABEL_STYLES

    for label in LABELS:
        st = LABEL_STYLES[label]
        rows.append((f"{st.marker} {st.name}",
                     [str(a.density.label_counts.get(label, 0)) for a in analyses]))
    body = "".join(f"<tr><th>{esc(k)}</th>" + "".join(f'<td class="num">{esc(v)}</td>' for v in vals)
                   + "</tr>" for k, vals in rows)
    summaries = "".join(f"<p><b>{esc(n)}:</b> {esc(a.density.summary())}</p>"
                        for n, a in zip(names, analyses))
    return (f'<table class="rp-figures"><tr><th>Figure</th>{head}</tr>{body}</table>{summaries}')


def build_report(original, rewrite=None, grade: int = 8) -> str:
    """Build the one-file HTML report for an article, or for an original and its rewrite.

    Args:
        original: the article: a file path, pasted text, an Article or an Analysis.
        rewrite: optional rewrite of it, in any of the same forms.
        grade: the students' school grade, for the readability band and notes (default 8).

    Returns:
        The whole HTML page as a string.

    Raises:
        ToolkitError: for empty, binary, missing or unreadable input, or a grade outside 1-16.

    >>> import re
    >>> html = build_report('"We will rebuild," Mayor Ana Ruiz said. The storm hit on Monday.',
    ...                     grade=6)
    >>> re.findall(r"<h2[^>]*>(.*?)</h2>", html)
    ['At a glance', 'Charts', 'Pasted article, sentence by sentence', 'How hard is it to read?', 'Set aside: page furniture that is not part of the article']
    >>> build_report("It rained.", grade=20)
    Traceback (most recent call last):
    toolkit.errors.ToolkitError: The grade must be a whole school grade from 1 to 16 (8 for 8th grade), not 20.
    """
    from . import charts

    grade = _check_grade(grade)
    a = as_analysis(original, reader_grade=grade, remeasure=True, what="original")
    analyses = [a] + ([as_analysis(rewrite, reader_grade=grade, remeasure=True, what="rewrite")]
                      if rewrite is not None else [])
    b = analyses[1] if len(analyses) > 1 else None
    names = charts._names(analyses, None)
    title = (f"Says who? {names[0]} and {names[1]}" if b is not None
             else f"Says who? {names[0]}")

    chart_list = [
        ("Where are the voices?", charts.plot_strip(a, b)),
        ("How much is attributed, paragraph by paragraph?", charts.plot_density(a, b)),
        ("What kind of sentences?", charts.plot_labels(a, b)),
        ("Who is quoted?", charts.plot_sources(a, b)),
        ("How hard is it to read?", charts.plot_readability(a, b, grades=(grade, grade))),
    ]
    comparison = None
    if b is not None:
        from .comparison import compare

        comparison = compare(a, b)
        chart_list.insert(1, ("What happened on the way from the original to the rewrite?",
                              charts.plot_flow(comparison)))

    sections = []
    toc = []

    def section(anchor: str, heading: str, body: str) -> None:
        cls = ' class="rp-first"' if not sections else ""
        sections.append(f'<section id="{anchor}"{cls}><h2>{esc(heading)}</h2>{body}</section>')
        toc.append(f'<a href="#{anchor}">{esc(heading)}</a>')

    lead = "".join(f"<li>{esc(n)}: <i>{esc(x.name)}</i></li>" for n, x in zip(names, analyses))
    section("figures", "At a glance",
            f"<ul class='rp-lead'>{lead}</ul><p class='rp-note'>{esc(READING_NOTE)}</p>"
            + _figures_table(analyses, names))
    section("charts", "Charts", "".join(figure(fig, title=t, dpi=130) for t, fig in chart_list))
    for i, (n, x) in enumerate(zip(names, analyses)):
        section(f"article-{i + 1}", f"The {n}, sentence by sentence" if n.endswith(
            (" report", " rewrite")) else f"{n}, sentence by sentence",
                f'<div class="rp-article">{analysis_html(x, title=x.name)}</div>')
    if comparison is not None:
        section("compare", "Side by side: what the rewrite did with each sentence",
                comparison.to_html())
    section("readability", "How hard is it to read?",
            f"<p>Measured on the body text (the headline left out), for grade {grade} "
            f"readers. A formula with too little text says so instead of giving a number. "
            f"The Dale-Chall score uses its own scale, not school grades, so it is not in the "
            f"chart.</p>" + readability_html(analyses))
    furniture = "".join(f"<h3>{esc(n)}</h3>{furniture_html(x.article)}" for n, x in zip(names, analyses))
    section("furniture", "Set aside: page furniture that is not part of the article",
            "<p>These lines came with the web page (menus, buttons, copyright lines). They were "
            "left out of the labels and the figures.</p>" + furniture)

    nav = '<nav class="rp-toc">Contents: ' + " · ".join(toc) + "</nav>"
    return ("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
            "<meta name='viewport' content='width=device-width, initial-scale=1'>"
            f"<title>{esc(title)}</title><style>{CSS}{REPORT_CSS}</style></head><body><main>"
            f"<h1>{esc(title)}</h1>{nav}{''.join(sections)}</main></body></html>")
