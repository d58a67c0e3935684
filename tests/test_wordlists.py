"""Tests for toolkit.wordlists and the rule files in toolkit/data/wordlists/."""

from pathlib import Path

import pytest

from toolkit.wordlists import load_lines, load_words, may_contain, phrase_regex, word_set

FOLDER = Path(__file__).resolve().parent.parent / "toolkit" / "data" / "wordlists"
LISTS = sorted(p.stem for p in FOLDER.glob("*.txt"))


@pytest.mark.parametrize("name", LISTS)
def test_every_list_says_where_it_comes_from(name):
    head = [line for line in (FOLDER / f"{name}.txt").read_text(encoding="utf-8").splitlines()
            if line.startswith("#")]
    assert head, f"{name}.txt has no header"
    assert "source" in " ".join(head).lower(), f"{name}.txt does not say where it comes from"
    assert load_lines(name), f"{name}.txt is empty"


def test_comments_and_case():
    assert "said" in load_words("reporting_verbs")
    assert all(not line.startswith("#") for line in load_lines("reporting_verbs"))
    assert load_words("outlet_words") >= {"press", "news"}
    assert "Press" in load_lines("outlet_words")  # case kept for the rule that needs it


def test_phrase_regex_whole_words_only():
    rx = phrase_regex("modals")
    assert rx.search("They must act.") and not rx.search("They mustard act.")


def test_may_contain_is_a_cheap_first_check():
    assert may_contain("modals", word_set("They must act."))
    assert not may_contain("modals", word_set("They act."))


def test_number_words_have_values():
    rows = [line.split("\t") for line in load_lines("number_words")]
    assert all(len(r) == 2 and float(r[1]) > 0 for r in rows)


def test_word_sets_moved_from_code_keep_their_entries():
    from toolkit import attribution, changes
    from toolkit.quiz.types import says_who

    assert {"the", "was", "will", "never", "but"} <= changes._NOT_SUBJECT
    assert len(changes._NOT_SUBJECT) == 30 and "agency" not in changes._NOT_SUBJECT
    assert {"and", "while", "which", "so"} <= changes._CLAUSE_JOINS and len(changes._CLAUSE_JOINS) == 16
    assert {"he", "i", "the agency", "the wire service", "officials"} <= says_who._STAND_INS
    assert len(says_who._STAND_INS) == 12
    nxt = attribution._REPORT_NEXT
    for after in (" that", " on Monday", " SUNDAY", " yesterday", ", ", "", " (AP)"):
        assert nxt.match("wrote" + after, 5), after
    for after in (" most of the code", " thats", " Mondays", " onward"):
        assert not nxt.match("wrote" + after, 5), after
