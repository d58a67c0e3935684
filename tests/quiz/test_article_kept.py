"""Lesson 6's pasted article survives a kernel restart, as the answers do.

A restart is simulated as the notebook sees it: every Python object is gone (the sessions are
forgotten) and Run All makes a new box; only the progress folder stays.
"""

from __future__ import annotations

import json

from toolkit.articlebox import ArticleBox, practice_text
from toolkit.quiz import load_answers, progress
from toolkit.quiz.session import get_session, reset_sessions

MINE = ("School Garden Wins Prize\n\n"
        "The garden at Oak Hill School won first prize at the county fair on Friday.\n\n"
        '"The students planted every seed themselves," teacher Sam Ortiz said.\n\n'
        "It is the most beautiful garden anyone has ever seen.\n")


def _restart():
    reset_sessions()
    return ArticleBox()


def _paste(box, text=MINE):
    box.text.value = text
    box.analyse_button.click()


def test_pasted_article_comes_back_after_a_restart_and_says_so(progress_folder):
    get_session().set_student("Ana M.")
    box = ArticleBox()
    assert box.clear_button.layout.display == "none"  # nothing to forget yet (no extra Tab stop)
    _paste(box)
    assert "kept with your answers" in box.message.value
    assert box.clear_button.layout.display != "none"
    box = _restart()
    assert box.text.value == MINE and not box.is_practice
    assert "Your article is back" in box.message.value
    assert "School Garden Wins Prize" in box.message.value
    assert "Use the practice article" in box.message.value
    assert "Oak Hill" in box.labels().widget.value
    # it lives in the student's own progress file, beside the answers
    data = json.loads(next(progress_folder.glob("student-*.json")).read_text("utf-8"))
    assert data["articles"]["06-your-turn"]["text"] == MINE


def test_kept_article_does_not_disturb_saved_answers(progress_folder):
    session = get_session()
    session.set_student("Ana M.")
    session.store.save("Ana M.", "06-your-turn", "sources", "save", type="reflection",
                       answer="Two named sources.")
    _paste(ArticleBox())
    rec = session.store.record("Ana M.", "06-your-turn", "sources")
    assert rec["answer"] == "Two named sources."
    reset_sessions()
    assert get_session().store.record("Ana M.", "06-your-turn", "sources")["answer"] == \
        "Two named sources."


def test_use_the_practice_article_forgets_it():
    get_session().set_student("Ana M.")
    box = ArticleBox()
    _paste(box)
    box.clear_button.click()
    assert box.is_practice and box.text.value == practice_text()
    assert box.clear_button.layout.display == "none"
    box = _restart()
    assert box.is_practice and "Your article is back" not in box.message.value


def test_no_name_yet_says_how_to_keep_it_then_keeps_it_on_sign_in():
    box = ArticleBox()
    _paste(box)
    assert "Type your name" in box.message.value
    get_session().set_student("Ana M.")  # the name bar's Start
    assert "kept with your answers" in box.message.value
    assert _restart().text.value == MINE


def test_not_you_takes_the_article_off_the_screen_and_each_student_gets_their_own():
    session = get_session()
    session.set_student("Ana M.")
    box = ArticleBox()
    _paste(box)
    session.forget_student()  # "Not you?"
    assert box.is_practice
    session.set_student("Ben K.")
    assert box.is_practice  # Ben kept nothing
    session.set_student("Ana M.")
    assert box.text.value == MINE and "Your article is back" in box.message.value


def test_kept_article_travels_with_the_downloaded_answers(tmp_path):
    get_session().set_student("Ana M.")
    _paste(ArticleBox())
    downloaded = get_session().store.path_for("Ana M.").read_text("utf-8")
    progress.set_progress_dir(tmp_path / "new-computer")  # Colab: a new session, an empty disk
    reset_sessions()
    box = ArticleBox()
    assert box.is_practice
    load_answers(downloaded)  # the name bar's "Load my answers"
    assert box.text.value == MINE and "Your article is back" in box.message.value


def test_an_edited_article_record_is_ignored_not_an_error(progress_folder):
    session = get_session()
    session.set_student("Ana M.")
    session.store.update("Ana M.", lambda d: d.update(articles={"06-your-turn": ["odd"]}))
    box = ArticleBox()
    assert box.is_practice and "\u2714" in box.message.value
    _paste(box)  # and keeping a new one repairs it
    assert _restart().text.value == MINE
