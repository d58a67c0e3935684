"""Tests for toolkit.lesson: the API lesson notebooks use, for the seeds or any pair of articles."""

import inspect
import re

import pytest
import yaml

from seedpaths import ROOT
from toolkit import ToolkitError, compare, lesson
from toolkit.comparison import Comparison
from toolkit.keys import load_key

PAIRS = ROOT / "eval" / "data" / "pairs"


def _text(html: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", re.sub(r"<style>.*?</style>", "", html, flags=re.S)).split())


@pytest.fixture(scope="module")
def seeds():
    return lesson.seed_analysis("npr"), lesson.seed_analysis("rewrite")


@pytest.fixture(scope="module")
def seed_key(seeds):
    return lesson.load_compare_key("compare-seeds", *seeds)


def test_compare_is_a_function_and_comparison_a_module():
    import toolkit
    import toolkit.comparison

    assert inspect.isfunction(toolkit.compare)
    assert toolkit.compare is toolkit.comparison.compare
    assert type(toolkit.comparison).__name__ == "module"  # no module-class swap any more


def test_compare_key_is_a_real_comparison_that_matches_the_file(seed_key):
    data = yaml.safe_load((ROOT / "toolkit" / "data" / "keys" / "compare-seeds.yaml").read_text("utf-8"))
    assert isinstance(seed_key, Comparison)
    assert [p.kind for p in seed_key.pairs] == [s["kind"] for s in data["sentences"]]
    assert [[o.index + 1 for o in p.original] for p in seed_key.pairs] == \
        [s["original_n"] for s in data["sentences"]]
    assert [d["sentence"].index + 1 for d in seed_key.dropped] == [d["n"] for d in data["dropped"]]
    assert seed_key.voices["vanished"] == data["voices"]["vanished"]
    for p in seed_key.pairs:  # flags point at their words in the rewrite
        for f in p.flags:
            assert seed_key.rewrite_analysis.article.text[f["start"]:f["end"]] == f["text"]
    assert seed_key.flow_counts()["dropped"] == len(data["dropped"])


def test_load_key_on_a_compare_key_says_what_to_use():
    with pytest.raises(ToolkitError, match="load_compare_key"):
        load_key("compare-seeds")


def test_compare_key_for_other_articles_is_refused(seeds):
    bridge = [lesson.analyze_file(PAIRS / f"bridge-{x}.txt") for x in ("original", "rewrite")]
    with pytest.raises(ToolkitError, match="compare-seeds.yaml"):
        lesson.load_compare_key("compare-seeds", *bridge)


def test_seed_views_count_from_the_key(seeds, seed_key):
    counts = _text(lesson.change_counts(seed_key))
    assert (f"has {len(seeds[1].sentences)} sentences (headline included); the NPR report has "
            f"{len(seeds[0].sentences)} sentences (headline included)") in counts
    assert f"and {len(seed_key.dropped)} of them were left out" in counts
    voices = _text(lesson.vanished_voices(seed_key))
    assert voices.startswith("The teachers' list of sources")  # says whose count it is
    assert f"The NPR report names {len(seed_key.voices['original'])} sources." in voices
    added = _text(lesson.change_lines(seed_key, kind="added"))
    assert added.count("Added (not in the original)") == seed_key.flow_counts()["added"]


def test_a_lesson_for_any_pair_uses_the_articles_own_names():
    """Nothing in the lesson API is tied to the seeds: a teacher's own pair works the same way."""
    original, rewrite = (lesson.analyze_file(PAIRS / f"bridge-{x}.txt") for x in ("original", "rewrite"))
    changes = compare(original, rewrite)
    for view in (lesson.change_counts(changes), lesson.change_lines(changes),
                 lesson.vanished_voices(changes), lesson.density_table(original, rewrite),
                 lesson.read_article(original), lesson.side_by_side(original, rewrite),
                 lesson.page_furniture(rewrite), lesson.report_card(original)):
        shown = _text(view)
        assert "NPR" not in shown and "Sessions" not in shown
    assert (f"has {len(original.sentences)} sentences (headline included), and "
            f"{len(changes.dropped)} of them") in \
        _text(lesson.change_counts(changes))
    key = lesson.load_compare_key(PAIRS / "bridge-compare.yaml", original, rewrite)
    assert len(key.pairs) == len(rewrite.sentences)


def test_seed_names_are_not_articles():
    with pytest.raises(ToolkitError, match="No file named 'npr'"):
        lesson.read_article("npr")


def test_display_names_come_from_metadata(seeds):
    assert lesson.display_name(seeds[0]) == "The NPR report"
    assert lesson.display_name(load_key("npr")) == "The NPR report"
    assert lesson.display_name(seeds[1]).endswith(" rewrite")


def test_unit_progress_lives_in_quiz(tmp_path):
    from toolkit import quiz
    from toolkit.quiz.progress import ProgressStore

    html = str(quiz.unit_progress("Ana", store=ProgressStore(tmp_path)))
    assert "01-meet-the-articles" in html and "answered 0 of" in html
    assert not hasattr(lesson, "unit_progress")
