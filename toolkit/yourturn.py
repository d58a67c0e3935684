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
'“Visit it today!” The word “Visit” asks me to act, so it pushes me to do something.'
"""

from __future__ import annotations

import re

from .analysis import Analysis
from .labels import Sentence
from .palette import LABEL_STYLES
from .render.html import HTML, esc
from .wording import agree, count

# Evidence kinds that show what judges or asks (not who said it or where a quotation runs).
_NOT_WORDS = {"quote", "speaker", "cue", "carried", "question"}
_ANONYMOUS = re.compile(r"\b(not to be named|anonym\w*|unnamed|not named|declined to be named|"
                        r"did not want to be named|on condition)\b", re.IGNORECASE)
_NUMBER = re.compile(r"\d")
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
    return ", ".join(f"\u201c{w}\u201d" for w in words)


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
        "no name" (a source is given but not named), or "hard to check" (stated as fact, with a
        number, and no source).

    >>> from toolkit.analysis import analyze
    >>> park = analyze("The city will spend $2 million on the park. A city official, who asked "
    ...                "not to be named, said work starts in May. Neighbors say it costs too "
    ...                "much.", readability=False)
    >>> [(s.index + 1, why) for s, why in look_twice(park)]
    [(2, 'no name'), (1, 'hard to check')]
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
        if s.label == "opinion" and len(words) == 1 and not _is_modal(s):
            out.append((s, "one word"))
    for s in body:
        if s.label == "claim" and not reporting_word(s) and _NUMBER.search(s.text):
            out.append((s, "hard to check"))
    return out


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
        "hard to check": "the tool says it is stated as fact. Could you check it yourself?",
    }
    items = []
    for s, why in look_twice(analysis)[:limit]:
        w = reporting_word(s) if why == "missed source" else _listed(_words(s))
        n = s.index + 1
        items.append(f"<li>Sentence {n}, {esc(_quote(s))}: got {esc(_name(s.label))}; "
                     f"{esc(why_text[why].format(w=w))}</li>")
    if not items:
        return HTML("<p style='font-family:system-ui,sans-serif;text-align:left'>The tool did "
                    "not flag any sentence as a close call in your article. Read the labels "
                    "anyway: rules can miss things.</p>")
    return HTML("<div style='font-family:system-ui,sans-serif;text-align:left'><b>Sentences "
                "to look at twice in your article:</b><ul>" + "".join(items) + "</ul></div>")


def source_kind(source: str, sentence: Sentence | None = None) -> str:
    """How a source is known: "named", "known only by job or type" or "anonymous".

    >>> source_kind("Maria Chen"), source_kind("a city budget report"), source_kind("officials")
    ('named', 'known only by job or type', 'known only by job or type')
    """
    if sentence is not None and _ANONYMOUS.search(sentence.text):
        return "anonymous"
    words = source.split()
    if any(w[:1].isupper() for w in words[1:]) or (words and words[0][:1].isupper()
                                                   and words[0].lower() not in ("the", "a", "an")):
        return "named"
    return "known only by job or type"


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
    “A city official, who asked not to be named, said work starts in May.” got “Names a source”. That is right by the rule, but the source has no name, so I cannot check who said it. I would trust it less than a sentence with a named source.
    """
    body = [s for s in analysis.sentences if not s.headline]
    twice = look_twice(analysis)
    return {"tool-wrong": _tool_wrong(body, twice), "sources": _sources(analysis, twice),
            "unsourced": _unsourced(body), "loaded": _loaded(body),
            "exit-ticket": _exit(analysis)}


def _tool_wrong(body: list[Sentence], twice) -> str:
    for s, why in twice:
        if why == "missed source":
            return (f"{_quote(s)} got {_name('claim')}, but it has the reporting word "
                    f"\u201c{reporting_word(s)}\u201d, so someone is given as the source. I "
                    f"would label it {_name('attributed')}, and note that a source with no name "
                    f"is harder to check.")
        if why == "no name":
            return (f"{_quote(s)} got {_name('attributed')}. That is right by the rule, but the "
                    f"source has no name, so I cannot check who said it. I would trust it less "
                    f"than a sentence with a named source.")
        if why == "one word":
            return (f"{_quote(s)} got {_name('opinion')} because of one word, "
                    f"{_listed(_words(s))}. The rest of the sentence reports a fact, so I "
                    f"would label it {_name('claim')}.")
    if not body:
        return "My article has no sentences to look at yet."
    s = next((x for x in body if x.label == "claim"), body[0])
    return (f"I agree with most labels. I looked twice at {_quote(s)}: the tool said "
            f"{_name(s.label)}. I would keep it, because {_keep_reason(s)}")


def _keep_reason(s: Sentence) -> str:
    if s.label == "attributed":
        return f"it says where the words come from ({s.source})."
    if s.label == "claim":
        return "it tells a fact with no source and no judging words."
    words = _listed(_words(s))
    return f"the words {words} show it." if words else "the words show it."


def _sources(analysis: Analysis, twice) -> str:
    first: dict[str, Sentence] = {}
    for s in analysis.sentences:
        if s.source and s.source not in first:
            first[s.source] = s
    named = [f"{src} ({source_kind(src, s)})" for src, s in first.items()]
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


def _unsourced(body: list[Sentence]) -> str:
    claims = [s for s in body if s.label == "claim" and not reporting_word(s)]
    if not claims:
        return ("Every sentence in my article names a source or gives an opinion, so I found no "
                "fact stated without a source. That is a good sign.")
    s = next((x for x in claims if _NUMBER.search(x.text)), max(claims, key=lambda x: len(x.text)))
    how = ("I could look for the number in an official record or in another news report"
           if _NUMBER.search(s.text) else
           "I could look for another news report about the same thing, or an official record")
    return f"{_quote(s)} No source is named for it. {how}, and see if they say the same."


def _loaded(body: list[Sentence]) -> str:
    pushy = [s for s in body if s.label in ("opinion", "call_to_action") and _words(s)]
    if not pushy:
        return ("The tool found no loaded words and no requests to me in my article. I read it "
                "again and found none either, which is a good sign for a news report.")
    s = max(pushy, key=lambda x: len(_words(x)))
    found = _words(s)[:4]
    words = _listed(found)
    one = len(found) == 1
    the = f"The word {words}" if one else f"The words {words}"
    if s.label == "call_to_action":
        return (f"{_quote(s)} {the} {'asks' if one else 'ask'} me to act, so "
                f"{'it pushes' if one else 'they push'} me to do something.")
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
            if pushy else "It has no sentences of opinion, so it reads like a report.")
    return f"{verdict} {named}, so I can check {'some' if share < 0.5 else 'most'} facts. {view}"
