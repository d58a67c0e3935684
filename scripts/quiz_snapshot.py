"""Print one sha256 over everything the quiz shows, for a before/after check of a refactor.

Every question of every shipped quiz (and the test quizzes) is answered in many ways: every
option alone, all correct options, every option, nothing; for sort questions the key's labels,
each label everywhere, nothing, one wrong; for says-who the source, its aliases, every choice, a
misspelling, a wrong name, nothing; for spot-the-words the key's words, the words with the
optional ones, each word alone, every word, one missed, nothing. For each answer it records the
Result (correct, score, feedback HTML, summary) and the CSV text of the answer; for each question
the revealed answer, the no-kernel previews, and the widget tree the browser tests click (class
names, CSS classes, descriptions, options), answered and checked through the widgets.

    python scripts/quiz_snapshot.py            # prints counts and the sha256
    python scripts/quiz_snapshot.py out.json   # also writes the records (for a diff)
"""

from __future__ import annotations

import hashlib
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from toolkit.quiz import grading, load_quiz, set_progress_dir, shipped_quizzes  # noqa: E402
from toolkit.quiz.grading import target_words, word_tokens  # noqa: E402


def answers(q) -> list:
    """The answers to try for one question."""
    if q.type in ("choice", "poll"):
        texts = [o.text for o in q.options]
        right = [o.text for o in q.options if o.correct]
        if q.multiple:
            return [[t] for t in texts] + [right, texts, [], None, right[:1] + texts[-1:]]
        return texts + ["", None, "not an option"]
    if q.type == "sort":
        key = [item.key.label for item in q.sentences]
        out = [key, [], None, [None] * len(key)]
        out += [[lab] * len(key) for lab in q.labels]
        if key:
            wrong = [lab for lab in q.labels if lab != key[0]]
            if wrong:
                out.append([wrong[0]] + key[1:])
            out.append(key[:-1])
        return out
    if q.type == "says_who":
        ks = q.sentence.key
        out = [ks.source, *ks.source_aliases, *q.choices, "", None, "Donald Trump",
               ks.source.split()[-1] if ks.source else "x", ks.source[:-1] if ks.source else "x",
               ks.source.upper()]
        return out
    if q.type == "spot_words":
        tokens = word_tokens(q.sentence.key.text)
        target = target_words(q)
        optional = target_words(q, optional=True)
        out = [target, sorted(set(target) | set(optional)), [], None,
               list(range(len(tokens))), target[1:], target + [i for i in range(len(tokens))
                                                               if i not in target][:1]]
        out += [[i] for i in range(len(tokens))]
        return out
    return ["", "I think so.", None]


def tree(w) -> object:
    """The widget tree as plain data: class, CSS classes, the traits a student or test sees."""
    out = {"class": type(w).__name__, "dom": list(getattr(w, "_dom_classes", ()))}
    for trait in ("description", "value", "options", "tooltip", "placeholder", "button_style",
                  "index", "disabled", "rows", "indent"):
        if w.has_trait(trait):
            v = getattr(w, trait)
            out[trait] = v if isinstance(v, (str, int, float, bool, type(None))) else repr(v)
    layout = getattr(w, "layout", None)
    if layout is not None:
        out["layout"] = {k: getattr(layout, k) for k in ("width", "border", "padding", "margin",
                                                         "flex_flow") if getattr(layout, k)}
    kids = getattr(w, "children", None)
    if kids:
        out["children"] = [tree(c) for c in kids]
    return out


def main() -> None:
    folder = tempfile.mkdtemp()
    set_progress_dir(folder)
    from toolkit.quiz.session import get_session
    from toolkit.quiz.widgets import QuestionView

    names = shipped_quizzes() + [str(p) for p in sorted((ROOT / "tests/quiz/data").glob("*.yaml"))
                                 if "questions:" in p.read_text(encoding="utf-8")]
    records, graded, shown = [], 0, 0
    for name in names:
        quiz = load_quiz(name)
        for q in quiz:
            rec = {"quiz": quiz.name, "id": q.id, "type": q.type, "answers": [],
                   "reveal": grading.reveal(q) if q.type != "poll" else None}
            session = get_session()
            session.set_student("Snapshot")
            view = QuestionView(quiz, q, session)
            rec["fallback_html"] = view.fallback_html()
            rec["fallback_text"] = view.fallback_text()
            rec["tree"] = tree(view.box)
            for a in answers(q):
                row = {"answer": a, "text": grading.answer_text(q, a)}
                if q.graded:
                    r = grading.grade(q, a)
                    row["result"] = [r.correct, r.score, r.html, r.summary]
                    graded += 1
                try:
                    view.set_answer(a)
                    row["roundtrip"] = view.answer()
                except (ValueError, TypeError) as exc:  # an answer the widgets cannot hold
                    row["roundtrip"] = f"error {type(exc).__name__}"
                if q.graded:
                    view.check()
                    row["shown"] = view.feedback.value
                    shown += 1
                elif q.type == "poll":
                    view.save_choice()
                    row["shown"] = view.feedback.value
                rec["answers"].append(row)
            if view.reveal_button is not None:
                view.reveal()
                rec["revealed"] = view.answer_html.value
            view.show_hint()
            rec["hint"] = view.hint_html.value
            rec["tree_after"] = tree(view.box)
            records.append(rec)
    text = json.dumps(records, sort_keys=True, ensure_ascii=False, default=repr)
    if len(sys.argv) > 1:
        Path(sys.argv[1]).write_text(json.dumps(records, indent=1, sort_keys=True,
                                                ensure_ascii=False, default=repr),
                                     encoding="utf-8")
    print(f"{len(names)} quiz files, {len(records)} questions, {graded} graded answers, "
          f"{shown} checked through the widgets")
    print("sha256", hashlib.sha256(text.encode("utf-8")).hexdigest())
    set_progress_dir(None)


if __name__ == "__main__":
    main()
