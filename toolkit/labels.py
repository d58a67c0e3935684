"""Label every sentence (attributed, claim, opinion, call_to_action) with its evidence and reason.

The order of the rules: a call to action (the writer speaks to you) comes first; then attribution
("X said Y" stays attributed even when Y is an opinion); then opinion signs in the writer's own
words; anything else is a claim stated as fact.

>>> from toolkit.articles import article_from_text
>>> sents = label_sentences(article_from_text('"It is safe," Chief Lee said. Please share this!'))
>>> [(s.label, s.source) for s in sents]
[('attributed', 'Chief Lee'), ('call_to_action', None)]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields, replace

from .articles import Article
from .evidence import LABELS, Evidence, clue_name
from .attribution import (INTERVIEWEE, Attribution, SourceMemory, find_attribution,
                          introduction_source, quote_spans, remember_mentions, remember_passing_names,
                          speaker_label,
                          transcript_speaker, person_like)
from .opinion import OPINION_THRESHOLD, find_call_to_action, find_opinion, opinion_score
from .palette import LABEL_STYLES
from .readability import count_words
from .sentences import split_sentences
from .wordlists import word_set
from .wording import mid_sentence

@dataclass(frozen=True)
class Sentence:
    """One labeled sentence; ``start``/``end`` are offsets into ``Article.text``.

    >>> from toolkit.articles import article_from_text
    >>> article = article_from_text('"Fares will fall," Mayor Ana Ruiz said. The plan is brilliant.')
    >>> said, plan = label_sentences(article)
    >>> said.label, said.label_name, said.source, said.quoted_words
    ('attributed', 'Names a source', 'Mayor Ana Ruiz', 3)
    >>> article.text[plan.start:plan.end], plan.label, [e.text for e in plan.evidence]
    ('The plan is brilliant.', 'opinion', ['brilliant'])
    """

    index: int
    text: str
    start: int
    end: int
    paragraph: int
    label: str
    source: str | None = None
    cue: str | None = None
    evidence: tuple[Evidence, ...] = field(default_factory=tuple)
    reason: str = ""
    headline: bool = False
    quoted_chars: int = 0
    quoted_words: int = 0  # words inside quotation marks (density sums these)

    @property
    def label_name(self) -> str:
        """The label as students read it ("Names a source")."""
        return LABEL_STYLES[self.label].name

    def to_dict(self) -> dict:
        """As plain data, in the JSON shape of ``python -m toolkit analyze --format json``."""
        return {"index": self.index, "text": self.text, "start": self.start, "end": self.end,
                "paragraph": self.paragraph, "headline": self.headline, "label": self.label,
                "label_name": self.label_name, "source": self.source, "cue": self.cue,
                "evidence": [e.to_dict() for e in self.evidence], "reason": self.reason}


_SENTENCE_FIELDS = len(fields(Sentence))
_new_object = object.__new__


def _sentence(**values) -> Sentence:
    """``Sentence(**values)``, made faster for label_sentences's loop (one per sentence): the frozen
    dataclass's ``__init__`` sets each of its 13 fields through ``object.__setattr__`` (about
    3 µs a sentence, 1-2% of the labels job); with every field given, the new instance's fields
    are filled in one step: the same fields and values, so the same (equal) Sentence. With a
    field left out (its default wanted) it is built the ordinary way.

    >>> _sentence(index=0, text="Hi.", start=0, end=3, paragraph=0, label="claim", source=None,
    ...           cue=None, evidence=(), reason="", headline=False, quoted_chars=0,
    ...           quoted_words=0) == Sentence(0, "Hi.", 0, 3, 0, "claim")
    True
    """
    if len(values) != _SENTENCE_FIELDS:
        return Sentence(**values)
    sentence = _new_object(Sentence)
    sentence.__dict__.update(values)
    return sentence


def _quoted(words: list[str]) -> str:
    return ", ".join(f"“{w}”" for w in words)


def _and(parts: list[str]) -> str:
    """'a', 'a and b', 'a, b and c'."""
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def _named(evidence: list[Evidence], text: str, kinds: tuple[str, ...],
           most: int = 3) -> list[str]:
    """Each of these kinds of clue by the name its chip shows, then its words, in the order of
    ``kinds``: ['loaded words “mob”, “thugs”', 'leaning word “brutally”']."""
    out = []
    present = {e.kind for e in evidence}  # (most sentences have none of these kinds, or no clue)
    for kind_id in kinds:
        if kind_id not in present:
            continue
        words = [text[e.start:e.end] for e in evidence if e.kind == kind_id]
        if words:
            name = clue_name(kind_id, words[0])
            if len(words) > 1 and not name.endswith("s"):
                name += "s"
            out.append(f"{name} {_quoted(words[:most])}")
    return out


# The clues a claim's reason asks students to look twice at
_LOOK_TWICE = ("loaded", "mild", "stance", "superlative")


def _make_reason(label: str, att: Attribution | None, evidence: list[Evidence], text: str,
                 quoted: bool = False) -> str:
    if label == "attributed" and att is not None:
        who = mid_sentence(att.source)  # "Says who: a city official.", not "A city official"
        if att.how == "carried":
            return (f"Says who: {who}. This sentence is still inside the quotation "
                    f"from {who}.")
        # Each clue is called what its chip under the article calls it (evidence.clue_name).
        if att.how == "introduction":
            return (f"Says who: {who}. The sentence has a {clue_name('cue', ':')}: the words "
                    f"after it come from {who}.")
        if att.how == "label" and att.speaker_text:  # "RUIZ: Well, we will." / "A: Forty."
            return (f"Says who: {who}. “{att.speaker_text}” comes before a "
                    f"{clue_name('cue', ':')}: the words after it come from {who}.")
        if att.how == "view" and att.speaker_text:  # "To Ruiz, the plan was a mistake."
            return (f"Says who: {who}. The words “{att.cue} {att.speaker_text},” say "
                    f"{clue_name('cue', att.cue)}.")
        if clue_name("cue", att.cue) == clue_name("cue", "\u2014"):  # "... — Ana Ruiz"
            return f"Says who: {who}. A {clue_name('cue', att.cue)} shows who wrote or said it."
        words, verb = ("reporting word", "shows") if " " not in att.cue.strip() else \
            ("reporting words", "show")
        if att.how == "pronoun" and att.speaker_text:
            return (f"Says who: {who}. “{att.speaker_text}” points back to "
                    f"{who}, and the {words} “{att.cue}” {verb} it is their information.")
        return f"Says who: {who}. The {words} “{att.cue}” {verb} where it comes from."
    if label == "call_to_action":
        parts = []
        for kind_id, what in (("imperative", clue_name("imperative")),
                              ("reader_address", f"{clue_name('reader_address')}, the reader"),
                              ("question", "asks you a question")):
            words = [text[e.start:e.end] for e in evidence if e.kind == kind_id]
            if words:
                parts.append(f"{what} ({_quoted(words[:3])})")
        if not parts:
            words = [text[e.start:e.end] for e in evidence]
            parts = [f"asks you to do something ({_quoted(words[:3])})"]
        return f"Asks you to act: the writer {_and(parts)}."
    if label == "opinion":
        kinds = {e.kind for e in evidence}
        parts = _named(evidence, text, ("loaded", "mild"))
        for kind_id, who in (("first_person", "the "), ("reader_address", "the writer ")):
            words = [text[e.start:e.end] for e in evidence if e.kind == kind_id]
            if words:
                parts.append(f"{who}{clue_name(kind_id)} ({_quoted(words[:1])})")
        parts += _named(evidence, text, ("stance",))
        if "modal" in kinds:
            parts.append(_named(evidence, text, ("modal",), most=1)[0]
                         + " (it says what someone must or should do)")
        parts += _named(evidence, text, ("superlative",), most=2)
        if "question" in kinds:
            parts.append("a question asked to push a view")
        if "exclamation" in kinds:
            parts.append(f"an {clue_name('exclamation')}")
        return "Writer's opinion, with no source named: " + "; ".join(parts) + "."
    look = _named(evidence, text, _LOOK_TWICE)
    reason = "Says it as fact: no source is named, so a reader would have to check it elsewhere."
    if quoted:
        reason = ("Has quotation marks, but nobody is named as saying these words, so the reader "
                  "cannot tell whose words they are.")
    if look:
        hint = "a hint" if len(look) == 1 else "hints"
        reason += f" Look twice at the {_and(look)}: {hint} of judging, not proof."
    return reason


def label_sentences(article: Article) -> list[Sentence]:
    """Split an article into sentences and label each one with its evidence.

    Args:
        article: an Article from ``load_article`` or ``article_from_text``.

    Returns:
        A list of Sentence, in reading order, headline first.

    >>> from toolkit.articles import article_from_text
    >>> article = article_from_text('Bus Fares Fall\\n\\n"Fares will fall," Mayor Ana Ruiz said. '
    ...                             'The plan is brilliant. Call your mayor today!')
    >>> [(s.label, s.headline) for s in label_sentences(article)]
    [('claim', True), ('attributed', False), ('opinion', False), ('call_to_action', False)]
    """
    memory = SourceMemory()
    sentences: list[Sentence] = []
    text = article.text
    carried_source: str | None = None  # source of a quotation still open from earlier
    previous_paragraph_intro: str | None = None
    previous_quoted_source: str | None = None  # the last paragraph ended with a quote from them
    for paragraph in article.paragraphs:
        spans = split_sentences(paragraph.text, paragraph.start)
        paragraph_lead = paragraph.text.lstrip()  # (stripped once: a paragraph can be long)
        paragraph_opens_quote = paragraph_lead[:1] in ('"', "“", "”") or paragraph_lead.startswith("''")
        # "X said in a statement:" then a paragraph, quoted or not: X's words
        paragraph_carrier = previous_paragraph_intro
        if paragraph_opens_quote and previous_paragraph_intro:
            carried_source = previous_paragraph_intro
        elif not (paragraph_opens_quote and carried_source):
            carried_source = None
        previous_paragraph_intro = None
        open_quote = False
        last_source_here: str | None = None
        first_here = len(sentences)
        paragraph_first = paragraph.start + (len(paragraph.text) - len(paragraph_lead))
        # (starts inside a quote, quote still open, the first quotation's span in the article)
        quote_state: list[tuple[bool, bool, tuple[int, int] | None]] = []
        for start, end, sentence_text in spans:
            quotes, still_open = quote_spans(sentence_text, open_quote)
            if quotes:
                quoted_chars = sum(e - s for s, e in quotes)
                quoted_words = sum(count_words(sentence_text[s:e]) for s, e in quotes)
            else:
                quoted_chars = quoted_words = 0
            words = word_set(sentence_text)
            cta = find_call_to_action(sentence_text, quotes, words)
            att = None if cta else find_attribution(sentence_text, memory, open_quote, words, quotes)
            if att is None and not cta:
                intro = introduction_source(sentence_text, memory)
                if intro is not None:
                    att = intro
                    previous_paragraph_intro = intro.source
                elif sentence_text.rstrip().endswith(":"):
                    previous_paragraph_intro = transcript_speaker(sentence_text, memory)
            if start == paragraph_first and _QUESTION_LINE.match(sentence_text):
                memory.saw_question = True  # an interview: later "A:" lines are its answers
            if att is None and not cta and start == paragraph_first:
                att = speaker_label(sentence_text, memory)  # "RUIZ: Well, ..." or "Ruiz: We will"
                if att is not None:
                    paragraph_carrier = att.source
            if open_quote:
                starts_in_quote = True
            else:
                lead = sentence_text.lstrip()
                starts_in_quote = lead[:1] in ('"', "“", "”") or lead.startswith("''")
            if paragraph_carrier == INTERVIEWEE and start != paragraph_first \
                    and _LETTER_LINE.match(sentence_text):
                paragraph_carrier = None  # "A: We won. B: We lost.": a list of choices, not more answer
            if att is None and not cta and paragraph_carrier:
                att = Attribution(paragraph_carrier, None, [(0, len(sentence_text.rstrip()), "carried",
                                  f"part of the words introduced as coming from {paragraph_carrier}")],
                                  how="carried")
            if att is None and not cta and starts_in_quote and quotes:
                carrier = carried_source or last_source_here
                if carrier:
                    first = quotes[0]
                    att = Attribution(carrier, None, [Evidence(first[0], first[1], "carried",
                                                               f"still inside the quotation from {carrier}")],
                                      how="carried")
            # an attributed sentence keeps its source's evidence: skip the opinion search (speed)
            # (a claim named by a noun, "Ruiz's claim that ...", may sit in the writer's own
            # judgement of it: "... makes no sense" is the writer's opinion)
            opinion = (find_opinion(sentence_text, quotes, words)
                       if not (cta or (att and att.source and att.how != "noun")) else [])
            score = opinion_score(opinion) if opinion else 0
            if att is not None and att.how == "noun" and score >= OPINION_THRESHOLD:
                att = None
            if cta:
                label, evidence = "call_to_action", cta
            elif att is not None and att.source:
                label, evidence = "attributed", list(att.evidence)
                last_source_here = att.source
                if sentence_text.rstrip().endswith(":"):
                    previous_paragraph_intro = att.source  # "..., the board wrote:" opens a quotation
                if still_open:
                    carried_source = att.source
            elif score >= OPINION_THRESHOLD:
                label, evidence = "opinion", opinion
            else:
                label, evidence = "claim", [e for e in opinion if e.kind in ("mild", "loaded", "superlative", "stance")]
                evidence += [Evidence(qs, qe, "quote", "quotation marks, but nobody is named as the speaker")
                             for qs, qe in quotes]
                evidence.sort()
                att = None
            reason = _make_reason(label, att, evidence, sentence_text, quoted=bool(quotes))
            ev = tuple([e.placed(start, text) for e in evidence]) if evidence else ()
            sentences.append(_sentence(
                index=len(sentences), text=sentence_text, start=start, end=end,
                paragraph=paragraph.index, label=label,
                source=att.source if label == "attributed" and att else None,
                cue=(att.cue if label == "attributed" and att else None),
                evidence=ev, reason=reason, headline=paragraph.headline,
                quoted_chars=quoted_chars, quoted_words=quoted_words))
            quote_state.append((starts_in_quote, still_open,
                                (start + quotes[0][0], start + quotes[0][1]) if quotes else None))
            open_quote = still_open
            if label != "attributed":
                remember_mentions(sentence_text, memory)
            elif att is not None:
                remember_passing_names(sentence_text, att.source, memory)
        previous_quoted_source = _carry_quotes(sentences, first_here, quote_state, text,
                                               previous_quoted_source, paragraph_opens_quote)
        if len(sentences) - first_here == 1 and first_here > 0 and paragraph_lead[:1] in _DASHES:
            _credit_paragraph(sentences, first_here, text, memory)
    return sentences


_DASHES = "-—–―"
# a "Q:" line of a printed interview (its "A:" lines are then the answers)
_QUESTION_LINE = re.compile(r"\s*[\"“']?Q\s*:\s")
# a sentence that opens with another one-letter label ("B:", "C:", "Q:"): not the answer's words
_LETTER_LINE = re.compile(r"\s*[\"“']?[B-Z]\s*:\s")
_CREDIT_PARAGRAPH = re.compile(r"\s*[-—–―]{1,2}\s*((?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]*)\s*(?:,[^\n]{0,80})?\.?\s*$")


def _credit_paragraph(sentences: list[Sentence], i: int, text: str, memory: SourceMemory) -> None:
    """A paragraph that is only a dash and a name ("- Ana Ruiz.", "—Mayor Ruiz, at the hearing.")
    credits the quotation in the paragraph just above it, when nobody is named there."""
    credit = sentences[i]
    m = _CREDIT_PARAGRAPH.fullmatch(credit.text)
    if m is None or credit.label == "attributed" or not person_like(m.group(1)):
        return
    above = []  # the paragraph just above, last sentence first (stop at the one before it)
    for j in range(i - 1, -1, -1):
        if sentences[j].paragraph != sentences[i - 1].paragraph:
            break
        above.append(j)
    if not above or any(sentences[j].label == "attributed" for j in above) or \
            sentences[above[-1]].text.lstrip()[:1] not in ('"', "“", "'"):
        return
    name = memory.resolve(m.group(1))
    memory.remember(name)
    for j in above:
        sentences[j] = _carried(sentences[j], name, f"the quotation credited to {name} just below it", text)
    s0 = credit.start + m.start(1)
    ev = (Evidence(s0, s0 + len(m.group(1)), "speaker", "the credit line names who said the quotation above",
                   m.group(1)),)
    sentences[i] = replace(credit, label="attributed", source=name, cue=None, evidence=ev,
                           reason=f"Says who: {mid_sentence(name)}. This line credits the quotation above "
                                  f"to {mid_sentence(name)}.")


def _carried(sentence: Sentence, source: str, note: str, text: str,
             quote: tuple[int, int] | None = None) -> Sentence:
    """The sentence relabeled as part of a quotation from ``source`` (``quote``: the span of its
    quotation in the article; an opinion sentence's evidence does not hold it)."""
    start, end = quote if quote else (sentence.start, sentence.end)
    ev = (Evidence(start, end, "carried", note, text[start:end]),)
    return replace(sentence, label="attributed", source=source, cue=None, evidence=ev,
                   reason=f"Says who: {mid_sentence(source)}. This sentence is part of a quotation "
                          f"from {mid_sentence(source)}.")


# words that show a sentence goes on with what was said ("Ruiz said the plan was ready")
_NOT_A_FRAGMENT = frozenset("that is are was were will would has have had can could should".split())


def _speaker_first(s: Sentence, text: str) -> str | None:
    """The source of an attributed sentence that opens with its speaker and cue ("Ruiz asked,
    turning to the crowd."), as written after a quotation that ends with "?" or "!"; else None."""
    if s.label != "attributed" or not s.cue:
        return None
    speaker = next((e for e in s.evidence if e.kind == "speaker"), None)
    cue = next((e for e in s.evidence if e.kind == "cue"), None)
    if speaker is None or cue is None or text[s.start:speaker.start].strip() or not (
            0 <= cue.start - speaker.end <= 25):
        return None
    rest = text[cue.end:s.end].lower().split()
    if not _NOT_A_FRAGMENT.isdisjoint(rest) or s.start < 2 or \
            text[s.start - 2:s.start].strip()[-1:] not in ("”", '"', "'"):
        return None
    return s.source


def _carry_quotes(sentences: list[Sentence], first: int, state: list[tuple], text: str,
                  previous_source: str | None, opens_quote: bool) -> str | None:
    """Give a quotation's earlier sentences to the speaker named at its end, and a paragraph that
    goes on quoting with no new speaker to the one quoted just before; return the speaker whose
    quotation ends this paragraph, if any.

    '"We tried. We failed," Ana Ruiz said.': "We tried." is Ana Ruiz's too.
    """
    here = sentences[first:]
    following: str | None = None
    fragment: str | None = None  # the next sentence is '... Ruiz asked.', its speaker first
    for i in range(len(here) - 1, -1, -1):
        s = here[i]
        starts_in, still_open, quote = state[i]
        if fragment and s.label in ("claim", "opinion") and starts_in and quote and quote[1] >= s.end - 1:
            # '“Why now?” | Ruiz asked.': the sentence split after the question mark; the quotation
            # is the speaker's who follows
            here[i] = _carried(s, fragment, f"the quotation that {fragment} is named as saying just after",
                               text, quote)
            following, fragment = fragment, None
            continue
        fragment = _speaker_first(s, text) if not starts_in and s.label == "attributed" and s.cue else None
        if fragment:
            following = None
            continue
        if s.label == "attributed" and starts_in and any(e.kind == "quote" for e in s.evidence):
            following = s.source
            continue
        if s.label == "attributed" and starts_in and s.evidence and s.evidence[0].kind == "carried":
            if following and still_open and quote and s.source != following:
                # carried forward from an earlier speaker, but this quotation is credited at its
                # end to someone else ('“A. B.” ― Ana Ruiz'): the credit wins
                here[i] = _carried(s, following, f"inside the quotation that {following} is named as saying",
                                   text, quote)
                continue
            following = s.source
            continue
        if s.label in ("claim", "opinion") and still_open and following and quote:
            here[i] = _carried(s, following, f"inside the quotation that {following} is named as saying",
                               text, quote)
            continue
        following = None
    if opens_quote and previous_source and not any(s.label == "attributed" for s in here):
        for i, s in enumerate(here):
            if state[i][0] and s.label in ("claim", "opinion") and state[i][2]:
                here[i] = _carried(s, previous_source,
                                   f"the quotation from {previous_source} goes on in a new paragraph",
                                   text, state[i][2])
    sentences[first:] = here
    last = sentences[-1] if len(sentences) > first else None
    if last is not None and last.label == "attributed" and (
            any(e.kind in ("quote", "carried") for e in last.evidence)):
        return last.source
    return None
