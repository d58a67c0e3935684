"""Lesson 6 ("Your turn"): what to look at in the student's own article, and sample answers.

Everything here is computed from the student's Analysis, so the lesson's pointers and the
sample answers of its reflections talk about the article the student brought, never about the
practice article (unless that is the one analyzed). Pure: an Analysis in, plain text out.

>>> from toolkit.analysis import analyze
>>> a = analyze("Pool Opens\\n\\nThe pool opened on Monday. It was reported that the water "
...             "was cold. It is the best pool in the state. Visit it today!")
>>> [why for _, why in look_twice(a)][0]
'missed source'
>>> sample_answers(a)["loaded"]
'“It is the best pool in the state.” The word “best” judges instead of reporting, so it pushes me to agree without giving facts I can check.'
"""

from __future__ import annotations

import re
from functools import lru_cache

from .analysis import Analysis
from .labels import Sentence
from .palette import LABEL_STYLES
from .render.html import HTML, esc
from .wording import agree, count, mid_sentence
from .wordlists import load_lines, load_words

# Evidence kinds that show what judges or asks (not who said it or where a quotation runs).
_NOT_WORDS = {"quote", "speaker", "cue", "carried", "question"}
_ANONYMOUS = re.compile(r"\b(not to be named|anonym\w*|unnamed|not named|declined to be named|"
                        r"did not want to be named|on condition)\b", re.IGNORECASE)
_NUMBER = re.compile(r"\d")
# What makes a statement with no source hard to check yourself (s5 walkthrough #3, #4): a
# vague group speaks or is spoken for, people's feelings or beliefs, or what will happen or why.
# A date, a number or a place is not on the list: a reader can look those up.
_HARD = (
    ("group", re.compile(r"\b(?:some|many|most|several|few|all)\s+(?:of\s+the\s+)?"
                         r"(?:\w+\s+)?(?:people|parents|residents|students|teachers|neighbors|"
                         r"critics|experts|officials|voters|families|members|fans|workers|"
                         r"users|customers|citizens|kids|children|readers)\b|"
                         r"\b(?:some|many|most|several|few|all)\s+of\s+(?:them|those)\b|\b(?:everyone|"
                         r"everybody|no one|nobody|people say|many say|critics|experts)\b",
                         re.IGNORECASE),
     "it speaks for a group ({w}) without naming anyone. Who says so?"),
    ("feeling", re.compile(r"\b(?:worried|worry|worries|afraid|fear\w*|angry|upset|happy|"
                           r"unhappy|proud|excited|love[sd]?|hate[sd]?|like[sd]?|believe[sd]?|"
                           r"think[s]?|thought|feel[s]?|felt|hope[sd]?|want[s]?|concerned|"
                           r"disappointed|frustrated|support[s]?)\b", re.IGNORECASE),
     "it tells what people feel or think ({w}), which you cannot see for yourself. Who says so?"),
    ("future", re.compile(r"\b(?:will|would|could|likely|expected to|is set to|because|"
                          r"caused?|leads? to|led to|thanks to|due to)\b", re.IGNORECASE),
     "it says what will happen or why ({w}), which no one can check yet, or easily. Who says so?"),
)


def hard_to_check(text: str) -> tuple[str, str] | None:
    """Why a statement with no source would be hard to check yourself: (kind, the words), or None.

    >>> hard_to_check("Some parents are worried about getting to work on time.")
    ('group', 'Some parents')
    >>> hard_to_check("The new schedule starts on September 4.") is None
    True
    """
    for kind, pattern, _ in _HARD:
        m = pattern.search(text)
        # a plan with its date or time ("will begin at 8:45 a.m.") can be checked in the record
        if m and not (kind == "future" and _NUMBER.search(text)):
            return kind, m.group(0)
    return None


def _hardness_of(text: str) -> int:
    found = hard_to_check(text)
    return [k for k, _, _ in _HARD].index(found[0]) if found else 9


def _hardness(s: Sentence) -> int:
    """0 for the hardest to check (a vague group), then feelings, then what will happen; 9: none."""
    return min((_hardness_of(c) for c in _clauses(s.text)), default=9)
# Words that give a statement to someone; narrower than the tool's reporting verbs on purpose
# ("asked" or "show" alone do not say that someone is quoted).
_SAYING = re.compile(r"\b(said|says|told|tells|according|reported|reports|announced|stated|"
                     r"claimed|claims|added|wrote|explained|warned|confirmed)\b", re.IGNORECASE)


def _name(label: str) -> str:
    return f"\u201c{LABEL_STYLES[label].name}\u201d"


def _quote(s: Sentence, limit: int = 160) -> str:
    text = " ".join(s.text.split())
    if len(text) > limit:
        text = text[:limit].rsplit(" ", 1)[0] + " \u2026"
    return f"\u201c{text}\u201d"


def _words(s: Sentence) -> list[str]:
    return list(dict.fromkeys(e.text for e in s.evidence if e.kind not in _NOT_WORDS))


def _listed(words: list[str]) -> str:
    """Quoted words joined as a student writes a list: "a", "a” and “b", "a”, “b” and “c"."""
    quoted = [f"\u201c{w}\u201d" for w in words]
    return " and ".join(quoted) if len(quoted) < 3 else ", ".join(quoted[:-1]) + " and " + quoted[-1]


# Evidence that tells someone what to do (a must-statement, a request to the reader), not a judgement.
_TELLS = frozenset({"modal", "imperative", "reader_address"})
_JUDGES = frozenset({"loaded", "mild", "superlative"})


def reporting_word(s: Sentence) -> str | None:
    """The first reporting word ("said", "according") in a sentence, or None.

    >>> from toolkit.analysis import analyze
    >>> reporting_word(analyze("Rain fell, a neighbor said.", readability=False).sentences[0])
    'said'
    """
    m = _SAYING.search(s.text)
    return m.group(0) if m else None


def look_twice(analysis: Analysis) -> list[tuple[Sentence, str]]:
    """Sentences where a reader may fairly disagree with the tool, each with why.

    Returns:
        (sentence, why) pairs, most useful first; ``why`` is "missed source" (no source found,
        yet the sentence has a reporting word), "one word" (opinion from a single mild word)
        "no name" (a source is given but not named), or "hard to check" (stated as fact with no
        source, about a vague group, feelings or what will happen, or with a judging word; a
        date, number or place alone is easy to check and not listed).


    >>> from toolkit.analysis import analyze
    >>> park = analyze("The city will spend $2 million on the park. A city official, who asked "
    ...                "not to be named, said work starts in May. Neighbors say it costs too "
    ...                "much.", readability=False)
    >>> [(s.index + 1, why) for s, why in look_twice(park)]  # a sum alone is easy to check
    [(2, 'no name')]
    """
    out: list[tuple[Sentence, str]] = []
    body = [s for s in analysis.sentences if not s.headline]
    for s in body:
        if s.label == "claim" and reporting_word(s):
            out.append((s, "missed source"))
    for s in body:
        if s.label == "attributed" and _ANONYMOUS.search(s.text):
            out.append((s, "no name"))
    for s in body:
        words = _words(s)
        # "must" or "should" alone is opinion by the lessons' own rule (the writer tells someone
        # what to do), so it is not a close call.
        # one word, not a phrase: "a foolish decision" judges an act, which is opinion by the
        # lessons' own rule (s12: the sample called it a fact)
        if s.label == "opinion" and len(words) == 1 and " " not in words[0] and not _is_modal(s):
            out.append((s, "one word"))
    hard = [s for s in body
            if s.label == "claim" and not reporting_word(s) and (_hardness(s) < 9 or _words(s))]
    out += [(s, "hard to check") for s in sorted(hard, key=_hardness)]
    return out


def _hard_reason(s: Sentence) -> str:
    """Why a sentence stated as fact is a close call, in words about this sentence."""
    found = hard_to_check(s.text)
    if found:
        kind, words = found
        template = next(t for k, _, t in _HARD if k == kind)
        return template.format(w=f"\u201c{words}\u201d")
    return (f"it has a word that may judge ({_listed(_words(s))}), yet the tool calls it a fact. "
            f"Is it the writer's opinion?")


def _is_modal(s: Sentence) -> bool:
    return any(e.kind == "modal" for e in s.evidence if e.kind not in _NOT_WORDS)


def look_twice_html(analysis: Analysis, limit: int = 3) -> HTML:
    """A short list of sentences in the student's article worth a second look (plain words).

    >>> from toolkit.analysis import analyze
    >>> park = analyze("The city will spend $2 million on the park. A city official, who asked "
    ...                "not to be named, said work starts in May. Neighbors say it costs too "
    ...                "much.", readability=False)
    >>> html = look_twice_html(park, limit=1)
    >>> print(html[html.index("<li>"):])
    <li>Sentence 2, “A city official, who asked not to be named, said work starts in May.”: got “Names a source”; the tool says it names a source, but the source has no name. Could you check it?</li></ul></div>
    """
    why_text = {
        "missed source": "it has the reporting word \u201c{w}\u201d, yet the tool found no "
                         "source. Is someone given as the source?",
        "no name": "the tool says it names a source, but the source has no name. Could you "
                   "check it?",
        "one word": "the tool calls it opinion because of one word: {w}. Is that enough?",
    }
    items = []
    for s, why in look_twice(analysis)[:limit]:
        n = s.index + 1
        if why == "hard to check":
            reason = _hard_reason(s)
        else:
            w = reporting_word(s) if why == "missed source" else _listed(_words(s))
            reason = why_text[why].format(w=w)
        items.append(f"<li>Sentence {n}, {esc(_quote(s))}: got {esc(_name(s.label))}; "
                     f"{esc(reason)}</li>")
    if not items:
        return HTML("<p style='font-family:system-ui,sans-serif;text-align:left'>The tool did "
                    "not flag any sentence as a close call in your article. Read the labels "
                    "anyway: rules can miss things.</p>")
    return HTML("<div style='font-family:system-ui,sans-serif;text-align:left'><b>Sentences "
                "to look at twice in your article:</b><ul>" + "".join(items) + "</ul></div>")


# (s12, s11 walk #19) A document, study or record ("a budget report from the district office",
# "Court records", "A GAO audit") has no job: it is "a document or report". Its head is the last
# word before "of/from/by/..." or a comma; "paper" is left out (a newspaper as often as a study).
_HEAD_ENDS = re.compile(r",|\s(?:of|from|by|in|on|for|at|about|released|conducted|published|issued|"
                        r"filed|obtained|who|which|that)\s")


_DETERMINERS = frozenset("the a an this that these those its his her their our one some many several".split())


def _document_source(source: str) -> bool:
    head = _HEAD_ENDS.split(source, 1)[0].split()
    return bool(head) and head[-1].lower().strip(".;:'’\"”") in load_words("document_heads") - {"paper", "papers"}


def source_kind(source: str, sentence: Sentence | None = None) -> str:
    """How a source is known: "named", "known only by job or type", "a document or report" or
    "anonymous".

    >>> source_kind("Maria Chen"), source_kind("a city budget report"), source_kind("officials")
    ('named', 'a document or report', 'known only by job or type')
    >>> source_kind("A GAO report released last year"), source_kind("the report's author")
    ('a document or report', 'known only by job or type')
    """
    if sentence is not None and _ANONYMOUS.search(sentence.text):
        return "anonymous"
    if _document_source(source):
        return "a document or report"
    words = source.split()
    if any(w[:1].isupper() for w in words[1:]):
        return "named"
    # (s13 walk #26) a capital only on the first word may be the sentence's own: "Critics" or
    # "School officials" opening a sentence name a group by its role, not a person or body
    if words and words[0][:1].isupper() and words[0].lower() not in _DETERMINERS \
            and words[-1].lower().strip(".,;:") not in _role_words():
        return "named"
    return "known only by job or type"


@lru_cache(maxsize=1)
def _role_words() -> frozenset[str]:
    return frozenset(line.split("\t")[0].strip().lower() for line in load_lines("role_nouns"))


def sample_answers(analysis: Analysis) -> dict[str, str]:
    """Sample answers for lesson 6's reflections, written about this article.

    Returns:
        {question id: sample answer} for ``tool-wrong``, ``sources``, ``unsourced``, ``loaded``
        and ``exit-ticket``.

    >>> from toolkit.analysis import analyze
    >>> park = analyze("The city will spend $2 million on the park. A city official, who asked "
    ...                "not to be named, said work starts in May. Neighbors say it costs too "
    ...                "much.", readability=False)
    >>> answers = sample_answers(park)
    >>> sorted(answers)
    ['exit-ticket', 'loaded', 'sources', 'tool-wrong', 'unsourced']
    >>> print(answers["tool-wrong"])
    I found no label to change. The closest call is “A city official, who asked not to be named, said work starts in May.”: it got “Names a source”, and I agree, because “said” gives it to a source. But the source has no name, so I cannot check who said it, and I would trust it less.
    """
    body = [s for s in analysis.sentences if not s.headline]
    twice = look_twice(analysis)
    return {"tool-wrong": _tool_wrong(body, twice), "sources": _sources(analysis, twice),
            "unsourced": _unsourced(body), "loaded": _loaded(body),
            "exit-ticket": _exit(analysis)}


def _tool_wrong(body: list[Sentence], twice) -> str:
    """A label to change when the tool has one worth changing; else, plainly, none to change
    and the closest call, agreed with and why (s5 walkthrough #2: "I would keep it" read as the
    answer to "which label would you change")."""
    for s, why in twice:
        if why == "missed source":
            return (f"{_quote(s)} got {_name('claim')}, but it has the reporting word "
                    f"\u201c{reporting_word(s)}\u201d, so someone is given as the source. I "
                    f"would label it {_name('attributed')}, and note that a source with no name "
                    f"is harder to check.")
        if why == "one word":
            return (f"{_quote(s)} got {_name('opinion')} because of one word, "
                    f"{_listed(_words(s))}. If that word only describes, the rest of the "
                    f"sentence reports a fact and I would label it {_name('claim')}. If it "
                    f"judges, I would keep {_name('opinion')}.")
        if why == "hard to check" and _words(s):
            # s12 walk #31: the tool only hints that the word judges ("lose" does not); the
            # sample models the check, it does not say the word is the writer's view
            one = len(_words(s)) == 1
            return (f"{_quote(s)} got {_name('claim')}, but the tool hints that "
                    f"{_listed(_words(s))} may judge. If {'it judges' if one else 'they judge'}, "
                    f"that part is the writer's view and I would label it {_name('opinion')}. "
                    f"If {'it only reports' if one else 'they only report'}, I would keep "
                    f"{_name('claim')}.")
    if not body:
        return "My article has no sentences to look at yet."
    for s, why in twice:
        if why == "no name":
            return (f"I found no label to change. The closest call is {_quote(s)}: it got "
                    f"{_name('attributed')}, and I agree, because \u201c{reporting_word(s) or 'said'}"
                    f"\u201d gives it to a source. But the source has no name, so I cannot check "
                    f"who said it, and I would trust it less.")
    s = next((x for x, why in twice), None) or next((x for x in body if x.label == "claim"),
                                                     body[0])
    return (f"I found no label to change. The closest call is {_quote(s)}: the tool said "
            f"{_name(s.label)}, and I agree, because {_keep_reason(s)}")


def _keep_reason(s: Sentence) -> str:
    if s.label == "attributed":
        return f"it says where the words come from ({s.source})."
    if s.label == "claim":
        if _hardness(s) < 9:
            return ("it has no judging words, so it is not the writer's opinion. But no one is "
                    "named for it, so I would want to know who says so.")
        return "it tells a fact with no source and no judging words."
    words = _listed(_words(s))
    return f"the words {words} show it." if words else "the words show it."


def _sources(analysis: Analysis, twice) -> str:
    # the distinct sources the density counts (s13 walk #15: "the harbor office" after "the
    # county's harbor office" is listed once), each with the first sentence that names it
    distinct = set(analysis.density.sources)
    first: dict[str, Sentence] = {}
    for s in analysis.sentences:
        if s.source in distinct and s.source not in first:
            first[s.source] = s
    named = [f"{mid_sentence(src)} ({source_kind(src, s)})" for src, s in first.items()]
    missed = [s for s, why in twice if why == "missed source"]
    parts = []
    if named:
        parts.append(f"The tool found {len(named)} source{'s' if len(named) != 1 else ''} in my "
                     f"article: {'; '.join(named)}.")
    else:
        parts.append("The tool found no named source in my article.")
    if missed:
        parts.append(f"It missed one: {_quote(missed[0])} reports what someone said, with no "
                     f"name, so I cannot check who that is.")
    if named:
        parts.append("A source whose job is close to the story would know the most; I would "
                     "check the others.")
    else:
        parts.append("So every fact in it is the writer's word alone, and I would look for "
                     "another report that names a source.")
    return " ".join(parts)


def _clauses(text: str) -> list[str]:
    parts = re.split(r",\s+(?:and|but)\s+|;\s+", " ".join(text.split()))
    return [p.strip() for p in parts if p.strip()]


def _unsourced(body: list[Sentence]) -> str:
    """A statement with no source that a reader cannot check alone: a vague group, feelings,
    what will happen or why (s5 walkthrough #3: the sample picked "The library first opened in
    1962." and a school schedule). Where the article has none, the sample says so."""
    # s13 walk #14: a must-statement or a request ("Everyone who rides should go ...") tells
    # people what to do; no survey checks it, so it is never the unsourced statement
    free = [s for s in body if s.label in ("claim", "opinion") and not reporting_word(s)
            and not any(e.kind in _TELLS for e in s.evidence)]
    for s in sorted(free, key=_hardness):
        for clause in sorted(_clauses(s.text), key=lambda c: _hardness_of(c)):
            found = hard_to_check(clause)
            if found:
                kind, words = found
                quoted = clause[0].upper() + clause[1:]
                quoted = quoted if quoted.endswith((".", "!", "?")) else quoted + "."
                one = words.lower() in ("everyone", "everybody", "no one", "nobody")
                how = {"group": f"I could ask who \u201c{words.lower()}\u201d "
                                f"{'is' if one else 'are'}, or look for a survey or a report "
                                f"that counts them",
                       "feeling": "I could look for a report that asked the people themselves, "
                                  "by name",
                       "future": "I could look for the plan or study it comes from, and check "
                                 "later what really happened"}[kind]
                return (f"\u201c{quoted}\u201d No source is named for it, and I cannot see it "
                        f"for myself. {how}.")
    claims = [s for s in body if s.label == "claim" and not reporting_word(s)]
    if not claims:
        return ("Every sentence in my article names a source or gives an opinion, so I found no "
                "fact stated without a source. That is a good sign.")
    s = max(claims, key=lambda x: len(x.text))
    quoted = _quote(s)
    end = "" if quoted[-2] in ".?!" else "."
    # s12 walk #32: not "every fact ... is one I can check myself": the rules cannot know that
    # (s12 review #8: not "a fact ... I cannot check myself" and then how to check it)
    return (f"I looked for a fact with no source that I could not check myself, and I am not "
            f"sure there is one. The one I would check first is {quoted}{end} I could look for it "
            f"in an official record or another news report.")


def _hinted(sentences: list[Sentence]) -> list[Sentence]:
    """The body's sentences labelled a fact that still carry a judging word the tool hints at
    (look twice names it). s11 walkthrough #16: such a word is there for the student to find,
    so no sample may say the article has none."""
    return [s for s in sentences if not s.headline and s.label == "claim" and _words(s)]


def _loaded(body: list[Sentence]) -> str:
    pushy = [s for s in body if s.label in ("opinion", "call_to_action") and _words(s)]
    if not pushy:
        hinted = _hinted(body)
        if hinted:
            s = max(hinted, key=lambda x: len(_words(x)))
            found = _words(s)[:4]
            one = len(found) == 1
            return (f"The tool labelled no sentence {_name('opinion')}, but in {_quote(s)} it "
                    f"flags {_listed(found)} as a hint of judging. A hint is not proof, so I read "
                    f"the sentence again. If {'the word judges' if one else 'the words judge'} "
                    f"instead of reporting, that part is the writer's view, and it pushes me to "
                    f"agree without facts I can check.")
        return ("The tool found no loaded words and no requests to me in my article. I read it "
                "again and found none either, which is a good sign for a news report.")
    s = max(pushy, key=lambda x: len(_words(x)))
    found = _words(s)[:4]
    words = _listed(found)
    one = len(found) == 1 and " " not in found[0]  # "foolish decision" is two words
    the = f"The word {words}" if one else f"The words {words}"
    if s.label == "call_to_action":
        return (f"{_quote(s)} {the} {'asks' if one else 'ask'} me to act, so "
                f"{'it pushes' if one else 'they push'} me to do something.")
    kinds = {e.kind for e in s.evidence if e.text in found}
    if kinds & _TELLS and not kinds & _JUDGES:
        # s13 walk #14: "should" does not judge; it tells people what to do
        telling = [e.text for e in s.evidence if e.kind in _TELLS][:1]
        return (f"{_quote(s)} The word {_listed(telling)} tells people what to do. That is the "
                f"writer's view, not a fact I can check, and it pushes me to agree with it.")
    return (f"{_quote(s)} {the} {'judges' if one else 'judge'} instead of reporting, so "
            f"{'it pushes' if one else 'they push'} me to agree without giving facts I can check.")


def _exit(analysis: Analysis) -> str:
    from .lesson import sentences_phrase

    d = analysis.density
    n, attributed = d.sentences, d.attributed
    pushy = d.label_counts.get("opinion", 0) + d.label_counts.get("call_to_action", 0)
    share = d.share_attributed
    sources = len(d.sources)
    named = (f"It names {sources} source{'s' if sources != 1 else ''} in {attributed} of its "
             f"{sentences_phrase(n)}")
    if share >= 0.3 and pushy <= n * 0.2:
        verdict = "I would share my article."
    elif share >= 0.3 or pushy <= n * 0.2:
        verdict = "I would share my article, with a note."
    else:
        verdict = "I would not share my article without checking it first."
    view = (f"{count(pushy, 'sentence')} {agree(pushy, 'is', 'are')} opinion or "
            f"{agree(pushy, 'asks', 'ask')} me to act, so "
            f"I would tell my friend which parts are the writer's view."
            if pushy else _no_opinion(analysis))
    return f"{verdict} {named}, so I can check {'some' if share < 0.5 else 'most'} facts. {view}"


def _no_opinion(analysis: Analysis) -> str:
    """The exit sample's last sentence when no sentence is labelled opinion or a request: a
    judging word the tool only hints at is still named (s11 walkthrough #16)."""
    hinted = _hinted(analysis.sentences)
    if not hinted:
        return "It has no sentences of opinion, so it reads like a report."
    words = list(dict.fromkeys(w for s in hinted for w in _words(s)))[:4]
    n = len(hinted)
    return (f"The tool labels no sentence opinion, but it hints at judging in "
            f"{count(n, 'sentence')} ({_listed(words)}), so I would tell my friend to read "
            f"{'that one' if n == 1 else 'those'} again and ask if the writer is judging.")
