"""HTML views escape every piece of article text and never rely on colour alone."""

import re

from toolkit import analyze, article_from_text
from toolkit.palette import LABEL_STYLES, OKABE_ITO, style_for
from toolkit.render import analysis_html, furniture_html, readability_html, text_table


def test_article_text_is_escaped():
    text = 'Big <script>alert("x")</script> News\n\nThe mayor said <b>yes</b> & "no".'
    html = analyze(article_from_text(text), readability=False).to_html()
    assert "<script>alert" not in html and "<b>yes</b>" not in html
    # pasted HTML has its tags taken out; what is left of the text is escaped
    assert "yes &amp; " in html and "&quot;no&quot;" in html
    plain = analyze(article_from_text('The mayor said 3 < 4 & "x" > y.'), readability=False).to_html()
    assert "3 &lt; 4 &amp;" in plain and "3 < 4" not in plain


def test_every_sentence_has_a_text_marker(npr_analysis):
    html = analysis_html(npr_analysis)
    for label in ("attributed", "claim"):
        assert LABEL_STYLES[label].marker in html
    assert html.count('class="ml-mark"') == len(npr_analysis.sentences)


def test_evidence_is_underlined(npr_analysis):
    html = analysis_html(npr_analysis)
    assert 'class="ml-ev"' in html and "told NPR" in html


def test_palette_uses_okabe_ito_with_second_channel():
    for label, st in LABEL_STYLES.items():
        assert st.colour in OKABE_ITO.values()
        assert st.hatch and st.marker and st.name
    assert style_for("attribution_dropped").marker


def test_furniture_and_readability_tables(npr_analysis, rewrite_analysis):
    assert "photo caption" in furniture_html(npr_analysis.article)
    table = readability_html([npr_analysis, rewrite_analysis])
    assert "not given" in table  # SMOG lacks 30 sentences in both


def test_text_table(npr_analysis):
    table = text_table(npr_analysis)
    assert table.count("\n") >= len(npr_analysis.sentences)
    assert re.search(r"21 of 30 sentences name a source", table)


def test_every_reason_reachable_without_a_mouse(npr_analysis):
    """Each sentence's reason and clue words are in a <details> list (keyboard, touch), not only
    in a hover tooltip; the list is escaped and numbered like the sentences."""
    from toolkit.render import esc, reasons_html

    html = analysis_html(npr_analysis)
    assert html.count("<details") == 1 and "<summary>" in html
    reasons = reasons_html(npr_analysis)
    assert reasons in html
    assert reasons.count("<li ") == len(npr_analysis.sentences)
    for s in npr_analysis.sentences:
        assert f'<li value="{s.index + 1}">' in reasons
        assert esc(s.reason) in reasons
    hostile = analyze(article_from_text('Big News\n\nThe mayor said <b>"yes"</b> & more.'),
                      readability=False)
    assert "&lt;b&gt;" in reasons_html(hostile) and '<b>"yes"' not in reasons_html(hostile)


def test_toolkit_tables_outweigh_jupyterlab_right_alignment():
    """JupyterLab right-aligns table cells with ":not(.jp-RenderedMarkdown).jp-RenderedHTMLCommon
    td" (two classes and a tag): the toolkit's cell rules must weigh more (the browser suite checks
    the computed alignment on every lesson)."""
    from toolkit.render.comparison import COMPARE_CSS
    from toolkit.render.html import CSS

    def weight(selector: str) -> tuple[int, int]:
        classes = len(re.findall(r"\.[\w-]+", selector))
        tags = len(re.findall(r"(?:^|[\s>+~(])[a-z][a-z0-9]*\b", selector))
        return classes, tags

    jupyterlab = weight(":not(.jp-RenderedMarkdown).jp-RenderedHTMLCommon td")
    for css, cls in ((CSS, "ml-table"), (COMPARE_CSS, "ml-cmp")):
        rules = [r for r in re.findall(r"([^{}]+)\{([^}]*)\}", css) if "text-align" in r[1]]
        cell_rules = [sel for sels, body in rules for sel in sels.split(",") if cls in sel]
        assert cell_rules, cls
        for sel in cell_rules:
            assert weight(sel.strip()) > jupyterlab, sel


def test_evidence_tooltips_do_not_repeat_the_kind(npr_analysis, rewrite_analysis):
    """'loaded word: brilliant', not 'loaded word: loaded word: Brilliant'; 'reporting words',
    not 'reporting words: reporting words'; a note that adds to the name keeps both."""
    import re

    titles = []
    for a in (npr_analysis, rewrite_analysis):
        titles += re.findall(r'class="ml-ev"[^>]*title="([^"]*)"', analysis_html(a))
    assert titles
    for title in titles:
        head, _, rest = title.partition(": ")
        assert not rest.lower().startswith(head.lower()), title
        assert title.lower() != f"{head}: {head}".lower(), title
    assert "loaded word: Brilliant" in titles and "reporting words" in titles
    assert "who said it: points back to the last speaker" in titles


def test_letter_marks_and_tags_are_not_the_smallest_text():
    # s5 walkthrough #22: the [S]/[F]/[O]/[A] marks (the label itself for a student who cannot see
    # color) were 8.6-10.1 px beside 13-14 px text. Marks and tags: at least .85em and 12 px.
    import re

    from toolkit.render.html import CSS, TAG_STYLE

    mark = re.search(r"\.ml-mark\{([^}]*)\}", CSS).group(1)
    for rules in (mark, TAG_STYLE):
        sizes = re.findall(r"font-size:([^;]+)", rules)
        assert sizes and sizes[-1] == "max(.85em,12px)", rules
        assert all(float(re.match(r"[.\d]+", s).group()) >= 0.85 for s in sizes if s.endswith("em")), rules


def test_badges_in_a_table_may_wrap():
    # s5 walkthrough #23: at 1024 px lesson 4's disagreement table (two badges a row, each kept on
    # one line) was wider than the notebook and scrolled sideways. In a table a badge may wrap.
    from toolkit.render.html import CSS

    assert "table.ml-table .ml-badge{white-space:normal!important}" in CSS
