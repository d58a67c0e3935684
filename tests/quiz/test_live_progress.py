"""Progress summaries shown by Run All stay true: they redraw as answers are saved (walkthrough #1).

Driven as a student would, under ipywidgets 7.7 and 8.1: show the summary first (as Run All does),
then answer a question below it, and read the summary's widget again.
"""

from __future__ import annotations

from choosing import choose

from toolkit import quiz as tq
from toolkit.quiz import session as sessions


def _widget(shown):
    """The live widget behind a displayed summary (the model id in its mimebundle)."""
    import ipywidgets as W

    bundle = shown._repr_mimebundle_()
    model = bundle["application/vnd.jupyter.widget-view+json"]["model_id"]
    registry = getattr(W.widgets.widget, "_instances", None)  # ipywidgets 8
    if registry is None:
        registry = W.Widget.widgets  # ipywidgets 7
    return registry[model], bundle


def test_progress_summary_redraws_when_an_answer_is_saved(small):
    sessions.get_session().set_student("Ana")
    summary = tq.progress_summary(small)  # shown by Run All, before any answer
    widget, bundle = _widget(summary)
    assert "Answered: 0 of" in widget.value and "Answered: 0 of" in bundle["text/html"]
    view = tq.show(small)
    qv = view.question("single")
    choose(qv, 0)
    qv.check_button.click()
    assert "Answered: 1 of" in widget.value
    assert "Right on the first try: 1 of" in widget.value


def test_unit_progress_redraws_and_follows_the_student(small):
    sessions.get_session().set_student("Ana")
    shown = tq.unit_progress()
    widget, _ = _widget(shown)
    assert "06-your-turn</b>: answered 0 of" in widget.value
    view = tq.show("06-your-turn", "first-question")
    qv = view.question("first-question")
    choose(qv, 0)
    qv.check_button.click()
    assert "06-your-turn</b>: answered 1 of" in widget.value
    sessions.get_session().set_student("Ben")  # "Not you?" then a new name
    assert "06-your-turn</b>: answered 0 of" in widget.value


def test_summaries_for_a_named_student_or_store_stay_plain(small, progress_folder):
    from toolkit.quiz.progress import ProgressStore

    summary = tq.progress_summary(small, student="Ana", store=ProgressStore(progress_folder))
    bundle = summary._repr_mimebundle_()
    assert set(bundle) == {"text/html", "text/plain"}
    html = tq.unit_progress("Ana", store=ProgressStore(progress_folder))
    assert "Your progress in the whole unit" in str(html)
    assert set(html._repr_mimebundle_()) == {"text/html", "text/plain"}


def test_look_back_redraws_when_the_student_signs_in_after_run_all(small, progress_folder):
    # s11 walkthrough #18: lesson 6 was run before the name was typed (the normal order on a
    # shared computer); its look back said "No answer saved yet" for answers that were saved, and
    # sent the student back to answer again.
    from toolkit.quiz.progress import ProgressStore

    ProgressStore(progress_folder).save("Ana", "01-meet-the-articles", "share", "save",
                                        type="poll", answer="The news report")
    shown = tq.look_back("01-meet-the-articles", ["share"])  # Run All, no name yet
    widget, bundle = _widget(shown)
    assert "No answer saved yet" in widget.value and "No answer saved yet" in bundle["text/html"]
    sessions.get_session().set_student("Ana")
    assert "You said: <b>The news report</b>" in widget.value, widget.value
    sessions.get_session().set_student("Ben")
    assert "No answer saved yet" in widget.value


def test_look_back_for_a_named_student_stays_plain(small, progress_folder):
    from toolkit.quiz.progress import ProgressStore

    html = tq.look_back("01-meet-the-articles", ["share"], student="Ana",
                        store=ProgressStore(progress_folder))
    assert set(html._repr_mimebundle_()) == {"text/html", "text/plain"}
