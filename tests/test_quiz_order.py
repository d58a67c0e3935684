"""Every lesson: a quiz comes before the cells that give its answer away (walkthrough 2, finding 1).

For each question shown with ``quiz.show(lesson, id)``, the cells above it must not show:
- an answer-key table (``key_lines``) with the quiz's sentence in it (that table prints the label
  and the key words the quiz asks for);
- markdown quoting the quiz sentence's key words (a quoted phrase taken from the sentence that
  holds one of its evidence words);
- markdown that quotes a one- or two-word right option taken from an article ("Thugs"), or, in
  the same part of the lesson, repeats a right option that quotes an article word (five words in
  a row: 'The word "brutally" is the writer's own judgment').
The tool's own labeled article is left out on purpose: it is the tool's guess, and the lessons ask
students to check it against the key.
"""

from __future__ import annotations

import ast
import html
import json
import re
from pathlib import Path

import pytest

from toolkit import load_key
from toolkit.quiz import load_quiz

ROOT = Path(__file__).resolve().parent.parent
LESSONS = sorted(p.stem for p in (ROOT / "lessons").glob("[0-9][0-9]-*.ipynb"))
QUOTED = re.compile(r"[\"“]([^\"”\n]{1,120})[\"”]")


def _norm(text: str) -> str:
    return " ".join(re.findall(r"[\w$']+", html.unescape(text).replace("’", "'").lower()))


ARTICLES = " | ".join(_norm(s.text) for k in ("npr", "rewrite", "other-side")
                      for s in load_key(k).sentences)


def _contains(haystack: str, needle: str) -> bool:
    return bool(needle) and f" {needle} " in f" {haystack} "


def _key_lines_rows(src: str) -> list[tuple[str, int]]:
    """The (article, n) sentences a ``key_lines("npr", [2, 21])`` cell shows, else []."""
    try:
        tree = ast.parse(src.strip(), mode="eval")
    except SyntaxError:
        return []
    call = tree.body
    if not (isinstance(call, ast.Call) and getattr(call.func, "id", "") == "key_lines"):
        return []
    article = ast.literal_eval(call.args[0])
    return [(article, n) for n in ast.literal_eval(call.args[1])]


def _quiz_cells(stem: str):
    nb = json.loads((ROOT / "lessons" / f"{stem}.ipynb").read_text("utf-8"))
    shown, markdown = set(), []
    for cell in nb["cells"]:
        src = "".join(cell["source"])
        if cell["cell_type"] == "markdown":
            markdown.append(src)
            continue
        shown.update(_key_lines_rows(src))
        m = re.fullmatch(r'\s*quiz\.show\("([^"]+)", "([^"]+)"\)\s*', src)
        if m:
            yield m.group(2), set(shown), "\n".join(markdown)


def _leaks(question, shown: set, markdown: str) -> list[str]:
    found = []
    quoted = [_norm(q) for q in QUOTED.findall(markdown)]
    md = _norm(markdown)
    for item in question.sentences:
        if (item.article, item.n) in shown:
            found.append(f"key_lines shows {item.article} #{item.n} with its label and key words")
        ks = load_key(item.article).get(item.n)
        sentence = _norm(ks.text)
        evidence = [_norm(e.text) for e in ks.evidence]
        for q in quoted:
            lone_cue = len(q.split()) == 1 and len(q) <= 4  # "must", "you": a clue kind taught
            if not lone_cue and _contains(sentence, q) and any(_contains(q, e) for e in evidence):
                found.append(f"markdown quotes {q!r} from {item.article} #{item.n}")
    for option in (question.options or ()) if question.type == "choice" else ():
        if not option.correct:
            continue
        words = _norm(option.text).split()
        if len(words) <= 2 and " ".join(words) in quoted and _contains(ARTICLES, " ".join(words)):
            found.append(f"markdown quotes the right option {option.text!r}")
        part = _norm(markdown.rsplit("\n## ", 1)[-1])
        for i in range(len(words) - 4) if QUOTED.search(option.text) else ():
            if _contains(part, " ".join(words[i:i + 5])):
                found.append(f"markdown says the right option {option.text!r}")
                break
    return found


@pytest.mark.parametrize("stem", LESSONS)
def test_no_quiz_answer_is_shown_above_its_quiz(stem):
    quiz = load_quiz(stem)
    leaks = {}
    for qid, shown, markdown in _quiz_cells(stem):
        question = quiz.get(qid)
        if question.graded:
            leaks.update({qid: found} if (found := _leaks(question, shown, markdown)) else {})
    assert not leaks, leaks


def test_the_check_catches_the_leaks_it_is_for():
    """The walkthrough's cases, built by hand: each is caught."""
    q3 = load_quiz("03-fact-claim-opinion")
    assert _leaks(q3.get("spot-spat"), {("rewrite", 3)}, "")
    assert _leaks(q3.get("sort-1"), {("rewrite", 10)}, "")
    assert _leaks(q3.get("loaded-word"), set(), '"Gang members" describes. "Thugs" insults.')
    assert _leaks(q3.get("spot-headline"), set(), '"Brilliant Move" praises.')
    assert not _leaks(q3.get("spot-must"), set(), 'The clues: the word "must".')
    q5 = load_quiz("05-readability-and-persuasion")
    assert _leaks(q5.get("spot-push"), set(), '- **Capital letters:** "we want to hear YOUR voice!"')
    q2 = load_quiz("02-says-who")
    assert _leaks(q2.get("brutally"), set(), 'The word "brutally" is the writer\'s own judgment.')
    assert not _leaks(q2.get("brutally"), {("npr", 2)}, "A source matters most.")
