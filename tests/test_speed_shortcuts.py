"""The speed shortcuts give exactly what the slower way gave (issue 19).

Each shortcut skips work that cannot change the result (a search that cannot match, a count
already made); these tests compare it with the plain way on generated text full of the cases
that could tell them apart (unicode white space, line ends, apostrophes, punctuation-only chunks).
bench/identity.py checks the whole analysis JSON on real articles.
"""

from __future__ import annotations

import random
import re

import pytest

from seedpaths import NPR, REWRITE
from toolkit import analyze, article_from_text
from toolkit.articles import _WORD, looks_english
from toolkit.attribution import (_AUX_LAST, _BE_LAST, _WHEN_END, _WHEN_LAST, _patterns,
                                 _strip_end, covered_by)
from toolkit.readability import (WordFacts, count_words, text_counts, textstat_sentences,
                                 textstat_words)

SPACES = [" ", "  ", "\t", "\n", "\xa0", "\u2003", " \n", "\r\n", "\x1c", "\u2028"]
PIECES = ["Ana", "Ruiz", "has", "also", "long", "quickly", "isn't", "wasn’t", "was", "is", "'s",
          "’re", "on", "last", "Tuesday", "week", "MONDAY", "the", "agency", "—", ",", "'", "''",
          "don't", "rock'n'roll", "-", "...", "U.S.", "42", "İstanbul", "naïve", "Ünal", "(D-Ore.)",
          "who", "which", "never", "now", "x-only", "ca", "n't", "Wo", "won't", "…", '"', "“Yes”"]


def _text(rng: random.Random, n: int) -> str:
    out = []
    for _ in range(n):
        out.append(rng.choice(PIECES))
        out.append(rng.choice(SPACES))
    return "".join(out[: rng.randrange(0, 2 * n + 1)])


@pytest.mark.parametrize("pattern,last", [("aux_end", _AUX_LAST), ("be_end", _BE_LAST),
                                          ("when", _WHEN_LAST)], ids=["aux", "be", "when"])
def test_strip_end_equals_the_plain_substitution(pattern, last):
    regex = _WHEN_END if pattern == "when" else _patterns()[pattern]
    rng = random.Random(19)
    for _ in range(4000):
        text = _text(rng, rng.randrange(0, 9))
        assert _strip_end(regex, last, text) == regex.sub("", text), repr(text)


def test_covered_by_nothing():
    inside = covered_by([])
    assert not any(inside(p) for p in range(-2, 50))


def test_english_check_with_the_lines_words_equals_the_plain_one():
    rng = random.Random(7)
    for _ in range(300):
        text = _text(rng, rng.randrange(0, 60))
        assert looks_english(text, _WORD.findall(text[:50000])) == looks_english(text)


def test_readability_counts_from_paragraph_words_equal_the_body_text():
    """The analysis gives measure_text the sum of its paragraphs' counts and the concatenation of
    their textstat words: the same as counting the body text itself."""
    rng = random.Random(3)
    texts = [NPR.read_text(encoding="utf-8"), REWRITE.read_text(encoding="utf-8")]
    for _ in range(60):
        paragraphs = [_text(rng, rng.randrange(1, 40)) + rng.choice([".", "!", "?", ""])
                      for _ in range(rng.randrange(1, 6))]
        texts.append("A Headline For The Test\n\n" + "\n\n".join(paragraphs))
    for text in texts:
        a = analyze(article_from_text(text))
        body = a.article.body_text
        assert a.readability["words"].value == count_words(body)
        assert text_counts(body, WordFacts(), [t for p in a.article.body for t in textstat_words(p.text)]) \
            == text_counts(body, WordFacts())
        for p in a.article.body:
            assert a.paragraph_readability[p.index]["words"].value == count_words(p.text)


def test_bulk_word_facts_equal_one_at_a_time():
    rng = random.Random(11)
    tokens = textstat_words(" ".join(_text(rng, 30) for _ in range(40))) + ["Readability", "zzqx"]
    one = WordFacts()
    from toolkit.readability import clear_word_tables

    clear_word_tables()  # learn works them out, not the process's tables from earlier tests
    assert WordFacts().learn(tokens) == {t: one[t] for t in tokens}


def test_linsear_start_from_tokens_equals_textstat_chunk_walk():
    """Counting the first 100 words from the text's tokens ends at the same chunk as textstat's
    walk over the chunks (a chunk with only punctuation holds no word)."""
    rng = random.Random(5)
    for _ in range(200):
        text = " ".join(rng.choice(PIECES + ["--", "'", "...", "—"]) for _ in range(rng.randrange(90, 160)))
        chunks = text.split()
        first: list[str] = []
        i = 0
        while i < len(chunks) and len(first) < 100:
            first.extend(textstat_words(chunks[i]))
            i += 1
        assert sum(1 for c in chunks if re.search(r"\w|'(?=[tsd]|ve|ll|re)", c)) == len(textstat_words(text))
        assert first == textstat_words(text)[:100]
        if len(chunks) > 100:
            assert text_counts(text).linsear_sentences == textstat_sentences(" ".join(chunks[:i]))


def _name_at_end_plain(tail: str):
    """The walk over every word of the text (``\\S+`` matches), as _name_at_end did before."""
    from toolkit.attribution import _CONNECTORS, _NAME_CHARS

    if not tail or tail[-1].isspace():
        tail = tail.rstrip()
    words = [(m.start(), m.group(0)) for m in re.finditer(r"\S+", tail)]
    first = None
    for start, word in reversed(words):
        if _NAME_CHARS.fullmatch(word):
            first = start
        elif word in _CONNECTORS and first is not None:
            continue
        else:
            break
    if first is None:
        return None
    name = tail[first:]
    while name.split(" ", 1)[0] in _CONNECTORS and " " in name:
        cut = name.index(" ") + 1
        first += cut
        name = name[cut:]
    return first, len(tail), name


def test_name_at_end_equals_the_walk_over_every_word():
    from toolkit.attribution import _name_at_end

    names = PIECES + ["of", "the", "de", "van", "on", "a", "to", "Police", "Chief", "O'Neil",
                      "McDonald’s", "J.", "A&M", "Kansas/Missouri", "said", "IBM"]
    rng = random.Random(23)
    for _ in range(6000):
        n = rng.randrange(0, 16)
        text = "".join(rng.choice(names) + rng.choice(SPACES) for _ in range(n))
        text = text[: rng.randrange(0, len(text) + 1)] if rng.random() < 0.3 else text
        assert _name_at_end(text) == _name_at_end_plain(text), repr(text)
    capitals = ["Ana", "Ruiz", "Police", "Chief", "of", "the", "de", "J.", "IBM", "said", ",", "x"]
    for _ in range(3000):  # long runs of capitalised words (past the first few words taken)
        text = "".join(rng.choice(capitals) + rng.choice(SPACES) for _ in range(rng.randrange(0, 24)))
        assert _name_at_end(text) == _name_at_end_plain(text), repr(text)


def test_single_word_spans_equal_the_scan_of_every_word():
    """The lexicon's single words found with str.find in the lower-cased text are the very spans
    the scan of every word (``_TOKEN``) gave, the case traps ("İ", "ı", "ſ") included."""
    from toolkit.opinion import _TOKEN, _lexicon_hits, _single_spans
    from toolkit.wordlists import word_set

    pieces = PIECES + ["bad", "Bad", "BAD", "bad-ass", "badly", "’bad", "l’bad", "awful", "Awful’s",
                       "horrible", "İhorrible", "horrıble", "ſtrong", "strong", "STRONG", "Weak-kneed",
                       "weak_", "_weak", "weak9", "ΣTRONG", "very", "véry", "brutal"]
    rng = random.Random(11)
    found = 0
    for _ in range(4000):
        text = "".join(rng.choice(pieces) + rng.choice(SPACES + [",", "-", "'", "’", "."])
                       for _ in range(rng.randrange(0, 14)))
        words = word_set(text)
        single, _ = _lexicon_hits(words)
        plain = [(m.start(), m.end(), single[m.group(0).lower().replace("’", "'")])
                 for m in _TOKEN.finditer(text) if m.group(0).lower().replace("’", "'") in single]
        fast = _single_spans(text, words, single)
        assert sorted(fast) == sorted(plain), repr(text)
        found += bool(plain)
    assert found > 1000


def test_quote_spans_without_quotation_marks():
    from toolkit.attribution import quote_spans

    for text in ["", "No quotes here.", "It’s fine", "a ' b", "x\u2018y\u2019"]:
        assert quote_spans(text) == ([], False)
        assert quote_spans(text, True) == ([(0, len(text))], True)


def test_paragraph_words_equal_the_sum_over_its_sentences():
    """compute_density counts a paragraph's words in its text: the same as summing its sentences'."""
    from collections import defaultdict

    rng = random.Random(5)
    texts = [NPR.read_text(encoding="utf-8"), REWRITE.read_text(encoding="utf-8")]
    for _ in range(80):
        paragraphs = [_text(rng, rng.randrange(1, 40)) + rng.choice([".", "!", "?", "", ' "Yes," he said.'])
                      for _ in range(rng.randrange(1, 6))]
        texts.append("A Headline For The Test\n\n" + "\n\n".join(paragraphs))
    for text in texts:
        a = analyze(article_from_text(text), readability=False)
        by_para = defaultdict(int)
        for s in a.sentences:
            by_para[s.paragraph] += count_words(s.text)
        assert {p.paragraph: p.words for p in a.density.paragraphs} == \
            {p.index: by_para[p.index] for p in a.article.paragraphs}


def _density_plain(article, sentences):
    """The figures compute_density gave with one sum per label and per paragraph (before s6)."""
    from toolkit.evidence import LABELS
    from toolkit.sources import source_key

    by_para: dict[int, list] = {}
    for s in sentences:
        by_para.setdefault(s.paragraph, []).append(s)
    paragraphs = []
    total_words = total_attr = total_quoted = 0
    for p in article.paragraphs:
        group = by_para.get(p.index, [])
        words = count_words(p.text) if group else 0
        attributions = sum(1 for s in group if s.label == "attributed" and s.cue)
        paragraphs.append((p.index, p.headline, len(group), sum(s.label == "attributed" for s in group),
                           words, attributions))
        total_words += words
        total_attr += attributions
        total_quoted += sum(s.quoted_words for s in group)
    seen: dict[str, str] = {}
    for s in sentences:
        if s.source:
            seen.setdefault(source_key(s.source), s.source)
    counts = {label: sum(s.label == label for s in sentences) for label in LABELS}
    return (len(sentences), counts["attributed"], total_words, total_attr, total_quoted,
            tuple(seen.values()), list(counts.items()), paragraphs)


def test_density_in_one_walk_equals_one_sum_per_figure():
    """compute_density walks the sentences once: the same counts, sources and paragraph figures
    (in the same order) as a sum per label and per paragraph."""
    from toolkit.analysis import compute_density
    from toolkit.labels import label_sentences

    said = ['"We are ready," Mayor Ana Ruiz said.', "The AP reported the fire.", "the ap said so.",
            "He said it was late.", "It is a disgrace!", "Please call your mayor today.",
            '"It works."', "Prices rose, according to the city's budget office.",
            "Do you agree?", "The bus runs at noon.", "Ruiz's claim that it works makes no sense."]
    rng = random.Random(31)
    texts = [NPR.read_text(encoding="utf-8"), REWRITE.read_text(encoding="utf-8")]
    for _ in range(150):
        paragraphs = [" ".join(rng.choice(said + [_text(rng, rng.randrange(1, 12)) + "."])
                               for _ in range(rng.randrange(1, 5)))
                      for _ in range(rng.randrange(1, 6))]
        texts.append("A Headline For The Test\n\n" + "\n\n".join(paragraphs))
    labels_seen = set()
    for text in texts:
        article = article_from_text(text)
        sentences = label_sentences(article)
        labels_seen.update(s.label for s in sentences)
        d = compute_density(article, sentences)
        got = (d.sentences, d.attributed, d.words, d.attributions, d.quoted_words, d.sources,
               list(d.label_counts.items()),
               [(p.paragraph, p.headline, p.sentences, p.attributed, p.words, p.attributions)
                for p in d.paragraphs])
        assert got == _density_plain(article, sentences), text
    assert labels_seen == {"attributed", "claim", "opinion", "call_to_action"}


# The look-behind moved after the first character: the patterns as they were written before s6
_BOUNDARY_PLAIN = re.compile(r"(?<![.!?…])([.!?…]+)([\"'”’)\]]*)(?=\s+[\"'“‘(\[]?[A-Z0-9])")
# (s13: the name body admits a capital inside a surname, "McCall", as _MENTION now does)
_MENTION_PLAIN = re.compile(r"(?<![\w.])([A-Z][a-z]+(?:\s+[A-Z][a-z]*[A-Z]?[a-z]+){1,3})\b")
MARKS = [".", "..", "...", "…", "!", "?", "?!", ".”", '."', ".'", ".)", "’", "(", "[", "“", "‘", "A",
         "Bo", "Ana", "Ruiz", "x", "_", "3", "É", "é", "Dr.", "U.S.", "ana", "anaRuiz", "-", "'"]


def test_moved_look_behinds_find_the_same_matches():
    """_BOUNDARY (sentence ends) and _MENTION (names) test their look-behind after the first
    character, so the regex engine skips to candidate characters: the same spans and groups as
    the look-behind first, on generated text full of runs of marks, capitals and word characters."""
    from toolkit.attribution import _MENTION
    from toolkit.sentences import _BOUNDARY

    rng = random.Random(41)
    for _ in range(6000):
        text = "".join(rng.choice(MARKS) + (rng.choice(SPACES) if rng.random() < 0.6 else "")
                       for _ in range(rng.randrange(0, 14)))
        for new, plain in ((_BOUNDARY, _BOUNDARY_PLAIN), (_MENTION, _MENTION_PLAIN)):
            assert [(m.span(), m.groups()) for m in new.finditer(text)] == \
                [(m.span(), m.groups()) for m in plain.finditer(text)], (plain.pattern, text)


NAME_PIECES = ["Ana", "Ruiz", "ana", "Finally", "Quickly", "The", "But", "Mr.", "Lee", "O'Neil",
               "de", "Ünal", "İz", "", "  ", "\t", "Ana-Maria", "Ruiz-Lee", "Also", "x", "Really"]


def _name(rng: random.Random) -> str:
    return rng.choice(SPACES[:3]).join(rng.choice(NAME_PIECES) for _ in range(rng.randrange(0, 5)))


def test_full_name_surname_equals_the_plain_test():
    """_known_person looks up each remembered name's surname once (cached): the same verdict as
    the test it replaced, written out per name and surname."""
    from toolkit.attribution import _full_name_surname, _starters

    def plain(name: str, surname: str) -> bool:
        return (2 <= len(name.split()) <= 3 and name.split()[-1].lower() == surname
                and all(w[:1].isupper() for w in name.split())
                and name.split()[0].lower() not in _starters() and not name.split()[0].endswith("ly"))

    rng = random.Random(23)
    surnames = {"ruiz", "lee", "ana", "o'neil", "ünal", "ruiz-lee", "x", ""}
    for _ in range(5000):
        name = _name(rng)
        for surname in surnames | {name.split()[-1].lower() if name.split() else ""}:
            assert (_full_name_surname(name) == surname) == plain(name, surname), (name, surname)


def test_cached_name_helpers_equal_their_plain_calls():
    """The pure helpers kept in a bounded cache (speed) answer exactly as an uncached call, in any
    order of calls: nothing they depend on changes between articles."""
    from toolkit import attribution as att

    rng = random.Random(29)
    names = [_name(rng) for _ in range(3000)] + ["the Associated Press", "CNN", "the spokesman",
                                                  "Delegates", "Labor Day", "said", "told", "notes",
                                                  "warned", "saying", "pointed out", "testified"]
    for fn in (att._is_outlet, att._trim_name, att._is_speech_verb, att._person_like,
               att._full_name_surname):
        fn.cache_clear()
        first = [fn(n) for n in names]
        assert first == [fn.__wrapped__(n) for n in names]
        assert [fn(n) for n in reversed(names)] == first[::-1]
    assert att._person_like(None) is False


def test_attribution_keeps_or_converts_its_evidence():
    """Attribution turns plain tuples into Evidence and keeps a tuple of Evidence as it is (the
    shortcut skips the conversion only when every item is Evidence already)."""
    from toolkit.attribution import Attribution
    from toolkit.evidence import Evidence

    ev = Evidence(0, 4, "cue", "reporting words")
    for given in ([], (), [ev], (ev, ev), [(0, 4, "cue", "reporting words")],
                  [ev, (5, 9, "speaker", "who said it", "Ruiz")], iter([ev, (1, 2, "quote", "q")])):
        items = list(given) if not isinstance(given, (list, tuple)) else given
        att = Attribution("Ruiz", "said", iter(items) if not isinstance(given, (list, tuple)) else given)
        assert type(att.evidence) is tuple
        assert all(type(e) is Evidence for e in att.evidence)
        assert att.evidence == tuple(e if type(e) is Evidence else Evidence(*e) for e in items)
