"""Loading articles: headline, paragraphs, furniture set aside, and clear errors for bad input."""

import pytest

from toolkit import ToolkitError, article_from_text, load_article
from toolkit.articles import MAX_BYTES, looks_english, strip_html
from seedpaths import NPR, REWRITE


def test_npr_furniture_is_set_aside_with_reasons():
    art = load_article(NPR)
    kinds = [f.kind for f in art.furniture]
    assert art.title.startswith("Attorney General Jeff Sessions Heads To El Salvador")
    assert kinds.count("photo caption") == 2
    assert kinds.count("photo credit") == 2
    for kind in ("page header", "audio player", "update stamp", "copyright line", "author bio",
                 "donation footer"):
        assert kind in kinds, kind
    assert all(f.why for f in art.furniture)
    body = art.body_text
    assert "Saul Loeb" not in body and "Updated at" not in body and "donation" not in body
    assert body.startswith("Attorney General Jeff Sessions is traveling")


def test_rewrite_share_button_and_headline():
    art = load_article(REWRITE)
    assert [f.text for f in art.furniture] == ["Share This"]
    assert art.headline.text.startswith("WATCH:")
    assert len(art.body) == 12


@pytest.mark.parametrize("path", [NPR, REWRITE])
def test_offsets_point_into_the_original(path):
    art = load_article(path)
    raw = path.read_text(encoding="utf-8")
    assert art.text == raw
    for p in art.paragraphs:
        assert raw[p.start:p.end] == p.text
    for f in art.furniture:
        assert raw[f.start:f.end] == f.text


def test_pasted_text_without_metadata_finds_the_headline():
    art = article_from_text(NPR.read_text(encoding="utf-8"))
    assert art.title.startswith("Attorney General Jeff Sessions Heads")


@pytest.mark.parametrize("text,title,paragraphs", [
    ("Town Opens Library\n\nThe library opened on Monday.", "Town Opens Library", 1),
    ("The library opened on Monday. It was busy.", None, 1),
    ("Headline Here\nThe body starts right away. Then more.", "Headline Here", 1),
    ("A long first paragraph\nthat was wrapped by an editor\nacross lines.\n\nSecond one.", None, 2),
])
def test_pasted_text_shapes(text, title, paragraphs):
    art = article_from_text(text)
    assert art.title == title
    assert len(art.body) == paragraphs


@pytest.mark.parametrize("text,message", [
    ("", "The article is empty"),
    ("   \n\t  \n", "The article is empty"),
])
def test_empty_text_is_refused(text, message):
    with pytest.raises(ToolkitError, match=message):
        article_from_text(text)


def test_missing_file_that_looks_like_a_path(tmp_path):
    with pytest.raises(ToolkitError, match="No file named"):
        load_article("my-article.txt")
    with pytest.raises(ToolkitError, match="No file named"):
        load_article("folder/article")
    with pytest.raises(ToolkitError, match="is a folder"):
        load_article(tmp_path)


@pytest.mark.parametrize("content,message", [
    (b"", "The article is empty"),
    (b"   \n\n  ", "The article is empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary file"),
    ("Caf\u00e9 society.".encode("latin-1"), "not saved as UTF-8"),
])
def test_bad_files(tmp_path, content, message):
    path = tmp_path / "article.txt"
    path.write_bytes(content)
    with pytest.raises(ToolkitError, match=message):
        load_article(path)


def test_huge_file_is_refused_before_reading(tmp_path):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as fh:
        fh.truncate(50 * 1024 * 1024)  # 50 MB, sparse: cheap to make
    with pytest.raises(ToolkitError, match="50.0 MB"):
        load_article(path)
    assert MAX_BYTES < 50 * 1024 * 1024


def test_html_is_stripped_with_a_warning():
    art = article_from_text("<html><body><h1>Big News</h1><p>The mayor said it.</p>"
                            "<script>alert('x')</script></body></html>")
    assert "HTML" in art.warnings[0]
    assert "alert" not in art.text and "<p>" not in art.text
    assert strip_html("<p>a &amp; b</p>") == "a & b"


def test_no_sentence_punctuation_warns():
    text = "\n".join(f"line {i} has some words but no stop at the end" for i in range(6))
    art = article_from_text(text)
    assert any("no full stops" in w for w in art.warnings)


@pytest.mark.parametrize("text,english", [
    ("The council voted on Tuesday to close the bridge for repairs.", True),
    ("Der Stadtrat hat am Dienstag beschlossen, die Brücke für Reparaturen zu schließen.", False),
    ("Le conseil municipal a voté mardi pour fermer le pont pendant les travaux.", False),
    ("市议会周二投票决定关闭这座桥进行维修，居民们对此表示担忧。", False),
])
def test_language_guess(text, english):
    # Each Chinese, Japanese or Korean character counts as a word, so short CJK text is caught too.
    assert looks_english(text) is english


def test_non_english_text_warns():
    art = article_from_text("El consejo municipal votó el martes para cerrar el puente. " * 3)
    assert any("English" in w for w in art.warnings)


@pytest.mark.parametrize("text,kind", [
    ("By Jane Doe\n\nThe council met on Monday. It voted.", "byline"),
    ("WASHINGTON (AP) —\n\nThe Senate voted on Monday. It was close.", "dateline"),
])
def test_bylines_and_datelines_are_furniture(text, kind):
    art = article_from_text(text)
    assert [f.kind for f in art.furniture] == [kind]
    assert art.title is None


def test_by_the_end_is_not_a_byline():
    art = article_from_text("By the end of the year, the bridge will reopen. It was late.")
    assert art.furniture == ()


def test_invisible_characters_only_is_empty():
    with pytest.raises(ToolkitError, match="empty"):
        article_from_text("\u200b\u200b\ufeff\n")


def test_windows_line_endings_give_the_same_article():
    raw = NPR.read_text(encoding="utf-8")
    a, b = article_from_text(raw), article_from_text(raw.replace("\n", "\r\n"))
    assert a.title == b.title and [p.text for p in a.body] == [p.text for p in b.body]


def test_one_line_of_several_sentences_is_body_not_a_headline():
    """A pasted paragraph that ends in '!' or '?' was taken as the headline: every sentence was
    marked as headline and the article's name became the whole text. A headline alone is still
    a headline (test_comparison.test_headline_only_rewrite)."""
    from toolkit.analysis import analyze

    a = analyze("The club raised $400. The sale ran for two hours. Buy a cake now!",
                readability=False)
    assert a.article.headline is None and a.name == "Pasted article"
    assert [s.headline for s in a.sentences] == [False, False, False]
    two = analyze("Bus Fares Fall!\n\nThe mayor said fares will fall.", readability=False)
    assert two.article.headline.text == "Bus Fares Fall!"
    assert analyze("Bus Fares Fall!", readability=False).sentences[0].headline


@pytest.mark.parametrize("line", [
    "Donate now to support the library.",  # a student's own story asks for help: that is the story
    "Thanks for your support.",
    "The campaign says the average donation amount was $27.",
    '"There\'s a sense of stability now," and donations began to pick up again last week, Lee said.',
    "In 2008, Cooper donated $750 to the campaign.",
    "Membership in the journalists union rose 10 percent last year.",
    "His contribution to the reporting on the fire was key, the editor said.",
    "The foundation will support local news outlets in rural counties.",
    "The grant is the largest donation to local news in the state, Gilbert said.",
    "Donate now to support our newsroom, the station's manager told listeners.",
])
def test_a_line_about_donations_is_body_not_a_donation_footer(line):
    art = article_from_text(f"Town news\n\nThe storm hit on Monday.\n\n{line}\n\nRoads reopened.")
    assert line in [p.text for p in art.body], [(f.kind, f.text) for f in art.furniture]


@pytest.mark.parametrize("line", [
    "Support local news: donate today.",
    "Become a member and support our journalism.",
    "Your donation keeps our newsroom independent.",
    "Become a member today.",
    "Please donate.",
])
def test_an_appeal_for_the_newsroom_is_a_donation_footer(line):
    art = article_from_text(f"Town news\n\nThe storm hit on Monday.\n\n{line}\n\nRoads reopened.")
    assert ("donation footer", line) in [(f.kind, f.text) for f in art.furniture]
