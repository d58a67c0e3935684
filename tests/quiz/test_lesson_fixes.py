"""Issue 15 (walkthrough findings): feedback that says why for this sentence, no repeated "Right",
no ".:", spot-the-words lines without an unexplained percentage, highlights in the sentence's own
label, quizzes before the cells that reveal their answers, one way of counting sentences."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from pathlib import Path

import pytest

from toolkit.quiz import grading, load_quiz, shipped_quizzes

ROOT = Path(__file__).resolve().parent.parent.parent
LESSONS = [n for n in shipped_quizzes() if n[:2].isdigit()]


def _code_cells(stem: str) -> list[str]:
    nb = json.loads((ROOT / "lessons" / f"{stem}.ipynb").read_text("utf-8"))
    return ["".join(c["source"]) for c in nb["cells"]]


def test_every_wrong_option_explains_itself_for_its_own_question():
    """A wrong option's feedback is its own: never the same words as in another question
    (the generic "Not this one. Reworded means ..." said nothing about the sentence)."""
    seen = defaultdict(list)
    for name in LESSONS:
        for q in load_quiz(name):
            for o in q.options or ():
                if o.correct is False:
                    assert o.feedback.strip(), (name, q.id, o.text)
                    seen[o.feedback.strip()].append((name, q.id, o.text))
    shared = {text: where for text, where in seen.items() if len(where) > 1}
    assert not shared, shared


@pytest.mark.parametrize("name", LESSONS)
def test_right_is_said_once_and_no_colon_after_a_full_stop(name):
    for q in load_quiz(name):
        if q.type != "choice":
            continue
        right = [o.text for o in q.options if o.correct]
        html = grading.grade(q, right if q.multiple else right[0]).html
        text = re.sub(r"<[^>]+>", "", html)
        assert text.count("Right") == 1 or "Right" in "".join(o.text for o in q.options), (q.id, text)
        assert not re.search(r"[.?!]:", text), (q.id, text)
        assert not re.search(r"[.?!]:", re.sub(r"<[^>]+>", "", grading.reveal(q))), q.id


def test_spot_words_lines_have_no_unexplained_percentage():
    q = load_quiz("03-fact-claim-opinion").get("spot-headline")
    tokens = grading.word_tokens(q.sentence.text)
    target = grading.target_words(q)
    other = next(i for i in range(len(tokens)) if i not in target
                 and i not in grading.target_words(q, optional=True))
    result = grading.grade_spot(q, [target[0], other])
    assert "%" not in result.html and "Try again" in result.html
    assert "is not evidence: it " in result.html and "Still to find" in result.html  # and why
    assert "<li>" in result.html  # one short line each: right so far / not evidence / to find


def test_words_to_find_are_named_by_what_they_do():
    q = load_quiz("03-fact-claim-opinion").get("spot-headline")  # judges AND says "WATCH"
    assert grading.spot_what(q) == "judge or ask you to act"


def test_highlight_uses_the_sentence_label_when_the_key_does_not_accept_the_evidence_label():
    from toolkit import load_key
    from toolkit.quiz.feedback import highlight

    ks = load_key("rewrite").get(2)  # "Do You Support?": the key says [A]
    html = highlight(ks)
    assert "[A]" in html and "[O]" not in html
    assert ">You</mark>" in html.replace("&nbsp;", " ").replace("<b>[A]</b> ", "")


def test_lesson4_quizzes_come_before_the_tables_that_answer_them():
    cells = _code_cells("04-follow-the-changes")
    at = {src: i for i, src in enumerate(cells)}

    def index(fragment):
        hits = [i for i, s in enumerate(cells) if fragment in s]
        assert hits, fragment
        return hits

    for n in (4, 5, 6, 7):
        quiz_at = index(f'"kind-rewrite-{n}"')[0]
        for i, src in enumerate(cells[:quiz_at]):
            m = re.search(r"change_lines\(key, \[([\d, ]+)\]\)", src)
            assert not (m and str(n) in m.group(1).split(", ")), (n, src)
            assert "changes_vs_key(changes, key, rows=True)" not in src
            assert not re.fullmatch(r"\s*changes\s*", src), "the tool's whole table comes first"
        if n == 7:
            assert index('change_lines(key, kind="added")')[0] > quiz_at
    assert index("vanished_voices(key)")[0] > index('"voices-vanished"')[0]
    assert index('"where-began"')[0] < index("NPR quoted The Associated Press: the gang began")[0]
    assert at  # every code cell was read


def test_lesson1_headline_labels_come_after_the_headline_quizzes():
    cells = _code_cells("01-meet-the-articles")
    judging = next(i for i, s in enumerate(cells) if '"judging-headline"' in s)
    for src in cells[:judging]:
        assert "praises him" not in src, "the paragraph that answers the quiz comes after it"
        assert src.strip() != 'headline_check("npr", "rewrite")'
    assert any(s.strip() == 'headline_check("npr", "rewrite")' for s in cells[judging:])


def test_sentence_counts_say_the_headline_is_counted():
    from toolkit.lesson import (change_counts, density_table, key_counts, load_compare_key,
                                readability_table, report_card, seed_analysis, sentences_phrase,
                                tool_vs_key)

    npr, rewrite = seed_analysis("npr"), seed_analysis("rewrite")
    total = len(npr.sentences)
    assert sentences_phrase(total) == f"{total} sentences (headline included)"
    key = load_compare_key("compare-seeds", npr, rewrite)
    for html in (change_counts(key), density_table(npr, rewrite), key_counts("npr", "rewrite"),
                 tool_vs_key(npr, "npr"), report_card(npr)):
        assert "headline included" in html
    assert "in the body (headline left out)" in readability_table(npr)
    nb = (ROOT / "lessons" / "04-follow-the-changes.ipynb").read_text("utf-8")
    assert f"{total} sentences" not in nb and "NPR's 30" not in nb  # computed, not typed


def test_compare_table_is_compact():
    from toolkit.lesson import seed_analysis
    from toolkit import compare

    html = compare(seed_analysis("npr"), seed_analysis("rewrite"))._repr_html_()
    assert html.count('<details class="ml-group"') >= 3  # one folded group per kind
    assert "open" not in re.findall(r"<details[^>]*>", html)[0]
    assert "table-layout:fixed" in html and "overflow-wrap:anywhere" in html


def test_preys_reason_agrees_with_the_teacher_guide():
    from toolkit import load_key

    ks = load_key("npr").get(18)
    assert "preys" in ks.text and "not a plain background fact" in ks.reason
    guide = (ROOT / "lessons" / "teacher-guide.md").read_text("utf-8")
    assert "it is not a plain background fact" in guide


def test_furniture_reasons_are_plain_words():
    from toolkit.articles import article_from_text

    art = article_from_text("Bridge Opens\n\nShare This\n\nThe bridge opened on Monday. It cost "
                            "$2 million, the mayor said.")
    whys = [f.why for f in art.furniture]
    assert whys and not any("usual wording" in w for w in whys), whys


def test_name_box_asks_for_what_the_teacher_guide_asks():
    import inspect

    from toolkit.quiz import widgets

    assert "last initial" in inspect.getsource(widgets.StudentBar)
    guide = (ROOT / "lessons" / "teacher-guide.md").read_text("utf-8")
    assert "last" in guide and "initial" in guide and "Ana M." in guide


def test_glossary_words_can_be_looked_up_beside_an_article():
    from toolkit.lesson import glossary_words_in, seed_analysis, words_to_know

    npr = seed_analysis("npr")
    found = glossary_words_in(npr)
    assert "counterpart" in found and "preys on" in found and "spat" not in found
    html = words_to_know(article=npr)
    assert html.count("<dt") == len(found)
    cells = "\n".join(_code_cells("02-says-who"))
    assert "words_to_know(article=npr)" in cells
    lesson4 = _code_cells("04-follow-the-changes")
    first_kind = next(i for i, s in enumerate(lesson4) if '"kind-rewrite-5"' in s)
    assert any('"counterpart"' in s for s in lesson4[:first_kind])  # the quiz prompt uses it
