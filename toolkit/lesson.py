"""Small display helpers for the lesson notebooks, so a lesson cell stays one or two lines.

Everything here sits on top of the public API (articles, analysis, answer keys, render). Nothing
is downloaded and nothing global changes. Articles are named as the seeds are (``"npr"``,
``"rewrite"``) or given as an Analysis / Article.

>>> from toolkit.lessons_helpers import key_lines
>>> "Names a source" in key_lines("npr", [12])
True
"""

from __future__ import annotations

import html
from functools import lru_cache

from .analysis import Analysis, analyze
from .articles import Article, load_article
from .keys import load_key
from .palette import LABEL_STYLES
from .render import CSS, _tint, furniture_html

__all__ = ["HTML", "seed_analysis", "read_article", "side_by_side", "page_furniture",
           "key_lines", "key_counts", "tool_vs_key", "headline_check", "my_article",
           "density_table", "density_chart", "show_chart", "change_lines", "change_counts",
           "vanished_voices", "flow_chart", "KeyComparison", "scramble", "grade_table",
           "readability_table", "readability_chart", "report_card", "unit_progress"]


class HTML(str):
    """A string of HTML that shows as HTML in a notebook (and as plain HTML text elsewhere)."""

    def _repr_html_(self) -> str:
        return str(self)


def _esc(text: object) -> str:
    return html.escape(str(text), quote=True)


@lru_cache(maxsize=4)
def seed_analysis(name: str) -> Analysis:
    """Analyse a seed article once (``"npr"`` or ``"rewrite"``) and keep the result.

    >>> seed_analysis("npr").density.sentences
    30
    """
    from . import seed_path

    return analyze(seed_path(name))


def _analysis(article) -> Analysis:
    if isinstance(article, Analysis):
        return article
    if isinstance(article, Article):
        return analyze(article)
    if article in ("npr", "rewrite"):
        return seed_analysis(article)
    return analyze(load_article(article))


def _byline(article: Article) -> str:
    meta = article.metadata
    bits = []
    if meta.get("outlet"):
        bits.append(f"From: {meta['outlet']}")
    bits.append(f"By: {meta['author']}" if meta.get("author") else "By: no author named")
    if meta.get("date"):
        bits.append(f"Date: {meta['date']}")
    return " · ".join(_esc(b) for b in bits)


def _article_only(article):
    """The Article alone, without labelling or readability (quick: reading needs neither)."""
    if isinstance(article, Analysis):
        return article.article
    if isinstance(article, Article):
        return article
    if article in ("npr", "rewrite"):
        from . import seed_path

        return load_article(seed_path(article))
    return load_article(article)


def read_article(article, title: str | None = None) -> HTML:
    """The article as a reader sees it: headline, byline and paragraphs, page furniture left out.

    Args:
        article: ``"npr"``, ``"rewrite"``, an Analysis, an Article or a file path.
        title: an optional heading to show above it (e.g. "Article A").
    """
    art = _article_only(article)
    parts = [f"<style>{CSS}</style>", '<div class="ml-article" style="border:1px solid #bbb;'
             'padding:.6em 1em;margin:.4em 0">']
    if title:
        parts.append(f"<h3>{_esc(title)}</h3>")
    if art.headline is not None:
        parts.append(f'<p class="ml-headline">{_esc(art.headline.text)}</p>')
    parts.append(f'<p style="font-family:system-ui,sans-serif;font-size:.85em;color:#333">'
                 f'{_byline(art)}</p>')
    for p in art.body:
        parts.append(f"<p>{_esc(p.text)}</p>")
    parts.append("</div>")
    return HTML("\n".join(parts))


def side_by_side(left, right, titles=("The NPR report", "The rewrite")) -> HTML:
    """Two pieces of HTML (or two articles to read) next to each other; they stack on a narrow screen."""
    cells = []
    for item, title in zip((left, right), titles):
        body = str(item) if isinstance(item, str) and "<" in item else read_article(item)
        cells.append(f'<div style="flex:1 1 22em;min-width:18em"><h4>{_esc(title)}</h4>{body}</div>')
    return HTML('<div style="display:flex;flex-wrap:wrap;gap:1em">' + "".join(cells) + "</div>")


def page_furniture(article) -> HTML:
    """The lines of the web page that are not the article (menus, captions, footers) and why."""
    art = _analysis(article).article
    n = len(art.furniture)
    return HTML(f"<p><b>{n} line{'s' if n != 1 else ''} set aside</b> from {_esc(art.name)}:</p>"
                + furniture_html(art))


def _badge(label: str) -> str:
    st = LABEL_STYLES[label]
    return (f'<span style="background:{_tint(st.colour)};border-bottom:3px solid {st.colour};'
            f'padding:0 .3em;white-space:nowrap"><b>{_esc(st.marker)}</b> {_esc(st.name)}</span>')


def key_lines(article: str, numbers, notes: bool = False) -> HTML:
    """Sentences from the hand-written answer key, with their label and the reason for it.

    Args:
        article: ``"npr"`` or ``"rewrite"``.
        numbers: the key's sentence numbers to show (counting from 1, the headline is 1).
        notes: also show the key's teacher note, where the sentence is debatable.
    """
    key = load_key(article)
    rows = []
    for n in numbers:
        ks = key.get(n)
        also = "".join(f"<br>also fair: {_badge(a)}" for a in ks.also)
        extra = f"<br><i>{_esc(ks.note)}</i>" if notes and ks.note else ""
        words = ", ".join(f"“{_esc(ev.text)}”" for ev in ks.evidence
                          if ev.kind not in ("carried", "question"))
        rows.append(f"<tr><td>{n}</td><td>{_esc(ks.text)}</td><td>{_badge(ks.label)}{also}</td>"
                    f"<td>{_esc(ks.reason)}{extra}</td><td>{words}</td></tr>")
    return HTML(f"<style>{CSS}</style><table class='ml-table'><tr><th>#</th><th>Sentence</th>"
                f"<th>Label</th><th>Why</th><th>Key words</th></tr>{''.join(rows)}</table>")


def key_counts(*articles: str) -> HTML:
    """How many sentences of each article the answer key puts under each label."""
    keys = [load_key(a) for a in articles]
    head = "".join(f"<th>{_esc(k.article)}</th>" for k in keys)
    rows = []
    for label in LABEL_STYLES:
        cells = "".join(f"<td>{sum(s.label == label for s in k.sentences)} of "
                        f"{len(k.sentences)}</td>" for k in keys)
        rows.append(f"<tr><td>{_badge(label)}</td>{cells}</tr>")
    return HTML(f"<style>{CSS}</style><table class='ml-table'><tr><th>Label</th>{head}</tr>"
                f"{''.join(rows)}</table>")


def tool_vs_key(article: str) -> HTML:
    """Where the toolkit's automatic labels differ from the answer key's first choice."""
    result = seed_analysis(article)
    key = load_key(article)
    rows, also, wrong = [], 0, 0
    for s, ks in zip(result.sentences, key.sentences):
        if s.label != ks.label:
            fair = s.label in ks.also
            also += fair
            wrong += not fair
            verdict = "Yes: the key also accepts it" if fair else "No"
            rows.append(f"<tr><td>{ks.n}</td><td>{_esc(ks.text)}</td><td>{_badge(s.label)}</td>"
                        f"<td>{_badge(ks.label)}</td><td>{verdict}</td></tr>")
    total = len(key.sentences)
    intro = (f"<p>The tool picks the key's first label for <b>{total - len(rows)} of {total}</b> "
             f"sentences. On {also} more it picks a label the key also accepts. It is wrong on "
             f"{wrong}.</p>")
    if not rows:
        return HTML(intro)
    return HTML(f"<style>{CSS}</style>{intro}<table class='ml-table'><tr><th>#</th><th>Sentence"
                f"</th><th>The tool said</th><th>The key's first label</th><th>Fair too?</th></tr>"
                f"{''.join(rows)}</table>")


def headline_check(*articles: str) -> HTML:
    """Each headline beside what the article's first body sentence actually reports."""
    rows = []
    for name in articles:
        key = load_key(name)
        heads = [s for s in key.sentences if s.headline]
        first = next(s for s in key.sentences if not s.headline)
        badges = " ".join(_badge(s.label) for s in heads)
        rows.append(f"<tr><td>{_esc(name)}</td><td>{_esc(' '.join(s.text for s in heads))}</td>"
                    f"<td>{badges}</td><td>{_esc(first.text)}</td></tr>")
    return HTML(f"<style>{CSS}</style><table class='ml-table'><tr><th>Article</th><th>Headline"
                f"</th><th>Label (answer key)</th><th>First sentence of the article</th></tr>"
                f"{''.join(rows)}</table>")


def my_article(text_or_path: str) -> Analysis:
    """Analyse an article you pasted (text between quotes) or a file path; errors say what to fix.

    >>> my_article('"We will rebuild," Mayor Ana Ruiz said. The storm hit on Monday.').density.attributed
    1
    """
    from .errors import ToolkitError

    text = str(text_or_path)
    if not text.strip() or "PASTE YOUR ARTICLE HERE" in text:
        raise ToolkitError("There is no article yet: paste your article's text between the "
                           "three quote marks, in place of PASTE YOUR ARTICLE HERE, then run "
                           "the cell again.")
    # load_article tells a file name from pasted text (and says "No file named ..." for a
    # name that is not there), so the rule is the same as everywhere else in the toolkit.
    return analyze(load_article(text))


def density_table(*articles) -> HTML:
    """How many sentences of each article name a source, as a small table (the chart's numbers)."""
    rows = []
    for a in articles:
        d = _analysis(a).density
        rows.append(f"<tr><td>{_esc(_label(a))}</td><td>{d.attributed} of {d.sentences}</td>"
                    f"<td>{d.share_attributed:.0%}</td><td>{len(d.sources)}</td></tr>")
    return HTML(f"<style>{CSS}</style><table class='ml-table'><tr><th>Article</th><th>Sentences "
                f"that name a source</th><th>Share</th><th>Different sources named</th></tr>"
                f"{''.join(rows)}</table>")


def _label(article) -> str:
    names = {"npr": "The NPR report", "rewrite": "The rewrite"}
    if isinstance(article, str) and article in names:
        return names[article]
    return _analysis(article).name


def show_chart(fig) -> HTML:
    """A chart from toolkit.charts as an image with its alt text, shown in any notebook front end.

    The alt text is the image's ``alt`` attribute (for screen readers) and is also printed under
    the image, so every student can read what the chart shows.
    """
    import base64

    from .charts import alt_text, figure_bytes

    text = alt_text(fig)
    data = base64.b64encode(figure_bytes(fig, "png", dpi=100)).decode("ascii")
    return HTML(f'<figure style="margin:.4em 0"><img src="data:image/png;base64,{data}" '
                f'alt="{_esc(text)}" style="max-width:100%"><figcaption style="font-family:'
                f'system-ui,sans-serif;font-size:.9em"><b>What the chart shows:</b> {_esc(text)}'
                f'</figcaption></figure>')


def density_chart(*articles) -> HTML:
    """The attribution density chart for one or two articles, with its table of numbers above."""
    from .charts import plot_density

    fig = plot_density(*[_analysis(a) for a in articles])
    return HTML(density_table(*articles) + show_chart(fig))


@lru_cache(maxsize=1)
def _compare_key() -> dict:
    from .keys import key_path, read_yaml

    return read_yaml(key_path("compare-seeds"))


def _kind_badge(kind: str) -> str:
    from .palette import COMPARE_STYLES

    st = COMPARE_STYLES[kind]
    return (f'<span style="background:{_tint(st.colour)};border-bottom:3px solid {st.colour};'
            f'padding:0 .3em;white-space:nowrap"><b>{_esc(st.marker)}</b> {_esc(st.name)}</span>')


def change_lines(numbers=None, kind: str | None = None) -> HTML:
    """Rewrite sentences beside the NPR sentences they came from, with what changed (answer key).

    Args:
        numbers: the rewrite's sentence numbers to show (default: all).
        kind: show only one kind ("attribution_dropped", "changed", "added", "reworded", "kept").
    """
    rows = []
    for s in _compare_key()["sentences"]:
        if (numbers is not None and s["n"] not in numbers) or (kind and s["kind"] != kind):
            continue
        original = "<br>".join(_esc(t) for t in s.get("original") or []) or "<i>nothing</i>"
        changed = [f["text"] for f in s.get("flags") or [] if f["kind"] in ("changed", "added")]
        words = ", ".join(f"“{_esc(w)}”" for w in changed)
        rows.append(f"<tr><td>{s['n']}</td><td>{_esc(s['text'])}</td><td>{original}</td>"
                    f"<td>{_kind_badge(s['kind'])}</td><td>{_esc(s['reason'])}"
                    f"{'<br>New or changed words: ' + words if words else ''}</td></tr>")
    return HTML(f"<style>{CSS}</style><table class='ml-table'><tr><th>#</th><th>The rewrite"
                f"</th><th>Where it came from in NPR</th><th>What happened</th><th>Why</th></tr>"
                f"{''.join(rows)}</table>")


def change_counts() -> HTML:
    """How many rewrite sentences of each kind, and how many NPR sentences were left out (answer key)."""
    from .palette import COMPARE_KINDS

    key = _compare_key()
    counts = {k: sum(s["kind"] == k for s in key["sentences"]) for k in COMPARE_KINDS}
    counts["dropped"] = len(key["dropped"])
    rows = "".join(f"<tr><td>{_kind_badge(k)}</td><td>{n}</td></tr>" for k, n in counts.items())
    return HTML(f"<style>{CSS}</style><table class='ml-table'><tr><th>What happened</th>"
                f"<th>Sentences</th></tr>{rows}</table>"
                f"<p>The rewrite has {len(key['sentences'])} sentences; the NPR report has 30, "
                f"and {counts['dropped']} of them were left out.</p>")


def vanished_voices() -> HTML:
    """The sources NPR names that the rewrite never names, with how many of their lines were cut."""
    key = _compare_key()
    npr = load_key(key.get("original", "npr"))
    rows = []
    for voice in key["voices"]["vanished"]:
        cut = sum(1 for d in key["dropped"] if d["source"] == voice)
        unnamed = sum(1 for s in key["sentences"] if s["kind"] == "attribution_dropped"
                      and any(npr.get(n).source == voice for n in s.get("original_n") or []))
        rows.append(f"<tr><td>{_esc(voice)}</td><td>{cut}</td><td>{unnamed}</td></tr>")
    kept = ", ".join(_esc(v) for v in key["voices"]["rewrite"])
    return HTML(f"<style>{CSS}</style><p>The NPR report names {len(key['voices']['original'])} "
                f"sources. The rewrite names {len(key['voices']['rewrite'])}: {kept}.</p>"
                f"<table class='ml-table'><tr><th>Voice that vanished</th><th>NPR sentences from "
                f"this source that the rewrite left out</th><th>Rewrite sentences that use this "
                f"source's information without naming it</th></tr>{''.join(rows)}</table>")


class _KeyOriginal:
    def __init__(self, n: int):
        self.index = n - 1


class _KeyPair:
    def __init__(self, entry: dict):
        self.kind = entry["kind"]
        self.original = tuple(_KeyOriginal(n) for n in entry.get("original_n") or [])


class KeyComparison:
    """The answer key's comparison of the seeds, in the shape toolkit.charts.plot_flow reads."""

    def __init__(self):
        key = _compare_key()
        self.pairs = [_KeyPair(e) for e in key["sentences"]]
        self.dropped = list(key["dropped"])
        self.original_analysis = seed_analysis("npr")
        self.rewrite_analysis = seed_analysis("rewrite")

    def flow_counts(self) -> dict[str, int]:
        """Rewrite sentences of each kind, and original sentences left out (from the key)."""
        from .palette import COMPARE_KINDS

        counts = {k: sum(p.kind == k for p in self.pairs) for k in COMPARE_KINDS}
        counts["dropped"] = len(self.dropped)
        return counts


def flow_chart(comparison=None) -> HTML:
    """The flow chart (toolkit.charts.plot_flow) as an image with its alt text.

    Args:
        comparison: a Comparison from toolkit.compare; by default, the answer key's comparison
            of the two seed articles.
    """
    from .charts import plot_flow

    return show_chart(plot_flow(comparison if comparison is not None else KeyComparison()))


def scramble(text: str) -> str:
    """The same words in each sentence, in reverse order: nonsense with the same word counts.

    >>> scramble("The dog ran home. It was late.")
    'Home ran dog The. Late was It.'
    """
    from .sentences import split_sentences

    out = []
    for sent in split_sentences(text):
        body = sent[2].strip()
        end = body[-1] if body and body[-1] in ".!?" else "."
        words = body.rstrip(".!?").replace(",", "").split()
        flipped = " ".join(reversed(words))
        out.append(flipped[:1].upper() + flipped[1:] + end)
    return " ".join(out)


def grade_table(texts: dict) -> HTML:
    """Readability of a few short texts side by side: words, sentence length, rough grade.

    Args:
        texts: a dict of {name: text}.
    """
    from .readability import measure_paragraph
    from .sentences import split_sentences

    rows = []
    for name, text in texts.items():
        m = measure_paragraph(text, len(split_sentences(text)))
        grade = m["rough_grade"].value
        rows.append(f"<tr><td><b>{_esc(name)}</b><br>{_esc(text)}</td><td>{int(m['words'].value)}"
                    f"</td><td>{m['avg_sentence_length'].value}</td><td>{grade}</td></tr>")
    return HTML(f"<style>{CSS}</style><table class='ml-table'><tr><th>Text</th><th>Words</th>"
                f"<th>Words per sentence</th><th>Grade (Flesch-Kincaid, rough)</th></tr>"
                f"{''.join(rows)}</table>")


def readability_table(*articles) -> HTML:
    """Every readability measure for one or more articles, one column each (render.readability_html)."""
    from .render import readability_html

    return HTML(readability_html([_analysis(a) for a in articles]))


def readability_chart(*articles) -> HTML:
    """The readability chart (toolkit.charts.plot_readability) as an image with its alt text."""
    from .charts import plot_readability

    return show_chart(plot_readability(*[_analysis(a) for a in articles]))


def report_card(article) -> HTML:
    """A short summary of one article: labels, sources named, and a few readability figures."""
    a = _analysis(article)
    d = a.density
    counts = "".join(f"<li>{_badge(lab)}: {n} of {d.sentences} sentences</li>"
                     for lab, n in d.label_counts.items())
    sources = ", ".join(_esc(x) for x in d.sources) or "<i>none found</i>"
    read = []
    for k in ("words", "avg_sentence_length", "flesch_kincaid_grade", "flesch_reading_ease"):
        m = a.readability.get(k)
        if m is not None:
            value = "not given" if m.value is None else m.value
            read.append(f"<li>{_esc(m.name)}: <b>{_esc(value)}</b> ({_esc(m.note)})</li>")
    warn = "".join(f'<p class="ml-warn">{_esc(w)}</p>' for w in a.article.warnings)
    return HTML(f"<style>{CSS}</style>{warn}<div style='font-family:system-ui,sans-serif'>"
                f"<p><b>{_esc(a.name)}</b></p><p>What the tool found:</p><ul>{counts}</ul>"
                f"<p>Sources it found: {sources}</p><p>Readability:</p><ul>{''.join(read)}</ul>"
                f"</div>")


def unit_progress(student: str | None = None) -> HTML:
    """Progress in every lesson of the unit (the quiz files named NN-...), one line each."""
    from .quiz import progress_summary, shipped_quizzes

    lines = []
    for name in shipped_quizzes():
        if name[:2].isdigit():
            summary = progress_summary(name, student=student)
            lines.append(f"<li><b>{_esc(name)}</b>: answered {summary.answered} of "
                         f"{summary.questions}; right on the first try: "
                         f"{summary.correct_first_try} of {summary.graded}</li>")
    return HTML(f"<div style='font-family:system-ui,sans-serif'><b>Your progress in the whole "
                f"unit</b><ul>{''.join(lines)}</ul></div>")
