"""Class results: a class's answer files gathered into one view for the teacher.

A teacher copies every computer's progress files (``student-*.json``) and any downloaded answer
files (``medialit-answers-*.json``, the Colab route) into one folder, in subfolders if two
computers' files share a name. :func:`class_results` reads them all and shows, per question, the
share of the class right on the first try, the most-missed questions with the most common wrong
answer and the sentence it was about, who has not finished what, and what students wrote. The
CSV export keeps the first and the last answer, tries, hints and reveals, the question text, and
a row for every question a student has not answered yet.

Files are grouped by the id inside them (see :mod:`toolkit.quiz.progress`), never by name: a
student's progress file and their downloaded copy count once, and two students who typed the same
name on different computers are shown as two students (with a short id beside the name).
No widgets here; the chart is drawn by :mod:`toolkit.charts`.
"""

from __future__ import annotations

import csv
import hashlib
import html
import json
import re
import unicodedata
import warnings
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import ToolkitError
from ..wording import count
from .progress import _csv_safe, _valid, _when
from .schema import Question, Quiz, load_quiz, shipped_quizzes
from .types import question_type

FILE_PATTERNS = ("student-*.json", "medialit-answers-*.json")
"""The answer files a class folder may hold (searched in subfolders too)."""

CSV_COLUMNS = ("student", "student_id", "quiz", "question", "type", "question_text", "sentence",
               "status", "first_answer", "answer", "correct", "first_try_correct", "tries",
               "hints", "revealed", "time")
"""The class CSV's columns: ``answer`` is the latest answer, ``first_answer`` the first checked."""

LESSON_QUIZ = re.compile(r"^\d\d-")


@dataclass
class Student:
    """One student: the answers of every file that shares an id, merged (the newer answer wins).

    >>> ana = Student(name="Ana", id="41bd1dd82346",
    ...               quizzes={"example": {"exit-ticket": {"answer": "Check the NPR report."}}})
    >>> ana.record("example", "exit-ticket")
    {'answer': 'Check the NPR report.'}
    >>> ana.record("example", "first-look") is None
    True
    """

    name: str
    id: str
    files: list[str] = field(default_factory=list)
    quizzes: dict = field(default_factory=dict)
    label: str = ""

    def record(self, quiz: str, question: str) -> dict | None:
        """Return this student's saved record of one question, or None."""
        return self.quizzes.get(quiz, {}).get(question)


@dataclass(frozen=True)
class QuestionResult:
    """How the class did on one graded question.

    >>> r = QuestionResult(quiz="example", question="what-is-attributed", prompt="...",
    ...                    students=25, answered=20, right_first=15, revealed=1, hints=4)
    >>> r.share_right_first
    0.75
    """

    quiz: str
    question: str
    prompt: str
    students: int
    answered: int
    right_first: int
    revealed: int
    hints: int

    @property
    def share_right_first(self) -> float | None:
        """The share right on the first try among those who answered (None if nobody did)."""
        return self.right_first / self.answered if self.answered else None


@dataclass(frozen=True)
class Missed:
    """A question many did not get right first: how many answered wrong first, how many looked
    at the answer ("Show answer") before their first try, the most common wrong answer and the
    sentence it was about.

    Made by :meth:`ClassResults.most_missed`:

    >>> m = Missed(quiz="example", question="what-is-attributed", prompt="...", answered=20,
    ...            wrong_first=8, common_wrong="It is true.", common_count=6)
    >>> f"{m.wrong_first} of {m.answered} wrong first; most said {m.common_wrong!r}"
    "8 of 20 wrong first; most said 'It is true.'"
    >>> Missed("example", "q", "...", 2, 1, "It is true.", 1, looked_first=1).first_try_text()
    '2 of 2 not right first: 1 wrong first, 1 looked at the answer first'
    """

    quiz: str
    question: str
    prompt: str
    answered: int
    wrong_first: int
    common_wrong: str
    common_count: int
    sentence: str = ""
    looked_first: int = 0
    """Students who pressed "Show answer" before their first try (not counted in wrong_first)."""

    @property
    def not_right_first(self) -> int:
        """Students not right on the first try: wrong first, or looked at the answer first."""
        return self.wrong_first + self.looked_first

    def first_try_text(self) -> str:
        """How many were not right first, and why, in words a teacher reads at a glance.

        >>> Missed("example", "q", "...", 5, 2, "It is true.", 2).first_try_text()
        '2 of 5 wrong first'
        >>> Missed("example", "q", "...", 5, 0, "", 0, looked_first=1).first_try_text()
        '1 of 5 looked at the answer first'
        """
        wrong = f"{self.wrong_first} wrong first"
        looked = f"{self.looked_first} looked at the answer first"
        if not self.looked_first:
            return f"{self.wrong_first} of {self.answered} wrong first"
        if not self.wrong_first:
            return f"{self.looked_first} of {self.answered} looked at the answer first"
        return f"{self.not_right_first} of {self.answered} not right first: {wrong}, {looked}"


def answered(record: dict | None) -> bool:
    """True if a record holds an answer (checked, or a poll pick or reflection saved).

    >>> answered({"checked": True}), answered({"hints": 2}), answered(None)
    (True, False, False)
    """
    if not record:
        return False
    return bool(record.get("checked")) or record.get("answer") not in (None, "", [])


def looked_first(q: Question | None, record: dict) -> bool:
    """True if a student pressed "Show answer" before their first try of a graded question.

    Such a first try is not right on the first try, but it is not a wrong answer either. A
    record saved since s12 says so (``revealed_first``, set at the first check); for an older
    record it is known when the first answer was right: then only the reveal before it kept it
    from counting. An older record whose first answer was wrong counts as wrong first.

    >>> from toolkit.quiz.schema import load_quiz
    >>> q = load_quiz("example").get("what-is-attributed")
    >>> right = "It says who the information comes from."
    >>> looked_first(q, {"revealed": True, "revealed_first": True, "first_try_correct": False})
    True
    >>> looked_first(q, {"revealed": True, "first_try_correct": False, "first_answer": right})
    True
    >>> looked_first(q, {"revealed": True, "first_try_correct": False,
    ...                  "first_answer": "It is true."})
    False
    """
    if not record.get("revealed") or record.get("first_try_correct"):
        return False
    if "revealed_first" in record:
        return bool(record["revealed_first"])
    if q is None or not q.graded:
        return False
    first = record.get("first_answer")
    if first is None:  # no first answer kept: only a single try that was right tells
        return record.get("tries") == 1 and record.get("correct") is True
    try:
        return question_type(q).check(q, first).correct is True
    except (ToolkitError, TypeError, ValueError, AttributeError, KeyError, IndexError):
        return False  # a first answer of another shape (a hand-edited file): wrong first


def _fold(name: str) -> str:
    text = unicodedata.normalize("NFKC", " ".join(str(name).split())).casefold()
    return text


def _load_file(path: Path) -> dict | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, ValueError, RecursionError):  # ValueError: bad JSON, a 5,000-digit number
        return None
    return data if _valid(data) else None


def _file_id(data: dict, path: Path, root: Path) -> str:
    value = data.get("id")
    if isinstance(value, str) and re.fullmatch(r"[0-9a-f]{6,32}", value):
        return value
    # A file from before ids: its own place in the folder tells it apart.
    rel = path.relative_to(root).as_posix()
    return "f" + hashlib.sha256(rel.encode()).hexdigest()[:11]


def find_files(folder: Path) -> list[Path]:
    """Return every answer file in a folder and its subfolders, sorted.

    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> for name in ("student-ana-1.json", "notes.txt", "medialit-answers-ben.json"):
    ...     _ = (folder / name).write_text("{}")
    >>> [p.name for p in find_files(folder)]
    ['medialit-answers-ben.json', 'student-ana-1.json']
    """
    found = set()
    for pattern in FILE_PATTERNS:
        found.update(p for p in folder.rglob(pattern) if p.is_file())
    return sorted(found)


def gather(folder) -> list[Student]:
    """Read a class folder's answer files and return one Student per file id group.

    Files that share an id (a progress file and its downloaded copy, or copies merged with
    ``load_answers``) become one student; different ids stay apart even with the same name.

    Raises:
        ToolkitError: if the folder does not exist or holds no answer files.

    >>> import tempfile
    >>> from toolkit.quiz.progress import ProgressStore
    >>> store = ProgressStore(tempfile.mkdtemp())
    >>> _ = store.save("Ana", "example", "what-is-attributed", "check", type="choice",
    ...                answer="It is true.", correct=False)
    >>> _ = store.save("Ben", "example", "first-look", "save", type="poll",
    ...                answer="The NPR report")
    >>> [(s.label, list(s.quizzes["example"])) for s in gather(store.folder)]
    [('Ana', ['what-is-attributed']), ('Ben', ['first-look'])]
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise ToolkitError(f"No folder named {str(folder)!r}: give the folder that holds the "
                           f"students' progress files.")
    paths = find_files(folder)
    if not paths:
        raise ToolkitError(f"{folder} holds no progress files (student-....json or "
                           f"medialit-answers-....json): check the folder.")
    loaded = []
    for path in paths:
        data = _load_file(path)
        if data is None:
            warnings.warn(f"{path.name} is damaged and was left out of the class results.",
                          stacklevel=3)
            continue
        loaded.append((path, data, _file_id(data, path, folder)))
    # Union the ids: a file's own id and every id merged into it name one student.
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for _path, data, fid in loaded:
        find(fid)
        for other in data.get("merged_ids") or ():
            if isinstance(other, str) and re.fullmatch(r"[0-9a-f]{6,32}", other):
                parent[find(other)] = find(fid)
    groups: dict[str, Student] = {}
    newest: dict[str, object] = {}
    for path, data, fid in loaded:
        root = find(fid)
        student = groups.setdefault(root, Student(name="", id=fid))
        student.files.append(path.relative_to(folder).as_posix())
        name = " ".join(str(data.get("student") or "").split()) or path.stem.split("-", 1)[-1]
        stamp = max((_when(r) for qs in data["quizzes"].values() for r in qs.values()),
                    default=None)
        if not student.name or (stamp is not None and (newest.get(root) is None
                                                      or stamp > newest[root])):
            student.name = name
            newest[root] = stamp
        if isinstance(data.get("id"), str) and student.id.startswith("f"):
            student.id = fid
        for quiz, questions in data["quizzes"].items():
            mine = student.quizzes.setdefault(str(quiz), {})
            for qid, rec in questions.items():
                old = mine.get(qid)
                if old is None or _when(rec) > _when(old):
                    mine[str(qid)] = rec
    students = sorted(groups.values(), key=lambda s: (_fold(s.name), s.id))
    names = Counter(_fold(s.name) for s in students)
    for s in students:
        s.label = f"{s.name} ({s.id[:6]})" if names[_fold(s.name)] > 1 else s.name
    return students


def _first_text(q: Question | None, rec: dict) -> str:
    """The first checked answer as words ("" if none was recorded)."""
    if "first_answer_text" in rec:
        return str(rec.get("first_answer_text") or "")
    if "first_answer" in rec and q is not None:
        from .grading import answer_text

        try:
            return answer_text(q, rec["first_answer"])
        except (TypeError, ValueError, KeyError, IndexError):
            return ""
    return ""


LOOKED_FIRST_MARK = "(looked at the answer first) "
"""Put before the CSV's first_answer when the student pressed "Show answer" before that first
try: the answer is not the student's own first idea (s12 walk2 #11). The columns stay as they
were, so a teacher's spreadsheet still reads the file."""


def _first_answer_cell(q: Question | None, rec: dict) -> str:
    """The CSV's first_answer: the first checked answer, marked when it came after a reveal.

    >>> from toolkit.quiz.schema import load_quiz
    >>> q = load_quiz("example").get("what-is-attributed")
    >>> right = "It says who the information comes from."
    >>> _first_answer_cell(q, {"revealed": True, "revealed_first": True, "first_try_correct": False,
    ...                        "first_answer_text": right})
    '(looked at the answer first) It says who the information comes from.'
    >>> _first_answer_cell(q, {"first_try_correct": False, "first_answer_text": "It is true."})
    'It is true.'
    """
    text = _first_text(q, rec)
    if text and rec.get("checked", True) and looked_first(q, rec):
        return LOOKED_FIRST_MARK + text
    return text


def _last_text(rec: dict) -> str:
    answer = rec.get("answer_text")
    if answer in (None, ""):
        answer = rec.get("answer")
        if isinstance(answer, (list, dict)):
            answer = json.dumps(answer, ensure_ascii=False)
    return "" if answer is None else str(answer)


def _yes_no(value) -> str:
    return "" if value is None else ("yes" if value else "no")


class ClassResults:
    """A class's answers: rows for the CSV, per-question results, missed questions, gaps, writing.

    Make one with :func:`class_results`. In a notebook it shows as a short summary.

    Two students answered the shipped ``example`` quiz; Ana was wrong first, then right:

    >>> import tempfile
    >>> from toolkit.quiz.progress import ProgressStore
    >>> store = ProgressStore(tempfile.mkdtemp())
    >>> right = "It says who the information comes from."
    >>> for who, answer, ok in [("Ana", "It is true.", False), ("Ana", right, True),
    ...                         ("Ben", right, True)]:
    ...     _ = store.save(who, "example", "what-is-attributed", "check", type="choice",
    ...                    answer=answer, correct=ok)
    >>> _ = store.save("Ben", "example", "exit-ticket", "save", type="reflection",
    ...                answer="I would find the NPR report.")
    >>> results = class_results(store.folder, quizzes=["example"])
    >>> results.summary()  # doctest: +ELLIPSIS
    '2 students from 2 files in ...; 3 of 18 answers given across 1 quiz.'
    >>> first = results.results()[0]
    >>> first.question, first.answered, first.right_first
    ('what-is-attributed', 2, 1)
    >>> missed = results.most_missed()[0]
    >>> missed.common_wrong, missed.wrong_first
    ('It is true.', 1)
    >>> [(who, len(gaps)) for who, quiz, gaps, total in results.unfinished()]
    [('Ana', 8), ('Ben', 7)]
    >>> results.writing()[0][3]
    [('Ben', 'I would find the NPR report.')]
    >>> row = results.rows()[1]
    >>> row["student"], row["question"], row["first_answer"], row["answer"], row["tries"]
    ('Ana', 'what-is-attributed', 'It is true.', 'It says who the information comes from.', 2)
    >>> "<table" in results.missed_html()
    True
    >>> print(results.to_text().splitlines()[3])
      example what-is-attributed: 50% (1 of 2; 0 not answered)
    """

    def __init__(self, students: list[Student], quizzes: list[tuple[str, Quiz | None]],
                 folder: Path):
        self.students = students
        self.quizzes = quizzes
        self.folder = folder

    # -- questions ---------------------------------------------------------------------------
    def questions(self, quiz: str, q: Quiz | None) -> list[tuple[str, Question | None]]:
        """The question ids of one quiz in order (with any recorded ids the file lacks)."""
        ids: list[tuple[str, Question | None]] = [(x.id, x) for x in q] if q is not None else []
        known = {i for i, _ in ids}
        extra = sorted({qid for s in self.students for qid in s.quizzes.get(quiz, {})} - known)
        return ids + [(qid, None) for qid in extra]

    def _all(self):
        for name, q in self.quizzes:
            for qid, question in self.questions(name, q):
                yield name, q, qid, question

    # -- the CSV -----------------------------------------------------------------------------
    def rows(self) -> list[dict]:
        """One row per student per question, answered or not (see CSV_COLUMNS)."""
        rows = []
        for s in self.students:
            for quiz, _q, qid, question in self._all():
                rec = s.record(quiz, qid) or {}
                sentence = ""
                if question is not None and question.sentences:
                    sentence = " | ".join(item.text for item in question.sentences)
                rows.append({
                    "student": s.label, "student_id": s.id, "quiz": quiz, "question": qid,
                    "type": rec.get("type") or (question.type if question else ""),
                    "question_text": question.prompt if question else "",
                    "sentence": sentence,
                    "status": "answered" if answered(rec) else "not answered",
                    "first_answer": _first_answer_cell(question, rec), "answer": _last_text(rec),
                    "correct": _yes_no(rec.get("correct")),
                    "first_try_correct": _yes_no(rec.get("first_try_correct")),
                    "tries": rec.get("tries", 0), "hints": rec.get("hints", 0),
                    "revealed": _yes_no(rec.get("revealed")), "time": rec.get("time", "")})
        return rows

    def to_csv(self, out) -> Path:
        """Write the class CSV (UTF-8 with a BOM, so Excel reads it) and return its path.

        Every cell is neutralised so a spreadsheet never runs it as a formula.

        >>> import tempfile
        >>> from toolkit.quiz.progress import ProgressStore
        >>> store = ProgressStore(tempfile.mkdtemp())
        >>> _ = store.save("Ana", "example", "what-is-attributed", "check", type="choice",
        ...                answer="It is true.", correct=False)
        >>> _ = store.save("Ben", "example", "exit-ticket", "save", type="reflection",
        ...                answer="I would find the first report.")
        >>> results = class_results(store.folder, quizzes=["example"])
        >>> import csv
        >>> out = results.to_csv(store.folder / "class.csv")
        >>> with open(out, encoding="utf-8-sig") as fh:
        ...     row = list(csv.DictReader(fh))[1]
        >>> row["student"], row["question"], row["answer"], row["first_try_correct"]
        ('Ana', 'what-is-attributed', 'It is true.', 'no')
        """
        out = Path(out)
        try:
            out.parent.mkdir(parents=True, exist_ok=True)
            with open(out, "w", encoding="utf-8-sig", newline="") as fh:
                writer = csv.DictWriter(fh, fieldnames=CSV_COLUMNS)
                writer.writeheader()
                for row in self.rows():
                    writer.writerow({k: _csv_safe(v) for k, v in row.items()})
        except OSError as exc:
            raise ToolkitError(f"Cannot write {out}: {exc.strerror or exc}. Choose another file "
                               f"or folder you can write to.") from None
        return out

    # -- per question --------------------------------------------------------------------------
    def results(self) -> list[QuestionResult]:
        """How the class did on each graded question, in lesson order."""
        out = []
        for quiz, _q, qid, question in self._all():
            if question is None or not question.graded:
                continue
            recs = [s.record(quiz, qid) for s in self.students]
            done = [r for r in recs if r and r.get("checked")]
            out.append(QuestionResult(
                quiz=quiz, question=qid, prompt=question.prompt, students=len(self.students),
                answered=len(done), right_first=sum(bool(r.get("first_try_correct"))
                                                    for r in done),
                revealed=sum(bool(r and r.get("revealed")) for r in recs),
                hints=sum(int(r.get("hints") or 0) for r in recs if r)))
        return out

    def chart(self, quiz: str | None = None):
        """A bar per graded question: right on the first try, not, and not answered yet.

        Args:
            quiz: one quiz's name, or None for every lesson.

        Returns:
            A matplotlib Figure with alt text (from :func:`toolkit.charts.plot_first_try`).

        >>> import tempfile
        >>> from toolkit.quiz.progress import ProgressStore
        >>> store = ProgressStore(tempfile.mkdtemp())
        >>> _ = store.save("Ana", "example", "what-is-attributed", "check", type="choice",
        ...                answer="It is true.", correct=False)
        >>> _ = store.save("Ben", "example", "exit-ticket", "save", type="reflection",
        ...                answer="I would find the first report.")
        >>> results = class_results(store.folder, quizzes=["example"])
        >>> print(results.chart().alt_text)
        2 students, 7 questions: right on the first try, of those who answered: 0% on average; lowest: example what-is-attributed (0%, 0 of 1). 7 questions still unanswered by someone; the most is example reporting-words (2 of 2).
        """
        from ..charts import plot_first_try

        questions = {(name, qid): question for name, _q, qid, question in self._all()}
        rows = []
        for r in self.results():
            if quiz not in (None, r.quiz):
                continue
            question = questions.get((r.quiz, r.question))
            looked = sum(1 for s in self.students
                         if (rec := s.record(r.quiz, r.question)) and rec.get("checked")
                         and not rec.get("first_try_correct") and looked_first(question, rec))
            rows.append({"quiz": r.quiz, "question": r.question, "right": r.right_first,
                         "wrong": r.answered - r.right_first, "looked": looked,
                         "missing": r.students - r.answered})
        return plot_first_try(rows, students=len(self.students))

    def most_missed(self, limit: int = 5, minimum: int = 1) -> list[Missed]:
        """The questions most often not right on the first try, with the most common wrong answer.

        A student who pressed "Show answer" before the first try is counted apart from one who
        answered wrong first (``Missed.looked_first``). For a sorting question the sentence
        most often mislabeled is the one reported.

        Args:
            limit: how many questions to return.
            minimum: leave out questions fewer students than this have answered.
        """
        found = []
        for quiz, _q, qid, question in self._all():
            if question is None or not question.graded:
                continue
            done = [r for s in self.students if (r := s.record(quiz, qid)) and r.get("checked")]
            if len(done) < max(1, minimum):
                continue
            missed = [r for r in done if not r.get("first_try_correct")]
            if not missed:
                continue
            looked = [r for r in missed if looked_first(question, r)]
            wrong = [r for r in missed if not looked_first(question, r)]
            # the common wrong answer is tallied from wrong first answers only: a first answer
            # given after "Show answer" is most often the right one
            common, count, sentence = self._common_wrong(question, wrong)
            found.append(Missed(quiz, qid, question.prompt, len(done), len(wrong), common,
                                count, sentence, looked_first=len(looked)))
        found.sort(key=lambda m: (-m.not_right_first / m.answered, -m.not_right_first, m.quiz,
                                  m.question))
        return found[:limit]

    @staticmethod
    def _common_wrong(q: Question, wrong: list[dict]) -> tuple[str, int, str]:
        kind = question_type(q)
        found = kind.common_wrong(q, wrong)
        if found is not None:
            return found
        texts = Counter()
        typed: dict[str, Counter] = {}
        for rec in wrong:
            text = _first_text(q, rec)
            if not text and rec.get("correct") is False:
                text = _last_text(rec)
            if text:
                text = " ".join(text.split())
                key = text.casefold() if kind.fold_answers else text
                texts[key] += 1
                typed.setdefault(key, Counter())[text] += 1
        sentence = q.sentences[0].text if q.sentences else ""
        if not texts:
            return "", 0, sentence
        key, count = texts.most_common(1)[0]
        # grouped without case, shown as a student typed it (the most common way; s12 walk2 #10)
        return typed[key].most_common(1)[0][0], count, sentence

    # -- students --------------------------------------------------------------------------------
    def unfinished(self) -> list[tuple[str, str, list[str], int]]:
        """Who has not finished what: (student, quiz, question ids not answered, questions)."""
        out = []
        for s in self.students:
            for quiz, q in self.quizzes:
                ids = [qid for qid, _ in self.questions(quiz, q)]
                missing = [qid for qid in ids if not answered(s.record(quiz, qid))]
                if missing:
                    out.append((s.label, quiz, missing, len(ids)))
        return out

    def writing(self, quiz: str | None = None) -> list[tuple[str, str, str, list[tuple[str, str]]]]:
        """What students wrote: (quiz, question id, prompt, [(student, text), ...]) per reflection."""
        out = []
        for name, _q, qid, question in self._all():
            if quiz not in (None, name) or question is None or not question_type(question).written:
                continue
            answers = []
            for s in self.students:
                rec = s.record(name, qid)
                text = _last_text(rec) if rec else ""
                if text.strip():
                    answers.append((s.label, text.strip()))
            out.append((name, qid, question.prompt, answers))
        return out

    # -- showing it ------------------------------------------------------------------------------
    def summary(self) -> str:
        """One or two sentences: how many students, files and questions, and how far they got."""
        files = sum(len(s.files) for s in self.students)
        total = sum(len(self.questions(n, q)) for n, q in self.quizzes)
        done = sum(1 for s in self.students for n, q in self.quizzes
                   for qid, _ in self.questions(n, q) if answered(s.record(n, qid)))
        same = len(self.students) - len({_fold(s.name) for s in self.students})
        text = (f"{count(len(self.students), 'student')} from {count(files, 'file')} in "
                f"{self.folder.name}; {done} of {count(len(self.students) * total, 'answer')} "
                f"given across {count(len(self.quizzes), 'quiz', 'quizzes')}.")
        if same:
            text += (" Some students typed the same name on different computers: each is shown "
                     "with a short id after the name.")
        return text

    def __repr__(self) -> str:
        return f"<ClassResults: {self.summary()}>"

    def _repr_html_(self) -> str:
        return f"<p>{html.escape(self.summary())}</p>"

    def missed_html(self, limit: int = 5) -> str:
        """The most-missed questions as an HTML table (every text escaped)."""
        rows = []
        for m in self.most_missed(limit):
            share = m.first_try_text()
            wrong = (f"{html.escape(m.common_wrong)} ({m.common_count})" if m.common_wrong
                     else "(no wrong answer: they looked at the answer first)"
                     if not m.wrong_first else "(no first answer recorded)")
            rows.append(f"<tr><td>{html.escape(_lesson(m.quiz))}<br><code>{html.escape(m.question)}"
                        f"</code></td><td>{html.escape(m.prompt)}</td><td>{html.escape(m.sentence)}"
                        f"</td><td>{share}</td><td>{wrong}</td></tr>")
        if not rows:
            return HTMLText("<p>No question was answered wrong on the first try.</p>")
        return _table(("Question", "Prompt", "Sentence", "Not right on the first try",
                       "Most common wrong answer (how many)"), rows)

    def unfinished_html(self) -> str:
        """Who has not finished what: one row per student with a gap, one column per lesson.

        A cell says "done", "not started", or how many are answered and which are missing.

        >>> import tempfile
        >>> from toolkit.quiz.progress import ProgressStore
        >>> store = ProgressStore(tempfile.mkdtemp())
        >>> _ = store.save("Ana", "example", "what-is-attributed", "check", type="choice",
        ...                answer="It is true.", correct=False)
        >>> _ = store.save("Ben", "example", "exit-ticket", "save", type="reflection",
        ...                answer="I would find the first report.")
        >>> results = class_results(store.folder, quizzes=["example"])
        >>> print(results.unfinished_html().split("</p>")[0])
        <p>0 of 2 students have answered every question; the other 2 are listed below.
        """
        gaps: dict[str, dict[str, str]] = {}
        for who, quiz, missing, total in self.unfinished():
            gaps.setdefault(who, {})[quiz] = (
                "not started" if len(missing) == total else
                f"{total - len(missing)} of {total}; missing: " + ", ".join(missing))
        if not gaps:
            return HTMLText("<p>Everyone has answered every question.</p>")
        quizzes = [name for name, _q in self.quizzes]
        rows = []
        for who, cells in gaps.items():
            tds = "".join(f"<td>{html.escape(cells.get(q, 'done'))}</td>" for q in quizzes)
            rows.append(f"<tr><td>{html.escape(who)}</td>{tds}</tr>")
        done = len(self.students) - len(gaps)
        note = (f"<p>{done} of {len(self.students)} students have answered every question; "
                f"the other {len(gaps)} are listed below.</p>")
        return HTMLText(note + _table(("Student", *(_lesson(q) for q in quizzes)), rows))

    def writing_html(self, quiz: str | None = None) -> str:
        """Reflections and exit tickets, question by question, as HTML (every text escaped).

        >>> import tempfile
        >>> from toolkit.quiz.progress import ProgressStore
        >>> store = ProgressStore(tempfile.mkdtemp())
        >>> _ = store.save("Ana", "example", "what-is-attributed", "check", type="choice",
        ...                answer="It is true.", correct=False)
        >>> _ = store.save("Ben", "example", "exit-ticket", "save", type="reflection",
        ...                answer="I would find the first report.")
        >>> results = class_results(store.folder, quizzes=["example"])
        >>> results.writing_html().endswith("<li><b>Ben:</b> I would find the first report.</li></ul>")
        True
        """
        parts = []
        for name, qid, prompt, answers in self.writing(quiz):
            items = "".join(f"<li><b>{html.escape(who)}:</b> {html.escape(text)}</li>"
                            for who, text in answers) or "<li><i>No answers yet.</i></li>"
            parts.append(f"<h4>{html.escape(_lesson(name))}: <code>{html.escape(qid)}</code></h4>"
                         f"<p><i>{html.escape(prompt)}</i> ({len(answers)} of "
                         f"{len(self.students)} answered)</p><ul>{items}</ul>")
        return HTMLText("".join(parts) or "<p>No reflection questions.</p>")

    def to_text(self, limit: int = 5) -> str:
        """The whole report as plain text (for the command line)."""
        lines = [self.summary(), "", "Right on the first try (of those who answered):"]
        for r in self.results():
            share = r.share_right_first
            pct = "no answers yet" if share is None else f"{round(100 * share)}%"
            lines.append(f"  {_lesson(r.quiz)} {r.question}: {pct} "
                         f"({r.right_first} of {r.answered}; {r.students - r.answered} not "
                         f"answered)")
        lines += ["", "Most missed on the first try:"]
        for m in self.most_missed(limit) or []:
            common = ""
            if m.wrong_first:
                common = (f" Most common wrong answer: {m.common_wrong or '(none recorded)'} "
                          f"({m.common_count}).")
            lines.append(f"  {_lesson(m.quiz)} {m.question}: {m.first_try_text()}.{common}")
            if m.sentence:
                lines.append(f"    Sentence: {m.sentence}")
        lines += ["", "Not finished:"]
        gaps: dict[str, list[str]] = {}
        for who, quiz, missing, total in self.unfinished():
            what = "not started" if len(missing) == total else f"missing {', '.join(missing)}"
            gaps.setdefault(who, []).append(f"{_lesson(quiz)} {what}")
        lines += [f"  {who}: {'; '.join(parts)}" for who, parts in gaps.items()]
        lines += ["", "What students wrote:"]
        for name, qid, prompt, answers in self.writing():
            lines.append(f"  {_lesson(name)} {qid}: {prompt}")
            lines += [f"    - {who}: {' '.join(text.split())}" for who, text in answers]
        return "\n".join(lines) + "\n"

    def to_html(self) -> str:
        """The whole report as one self-contained HTML page (the chart embedded as an image).

        >>> import tempfile
        >>> from toolkit.quiz.progress import ProgressStore
        >>> store = ProgressStore(tempfile.mkdtemp())
        >>> _ = store.save("Ana", "example", "what-is-attributed", "check", type="choice",
        ...                answer="It is true.", correct=False)
        >>> _ = store.save("Ben", "example", "exit-ticket", "save", type="reflection",
        ...                answer="I would find the first report.")
        >>> results = class_results(store.folder, quizzes=["example"])
        >>> import re
        >>> re.findall(r"<h2>(.*?)</h2>", results.to_html())
        ['Right on the first try', 'Most missed', 'Not finished', 'What students wrote']
        """
        from ..charts import figure_bytes
        import base64

        fig = self.chart()
        img = base64.b64encode(figure_bytes(fig, "png", dpi=100)).decode("ascii")
        alt = html.escape(fig.alt_text, quote=True)
        body = (f"<h1>Class results</h1><p>{html.escape(self.summary())}</p>"
                f"<h2>Right on the first try</h2><figure><img src=\"data:image/png;base64,{img}\" "
                f"alt=\"{alt}\" style=\"max-width:100%\"><figcaption>{alt}</figcaption></figure>"
                f"<h2>Most missed</h2>{self.missed_html()}<h2>Not finished</h2>"
                f"{self.unfinished_html()}<h2>What students wrote</h2>{self.writing_html()}")
        return ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Class "
                "results</title><style>body{font-family:system-ui,sans-serif;max-width:70em;"
                "margin:1em auto;padding:0 1em}table{border-collapse:collapse}td,th{border:1px "
                "solid #999;padding:4px;vertical-align:top;text-align:left}</style></head><body>"
                f"{body}</body></html>\n")


class HTMLText(str):
    """A string of HTML that shows as HTML in a notebook.

    >>> table = HTMLText("<b>3 of 25</b>")
    >>> table._repr_html_(), table.upper()
    ('<b>3 of 25</b>', '<B>3 OF 25</B>')
    """

    def _repr_html_(self) -> str:
        return str(self)


def _lesson(quiz: str) -> str:
    m = re.match(r"^(\d\d)-", quiz)
    return f"Lesson {int(m.group(1))}" if m else quiz


def _table(head, rows) -> str:
    from ..render.html import style

    th = "".join(f"<th>{html.escape(h)}</th>" for h in head)
    # The shared table style: cells left-aligned with borders, also inside JupyterLab.
    return HTMLText(f'{style()}<table class="ml-table"><thead><tr>{th}</tr></thead>'
                    f'<tbody>{"".join(rows)}</tbody></table>')


def class_results(folder, quizzes=None) -> ClassResults:
    """Gather a class folder's answer files for the teacher.

    Args:
        folder: the folder (subfolders too) holding ``student-*.json`` and
            ``medialit-answers-*.json`` files.
        quizzes: quiz names to report on; default: the six lessons' quizzes and any other quiz
            the files mention.

    Returns:
        A ClassResults.

    Raises:
        ToolkitError: if the folder does not exist or holds no answer files.

    >>> import tempfile
    >>> from toolkit.quiz.progress import ProgressStore
    >>> store = ProgressStore(tempfile.mkdtemp())
    >>> _ = store.save("Ana", "02-says-who", "what-is-attribution", "check", type="choice",
    ...                answer="That the information is true.", correct=False)
    >>> results = class_results(store.folder)
    >>> [name for name, quiz in results.quizzes]  # the six lessons
    ['01-meet-the-articles', '02-says-who', '03-fact-claim-opinion', '04-follow-the-changes', '05-readability-and-persuasion', '06-your-turn']
    >>> class_results(store.folder / "nowhere")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    toolkit.errors.ToolkitError: No folder named '...nowhere': give the folder that holds the students' progress files.
    """
    folder = Path(folder)
    students = gather(folder)
    custom = _custom_quizzes(folder)  # teachers' own lessons (toolkit.drafting) beside the class
    if quizzes is None:
        names = [n for n in shipped_quizzes() if LESSON_QUIZ.match(n)]
        names += [n for n in custom if n not in names]
        seen = sorted({q for s in students for q in s.quizzes} - set(names))
        names += seen
    else:
        names = [str(n) for n in quizzes]
    loaded = []
    for name in names:
        if name in custom:
            loaded.append((name, custom[name]))
            continue
        try:
            quiz = load_quiz(name)
            loaded.append((quiz.name, quiz))
        except ToolkitError:
            loaded.append((name, None))  # a quiz file not on this computer: rows as recorded
    return ClassResults(students, loaded, folder)


def _custom_quizzes(folder: Path) -> dict[str, Quiz]:
    """The drafted lessons' quizzes in the lessons folder around a class folder, by quiz name."""
    from ..drafting import custom_quizzes

    found: dict[str, Quiz] = {}
    for root in dict.fromkeys((folder.parent, folder, Path.cwd())):
        for path in custom_quizzes(root):
            try:
                quiz = load_quiz(path)
            except ToolkitError:  # not checked yet, say: its answers still show as recorded
                continue
            found.setdefault(quiz.name, quiz)
    return found


def export_csv(folder, out) -> Path:
    """Write a class folder's answers as one CSV (a row per student per question); return its path.

    Raises:
        ToolkitError: if the folder does not exist or holds no answer files.

    >>> import csv, tempfile
    >>> from toolkit.quiz.progress import ProgressStore
    >>> store = ProgressStore(tempfile.mkdtemp())
    >>> _ = store.save("Ana", "01-meet-the-articles", "share", "save", type="poll",
    ...                answer="Yes")
    >>> out = export_csv(store.folder, store.folder / "class.csv")
    >>> with open(out, encoding="utf-8-sig") as fh:
    ...     rows = list(csv.DictReader(fh))
    >>> len(rows)  # every question of the six lessons, answered or not
    49
    >>> [(r["question"], r["status"], r["answer"]) for r in rows if r["answer"]]
    [('share', 'answered', 'Yes')]
    """
    return class_results(folder).to_csv(out)
