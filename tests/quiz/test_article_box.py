"""Lesson 6's article box, driven as a student would: paste, press Analyze, read the views.

Runs under ipywidgets 7.7 and 8.1 (scripts/test.sh runs the unit tests in both).
"""

from __future__ import annotations

import ipywidgets as W
import pytest

from toolkit import quiz
from toolkit.articlebox import MAX_WORDS, MIN_SENTENCES, ArticleBox, check_text, practice_text
from toolkit.yourturn import look_twice, sample_answers, source_kind

MINE = ("School Garden Wins Prize\n\n"
        "The garden at Oak Hill School won first prize at the county fair on Friday.\n\n"
        '"The students planted every seed themselves," teacher Sam Ortiz said.\n\n'
        "The prize is $500, according to the fair's website.\n\n"
        "It is the most beautiful garden anyone has ever seen.\n\n"
        "Go and see it this weekend!\n")


def _walk(widget):
    yield widget
    for child in getattr(widget, "children", ()):
        yield from _walk(child)


def test_starts_with_the_practice_article_analysed():
    box = ArticleBox()
    assert box.text.value == practice_text()
    assert box.analysis is not None and box.is_practice
    assert "practice article" in box.message.value and "\u2714" in box.message.value
    # every control has an accessible name (a screen reader reads it)
    for w in _walk(box.widget):
        if isinstance(w, (W.Button, W.Textarea, W.FileUpload)):
            assert w.description.strip()


def test_analyse_updates_every_view_and_sample_answer():
    box = ArticleBox()
    labels, card, chart, twice = box.labels(), box.report_card(), box.density_chart(), box.look_twice()
    view = box.sample_answers(quiz.show("06-your-turn", "sources", student="Ana"))
    qv = view.question("sources")
    assert "Maria Chen" in qv.q.sample_answer  # the practice article's source
    qv.reveal_button.click()
    assert "Maria Chen" in qv.answer_html.value
    box.text.value = MINE
    box.analyse_button.click()
    assert not box.is_practice
    assert "School Garden Wins Prize" in box.message.value
    assert "Oak Hill" in labels.widget.value and "Riverside" not in labels.widget.value
    assert "Sam Ortiz" in card.widget.value
    assert "Sam Ortiz" in qv.q.sample_answer and "Maria Chen" not in qv.q.sample_answer
    assert "Sam Ortiz" in qv.answer_html.value  # a revealed sample answer is redrawn too
    assert "about your article" in qv.q.sample_answer
    assert "Oak Hill" in chart.widget.value or "School Garden" in chart.widget.value
    assert "Riverside" not in twice.widget.value


@pytest.mark.parametrize("text, says", [
    ("", "empty"),
    ("   \n\n  ", "empty"),
    ("Hi there.", f"at least {MIN_SENTENCES} sentences"),
    ("word " * (MAX_WORDS + 1), f"up to {MAX_WORDS:,}"),
    ("abc\x00def " * 50, "binary"),
])
def test_bad_input_is_one_sentence_and_keeps_the_last_article(text, says):
    box = ArticleBox()
    before = box.analysis
    assert box.analyze() is True
    box.text.value = text
    assert box.analyze() is False
    assert says in box.message.value and "\u26A0" in box.message.value
    assert "still shows the article you analyzed before" in box.message.value
    assert "Traceback" not in box.message.value
    assert box.analysis.name == before.name


def test_html_and_other_languages_are_analysed_with_a_warning():
    box = ArticleBox()
    box.text.value = ("<html><body><h1>Bridge Opens</h1><p>The bridge opened on Monday.</p>"
                      "<p>The mayor said it cost $2 million.</p><p>It is a fine bridge.</p>"
                      "<script>alert(1)</script></body></html>")
    assert box.analyze()
    assert "HTML code" in box.message.value and "alert" not in box.analysis.article.text
    box.text.value = ("El alcalde dijo que el puente se abrirá en mayo. La obra costó dos "
                      "millones. Los vecinos están contentos con el nuevo puente del río.")
    assert box.analyze()
    assert "does not look like English" in box.message.value


def test_article_text_is_escaped_in_the_message():
    box = ArticleBox("<b>Bold Title</b> & more\n\nOne sentence here. Two sentences here. Three.")
    assert "<b>Bold" not in box.message.value


def _upload_value(name: str, content: bytes):
    if int(W.__version__.split(".")[0]) < 8:
        return {name: {"metadata": {"name": name, "type": "text/plain", "size": len(content)},
                       "content": content}}
    return ({"name": name, "type": "text/plain", "size": len(content),
             "content": memoryview(content), "last_modified": 0},)


def test_a_text_file_can_be_opened():
    box = ArticleBox()
    box._uploaded({"new": _upload_value("garden.txt", MINE.encode("utf-8"))})
    assert box.text.value == MINE and "School Garden" in box.message.value
    box._uploaded({"new": _upload_value("photo.png", b"\x89PNG\x00\x00\x01\x02" * 20)})
    assert "binary" in box.message.value and box.text.value == MINE
    box._uploaded({"new": _upload_value("latin.txt", "caf\u00e9 ok.".encode("latin-1"))})
    assert "UTF-8" in box.message.value


def test_check_text_limits():
    with pytest.raises(Exception, match="only 1 sentence"):
        check_text("Hi.")
    assert check_text(MINE).density.sentences >= MIN_SENTENCES


def test_sample_answers_follow_the_article():
    from toolkit.analysis import analyze

    mine = sample_answers(analyze(MINE))
    assert set(mine) == {"tool-wrong", "sources", "unsourced", "loaded", "exit-ticket"}
    assert "Sam Ortiz" in mine["sources"]
    assert "most beautiful" in mine["loaded"] or "Go and see" in mine["loaded"]
    assert "Riverside" not in " ".join(mine.values())
    practice = sample_answers(analyze(practice_text()))
    # the sample answer quotes one of the practice article's sentences and the tool's label for it
    # (which sentence depends on what the tool gets wrong: computed, not fixed)
    analyzed = analyze(practice_text())
    assert any(s.text in practice["tool-wrong"] for s in analyzed.sentences)
    assert "got “" in practice["tool-wrong"]
    assert "(named)" in practice["sources"] and "Maria Chen" in practice["sources"]
    # an article with no source, no opinion: the answers say so rather than invent
    plain = sample_answers(analyze("Rain Due\n\nRain fell on Monday. The river rose. Roads closed."))
    assert "no named source" in plain["sources"]
    assert "no loaded words" in plain["loaded"]


def test_look_twice_and_source_kinds():
    from toolkit.analysis import analyze

    twice = look_twice(analyze(practice_text()))
    assert twice  # the practice article has sentences to look at twice
    # a "missed source" is one the tool did not label attributed (which ones: computed, not fixed)
    assert all(s.label != "attributed" for s, why in twice if why == "missed source")
    assert source_kind("Maria Chen") == "named"
    assert source_kind("a city budget report") == "a document or report"
    assert source_kind("the two members who voted no") == "known only by job or type"


def test_analyze_waits_for_the_text_the_student_sees():
    """The box is held like a question (quiz.settle): its box carries the kernel's mark of the
    text, changed with every text, so the name bar's script can hold Analyze until they match."""
    from toolkit.quiz.settle import CONTROL, HOLD_CLASS, PREFIX, mark_of_text

    box = ArticleBox()
    assert HOLD_CLASS in box.widget._dom_classes and f"{CONTROL}0" in box.text._dom_classes
    box.text.value = "School Garden Wins Prize\r\nThe garden won."
    assert f"{PREFIX}0-{mark_of_text(box.text.value)}" in box.widget._dom_classes
    shown = mark_of_text("School Garden Wins Prize\nThe garden won.")  # as a browser shows it
    assert [c for c in box.widget._dom_classes if c.startswith(PREFIX)] == [f"{PREFIX}0-{shown}"]
