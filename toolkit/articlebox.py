"""Lesson 6's article box: paste an article (or open a text file), press Analyze.

The box replaces pasting into a string in a code cell (one wrong selection there gave a
SyntaxError). It uses standard ipywidgets only (7.7 and 8.1; JupyterLab, Notebook 7, VS Code,
Colab and the browser site), imported when a box is made. Every view the lesson shows from it
(the labeled article, the report card, the chart, the sentences to look at twice, and the
sample answers of the reflections) follows the article analyzed last: pressing Analyze again
updates them all, with no cell to re-run. Where no kernel runs, each view shows as plain HTML.

Input is checked by the toolkit's own rules (``article_from_text``: empty, binary, too large,
HTML, not English) plus the box's limits, and every problem is one plain sentence in the box.

A student's own article is kept beside their saved answers (``ProgressStore.keep_article``: the
same lock and atomic write) each time it is analyzed, so after a kernel restart Run All puts it
back in the box and says so, as the answers come back. **Use the practice article** forgets it.

Drive it from Python as a student would::

    box = ArticleBox()
    box.text.value = "..."; box.analyse_button.click()
    box.message.value, box.analysis.density.sentences
"""

from __future__ import annotations

import dataclasses

import ipywidgets as W

from .analysis import Analysis, analyze
from .articles import article_from_text, decode_text
from .errors import ToolkitError
from .quiz import settle
from .quiz.picker import file_picker, picker_support
from .render.html import esc

MAX_WORDS = 5000
"""The longest article the box takes, in words (a long feature story is about 3,000)."""
MIN_SENTENCES = 3
"""The fewest sentences (headline included) that make an article to analyze."""
MAX_FILE_BYTES = 1024 * 1024
"""The largest text file the box opens (1 MB is far more than 5,000 words)."""

LESSON = "06-your-turn"
"""The lesson whose kept article the box shows (the key in the student's progress file)."""

PRACTICE = "library"
"""The practice article the box starts with (toolkit/data/practice/library.txt)."""

_WARN = "color:#a33f00"
_OK = "color:#006b4f"


def practice_text(name: str = PRACTICE) -> str:
    """The text of a shipped practice article (``toolkit/data/practice/NAME.txt``).

    >>> practice_text().splitlines()[0]
    'Riverside Library Reopens After Flood Repairs'
    """
    from .datafiles import shipped

    return shipped("practice", f"{name}.txt").read_text(encoding="utf-8")


def check_text(text: str) -> Analysis:
    """Analyze pasted text within the box's limits, or raise one plain sentence saying what to do.

    Raises:
        ToolkitError: for an empty, binary, too long or too short text (the toolkit's own checks
            for empty, binary and huge text come first).

    >>> check_text("Hi.")
    Traceback (most recent call last):
    ...
    toolkit.errors.ToolkitError: That is only 1 sentence: paste the whole article (at least 3 sentences), then press Analyze.
    """
    words = len(text.split())
    if words > MAX_WORDS:
        raise ToolkitError(f"That is {words:,} words; the box takes up to {MAX_WORDS:,}: paste "
                           f"a shorter article, or just its first part, then press Analyze.")
    analysis = analyze(article_from_text(text))  # empty, binary, huge; HTML, language: warnings
    n = len(analysis.sentences)
    if n < MIN_SENTENCES:
        raise ToolkitError(f"That is only {n} sentence{'s' if n != 1 else ''}: paste the whole "
                           f"article (at least {MIN_SENTENCES} sentences), then press Analyze.")
    return analysis


class LiveView:
    """One view of the box's latest analysis: an HTML widget redrawn after each Analyze.

    >>> view = LiveView(lambda a: f"<b>{len(a.sentences)} sentences</b>")
    >>> view.redraw(analyze("Rain fell. Roads flooded. Schools closed.", readability=False))
    >>> view.widget.value
    '<b>3 sentences</b>'
    """

    def __init__(self, render):
        self.render = render
        self.widget = W.HTML(value="")

    def redraw(self, analysis: Analysis) -> None:
        """Draw the view for this analysis (a problem drawing it is shown, not raised)."""
        try:
            self.widget.value = str(self.render(analysis))
        except ToolkitError as exc:
            self.widget.value = f'<p style="{_WARN}">\u26A0 {esc(exc)}</p>'

    def _repr_mimebundle_(self, include=None, exclude=None):
        from .quiz.widgets import widget_bundle

        bundle = widget_bundle(self.widget)
        bundle["text/html"] = self.widget.value
        bundle["text/plain"] = "(Run the lesson in Jupyter to see this view.)"
        return bundle


class ArticleBox:
    """A text box holding an article, an Analyze button and a file picker; ``analysis`` is the
    latest article analyzed, and the views made from the box follow it.

    >>> import tempfile
    >>> from toolkit.quiz import set_progress_dir
    >>> set_progress_dir(tempfile.mkdtemp())  # this example saves to a scratch folder
    >>> box = ArticleBox("Park Plan Stalls\\n\\nThe city will spend $2 million on the park. "
    ...                  "A city official said work starts in May. Neighbors say it costs too "
    ...                  "much.")
    >>> labels = box.labels()  # a view that follows the box
    >>> box.text.value = "Too short."
    >>> box.analyze()
    False
    >>> print(box.message.value)  # doctest: +ELLIPSIS
    <div ...>⚠ That is only 1 sentence: paste the whole article (at least 3 sentences), then press Analyze. The lesson still shows the article you analyzed before.</div>
    >>> box.analysis.name, "Park Plan Stalls" in labels.widget.value  # still the last good one
    ('Park Plan Stalls', True)
    >>> set_progress_dir(None)
    """

    def __init__(self, text: str | None = None, lesson: str = LESSON, session=None):
        from .quiz.session import get_session

        self.lesson = lesson
        self.session = session or get_session()
        self._owner: str | None = None  # the student whose kept article the box shows
        self._shown = ""  # the text analyzed last
        kept = self._kept() if text is None else None
        if kept is not None:
            text = kept["text"]
        self.text = W.Textarea(value=practice_text() if text is None else text,
                               description="Your article",
                               placeholder="Paste your article here: the headline, then the "
                                           "paragraphs",
                               rows=14, style={"description_width": "initial"},
                               layout=W.Layout(width="98%"))
        self.analyse_button = W.Button(description="Analyze", button_style="primary",
                                       tooltip="Analyze the article in the box",
                                       layout=W.Layout(width="auto"))
        self.analyse_button.on_click(lambda _b: self.analyze())
        self.upload = file_picker("Open a text file", ".txt,.text,.md,.html,.htm")
        self.upload.observe(self._uploaded, names="value")
        self.clear_button = W.Button(description="Use the practice article",
                                     tooltip="Forget your article and show the practice one",
                                     layout=W.Layout(width="auto"))
        self.clear_button.on_click(lambda _b: self.use_practice())
        self.limits = W.HTML(value=(f'<span style="color:#444">Up to {MAX_WORDS:,} words, at '
                                    f"least {MIN_SENTENCES} sentences. Plain text works best; "
                                    f"copied web-page code is cleaned.</span>"))
        self.message = W.HTML(value="")
        self.message.add_class("medialit-feedback")
        self.analysis: Analysis | None = None
        self.is_practice = text is None
        self._views: list[LiveView] = []
        self._quizzes: list = []
        self.widget = W.VBox([self.text,
                              W.HBox([self.analyse_button, self.upload, self.clear_button],
                                     layout=W.Layout(flex_flow="row wrap")),
                              self.limits, self.message, picker_support()],
                             layout=W.Layout(border="1px solid #bbb", padding="6px"))
        # Analyze waits until the kernel has the text the student sees: the text is sent as it
        # is typed, and each new text waits for the kernel to answer the one before, while the
        # click does not wait (the name bar's script holds it: quiz.settle)
        self.widget.add_class(settle.HOLD_CLASS)
        settle.watch(self.widget, [self.text])
        self.analyze(kept=kept)
        self.session.attach(self)

    # -- analyzing ------------------------------------------------------------------------------
    def analyze(self, kept: dict | None = None) -> bool:
        """Analyze the text in the box; on success update every view, else say what to fix.

        A student's own article that was analyzed is kept with their saved answers.

        Args:
            kept: the saved record the text came from (the box says it is back), if any.

        Returns:
            True if the article was analyzed (the views now show it).
        """
        text = self.text.value
        try:
            analysis = check_text(text)
        except ToolkitError as exc:
            kept = (" The lesson still shows the article you analyzed before."
                    if self.analysis is not None else "")
            self.message.value = f'<div style="{_WARN}">\u26A0 {esc(exc)}{esc(kept)}</div>'
            return False
        self.is_practice = text.strip() == practice_text().strip()
        self.analysis = analysis
        self._shown = text
        n = len(analysis.sentences)
        what = ("This is the practice article. To use your own, paste it in its place and press "
                "Analyze." if self.is_practice else
                "The labels, report card, chart and sample answers below follow it." if kept else
                "Done: the labels, report card, chart and sample answers below now follow this "
                "article.")
        keep = "" if self.is_practice else self._keep(text, analysis.name, kept)
        self.clear_button.layout.display = "none" if self.is_practice else None
        warn = "".join(f'<div style="{_WARN}">\u26A0 {esc(w)}</div>'
                       for w in analysis.article.warnings)
        head = ("Your article is back" if kept is not None else "Analyzed")
        self.message.value = (f'{warn}<div style="{_OK}">\u2714 {head}: '
                              f"\u201c{esc(analysis.name)}\u201d, {n} sentence"
                              f"{'s' if n != 1 else ''}, headline included. {esc(what)}</div>"
                              f"{keep}")
        for view in self._views:
            view.redraw(analysis)
        self._update_samples()
        return True

    # -- keeping the student's own article -------------------------------------------------------
    def _kept(self) -> dict | None:
        """The article the current student kept for this lesson, or None (no name, none kept, or
        the file cannot be read: then the box simply starts with the practice article)."""
        student = self.session.student
        if not student:
            return None
        try:
            kept = self.session.store.article(student, self.lesson)
        except ToolkitError:
            return None
        if kept is not None:
            self._owner = student
        return kept

    def _keep(self, text: str, name: str, kept: dict | None) -> str:
        """Keep the student's article with their answers; return the line saying so (HTML)."""
        from .quiz.progress import readable_time

        student = self.session.student
        if not student:
            self._owner = None
            return (f'<div style="{_WARN}">Type your name in the box at the top of the lesson '
                    "and press Enter or Start, so this article is kept with your answers and "
                    "comes back if the notebook restarts.</div>")
        if kept is None:
            try:
                kept = self.session.store.keep_article(student, self.lesson, text, name)
            except ToolkitError as exc:
                return f'<div style="{_WARN}">\u26A0 {esc(exc)}</div>'
        self._owner = student
        return (f'<div style="color:#444">It is kept with your answers (saved '
                f"{esc(readable_time(kept.get('time')))}), so it comes back if the notebook "
                "restarts. To forget it, press <b>Use the practice article</b>.</div>")

    def use_practice(self) -> None:
        """Forget the student's kept article and analyze the practice article again.

        >>> import tempfile
        >>> from toolkit.quiz import set_progress_dir
        >>> set_progress_dir(tempfile.mkdtemp())  # this example saves to a scratch folder
        >>> box = ArticleBox("Park Plan Stalls\\n\\nThe city will spend $2 million on the park. A city "
        ...                  "official, who asked not to be named, said work starts in May. Neighbors "
        ...                  "say it costs too much.")
        >>> box.use_practice()
        >>> box.is_practice, box.analysis.name
        (True, 'Riverside Library Reopens After Flood Repairs')
        >>> set_progress_dir(None)
        """
        student = self.session.student
        if student:
            try:
                self.session.store.forget_article(student, self.lesson)
            except ToolkitError as exc:
                self.message.value = f'<div style="{_WARN}">\u26A0 {esc(exc)}</div>'
                return
        self._owner = None
        self.text.value = practice_text()
        self.analyze()

    def student_changed(self) -> None:
        """Another student signed in (or answers were loaded): show the article they kept.

        An article pasted before anyone signed in is kept for the student who signs in; the
        article of a student who leaves ("Not you?") is taken off the screen.
        """
        student = self.session.student
        kept = self._kept()
        if kept is not None:
            if self.analysis is None or kept["text"] != self._shown:
                self.text.value = kept["text"]
                self.analyze(kept=kept)
            return
        if self._owner is not None and self._owner != student:
            self._owner = None
            self.text.value = practice_text()
            self.analyze()
        elif student and not self.is_practice and self.analysis is not None:
            self.analyze()  # pasted before signing in: keep it for this student now

    answers_changed = None  # nothing here follows single answers

    def _uploaded(self, change) -> None:
        value = change["new"]
        # ipywidgets 7: {name: {"metadata": {...}, "content": bytes}}; 8: ({"name", "content"},)
        if isinstance(value, dict):
            files = [dict(v, name=v.get("metadata", {}).get("name", k)) for k, v in value.items()]
        else:
            files = [dict(v) for v in (value or ())]
        if not files:
            return
        name, content = str(files[0].get("name", "the file")), bytes(files[0].get("content", b""))
        if len(content) > MAX_FILE_BYTES:
            self.message.value = (f'<div style="{_WARN}">\u26A0 {esc(name)} is '
                                  f"{len(content) / 1024 / 1024:.1f} MB; the box opens text "
                                  f"files up to {MAX_FILE_BYTES // 1024 // 1024} MB: open a "
                                  f"smaller file.</div>")
            return
        try:
            text = decode_text(content, name)
        except ToolkitError as exc:
            self.message.value = f'<div style="{_WARN}">\u26A0 {esc(exc)}</div>'
            return
        self.text.value = text
        self.analyze()

    # -- views that follow the latest analysis ---------------------------------------------------
    def view(self, render) -> LiveView:
        """A view drawn by ``render(analysis)`` (HTML), redrawn after every Analyze.

        >>> import tempfile
        >>> from toolkit.quiz import set_progress_dir
        >>> set_progress_dir(tempfile.mkdtemp())  # this example saves to a scratch folder
        >>> box = ArticleBox("Park Plan Stalls\\n\\nThe city will spend $2 million on the park. A city "
        ...                  "official, who asked not to be named, said work starts in May. Neighbors "
        ...                  "say it costs too much.")
        >>> count = box.view(lambda a: f"{len(a.by_label('attributed'))} name a source")
        >>> count.widget.value
        '2 name a source'
        >>> box.text.value = "Bus Fares Fall\\n\\nThe mayor said fares will fall. Riders cheered. It rained."
        >>> box.analyze(), count.widget.value  # the view follows the box
        (True, '1 name a source')
        >>> set_progress_dir(None)
        """
        live = LiveView(render)
        if self.analysis is not None:
            live.redraw(self.analysis)
        self._views.append(live)
        return live

    def labels(self) -> LiveView:
        """The article with a label on every sentence and the reasons."""
        return self.view(lambda a: a.to_html())

    def look_twice(self) -> LiveView:
        """Sentences of the article where a reader may fairly disagree with the tool.

        >>> import tempfile
        >>> from toolkit.quiz import set_progress_dir
        >>> set_progress_dir(tempfile.mkdtemp())  # this example saves to a scratch folder
        >>> box = ArticleBox("Park Plan Stalls\\n\\nThe city will spend $2 million on the park. A city "
        ...                  "official, who asked not to be named, said work starts in May. Neighbors "
        ...                  "say it costs too much.")
        >>> "Sentence 3, “A city official, who asked not to be named" in box.look_twice().widget.value
        True
        >>> set_progress_dir(None)
        """
        from .yourturn import look_twice_html

        return self.view(look_twice_html)

    def report_card(self) -> LiveView:
        """Label counts, the sources the tool found, and a few readability figures."""
        from .lesson import report_card

        return self.view(report_card)

    def density_chart(self) -> LiveView:
        """Which paragraphs name a source: the table and the chart."""
        from .lesson import density_chart

        return self.view(density_chart)

    def sample_answers(self, quiz_view):
        """Make the sample answers of a shown quiz's reflections follow this box's article.

        Args:
            quiz_view: what ``quiz.show("06-your-turn", ...)`` returned.

        Returns:
            The same quiz view, to display.

        >>> import tempfile
        >>> from toolkit.quiz import set_progress_dir
        >>> set_progress_dir(tempfile.mkdtemp())  # this example saves to a scratch folder
        >>> box = ArticleBox("Park Plan Stalls\\n\\nThe city will spend $2 million on the park. A city "
        ...                  "official, who asked not to be named, said work starts in May. Neighbors "
        ...                  "say it costs too much.")
        >>> from toolkit import quiz
        >>> view = box.sample_answers(quiz.show("06-your-turn", "tool-wrong", student="Ana"))
        >>> view.questions[0].q.sample_answer[:44]
        '(Written by the toolkit about your article.)'
        >>> set_progress_dir(None)
        """
        self._quizzes.append(quiz_view)
        self._update_samples()
        return quiz_view

    def _update_samples(self) -> None:
        if self.analysis is None or not self._quizzes:
            return
        from .quiz import grading
        from .quiz.types import question_type
        from .yourturn import sample_answers

        samples = sample_answers(self.analysis)
        for quiz_view in self._quizzes:
            for qv in quiz_view.questions:
                sample = samples.get(qv.q.id)
                if sample is None or not question_type(qv.q).sample_answer:
                    continue
                if not self.is_practice:
                    sample = f"(Written by the toolkit about your article.) {sample}"
                qv.q = dataclasses.replace(qv.q, sample_answer=sample)
                if qv.revealed:
                    qv.answer_html.value = grading.reveal(qv.q)

    # -- display --------------------------------------------------------------------------------
    def _repr_mimebundle_(self, include=None, exclude=None):
        from .quiz.widgets import widget_bundle

        bundle = widget_bundle(self.widget)
        name = esc(self.analysis.name) if self.analysis else "no article yet"
        bundle["text/html"] = (f"<p><i>The article box needs a running notebook: open the "
                               f"lesson in Jupyter or Colab and run it.</i> Analyzed: {name}.</p>")
        bundle["text/plain"] = "The article box needs a running notebook (Jupyter or Colab)."
        return bundle
