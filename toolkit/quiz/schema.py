"""Quiz files: read a YAML or JSON quiz file as plain data, check it, and build Question objects.

No widgets here: this module is pure data, so a quiz file can be checked without ipywidgets.
The schema is documented in ``docs/quiz-files.md``.

Sentence questions (``sort``, ``says_who``, ``spot_words``) point at the answer key
(``{article: npr, n: 12}``) and take the expected label, source and evidence words from it, so a
quiz and the key can never disagree.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from ..datafiles import read_data, shipped
from ..errors import ToolkitError, is_file
from ..evidence import LABELS
from ..keys import KeySentence, load_key
from ..sources import match_source

TYPES = ("choice", "sort", "says_who", "spot_words", "reflection", "poll")
GRADED = ("choice", "sort", "says_who", "spot_words")
"""Question types that have a correct answer (poll and reflection do not)."""

FIND = {
    "attribution": ("speaker", "cue"),
    "opinion": ("loaded", "modal", "superlative", "question", "reader_address", "imperative"),
}
"""What a ``spot_words`` question asks for, and the key's evidence kinds that answer it."""

_COMMON = {"id", "type", "prompt", "hint", "explanation"}
_FIELDS = {
    "choice": _COMMON | {"options", "multiple"},
    "poll": _COMMON | {"options", "multiple"},
    "reflection": _COMMON | {"sample_answer"},
    "sort": _COMMON | {"sentences", "labels"},
    "says_who": _COMMON | {"sentence", "choices"},
    "spot_words": _COMMON | {"sentence", "find"},
}
_REF_FIELDS = {"article", "n", "text"}
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")

DEFAULT_PROMPTS = {
    "sort": "Label each sentence: does it name a source, say something as fact with no source, "
            "give the writer's opinion, or ask you to act?",
    "says_who": "Who is the source of this sentence?",
    "spot_words": "Click the words that show it.",
}
DEFAULT_HINTS = {
    "sort": "Look for reporting words such as 'says', 'told' or 'reports' and a name next to "
            "them; then look for judging words such as 'brilliant' or 'must'.",
    "says_who": "Find the reporting word ('says', 'told', 'reports') and the name or job title "
                "next to it. If it says 'he' or 'she', find who that is in the sentences before.",
    "spot_words": "Read the sentence aloud and stop at the words that carry the point.",
    "choice": "Read each option again and test it against the sentence.",
}


@dataclass(frozen=True)
class Option:
    """One option of a choice or poll question (``correct`` is None for polls)."""

    text: str
    correct: bool | None = None
    feedback: str = ""


@dataclass(frozen=True)
class SentenceItem:
    """A sentence a question uses, with the key's entry for it (the expected answer)."""

    article: str
    n: int
    key: KeySentence

    @property
    def text(self) -> str:
        """The sentence as written in the article."""
        return self.key.text


@dataclass(frozen=True)
class Question:
    """One question of a quiz; which fields are used depends on ``type``."""

    id: str
    type: str
    prompt: str
    hint: str = ""
    explanation: str = ""
    options: tuple[Option, ...] = ()
    multiple: bool = False
    sentences: tuple[SentenceItem, ...] = ()
    labels: tuple[str, ...] = LABELS
    choices: tuple[str, ...] = ()
    find: str = ""
    sample_answer: str = ""

    @property
    def graded(self) -> bool:
        """True if the question has a correct answer (not a poll or reflection)."""
        return self.type in GRADED

    @property
    def sentence(self) -> SentenceItem:
        """The one sentence of a ``says_who`` or ``spot_words`` question."""
        return self.sentences[0]


@dataclass(frozen=True)
class Quiz:
    """A quiz file, loaded and checked: a name (used in progress files), a title and questions."""

    name: str
    title: str
    path: str
    questions: tuple[Question, ...] = field(default_factory=tuple)

    def get(self, question_id: str) -> Question:
        """Return the question with this id.

        Raises:
            ToolkitError: naming the ids that exist, if there is no such question.
        """
        for q in self.questions:
            if q.id == question_id:
                return q
        ids = ", ".join(q.id for q in self.questions)
        raise ToolkitError(f"The quiz {self.name!r} has no question {question_id!r}; "
                           f"its questions are: {ids}.")

    def __iter__(self):
        return iter(self.questions)

    def __len__(self) -> int:
        return len(self.questions)


class QuizFileError(ToolkitError):
    """A quiz file breaks the schema; ``problems`` lists every problem found, first one in the message."""

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
    """Return the folder of the quiz files shipped with the toolkit."""
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


def _text(value: object) -> str:
    return "" if value is None else str(value).strip()


def _parse_question(raw, i, fname, folder, seen, problems) -> Question | None:
    if not isinstance(raw, dict):
        problems.append(f"{fname}: question number {i} is not a mapping: start it with "
                        f"'- id: ...' and 'type: ...'.")
        return None
    qid = _text(raw.get("id"))
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
    qtype = _text(raw.get("type"))
    if qtype not in TYPES:
        bad("type", f"{qtype or 'nothing'!r} is not a question type; use one of "
                    f"{', '.join(TYPES)}.")
        return None
    for key in raw:
        if key not in _FIELDS[qtype]:
            if key in ("answer", "label", "source", "evidence", "correct"):
                bad(key, f"a {qtype} question may not set {key!r}: "
                         + ("the answer comes from the answer key." if qtype in
                            ("sort", "says_who", "spot_words") else
                            "mark the correct option with 'correct: true'." if qtype == "choice"
                            else f"a {qtype} has no correct answer."))
            else:
                bad(key, f"unknown field for a {qtype} question; allowed: "
                         f"{', '.join(sorted(_FIELDS[qtype]))}.")
    prompt = _text(raw.get("prompt")) or DEFAULT_PROMPTS.get(qtype, "")
    if not prompt:
        bad("prompt", "missing: write the question the student will read.")
    hint = _text(raw.get("hint")) or DEFAULT_HINTS.get(qtype, "")
    kwargs: dict = dict(id=qid, type=qtype, prompt=prompt, hint=hint,
                        explanation=_text(raw.get("explanation")))

    if qtype in ("choice", "poll"):
        kwargs.update(_parse_options(raw, qtype, bad))
    elif qtype == "reflection":
        sample = _text(raw.get("sample_answer"))
        if not sample:
            bad("sample_answer", "missing: write a sample answer students can reveal.")
        kwargs["sample_answer"] = sample
    elif qtype == "sort":
        refs = raw.get("sentences")
        if not isinstance(refs, list) or not refs:
            bad("sentences", "missing or empty: list sentences as {article: npr, n: 12}.")
            refs = []
        labels = raw.get("labels", list(LABELS))
        if not isinstance(labels, list) or not labels:
            bad("labels", "must be a list of labels such as [attributed, claim].")
            labels = list(LABELS)
        for lab in labels:
            if lab not in LABELS:
                bad("labels", f"unknown label {lab!r}; use {', '.join(LABELS)}.")
        items = []
        for j, ref in enumerate(refs, start=1):
            item = _parse_ref(ref, f"sentences[{j}]", folder, bad)
            if item is not None:
                if not set(item.key.accepted) & {lab for lab in labels if isinstance(lab, str)}:
                    bad(f"sentences[{j}]", f"the key labels {item.article} sentence {item.n} "
                                           f"{item.key.label!r}, which is not in this "
                                           f"question's labels: add it or pick another sentence.")
                items.append(item)
        kwargs.update(sentences=tuple(items), labels=tuple(lab for lab in labels if lab in LABELS))
    else:  # says_who, spot_words
        item = _parse_ref(raw.get("sentence"), "sentence", folder, bad)
        if item is not None:
            kwargs["sentences"] = (item,)
            if qtype == "says_who":
                kwargs["choices"] = _parse_says_who(raw, item, bad)
            else:
                kwargs["find"] = _parse_find(raw, item, bad)
    if len(problems) > n_before:
        return None
    return Question(**kwargs)


def _parse_options(raw, qtype, bad) -> dict:
    options = raw.get("options")
    if not isinstance(options, list) or len(options) < 2:
        bad("options", "needs a list of at least two options.")
        return {}
    parsed = []
    for j, opt in enumerate(options, start=1):
        if qtype == "poll":
            if isinstance(opt, dict):
                if "correct" in opt:
                    bad(f"options[{j}]", "a poll has no correct answer: remove 'correct'.")
                text = _text(opt.get("text"))
            else:
                text = _text(opt)
            if not text:
                bad(f"options[{j}]", "an option needs some text.")
            parsed.append(Option(text=text))
            continue
        if not isinstance(opt, dict):
            bad(f"options[{j}]", "write each option as {text: ..., correct: true or false, "
                                 "feedback: ...}.")
            continue
        unknown = set(opt) - {"text", "correct", "feedback"}
        if unknown:
            bad(f"options[{j}]", f"unknown field {sorted(unknown, key=str)[0]!r}; an option has text, "
                                 f"correct and feedback.")
        text = _text(opt.get("text"))
        if not text:
            bad(f"options[{j}]", "an option needs some text.")
        correct = opt.get("correct", False)
        if not isinstance(correct, bool):
            bad(f"options[{j}]", f"'correct' must be true or false, not {correct!r}.")
            correct = False
        feedback = _text(opt.get("feedback"))
        if not feedback:
            bad(f"options[{j}]", "missing 'feedback': say why this option is right or wrong.")
        parsed.append(Option(text=text, correct=correct, feedback=feedback))
    texts = [o.text for o in parsed]
    if len(set(texts)) != len(texts):
        bad("options", "two options have the same text: make each one different.")
    multiple = raw.get("multiple")
    if multiple is not None and not isinstance(multiple, bool):
        bad("multiple", f"must be true or false, not {multiple!r}.")
        multiple = None
    if qtype == "choice":
        n_correct = sum(1 for o in parsed if o.correct)
        if parsed and n_correct == 0:
            bad("options", "no option is marked 'correct: true': mark the right answer.")
        if multiple is None:
            multiple = n_correct > 1
        elif multiple is False and n_correct > 1:
            bad("multiple", f"{n_correct} options are correct but 'multiple' is false: "
                            f"set 'multiple: true' or keep one correct option.")
    return dict(options=tuple(parsed), multiple=bool(multiple))


def _parse_ref(ref, fieldname, folder: Path, bad) -> SentenceItem | None:
    if not isinstance(ref, dict) or "article" not in ref or not ({"n", "text"} & set(ref)):
        bad(fieldname, "point at the answer key as {article: npr, n: 12} (or "
                       "{article: npr, text: 'the sentence'}).")
        return None
    unknown = set(ref) - _REF_FIELDS
    if unknown:
        name = sorted(unknown, key=str)[0]
        why = (" (the answer comes from the answer key)" if name in
               ("label", "source", "evidence", "answer") else "")
        bad(fieldname, f"unknown field {name!r}{why}; a sentence has article and n (or text).")
        return None
    article = _text(ref["article"])
    target = article
    local = folder / article
    if local.suffix in (".yaml", ".yml", ".json") and is_file(local):
        target = str(local)
    try:
        key = load_key(target)
    except ToolkitError as exc:
        bad(fieldname, f"{exc}")
        return None
    if "n" in ref:
        n = ref["n"]
        if not isinstance(n, int) or isinstance(n, bool):
            bad(fieldname, f"'n' must be a whole number, not {n!r}.")
            return None
        try:
            ks = key.get(n)
        except ToolkitError as exc:
            bad(fieldname, str(exc))
            return None
        if "text" in ref and key.find(str(ref["text"])) != ks:
            bad(fieldname, f"the text does not match {article} sentence {n} in the key: fix "
                           f"one of them.")
            return None
    else:
        ks = key.find(str(ref["text"]))
        if ks is None:
            bad(fieldname, f"the answer key for {article!r} has no sentence with this text: "
                           f"copy it exactly from the key, or use n.")
            return None
    return SentenceItem(article=article, n=ks.n, key=ks)


def _parse_says_who(raw, item: SentenceItem, bad) -> tuple[str, ...]:
    ks = item.key
    if "attributed" not in ks.accepted or not ks.source:
        bad("sentence", f"the key gives no source for {item.article} sentence {item.n} (its "
                        f"label is {ks.label!r}): pick an attributed sentence.")
        return ()
    choices = raw.get("choices")
    if choices is None:
        return ()
    if not isinstance(choices, list) or len(choices) < 2:
        bad("choices", "needs a list of at least two names, or leave it out to let students type.")
        return ()
    choices = [_text(c) for c in choices]
    if not any(match_source(c, ks.source, ks.source_aliases) not in (None, "empty") for c in choices):
        bad("choices", f"no choice is the key's source ({ks.source!r}): add it to the list.")
    return tuple(choices)


def _parse_find(raw, item: SentenceItem, bad) -> str:
    find = _text(raw.get("find"))
    if not find:
        find = "attribution" if item.key.label == "attributed" else "opinion"
    if find not in FIND:
        bad("find", f"{find!r} is not something to find; use {' or '.join(FIND)}.")
        return find
    if not any(ev.kind in FIND[find] for ev in item.key.evidence):
        bad("find", f"the key lists no {find} words for {item.article} sentence {item.n}: "
                    f"pick another sentence or ask for the key to be completed.")
    return find
