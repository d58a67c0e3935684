"""A generated class for the class-results tests: 28 students working through the real lessons.

Answers come from the real quiz files and the answer key (right answers) or a wrong option or
label (wrong first tries), saved through ProgressStore.save as the quiz widgets do, so first
answers, tries, hints, reveals and file ids are made by the real code. Realistic gaps: some
students stop after lesson 3, some are part-way through lesson 4, some skipped lesson 5, one
never wrote the exit tickets; two students named "Ana" on two computers; two students handed in
downloaded answer files (the Colab route), one of them also has a progress file.
"""

from __future__ import annotations

import json
import random
import shutil
from pathlib import Path

FIRST_NAMES = ["Ana", "Bo", "Chen", "Dev", "Eli", "Fatima", "Gus", "Hana", "Ivan", "Jae",
               "Kofi", "Lena", "Mateo", "Nia", "Omar", "Priya", "Quinn", "Rosa", "Sam", "Tariq",
               "Uma", "Vic", "Wen", "Xavi", "Yara", "Zoe", "Ana", "Luis"]
LESSONS = ["01-meet-the-articles", "02-says-who", "03-fact-claim-opinion",
           "04-follow-the-changes", "05-readability-and-persuasion", "06-your-turn"]
WRITING = ["The NPR report says who told them each thing, like the police chief.",
           "The rewrite sounds sure but it never says how it knows.",
           "I would check who the source is before I share it.",
           "<b>Loaded</b> words like brilliant tell me what to think.",
           "=1+1 is not a formula, it is my answer",
           "I liked that I could click the words."]


def right_answer(q):
    """The key's answer in the widget's answer form (what a right click sends)."""
    from toolkit.quiz import grading

    if q.type == "choice":
        right = [o.text for o in q.options if o.correct]
        return right if q.multiple else right[0]
    if q.type == "sort":
        return [item.key.label for item in q.sentences]
    if q.type == "says_who":
        ks = q.sentence.key
        if q.choices:
            return next(c for c in q.choices if grading.source_matches(c, ks).correct)
        return ks.source
    if q.type == "spot_words":
        return grading.target_words(q)
    if q.type == "poll":
        return q.options[0].text
    return "I would ask who said it."


def wrong_answer(q, rng: random.Random):
    """A plausible wrong answer: another option, another label, another person, too few words."""
    from toolkit.quiz import grading

    if q.type == "choice":
        wrong = [o.text for o in q.options if not o.correct]
        return [wrong[0]] if q.multiple else rng.choice(wrong[:2])
    if q.type == "sort":
        labels = [item.key.label for item in q.sentences]
        i = rng.randrange(len(labels))
        others = [lab for lab in q.labels if lab not in q.sentences[i].key.accepted]
        labels[i] = others[0]
        return labels
    if q.type == "says_who":
        if q.choices:
            return next(c for c in q.choices
                        if not grading.source_matches(c, q.sentence.key).correct)
        return "The writer"
    if q.type == "spot_words":
        return grading.target_words(q)[:1] or [0]
    return None


def make_class(folder: Path, students: int = 28, seed: int = 8) -> dict:
    """Write a class's answer files into ``folder`` and return what was generated.

    Each save goes through ProgressStore.save; only the disk flush is skipped (a test's
    temporary files need no crash safety), which makes the 28 students several times faster.

    Returns:
        ``{"students": [(name, computer)], "stopped_after": {index: lesson}, ...}`` to check
        the results against.
    """
    from unittest import mock

    with mock.patch("os.fsync"):
        return _make_class(folder, students, seed)


def _make_class(folder: Path, students: int, seed: int) -> dict:
    from toolkit.quiz import grading, load_quiz
    from toolkit.quiz.progress import ProgressStore

    rng = random.Random(seed)
    quizzes = [load_quiz(name) for name in LESSONS]
    plan = {"students": [], "stopped_after": {}, "partway": {}, "skipped": {}, "no_exit": set(),
            "wrong_first": {}}
    names = FIRST_NAMES[:students]
    for i, name in enumerate(names):
        computer = f"computer-{i % 14 + 1:02d}"  # two students share each computer
        if name == "Ana" and i > 0:
            computer = "computer-99"  # the second Ana, on a computer of her own
        plan["students"].append((name, computer))
        store = ProgressStore(folder / computer)
        last = 6
        if i % 7 == 3:
            last = 3  # stopped after lesson 3 (skipped 4-6)
            plan["stopped_after"][i] = LESSONS[2]
        skip = {5} if i % 9 == 4 else set()
        if skip:
            plan["skipped"][i] = LESSONS[4]
        for number, q in enumerate(quizzes, start=1):
            if number > last or number in skip:
                continue
            questions = list(q)
            if number == 4 and i % 11 == 6:
                questions = questions[: len(questions) // 2]  # part-way through lesson 4
                plan["partway"][i] = (q.name, len(questions))
            for item in questions:
                if item.type == "reflection":
                    if i % 13 == 5 and item.id == "exit-ticket":
                        plan["no_exit"].add(i)
                        continue
                    text = WRITING[(i + len(item.id)) % len(WRITING)]
                    store.save(name, q.name, item.id, "save", type="reflection", answer=text,
                               answer_text=text)
                    continue
                if item.type == "poll":
                    pick = item.options[(i + number) % len(item.options)].text
                    store.save(name, q.name, item.id, "save", type="poll", answer=pick,
                               answer_text=pick)
                    continue
                hard = 0.45 if item.type in ("sort", "spot_words") else 0.25
                if rng.random() < 0.3:
                    store.save(name, q.name, item.id, "hint", type=item.type)
                if rng.random() < hard:
                    bad = wrong_answer(item, rng)
                    store.save(name, q.name, item.id, "check", type=item.type, answer=bad,
                               answer_text=grading.answer_text(item, bad),
                               correct=grading.grade(item, bad).correct)
                    plan["wrong_first"].setdefault((q.name, item.id), 0)
                    plan["wrong_first"][(q.name, item.id)] += 1
                    if rng.random() < 0.2:
                        store.save(name, q.name, item.id, "reveal", type=item.type)
                good = right_answer(item)
                store.save(name, q.name, item.id, "check", type=item.type, answer=good,
                           answer_text=grading.answer_text(item, good),
                           correct=grading.grade(item, good).correct)
    # Colab: two students hand in downloaded copies; one of them (index 1) also has a file.
    downloads = folder / "downloads"
    downloads.mkdir(parents=True, exist_ok=True)
    for i in (1, 2):
        name, computer = plan["students"][i]
        store = ProgressStore(folder / computer)
        data = store.read(name)
        (downloads / f"medialit-answers-{name.lower()}.json").write_text(
            json.dumps(data, ensure_ascii=False), encoding="utf-8")
        if i == 2:  # only the download reached the teacher
            store.path_for(name).unlink()
    plan["download_only"] = 2
    return plan


def copy_class(source: Path, target: Path) -> Path:
    """Copy a generated class folder (so one generation serves several tests)."""
    shutil.copytree(source, target)
    return target
