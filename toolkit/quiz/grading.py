"""Check answers: pure functions, no widgets; the feedback HTML is built by ``quiz.feedback``.

Each ``grade_*`` function takes a Question and a plain answer (what the progress file stores) and
returns a Result: correct or not, a score for partial credit, and feedback HTML that shows the
evidence from the answer key with the label's colour AND its text marker (never colour alone).

For sort and says-who questions the check itself is apart from its words: ``check_sort`` and
``check_says_who`` return a verdict as plain data (right or not, which items, the counts) and
``quiz.feedback`` turns it into HTML; ``grade_*`` is the two together.

>>> norm_source("The Houston police chief's")
'houston police chief'
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from ..keys import KeySentence, find_words
from ..evidence import EVIDENCE_KINDS
from ..palette import LABEL_STYLES
from ..render.html import esc
from ..sources import accepted_forms, match_source, norm_source
from .feedback import (RIGHT, WRONG, _label_badge, _sort_nudge, evidence_list,  # noqa: F401
                       evidence_spans, explain_sentence, highlight, says_who_html, sort_html,
                       verdict)
from .schema import FIND, Question, load_quiz  # noqa: F401 (load_quiz: the examples)

@dataclass(frozen=True)
class Result:
    """The outcome of a check: ``correct`` (None when ungraded), ``score`` 0..1 and feedback HTML."""

    correct: bool | None
    score: float | None
    html: str
    summary: str = ""


@dataclass(frozen=True)
class Verdict:
    """What a check found, as plain data (no HTML): ``correct`` (None when there is nothing to
    check yet), ``score`` 0..1 and ``summary`` ("empty", "3/5", how a name matched)."""

    correct: bool | None
    score: float | None
    summary: str


class SortRow(NamedTuple):
    """One sentence of a sort question: its place, the label chosen (None if none yet), whether
    the key accepts it (None if none chosen) and the key's entry."""

    n: int
    chosen: str | None
    right: bool | None
    key: KeySentence


@dataclass(frozen=True)
class SortVerdict(Verdict):
    """A sort answer checked: a row per sentence, how many are right of how many."""

    rows: tuple[SortRow, ...] = ()
    right: int = 0
    total: int = 0


@dataclass(frozen=True)
class SaysWhoVerdict(Verdict):
    """A says-who answer checked: what was given, the key's entry, and the word the sentence
    uses for its speaker when it stands for someone named earlier ("he", "the agency"), else ""."""

    answer: object = None
    key: KeySentence | None = None
    stand_in: str = ""


# --- multiple choice -------------------------------------------------------------------------

def grade_choice(q: Question, answer) -> Result:
    """Check a choice answer: an option's text (single) or a list of option texts (multiple)."""
    chosen = _as_list(answer)
    if not chosen:
        return Result(None, None, verdict(False, "Choose an answer first, then press Check."),
                      "empty")
    by_text = {o.text: o for o in q.options}
    lines = []
    for text in chosen:
        opt = by_text.get(text)
        if opt is None:
            continue
        lines.append(option_line(opt))
    correct_set = {o.text for o in q.options if o.correct}
    chosen_set = set(chosen) & set(by_text)
    ok = chosen_set == correct_set
    hits = len(chosen_set & correct_set)
    wrong = len(chosen_set - correct_set)
    if ok:
        head = verdict(True, "that is the answer." if len(correct_set) == 1
                       else "you found every correct option.")
        score = 1.0
    elif q.multiple:
        score = max(0.0, (hits - wrong) / len(correct_set))
        missed = len(correct_set) - hits
        bits = [f"you chose {hits} of the {len(correct_set)} correct options"]
        if wrong:
            bits.append(f"{wrong} of your choices {'is' if wrong == 1 else 'are'} not right")
        if missed:
            bits.append(f"{missed} correct option{'s are' if missed > 1 else ' is'} still "
                        f"unticked")
        head = verdict(False, "; ".join(bits) + ". Read the notes below and try again.")
    else:
        score = 0.0
        head = verdict(False, "read the note below and try again.")
    return Result(ok, score, head + f"<ul>{''.join(lines)}</ul>",
                  f"{hits}/{len(correct_set)}")


def option_line(opt) -> str:
    """One chosen option and its own feedback, as a list item.

    The verdict above already says "Right", so a feedback that starts with "Right" does not say
    it again; an option that ends its own sentence is not followed by a colon (no ".:").

    >>> from toolkit.quiz.schema import Option
    >>> option_line(Option("It is a button.", True, "Right: it is part of the page."))
    '<li>\u2714 <b>It is a button.</b> It is part of the page.</li>'
    """
    text = opt.feedback
    if opt.correct:
        m = re.match(r"Right\b[.:!,]?\s*", text)
        if m and len(text) > m.end():
            text = text[m.end()].upper() + text[m.end() + 1:]
    sep = " " if opt.text.rstrip()[-1:] in (".", "?", "!", ":") else ": "
    mark = RIGHT if opt.correct else WRONG
    return f"<li>{mark} <b>{esc(opt.text)}</b>{sep}{esc(text)}</li>"


def reveal_choice(q: Question) -> str:
    """Return HTML showing the correct option(s) with their feedback."""
    items = "".join(option_line(o) for o in q.options if o.correct)
    extra = f"<div>{esc(q.explanation)}</div>" if q.explanation else ""
    return f"<div><b>Answer:</b><ul>{items}</ul>{extra}</div>"


# --- sort the sentences ----------------------------------------------------------------------

def check_sort(q: Question, answer) -> SortVerdict:
    """Check a list of labels, one per sentence (None where the student chose nothing).

    >>> q = load_quiz("example").get("sort-mixed")
    >>> v = check_sort(q, [item.key.label for item in q.sentences])
    >>> v.correct, v.summary, [r.right for r in v.rows][:2]
    (True, '4/4', [True, True])
    >>> check_sort(q, []).summary
    'empty'
    """
    answer = list(answer or [])
    answer += [None] * (len(q.sentences) - len(answer))
    if all(a is None for a in answer):
        return SortVerdict(None, None, "empty")
    rows = tuple(SortRow(i, chosen, None if chosen is None else chosen in item.key.accepted,
                         item.key)
                 for i, (item, chosen) in enumerate(zip(q.sentences, answer), start=1))
    right = sum(1 for r in rows if r.right)
    total = len(q.sentences)
    return SortVerdict(right == total, right / total, f"{right}/{total}", rows, right, total)


def grade_sort(q: Question, answer) -> Result:
    """Check a list of labels, one per sentence, with feedback (``check_sort`` in words)."""
    v = check_sort(q, answer)
    return Result(v.correct, v.score, sort_html(v), v.summary)


def reveal_sort(q: Question) -> str:
    """Return HTML giving each sentence's label from the key, with its evidence."""
    rows = "".join(f"<li>Sentence {i}: {_label_badge(item.key.label)}{explain_sentence(item.key)}"
                   f"</li>" for i, item in enumerate(q.sentences, start=1))
    return f"<div><b>Answer:</b><ol>{rows}</ol></div>"


# --- says who? -------------------------------------------------------------------------------

def accepted_sources(ks: KeySentence) -> tuple[set[str], set[str]]:
    """Return (full forms, surnames) accepted for the key's source, all folded."""
    return accepted_forms(ks.source, ks.source_aliases)


def source_matches(answer: str, ks: KeySentence) -> Result:
    """Check a typed or chosen source against the key's source and aliases, forgivingly.

    >>> from toolkit.keys import KeySentence
    >>> ks = KeySentence(1, "x", "attributed", source="Art Acevedo",
    ...                  source_aliases=("the Houston police chief",))
    >>> [source_matches(a, ks).correct for a in ("acevedo", "Houston Police Chief", "Trump")]
    [True, True, False]
    """
    how = match_source(answer or "", ks.source, ks.source_aliases)
    if how == "empty":
        return Result(None, None, "", "empty")
    if how is None:
        return Result(False, 0.0, "", "no match")
    return Result(True, 1.0, "", how)


def check_says_who(q: Question, answer) -> SaysWhoVerdict:
    """Check the source a student typed or chose for an attributed sentence.

    >>> q = load_quiz("example").get("who-said-ruthless")
    >>> check_says_who(q, q.sentence.key.source).correct, check_says_who(q, "").summary
    (True, 'empty')
    """
    ks = q.sentence.key
    match = source_matches(answer or "", ks)
    if match.correct is None:
        return SaysWhoVerdict(None, None, "empty", answer=answer, key=ks)
    speaker = next((ev.text for ev in ks.evidence if ev.kind == "speaker"), "")
    stand_in = speaker if speaker.lower() in _STAND_INS else ""
    return SaysWhoVerdict(match.correct, 1.0 if match.correct else 0.0, match.summary,
                          answer=answer, key=ks, stand_in=stand_in)


def grade_says_who(q: Question, answer) -> Result:
    """Check the source a student typed or chose, with feedback (``check_says_who`` in words)."""
    v = check_says_who(q, answer)
    return Result(v.correct, v.score, says_who_html(v), v.summary)


_STAND_INS = {"he", "she", "they", "it", "we", "i", "the agency", "the department", "the group",
              "the wire service", "the official", "officials"}


def reveal_says_who(q: Question) -> str:
    """Return HTML naming the key's source, with the speaker and cue highlighted."""
    ks = q.sentence.key
    also = ""
    if ks.source_aliases:
        also = " Also accepted: " + ", ".join(esc(a) for a in ks.source_aliases) + "."
    return (f"<div><b>Answer:</b> {esc(ks.source)}.{also}"
            f"{explain_sentence(ks, FIND['attribution'])}</div>")


# --- spot the words --------------------------------------------------------------------------

_TOKEN = re.compile(r"[^\s\u2014\u2013]+")
# A word: letters/digits joined by apostrophes, dots, hyphens, and commas between digits, with a
# leading money sign and a trailing percent sign kept ("$150,000", "3,100", "40%" stay whole).
_CORE = re.compile(r"[$\u00a3\u20ac]?\w(?:[\w'\u2019.\-]|(?<=\d),(?=\d))*\w%?"
                   r"|[$\u00a3\u20ac]?\w%?")


def word_tokens(text: str) -> list[tuple[int, int, str]]:
    """Split a sentence into clickable words: (start, end, word), punctuation around words dropped.

    >>> [w for _, _, w in word_tokens('"They\\u2019re ruthless," he said \\u2014 twice.')]
    ['They\u2019re', 'ruthless', 'he', 'said', 'twice']
    >>> [w for _, _, w in word_tokens("It cost $150,000, and 3,100 more, 40% of it.")]
    ['It', 'cost', '$150,000', 'and', '3,100', 'more', '40%', 'of', 'it']
    """
    out = []
    for m in _TOKEN.finditer(text):
        core = _CORE.search(m.group())
        if core:
            start = m.start() + core.start()
            out.append((start, start + len(core.group()), core.group()))
    return out


def target_words(q: Question, optional: bool = False) -> list[int]:
    """Return the indexes of the words the key counts as evidence for this spot_words question.

    With ``optional=True``, return instead the words the key marks as optional: fair to click,
    not needed to get the question right.
    """
    ks = q.sentence.key
    wanted = [ev for ev in ks.evidence if ev.kind in FIND[q.find] and ev.optional == optional]
    spans = []
    for ev in wanted:  # every listed piece counts, nested ones too
        start = find_words(ks.text, ev.text)
        if start >= 0:
            spans.append((start, start + len(ev.text)))
    return [i for i, (s, e, _) in enumerate(word_tokens(ks.text))
            if any(s < end and start < e for start, end in spans)]


def _all_n(n: int) -> str:
    return "the one word" if n == 1 else f"all {n} words"


def spot_what(q: Question) -> str:
    """Say what the words to find do, for the sentence's own label (never "opinion" for a
    sentence the key calls a call to action or attributed).

    >>> from toolkit.keys import KeySentence
    >>> from toolkit.quiz.schema import SentenceItem
    >>> ks = KeySentence(1, "Please share it.", "call_to_action")
    >>> spot_what(Question("q", "spot_words", "", sentences=(SentenceItem("a", 1, ks),),
    ...                    find="opinion"))
    'ask you to act or speak to you'
    """
    if q.find == "attribution":
        return "show who the source is"
    label = q.sentence.key.label
    kinds = {EVIDENCE_KINDS[ev.kind].label for ev in q.sentence.key.evidence
             if ev.kind in EVIDENCE_KINDS and ev.kind in FIND[q.find]}
    if {"opinion", "call_to_action"} <= kinds:
        return "judge or ask you to act"
    if label == "call_to_action":
        return "ask you to act or speak to you"
    if label == "opinion":
        return "make it the writer's opinion"
    return "push you toward a view"


def grade_spot(q: Question, answer) -> Result:
    """Check the words a student clicked (a list of word indexes), with partial credit explained."""
    tokens = word_tokens(q.sentence.key.text)
    chosen = sorted({int(i) for i in (answer or []) if 0 <= int(i) < len(tokens)})
    if not chosen:
        return Result(None, None, verdict(False, "Click the words first, then press Check."),
                      "empty")
    target = set(target_words(q))
    allowed = set(target_words(q, optional=True)) - target
    hits = [i for i in chosen if i in target]
    extra = [i for i in chosen if i not in target and i not in allowed]
    missed = sorted(target - set(chosen))
    ok = not extra and not missed
    score = max(0.0, (len(hits) - len(extra)) / len(target)) if target else 0.0
    ks = q.sentence.key
    what = spot_what(q)
    if ok:
        head = verdict(True, f"you found {_all_n(len(target))} that {what}.")
        fair = sorted(allowed - set(chosen))
        if fair:
            names = ", ".join(f"\u201c{esc(tokens[i][2])}\u201d" for i in fair)
            head += (f"<div>The answer below also marks {names}: "
                     f"{'it is' if len(fair) == 1 else 'they are'} fair to click, "
                     f"but you did not need {'it' if len(fair) == 1 else 'them'}.</div>")
        return Result(True, 1.0, head + explain_sentence(ks, FIND[q.find]),
                      f"{len(hits)}/{len(target)}")
    head = verdict(False, f"you found {len(hits)} of the {len(target)} "
                          f"word{'s' if len(target) != 1 else ''} that {what}. Try again.")
    lines = []
    if hits:
        lines.append(f"<li>{RIGHT} Right so far: " + ", ".join(
            f"\u201c{esc(tokens[i][2])}\u201d" for i in hits) + ".</li>")
    if extra:
        words = ", ".join(f"\u201c{esc(tokens[i][2])}\u201d" for i in extra)
        lines.append(f"<li>{WRONG} {words} {'is' if len(extra) == 1 else 'are'} not part of the "
                     f"evidence: click {'it' if len(extra) == 1 else 'them'} again to let go."
                     f"{' Each word that is not evidence takes away one you found.' if hits else ''}"
                     f"</li>")
    if missed:
        lines.append(f"<li>\u2026 {len(missed)} more word{'s are' if len(missed) > 1 else ' is'} "
                     f"still to find.</li>")
    return Result(False, score, head + f"<ul>{''.join(lines)}</ul>", f"{len(hits)}/{len(target)}")


def reveal_spot(q: Question) -> str:
    """Return HTML with the evidence words highlighted and named."""
    return f"<div><b>Answer:</b>{explain_sentence(q.sentence.key, FIND[q.find])}</div>"


# --- dispatch --------------------------------------------------------------------------------

def grade(q: Question, answer) -> Result:
    """Check any graded question's answer (see the grade_* functions)."""
    return {"choice": grade_choice, "sort": grade_sort, "says_who": grade_says_who,
            "spot_words": grade_spot}[q.type](q, answer)


def reveal(q: Question) -> str:
    """Return the answer HTML for a question (the sample answer for a reflection)."""
    if q.type == "reflection":
        return f"<div><b>A sample answer:</b> {esc(q.sample_answer)}</div>"
    return {"choice": reveal_choice, "sort": reveal_sort, "says_who": reveal_says_who,
            "spot_words": reveal_spot}[q.type](q)


def answer_text(q: Question, answer) -> str:
    """Return an answer as plain words for the class CSV (labels by name, words not indexes)."""
    if answer is None:
        return ""
    if q.type == "sort":
        return "; ".join(LABEL_STYLES[a].name if a in LABEL_STYLES else "(none)"
                         for a in answer)
    if q.type == "spot_words":
        tokens = word_tokens(q.sentence.key.text)
        return " | ".join(tokens[i][2] for i in answer if 0 <= i < len(tokens))
    return "; ".join(_as_list(answer))


def _as_list(answer) -> list[str]:
    if answer is None or answer == "":
        return []
    if isinstance(answer, (list, tuple)):
        return [str(a) for a in answer]
    return [str(answer)]
