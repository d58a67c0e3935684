"""The lesson API: what a lesson notebook calls, for the seed articles or any pair of articles.

Every function takes what it shows explicitly: analyses (or Articles, or file paths), answer keys
(an AnswerKey or a key's name or path) and comparisons (from ``toolkit.compare`` or a hand-written
compare key read with ``load_compare_key``). Names shown to students come from each article's
metadata ("The NPR report"), so a notebook for another pair is written the same way::

    from toolkit.lesson import seed_analysis, load_compare_key, change_counts
    npr, rewrite = seed_analysis("npr"), seed_analysis("rewrite")
    change_counts(load_compare_key("compare-seeds", npr, rewrite))

    mine = analyze_file("original.txt"); theirs = analyze_file("rewrite.txt")
    change_counts(compare(mine, theirs))

Nothing is downloaded and nothing global changes. Every piece of article text is escaped.

>>> "Names a source" in key_lines("npr", [12])
True
>>> display_name(seed_analysis("npr"))
'The NPR report'
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING

from .analysis import Analysis, analyze, as_analysis
from .articles import Article, load_article
from .errors import ToolkitError, is_file
from .keys import AnswerKey, load_key, outer_evidence
from .evidence import COMPARE_KINDS, EVIDENCE_KINDS, LABELS
from .palette import LABEL_STYLES
from .render.analysis import furniture_html, readability_html
from .render.html import HTML, badge, esc, figure, style, table
from .wording import mid_sentence

if TYPE_CHECKING:  # for type checkers only: loaded on first use at run time (lesson 4 alone
    from .comparison import Comparison  # compares), so typing.get_type_hints cannot see it

__all__ = ["HTML", "seed_analysis", "analyze_file", "display_name", "read_article",
           "side_by_side", "page_furniture", "key_lines", "key_counts", "tool_vs_key",
           "headline_check", "my_article", "article_box", "density_table", "density_chart", "show_chart",
           "load_compare_key", "change_lines", "change_counts", "changes_vs_key", "vanished_voices",
           "flow_chart",
           "scramble", "grade_table", "readability_table", "readability_chart", "report_card",
           "glossary", "glossary_words_in", "words_to_know"]


def __getattr__(name: str):
    """``load_compare_key`` and ``Comparison`` come from toolkit.comparison on first use: only
    lesson 4 compares, and importing the comparison rules cost the other lessons' set-up cell
    about 0.1 s (s11, issue 19)."""
    if name in ("load_compare_key", "Comparison"):
        from . import comparison

        globals()[name] = value = getattr(comparison, name)
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# --------------------------------------------------------------------------------------------
# Articles, keys and names: converted once, here at the edge


@lru_cache(maxsize=8)
def seed_analysis(name: str) -> Analysis:
    """Analyze a shipped seed article once (``"npr"`` or ``"rewrite"``) and keep the result.

    >>> seed_analysis("npr").density.sentences
    30
    """
    from . import seed_path

    return analyze(seed_path(name))


def analyze_file(path: str | Path) -> Analysis:
    """Analyze an article saved as a text file (a teacher's own pair, for example).

    Raises:
        ToolkitError: if there is no such file, or it is empty or not text.

    >>> from toolkit.datafiles import shipped
    >>> a = analyze_file(shipped("practice", "library.txt"))
    >>> a.name, len(a.sentences)
    ('Riverside Library Reopens After Flood Repairs', 10)
    >>> analyze_file("no-such.txt")
    Traceback (most recent call last):
    toolkit.errors.ToolkitError: No file named 'no-such.txt': check the name and the folder.
    """
    if not is_file(path):
        raise ToolkitError(f"No file named {str(path)!r}: check the name and the folder.")
    return analyze(load_article(Path(path)))


def _analysis(article) -> Analysis:
    """An Analysis from an Analysis, an Article or the path of a text file (not pasted text)."""
    return as_analysis(article, pasted=False)


def _article(article) -> Article:
    """The Article alone, without labeling or readability (reading needs neither)."""
    if isinstance(article, Analysis):
        return article.article
    if isinstance(article, Article):
        return article
    return _analysis(article).article


def _key(key) -> AnswerKey:
    return key if isinstance(key, AnswerKey) else load_key(str(key))


def _key_article(key: AnswerKey) -> Article | None:
    """The seed article a key was written for (found by its ``file``), for its display name."""
    from . import seed_path

    for name in ("npr", "rewrite"):
        try:
            path = Path(seed_path(name))
        except ToolkitError:
            return None
        if key.file and path.name == Path(key.file).name:
            return load_article(path)
    return None


def display_name(item) -> str:
    """The name students read for an article, from its metadata: "The NPR report".

    Args:
        item: an Analysis, an Article or an AnswerKey (named after the article it was written for).

    >>> display_name(analyze("The pool opens in May.", readability=False))
    'Pasted article'
    """
    from .charts import short_name

    if isinstance(item, AnswerKey):
        art = _key_article(item)
        if art is None:
            return item.article
    else:
        art = _article(item)
    name = short_name(SimpleNamespace(article=art, name=art.name))
    return f"The {name}" if name.endswith((" report", " rewrite", " opinion piece")) else name


HEADLINE_COUNTED = "headline included"
"""How the lessons count sentences: the headline is labeled like a sentence, so it is one of them.
Readability is the one exception (its formulas measure the body): there it says so."""


def sentences_phrase(n: int) -> str:
    """A count of sentences in words, with how it was counted.

    >>> sentences_phrase(30)
    '30 sentences (headline included)'
    """
    return f"{n} sentence{'s' if n != 1 else ''} ({HEADLINE_COUNTED})"


def _mid(name: str) -> str:
    """A display name inside a sentence: "The NPR report" -> "the NPR report"."""
    return "t" + name[1:] if name.startswith("The ") else name


# --------------------------------------------------------------------------------------------
# Reading


def _byline(article: Article) -> str:
    meta = article.metadata
    bits = []
    if meta.get("outlet"):
        bits.append(f"From: {meta['outlet']}")
    bits.append(f"By: {meta['author']}" if meta.get("author") else "By: no author named")
    if meta.get("date"):
        bits.append(f"Date: {meta['date']}")
    return " · ".join(esc(b) for b in bits)


def read_article(article, title: str | None = None) -> HTML:
    """The article as a reader sees it: headline, byline and paragraphs, page furniture left out.

    Args:
        article: an Analysis, an Article or a file path.
        title: an optional heading to show above it (e.g. "Article A").

    >>> html = read_article(seed_analysis("npr"))
    >>> html.count("<p"), "Sessions" in html
    (16, True)
    """
    art = _article(article)
    parts = [style(), '<div class="ml-article" style="border:1px solid #bbb;'
             'padding:.6em 1em;margin:.4em 0">']
    if title:
        parts.append(f"<h3>{esc(title)}</h3>")
    if art.headline is not None:
        parts.append(f'<p class="ml-headline">{esc(art.headline.text)}</p>')
    parts.append(f'<p style="font-family:system-ui,sans-serif;font-size:.85em;color:#333">'
                 f'{_byline(art)}</p>')
    for p in art.body:
        parts.append(f"<p>{esc(p.text)}</p>")
    parts.append("</div>")
    return HTML("\n".join(parts))


def side_by_side(left, right, titles=None) -> HTML:
    """Two pieces of HTML (or two articles to read) next to each other; they stack on a narrow screen.

    Args:
        left, right: HTML (a string with tags) or articles (Analysis, Article or path).
        titles: two headings; by default the articles' display names.

    >>> side_by_side("<p>a</p>", "<p>b</p>", titles=("Left", "Right")).count("<h4>")
    2
    """
    cells = []
    for i, item in enumerate((left, right)):
        is_html = isinstance(item, str) and "<" in item
        title = titles[i] if titles else ("" if is_html else display_name(item))
        body = str(item) if is_html else read_article(item)
        cells.append(f'<div style="flex:1 1 22em;min-width:18em"><h4>{esc(title)}</h4>{body}</div>')
    return HTML('<div style="display:flex;flex-wrap:wrap;gap:1em">' + "".join(cells) + "</div>")


def page_furniture(article) -> HTML:
    """The lines of the web page that are not the article (menus, captions, footers) and why.

    >>> "<b>15 lines set aside</b>" in page_furniture(seed_analysis("npr"))
    True
    """
    art = _article(article)
    n = len(art.furniture)
    return HTML(f"<p><b>{n} line{'s' if n != 1 else ''} set aside</b> from {esc(art.name)}:</p>"
                + furniture_html(art))


# --------------------------------------------------------------------------------------------
# Answer keys


def key_lines(key, numbers, notes: bool = False) -> HTML:
    """Sentences from a hand-written answer key, with their label and the reason for it.

    Args:
        key: an AnswerKey, or a key's name (``"npr"``) or path.
        numbers: the key's sentence numbers to show (counting from 1, the headline is 1).
        notes: also say, in plain words, where a sentence is hard to call (two labels are
            right). The key's own notes are written for teachers: they go to the teacher guide
            and the answer key (scripts/make_answer_key.py), never to the student's view.

    >>> html = key_lines("npr", [4], notes=True)
    >>> "also right" in html and "Hard to call" in html and "A good place" not in html
    True
    """
    key = _key(key)
    rows = []
    for n in numbers:
        ks = key.get(n)
        also = "".join(f"<br>also right: {badge(a)}" for a in ks.also)
        extra = ""
        if notes and ks.also:
            names = " or ".join(f"“{esc(LABEL_STYLES[x].name)}”" for x in ks.accepted)
            extra = f"<br><i>Hard to call: readers can fairly pick {names}. Both are right here.</i>"
        words = ", ".join(f"“{esc(ev.text)}”" for ev in outer_evidence(ks)
                          if EVIDENCE_KINDS[ev.kind].shown)
        rows.append(f"<tr><td>{n}</td><td>{esc(ks.text)}</td><td>{badge(ks.label)}{also}</td>"
                    f"<td>{esc(ks.reason)}{extra}</td><td>{words}</td></tr>")
    return HTML(table(["#", "Sentence", "Label", "Why", "Key words"], rows))


def key_counts(*keys) -> HTML:
    """How many sentences of each article the answer keys put under each label.

    >>> import re
    >>> re.findall(r"<td>([0-9]+ of [0-9]+)</td>", key_counts(load_key("npr")))
    ['21 of 30', '9 of 30', '0 of 30', '0 of 30']
    """
    keys = tuple(_key(k) for k in keys)
    rows = []
    for label in LABELS:
        cells = "".join(f"<td>{sum(s.label == label for s in k.sentences)} of "
                        f"{len(k.sentences)}</td>" for k in keys)
        rows.append(f"<tr><td>{badge(label)}</td>{cells}</tr>")
    return HTML(table(["Label", *(display_name(k) for k in keys)], rows)
                + f"<p>Each count is of sentences ({HEADLINE_COUNTED}): the headline is labeled "
                  f"like a sentence.</p>")


def tool_vs_key(analysis, key) -> HTML:
    """Where the toolkit's automatic labels for an article differ from its answer key's first choice.

    Args:
        analysis: the article's Analysis (or an Article or path).
        key: its answer key (an AnswerKey, or a key's name or path).

    >>> "<b>29 of 30 sentences (headline included)</b>" in tool_vs_key(seed_analysis("npr"),
    ...                                                                load_key("npr"))
    True
    """
    result, key = _analysis(analysis), _key(key)
    if len(result.sentences) != len(key.sentences):
        raise ToolkitError(f"The answer key has {len(key.sentences)} sentences but the tool found "
                           f"{len(result.sentences)} in {result.name}: is it the key for this article?")
    rows, also, wrong = [], 0, 0
    for s, ks in zip(result.sentences, key.sentences):
        if s.label != ks.label:
            fair = s.label in ks.also
            also += fair
            wrong += not fair
            verdict = "Yes: the key accepts it too" if fair else "No"
            rows.append(f"<tr><td>{ks.n}</td><td>{esc(ks.text)}</td><td>{badge(s.label)}</td>"
                        f"<td>{badge(ks.label)}</td><td>{verdict}</td></tr>")
    total = len(key.sentences)
    # s12 walk #11: "It is wrong on 0." read oddly; a zero is said in words
    more = f" On {also} more it picks another label the key also accepts." if also else ""
    miss = f"It is wrong on {wrong}." if wrong else "It is never wrong here."
    intro = (f"<p>The tool picks the answer key's main label for <b>{total - len(rows)} of "
             f"{sentences_phrase(total)}</b>.{more} {miss}</p>")
    if not rows:
        return HTML(intro)
    return HTML(intro + table(["#", "Sentence", "The tool said", "The key's main label",
                               "Also right?"], rows))


def headline_check(*keys, labels: bool = True) -> HTML:
    """Each headline beside what the article's first body sentence actually reports (answer keys).

    Args:
        keys: answer keys (or their names), one per article.
        labels: show the key's label for each headline; False leaves them out, for before a
            quiz that asks about them.

    >>> "Label (answer key)" in headline_check("npr", labels=False)
    False
    """
    rows = []
    for key in map(_key, keys):
        heads = [s for s in key.sentences if s.headline]
        first = next(s for s in key.sentences if not s.headline)
        badges = f"<td>{' '.join(badge(s.label) for s in heads)}</td>" if labels else ""
        rows.append(f"<tr><td>{esc(display_name(key))}</td><td>{esc(' '.join(s.text for s in heads))}"
                    f"</td>{badges}<td>{esc(first.text)}</td></tr>")
    heads = ["Article", "Headline", *(["Label (answer key)"] if labels else []),
             "First sentence of the article"]
    return HTML(table(heads, rows))


# --------------------------------------------------------------------------------------------
# One article: the student's own, density, charts


def my_article(text_or_path: str) -> Analysis:
    """Analyze an article you pasted (text between quotes) or a file path; errors say what to fix.

    >>> my_article('"We will rebuild," Mayor Ana Ruiz said. The storm hit on Monday.').density.attributed
    1
    """
    text = str(text_or_path)
    if not text.strip() or "PASTE YOUR ARTICLE HERE" in text:
        raise ToolkitError("There is no article yet: paste your article's text between the "
                           "three quote marks, in place of PASTE YOUR ARTICLE HERE, then run "
                           "the cell again.")
    # load_article tells a file name from pasted text (and says "No file named ..." for a
    # name that is not there), so the rule is the same as everywhere else in the toolkit.
    return analyze(load_article(text))


def article_box(text: str | None = None):
    """A box to paste an article into (or open a text file), with an Analyze button (lesson 6).

    Args:
        text: the text the box starts with; by default the practice article about a library.

    Returns:
        An ArticleBox (``toolkit.articlebox``): display it; ``.labels()``, ``.report_card()``,
        ``.density_chart()`` and ``.look_twice()`` are views that follow the latest article
        analyzed, and ``.sample_answers(quiz.show(...))`` makes reflections' sample answers
        talk about it.

    >>> import tempfile
    >>> from toolkit.quiz import set_progress_dir
    >>> set_progress_dir(tempfile.mkdtemp())  # this example saves to a scratch folder
    >>> box = article_box("Park Plan Stalls\\n\\nThe city will spend $2 million on the park. "
    ...                   "A city official said work starts in May. Neighbors say it costs "
    ...                   "too much.")
    >>> box.analysis.name, len(box.analysis.sentences)
    ('Park Plan Stalls', 4)
    >>> "✔ Analyzed: “Park Plan Stalls”, 4 sentences, headline included." in box.message.value
    True
    >>> set_progress_dir(None)
    """
    from .articlebox import ArticleBox  # ipywidgets is imported only here

    return ArticleBox(text)


def density_table(*articles) -> HTML:
    """How many sentences of each article name a source, as a small table (the chart's numbers).

    >>> import re
    >>> re.findall(r"<td>([0-9]+ of [0-9]+)</td>", density_table(seed_analysis("npr"),
    ...                                                     seed_analysis("rewrite")))
    ['21 of 30', '1 of 21']
    """
    rows = []
    for a in map(_analysis, articles):
        d = a.density
        rows.append(f"<tr><td>{esc(display_name(a))}</td><td>{d.attributed} of {d.sentences}</td>"
                    f"<td>{d.share_attributed:.0%}</td><td>{len(d.sources)}</td></tr>")
    return HTML(table(["Article", f"Sentences that name a source ({HEADLINE_COUNTED})", "Share",
                       "Different sources the tool found"], rows))


def show_chart(fig) -> HTML:
    """A chart from toolkit.charts as an image with its alt text, shown in any notebook front end.

    The alt text is the image's ``alt`` attribute (for screen readers) and is also printed under
    the image, so every student can read what the chart shows.

    >>> from toolkit.charts import plot_labels
    >>> fig = plot_labels(analyze('"Fares will fall," Mayor Ana Ruiz said. The plan is brilliant.',
    ...                           readability=False))
    >>> fig.alt_text
    "Pasted article: 50% of sentences name a source, 50% give the writer's opinion."
    >>> html = show_chart(fig)
    >>> html.startswith('<figure'), '<img src="data:image/png;base64,' in html, esc(fig.alt_text) in html
    (True, True, True)
    """
    return HTML(figure(fig))


def chart_missing(reason: Exception) -> HTML:
    """One line in place of a chart that cannot be drawn here, so the rest of the lesson runs on.

    >>> print(chart_missing(ValueError("Charts need matplotlib.")))
    <p ...><b>No chart here:</b> Charts need matplotlib.</p>
    """
    return HTML(f'<p style="font-family:system-ui,sans-serif" role="note"><b>No chart here:</b> '
                f"{esc(reason)}</p>")


def density_chart(*articles) -> HTML:
    """The attribution density chart for one or two articles, with its table of numbers above.

    >>> import re
    >>> html = density_chart(seed_analysis("npr"), seed_analysis("rewrite"))
    >>> re.findall(r"<td>([0-9]+ of [0-9]+)</td>", html), "<img" in html
    (['21 of 30', '1 of 21'], True)
    """
    from .charts import ChartsUnavailable, density_data, plot_density
    from .seedcharts import seed_chart

    analyses = [_analysis(a) for a in articles]

    def draw() -> HTML:
        try:
            return show_chart(plot_density(*analyses))
        except ChartsUnavailable as missing:  # e.g. the browser site without matplotlib
            return chart_missing(missing)

    chart = seed_chart("density", _chart_inputs(analyses, [density_data(a) for a in analyses]),
                       draw)
    return HTML(density_table(*analyses) + chart)


def _chart_inputs(analyses, data, **options) -> dict:
    """What a chart of these analyses is drawn from, for its key in toolkit.seedcharts: the names
    it shows, its numbers, the articles' texts (as digests) and the options it is drawn with."""
    import hashlib

    from .charts import _articles

    names = _articles(analyses[0], analyses[1] if len(analyses) > 1 else None, None, "chart")[1]
    texts = [hashlib.sha256(a.article.text.encode("utf-8")).hexdigest() for a in analyses]
    return {"names": names, "data": data, "texts": texts, "options": options}


# --------------------------------------------------------------------------------------------
# Two articles: what a rewrite did (from toolkit.compare or a hand-written compare key)


def _comparison(comparison) -> Comparison:
    from .comparison import Comparison

    if not isinstance(comparison, Comparison):
        raise ToolkitError("Give a comparison: compare(original, rewrite), or "
                           "load_compare_key('compare-seeds', original, rewrite) for the key's.")
    return comparison


def change_lines(comparison, numbers=None, kind: str | None = None, answers: bool = True) -> HTML:
    """Rewrite sentences beside the original sentences they came from, with what changed.

    Args:
        comparison: a Comparison (from ``toolkit.compare`` or ``load_compare_key``).
        numbers: the rewrite's sentence numbers to show (default: all).
        kind: show only one kind ("attribution_dropped", "changed", "added", "reworded", "kept").
        answers: show what happened to each sentence and why; False shows the sentences alone,
            for before a quiz that asks what happened.

    >>> from toolkit.lesson import load_compare_key  # (loaded on first use)
    >>> html = change_lines(load_compare_key("compare-seeds", seed_analysis("npr"),
    ...                     seed_analysis("rewrite")), [5], answers=False)
    >>> "What happened" in html, "Source dropped" in html
    (False, False)
    >>> "<b>Sentence 7:</b> &quot;Forging ahead" in html
    True
    """
    c = _comparison(comparison)
    rows = []
    for p in c.pairs:
        n = p.rewrite.index + 1
        if (numbers is not None and n not in numbers) or (kind and p.kind != kind):
            continue
        # Each original sentence on its own line with its number: two run together read as one
        # long sentence (s11 walk #14).
        original = "".join(f'<div style="margin:{".4em" if i else "0"} 0 0"><b>Sentence {o.index + 1}:'
                           f"</b> {esc(o.text)}</div>" for i, o in enumerate(p.original)) or "<i>nothing</i>"
        words = ", ".join(f"“{esc(f['text'])}”" for f in p.flags if f["kind"] in ("changed", "added"))
        if not answers:
            rows.append(f"<tr><td>{n}</td><td>{esc(p.rewrite.text)}</td><td>{original}</td></tr>")
            continue
        rows.append(f"<tr><td>{n}</td><td>{esc(p.rewrite.text)}</td><td>{original}</td>"
                    f"<td>{badge(p.kind)}</td><td>{esc(p.reason)}"
                    f"{'<br>New or changed words: ' + words if words else ''}</td></tr>")
    heads = ["#", display_name(c.rewrite_analysis),
             f"Where it came from in {_mid(display_name(c.original_analysis))}"]
    return HTML(table(heads + (["What happened", "Why"] if answers else []), rows))


def change_counts(comparison) -> HTML:
    """How many rewrite sentences of each kind, and how many original sentences were left out.

    >>> import re
    >>> from toolkit.lesson import load_compare_key  # (loaded on first use)
    >>> key = load_compare_key("compare-seeds", seed_analysis("npr"), seed_analysis("rewrite"))
    >>> re.findall(r"</span></td><td>([0-9]+)</td>", change_counts(key))
    ['0', '5', '8', '2', '6', '17']
    """
    c = _comparison(comparison)
    counts = c.flow_counts()
    rows = [f"<tr><td>{badge(k)}</td><td>{counts.get(k, 0)}</td></tr>" for k in COMPARE_KINDS]
    rewrite, original = display_name(c.rewrite_analysis), display_name(c.original_analysis)
    return HTML(table(["What happened", "Sentences"], rows) +
                f"<p>{esc(rewrite)} has {sentences_phrase(len(c.rewrite_analysis.sentences))}; "
                f"{esc(_mid(original))} has {sentences_phrase(len(c.original_analysis.sentences))}"
                f", and {counts['dropped']} of them were left out.</p>")


def changes_vs_key(tool, key, rows: bool = False) -> HTML:
    """The tool's counts of each kind beside the teachers' key, and how many sentences they agree on.

    Args:
        tool: the tool's Comparison (``compare(original, rewrite)``).
        key: the teachers' Comparison for the same pair (``load_compare_key``).
        rows: list the sentences where the two disagree (for checking, after students looked),
            under the one-line summary, without the counts table again (the lesson shows it
            above: s5 walkthrough #11).

    Every number is counted here from the two comparisons, so a better tool cannot make it wrong.

    >>> from toolkit import compare
    >>> from toolkit.lesson import load_compare_key
    >>> npr, rewrite = seed_analysis("npr"), seed_analysis("rewrite")
    >>> html = changes_vs_key(compare(npr, rewrite), load_compare_key("compare-seeds", npr, rewrite))
    >>> "<th>The teachers&#x27; table</th><th>The tool</th>" in html
    True
    """
    tool, key = _comparison(tool), _comparison(key)
    by_n = {p.rewrite.index: p for p in tool.pairs}
    t_counts, k_counts = tool.flow_counts(), key.flow_counts()
    count_rows = [f"<tr><td>{badge(k)}</td><td>{k_counts.get(k, 0)}</td><td>{t_counts.get(k, 0)}</td></tr>"
                  for k in COMPARE_KINDS]
    differ = [(kp, by_n.get(kp.rewrite.index)) for kp in key.pairs
              if by_n.get(kp.rewrite.index) is None or by_n[kp.rewrite.index].kind != kp.kind]
    same = len(key.pairs) - len(differ)
    html = "" if rows else table(["What happened", "The teachers' table", "The tool"], count_rows)
    html += (f"<p>The tool and the teachers give the same answer for <b>{same} of {len(key.pairs)}</b> "
             f"rewrite sentences. They disagree on {len(differ)}.</p>")
    if rows and differ:
        html += table(["#", display_name(key.rewrite_analysis), "The tool said", "The teachers said"],
                      [f"<tr><td>{kp.rewrite.index + 1}</td><td>{esc(kp.rewrite.text)}</td>"
                       f"<td>{badge(tp.kind) if tp else '-'}</td><td>{badge(kp.kind)}</td></tr>"
                       for kp, tp in differ])
    return HTML(html)


def vanished_voices(comparison) -> HTML:
    """The sources the original names that the rewrite never names, with what went with them.

    >>> from toolkit.lesson import load_compare_key  # (loaded on first use)
    >>> key = load_compare_key("compare-seeds", seed_analysis("npr"), seed_analysis("rewrite"))
    >>> "The NPR report names 8 sources" in vanished_voices(key)
    True
    """
    c = _comparison(comparison)
    rows = []
    for voice in c.voices["vanished"]:
        cut = len(c.dropped_from(voice))
        unnamed = len(c.unnamed_uses(voice))
        rows.append(f"<tr><td>{esc(voice)}</td><td>{cut}</td><td>{unnamed}</td></tr>")
    kept = ", ".join(esc(v) for v in c.voices["rewrite"])
    original, rewrite = display_name(c.original_analysis), display_name(c.rewrite_analysis)
    whose = ("The teachers' list of sources counts everyone whose words or facts are credited, "
             "so it can differ from what the tool finds. " if c.from_key else "")
    return HTML(f"{style()}<p>{whose}{esc(original)} names {len(c.voices['original'])} sources. "
                f"{esc(rewrite)} names {len(c.voices['rewrite'])}{': ' + kept if kept else ''}.</p>"
                + table(["Voice that vanished",
                         "Original sentences from this source that the rewrite left out",
                         "Rewrite sentences that use this source's information without naming it"],
                        rows))


def flow_chart(comparison) -> HTML:
    """The flow chart (toolkit.charts.plot_flow) of a comparison as an image with its alt text.

    >>> from toolkit import compare
    >>> html = flow_chart(compare(seed_analysis("npr"), seed_analysis("rewrite")))
    >>> html.startswith("<figure"), "<figcaption" in html
    (True, True)
    """
    from .charts import ChartsUnavailable, flow_data, plot_flow
    from .seedcharts import seed_chart

    comparison = _comparison(comparison)

    def draw() -> HTML:
        try:
            return show_chart(plot_flow(comparison))
        except ChartsUnavailable as missing:
            return chart_missing(missing)

    pair = [comparison.original_analysis, comparison.rewrite_analysis]
    return seed_chart("flow", _chart_inputs(pair, flow_data(comparison)), draw)


# --------------------------------------------------------------------------------------------
# Readability


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

    >>> "<td>6</td><td>3.0</td>" in grade_table({"short": "The cat sat. The dog ran."})
    True
    """
    from .readability import measure_paragraph
    from .sentences import split_sentences

    rows = []
    for name, text in texts.items():
        m = measure_paragraph(text, len(split_sentences(text)))
        grade = m["rough_grade"].value
        rows.append(f"<tr><td><b>{esc(name)}</b><br>{esc(text)}</td><td>{int(m['words'].value)}"
                    f"</td><td>{m['avg_sentence_length'].value}</td><td>{grade}</td></tr>")
    return HTML(table(["Text", "Words", "Words per sentence", "Reading grade (rough)"], rows))


# What a student reads in lesson 5: plain names, no formula or library names. The teacher's
# report (toolkit.report) and readability_table(..., every=True) keep every formula by name.
STUDENT_MEASURES = {
    "words": "How many words",
    "sentences": "How many sentences in the body (headline left out)",
    "avg_sentence_length": "Words in a sentence, on average",
    "difficult_words": "Hard words (long or not common)",
    "flesch_kincaid_grade": "Reading grade from one formula",  # + what it counts: readability_table
    "consensus_grade": "Reading grade, many formulas together",
}


def readability_table(*articles, every: bool = False) -> HTML:
    """Readability of one or more articles, one column each, in plain words.

    Args:
        articles: Analyses (or Articles, or file paths).
        every: show every formula by its name, with notes (for teachers).

    Each column is headed by the article's short name, as in the chart (s12 walk #16: not its
    headline).

    >>> html = readability_table(seed_analysis("npr"))
    >>> "Gunning" in html or "text_standard" in html, "Reading grade from one formula" in html
    (False, True)
    >>> "<th>The NPR report</th>" in html, "(syllables + sentence length)" in html
    (True, True)
    """
    from .charts import PLAIN_GRADE_NAMES

    analyses = [_analysis(a) for a in articles]
    # s12 walk #17: which formula, in the words the chart under the table names its bar with
    one = "flesch_kincaid_grade"
    plain = {**STUDENT_MEASURES, one: f"{STUDENT_MEASURES[one]} ({PLAIN_GRADE_NAMES[one].lower()})"}
    return HTML(readability_html(analyses, None if every else plain,
                                 names=[display_name(a) for a in analyses]))


def readability_chart(*articles) -> HTML:
    """The readability chart (toolkit.charts.plot_readability) as an image with its alt text.

    >>> html = readability_chart(seed_analysis("npr"), seed_analysis("rewrite"))
    >>> html.startswith("<figure"), "grade" in html[html.index("<figcaption"):]
    (True, True)
    """
    from .charts import ChartsUnavailable, plot_readability, readability_data
    from .seedcharts import seed_chart

    analyses = [_analysis(a) for a in articles]

    def draw() -> HTML:
        try:
            return show_chart(plot_readability(*analyses, band="grade 8-10 readers", plain=True))
        except ChartsUnavailable as missing:
            return chart_missing(missing)

    data = [readability_data(a, plain=True) for a in analyses]
    return seed_chart("readability", _chart_inputs(analyses, data, band="grade 8-10 readers",
                                                   plain=True), draw)


def report_card(article) -> HTML:
    """A short summary of one article: labels, sources named, and a few readability figures.

    >>> html = report_card(seed_analysis("npr"))
    >>> "602 words" in html, "602.0" in html, "Flesch" in html
    (True, False, False)
    """
    a = _analysis(article)
    d = a.density
    # The count's definition once, in the heading, not on every line (s5 walkthrough #12).
    counts = "".join(f"<li>{badge(lab)}: {n} of {d.sentences}</li>"
                     for lab, n in d.label_counts.items())
    sources = ", ".join(esc(mid_sentence(x)) for x in d.sources) or "<i>none found</i>"
    # Plain rows for students ("602 words", "about grade 11: ..."): no formula names and no raw
    # figures such as 602.0; lesson 5's readability_table shows the formulas.
    read = []
    for k in ("words", "avg_sentence_length", "flesch_kincaid_grade", "flesch_reading_ease"):
        m = a.readability.get(k)
        if m is not None:
            read.append(f"<li>{esc(m.note) if m.value is not None else 'not enough text to say'}"
                        "</li>")
    warn = "".join(f'<p class="ml-warn">{esc(w)}</p>' for w in a.article.warnings)
    return HTML(f"{style()}{warn}<div style='font-family:system-ui,sans-serif'>"
                f"<p><b>{esc(a.name)}</b></p><p>What the tool found in its "
                f"{sentences_phrase(d.sentences)}:</p><ul>{counts}</ul>"
                f"<p>Sources it found: {sources}</p><p>Readability:</p><ul>{''.join(read)}</ul>"
                f"</div>")


# ---------------------------------------------------------------------------------------------
# Words to know


def glossary() -> list[dict]:
    """The articles' hard words with a plain meaning (toolkit/data/glossary.yaml), in file order.

    >>> [e["word"] for e in glossary() if e["word"] == "counterpart"]
    ['counterpart']
    """
    from .datafiles import read_data, shipped

    data = read_data(shipped("glossary.yaml"))
    return [dict(e) for e in data["words"]]


# The end of a glossary word in an article: a word boundary, or a small word glued on by the page's
# markup ("recruitedby" in the NPR text, where a link ended).
_GLUED = r"(?:by|the|of|to|in|and|on|at|for)?(?!\w)"


def glossary_words_in(article) -> list[str]:
    """The glossary's words that appear in an article, in the order they first appear.

    Args:
        article: an Analysis, an Article or a file path.

    >>> glossary_words_in(seed_analysis("rewrite"))[:2]
    ['thugs', 'attorney general']
    """
    import re

    text = _article(article).text
    found = []
    for e in glossary():
        starts = [m.start() for form in e["word"].split(", ")
                  for m in [re.search(rf"(?<!\w){re.escape(form)}{_GLUED}", text, re.IGNORECASE)] if m]
        if starts:
            found.append((min(starts), e["word"]))
    return [w for _, w in sorted(found)]


def words_to_know(*words: str, article=None) -> HTML:
    """A short list of hard words and what they mean here, for the place they first appear.

    Args:
        words: words or phrases as the glossary lists them (``"counterpart"``, ``"preys on"``).
        article: instead of words, an article (Analysis, Article or path): list every glossary
            word found in it, in reading order (a way to look words up beside an article).

    Raises:
        ToolkitError: if a word is not in the glossary.

    >>> html = words_to_know("counterpart", "lax")
    >>> "another country" in html and "<dl" in html
    True
    """
    entries = {e["word"].lower(): e for e in glossary()}
    if article is not None:
        words = tuple(words) + tuple(glossary_words_in(article))
        if not words:
            return HTML("<p style='font-family:system-ui,sans-serif'>None of the glossary's "
                        "words are in this article.</p>")
    items = []
    for w in words:
        e = entries.get(w.lower())
        if e is None:
            raise ToolkitError(f"{w!r} is not in the glossary (toolkit/data/glossary.yaml); "
                               f"add it there with its meaning.")
        items.append(f"<dt style='font-weight:bold;margin-top:4px'>{esc(e['word'])}</dt>"
                     f"<dd style='margin-left:1.5em'>{esc(e['meaning'])}</dd>")
    return HTML(f"<div style='font-family:system-ui,sans-serif;text-align:left'>"
                f"<b>Words to know</b><dl style='margin:2px 0'>{''.join(items)}</dl></div>")
