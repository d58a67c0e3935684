"""Students' side of the lessons: plain words (no teacher notes or formula names), the glossary
shared by the lessons and the teacher guide, and first impressions shown again at the end."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from toolkit.errors import ToolkitError
from toolkit.lesson import glossary, key_lines, readability_table, seed_analysis, words_to_know

ROOT = Path(__file__).resolve().parents[2]
SEEDS = {"NPR": ROOT / "seeds" / "npr-sessions-el-salvador.txt",
         "rewrite": ROOT / "seeds" / "rewrite-sessions-ms13.txt"}
ISSUE_WORDS = ("counterpart", "convening", "transnational", "entrenched", "detractors", "preys",
               "lax", "allegation", "wire service", "deported", "extradition",
               "unaccompanied minors", "chilling effect", "spat")


def _student_text() -> str:
    """Every markdown cell and the code of every lesson, as a student reads them."""
    out = []
    for path in sorted((ROOT / "lessons").glob("0*.ipynb")):
        nb = json.loads(path.read_text("utf-8"))
        out += ["".join(c["source"]) for c in nb["cells"]]
    return "\n".join(out)


def test_glossary_covers_the_hard_words_and_each_is_in_its_article():
    entries = glossary()
    words = " | ".join(e["word"].lower() for e in entries)
    for w in ISSUE_WORDS:
        assert w in words, w
    seeds = {k: p.read_text("utf-8").lower() for k, p in SEEDS.items()}
    for e in entries:
        forms = [f.strip().lower() for f in e["word"].split(",")]
        found = {k for k, text in seeds.items() if any(f in text for f in forms)}
        assert found == {"both": {"NPR", "rewrite"}}.get(e["where"], {e["where"]}), e
        assert e["meaning"].strip() and len(e["meaning"]) < 260, e


def test_glossary_meanings_read_at_about_grade_8():
    from toolkit import analyze

    text = " ".join(e["meaning"][0].upper() + e["meaning"][1:].rstrip(".") + "."
                    for e in glossary())
    grade = analyze(text).readability["flesch_kincaid_grade"].value
    assert grade is not None and grade <= 8.5, grade


def test_the_guide_table_is_generated_from_the_same_file():
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "make_glossary.py"), "--check"],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_lessons_show_every_hard_word_where_it_first_appears():
    shown = set()
    for path in sorted((ROOT / "lessons").glob("0*.ipynb")):
        nb = json.loads(path.read_text("utf-8"))
        for c in nb["cells"]:
            src = "".join(c["source"])
            if c["cell_type"] == "code" and "words_to_know(" in src and "article=" not in src:
                # (words_to_know(article=...) lists what it finds in the article: computed)
                shown |= {w.lower() for w in json.loads("[" + src.split("words_to_know(", 1)[1]
                                                        .rsplit(")", 1)[0] + "]")}
    for w in ISSUE_WORDS:
        assert any(w in s for s in shown), w


def test_words_to_know_refuses_an_unknown_word():
    with pytest.raises(ToolkitError, match="not in the glossary"):
        words_to_know("flibbertigibbet")


def test_no_teacher_notes_or_formula_names_in_the_students_view():
    html = key_lines("npr", [4, 11], notes=True) + key_lines("rewrite", [6, 8], notes=True)
    html += readability_table(seed_analysis("npr"), seed_analysis("rewrite"))
    for teacher in ("A good place to show", "Debatable.", "first choice", "also fair",
                    "Gunning", "Coleman", "text_standard", "602 words", "evaluative"):
        assert teacher not in html, teacher
    assert "Hard to call" in html and "also right" in html
    text = _student_text()
    for teacher in ("first label", "also fair", "Gunning", "Coleman-Liau", "text_standard",
                    "your students"):
        assert teacher not in text, teacher


def test_first_impressions_are_shown_again(progress_folder):
    from toolkit.quiz import load_quiz
    from toolkit.quiz.progress import ProgressStore
    from toolkit.quiz.summary import look_back

    quiz = load_quiz("01-meet-the-articles")
    store = ProgressStore(progress_folder)
    store.save("Ana", quiz.name, "share", "save", type="poll", answer="The rewrite",
               answer_text="The rewrite")
    store.save("Ana", quiz.name, "share", "save", type="poll", answer="The NPR report",
               answer_text="The NPR report")
    store.save("Ana", quiz.name, "why", "save", type="reflection", answer="It <b>names</b> people",
               answer_text="It <b>names</b> people")
    html = look_back(quiz, ["share", "trust", "why"], student="Ana", store=store)
    assert "The rewrite" in html  # the first impression, not the later change of mind
    assert "It &lt;b&gt;names&lt;/b&gt; people" in html
    assert "No answer saved yet" in html  # trust was never answered
    nb = json.loads((ROOT / "lessons" / "06-your-turn.ipynb").read_text("utf-8"))
    assert any('look_back("01-meet-the-articles"' in "".join(c["source"]) for c in nb["cells"])


def test_every_glossary_word_is_shown_in_a_lesson():
    """Each entry is listed by name in a lesson, or found by words_to_know(article=...) in the
    article that lesson looks up (walkthrough 4 finding 12: "recruited" was never shown because
    the NPR text glues it to the next word, "recruitedby")."""
    from toolkit.lesson import glossary_words_in

    articles = {"npr": seed_analysis("npr"), "rewrite": seed_analysis("rewrite")}
    shown = set()
    for path in sorted((ROOT / "lessons").glob("0*.ipynb")):
        nb = json.loads(path.read_text("utf-8"))
        for c in nb["cells"]:
            src = "".join(c["source"])
            if c["cell_type"] != "code" or "words_to_know(" not in src:
                continue
            call = src.split("words_to_know(", 1)[1].rsplit(")", 1)[0]
            if "article=" in call:
                shown |= set(glossary_words_in(articles[call.split("article=", 1)[1].strip()]))
            else:
                shown |= set(json.loads("[" + call + "]"))
    missing = [e["word"] for e in glossary() if e["word"] not in shown]
    assert not missing, missing


def test_a_glossary_meaning_explains_the_events_it_names():
    spat = next(e["meaning"] for e in glossary() if e["word"] == "spat")
    assert "Russia investigation" not in spat or "election" in spat, spat
