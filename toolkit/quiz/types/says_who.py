"""Says who? Name the source of an attributed sentence (typed, or chosen from a list).

>>> from toolkit.quiz import load_quiz
>>> q = load_quiz("example").get("who-said-ruthless")
>>> SAYS_WHO.check(q, q.sentence.key.source).correct, SAYS_WHO.check(q, "").summary
(True, 'empty')
"""

from __future__ import annotations

from dataclasses import dataclass

from ...keys import KeySentence
from ...render.html import esc
from ...sources import accepted_forms, match_source, norm_source
from ...wordlists import load_words
from ..feedback import explain_sentence, verdict
from ..keys import ENTER_CLASS, is_enter, typed_text
from ..questions import FIND, text_field
from .base import SentenceQuestionType, Verdict, md_text


@dataclass(frozen=True)
class SaysWhoVerdict(Verdict):
    """A says-who answer checked: what was given, the key's entry, and the word the sentence
    uses for its speaker when it stands for someone named earlier ("he", "the agency"), else "".

    >>> from toolkit.quiz import load_quiz
    >>> v = check_says_who(load_quiz("example").get("who-said-ruthless"), "acevedo")
    >>> v.correct, v.summary, v.key.source, v.stand_in
    (True, 'exact', 'Houston Police Chief Art Acevedo', '')
    """

    answer: object = None
    key: KeySentence | None = None
    stand_in: str = ""


_STAND_INS = load_words("stand_in_speakers")


def accepted_sources(ks: KeySentence) -> tuple[set[str], set[str]]:
    """Return (full forms, surnames) accepted for the key's source, all folded.

    >>> full, surnames = accepted_sources(KeySentence(1, "x", "attributed", source="Art Acevedo"))
    >>> sorted(full), sorted(surnames)
    (['art acevedo'], ['acevedo'])
    """
    return accepted_forms(ks.source, ks.source_aliases)


def source_verdict(answer: str, ks: KeySentence) -> Verdict:
    """Check a typed or chosen source against the key's source and aliases, forgivingly.

    >>> ks = KeySentence(1, "x", "attributed", source="Art Acevedo",
    ...                  source_aliases=("the Houston police chief",))
    >>> [source_verdict(a, ks).summary for a in ("acevedo", "Houston Police Chief", "Trump", "Acevdo")]
    ['exact', 'exact', 'no match', 'spelling']
    """
    how = match_source(answer or "", ks.source, ks.source_aliases)
    if how == "empty":
        return Verdict(None, None, "empty")
    if how is None:
        return Verdict(False, 0.0, "no match")
    return Verdict(True, 1.0, how)


def check_says_who(q, answer) -> SaysWhoVerdict:
    """Check the source a student typed or chose for an attributed sentence.

    >>> from toolkit.quiz import load_quiz
    >>> v = check_says_who(load_quiz("example").get("who-said-ruthless"), "Acevdo")
    >>> v.correct, v.summary
    (True, 'spelling')
    """
    ks = q.sentence.key
    match = source_verdict(answer or "", ks)
    if match.correct is None:
        return SaysWhoVerdict(None, None, "empty", answer=answer, key=ks)
    speaker = next((ev.text for ev in ks.evidence if ev.kind == "speaker"), "")
    stand_in = speaker if speaker.lower() in _STAND_INS else ""
    return SaysWhoVerdict(match.correct, 1.0 if match.correct else 0.0, match.summary,
                          answer=answer, key=ks, stand_in=stand_in)


def says_who_html(v) -> str:
    """The feedback for a says-who question's verdict (``check_says_who``).

    >>> from toolkit.quiz import load_quiz
    >>> q = load_quiz("example").get("who-said-ruthless")
    >>> "check the spelling" in says_who_html(check_says_who(q, "Acevdo"))
    True
    """
    if v.correct is None:
        return verdict(False, "Type or choose a name first, then press Check.")
    ks = v.key
    if v.correct:
        spell = (f" (check the spelling: it is {esc(ks.source)})" if v.summary == "spelling"
                 else " (the source is the name: the words after it, like \u201csays\u201d, are "
                      "the reporting words)" if v.summary == "with reporting word" else "")
        head = verdict(True, f"the source is <b>{esc(ks.source)}</b>{spell}.{_name_note(v)}")
        return head + explain_sentence(ks, FIND["attribution"])
    if not v.stand_in and _part_of_name(v.answer, ks):
        return verdict(False, f"\u201c{esc(v.answer)}\u201d is part of it, but not enough to "
                              f"tell who: this sentence also names the person. Type the last "
                              f"name too.")
    if not v.stand_in and _part_of_organisation(v.answer, ks):
        return verdict(False, f"\u201c{esc(v.answer)}\u201d is part of the name, but not all of "
                              f"it. Type the whole name of the source.")
    if v.stand_in:
        look = (f"The reporting word here points to \u201c{esc(v.stand_in)}\u201d, a word that "
                f"stands for someone named earlier. Read the sentence before this one: who is "
                f"\u201c{esc(v.stand_in)}\u201d?")
    else:
        look = ("Find the reporting word (says, told, reports) and look at the name or job "
                "title next to it.")
    return verdict(False, f"\u201c{esc(v.answer)}\u201d is not who this sentence names as its "
                          f"source. {look}")


def _name_note(v) -> str:
    """A note after a right answer that leaves out what the sentence itself gives: the person's
    name ("Houston police chief" when the sentence says "Acevedo": right, because the job names
    one person, but the sentence gives the name too; s12 walk2 #2), or the organisation itself
    ("the Associated Press reporter" when the sentence says "the AP"; walk2 #17).

    >>> from toolkit.quiz import load_quiz
    >>> q = load_quiz("02-says-who").get("who-chilling-effect")
    >>> _name_note(check_says_who(q, "Houston police chief"))
    ' This sentence also gives the name: \u201cAcevedo\u201d.'
    >>> _name_note(check_says_who(q, "Chief Acevedo"))
    ''
    """
    ks = v.key
    speaker = next((ev.text for ev in ks.evidence if ev.kind == "speaker"), "")
    if v.summary == "someone from it":
        return (f" The sentence names the organisation itself, \u201c{esc(speaker or ks.source)}"
                f"\u201d, not one person in it.")
    _, surnames = accepted_sources(ks)
    said = set(norm_source(speaker).split()) & surnames
    if said and not set(norm_source(str(v.answer or "")).split()) & surnames and v.summary != "spelling":
        return f" This sentence also gives the name: \u201c{esc(speaker)}\u201d."
    return ""


_NOT_A_NAME = frozenset({"the", "a", "an", "of", "for", "in", "and", "at"})


def _part_of_organisation(answer, ks: KeySentence) -> bool:
    """Whether a wrong answer is part of an organisation's name ("Press", "Associated" for the
    AP): the student has the right source and needs the whole name (s12 walk2 #17). Persons are
    left to ``_part_of_name``.

    >>> ks = KeySentence(1, "x", "attributed", source="The Associated Press", source_aliases=("the AP",))
    >>> [_part_of_organisation(a, ks) for a in ("Press", "associated", "of", "Reuters", "Press Trump")]
    [True, True, False, False, False]
    """
    full, surnames = accepted_sources(ks)
    words = set(norm_source(str(answer or "")).split())
    known = set(" ".join(full).split())
    return bool(not surnames and words - _NOT_A_NAME and words <= known)


def _part_of_name(answer, ks: KeySentence) -> bool:
    """Whether a wrong answer is part of a personal source's name and title without the surname
    ("the police chief", "Art" for "Houston Police Chief Art Acevedo"): the student has the right
    person and needs the name, not a "this is not who" (s12 walkthrough #23).

    >>> ks = KeySentence(1, "x", "attributed", source="Lakemont Police Chief Dana Okafor")
    >>> [_part_of_name(a, ks) for a in ("the police chief", "Dana", "Lee", "Lakemont Mayor")]
    [True, True, False, False]
    """
    full, surnames = accepted_sources(ks)
    words = set(norm_source(str(answer or "")).split())
    known = set(" ".join(full).split())
    return bool(surnames and words and words <= known and not words & surnames)


def sentence_before(q) -> str:
    """The sentence before a says-who sentence whose speaker is a stand-in ("he", "the agency"),
    else "". The question shows it: a student working alone should not have to scroll back
    through the lesson to find who "he" is (s5 walkthrough #14).

    >>> from toolkit.quiz import load_quiz
    >>> sentence_before(load_quiz("02-says-who").get("who-he-told")).startswith("Hector Silva Avalos")
    True
    >>> sentence_before(load_quiz("02-says-who").get("who-la-chief"))
    ''
    """
    item = q.sentence
    speaker = next((ev.text for ev in item.key.evidence if ev.kind == "speaker"), "")
    if speaker.lower() not in _STAND_INS or item.n <= 1:
        return ""
    from ...keys import load_key

    try:
        return load_key(item.article).get(item.n - 1).text
    except (KeyError, LookupError, AttributeError):
        return ""


def _parse_choices(raw, item, bad) -> tuple[str, ...]:
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
    choices = [text_field(c) for c in choices]
    if not any(match_source(c, ks.source, ks.source_aliases) not in (None, "empty") for c in choices):
        bad("choices", f"no choice is the key's source ({ks.source!r}): add it to the list.")
    return tuple(choices)


def _enter_checks(view):
    """The typed-answer box's value observer: Check when the value came from Enter."""
    seen = []

    def changed(change) -> None:
        value = change["new"]
        if view._restoring or not is_enter(value) or value in seen:
            return
        seen[:] = [value]  # the same press never counts twice
        view.check()

    return changed


class SaysWhoType(SentenceQuestionType):
    """Who is the source? The key's source and aliases are accepted, spelled forgivingly.

    >>> from toolkit.quiz import load_quiz
    >>> from toolkit.quiz.types import question_type
    >>> q = load_quiz("example").get("who-said-ruthless")
    >>> kind = question_type(q)
    >>> [kind.check(q, name).correct for name in ("Art Acevedo", "Acevdo", "the chief")]
    [True, True, False]
    >>> print(kind.preview_text(q)[0])
      “"They're ruthless," Houston Police Chief Art Acevedo told NPR on Wednesday.”
    """

    name = "says_who"
    fields = frozenset({"sentence", "choices"})
    prompt = "Who is the source of this sentence?"
    hint = ("Find the reporting word ('says', 'told', 'reports') and the name or job title "
            "next to it. If it says 'he' or 'she', find who that is in the sentences before.")
    fold_answers = True

    def parse_about(self, raw, item, bad) -> dict:
        return dict(choices=_parse_choices(raw, item, bad))

    def answer_key(self, q) -> list[str]:
        """The sentence, the key's source with the other names it accepts, and the key's reason."""
        ks = q.sentence.key
        aliases = f" (also accepted: {', '.join(ks.source_aliases)})" if ks.source_aliases else ""
        return [f"- Sentence ({q.sentence.article} #{ks.n}): {md_text(ks.text)}",
                f"- **Source: {ks.source}**{aliases}. {md_text(ks.reason)}"]

    def check(self, q, answer) -> SaysWhoVerdict:
        return check_says_who(q, answer)

    def feedback(self, q, v) -> str:
        return says_who_html(v)

    def reveal(self, q) -> str:
        """The key's source, with the speaker and cue highlighted."""
        ks = q.sentence.key
        also = ""
        if ks.source_aliases:
            also = " Also accepted: " + ", ".join(esc(a) for a in ks.source_aliases) + "."
        return (f"<div><b>Answer:</b> {esc(ks.source)}.{also}"
                f"{explain_sentence(ks, FIND['attribution'])}</div>")

    def build(self, view):
        import ipywidgets as W

        from ..controls import INITIAL, desc, make

        if view.q.choices:
            view.controls = [make(W.RadioButtons, style=INITIAL,
                                  options=[desc(c) for c in view.q.choices], value=None,
                                  description="Source")]
        else:
            # continuous_update=False: the typed name goes to the kernel once, when the box loses
            # focus (clicking or tabbing to Check does that first). Sent key by key, ipywidgets
            # holds back updates while an earlier one is unanswered, and on a busy kernel the
            # Check click could arrive before the last letters and grade "H" for "Houston".
            box = make(W.Text, style=INITIAL, value="", description="Source",
                       placeholder="Type who it comes from", continuous_update=False)
            view.controls = [box]
            # Enter checks where the name bar's script runs: it sends the text with an invisible
            # ending (keys.enter_value), so text and check arrive together; leaving the box
            # sends the text alone, which is not a try.
            box.add_class(ENTER_CLASS)
            box.observe(_enter_checks(view), names="value")
        return view.controls[0]

    def read(self, view):
        if view.q.choices:
            i = view.controls[0].index
            return None if i is None else view.q.choices[i]
        return typed_text(view.controls[0].value)

    def write(self, view, answer) -> None:
        choices = view.q.choices
        if choices:
            view.controls[0].index = choices.index(answer) if answer in choices else None
        else:
            view.controls[0].value = answer or ""

    def header_html(self, q) -> str:
        before = sentence_before(q)
        if not before:
            return super().header_html(q)
        return (f'<div style="margin:4px 0 0 12px;color:#444"><i>The sentence before it:</i> '
                f"{esc(before)}</div>" + super().header_html(q))

    def preview_html(self, q) -> str:
        before = sentence_before(q)
        out = f"<p><i>The sentence before it:</i> {esc(before)}</p>" if before else ""
        out += f"<blockquote>{esc(q.sentence.text)}</blockquote>"
        if q.choices:
            out += "<ul>" + "".join(f"<li>{esc(c)}</li>" for c in q.choices) + "</ul>"
        return out

    def preview_text(self, q) -> list[str]:
        before = sentence_before(q)
        return ([f"  The sentence before it: {before}"] if before else []) + [
            f"  \u201c{q.sentence.text}\u201d"] + [f"  - {c}" for c in q.choices]


SAYS_WHO = SaysWhoType()
