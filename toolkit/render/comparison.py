"""The comparison views: a rewrite beside its original, marked by kind, and who was quoted.

>>> from toolkit import compare
>>> page = comparison_html(compare("Mayor Ana Ruiz said <the pool> opens.", "<The pool> opens."))
>>> "<the pool>" in page, "Source dropped" in page
(False, True)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..evidence import COMPARE_KINDS, EVIDENCE_KINDS
from ..palette import COMPARE_STYLES, LABEL_STYLES
from ..wording import count
from .html import CSS, esc, mark, tag, tint

if TYPE_CHECKING:  # pragma: no cover
    from ..comparison import Comparison, Pair

COMPARE_CSS = """
.ml-cmp{border-collapse:collapse;font-family:Georgia,'Times New Roman',serif;line-height:1.45;width:100%;
table-layout:fixed}
table.ml-cmp.ml-cmp td,table.ml-cmp.ml-cmp th{border:1px solid #999;padding:.3em .45em;
 vertical-align:top;text-align:left;line-height:1.45;overflow-wrap:anywhere;word-break:normal}
table.ml-cmp.ml-cmp th{font-family:system-ui,sans-serif;font-size:.9em}
.ml-cmp col.ml-c-num{width:6.5em}
.ml-cmp col.ml-c-kind{width:9.5em}
.ml-cmp .ml-kind{font-family:system-ui,sans-serif;font-size:.9em}
.ml-cmp .ml-mark,.ml-sum .ml-mark{font-size:1em}
.ml-cmp .ml-why{font-family:system-ui,sans-serif;font-size:.85em;color:#333}
.ml-cmp .ml-num{font-family:system-ui,sans-serif;font-weight:700}
.ml-flag{text-decoration:underline;text-decoration-thickness:2px;text-underline-offset:3px;font-weight:600}
details.ml-group{margin:.25em 0;border:1px solid #bbb;border-radius:4px;padding:.2em .5em}
details.ml-group>summary{cursor:pointer;font-family:system-ui,sans-serif;font-size:1em;padding:.2em 0}
details.ml-group[open]>summary{margin-bottom:.3em}
"""


def _flag_colour(kind: str) -> str:
    if kind == "new_words":  # a rewording to check, not a changed fact
        kind = "reworded"
    if kind in COMPARE_STYLES:
        return COMPARE_STYLES[kind].colour
    return LABEL_STYLES[EVIDENCE_KINDS[kind].label if kind in EVIDENCE_KINDS else "opinion"].colour


# The short words a flag's visible tag says; the compare kinds' own notes (what changed, what
# is new) are written out under the sentence, since they are the point of the row.
_FLAG_TAGS = {"changed": "fact changed", "added": "not in the original", "new_words": "new words: same fact?"}


def _flag_tag(kind: str) -> str:
    if kind in _FLAG_TAGS:
        return _FLAG_TAGS[kind]
    return EVIDENCE_KINDS[kind].name if kind in EVIDENCE_KINDS else kind.replace("_", " ")


def _sentence_with_flags(p: "Pair", text: str) -> str:
    """The rewrite's sentence with each flagged stretch underlined and followed by a small visible
    tag saying what it is (no meaning only in a hover title: touch screens have no hover), then
    the notes of changed or added details in words."""
    pieces, pos, notes = [], p.rewrite.start, []
    for f in sorted(p.flags, key=lambda f: (f["start"], -f["end"])):
        if f["start"] < pos or f["end"] > p.rewrite.end:
            continue
        pieces.append(esc(text[pos:f["start"]]))
        pieces.append(f'<span class="ml-flag" style="text-decoration-color:{_flag_colour(f["kind"])}" '
                      f'title="{esc(f["note"])}">{esc(text[f["start"]:f["end"]])}</span>'
                      f'{tag(_flag_tag(f["kind"]))}')
        # a note the row's reason already gives is not said twice; an added detail is named by its
        # words ("Not in the original: “last May”."), not by a note that says "not in the original" again
        if f["kind"] in _FLAG_TAGS and f.get("note") and f["note"] not in p.reason:
            said = f"“{f['text']}”." if f["kind"] == "added" else f["note"]
            notes.append(f'<div class="ml-why"><b>{esc(_FLAG_TAGS[f["kind"]].capitalize())}:'
                         f'</b> {esc(said)}</div>')
        pos = f["end"]
    pieces.append(esc(text[pos:p.rewrite.end]))
    return "".join(pieces) + "".join(notes)


def _group(kind: str, count: int, what: str, body: str, open_: bool = False) -> str:
    """One kind's rows, folded away under a line naming the kind and how many (click to open)."""
    st = COMPARE_STYLES[kind]
    return (f'<details class="ml-group" data-kind="{esc(kind)}"{" open" if open_ else ""}>'
            f'<summary class="ml-sum">{mark(kind)} <b>{esc(st.name)}</b>: {count} {esc(what)}'
            f"</summary>{body}</details>")


def comparison_html(c: "Comparison") -> str:
    """The comparison as an HTML fragment: a legend, then the rewrite's sentences grouped by
    what happened to them, each group folded away (open one to read it), then what was left out
    and who was quoted. Columns have fixed widths and long words wrap, so no text spills.

    >>> from toolkit import analyze, compare
    >>> pair = compare(analyze('"We raised $400," club president Maya Ortiz said. Coach Ben Ode '
    ...                        'said the team will buy shirts. The sale ran for two hours.'),
    ...                analyze("The club raised $400. The sale ran for two hours."))
    >>> html = comparison_html(pair)
    >>> html.count("<details"), "Source dropped" in html, "<h3>Voices</h3>" in html
    (3, True, True)
    """
    legend = " ".join(
        f'<span style="background:{tint(COMPARE_STYLES[k].colour)};'
        f'border-bottom:3px solid {COMPARE_STYLES[k].colour}"><b>{esc(COMPARE_STYLES[k].marker)}</b> '
        f'{esc(COMPARE_STYLES[k].name)}</span>' for k in COMPARE_KINDS)
    counts = c.flow_counts()
    summary = "; ".join(f"{n} {COMPARE_STYLES[k].name.split(' (')[0].lower()}"
                        for k, n in counts.items())
    head = ('<table class="ml-cmp"><colgroup><col class="ml-c-num"><col class="ml-c-kind"><col>'
            '<col></colgroup><tr><th>#</th><th>What happened</th><th>Rewrite</th>'
            '<th>Original</th></tr>')
    by_kind: dict[str, list[str]] = {}
    r_text = c.rewrite_analysis.article.text
    seen: set[int] = set()
    for p in c.pairs:
        st = COMPARE_STYLES[p.kind]
        n = p.rewrite.index + 1
        cells = []
        for o in p.original:
            anchor = "" if o.index in seen else f' id="ml-o{o.index + 1}"'
            seen.add(o.index)
            cells.append(f'<span class="ml-num"{anchor}>O{o.index + 1}</span> {esc(o.text)}')
        # a changed fact read from another sentence of the original ("where the gang began" is
        # told once for the whole story) shows that sentence too, so the row holds both sides
        at = {o.index for o in p.original}
        for f in p.flags:
            w = f.get("original")
            if w and w["sentence"] not in at and p.original:
                at.add(w["sentence"])
                o = c.original_analysis.sentences[w["sentence"]]
                cells.append(f'<span class="ml-num">O{o.index + 1}</span> <i>(the fact compared)</i> '
                             f'{esc(o.text)}')
        originals = "<br>".join(cells) or "<i>The tool matched no original sentence.</i>"
        # Plain text, not links: the originals are in this row already, and a link per row
        # was one more Tab stop per row for a keyboard user on the way to the next question.
        link = ", ".join(f"O{o.index + 1}" for o in p.original)
        by_kind.setdefault(p.kind, []).append(
            f'<tr id="ml-r{n}" data-kind="{esc(p.kind)}" style="background:{tint(st.colour, 0.8)}">'
            f'<td class="ml-num">R{n}{" &larr; " + link if link else ""}</td>'
            f'<td class="ml-kind">{mark(p.kind)} {esc(st.name)}</td>'
            f'<td>{_sentence_with_flags(p, r_text)}<div class="ml-why">{esc(p.reason)}</div></td>'
            f'<td>{originals}</td></tr>')
    groups = []
    for kind in COMPARE_KINDS:
        rows = by_kind.get(kind)
        if rows:
            noun = "rewrite sentence" if len(rows) == 1 else "rewrite sentences"
            groups.append(_group(kind, len(rows), noun, head + "".join(rows) + "</table>"))
    dropped_rows = []
    for d in c.dropped:
        s = d["sentence"]
        who = d["source"] or "the writer (no source named)"
        dropped_rows.append(f'<tr id="ml-o{s.index + 1}" data-kind="dropped">'
                            f'<td class="ml-num">O{s.index + 1}</td>'
                            f'<td class="ml-kind">{mark("dropped")} {esc(COMPARE_STYLES["dropped"].name)}</td>'
                            f'<td>{esc(s.text)}</td><td>{esc(who)}</td></tr>')
    parts = [f"<style>{CSS}{COMPARE_CSS}</style>", '<div class="ml-article" style="max-width:none">',
             f"<h3>{esc(c.rewrite_analysis.name)} compared with {esc(c.original_analysis.name)}</h3>",
             f'<div class="ml-legend">{legend}</div>',
             f'<p class="ml-legend">{esc(summary)}. The tool proposes; you decide. Click a line '
             f"to open its sentences.</p>", *groups]
    if dropped_rows:
        noun = "original sentence" if len(dropped_rows) == 1 else "original sentences"
        parts.append(_group("dropped", len(dropped_rows), noun + " left out of the rewrite",
                            '<table class="ml-cmp"><colgroup><col class="ml-c-num">'
                            '<col class="ml-c-kind"><col><col></colgroup><tr><th>#</th><th>What happened</th>'
                            '<th>Original sentence</th><th>Who it came from</th></tr>'
                            + "".join(dropped_rows) + "</table>"))
    parts += [voices_html(c, style=False), "</div>"]
    return "\n".join(parts)


def voices_html(c: "Comparison", style: bool = True) -> str:
    """Who each article names as a source, which voices vanished, and which of their points went too.

    >>> from toolkit import analyze, compare
    >>> pair = compare(analyze('"We raised $400," club president Maya Ortiz said. Coach Ben Ode '
    ...                        'said the team will buy shirts. The sale ran for two hours.'),
    ...                analyze("The club raised $400. The sale ran for two hours."))
    >>> html = voices_html(pair)
    >>> html[html.index("<p>"):html.index("</p>") + 4]
    '<p>The original names 2 sources; the rewrite names 0.</p>'
    >>> "Coach Ben Ode: 1 point left out; used without the name in no rewrite sentence" in html
    True
    >>> "Maya Ortiz: 0 points left out; used without the name in 1 rewrite sentence" in html
    True
    """
    groups = c.dropped_by_voice()

    def items(names: list[str]) -> str:
        return "".join(f"<li>{esc(n)}</li>" for n in names) or "<li><i>nobody</i></li>"

    parts = [f"<style>{CSS}{COMPARE_CSS}</style>" if style else "", '<div class="ml-voices">',
             "<h3>Voices</h3>",
             f"<p>The original names {count(len(c.voices['original']), 'source')}; the rewrite names "
             f"{len(c.voices['rewrite'])}.</p>",
             "<table class='ml-cmp'><tr><th>Named in the original</th><th>Named in the rewrite</th>"
             "<th>Vanished</th></tr>",
             f"<tr><td><ul>{items(c.voices['original'])}</ul></td><td><ul>{items(c.voices['rewrite'])}"
             f"</ul></td><td><ul>{items(c.voices['vanished'])}</ul></td></tr></table>"]
    for name in c.voices["vanished"]:
        points = c.dropped_from(name)
        uses = len(c.unnamed_uses(name))
        reused = f"in {count(uses, 'rewrite sentence')}" if uses else "in no rewrite sentence"
        parts.append(f"<h4>{mark('dropped')} {esc(name)}: {count(len(points), 'point')} left out; "
                     f"used without the name {reused}</h4>")
        if points:
            parts.append("<ul>" + "".join(f"<li>O{s.index + 1}: {esc(s.text)}</li>" for s in points)
                         + "</ul>")
    if groups.get(None):
        parts.append(f"<h4>{mark('dropped')} The writer's own sentences left out: "
                     f"{len(groups[None])}</h4>")
        parts.append("<ul>" + "".join(f"<li>O{s.index + 1}: {esc(s.text)}</li>" for s in groups[None])
                     + "</ul>")
    parts.append("</div>")
    return "\n".join(parts)


def comparison_text(c: "Comparison", width: int = 100) -> str:
    """The command line's text format.

    >>> from toolkit import analyze, compare
    >>> pair = compare(analyze('"We raised $400," club president Maya Ortiz said. Coach Ben Ode '
    ...                        'said the team will buy shirts. The sale ran for two hours.'),
    ...                analyze("The club raised $400. The sale ran for two hours."))
    >>> print("\\n".join(comparison_text(pair).splitlines()[3:8]))
    R1   [-S] Source dropped  <- O1  (similarity 0.70)
         rewrite:  The club raised $400.
         original: "We raised $400," club president Maya Ortiz said.
         why: In the original (sentence 1) this came from Maya Ortiz (“club president Maya Ortiz said”); the rewrite says it as a plain fact, without saying who said it.
    <BLANKLINE>
    """
    def cut(text: str) -> str:
        text = " ".join(text.split())
        return text if len(text) <= width else text[: width - 3] + "..."

    title = f"{c.rewrite_analysis.name} compared with {c.original_analysis.name}"
    out = [title, "=" * len(title), ""]
    for p in c.pairs:
        st = COMPARE_STYLES[p.kind]
        origin = ", ".join(f"O{o.index + 1}" for o in p.original) or "-"
        how = "answer key" if p.similarity is None else f"similarity {p.similarity:.2f}"
        out.append(f"R{p.rewrite.index + 1:<3} {st.marker} {st.name}  <- {origin}  ({how})")
        out.append(f"     rewrite:  {cut(p.rewrite.text)}")
        for o in p.original:
            out.append(f"     original: {cut(o.text)}")
        out.append(f"     why: {p.reason}")
        for f in p.flags:
            out.append(f"     flag {f['kind']}: “{f['text']}”")
        out.append("")
    out.append("Left out of the rewrite, by who said it:")
    for src, sents in c.dropped_by_voice().items():
        out.append(f"  {src or 'The writer (no source named)'}:")
        for s in sents:
            out.append(f"    {COMPARE_STYLES['dropped'].marker} O{s.index + 1}: {cut(s.text)}")
    out.append("")
    out.append("Sources named in the original: " + (", ".join(c.voices["original"]) or "none"))
    out.append("Sources named in the rewrite:  " + (", ".join(c.voices["rewrite"]) or "none"))
    out.append("Vanished:                      " + (", ".join(c.voices["vanished"]) or "none"))
    out.append("")
    out.append("Counts: " + ", ".join(f"{k} {n}" for k, n in c.flow_counts().items()))
    out.append("The tool proposes; a teacher decides.")
    return "\n".join(out)
