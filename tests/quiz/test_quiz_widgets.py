"""The widgets, driven from Python as a student would: set values, click buttons, read feedback."""

from __future__ import annotations

import re
import time

import ipywidgets as W
import pytest

from choosing import choose, tick

from toolkit import quiz as tq
from toolkit.quiz import widgets
from toolkit.quiz.grading import word_tokens
from toolkit.quiz.progress import ProgressStore

DISPLAY_ONLY = (W.HTML, W.Label, W.HTMLMath)


def walk(widget):
    yield widget
    for child in getattr(widget, "children", ()):
        yield from walk(child)


def controls(view):
    return [w for w in walk(view.widget)
            if isinstance(w, (W.Button, W.ValueWidget, W.FileUpload))
            and not isinstance(w, DISPLAY_ONLY)]


def record(folder, student, qid, quiz="small"):
    return ProgressStore(folder).record(student, quiz, qid)


@pytest.fixture
def view(small):
    return tq.show(small, student="Ana")


def test_every_control_has_an_accessible_name(small):
    for student in (None, "Ana"):
        v = tq.show(small, student=student)
        found = controls(v)
        assert len(found) > 20
        for w in found:
            assert w.description.strip(), f"{type(w).__name__} has no accessible name"
        radios = [w for w in found if isinstance(w, W.RadioButtons)]
        assert radios and all(r.description for r in radios)  # the group label


def test_single_choice(view, progress_folder):
    qv = view.question("single")
    qv.check_button.click()
    assert "Choose an answer first" in qv.feedback.value
    assert record(progress_folder, "Ana", "single") is None  # an empty check is not a try
    choose(qv, 1)
    qv.check_button.click()
    assert "Not yet" in qv.feedback.value and "Because it is not." in qv.feedback.value
    choose(qv, 0)
    qv.check_button.click()
    assert "Right" in qv.feedback.value
    rec = record(progress_folder, "Ana", "single")
    assert rec["tries"] == 2 and rec["correct"] is True and rec["first_try_correct"] is False
    assert rec["answer"] == "Right one"


def test_multiple_choice(view, progress_folder):
    qv = view.question("multi")
    assert all(isinstance(c, W.Checkbox) for c in qv.controls)
    tick(qv, 0)
    qv.check_button.click()
    assert "1 of the 2 correct options" in qv.feedback.value
    tick(qv, 1)
    qv.check_button.click()
    assert "Right" in qv.feedback.value
    assert record(progress_folder, "Ana", "multi")["answer"] == ["says", "told"]


def test_sort(view, progress_folder):
    qv = view.question("sort")
    for radio, label in zip(qv.controls, ["attributed", "opinion", "opinion", "call_to_action",
                                          "claim"]):
        radio.value = label
    qv.check_button.click()
    html = qv.feedback.value
    assert "4 of 5 sentences are right" in html
    assert "&lt;script&gt;" in html and "<script>" not in html
    assert "[S]" in html and "Chief Ana Ruiz" in html  # evidence shown with marker
    qv.controls[2].value = "claim"
    qv.check_button.click()
    assert "every sentence is labeled right" in qv.feedback.value
    rec = record(progress_folder, "Ana", "sort")
    assert rec["correct"] is True and rec["tries"] == 2
    assert rec["answer_text"].startswith("Names a source; Writer's opinion")


@pytest.mark.parametrize("typed, ok", [("ruiz", True), ("The city police chief", True),
                                       ("the mayor", False)])
def test_says_who_typed(view, typed, ok):
    qv = view.question("who-typed")
    assert isinstance(qv.controls[0], W.Text)
    # sent once on leaving the box, never key by key: a Check click on a busy kernel must not
    # overtake the last letters (a browser run graded "H" for "Houston Police Chief ...")
    assert qv.controls[0].continuous_update is False
    qv.controls[0].value = typed
    result = qv.check()
    assert result.correct is ok
    assert ("Right" in qv.feedback.value) is ok


def test_says_who_choice(view):
    qv = view.question("who-choice")
    choose(qv, 1)
    qv.check_button.click()
    assert "Not yet" in qv.feedback.value
    choose(qv, 0)
    qv.check_button.click()
    assert "The Daily News" in qv.feedback.value and "Right" in qv.feedback.value


def test_spot_words(view, progress_folder):
    qv = view.question("spot-source")
    words = [w for _, _, w in word_tokens(qv.q.sentence.text)]
    assert [c.description for c in qv.controls] == [widgets.desc(w) for w in words]
    for w in ("Chief", "Ana"):
        qv.controls[words.index(w)].value = True
    qv.check_button.click()
    assert "you found 2 of the 5 words" in qv.feedback.value
    for w in ("Ruiz", "told", "reporters"):
        qv.controls[words.index(w)].value = True
    qv.check_button.click()
    assert "you found all 5 words" in qv.feedback.value
    assert record(progress_folder, "Ana", "spot-source")["answer_text"] == (
        "Chief | Ana | Ruiz | told | reporters")


def test_hint_and_reveal_are_recorded(view, progress_folder):
    qv = view.question("who-typed")
    qv.hint_button.click()
    assert "Hint" in qv.hint_html.value
    qv.reveal_button.click()
    assert "Chief Ana Ruiz" in qv.answer_html.value
    qv.controls[0].value = "Ruiz"
    qv.check_button.click()
    rec = record(progress_folder, "Ana", "who-typed")
    assert rec["hints"] == 1 and rec["revealed"] is True
    assert rec["correct"] is True and rec["first_try_correct"] is False  # revealed first
    summary = tq.progress_summary(view.quiz)
    assert (summary.answered, summary.correct_first_try, summary.revealed) == (1, 0, 1)
    assert "Answers revealed: 1" in view.summary.value


def test_poll_shows_it_was_saved(view, progress_folder):
    qv = view.question("poll")
    assert qv.check_button is None and qv.reveal_button is None
    qv.save_button.click()
    assert "Choose an option first" in qv.feedback.value
    choose(qv, 1)
    qv.save_button.click()
    assert "Your choice is saved" in qv.feedback.value and "&lt;i&gt;" in qv.feedback.value
    rec = record(progress_folder, "Ana", "poll")
    assert rec["correct"] is None and rec["answer"] == "Don't trust it <i>at all</i>"


def test_reflection_saved_as_typed_and_on_save(view, progress_folder, no_debounce):
    qv = view.question("reflect")
    qv.controls[0].value = "The source"
    assert record(progress_folder, "Ana", "reflect")["answer"] == "The source"
    qv.controls[0].value = "The source matters"
    qv.save_button.click()
    assert record(progress_folder, "Ana", "reflect")["answer"] == "The source matters"
    assert "Saved for Ana" in qv.status.value
    qv.reveal_button.click()
    assert "&lt;b&gt;source&lt;/b&gt;" in qv.answer_html.value
    rec = record(progress_folder, "Ana", "reflect")
    assert rec["revealed"] is True and rec["correct"] is None


def test_reflection_debounced(view, progress_folder, monkeypatch):
    monkeypatch.setattr(widgets, "DEBOUNCE_SECONDS", 0.2)
    qv = view.question("reflect")
    for text in ("T", "Th", "The"):
        qv.controls[0].value = text
    assert record(progress_folder, "Ana", "reflect") is None  # not yet: still typing
    deadline = time.time() + 5
    while record(progress_folder, "Ana", "reflect") is None and time.time() < deadline:
        time.sleep(0.05)
    assert record(progress_folder, "Ana", "reflect")["answer"] == "The"


def test_restore_answers_and_feedback(small, progress_folder):
    first = tq.show(small, student="Ana")
    qv = first.question("single")
    choose(qv, 0)
    qv.check_button.click()
    first.question("who-typed").reveal_button.click()
    from toolkit.quiz import session

    session.reset_sessions()  # as if the lesson were run again
    again = tq.show(small)  # the name is remembered
    assert "Answering as <b>Ana</b>" in again.bar.who.value
    qv2 = again.question("single")
    assert qv2.answer() == "Right one"
    assert "Right" in qv2.feedback.value and "earlier answer is back" in qv2.status.value
    assert "Chief Ana Ruiz" in again.question("who-typed").answer_html.value


def test_name_asked_once_and_answers_kept(small, progress_folder):
    v = tq.show(small)
    assert v.bar.name_text in v.bar.row.children
    qv = v.question("single")
    choose(qv, 0)
    qv.check_button.click()
    assert "Not saved yet" in qv.status.value and "Right" in qv.feedback.value
    v.bar.start_button.click()  # empty name
    assert "name is empty" in v.bar.message.value
    v.bar.name_text.value = "  Bo  "
    v.bar.start_button.click()
    assert record(progress_folder, "Bo", "single")["correct"] is True  # saved once named
    assert "Download my answers" in v.bar.download.value


def test_not_you_switches_student(small, progress_folder):
    v = tq.show(small, student="Ana")
    other = tq.show(small, "single")  # a second view in the same notebook
    qv = v.question("single")
    choose(qv, 0)
    qv.check_button.click()
    chosen = qv.controls[0].index
    v.bar.not_you_button.click()  # asks first: nothing changes yet
    assert v.session.student == "Ana" and qv.controls[0].index == chosen is not None
    v.bar.sign_out_button.click()
    assert v.bar.name_text in v.bar.row.children and other.bar.name_text in other.bar.row.children
    assert qv.controls[0].index is None and qv.feedback.value == ""
    v.bar.name_text.value = "Cy"
    v.bar.start_button.click()
    assert "Answering as <b>Cy</b>" in other.bar.who.value
    assert other.question("single").controls[0].index is None  # Cy has not answered
    assert record(progress_folder, "Ana", "single")["correct"] is True  # Ana's answer kept


def test_one_name_bar_for_the_notebook(small, progress_folder):
    """With the notebook's name bar shown (a lesson's set-up cell), questions leave out their own
    bar, and the one bar still does all it did: name, remembered student, saving, download link,
    "Not you?" and loading answers back, for every question."""
    bar = tq.name_bar()
    assert tq.name_bar() is bar  # made once
    one, two = tq.show(small, "single"), tq.show(small, "who-typed")
    for v in (one, two):
        assert not v.own_bar and v.bar is bar
        assert not any(w is bar.name_text for w in walk(v.widget))
    qv = one.question("single")
    choose(qv, 0)
    qv.check_button.click()
    assert "Not saved yet" in qv.status.value and "at the top" in qv.status.value
    bar.name_text.value = "Bo"
    bar.start_button.click()
    assert record(progress_folder, "Bo", "single")["correct"] is True  # saved once named
    assert "Answering as <b>Bo</b>" in bar.who.value and "Download my answers" in bar.download.value
    link = bar.download.value
    two.question("who-typed").reveal_button.click()
    assert bar.download.value != link  # the link follows every save
    bar.not_you_button.click()
    bar.sign_out_button.click()
    assert bar.name_text in bar.row.children and qv.feedback.value == ""
    bar.name_text.value = "Cy"
    bar.start_button.click()
    assert qv.controls[0].index is None  # Cy has not answered
    from toolkit.quiz import session

    session.reset_sessions()  # the lesson run again: a new bar shows the remembered student
    again = tq.name_bar()
    assert again is not bar and "Answering as <b>Cy</b>" in again.who.value
    assert tq.show(small, "single").bar is again


def test_script_in_text_is_escaped(small):
    v = tq.show(small, student="Ana")
    for w in walk(v.widget):
        if isinstance(w, (W.HTML, W.Label)):
            assert "<script>" not in w.value
    bundle = v._repr_mimebundle_()
    assert "<script>" not in bundle["text/html"]
    assert "&lt;script&gt;" in bundle["text/html"]
    labels = [lab for w in walk(v.widget) if isinstance(w, W.RadioButtons)
              for lab in w._options_labels]
    labels += [w.description for w in controls(v)]
    if widgets.IPYWIDGETS_7:  # ipywidgets 7 shows descriptions as HTML: they must be escaped
        assert not any("<script>" in lab for lab in labels)
    else:  # ipywidgets 8 shows them as plain text
        assert not any(getattr(w, "description_allow_html", False) for w in controls(v))


def test_static_fallback(small):
    v = tq.show(small, "single", student="Ana")
    bundle = v._repr_mimebundle_()
    assert bundle["application/vnd.jupyter.widget-view+json"]["model_id"] == v.widget.model_id
    assert "Check button cannot work in this preview" in bundle["text/html"]
    assert "Right one" in bundle["text/html"] and "Pick" in bundle["text/plain"]
    whole = tq.show(small)._repr_mimebundle_()
    for text in ("First look?", "Tick the reporting words.", "The bridge opened in 1990.",
                 "What did you notice?"):
        assert text in whole["text/plain"]


def test_show_example_whole_quiz():
    v = tq.show("example", student="Ana")
    assert len(v.questions) == 9
    assert "Answered: 0 of 9" in v.summary.value


def test_unknown_question(small):
    from toolkit.errors import ToolkitError

    with pytest.raises(ToolkitError, match="no question 'nope'"):
        tq.show(small, "nope")


def test_question_boxes_carry_the_classes_the_browser_suite_finds():
    from toolkit.quiz import load_quiz

    view = tq.show(load_quiz("example"))
    html_classes = []

    def walk(widget):
        html_classes.extend(getattr(widget, "_dom_classes", ()))
        for child in getattr(widget, "children", ()):
            walk(child)

    walk(view.widget)
    assert "medialit-quiz" in html_classes
    assert "medialit-feedback" in html_classes


def test_right_answer_is_not_always_shown_first():
    """A student who always picks the first option must not win; the order is stable per question."""
    from toolkit.quiz import load_quiz, shipped_quizzes
    from toolkit.quiz.widgets import display_order

    first_right = total = 0
    for name in shipped_quizzes():
        for q in load_quiz(name):
            if q.type == "choice" and not q.multiple:
                shown = display_order(q)
                assert [o.text for o in shown] == [o.text for o in display_order(q)]
                assert sorted(o.text for o in shown) == sorted(o.text for o in q.options)
                total += 1
                first_right += shown[0].correct
    assert total >= 10
    assert first_right / total < 0.6, (first_right, total)


def test_focus_ring_and_clicked_words_styled_in_every_question(small):
    """Each question carries the quiz style (focus ring, clicked word buttons) in its own HTML,
    and a class naming it; the browser suite measures the colours (3:1 or more)."""
    v = tq.show(small, student="Ana")
    assert "medialit-view" in v.widget._dom_classes
    for qv in v.questions:
        assert qv.header.value.startswith(f"<style>{widgets.QUIZ_CSS}</style>")
        assert widgets.question_class(small.name, qv.q.id) in qv.box._dom_classes
    for rule in (":focus-visible", "outline:3px solid", ".widget-toggle-button.mod-active"):
        assert rule in widgets.QUIZ_CSS


def test_saved_message_has_one_full_stop_after_an_initial(small, progress_folder, no_debounce):
    # A name written as the teacher guide asks ("Sam K.") must not read "Saved for Sam K.."
    v = tq.show(small, student="Sam K.")
    qv = v.question("reflect")
    qv.controls[0].value = "The source"
    qv.save_button.click()
    assert "Saved for Sam K.<" in qv.status.value and "K.." not in qv.status.value
    # ... nor "Answering as Sam K.." in the name bar (s5 walkthrough #19): no message the
    # toolkit shows a student puts a second full stop after the name, with the tags taken out.
    bar = tq.name_bar()
    bar.session.set_student("Sam K.")
    bar.refresh()
    shown = [w.value for w in (bar.who, bar.message, qv.status, qv.feedback)]
    for text in shown:
        plain = re.sub(r"<[^>]+>", "", text)
        assert not re.search(r"(?<!\.)\.\.(?!\.)", plain), plain
    assert "Answering as Sam K." in re.sub(r"<[^>]+>", "", bar.who.value)


def test_tick_every_answer_is_said_once(small):
    # s5 walkthrough #20: "... Tick all that fit." in the prompt and "Tick every answer that
    # fits:" above the boxes. The instruction comes from the question type, once, in every
    # shipped quiz; a teacher's prompt that says it already does not get it again.
    from toolkit.quiz import load_quiz, shipped_quizzes
    from toolkit.quiz.questions import Option, Question
    from toolkit.quiz.types.choice import TICK, TICK_ALL

    def said(question) -> int:
        view = widgets.QuestionView(small, question, widgets.get_session())
        labels = [w.value for w in walk(view.box) if isinstance(w, W.Label)]
        return sum(TICK_ALL in v for v in labels) + len(TICK.findall(question.prompt))

    several = [q for name in shipped_quizzes() for q in load_quiz(name)
               if getattr(q, "multiple", False)]
    assert several, "no shipped question with several right answers"
    for q in several:
        assert not TICK.search(q.prompt), f"{q.id}: the prompt says to tick; the box says it"
        assert said(q) == 1, q.id
    opts = (Option("A", True, "Right."), Option("B", True, "Right."), Option("C", False, "No."))
    own = Question("own", "choice", "Which fit? Tick all that fit.", options=opts, multiple=True)
    assert said(own) == 1


def test_a_says_who_question_about_he_shows_the_sentence_before():
    # s5 walkthrough #14: "Who is "he"? Look at the sentence before it in the report." and the
    # sentence before was 8 cells up. Every shipped says-who question whose speaker is a word
    # standing for someone named earlier shows that sentence; a prompt that sends the student to
    # "the sentence before" is one of them.
    from toolkit import load_key
    from toolkit.quiz import load_quiz, shipped_quizzes
    from toolkit.quiz.types import question_type
    from toolkit.quiz.types.says_who import _STAND_INS
    from toolkit.render.html import esc

    seen = 0
    for name in shipped_quizzes():
        for q in load_quiz(name):
            if q.type != "says_who":
                if "sentence before" in q.prompt.lower():
                    raise AssertionError(f"{q.id}: asks about the sentence before but cannot show it")
                continue
            speaker = next((e.text for e in q.sentence.key.evidence if e.kind == "speaker"), "")
            before = load_key(q.sentence.article).get(q.sentence.n - 1).text
            shown = question_type(q).header_html(q)
            if speaker.lower() in _STAND_INS or "sentence before" in q.prompt.lower():
                seen += 1
                assert esc(before) in shown, q.id
                assert shown.index("before it") < shown.index("<blockquote"), q.id
            else:
                assert "before it" not in shown, q.id
    assert seen >= 1
