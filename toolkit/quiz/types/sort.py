"""Sort the sentences: give each sentence of the answer key one of the labels.

>>> from toolkit.quiz import load_quiz
>>> q = load_quiz("example").get("sort-mixed")
>>> v = SORT.check(q, [item.key.label for item in q.sentences])
>>> v.correct, v.summary, [r.right for r in v.rows][:2]
(True, '4/4', [True, True])
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import NamedTuple

from ...evidence import LABELS
from ...keys import KeySentence
from ...palette import LABEL_STYLES
from ...render.html import esc
from ..feedback import RIGHT, WRONG, _label_badge, explain_sentence, verdict
from ..questions import parse_ref
from ...wording import agree, count
from .base import QuestionType, Verdict, md_label, md_text


class SortRow(NamedTuple):
    """One sentence of a sort question: its place, the label chosen (None if none yet), whether
    the key accepts it (None if it was not checked: nothing chosen here, or some sentence still
    has no label) and the key's entry.

    >>> from toolkit.quiz import load_quiz
    >>> check_sort(load_quiz("example").get("sort-mixed"), ["claim"] * 4).rows[0][:3]
    (1, 'claim', False)
    """

    n: int
    chosen: str | None
    right: bool | None
    key: KeySentence


@dataclass(frozen=True)
class SortVerdict(Verdict):
    """A sort answer checked: a row per sentence, how many are right of how many.

    >>> from toolkit.quiz import load_quiz
    >>> v = check_sort(load_quiz("example").get("sort-mixed"), ["attributed", "opinion"] * 2)
    >>> v.right, v.total, v.summary, [row.right for row in v.rows]
    (1, 4, '1/4', [True, False, False, False])
    """

    rows: tuple[SortRow, ...] = ()
    right: int = 0
    total: int = 0


def check_sort(q, answer) -> SortVerdict:
    """Check a list of labels, one per sentence (None where the student chose nothing).

    Only a sort with every sentence labelled is checked. With some sentences still unlabelled
    the verdict is "incomplete" (``correct`` None, so no try is saved) and says nothing about
    the labels chosen so far: marking them right or wrong one at a time would let a student
    find each answer without it counting, and a student who checks a sentence at a time would
    show in the class results as wrong on the first try (s12 walkthrough #35).

    >>> from toolkit.quiz import load_quiz
    >>> q = load_quiz("example").get("sort-mixed")
    >>> check_sort(q, []).summary
    'empty'
    >>> v = check_sort(q, ["claim", None, "opinion"])
    >>> v.correct, v.summary, [(row.chosen, row.right) for row in v.rows][:2]
    (None, 'incomplete', [('claim', None), (None, None)])
    """
    answer = list(answer or [])
    answer += [None] * (len(q.sentences) - len(answer))
    if all(a is None for a in answer):
        return SortVerdict(None, None, "empty")
    if any(a is None for a in answer[:len(q.sentences)]):
        rows = tuple(SortRow(i, chosen, None, item.key)
                     for i, (item, chosen) in enumerate(zip(q.sentences, answer), start=1))
        return SortVerdict(None, None, "incomplete", rows, 0, len(q.sentences))
    rows = tuple(SortRow(i, chosen, chosen in item.key.accepted, item.key)
                 for i, (item, chosen) in enumerate(zip(q.sentences, answer), start=1))
    right = sum(1 for r in rows if r.right)
    total = len(q.sentences)
    return SortVerdict(right == total, right / total, f"{right}/{total}", rows, right, total)


def _numbers(ns: list[int]) -> str:
    """Numbers as a list in words.

    >>> _numbers([4]), _numbers([2, 4]), _numbers([2, 3, 4])
    ('4', '2 and 4', '2, 3 and 4')
    """
    words = [str(n) for n in ns]
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


def sort_html(v) -> str:
    """The feedback for a sort question's verdict (``check_sort``).

    >>> from toolkit.quiz import load_quiz
    >>> q = load_quiz("example").get("sort-mixed")
    >>> "1 of 4 sentences is right" in sort_html(check_sort(q, ["claim"] * 4))
    True
    >>> html = sort_html(check_sort(q, ["claim", None, "opinion"]))  # no sentence marked right
    >>> "Sentences 2 and 4 have no label yet. Choose a label for each" in html, "right" in html
    (True, False)
    """
    if v.correct is None:
        missing = [r.n for r in v.rows if r.chosen is None]
        still = ""
        if missing:  # some labelled, some not: say which still need one, not which are right
            still = (f"{'Sentences' if len(missing) > 1 else 'Sentence'} {_numbers(missing)} "
                     f"{agree(len(missing), 'has', 'have')} no label yet. ")
        return verdict(False, still + "Choose a label for each sentence, then press Check.")
    rows = []
    for r in v.rows:
        ks = r.key
        if r.right:
            note = ""
            if r.chosen != ks.label:
                note = (f" The key's main label is {_label_badge(ks.label)}; yours is also "
                        f"accepted.")
            rows.append(f"<li>{RIGHT} Sentence {r.n}: {_label_badge(r.chosen)} is right.{note}"
                        f"{explain_sentence(ks)}</li>")
        else:
            rows.append(f"<li>{WRONG} Sentence {r.n}: not {_label_badge(r.chosen)}. "
                        f"{_sort_nudge(ks, r.chosen)}</li>")
    head = verdict(bool(v.correct), "every sentence is labeled right." if v.correct else
                   f"{v.right} of {count(v.total, 'sentence')} {agree(v.right, 'is', 'are')} right. "
                   f"Look again at the ones marked "
                   f"{WRONG}.")
    return head + f"<ul>{''.join(rows)}</ul>"


# A nudge for each wrong label: first why the label chosen does not fit, then what to look at,
# without giving the answer away (issue 15, walkthrough 4 finding 7: choosing "Asks you to act"
# for an opinion must not get "Does it ask you to act?" back). Keyed by (key's label, chosen).
_SOURCE = "Look for a person or group and a reporting word next to it (says, told, reports)."
_YOU = "Look for words that speak to you, the reader ('you', 'please', 'share')."
NUDGES = {
    ("attributed", "claim"): "It does name a source. Who says it? " + _SOURCE,
    ("attributed", "opinion"): ("The strong words here come from someone the sentence names, "
                                "not from the writer. Who says them? " + _SOURCE),
    ("attributed", "call_to_action"): ("It does not ask you, the reader, to do anything. "
                                       "Who says it? " + _SOURCE),
    ("claim", "attributed"): ("No one is named as the source: a name in a sentence is not always "
                              "a source. Who says this? Look for a reporting word like 'says'."),
    ("claim", "opinion"): ("A strong word can describe what happens without giving the writer's "
                           "view. Is there a word that only judges, like 'disgraceful', 'must' or "
                           "'the best'? If not, the sentence states something as fact, and names "
                           "no source."),
    ("claim", "call_to_action"): ("It does not ask you, the reader, to do anything. Does it "
                                  "judge, or does it state something as fact with no source "
                                  "named?"),
    ("opinion", "attributed"): ("No one is named as saying it, so the judging words are the "
                                "writer's own. Which words judge or take a side?"),
    ("opinion", "claim"): ("Could a reader check this, or is it the writer's view? Look for a "
                           "word that judges, takes a side, or says what someone must do."),
    ("opinion", "call_to_action"): ("It does not ask you, the reader, to do anything: it talks "
                                    "about other people. Which words judge or take a side, or "
                                    "say what someone else must do?"),
    ("call_to_action", "attributed"): ("No one is named as saying it. " + _YOU
                                       + " What does it ask you to do?"),
    ("call_to_action", "claim"): ("It does more than state a fact. " + _YOU
                                  + " What does it ask you to do?"),
    ("call_to_action", "opinion"): ("It may judge too, but it does more. " + _YOU
                                    + " What does it ask you to do?"),
}


def _sort_nudge(ks: KeySentence, chosen: str) -> str:
    """Why the chosen label does not fit and what to look at, without giving the answer away.

    >>> from toolkit.keys import KeySentence
    >>> _sort_nudge(KeySentence(1, "We must act.", "opinion"), "call_to_action")[:45]
    'It does not ask you, the reader, to do anythi'
    """
    return NUDGES.get((ks.label, chosen), "Look again: which words show where it comes from, "
                                          "or whether it judges or asks you to act?")


class SortType(QuestionType):
    """Label each of several sentences; the key gives every sentence's accepted labels.

    >>> from toolkit.quiz import load_quiz
    >>> from toolkit.quiz.types import question_type
    >>> q = load_quiz("example").get("sort-mixed")
    >>> kind = question_type(q)
    >>> kind.check(q, ["attributed", "claim", "opinion", "call_to_action"]).correct
    True
    >>> kind.answer_text(q, ["attributed", "claim"])  # as the class CSV shows it
    'Names a source; Says it as fact (no source)'
    """

    name = "sort"
    fields = frozenset({"sentences", "labels"})
    prompt = ("Label each sentence: does it name a source, say something as fact with no source, "
              "give the writer's opinion, or ask you to act?")
    hint = ("Look for reporting words such as 'says', 'told' or 'reports' and a name next to "
            "them; then look for judging words such as 'brilliant' or 'must'.")

    def parse(self, raw, folder, bad) -> dict:
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
            item = parse_ref(ref, f"sentences[{j}]", folder, bad)
            if item is not None:
                if not set(item.key.accepted) & {lab for lab in labels if isinstance(lab, str)}:
                    bad(f"sentences[{j}]", f"the key labels {item.article} sentence {item.n} "
                                           f"{item.key.label!r}, which is not in this "
                                           f"question's labels: add it or pick another sentence.")
                items.append(item)
        return dict(sentences=tuple(items), labels=tuple(lab for lab in labels if lab in LABELS))

    def check(self, q, answer) -> SortVerdict:
        return check_sort(q, answer)

    def feedback(self, q, v) -> str:
        return sort_html(v)

    def reveal(self, q) -> str:
        """Each sentence's label from the key, with its evidence."""
        rows = "".join(f"<li>Sentence {i}: {_label_badge(item.key.label)}"
                       f"{explain_sentence(item.key)}</li>"
                       for i, item in enumerate(q.sentences, start=1))
        return f"<div><b>Answer:</b><ol>{rows}</ol></div>"

    def answer_key(self, q) -> list[str]:
        """Each sentence with the key's label, the labels also accepted and the key's reason."""
        out = []
        for i, item in enumerate(q.sentences, start=1):
            ks = item.key
            also = f" (also accepted: {', '.join(md_label(a) for a in ks.also)})" if ks.also else ""
            out.append(f"- Sentence {i} ({item.article} #{ks.n}): {md_text(ks.text)} → "
                       f"**{md_label(ks.label)}**{also}. {md_text(ks.reason)}")
        return out

    def answer_text(self, q, answer) -> str:
        """The labels by name ("(none)" where none was chosen)."""
        return "; ".join(LABEL_STYLES[a].name if a in LABEL_STYLES else "(none)"
                         for a in answer)

    def common_wrong(self, q, wrong: list[dict]) -> tuple[str, int, str]:
        """The wrong label chosen most often on one sentence: (label name, how many, sentence)."""
        tallies = [Counter() for _ in q.sentences]
        for rec in wrong:
            first = rec.get("first_answer")
            if first is None and rec.get("correct") is False:
                first = rec.get("answer")
            if not isinstance(first, list):
                continue
            for i, (item, chosen) in enumerate(zip(q.sentences, first)):
                if chosen is not None and chosen not in item.key.accepted:
                    tallies[i][chosen] += 1
        best = max(range(len(q.sentences)), key=lambda i: sum(tallies[i].values()),
                   default=None)
        if best is None or not tallies[best]:
            return "", 0, ""
        label, count = tallies[best].most_common(1)[0]
        name = LABEL_STYLES[label].name if label in LABEL_STYLES else str(label)
        return name, count, q.sentences[best].text

    def build(self, view):
        import ipywidgets as W

        from ..controls import INITIAL, html_widget, label_option, make

        rows = []
        for i, item in enumerate(view.q.sentences, start=1):
            radio = make(W.RadioButtons, style=INITIAL,
                         options=[label_option(lab) for lab in view.q.labels], value=None,
                         description="Your label")  # "Sentence N:" is the line above
            radio.observe(view.keep_draft, names="value")  # a half-done sort survives a restart
            view.controls.append(radio)
            rows.append(html_widget(f'<div style="margin-top:6px"><b>Sentence {i}:</b> '
                                    f'{esc(item.text)}</div>'))
            rows.append(radio)
        return make(W.VBox, children=rows)

    def read(self, view):
        return [r.value for r in view.controls]

    def write(self, view, answer) -> None:
        answer = list(answer or [])
        for i, radio in enumerate(view.controls):
            lab = answer[i] if i < len(answer) else None
            radio.value = lab if lab in view.q.labels else None

    def preview_html(self, q) -> str:
        names = ", ".join(esc(f"{LABEL_STYLES[lab].marker} {LABEL_STYLES[lab].name}")
                          for lab in q.labels)
        return (f"<p>Labels: {names}</p><ol>" + "".join(
            f"<li>{esc(item.text)}</li>" for item in q.sentences) + "</ol>")

    def preview_text(self, q) -> list[str]:
        return [f"  {i}. {item.text}" for i, item in enumerate(q.sentences, start=1)]


SORT = SortType()
