"""Quiz files: read a YAML or JSON quiz file as plain data, check it, and build Question objects.

No widgets here: this module is pure data, so a quiz file can be checked without ipywidgets.
The schema is documented in ``docs/quiz-files.md``.

Sentence questions (``sort``, ``says_who``, ``spot_words``) point at the answer key
(``{article: npr, n: 12}``) and take the expected label, source and evidence words from it, so a
quiz and the key can never disagree.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..datafiles import read_data, shipped
from ..errors import ToolkitError, is_file
from .questions import (FIND, GRADED, TYPES, Option, Question, Quiz,  # noqa: F401 (re-exported)
                        SentenceItem, parse_ref, text_field)
from .types import QUESTION_TYPES

_COMMON = {"id", "type", "prompt", "hint", "explanation"}
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")

DEFAULT_PROMPTS = {name: t.prompt for name, t in QUESTION_TYPES.items() if t.prompt}
DEFAULT_HINTS = {name: t.hint for name, t in QUESTION_TYPES.items() if t.hint}
"""The prompt and hint a question gets when its file gives none (from its question type)."""


class QuizFileError(ToolkitError):
    """A quiz file breaks the schema; ``problems`` lists every problem found, first one in the message.

    >>> len(QuizFileError(["a: fix it.", "b: fix it."]).problems)
    2
    >>> str(QuizFileError(["a: fix it.", "b: fix it."]))
    'This quiz file has 2 problems to fix: (1) a: fix it. | (2) b: fix it.'
    """

    def __init__(self, problems: list[str]):
        self.problems = list(problems)
        shown = self.problems[:8]
        if len(shown) == 1:
            message = shown[0]
        else:
            message = (f"This quiz file has {len(self.problems)} problems to fix: "
                       + " | ".join(f"({i}) {p}" for i, p in enumerate(shown, start=1)))
            if len(self.problems) > len(shown):
                message += f" | and {len(self.problems) - len(shown)} more like these."
        super().__init__(message)


def quiz_folder() -> Path:
    """Return the folder of the quiz files shipped with the toolkit.

    >>> (quiz_folder() / "example.yaml").is_file()
    True
    """
    return shipped("quizzes")


def shipped_quizzes() -> list[str]:
    """Return the names of the quiz files shipped with the toolkit, sorted.

    >>> "example" in shipped_quizzes()
    True
    """
    folder = quiz_folder()
    return sorted(p.stem for p in folder.glob("*") if p.suffix in (".yaml", ".yml", ".json"))


def quiz_path(name_or_path: str | Path) -> Path:
    """Return the file for a shipped quiz name (``"example"``) or a path to a quiz file.

    Raises:
        ToolkitError: if there is no such quiz or file.

    >>> quiz_path("example").name
    'example.yaml'
    >>> quiz_path("nope")
    Traceback (most recent call last):
    toolkit.errors.ToolkitError: There is no quiz called 'nope'; the toolkit ships: ...
    """
    text = str(name_or_path)
    candidate = Path(text)
    looks_like_path = candidate.suffix in (".yaml", ".yml", ".json") or "/" in text or "\\" in text
    if is_file(candidate):
        return candidate
    if looks_like_path:
        raise ToolkitError(f"No file named {text!r}: check the spelling and the folder, or give "
                           f"the name of a shipped quiz ({', '.join(shipped_quizzes())}).")
    for suffix in (".yaml", ".yml", ".json"):
        path = quiz_folder() / f"{text}{suffix}"
        if is_file(path):
            return path
    raise ToolkitError(f"There is no quiz called {text!r}; the toolkit ships: "
                       f"{', '.join(shipped_quizzes()) or 'none yet'}, or give the path of a "
                       f".yaml or .json quiz file.")


def load_quiz(name_or_path: str | Path) -> Quiz:
    """Load and check a quiz by name (a shipped quiz such as ``"example"``) or by file path.

    Args:
        name_or_path: a shipped quiz's name, or the path of a ``.yaml``/``.json`` quiz file.

    Returns:
        The Quiz, with every sentence question's expected answer taken from the answer key.

    Raises:
        ToolkitError: if the quiz cannot be found or read; QuizFileError (a ToolkitError) naming
            the file, question id and field when the file breaks the schema.

    >>> quiz = load_quiz("example")
    >>> quiz.name, len(quiz) > 0, quiz.get(quiz.questions[0].id) is quiz.questions[0]
    ('example', True, True)
    """
    path = quiz_path(name_or_path)
    return parse_quiz(read_data(path), path)


def parse_quiz(data: object, path: Path) -> Quiz:
    """Check quiz data read from ``path`` and build the Quiz (see ``load_quiz``).

    Raises:
        QuizFileError: listing every problem, each naming the file, question id and field.

    >>> parse_quiz({"questions": [{"id": "q1", "type": "essay"}]}, Path("my.yaml"))
    Traceback (most recent call last):
    toolkit.quiz.schema.QuizFileError: my.yaml, question 'q1', field 'type': 'essay' is not a question type; use one of choice, sort, says_who, spot_words, reflection, poll.
    """
    problems: list[str] = []
    fname = path.name
    if not isinstance(data, dict):
        raise QuizFileError([f"{fname}: a quiz file must be a mapping with a 'questions:' list "
                             f"at the top; see docs/quiz-files.md for an example."])
    for key in data:
        if key not in ("quiz", "title", "questions", "description", "keys"):
            problems.append(f"{fname}: unknown top-level field {key!r}; allowed: quiz, title, "
                            f"description, keys, questions.")
    raw_questions = data.get("questions")
    if not isinstance(raw_questions, list) or not raw_questions:
        problems.append(f"{fname}: field 'questions' is missing or empty: add a list of "
                        f"questions.")
        raise QuizFileError(problems)
    questions: list[Question] = []
    seen: set[str] = set()
    for i, raw in enumerate(raw_questions, start=1):
        q = _parse_question(raw, i, fname, path.parent, seen, problems)
        if q is not None:
            questions.append(q)
    if not problems:
        _check_reviewed(questions, data.get("keys"), path.parent, fname, problems)
    if problems:
        raise QuizFileError(problems)
    name = data.get("quiz") or path.stem
    return Quiz(name=str(name), title=str(data.get("title") or name), path=str(path),
                questions=tuple(questions))


def _check_reviewed(questions, keys, folder: Path, fname: str, problems: list[str]) -> None:
    """Refuse a quiz that uses answer-key entries a teacher has not checked yet.

    Keys drafted by ``toolkit.drafting`` mark every entry ``checked: false``. The entries the
    quiz's sentence questions use, and every entry of the key files listed under ``keys:`` (the
    compare key a drafted quiz's what-changed questions were built from), must be checked.
    """
    missing: dict[str, list[int]] = {}
    for q in questions:
        for item in q.sentences:
            if not item.key.checked:
                missing.setdefault(item.article, []).append(item.n)
    if keys is not None and not (isinstance(keys, list) and all(isinstance(k, str) for k in keys)):
        problems.append(f"{fname}: field 'keys' must be a list of key file names, such as "
                        f"[keys/compare.yaml].")
        return
    for name in keys or ():
        path = folder / name
        if not is_file(path):
            problems.append(f"{fname}, field 'keys': no key file {name!r} beside the quiz.")
            continue
        data = read_data(path)
        entries = data.get("sentences") if isinstance(data, dict) else None
        for i, e in enumerate(entries if isinstance(entries, list) else [], start=1):
            if isinstance(e, dict) and e.get("checked") is False:
                missing.setdefault(name, []).append(e.get("n", i))
    total = sum(len(set(v)) for v in missing.values())
    if total:
        where = "; ".join(f"{name} {', '.join(str(n) for n in sorted(set(ns)))}"
                          for name, ns in sorted(missing.items()))
        problems.append(f"{total} key entr{'y is' if total == 1 else 'ies are'} not checked yet "
                        f"({where}): check them in lessons/teacher/check-my-key.ipynb, then run "
                        f"this cell again.")



def _parse_question(raw, i, fname, folder, seen, problems) -> Question | None:
    if not isinstance(raw, dict):
        problems.append(f"{fname}: question number {i} is not a mapping: start it with "
                        f"'- id: ...' and 'type: ...'.")
        return None
    qid = text_field(raw.get("id"))
    where = f"{fname}, question {qid!r}" if qid else f"{fname}, question number {i}"
    n_before = len(problems)

    def bad(fieldname: str, message: str) -> None:
        problems.append(f"{where}, field {fieldname!r}: {message}")

    if not qid:
        bad("id", "missing: give every question a short unique id such as 'q1'.")
    elif not _ID.match(qid):
        bad("id", f"{qid!r} may use only letters, digits, '-', '_' and '.'.")
    elif qid in seen:
        bad("id", f"duplicate id {qid!r}: every question needs its own id.")
    seen.add(qid)
    qtype = text_field(raw.get("type"))
    if qtype not in TYPES:
        bad("type", f"{qtype or 'nothing'!r} is not a question type; use one of "
                    f"{', '.join(TYPES)}.")
        return None
    kind = QUESTION_TYPES[qtype]
    allowed = _COMMON | kind.fields
    for key in raw:
        if key not in allowed:
            if key in ("answer", "label", "source", "evidence", "correct"):
                bad(key, f"a {qtype} question may not set {key!r}: {kind.answer_note}")
            else:
                bad(key, f"unknown field for a {qtype} question; allowed: "
                         f"{', '.join(sorted(allowed))}.")
    prompt = text_field(raw.get("prompt")) or kind.prompt
    if not prompt:
        bad("prompt", "missing: write the question the student will read.")
    hint = text_field(raw.get("hint")) or kind.hint
    kwargs: dict = dict(id=qid, type=qtype, prompt=prompt, hint=hint,
                        explanation=text_field(raw.get("explanation")))
    kwargs.update(kind.parse(raw, folder, bad))
    if len(problems) > n_before:
        return None
    return Question(**kwargs)


