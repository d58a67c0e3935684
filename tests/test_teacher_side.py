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
