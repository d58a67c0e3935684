"""Word-list regexes grouped by first character (for speed) match exactly what a plain alternation
of the same entries, in the same order, matches: on the seeds' sentences and on sentences made to
hold every entry of every list in awkward places (start, end, after an apostrophe or a hyphen,
with an ending added, in capitals)."""

from __future__ import annotations

import random
import re

import pytest

from seedpaths import NPR, REWRITE
from toolkit import attribution
from toolkit.wordlists import (_entry_pattern, _first_words, grouped_alternation, load_lines,
                               load_words, may_contain, phrase_regex, word_set)
from toolkit.datafiles import shipped

LISTS = sorted(p.name[:-4] for p in shipped("wordlists").iterdir() if p.name.endswith(".txt"))


def texts() -> list[str]:
    rng = random.Random(19)
    base = [line for path in (NPR, REWRITE) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]
    entries = [line.split("\t")[0].rstrip("*").strip() for name in LISTS for line in load_lines(name)]
    made = []
    for entry in entries:
        for form in rng.sample([entry, entry.upper(), entry.capitalize(), entry + "s", entry + "ed",
                                "'" + entry, entry + "'s", "un-" + entry, entry + "-like",
                                entry.replace(" ", "-")], 5):
            filler = rng.choice(base).split()
            cut = rng.randrange(len(filler) + 1)
            made.append(" ".join(filler[:cut] + [form] + filler[cut:]))
            made.append(form + rng.choice([".", "!", "?", ",", "", "\u201d"]))
    return base + [b.upper() for b in base] + made


def plain(entries: list[str]) -> str:
    return "|".join(entries)


@pytest.fixture(scope="module")
def corpus():
    return texts()


@pytest.mark.parametrize("name", LISTS)
def test_phrase_regex_equals_plain_alternation(name, corpus):
    entries = sorted({line.split("\t")[0] for line in load_lines(name)}, key=len, reverse=True)
    slow = re.compile(rf"(?<![\w'-])(?:{plain([_entry_pattern(e) for e in entries])})(?![\w'])",
                      re.IGNORECASE)
    fast = phrase_regex(name)
    for text in corpus:
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in slow.finditer(text)], \
            (name, text)


@pytest.mark.parametrize("name", LISTS)
def test_prefix_check_equals_plain(name, corpus):
    exact, prefixes = _first_words(name)
    if prefixes is None:
        return
    stars = sorted(line.split("\t")[0].strip().lower().replace("\u2019", "'").rstrip("*")
                   for line in load_lines(name) if len(line.split("\t")[0].split()) == 1
                   and line.split("\t")[0].strip().endswith("*"))
    slow = re.compile(r"(?<![\w'-])(?:" + plain(list(map(re.escape, stars))) + ")")
    for text in corpus:
        low = text.lower()
        assert bool(prefixes.search(low)) == bool(slow.search(low)), (name, text)


def test_attribution_regexes_equal_plain_alternations(corpus):
    verbs = sorted(load_words("reporting_verbs"), key=len, reverse=True)
    verb_alt = plain([r"\s+".join(map(re.escape, v.split())) for v in verbs])
    slow_verb = re.compile(rf"(?<![\w-])(?:{verb_alt})(?![\w-])")
    fast = attribution._patterns()
    roles = sorted({line.split("\t")[0].strip() for line in load_lines("role_nouns")},
                   key=len, reverse=True)
    role_alt = plain([r"\s+".join(map(re.escape, r.split())) for r in roles])
    slow_role = re.compile(fast["role_start"].pattern.replace(
        grouped_alternation([r"\s+".join(map(re.escape, r.split())) for r in roles], ignore_case=True),
        role_alt), re.IGNORECASE)
    assert slow_role.pattern != fast["role_start"].pattern
    for text in corpus:
        assert [m.span() for m in fast["verb"].finditer(text)] == \
            [m.span() for m in slow_verb.finditer(text)], text
    for text in corpus[::3]:
        for i in range(0, len(text), 4):
            a, b = fast["role_start"].match(text, i), slow_role.match(text, i)
            assert (a and a.span()) == (b and b.span()), text


def test_grouping_keeps_order_within_a_group():
    assert grouped_alternation(["ab", "b", "a"]) == "a(?:b|)|b"
    assert grouped_alternation(["Ab", "ax"], ignore_case=True) == "A(?:b|x)"
    assert re.fullmatch(grouped_alternation([r"\-x", "y"]), "-x")
