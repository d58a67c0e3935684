"""Readability: textstat figures on the body only, None with a reason when there is too little text."""

import pytest

from toolkit.readability import describe_ease, describe_grade, measure_paragraph, measure_text


@pytest.mark.parametrize("grade,expected", [
    (None, "not enough text to tell"),
    (4.0, "about grade 4: easy for most 8th graders"),
    (8.4, "about grade 8: about right for most 8th graders"),
    (11.2, "about grade 11: hard going for most 8th graders"),
    (15.0, "about grade 15 (college): very hard for most 8th graders"),
])
def test_describe_grade(grade, expected):
    assert describe_grade(grade) == expected


@pytest.mark.parametrize("score,word", [(90, "easy"), (65, "plain"), (20, "very hard")])
def test_describe_ease(score, word):
    assert word in describe_ease(score)


def test_empty_text_gives_none_not_zero():
    r = measure_text("")
    assert r["flesch_kincaid_grade"].value is None
    assert r["smog_index"].value is None and r["smog_index"].note == "no text to measure"


def test_short_text_says_why():
    r = measure_text("The cat sat. It was happy.")
    assert r["flesch_kincaid_grade"].value is None
    assert "not enough text" in r["flesch_kincaid_grade"].note


def test_npr_body(npr_analysis):
    r = npr_analysis.readability
    assert 9 < r["flesch_kincaid_grade"].value < 14
    assert r["words"].value > 500
    assert r["smog_index"].value is None  # 29 body sentences: SMOG needs 30
    assert all(m.note for m in r.values())


def test_rewrite_is_measured_on_body_only(rewrite_analysis):
    body_words = rewrite_analysis.readability["words"].value
    assert "Share This" not in rewrite_analysis.article.body_text
    assert body_words < len(rewrite_analysis.article.text.split())


def test_paragraph_figures_are_rough(npr_analysis):
    for figures in npr_analysis.paragraph_readability.values():
        assert figures["rough_grade"].rough
        assert figures["rough_grade"].note.startswith("rough")
    assert measure_paragraph("", 0)["rough_grade"].value is None


def test_a_huge_sentence_gets_no_silly_grade():
    from toolkit import analyze

    a = analyze("word " * 3000 + "end.")
    grades = [p["rough_grade"] for p in a.paragraph_readability.values()]
    assert grades and all(g.value is None and "too long" in g.note for g in grades)


def test_hard_words_count_the_same_way_for_article_and_paragraph():
    text = "The extraordinary situation. " * 4
    paragraph = measure_paragraph(text, 4)["difficult_words"].value
    article = measure_text(text, 4)["difficult_words"].value
    assert paragraph == article == 2


def test_readability_table_with_one_unmeasured_article(npr_analysis):
    from toolkit import analyze
    from toolkit.render import readability_html

    bare = analyze("The storm hit. Roads closed.", readability=False)
    assert "Flesch" in readability_html([npr_analysis, bare])
