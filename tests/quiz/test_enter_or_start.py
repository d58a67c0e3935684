"""Every text that tells a student to start says Enter works too (s10 walkthrough: three said only
"press Start", while the lessons and the name bar say "press Enter or Start")."""

from __future__ import annotations

import re
from pathlib import Path

from choosing import choose

from toolkit import quiz as tq
from toolkit.articlebox import ArticleBox
from toolkit.environment import VANISH_NOTE

ROOT = Path(__file__).resolve().parents[2]
PASTED = ("Garden Wins Prize\n\nThe garden at Oak Hill School won first prize on Friday.\n\n"
          '"The students planted every seed," teacher Sam Ortiz said.\n\n'
          "It is the best garden in the county.\n")


def test_an_answer_waiting_for_a_name_says_enter_or_start(small, progress_folder):
    qv = tq.show(small).question("single")
    choose(qv, 0)
    qv.check_button.click()
    assert "Not saved yet" in qv.status.value and "press Enter or Start" in qv.status.value


def test_a_pasted_article_waiting_for_a_name_says_enter_or_start(progress_folder):
    box = ArticleBox()
    box.text.value = PASTED
    box.analyse_button.click()
    assert "Type your name" in box.message.value
    assert "press Enter or Start" in box.message.value


def test_the_session_only_note_says_enter_or_start():
    assert "press Enter or Start" in VANISH_NOTE.format(place="Google Colab")


def test_no_student_text_says_only_press_start():
    texts = [*(ROOT / "toolkit").rglob("*.py"), *(ROOT / "toolkit").rglob("*.yaml"),
             *(ROOT / "lessons").rglob("*.ipynb"), *(ROOT / "lessons").rglob("*.md"),
             *(ROOT / "docs").rglob("*.md")]
    found = [str(p.relative_to(ROOT)) for p in texts
             if re.search(r"press\s+(?:\*\*)?Start\b", p.read_text("utf-8"))]
    assert not found, found
