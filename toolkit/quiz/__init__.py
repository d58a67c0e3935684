"""Quizzes for the lessons: questions from data files, feedback with evidence, progress saved.

Lessons need only a few calls::

    from toolkit import quiz
    quiz.name_bar()                         # the name bar, once at the top of a lesson
    quiz.show("example", "sort-mixed")      # one question (with its own name bar if none shown)
    quiz.show("example")                    # the whole quiz with a progress summary
    quiz.progress_summary("example")        # answered, right on the first try, revealed
    quiz.export("progress", "class.csv")    # the teacher's CSV of a class's progress files
    quiz.class_results("class-progress")     # the teacher's view: chart, missed, gaps, writing

Quiz files are YAML or JSON (schema: ``docs/quiz-files.md``); sentence questions take their
answers from the answer key. ipywidgets is imported only when a quiz is shown.

>>> q = load_quiz("example")
>>> [t for t in ("choice", "sort", "says_who", "spot_words", "reflection", "poll")
...  if t not in {x.type for x in q}]
[]
"""

from __future__ import annotations

from pathlib import Path

from ..errors import ToolkitError
from ..render.html import HTML
from .progress import export_csv, parse_answers, progress_dir, set_progress_dir
from .results import ClassResults, class_results
from .schema import GRADED, TYPES, Question, Quiz, QuizFileError, load_quiz, shipped_quizzes
from .summary import ProgressSummary, look_back, progress_summary, unit_progress

__all__ = ["load_quiz", "show", "name_bar", "progress_summary", "unit_progress", "look_back", "export",
           "class_results",
           "ClassResults", "load_answers", "download_link",
           "set_progress_dir", "progress_dir", "shipped_quizzes", "Quiz", "Question",
           "QuizFileError", "ProgressSummary", "TYPES", "GRADED"]


def show(name, question_id: str | None = None, student: str | None = None):
    """Show a quiz, or one of its questions, ready to answer in a notebook.

    Args:
        name: a shipped quiz's name (``"example"``), a quiz file path, or a loaded Quiz.
        question_id: the ``id`` of one question; None shows the whole quiz.
        student: the student's name; if None, the name remembered on this computer is used,
            or the student is asked once.

    Returns:
        A QuizView: it displays as the live quiz, and as readable text where no kernel runs.

    Raises:
        ToolkitError: if the quiz or the question does not exist, or the quiz file is broken.

    >>> import tempfile
    >>> set_progress_dir(tempfile.mkdtemp())  # this example saves to a scratch folder
    >>> view = show("example", "sort-mixed", student="Ana")
    >>> [qv.q.id for qv in view.questions], view.session.student
    (['sort-mixed'], 'Ana')
    >>> show("example", "no-such-question")
    Traceback (most recent call last):
    toolkit.errors.ToolkitError: The quiz 'example' has no question 'no-such-question'; ...
    >>> set_progress_dir(None)
    """
    from .widgets import QuizView  # ipywidgets is imported only here

    quiz = name if isinstance(name, Quiz) else load_quiz(name)
    return QuizView(quiz, question_id=question_id, student=student)


def name_bar():
    """The notebook's name bar: "Your name" and Start, then "Not you?", the download link and
    "Load my answers". Show it once near the top of a lesson (a lesson's set-up cell shows it
    through ``toolkit.environment.ready``); questions shown after it leave out their own bar.

    Returns:
        The bar (the same one each time for a progress folder); it displays as the widgets.

    >>> import tempfile
    >>> set_progress_dir(tempfile.mkdtemp())  # this example saves to a scratch folder
    >>> bar = name_bar()
    >>> name_bar() is bar, [w.description for w in bar.row.children]
    (True, ['Your name', 'Start'])
    >>> set_progress_dir(None)
    """
    from .widgets import name_bar as _name_bar

    return _name_bar()


def export(folder, out) -> Path:
    """Gather a class's answer files into one CSV: a row per student per question.

    Every question of every lesson gets a row for every student, answered or not (``status``
    says which), so a student who skipped a lesson is visible.

    Args:
        folder: the folder holding the ``student-*.json`` progress files and any downloaded
            ``medialit-answers-*.json`` files (subfolders are searched too).
        out: the CSV file to write (columns: student, student_id, quiz, question, type,
            question_text, sentence, status, first_answer, answer (the latest), correct,
            first_try_correct, tries, hints, revealed, time).

    Returns:
        The path of the CSV written.

    Raises:
        ToolkitError: if the folder does not exist or holds no progress files.

    >>> import tempfile
    >>> from toolkit.quiz.progress import ProgressStore
    >>> folder = Path(tempfile.mkdtemp())
    >>> _ = ProgressStore(folder).save("Ana", "example", "sort-mixed", "check", type="sort",
    ...                                answer=["claim"], correct=False)
    >>> import csv
    >>> with open(export(folder, folder / "class.csv"), encoding="utf-8-sig", newline="") as f:
    ...     rows = list(csv.DictReader(f))
    >>> [(r["student"], r["status"], r["tries"], r["correct"]) for r in rows
    ...  if (r["quiz"], r["question"]) == ("example", "sort-mixed")]
    [('Ana', 'answered', '1', 'no')]
    """
    return export_csv(folder, out)


def load_answers(path_or_text, student: str | None = None) -> int:
    """Load a downloaded answers file back (for Colab, where the disk does not last).

    Args:
        path_or_text: the path of a ``medialit-answers-....json`` file, its text, or its bytes.
        student: whose answers to merge into (default: the name saved in the file, so on a
            shared computer one student's file never lands in another's answers).

    Returns:
        How many answers were added or updated (the newer copy of each answer wins).

    Raises:
        ToolkitError: if it is not an answers file.

    >>> import tempfile
    >>> from toolkit.quiz.progress import ProgressStore
    >>> colab = ProgressStore(tempfile.mkdtemp())  # the disk that did not last
    >>> _ = colab.save("Ana", "example", "first-look", "save", type="poll", answer="The NPR report")
    >>> downloaded = colab.path_for("Ana").read_text(encoding="utf-8")
    >>> set_progress_dir(tempfile.mkdtemp())  # a new session's empty folder
    >>> load_answers(downloaded)
    1
    >>> load_answers("{}")
    Traceback (most recent call last):
    toolkit.errors.ToolkitError: That is not a saved answers file: ...
    >>> set_progress_dir(None)
    """
    from .session import get_session

    data = parse_answers(path_or_text)
    session = get_session()
    name = student or data.get("student") or session.student
    if not name:
        raise ToolkitError("The answers file has no name in it: call "
                           "load_answers(file, student='Your name').")
    if session.student != name:
        session.student = session.store.set_current_student(name)
    count = session.store.merge(session.student, data)
    session.refresh()
    return count


def download_link(student: str | None = None):
    """Return a "download my answers" link (HTML that works with no kernel) for a student.

    Args:
        student: the student's name (default: the current student).

    Returns:
        An object that shows as the link in a notebook; ``str()`` gives its HTML.

    Raises:
        ToolkitError: if no student name is known yet.

    >>> import tempfile
    >>> set_progress_dir(tempfile.mkdtemp())
    >>> str(download_link("Ana")).count('download="medialit-answers-')
    1
    >>> set_progress_dir(None)
    """
    from .progress import download_link as _link
    from .session import get_session

    session = get_session()
    name = student or session.student
    if not name:
        raise ToolkitError("No name is known yet: call download_link('Your name').")
    return HTML(_link(name, session.store))
