"""Feedback a student reads must be right: evidence on the right words, counts that add up, every
option explained, number words kept whole, reveals counted only for questions with an answer."""

from __future__ import annotations

import pytest

from toolkit.keys import find_words, load_key
from toolkit.quiz import load_quiz, shipped_quizzes
from toolkit.quiz.grading import (evidence_spans, grade, highlight, target_words, word_tokens)
from toolkit.quiz.progress import ProgressStore
from toolkit.quiz.schema import FIND
from toolkit.quiz.summary import progress_summary


def _at_word_boundary(text: str, start: int, end: int) -> bool:
    def joined(a: str, b: str) -> bool:  # two letters/digits run on inside one word
        return a.isalnum() and b.isalnum() and not (a.islower() and b.isupper())

    return ((start == 0 or not joined(text[start - 1], text[start]))
            and (end == len(text) or not joined(text[end - 1], text[end])))


@pytest.mark.parametrize("name", shipped_quizzes())
def test_every_evidence_span_is_the_evidence_text_on_word_boundaries(name):
    """The highlighted span of every key item a quiz uses is its evidence text, as whole words
    (the "he" of "he told" is never marked inside "the")."""
    checked = 0
    for q in load_quiz(name):
        for item in q.sentences:
            ks = item.key
            spans = {(s, e) for s, e, _ in evidence_spans(ks)}
            for ev in ks.evidence:
                start = find_words(ks.text, ev.text)
                assert start >= 0, (name, q.id, ev.text)
                end = start + len(ev.text)
                assert ks.text[start:end] == ev.text
                assert _at_word_boundary(ks.text, start, end), (name, q.id, ev.text)
                # each item is highlighted itself or sits inside a longer highlighted item
                assert any(s <= start and end <= e for s, e in spans), (name, q.id, ev.text)
                checked += 1
            for s, e, _ in evidence_spans(ks):
                assert _at_word_boundary(ks.text, s, e), (name, q.id, ks.text[s:e])
    assert checked or not any(q.sentences for q in load_quiz(name))


@pytest.mark.parametrize("article", ["npr", "rewrite", "other-side"])
def test_every_key_evidence_item_is_found_as_whole_words(article):
    for ks in load_key(article).sentences:
        for ev in ks.evidence:
            start = find_words(ks.text, ev.text)
            assert start >= 0 and _at_word_boundary(ks.text, start, start + len(ev.text)), (
                article, ks.n, ev.text)


def test_who_he_told_marks_the_word_he_not_the_he_in_the():
    q = load_quiz("02-says-who").get("who-he-told")
    ks = q.sentence.key
    for s, e, kind in evidence_spans(ks):
        if ks.text[s:e] == "he":
            assert not ks.text[s - 1].isalpha()
    assert "t<b>[S]</b>" not in highlight(ks) and "[S]</b>&nbsp;he minors" not in highlight(ks)


@pytest.mark.parametrize("name", shipped_quizzes())
def test_every_option_has_its_own_explanation(name):
    for q in load_quiz(name):
        if q.type != "choice":
            continue
        feedback = [o.feedback.strip() for o in q.options]
        assert all(feedback), (name, q.id, "an option has no feedback")
        assert len(set(feedback)) == len(feedback), (name, q.id, "two options share feedback")
        for o in q.options:
            if not o.correct:  # a wrong option says more than "wrong"
                assert len(o.feedback.split()) >= 6, (name, q.id, o.text)


@pytest.mark.parametrize("name", shipped_quizzes())
def test_spot_feedback_counts_what_it_highlights_and_names_the_right_label(name):
    for q in load_quiz(name):
        if q.type != "spot_words":
            continue
        target = target_words(q)
        result = grade(q, target)
        assert result.correct, (name, q.id)
        n = len(target)
        assert (f"all {n} words" in result.html) if n > 1 else ("the one word" in result.html)
        optional = set(target_words(q, optional=True)) - set(target)
        words = word_tokens(q.sentence.key.text)
        for i in optional:  # highlighted below but not counted: the feedback says so
            assert words[i][2] in result.html.split("also marks", 1)[-1], (name, q.id)
        if q.sentence.key.label != "opinion":
            assert "opinion" not in result.html.split("<div", 2)[1], (name, q.id)


def test_spot_push_on_a_call_to_action_says_asks_you_to_act():
    q = load_quiz("05-readability-and-persuasion").get("spot-push")
    assert q.sentence.key.label == "call_to_action"
    html = grade(q, target_words(q)).html
    assert "ask you to act" in html and "make it opinion" not in html


@pytest.mark.parametrize("text, word", [
    ("He paid $150,000 for it.", "$150,000"),
    ("About 3,100 people came.", "3,100"),
    ("Up 40% this year.", "40%"),
    ("It fell to 2.5 percent.", "2.5"),
])
def test_word_buttons_keep_numbers_and_money_whole(text, word):
    assert word in [w for _, _, w in word_tokens(text)]


def test_shipped_spot_sentences_never_split_a_number():
    for name in shipped_quizzes():
        for q in load_quiz(name):
            if q.type == "spot_words":
                for _, _, w in word_tokens(q.sentence.key.text):
                    assert not w.endswith(","), w


def test_reflection_sample_answers_are_not_counted_as_answers_revealed(small, progress_folder):
    store = ProgressStore(progress_folder)
    store.save("Ana", small.name, "reflect", "reveal")
    summary = progress_summary(small, student="Ana", store=store)
    assert summary.revealed == 0
    graded = next(q for q in small if q.graded)
    store.save("Ana", small.name, graded.id, "reveal")
    assert progress_summary(small, student="Ana", store=store).revealed == 1


def test_find_kinds_cover_the_spot_questions():
    for name in shipped_quizzes():
        for q in load_quiz(name):
            if q.type == "spot_words":
                assert any(ev.kind in FIND[q.find] for ev in q.sentence.key.evidence)


def test_who_he_told_wrong_answer_points_to_the_sentence_before():
    q = load_quiz("02-says-who").get("who-he-told")
    html = grade(q, "Jeff Sessions").html
    assert "sentence before" in html and "\u201che\u201d" in html
    assert "sentence before" in q.hint.lower() and "no proof whatsoever" in q.hint


@pytest.mark.parametrize("name", shipped_quizzes())
def test_every_wrong_sort_label_says_what_to_look_at(name):
    """A wrong label gets a reason to look again, not a bare 'not [O]'."""
    for q in load_quiz(name):
        if q.type != "sort":
            continue
        for i, item in enumerate(q.sentences):
            for label in q.labels:
                if label in item.key.accepted:
                    continue
                answer = [other.key.label for other in q.sentences]  # the rest right (a
                answer[i] = label  # sort with sentences unlabelled is not checked: s12 walk #35)
                row = grade(q, answer).html.split("<li>")[i + 1]
                assert "?" in row and len(row.split()) > 12, (name, q.id, label)


def test_a_background_fact_called_opinion_is_told_why():
    from toolkit.quiz.grading import _sort_nudge

    ks = load_key("npr").find("MS-13 largely preys on the immigrant community.")
    assert ks.label == "claim"
    assert "states something as fact" in _sort_nudge(ks, "opinion")


def test_kind_rewrite_5_fact_changed_explains_the_one_main_label_rule():
    q = load_quiz("04-follow-the-changes").get("kind-rewrite-5")
    fb = {o.text: o.feedback for o in q.options}["Fact changed"]
    assert "create" in fb and "One main label" in fb


def test_saved_times_read_as_words_not_iso_text():
    from toolkit.quiz.progress import now, readable_time

    text = readable_time(now())
    assert "T" not in text.split(" at ")[0] and "+" not in text and " at " in text
    assert readable_time("2026-11-29T13:09:56+00:00") == "29 November 2026 at 13:09"
