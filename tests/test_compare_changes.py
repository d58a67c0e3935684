"""Issue 14: what compare says happened to each sentence, decided from evidence (attribution cues,
quotations, numbers, hedges, amounts, names, places of origin), never from words of the seeds."""

from __future__ import annotations

import re

import pytest

from seedpaths import NPR, REWRITE, ROOT
from toolkit import changes
from toolkit.keys import normalize

try:
    from toolkit.comparison import compare
except ImportError:  # before the module's rename
    from toolkit.compare import compare


@pytest.fixture(scope="module")
def seeds():
    return compare(NPR, REWRITE)


def _pair(c, start):
    found = [p for p in c.pairs if normalize(p.rewrite.text).startswith(start)]
    assert len(found) == 1, start
    return found[0]


def _changed(p):
    return [f for f in p.flags if f["kind"] == "changed"]


# --- the two changes lesson 4 is about --------------------------------------------------------

def test_seed_quote_restated_as_fact_is_attribution_dropped(seeds):
    p = _pair(seeds, "MS-13 members regularly celebrate")
    assert p.kind == "attribution_dropped"
    assert 15 in [o.index + 1 for o in p.original]  # the police chief's quoted words
    assert "Acevedo" in p.reason


def test_seed_birthplace_is_a_changed_origin_naming_both_spans(seeds):
    p = _pair(seeds, "Sessions is traveling to El Salvador")
    assert p.kind == "changed"
    flag = [f for f in _changed(p) if "birthplace" in f["text"]][0]
    text = seeds.rewrite_analysis.article.text
    assert text[flag["start"]:flag["end"]] == flag["text"]
    o = flag["original"]
    assert seeds.original_analysis.article.text[o["start"]:o["end"]] == o["text"]
    assert "originated in" in o["text"] and "Los Angeles" in o["text"]


# --- general rules on made-up pairs -----------------------------------------------------------

@pytest.mark.parametrize("original, rewrite, kind, rewrite_span, original_span", [
    # a named researcher's mixed finding becomes what unnamed experts agree: no source, stronger
    ("Researcher Dana Okafor said phone bans had mixed effects on grades.",
     "Experts agree phone bans do nothing for grades.", "attribution_dropped", "agree", "mixed"),
    # a cost changed inside a reworded, still attributed sentence; the wording differs
    ("The pilot program at two schools cost $48,000, the budget office said.",
     "The budget office said the two-school pilot cost nearly $150,000.", "changed", "$150,000", "$48,000"),
    ("Police said the man allegedly stole a car from the lot.",
     "Police said the man stole a car from the lot.", "changed", "stole", "allegedly"),
    ("Board member Luis Ortega said he expects about 60 parents to speak.",
     "Board member Luis Ortega said 60 parents will speak.", "changed", "60", "expects"),
    ("Principal Mara Jensen said some teachers support the ban.",
     "Principal Mara Jensen said all teachers support the ban.", "changed", "all", "some"),
    ("Ruiz beat Lee in the final on Sunday, the league said.",
     "Lee beat Ruiz in the final on Sunday, the league said.", "changed", "Lee beat Ruiz", "Ruiz beat Lee"),
    ('Coach Ann Lee called the referee "a fair man" after the game.',
     'Coach Ann Lee called the referee "a fair man but a cheat" after the game.', "changed",
     '"a fair man but a cheat"', '"a fair man"'),
    ("The band, which originated in Dayton in 1990, will play on Friday in the park.",
     "The band, born in Toledo in 1990, will play on Friday in the park.", "changed", "Toledo", "Dayton"),
])
def test_changes_name_both_spans(original, rewrite, kind, rewrite_span, original_span):
    c = compare(original, rewrite)
    p = c.pairs[0]
    assert p.kind == kind
    flags = _changed(p)
    assert any(f["text"] == rewrite_span and f["original"]["text"] == original_span for f in flags), flags
    for f in flags:
        assert c.rewrite_analysis.article.text[f["start"]:f["end"]] == f["text"]
        o = f["original"]
        assert c.original_analysis.article.text[o["start"]:o["end"]] == o["text"]


@pytest.mark.parametrize("original, rewrite, kind", [
    # a copied sentence that kept its cue is never attribution_dropped
    ('"The pool opens on June 3," Mayor Ana Ruiz said.', '"The pool opens on June 3," Mayor Ana Ruiz said.',
     "kept"),
    ("The statement says the track will reopen in May.", "The statement says the track will reopen in May.",
     "kept"),
    # any attribution kept, even a vague one, is not attribution_dropped
    ("Mayor Ana Ruiz said the pool will open on June 3.", "The pool is said to open on June 3.", "reworded"),
    ("Mayor Ana Ruiz said the pool will open on June 3.", "The pool will open on June 3, reports say.",
     "reworded"),
    # an inanimate or trailing source still attributes
    ("The statement says the track will reopen in May.", "The track will reopen in May.",
     "attribution_dropped"),
    ("The track will reopen in May, the owners' statement said.", "The track will reopen in May.",
     "attribution_dropped"),
    # kept: only cuts; one substituted content word makes it reworded
    ("The board meets at 6 p.m. in the high school library.", "The board meets at 6 p.m. in the library.",
     "kept"),
    ("The board meets at 6 p.m. in the high school library.", "The board meets at 6 p.m. in the school gym.",
     "reworded"),
    # a dropped "not" is a changed fact, not a cut
    ("The ban would not apply to students who need phones for medical reasons.",
     "The ban would apply to students who need phones for medical reasons.", "changed"),
])
def test_kinds_from_evidence(original, rewrite, kind):
    assert compare(original, rewrite).pairs[0].kind == kind


def test_only_cut_allows_spelling_and_small_repairs():
    assert changes.only_cut("Frances Tiafoe won the match.", "Frances Tiafore won the match.")
    assert changes.only_cut("The mayor, who spoke Monday, said it was over.", "The mayor said it was over.")
    assert not changes.only_cut("Some teachers support it.", "All teachers support it.")
    assert not changes.only_cut("It costs $5.", "It costs $9.")


@pytest.mark.parametrize("original, rewrite, was, now", [
    ("The council voted to approve the plan on Monday.", "The council voted to reject the plan on Monday.",
     None, None),  # approve/reject is no WordNet pair: not listed, not flagged
    ("Retail sales rose 2% in March.", "Retail sales fell in March.", "rose", "fell"),
    ("The home team won the final.", "The home team lost the final.", "won", "lost"),
    ("Prices went up after the storm.", "Prices went down after the storm.", "up", "down"),
    ("The judge allowed the request.", "The judge denied the request.", "allowed", "denied"),
    ("Sales rose, but costs fell.", "Costs fell while sales rose.", None, None),  # both sides in both
    ("Sales rose in May.", "Sales did not fall in May.", None, None),  # negated opposite
    ("The union accepted the offer.", 'The union said it "rejected" nothing.', None, None),  # quoted
    ("The city has been raising fees on drivers.", "The city has been reducing fees on drivers.",
     "raising", "reducing"),  # session 4: "reduce", WordNet's synonym of "lower"
])
def test_reversed_terms(original, rewrite, was, now):
    found = changes.reversed_terms(original, rewrite)
    if was is None:
        assert found is None
    else:
        assert (found[0][2], found[1][2]) == (was, now)
        assert original[found[0][0]:found[0][1]] == was and rewrite[found[1][0]:found[1][1]] == now


def test_attribution_scope_is_what_the_cue_reports():
    def scope(text):
        s, e = changes.attribution_scope(text, changes.attribution_in(text))
        return text[s:e].strip()
    # the writer's own clause before "but the agency said" is not the agency's
    assert scope("Shares rose on the news but the agency said the recovery was incomplete.") == \
        "the recovery was incomplete."
    assert changes.attribution_in("The rise was announced but the agency said it was small.")["text"] == \
        "the agency said"
    assert scope("The recovery was incomplete, the agency said.").startswith("The recovery")
    assert scope("The agency said the recovery was incomplete.").startswith("The agency")
    text = "Shares rose on the news but the agency said the recovery was incomplete."
    span = changes.attribution_scope(text, changes.attribution_in(text))
    assert changes.covered_share(text, span, "Shares fell on the news.") == 0.0
    assert changes.covered_share(text, span, "The recovery was incomplete.") == 1.0


# --- no rule keys on the seeds -----------------------------------------------------------------

SEED_WORDS = ["Sessions", "Acevedo", "Avalos", "Melendez", "Salvador", "Houston", "Trump", "MS-13",
              "Mara Salvatrucha", "Honduras", "Guatemala", "Los Angeles", "NPR", "celebrate", "rape",
              "homicide", "thug", "remorse", "deport", "Carrie Johnson", "Domonoske"]


def test_compare_rules_hold_no_seed_words():
    rule_files = [ROOT / "toolkit" / "changes.py"]
    rule_files += [p for p in (ROOT / "toolkit").glob("compar*.py")]
    rule_files += [ROOT / "toolkit" / "data" / "wordlists" / f"{n}.txt"
                   for n in ("hedges", "quantity_scale", "origin_phrases", "opposites", "verb_groups", "currencies")]
    assert len(rule_files) >= 6
    for path in rule_files:
        body = "\n".join(l for l in path.read_text(encoding="utf-8").splitlines()
                         if not l.lstrip().startswith("#"))
        for word in SEED_WORDS:
            if path.suffix == ".py":  # in code: never inside a string the rules could match on
                assert not re.search(rf"['\"][^'\"\n]*\b{re.escape(word)}", body), (path.name, word)
            else:
                assert not re.search(rf"\b{re.escape(word)}", body, re.IGNORECASE), (path.name, word)


def test_word_lists_say_where_they_come_from():
    for name in ("hedges", "quantity_scale", "origin_phrases", "opposites", "verb_groups", "negation_idioms"):
        text = (ROOT / "toolkit" / "data" / "wordlists" / f"{name}.txt").read_text(encoding="utf-8")
        assert "# Source:" in text, name


def test_lesson_counts_tool_beside_key_are_computed(seeds):
    from toolkit.lesson import changes_vs_key, load_compare_key

    key = load_compare_key("compare-seeds", seeds.original_analysis, seeds.rewrite_analysis)
    html = str(changes_vs_key(seeds, key, rows=True))
    tool_kind = {p.rewrite.index: p.kind for p in seeds.pairs}
    differ = [p for p in key.pairs if tool_kind[p.rewrite.index] != p.kind]
    assert f"<b>{len(key.pairs) - len(differ)} of {len(key.pairs)}</b>" in html
    assert f"They disagree on {len(differ)}." in html
    from toolkit.render.html import esc
    for p in differ:
        assert esc(p.rewrite.text) in html
    agree = [p for p in key.pairs if tool_kind[p.rewrite.index] == p.kind]
    assert agree and esc(agree[0].rewrite.text) not in html


# --- session 3: what compare reads from attribution, opposites, agents and quotes ----------------

@pytest.mark.parametrize("original, rewrite, kind, rewrite_span, original_span", [
    # a word put in the place of its opposite
    ("Shares in the firm rose sharply on Monday after the report.",
     "Shares in the firm fell sharply on Monday after the report.", "changed", "fell", "rose"),
    # who did it, where the original names no one
    ("A driver was killed during a race in Ohio on Saturday.",
     "A driver was killed by a sniper during a race in Ohio on Saturday.", "changed", "killed by a sniper",
     "A driver was killed during a race in Ohio on Saturday."),
    # words put in quotation marks that the original reports in its own words
    ("Track officials said the staff were saddened by the crash on Saturday.",
     'Track officials said they were "shocked and saddened by the attack."', "changed",
     '"shocked and saddened by the attack."', "saddened"),
])
def test_more_changes_name_both_spans(original, rewrite, kind, rewrite_span, original_span):
    test_changes_name_both_spans(original, rewrite, kind, rewrite_span, original_span)


@pytest.mark.parametrize("original, rewrite, kind", [
    # the writer's own clause is not the agency's, even in a sentence that also cites the agency
    ("Shares rose on Monday, but the agency said the recovery was incomplete.",
     "Shares rose on Monday.", "kept"),
    ("Shares rose on Monday, but the agency said the recovery was incomplete.",
     "The recovery was incomplete.", "attribution_dropped"),
    # the same number written with a space between thousands
    ("The lead will grow to more than 4 000 points next month, officials said.",
     "The lead will grow to more than 4000 points next month, officials said.", "reworded"),
    # a "no" inside a new quotation is what someone is quoted as saying, not a negated fact
    ("She represented her school in the final round of the contest.",
     'She represented her school in the final round of the contest and said "no comment" later.', "reworded"),
    # a few borrowed names around a claim the original never makes
    ("Actor Dana Reyes and her husband marked their anniversary at the beach.",
     "Dana Reyes and her husband were overheard arguing in a coffee shop about money and schools.", "added"),
])
def test_more_kinds_from_evidence(original, rewrite, kind):
    assert compare(original, rewrite).pairs[0].kind == kind


def test_primary_original_decides_attribution():
    # the rewrite restates the first sentence (the writer's own); the second, attributed one only
    # shares a few words with it: the extra original must not make it "attribution dropped"
    original = ("The county opened three new cooling centers downtown on Tuesday. "
                "Officials said the downtown centers will stay open until Friday.")
    rewrite = "Three new cooling centers opened downtown on Tuesday, and they stay open."
    p = compare(original, rewrite).pairs[0]
    assert p.original and p.original[0].index == 0
    assert p.kind != "attribution_dropped"


def test_all_capitals_headline_still_names_its_source():
    p = compare("City Council: Park will reopen in May after repairs",
                "CITY COUNCIL: PARK WILL REOPEN IN MAY").pairs[0]
    assert p.kind != "attribution_dropped"


# --- session 4: a figure made vague, a fact said to be pretended, only names in common -------------

@pytest.mark.parametrize("original, rewrite, kind, rewrite_span, original_span", [
    # a figure replaced by a bare comparison
    ("The new bridge will cost $48 million and open in 2027.",
     "The new bridge will cost far less than planned and open in 2027.", "changed", "far less than",
     "$48 million"),
    # what the original reports as real, said to be pretended
    ("The champion pulled out of the tournament with a knee injury on Friday.",
     "The champion faked a knee injury to pull out of the tournament on Friday.", "changed",
     "faked a knee", "knee"),
])
def test_session4_changes_name_both_spans(original, rewrite, kind, rewrite_span, original_span):
    test_changes_name_both_spans(original, rewrite, kind, rewrite_span, original_span)


@pytest.mark.parametrize("original, rewrite, kind", [
    # "more" that counts something new is no comparison standing for the figure
    ("Retail sales rose 1.4% in March as shoppers returned to the high street, the agency said.",
     "More shoppers returned to the high street in March, the agency said.", "reworded"),
    # a comparison the original already makes is not new
    ("Costs were higher than planned: the bridge will cost $48 million.",
     "Costs were higher than planned for the bridge.", "kept"),
    # a pretence word the original uses too changes nothing
    ("Officials said the letter was fake and the signature was forged.",
     "Officials said the letter was fake and its signature forged.", "reworded"),
    # the same people and places, and nothing else in common: a new story about them
    ("Senator Ana Ruiz visited a flood shelter in Dayton on Friday.",
     "Ana Ruiz argued with reporters in Dayton about taxes.", "added"),
    # ... but one word put for another beside the same names is a rewording
    ("Federer beat Tiafoe in Miami on Friday.", "Federer defeated Tiafoe in Miami on Friday.", "reworded"),
])
def test_session4_kinds_from_evidence(original, rewrite, kind):
    assert compare(original, rewrite).pairs[0].kind == kind


@pytest.mark.parametrize("original, rewrite, kind", [
    # a sentence copied word for word is kept, even when the original is credited only by a
    # quotation left open earlier (the copy drops nothing the sentence itself had)
    ('"He always drinks water," said coach Ann Lee of the pitcher. He sips it all day. '
     'A pack of bottles sits by his locker.',
     "He sips it all day. A pack of bottles sits by his locker.", "kept"),
    # a "not" that moves inside quotation marks (a stray opening quote mark) is the same "not"
    ("Even for ten minutes the pitcher can't sit still on the bench.",
     '"Even for ten minutes the pitcher can\'t sit still on the bench.', "kept"),
    # words in quotation marks are someone's words: not the writer's own voice
    ("The actor said the cast holds a dinner for every member who leaves the show.",
     '"The cast holds a party for every member who leaves the show."', "reworded"),
    # a decade is a date: "the 70s" -> "the 50s" changes it
    ("Sweden warned not to return to the high taxes of the 70s.",
     "Sweden warned not to return to the high taxes of the 50s.", "changed"),
    # quoted words cut around a respelt word are still a cut quotation
    ('The cast held a sendoff, a so-called "death dinner for their fallen members."',
     'The cast held a sendoff, a so-called "Death Dinners."', "kept"),
])
def test_session4_copies_quotes_and_decades(original, rewrite, kind):
    c = compare(original, rewrite)
    assert [p.kind for p in c.pairs][-1] == kind, [(p.kind, p.reason) for p in c.pairs]


def test_sentence_edited_in_place_is_aligned_by_its_opening_words():
    # every name, place and time replaced: only the sentence's frame is left, and it still came from there
    original = ("Crowds are expected at the park on Sunday. The memorial will be held at the Hall of Liberty "
                "in Glendale at 1 p.m. Fans may stand outside.")
    rewrite = "The memorial will be held at the Old Chapel by the sea at 7 p.m."
    p = compare(original, rewrite).pairs[0]
    assert [o.index for o in p.original] == [1]
    assert p.kind == "changed"


def test_an_aside_inside_a_report_is_the_writers_own():
    # "which also stars ..." is the writer's background inside the director's report: a rewrite that
    # uses only the aside did not drop the director's credit
    original = ("Director Ann Ruiz said the film - which also stars Dominic West as the hero's father - "
                "would focus on courage more than on stunts.")
    rewrite = "A new actress is wanted to play the daughter of Dominic West, who plays the hero's father."
    assert compare(original, rewrite).pairs[0].kind != "attribution_dropped"
    # ... while the report itself, restated without the director, is still a dropped source
    assert compare(original, "The film will focus on courage more than on stunts.").pairs[0].kind == \
        "attribution_dropped"


def test_a_topic_label_before_a_headline_colon_is_not_a_source():
    # "Harbor Days:" says what the story is about; the body credits nobody by that name
    original = "Harbor Days: Fireworks show cancelled by the city\n\nThe fireworks show is off this year."
    c = compare(original, "Fireworks Show Cancelled By City\n\nThe show is off.")
    assert c.pairs[0].kind != "attribution_dropped", c.pairs[0].reason
    assert c.voices["original"] == [] and c.voices["vanished"] == []
    # a speaker the body quotes too is still a source the rewrite dropped
    original = ("Ruiz: Fireworks show cancelled by the city\n\n"
                "The fireworks show is off this year, Mayor Ana Ruiz said.")
    c = compare(original, "Fireworks Show Cancelled By City\n\nThe show is off.")
    assert c.pairs[0].kind == "attribution_dropped", c.pairs[0].reason


def _kinds(original, rewrite):
    c = compare("Club news\n\n" + original, "Club news\n\n" + rewrite)
    return [(p.kind, [o.index for o in p.original]) for p in c.pairs][1:]


@pytest.mark.parametrize("original, rewrite, expected", [
    # a year found in one sentence of the original only points at that sentence
    ("The choir was founded by dock workers in Leeds in the 1950s. The choir now has 300 members. "
     "The choir's hall was painted in May. The choir sings on Sundays.",
     "The choir was formed by miners in the 1950s before it settled in York.", [("reworded", [1])]),
    # a quotation right after the aligned sentence comes from the original's next quotation
    ('Coach Ana Ruiz praised the team after the final. "They were very brave tonight," Ruiz said. '
     '"I loved how the defence held on until the end."',
     'Coach Ana Ruiz blasted the team after the final. "They were very brave tonight," Ruiz said. '
     '"They should be ashamed of that defence."', [("reworded", [1]), ("kept", [2]), ("changed", [3])]),
    # the one sentence between two aligned ones, and the one original sentence between theirs
    ("The bridge opened in 1990 after four years of work. Engineers said cracks were found in the deck "
     "last spring. The city will pay for repairs. Traffic will move to Elm Street.",
     "The bridge opened in 1990 after four years of work. The deck has been crumbling for a decade. "
     "The city will pay for repairs.", [("kept", [1]), ("attribution_dropped", [2]), ("kept", [3])]),
    # a "not" inside words the original never has is part of something new, not a fact turned round
    ("The film opens in March 2018.",
     "The film opens in March 2018; now that it is without a star, work has stalled.", [("reworded", [1])]),
    # a stray opening quote mark does not make the rest of the rewrite someone's words: a sentence
    # that opens with its own quote mark starts a quotation, which ends where it closes
    ('Do not bring back high taxes. That warning comes from a think tank. "High taxes hurt growth, '
     'Ana Ruiz, its director, said in an interview. Should taxes rise it would be harmful for farms."',
     '"Taxes should stay low. That warning comes from a think tank. "Low taxes would hurt farms" Ana Ruiz '
     'told a paper. Should taxes stay low it would hurt food supplies on farms.',
     [("changed", [1]), ("kept", [2]), ("changed", [3]), ("attribution_dropped", [4])]),
])
def test_session5_alignment_in_order_and_negation_in_its_clause(original, rewrite, expected):
    assert _kinds(original, rewrite) == expected


@pytest.mark.parametrize("original, rewrite, expected", [
    # another first name before the same surname is another person ...
    ("The reason for the march, according to organizer Jessica Jin, was to mock the rule.",
     "According to Jared Jin, the march organizer, they wanted to mock the rule.", [("changed", [1])]),
    # ... but not a respelling, nor a name the original uses for that person elsewhere
    ("The reason for the march, according to organizer Jessica Jin, was to mock the rule.",
     "According to Jesica Jin, the march organizer, they wanted to mock the rule.", [("reworded", [1])]),
    ("Andy Murray won the final. The crowd cheered as Briton Murray lifted the cup.",
     "Andy Murray won the final. The crowd cheered as Andy Murray lifted the cup.",
     [("kept", [1]), ("reworded", [2])]),
    # the two leads tell the same news when they share two words, even in few words
    ("The wildly popular Bloxo puzzle game is now available for play on Android tablets, its maker said on "
     "Monday. Its maker said in a post that the game came to the Play store a little early. Bloxo was an "
     "instant hit with phone users.",
     "The once popular Bloxo will be taken out of every app store and play list by Friday. Fans are upset.",
     [("attribution_dropped", [1]), ("added", [])]),
    # a plural order of magnitude is a count: "thousands" -> "hundreds" changes it, 5,000 is "thousands"
    ("Students carried thousands of signs at the campus rally on Monday.",
     "Hundreds of students carried signs at the campus rally on Monday.", [("changed", [1])]),
    ("About 5,000 fans came to the stadium on Monday.", "Thousands of fans came to the stadium on Monday.",
     [("reworded", [1])]),
])
def test_session5_names_leads_and_magnitudes(original, rewrite, expected):
    assert _kinds(original, rewrite) == expected


def test_the_disagreement_rows_do_not_repeat_the_counts_table(seeds):
    # s5 walkthrough #11: lesson 4 showed the counts table, then again above the rows.
    from toolkit.lesson import changes_vs_key, load_compare_key

    key = load_compare_key("compare-seeds", seeds.original_analysis, seeds.rewrite_analysis)
    counts, rows = str(changes_vs_key(seeds, key)), str(changes_vs_key(seeds, key, rows=True))
    assert "What happened" in counts and "What happened" not in rows
    assert "They disagree on" in rows


@pytest.mark.parametrize("original, rewrite, expected", [
    # s6: a rewrite that keeps any credit, even hearsay naming no one, keeps an attribution ...
    ("Mayor Ana Ruiz said the pool will open on June 3.", "It is believed the pool will open on June 3.",
     [("reworded", [1])]),
    ("Mayor Ana Ruiz said the pool will open on June 3.", "The pool will open on June 3, it was claimed.",
     [("reworded", [1])]),
    ("Mayor Ana Ruiz said the pool will open on June 3.", "The pool will open on June 3, sources claim.",
     [("reworded", [1])]),
    ("Mayor Ana Ruiz said the pool will open on June 3.", "Rumors say the pool will open on June 3.",
     [("reworded", [1])]),
    ("Mayor Ana Ruiz said the pool will open on June 3.", "The pool will supposedly open on June 3.",
     [("reworded", [1])]),
    # ... and hearsay in the original is a hedge, not a source: dropping it is a changed fact
    ("The coach allegedly kept the team's prize money.", "The coach kept the team's prize money.",
     [("changed", [1])]),
    ("The coach reportedly kept the team's prize money.", "The coach kept the team's prize money.",
     [("changed", [1])]),
    # a credit that names a kind of source is still a source
    ("Witnesses said the coach kept the team's prize money.", "The coach kept the team's prize money.",
     [("attribution_dropped", [1])]),
    ("The jury heard the coach kept the team's prize money.", "The coach kept the team's prize money.",
     [("attribution_dropped", [1])]),
    # words that only look like hearsay in a quotation are not the writer's credit
    ("Mayor Ana Ruiz said the pool will open on June 3.", 'The pool will open on June 3, "it was claimed."',
     [("attribution_dropped", [1])]),
])
def test_session6_hearsay_kept_in_a_rewrite_and_a_hedge_in_an_original(original, rewrite, expected):
    assert _kinds(original, rewrite) == expected


@pytest.mark.parametrize("original, rewrite, expected", [
    # s6: a century is a date: "late 19th" -> "late 20th" changes it, even beside another century ...
    ("The mill made cloth in the late 19th century.", "The mill made cloth in the late 20th century.",
     [("changed", [1])]),
    ("The mill made cloth in the late 19th and early 20th centuries.",
     "The mill made cloth in the late 20th century.", [("changed", [1])]),
    # ... but a cut ("late 19th and early 20th" -> "early 20th") or a century without its "late" is not
    ("The mill made cloth in the late 19th and early 20th centuries.",
     "The mill made cloth in the early 20th century.", [("reworded", [1])]),
    ("The mill made cloth in the mid-19th century.", "The mill made cloth in the 19th century.",
     [("reworded", [1])]),
])
def test_session6_centuries_are_compared(original, rewrite, expected):
    assert _kinds(original, rewrite) == expected


_RACE_BODY = ("\n\nHarbor Town won the regional rowing final on Saturday by two lengths.\n"
              "The crew trained for six months on the river.\n"
              "Coach Dana Price thanked the rowers after the race.")


@pytest.mark.parametrize("original_head, rewrite_head, expected", [
    # s7: a headline that keeps who and whom but puts another verb between them changed what happened
    ("Harbor Town Beats Ridgeville in Rowing Final", "Harbor Town Brawls With Ridgeville After Rowing Final",
     "changed"),
    ("Harbor Town beats Ridgeville in rowing final", "Harbor Town has fist fight with Ridgeville at rowing final",
     "changed"),
    ("Harbor Town is closing its boat ramp for repairs", "Harbor Town still building its boat ramp despite repairs",
     "changed"),
    ("Harbor Town Mayor praises ferry budget", "Harbor Town Mayor attacks ferry budget", "changed"),
    # ... but not a near-synonym of the verb (verb_groups.txt), also further on ("votes to close" ->
    # "shuts down"), not a word only added ("easily"), and not a headline with nothing after the verb
    ("Harbor Town Beats Ridgeville in Rowing Final", "Harbor Town Defeats Ridgeville in Rowing Final", "reworded"),
    ("Harbor Town Beats Ridgeville in Rowing Final", "Harbor Town Easily Beats Ridgeville in Rowing Final",
     "reworded"),
    ("Harbor Town Votes to Close Boat Ramp for Repairs", "Harbor Town Shuts Down Boat Ramp", "reworded"),
    ("Harbor Town and Ridgeville Spar", "Harbor Town and Ridgeville Fight Over Rowing", "reworded"),
])
def test_session7_a_headline_that_swaps_the_verb_changed_what_happened(original_head, rewrite_head, expected):
    c = compare(original_head + _RACE_BODY, rewrite_head + _RACE_BODY)
    assert c.pairs[0].rewrite.headline and c.pairs[0].kind == expected, c.pairs[0].reason
    if expected == "changed":
        flag = _changed(c.pairs[0])[0]
        assert flag["original"]["text"] and flag["original"]["text"] in original_head
        assert flag["text"] in rewrite_head and "what happened" in flag["note"]


def test_session7_a_body_sentence_may_reword_its_verb():
    # in a body sentence a new verb between the same names stays a rewording (too many synonyms)
    assert _kinds("Mayor Ana Ruiz has reunited with the old council.",
                  "Mayor Ana Ruiz is back together with the old council.") == [("reworded", [1])]


@pytest.mark.parametrize("original, rewrite, expected", [
    ("Ruiz beats Lee in the final", "Ruiz has fist fight with Lee after the final",
     ((5, 10, "beats"), (5, 19, "has fist fight"))),
    ("Ruiz beats Lee in the final", "Ruiz beat Lee in the final", None),          # an inflection
    ("Ruiz beats Lee in the final", "Ruiz tops Lee in the final", None),          # a near-synonym
    ("Ruiz says Lee won the final", "Ruiz claims Lee won the final", None),       # reporting verbs
    ("The coach beats the rival", "The coach praises the rival",                   # a content subject
     ((10, 15, "beats"), (10, 17, "praises"))),
    ("The beats are loud in Lee's show", "The praises are loud in Lee's show", None),  # no shared subject
    ("Ruiz beats Lee", "Ruiz praises the new coach", None),                       # no shared object
    ('Ruiz "beats" Lee in the final', 'Ruiz "praises" Lee in the final', None),   # quoted words
])
def test_session7_predicate_swapped(original, rewrite, expected):
    assert changes.predicate_swapped(original, rewrite) == expected


_BRIDGE = ("Town opens new bridge\n\nThe Harbor Street bridge opened to traffic on Monday after two years of work. "
           "{middle} The old bridge will be torn down in the spring.")


@pytest.mark.parametrize("rewrite_middle, kind", [
    # s7: a quotation the original never has, sharing under a third of its words with the original
    # sentence in its place, is new (added), not that sentence's words put in someone's mouth ...
    ('"This is the proudest day our little town has seen in fifty years, and nobody will ever be stuck '
     'downtown again," the mayor said.', "added"),
    # ... but the original's own words put in quotation marks are still a changed quotation
    ('"The new span makes it much more likely that traffic will ease downtown," the mayor said.', "changed"),
])
def test_session7_a_new_quotation_in_an_originals_place_is_added(rewrite_middle, kind):
    original = _BRIDGE.format(middle="Engineers say the new span makes it much more likely that traffic "
                                     "will ease downtown.")
    c = compare(original, _BRIDGE.format(middle=rewrite_middle))
    assert [p.kind for p in c.pairs] == ["kept", "kept", kind, "kept"], c.pairs[2].reason


@pytest.mark.parametrize("original, rewrite, expected", [
    # s7: a count is compared with what it counts: "two weeks" against "three weeks" changed, even when
    # the original has a "two" elsewhere ("two towns"); counts that only moved are the same
    ("Nearly three weeks after the vote, the two towns agreed to share a ferry.",
     "Nearly two weeks after the vote, the two towns agreed to share a ferry.", [("changed", [1])]),
    ("The club's two coaches and three rowers left in May.", "The club's three coaches and two rowers left in May.",
     [("changed", [1])]),
    ("Two weeks after the vote, the three towns agreed to share a ferry.",
     "The three towns agreed to share a ferry two weeks after the vote.", [("reworded", [1])]),
    ("Two of the three towns agreed to share a ferry.", "Three of the towns agreed to share two ferries.",
     [("reworded", [1])]),
])
def test_session7_counts_are_compared_with_what_they_count(original, rewrite, expected):
    assert _kinds(original, rewrite) == expected


def test_session7_a_headline_restated_as_a_sentence_and_a_possessive_subject():
    # the original's headline, restated with a full stop (so not read as a headline), "Ruiz's Team" -> "Ruiz"
    c = compare("Ruiz's Team to Join Harbor Race Backed by Lee" + _RACE_BODY,
                "Ruiz Heads Harbor Race Formerly Backed by Lee." + _RACE_BODY)
    assert c.pairs[0].kind == "changed", c.pairs[0].reason
    flag = _changed(c.pairs[0])[0]
    assert (flag["original"]["text"], flag["text"]) == ("Team to Join", "Heads")


@pytest.mark.parametrize("original, rewrite, expected", [
    # s7: a count the rewrite gives only loosely ("about 75 minutes" -> "a few minutes") is changed ...
    ("The ferry ride to the island lasted about 75 minutes on Monday.",
     "The ferry ride to the island lasted a few minutes on Monday.", [("changed", [1])]),
    ("Crews repaired 12 bridges across the county this spring.",
     "Crews repaired several bridges across the county this spring.", [("changed", [1])]),
    # ... but not when the rewrite gives the figure too, or counts something else loosely
    ("Crews repaired 12 bridges across the county this spring.",
     "Crews repaired several of the county's 12 bridges this spring.", [("reworded", [1])]),
    ("Crews repaired 12 bridges across the county this spring.",
     "Crews repaired 12 bridges and several roads across the county this spring.", [("reworded", [1])]),
])
def test_session7_a_count_given_only_loosely_is_changed(original, rewrite, expected):
    assert _kinds(original, rewrite) == expected


@pytest.mark.parametrize("original_head, rewrite_head", [
    # s7 review: a headline verb the list does not know is no evidence that what happened changed
    ("Stocks Rise After Fed Decision", "Stocks Climb After Fed Decision"),
    ("Mayor Signs Ferry Budget", "Mayor Inks Ferry Budget"),
    ("Police Arrest Man in Harbor Robbery", "Police Nab Man in Harbor Robbery"),
    ("Ruiz Wins Gold at Harbor Regatta", "Ruiz Takes Gold at Harbor Regatta"),
    ("Council Delays Vote on Ferry Budget", "Council Postpones Vote on Ferry Budget"),
    ("Governor Vetoes Ferry Budget", "Governor Rejects Ferry Budget"),
    ("Harbor Town Mayor Resigns Amid Ferry Scandal", "Harbor Town Mayor Steps Down Amid Ferry Scandal"),
    ("Ruiz Meets Lee to Discuss Ferry", "Ruiz Talks With Lee About Ferry"),
])
def test_session7_a_headline_synonym_outside_the_list_stays_reworded(original_head, rewrite_head):
    c = compare(original_head + _RACE_BODY, rewrite_head + _RACE_BODY)
    assert c.pairs[0].rewrite.headline and c.pairs[0].kind == "reworded", c.pairs[0].reason


def test_session7_a_body_sentence_restating_the_headline_is_not_judged_as_a_headline():
    c = compare("Harbor Town Beats Ridgeville in Rowing Final\n\n"
                "Harbor Town won the regional rowing final on Saturday by two lengths.\n"
                "The crew trained for six months on the river.",
                "Rowing: a big day on the river\n\n"
                "Harbor Town outrowed Ridgeville in the rowing final on Saturday.\n"
                "The crew trained for six months on the river.")
    body = next(p for p in c.pairs if p.rewrite.text.startswith("Harbor Town outrowed"))
    assert [o.index for o in body.original] == [0] and body.kind == "reworded", body.reason


@pytest.mark.parametrize("original, rewrite, expected", [
    # s7 review: a loose phrase the original says too is kept, not a count given loosely ...
    ("The mayor has served 2 terms and many terms before as a councilor.", "The mayor has served many terms.",
     [("kept", [1])]),
    ("Officers arrested 12 people while many people watched.",
     "Officers arrested people while many people watched.", [("kept", [1])]),
    # ... and a figure of the same value anywhere in the rewrite gives the count
    ("The ferry carried 40 people across the bay on Monday.",
     "The ferry carried many people across the bay on Monday, 40 in all.", [("reworded", [1])]),
])
def test_session7_a_loose_phrase_the_original_says_is_not_a_loose_count(original, rewrite, expected):
    assert _kinds(original, rewrite) == expected


def test_session7_a_loose_count_points_at_the_new_phrase_not_the_kept_one():
    original = "Officers arrested 12 people while many people watched."
    rewrite = "Officers arrested many people while many people watched."
    c = compare("Club news\n\n" + original, "Club news\n\n" + rewrite)
    flag = _changed(c.pairs[1])[0]
    assert flag["original"]["text"] == "12" and flag["text"] == "many"
    assert flag["start"] == len("Club news\n\n") + rewrite.index("many")  # the first "many", not the watchers'


def test_changes_does_not_import_comparison():
    # comparison imports changes; the other way round would be an import circle (ARCHITECTURE.md)
    import ast
    import inspect

    tree = ast.parse(inspect.getsource(changes))
    names = {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
    assert "comparison" not in names and "toolkit.comparison" not in names


_FERRY_SAID = ("Two weeks after the storm, Mayor Ana Ruiz's office said on Monday that it would add ferries "
               "on the north and south routes.")
_COACH_SAID = "Coach Tom Lee said the team would train twice a week on the river before the final."


@pytest.mark.parametrize("original, rewrite, expected", [
    # s8: naming the source only as an owner ("Ruiz's ferries") does not say she said it
    (_FERRY_SAID, "The north and south routes will be the main focus of Ana Ruiz's new ferries.",
     [("attribution_dropped", [1])]),
    (_COACH_SAID, "Lee's team will train twice a week on the river before the final.",
     [("attribution_dropped", [1])]),
    # ... a rewrite that still credits the source keeps it (no false alarm)
    (_FERRY_SAID, "Ruiz's office said it will add ferries on the north and south routes.", [("reworded", [1])]),
    (_FERRY_SAID, "Ruiz’s new ferries will serve the north and south routes, her office says.",
     [("reworded", [1])]),
    (_COACH_SAID, "The team, Lee said, will train twice a week on the river.", [("reworded", [1])]),
    (_COACH_SAID, "Lee's crew trains twice a week on the river before the final, Lee says.", [("reworded", [1])]),
])
def test_session8_a_source_named_only_as_an_owner_is_not_credited(original, rewrite, expected):
    assert _kinds(original, rewrite) == expected


_FERRY_STOP = "The ferry to Harbor Island will stop for two weeks in March. "
_CAPTAIN = _FERRY_STOP + "Captain Maria Lopez said the engines need new parts before the summer season."


@pytest.mark.parametrize("rewrite, expected", [
    # s8: the original's source made to say something it never has them say: what they said changed
    ("Captain Maria Lopez said that the crew had been stealing fuel and selling it to fishermen.",
     [("kept", [1]), ("changed", [2])]),
    ("According to Captain Lopez, the crew had been stealing fuel and selling it to fishermen.",
     [("kept", [1]), ("changed", [2])]),
    # ... not when someone else says it, or no one does, or the source says the same
    ("Mayor Tom Reed said that the crew had been stealing fuel and selling it to fishermen.",
     [("kept", [1]), ("added", [])]),
    ("The crew had been stealing fuel from Captain Lopez and selling it to fishermen.", [("kept", [1]), ("added", [])]),
    ("Captain Maria Lopez said the engines need new parts before summer.", [("kept", [1]), ("kept", [2])]),
])
def test_session8_the_same_source_saying_something_else_is_changed(rewrite, expected):
    assert _kinds(_CAPTAIN, _FERRY_STOP + rewrite) == expected


def test_session8_words_put_in_the_same_sources_mouth_name_both_spans():
    c = compare("Ferry news\n\n" + _CAPTAIN, "Ferry news\n\n" + _FERRY_STOP +
                "According to Captain Lopez, the crew had been stealing fuel.")
    flag = _changed(c.pairs[2])[0]
    assert flag["original"]["text"] == "the engines need new parts before the summer season"
    assert flag["text"] == "the crew had been stealing fuel"


_HEAD_BODY = ("\n\nHarbor Town won the regional rowing final on Saturday by two lengths.\n"
              "The crew trained for six months on the river.\n")


@pytest.mark.parametrize("original_head, rewrite_head, expected", [
    # s8: the subject kept, then a claim in three or more words the whole original never uses
    ("Harbor Council's Ferry Plan Sparks Long Debate", "Harbor Council's Ferry Plan Wins Quick Unanimous Approval",
     "changed"),
    ("Harbor Town Wins Rowing Final", "Harbor Town Celebrates Historic Comeback Victory Over Ridgeville", "changed"),
    # ... not a swap of a word or two, words the story itself uses, added words, or judging words
    ("Harbor Town Wins Rowing Final", "Harbor Town Takes Rowing Title", "reworded"),
    ("Harbor Town Wins Rowing Final", "Harbor Town Wins Regional Final by Two Lengths", "reworded"),
    ("Harbor Town Wins Rowing Final", "Harbor Town Wins Rowing Final After Six Months of Training", "reworded"),
    ("Harbor Town Wins Rowing Final", "Harbor Town Wins Rowing Final Despite Angry Protests From Rivals", "reworded"),
    ("Harbor Town Crew Wins Rowing Final", "Harbor Town Crew Grabs Regional Crown on the River", "reworded"),
    ("Harbor Town Wins Rowing Final", "Harbor Town Celebrates Stunning Victory", "reworded"),
])
def test_session8_a_headline_that_keeps_its_subject_but_says_something_new(original_head, rewrite_head, expected):
    c = compare(original_head + _HEAD_BODY, rewrite_head + _HEAD_BODY)
    assert c.pairs[0].kind == expected, c.pairs[0].reason


def test_session8_a_new_headline_claim_names_both_spans():
    c = compare("Harbor Council's Ferry Plan Sparks Long Debate" + _HEAD_BODY,
                "Harbor Council's Ferry Plan Wins Quick Unanimous Approval" + _HEAD_BODY)
    flag = _changed(c.pairs[0])[0]
    assert flag["original"]["text"] == "Sparks Long Debate" and flag["text"] == "Wins Quick Unanimous Approval"


_OARS = ("Rowing club news\n\nDana Okafor became captain of the Harbor rowing club in May. "
         "The boathouse roof will be fixed in June. Priya Tiwari, the treasurer, paid 400 dollars for new oars.")


@pytest.mark.parametrize("original, rewrite, expected", [
    # s8: a name spelt a little differently is the same name: it aligns, and it is not a swap
    (_OARS, "Rowing club news\n\nDana Okafor became captain of the Harbor rowing club in May. "
            "Tiwarri spent 900 dollars of club money.", ("changed", [3])),
    # ... but what a sentence says is read from its own words: a close name may be another person,
    # so it is never "kept" word for word (s8 review item 5; the s8 row said "kept", wrongly)
    ("Club news\n\nThe treasurer, Priya Tiwari, paid 400 dollars for new oars.",
     "Club news\n\nThe treasurer, Priya Tiwarri, paid 400 dollars for new oars.", ("changed", [1])),
    # ... but another name close in letters is another place
    ("Club news\n\nAna Ruiz flew to Austria on Monday for the rowing final.",
     "Club news\n\nAna Ruiz flew to Australia on Monday for the rowing final.", ("changed", [1])),
])
def test_session8_a_respelt_name_is_the_same_name(original, rewrite, expected):
    p = compare(original, rewrite).pairs[-1]
    assert (p.kind, [o.index for o in p.original]) == expected, p.reason


_LETTER = ('When a rower at the Harbor club got a letter on Friday saying it was "proud to welcome" her, '
           'she said she was over the moon.')


@pytest.mark.parametrize("rewrite, expected", [
    # s8: keeping a quotation and its speaker does not keep the credit for what "she said" reported
    ('When a Harbor club rower got a letter saying it was "proud to welcome" her, she could hardly breathe.',
     [("attribution_dropped", [1])]),
    # ... the rewrite still says she said it, or keeps only the rest of the sentence
    ('When a Harbor club rower got a letter saying it was "proud to welcome" her, she said she could hardly '
     'breathe.', [("reworded", [1])]),
    ('When a Harbor club rower got a letter saying it was "proud to welcome" her, she was over the moon, she said.',
     [("reworded", [1])]),
    ('A Harbor club rower got a letter saying it was "proud to welcome" her.', [("reworded", [1])]),
])
def test_session8_a_kept_quotation_does_not_keep_the_credit_for_the_rest(rewrite, expected):
    assert _kinds(_LETTER, rewrite) == expected


_CREW = ('Club news\n\nCoach Dana Price was thrilled after the regional final. "We rowed well today," she said. '
         '"I was very proud of the whole crew. ')


@pytest.mark.parametrize("last, expected", [
    # s8: a sentence inside a quotation opened before it may be cut, never reworded
    ('I never dreamed the crew could beat Ridgeville."', "changed"),
    ('We beat Ridgeville by two lengths, which I never thought we could."', "changed"),
    ('I never thought we could beat Ridgeville."', "kept"),
])
def test_session8_a_carried_quotation_reworded_is_changed(last, expected):
    c = compare(_CREW + 'I never thought we could beat Ridgeville by two lengths."', _CREW + last)
    p = c.pairs[-1]
    assert (p.kind, [o.index for o in p.original]) == (expected, [4]), p.reason


_DAWN = "The boathouse opened in May. Coach Lee knew the crew was ready once the rowers began to train at dawn."
_SAFETY = ("The boathouse opened in May. The ferry will cost 40 million dollars, according to documents from the "
           "Department of Harbor Safety.")


@pytest.mark.parametrize("original, rewrite, expected", [
    # s8: a clause of the original kept word for word around a claim of the rewrite's own: edited, changed
    (_DAWN, "The boathouse opened in May. Coach Lee knew the crew was ready after the youngest member, caught "
            "stealing oars and life jackets from the sheds on the north bank, was thrown off the team by the angry "
            "board.", [("kept", [1]), ("changed", [2])]),
    # ... not a new sentence that keeps only a long name, or a few words
    (_SAFETY, "The boathouse opened in May. The Department of Harbor Safety also plans a new fence along the river "
              "next spring, with guards and dogs.", [("kept", [1]), ("added", [])]),
    (_DAWN, "The boathouse opened in May. The youngest rower, who had been caught stealing oars from the sheds, was "
            "thrown off the team by the board.", [("kept", [1]), ("added", [])]),
])
def test_session8_a_kept_clause_around_a_new_claim_is_an_edit(original, rewrite, expected):
    assert _kinds(original, rewrite) == expected


def test_session8_an_edit_names_what_each_side_says_beyond_the_kept_words():
    c = compare("Club news\n\n" + _DAWN, "Club news\n\nThe boathouse opened in May. Coach Lee knew the crew was "
                "ready after the youngest member, caught stealing oars and life jackets from the sheds on the north "
                "bank, was thrown off the team by the angry board.")
    flag = _changed(c.pairs[2])[0]
    assert flag["original"]["text"] == "once the rowers began to train at dawn"
    assert flag["text"].startswith("after the youngest member") and flag["text"].endswith("angry board")


_PUPILS_BODY = ("\n\nPupils at Harbor School now learn maths in small groups.\n"
                "The school bought them in May.\n")


@pytest.mark.parametrize("original_head, rewrite_head, expected", [
    # s8: the same said of someone or something else, in words neither story shares: who changed
    ("Wi-Fi Kits Help Harbor Pupils With Maths", "Robot Tutors Help Harbor Pupils With Maths", "changed"),
    # ... not a subject reworded in the story's own words, or one new word
    ("Wi-Fi Kits Help Harbor Pupils With Maths", "School Kits Help Harbor Pupils With Maths", "reworded"),
    ("Wi-Fi Kits Help Harbor Pupils With Maths", "Tablets Help Harbor Pupils With Maths", "reworded"),
])
def test_session8_a_headline_that_swaps_its_subject(original_head, rewrite_head, expected):
    c = compare(original_head + _PUPILS_BODY, rewrite_head + _PUPILS_BODY)
    assert c.pairs[0].kind == expected, c.pairs[0].reason


_TRAINED = "Harbor Town beat Ridgeville in the final after three years of training on the river."
_LETTERS = "Ana Ruiz and 40 other rowers got the same letter from the club on Monday."


@pytest.mark.parametrize("original, rewrite, expected", [
    # s8: a count of other things is not the same count ("two crews" against "three years") ...
    (_TRAINED, "Harbor Town beat Ridgeville in the final, and the two crews trained on the river.",
     [("reworded", [1])]),
    (_TRAINED, "Harbor Town beat Ridgeville in the final after two years of training on the river.",
     [("changed", [1])]),
    # ... and "not" opening a set phrase ("not alone", "not only") does not turn the statement round
    (_LETTERS, "Ana Ruiz was not alone: 40 other rowers got the same letter from the club on Monday.",
     [("reworded", [1])]),
    (_LETTERS, "Not only Ana Ruiz but 40 other rowers got the same letter from the club on Monday.",
     [("reworded", [1])]),
    (_LETTERS, "Ana Ruiz and 40 other rowers did not get the same letter from the club on Monday.",
     [("changed", [1])]),
])
def test_session8_counts_of_other_things_and_set_phrases_with_not(original, rewrite, expected):
    assert _kinds(original, rewrite) == expected


@pytest.mark.parametrize("original, rewrite", [
    # s8 review item 5: another person with a close name is a changed name, never "word for word"
    ("Pool To Close\nSenator Tom Johnson said the pool will close in June.",
     "Pool To Close\nSenator Tom Johnston said the pool will close in June."),
    # item 6: "not" before "alone", "the only", "doubt" turns round a fact the original states
    ("Fire News\nMs. Ruiz was alone in the house when the fire started on Monday.",
     "Fire News\nMs. Ruiz was not alone in the house when the fire started on Monday."),
    ("Fire News\nMr. Okafor was the only witness when the fire started on Monday.",
     "Fire News\nMr. Okafor was not the only witness when the fire started on Monday."),
    ("Vote News\nThe clerk said there is doubt about the count of the school vote.",
     "Vote News\nThe clerk said there is no doubt about the count of the school vote."),
    # item 7: a changed count of the same thing in other words is still a changed count
    ("Bus Crash\nFive students were hurt when the bus slid off the road on Monday.",
     "Bus Crash\nEight pupils were hurt when the bus slid off the road on Monday."),
    ("Coach Leaves\nDana Okafor led the rowing team for two years before she moved to Ridgeville.",
     "Coach Leaves\nDana Okafor led the rowing team for nine seasons before she moved to Ridgeville."),
])
def test_session8_review_close_names_denials_and_recounted_things_are_changed(original, rewrite):
    p = compare(original, rewrite).pairs[-1]
    assert p.kind == "changed", (p.kind, p.reason)
    assert "word for word" not in p.reason


# --- session 9 ---------------------------------------------------------------------------------

@pytest.mark.parametrize("original_head, rewrite_head, body, expected", [
    # s8 review item 8: describing words (adjectives before a noun) add colour, not a new fact
    ("Local Team Wins Championship", "Local Team Clinches Coveted Title",
     "The Lake City Hawks won the state championship on Sunday. They beat the Riverside Owls 3 to 1. Fans cheered.",
     "reworded"),
    ("Local Teachers Win State Award", "Local Teachers Earn Prestigious Statewide Honour",
     "Two teachers at Pine Hill School won the state teaching award on Friday. The award comes with a grant.",
     "reworded"),
    ("Pine Hill Museum Gets Old Painting", "Pine Hill Museum Acquires Historic Priceless Painting",
     "The Pine Hill Museum was given an old painting of the harbor on Monday. It will hang in the main hall.",
     "reworded"),
    ("Harbor Bakery Sells Bread", "Harbor Bakery Offers Delicious Affordable Loaves",
     "The Harbor Bakery sells bread every morning. The bakery opened in May on Elm Street.",
     "reworded"),
    ("River School Opens Library", "River School Unveils Spacious Colourful Library",
     "River School opened its new library on Tuesday. The library has 4,000 books for pupils.",
     "reworded"),
    ("Ferry Crew Rescues Swimmer", "Ferry Crew Saves Exhausted Teenage Swimmer",
     "The crew of the Harbor ferry pulled a swimmer from the bay on Sunday. The swimmer was taken home.",
     "reworded"),
    ("City Choir Sings at Festival", "City Choir Delights Enormous Festive Crowd",
     "The city choir sang at the summer festival on Saturday. The choir has 40 members.",
     "reworded"),
    # ... while a new claim still counts when describing words come with it
    ("Harbor Town Wins Rowing Final", "Harbor Town Faces Expensive Lawsuit Over Pollution",
     "Harbor Town won the regional rowing final on Saturday by two lengths. The crew trained for six months.",
     "changed"),
])
def test_session9_describing_words_in_a_headline_are_not_a_new_claim(original_head, rewrite_head, body, expected):
    c = compare(original_head + "\n\n" + body, rewrite_head + "\n\n" + body)
    assert c.pairs[0].kind == expected, c.pairs[0].reason


_LIBRARY = ("Council Votes to Close Elm Library\n\n"
            "The town council voted 5 to 2 on Tuesday to close the Elm library in June. "
            "Ana Ruiz said the library is the only place on the east side with free computers. "
            "The board will move the books to the Main Street library.")


def _heads(original, rewrite):
    c = compare(original, rewrite)
    return [(p.kind, [o.index for o in p.original]) for p in c.pairs]


def test_session9_a_headline_rewrites_the_headline_and_a_body_sentence_a_body_sentence():
    # s8 walkthrough item 13: the rewrite's headline shares "east side" with a quoted body sentence,
    # but it rewrites the original's headline (and says nothing the speaker said)
    got = _heads(_LIBRARY, "Council Guts Beloved East Side Library\n\n"
                           "In a late vote, the town council slammed the door on the Elm library. "
                           "The board will move the books to the Main Street library.")
    assert got[0][0] != "attribution_dropped" and got[0][1][0] == 0, got
    assert got[1][1] == [1], got  # the vote sentence rewrites the original's first body sentence


@pytest.mark.parametrize("original, rewrite, expected", [
    # a headline sharing fewer than two words with the original's headline keeps its body sentence
    (_LIBRARY, "Free Computers Gone From East Side\n\nThe town council voted 5 to 2 on Tuesday to close the "
     "Elm library in June. The board will move the books to the Main Street library.",
     [("attribution_dropped", [2]), ("kept", [1]), ("kept", [3])]),
    # a body sentence that copies the headline stays with it
    (_LIBRARY, "Library News\n\nThe council votes to close the Elm Library. "
     "The board will move the books to the Main Street library.",
     [("reworded", [0]), ("kept", [0]), ("kept", [3])]),
    # a body sentence that only the headline matches well stays with the headline
    ("Ferry Fares Rise in May\n\nThe harbor board met on Monday. Tickets on the island boats will cost "
     "more from the first week of the month.",
     "Island News\n\nFerry fares rise in May, the board says. The harbor board met on Monday.",
     [("added", []), ("reworded", [0, 1]), ("kept", [1])]),
    # an original with no headline: nothing to prefer
    ("The harbor board met on Monday. Ferry fares will rise in May.",
     "Ferry Fares To Rise\n\nThe harbor board met on Monday. Ferry fares will rise in May.",
     [("reworded", [1]), ("kept", [0]), ("kept", [1])]),
])
def test_session9_the_same_place_is_preferred_only_when_it_matches_too(original, rewrite, expected):
    assert _heads(original, rewrite) == expected


@pytest.mark.parametrize("original, rewrite, expected", [
    # s8 walkthrough item 14: the speaker kept, their words replaced by something they never said
    ('"We cannot keep paying for a building that fewer people use every year," Mayor Ana Ruiz said after '
     'the vote.', "Mayor Ana Ruiz admitted the town simply does not want to pay for it.", "changed"),
    ('"The pool will stay shut all summer," Chief Ana Ruiz said.',
     "Chief Ana Ruiz admitted the town cannot afford lifeguards.", "changed"),
    # ... a paraphrase that keeps what the same speaker said stays reworded
    ('"The pool will stay shut all summer," Chief Ana Ruiz said.',
     "Chief Ana Ruiz said the pool would stay closed for the summer.", "reworded"),
    ('"We need more buses on the hill," Ms. Okafor said.', "Ms. Okafor said the hill needs more buses.",
     "reworded"),
    ("Coach Dana Lee said prices for tickets would rise in May.",
     "According to Coach Dana Lee, ticket prices will go up in May.", "reworded"),
    ('"I am proud of these pupils," Principal Dana Fox said on Friday.',
     "Principal Dana Fox said on Friday that she was proud of the pupils.", "reworded"),
    ("Officials said the coast road will reopen on Monday after repairs.",
     "The coast road will reopen Monday once repairs are done, officials said.", "reworded"),
    ('"The ferry is safe and the crew is trained," Captain Omar Haddad said.',
     "Captain Omar Haddad said the ferry was safe and its crew well trained.", "reworded"),
])
def test_session9_a_speaker_kept_with_other_words_put_in_their_mouth(original, rewrite, expected):
    assert _kinds(original, rewrite)[0][0] == expected, _kinds(original, rewrite)
