"""The teacher's side: the practice article from the other side, the teacher guide's measured
figures and glossary, and the optional parts marked in the lessons."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PRACTICE = ROOT / "toolkit" / "data" / "practice" / "other-side.txt"
GUIDE = ROOT / "lessons" / "teacher-guide.md"


def test_practice_article_matches_its_key():
    from toolkit import analyze, load_article, load_key

    key = load_key("other-side")
    text = PRACTICE.read_text(encoding="utf-8")
    ours = [s.text for s in analyze(load_article(PRACTICE), readability=False).sentences]
    assert ours == [s.text for s in key.sentences]
    for s in key.sentences:
        for ev in s.evidence:
            assert ev.text in s.text, (s.n, ev.text)
    assert all(s.text in text for s in key.sentences)


def test_practice_article_mirrors_the_rewrites_tricks():
    """Loaded words, an unsourced appeal, a must-statement and a call to action, as the rewrite."""
    from toolkit import load_key

    for name in ("rewrite", "other-side"):
        key = load_key(name)
        kinds = {ev.kind for s in key.sentences for ev in s.evidence}
        assert {"loaded", "modal", "imperative"} <= kinds, name
        labels = {s.label for s in key.sentences}
        assert {"opinion", "claim", "call_to_action", "attributed"} <= labels, name
        loaded = sum(any(ev.kind == "loaded" for ev in s.evidence) for s in key.sentences)
        assert loaded >= 4, (name, loaded)


def test_lesson_three_practises_both_sides():
    from toolkit.quiz import load_quiz

    quiz = load_quiz("03-fact-claim-opinion")
    articles = {item.article for q in quiz for item in q.sentences}
    assert {"rewrite", "other-side"} <= articles
    nb = json.loads((ROOT / "lessons" / "03-fact-claim-opinion.ipynb").read_text("utf-8"))
    code = "\n".join(c["source"] for c in nb["cells"] if c["cell_type"] == "code")
    assert 'key_lines("other-side"' in code


def _guide() -> str:
    return GUIDE.read_text(encoding="utf-8")


def _lessons() -> list[Path]:
    return sorted((ROOT / "lessons").glob("0*.ipynb"))


def _markdown(path: Path) -> list[str]:
    nb = json.loads(path.read_text(encoding="utf-8"))
    return [c["source"] if isinstance(c["source"], str) else "".join(c["source"])
            for c in nb["cells"] if c["cell_type"] == "markdown"]


def test_reading_level_in_the_guide_is_measured_not_typed():
    out = subprocess.run([sys.executable, str(ROOT / "scripts" / "guide_figures.py"), "--check"],
                         capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 0, out.stdout + out.stderr
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import guide_figures
    finally:
        sys.path.pop(0)
    text = guide_figures.paragraph(guide_figures.measure())
    assert text in _guide() and "about grade 11-12" in text  # what the issue reported


def test_glossary_words_come_from_the_articles():
    seeds = {"NPR": (ROOT / "seeds" / "npr-sessions-el-salvador.txt").read_text("utf-8").lower(),
             "rewrite": (ROOT / "seeds" / "rewrite-sessions-ms13.txt").read_text("utf-8").lower()}
    section = _guide().split("### Glossary of the articles' hard words", 1)[1].split("\n### ")[0]
    rows = [r for r in section.splitlines() if r.startswith("| ") and not r.startswith("| Word")]
    assert len(rows) >= 25
    for row in rows:
        word, _meaning, where = [c.strip() for c in row.strip("|").split("|")]
        forms = [w.strip() for w in word.split(",")]
        found = {name for name, text in seeds.items() if any(f in text for f in forms)}
        expected = {"both": {"NPR", "rewrite"}, "NPR": {"NPR"}, "rewrite": {"rewrite"}}[where]
        assert found == expected, (word, found, where)


def test_the_rubric_covers_every_reflection_question():
    from toolkit.quiz import load_quiz

    section = _guide().split("## Scoring reflections and exit tickets", 1)[1].split("\n## ")[0]
    for path in _lessons():
        number = int(path.name[:2])
        for q in load_quiz(path.stem):
            if q.type != "reflection":
                continue
            name = "exit ticket" if q.id == "exit-ticket" else f"`{q.id}`"
            assert re.search(rf"^\| {number}: {re.escape(name)}", section, re.M), (path.stem, q.id)
    for level in ("Full (2)", "Partial (1)", "Missing (0)"):
        assert level in section


def test_pacing_adds_up_and_optional_parts_are_marked_in_the_notebooks():
    guide = _guide()
    stated = [int(re.search(r"\*\*Time:\*\* about (\d+) minutes", _markdown(p)[0]).group(1))
              for p in _lessons()]
    assert f"add up to about {sum(stated)} minutes" in guide
    table = guide.split("### The short path through each lesson", 1)[1].split("\n## ")[0]
    short = {int(m.group(1)): int(m.group(2))
             for m in re.finditer(r"^\| (\d) \|.*\| (\d+) min \|$", table, re.M)}
    assert sorted(short) == [1, 2, 3, 4, 5, 6]
    optional = 0
    for path in _lessons():
        kept = 0
        for md in _markdown(path):
            for heading in re.findall(r"^## .*$", md, re.M):
                minutes = re.search(r"\((?:.*?: )?(\d+) minutes", heading)
                if "Optional" in heading:
                    optional += 1
                elif minutes:
                    kept += int(minutes.group(1))
        assert kept <= short[int(path.name[:2])], (path.name, kept)
    assert optional >= 5
