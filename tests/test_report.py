"""Tests for toolkit.report: one self-contained, escaped HTML file, and the report command."""

from __future__ import annotations

import base64
import re
import subprocess
import sys
from html.parser import HTMLParser

import pytest

from toolkit import ToolkitError, analyze
from toolkit.report import build_report

from seedpaths import NPR, REWRITE, ROOT


class _Parts(HTMLParser):
    """Collect images, captions and every URL-bearing attribute."""

    def __init__(self):
        super().__init__()
        self.imgs, self.captions, self.urls, self.scripts = [], [], [], 0
        self._in_caption = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "img":
            self.imgs.append(attrs)
        if tag == "script":
            self.scripts += 1
        if tag == "figcaption":
            self._in_caption = True
            self.captions.append("")
        for key in ("src", "href"):
            if key in attrs:
                self.urls.append(attrs[key])

    def handle_endtag(self, tag):
        if tag == "figcaption":
            self._in_caption = False

    def handle_data(self, data):
        if self._in_caption:
            self.captions[-1] += data


@pytest.fixture(scope="module")
def pair_html():
    return build_report(analyze(NPR), analyze(REWRITE), grade=8)


@pytest.fixture(scope="module")
def single_html():
    return build_report(str(NPR))


def _parts(html: str) -> _Parts:
    p = _Parts()
    p.feed(html)
    return p


def test_self_contained(pair_html):
    parts = _parts(pair_html)
    assert parts.scripts == 0
    assert all(u.startswith(("data:image/png;base64,", "#")) for u in parts.urls)
    assert "<link" not in pair_html and "@import" not in pair_html and "url(" not in pair_html
    for img in parts.imgs:
        data = base64.b64decode(img["src"].split(",", 1)[1])
        assert data.startswith(b"\x89PNG")


def test_charts_have_alt_text_as_alt_and_caption(pair_html):
    parts = _parts(pair_html)
    assert len(parts.imgs) == 6  # five charts of the articles and the flow of the comparison
    for img, caption in zip(parts.imgs, parts.captions):
        assert len(img["alt"]) > 20
        assert img["alt"] in caption
    assert any("In the NPR report 21 of 30 sentences name a source (70%)" in c for c in parts.captions)


def test_both_articles_and_their_sentences_are_there(pair_html):
    a, b = analyze(NPR, readability=False), analyze(REWRITE, readability=False)
    assert pair_html.count('class="ml-s ') >= len(a.sentences) + len(b.sentences)
    assert "Do You Support?" in pair_html
    assert "The gang is an international criminal enterprise" in pair_html


def test_sections_figures_readability_and_furniture(pair_html):
    for heading in ("At a glance", "Charts", "How hard is it to read?",
                    "Set aside: page furniture that is not part of the article"):
        assert f">{heading}</h2>" in pair_html
    assert "21 of 30 sentences name a source (70%)" in pair_html
    assert "Kansas City Public Radio" in pair_html  # furniture set aside, shown in its table
    assert "SMOG needs at least 30 sentences" in pair_html
    assert "Share This" in pair_html


def test_comparison_included_for_a_pair_only(pair_html, single_html):
    assert "Side by side: what the rewrite did with each sentence" in pair_html
    assert "What happened on the way from the original to the rewrite?" in pair_html
    assert "Side by side" not in single_html


def test_print_and_projector_styles(pair_html):
    style = "".join(re.findall(r"<style>(.*?)</style>", pair_html, re.S))
    assert "@media print" in style
    assert re.search(r"section\{break-before:page;page-break-before:always\}", style)
    assert "html{font-size:20px}" in style
    for dark in re.findall(r"background(?:-color)?:\s*(#[0-9A-Fa-f]{3,6})", style):
        value = dark.lstrip("#")
        if len(value) == 3:
            value = "".join(c * 2 for c in value)
        r, g, b = (int(value[i:i + 2], 16) for i in (0, 2, 4))
        assert 0.299 * r + 0.587 * g + 0.114 * b > 180, f"dark background {dark}"


def test_article_text_is_escaped():
    html = build_report('Prices rose 5% & wages < 2%, the mayor said. Ask "A>B" <now>. It rained.')
    assert "wages &lt; 2%" in html and "5% &amp; wages" in html
    assert "<now>" not in html and "&quot;A&gt;B&quot;" in html
    tagged = build_report('<script>alert("x")</script> The mayor said the <b>road</b> is closed. '
                          'It rained on Monday.')
    assert "<script>" not in tagged and "<b>road</b>" not in tagged


def test_single_article(single_html):
    parts = _parts(single_html)
    assert len(parts.imgs) == 5
    assert "Angry Patriot" not in single_html


def test_grade_reaches_the_readability_chart():
    html = build_report(str(NPR), grade=6)
    assert "your students&#x27; grade 6" in html


@pytest.mark.parametrize("grade", [0, 17, "8", 8.5, True])
def test_bad_grade(grade):
    with pytest.raises(ToolkitError, match="grade"):
        build_report("It rained. Roads closed.", grade=grade)


@pytest.mark.parametrize("text", ["", "   \n  "])
def test_empty_input_is_the_core_error(text):
    with pytest.raises(ToolkitError):
        build_report(text)


def test_bad_type():
    with pytest.raises(ToolkitError, match="must be a file path"):
        build_report(42)


# ---- the command line ----------------------------------------------------------------------

def _cli(*args, cwd=None):
    """Run ``medialit report ...`` in this process (as the command line does), from ``cwd``."""
    import contextlib
    import io
    import os
    from types import SimpleNamespace

    from toolkit.cli import main

    err, here = io.StringIO(), os.getcwd()
    try:
        if cwd is not None:
            os.chdir(cwd)
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
            code = main(["report", *map(str, args)])
    finally:
        os.chdir(here)
    return SimpleNamespace(returncode=code, stderr=err.getvalue())


def test_cli_writes_report(tmp_path):
    """The one end-to-end run of ``python -m toolkit report`` in its own process."""
    out = tmp_path / "r.html"
    result = subprocess.run([sys.executable, "-m", "toolkit", "report", str(NPR), str(REWRITE),
                             "-o", str(out), "--grade", "9"], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    html = out.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and "grade 9" in html


def test_cli_default_output_name(tmp_path):
    result = _cli(NPR, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "report.html").is_file()


@pytest.mark.parametrize("args, message", [
    (["no-such-file.txt"], "No file named 'no-such-file.txt'"),
    ([NPR, "-o", "/no/such/folder/report.html"], "Cannot write /no/such/folder/report.html"),
    ([NPR, "--grade", "40"], "The grade must be a whole school grade"),
])
def test_cli_bad_input_one_line_exit_2(tmp_path, args, message):
    result = _cli(*args, cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0
    assert message in result.stderr and "Traceback" not in result.stderr


def test_cli_output_is_a_folder(tmp_path):
    result = _cli(NPR, "-o", tmp_path)
    assert result.returncode == 2 and "Cannot write" in result.stderr


def test_cli_refuses_to_overwrite_the_article(tmp_path):
    article = tmp_path / "article.txt"
    article.write_text("The mayor said the road is closed. It rained on Monday.", encoding="utf-8")
    result = _cli(article, "-o", article)
    assert result.returncode == 2 and "would overwrite the article" in result.stderr
    assert article.read_text(encoding="utf-8").startswith("The mayor")


def test_cli_empty_file(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    result = _cli(empty, "-o", tmp_path / "r.html")
    assert result.returncode == 2 and result.stderr.startswith("Error: ")
