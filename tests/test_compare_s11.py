"""Issue 14, session 11: compare rules, each with invented rows (no words of the seeds) that fail on
the code before them."""

from __future__ import annotations

import pytest

from toolkit import comparison
from toolkit.comparison import compare


def _holds_words(value, depth: int = 0) -> bool:
    """Whether a module-level value holds a sentence's words (a _Word, or a container of them)."""
    if isinstance(value, comparison._Word):
        return True
    if depth > 3:
        return False
    if isinstance(value, dict):
        return any(_holds_words(v, depth + 1) for v in value.values())
    if isinstance(value, (list, tuple)):
        return any(_holds_words(v, depth + 1) for v in value)
    return False


def test_compare_keeps_no_words_between_calls():
    # the bisecting starts and the next-content-word table were module-level caches (_STARTS,
    # _NEXT): they held the last sentences' words after compare returned. Now they live on the
    # word list itself and go with it.
    long = "The plan, which was not approved by the board, " + " ".join(["and then the council met"] * 120) + "."
    compare("The board did not approve the plan on Monday. " + long,
            "The board approved the plan on Monday. " + long.replace("not ", ""))
    held = [name for name, value in vars(comparison).items() if not name.startswith("__") and _holds_words(value)]
    assert held == []


def test_word_list_caches_agree_with_plain_lists():
    words = comparison._words("Officials said the road may not reopen before the end of May.")
    assert comparison._starts(words) == comparison._starts(list(words)) == [w.start for w in words]
    assert comparison._next_contents(words) == comparison._next_contents(list(words))
    assert comparison._next_contents(words) is comparison._next_contents(words)  # worked out once


# --- a judging word put into a sentence the rewrite otherwise keeps -------------------------------
# DECISIONS.md's priority: attribution_dropped, changed (a FACT altered), added (the main claim has
# no support), reworded, kept. An insult or loaded word alters no fact and the main claim is still
# the original's, so the kind stays reworded (an added word is not a cut, so not kept); what the
# rewrite did is said by a flag on the word, marked new, and by the reason.
@pytest.mark.parametrize("original, rewrite, kind, word", [
    ("The mayor opened the park on Monday.", "The mayor, a clueless bureaucrat, opened the park on Monday.",
     "mild", "clueless"),
    ("The mayor opened the new park on Monday morning.",
     "The incompetent mayor opened the new park on Monday morning.", "mild", "incompetent"),
    ("The coach named a new captain for the season.", "The coach named a corrupt new captain for the season.",
     "loaded", "corrupt"),
])
def test_a_judging_word_added_is_flagged_as_new(original, rewrite, kind, word):
    pair = compare(original, rewrite).pairs[0]
    assert pair.kind == "reworded"
    new = [f for f in pair.flags if f["note"].endswith(comparison.JUDGING_ADDED)]
    assert [(f["kind"], f["text"]) for f in new] == [(kind, word)]
    assert rewrite[new[0]["start"]:new[0]["end"]] == word
    assert f"“{word}”" in pair.reason


def test_a_judging_word_the_original_has_is_not_new():
    pair = compare("The corrupt mayor opened the park on Monday.", "The corrupt mayor opened the park.").pairs[0]
    assert pair.kind == "kept"
    assert [f["kind"] for f in pair.flags] == ["loaded"]  # flagged as before, not as added
    assert not any(f["note"].endswith(comparison.JUDGING_ADDED) for f in pair.flags)


# --- money written with a currency word or code ---------------------------------------------------
@pytest.mark.parametrize("original, rewrite", [
    ("The city will spend 5 million euros on the bridge.", "The city will spend 5m euros on the bridge."),
    ("The city will spend 5 million euros on the bridge.", "The city will spend EUR 5m on the bridge."),
    ("The city will spend €5m on the bridge.", "The city will spend 5 million euros on the bridge."),
    ("The firm paid $2 billion for the mine.", "The firm paid 2bn dollars for the mine."),
    ("The firm paid 30 000 euros for the van.", "The firm paid €30,000 for the van."),
    ("The city will spend 5 million on the bridge.", "The city will spend 5m euros on the bridge."),
])
def test_the_same_money_written_another_way_is_not_a_change(original, rewrite):
    pair = compare(original, rewrite).pairs[0]
    assert pair.kind == "reworded"
    assert not [f for f in pair.flags if f["kind"] in ("changed", "added")]


@pytest.mark.parametrize("original, rewrite, was, now", [
    ("The city will spend 5 million euros on the bridge.", "The city will spend EUR 9m on the bridge.",
     "5 million euros", "EUR 9m"),
    ("The city will spend 5 million euros on the bridge.", "The city will spend 9m euros on the bridge.",
     "5 million euros", "9m euros"),
    ("The club paid €5m for the striker.", "The club paid 8 million euros for the striker.", "€5m", "8 million euros"),
    ("The city will spend 5 million on the bridge.", "The city will spend 7m euros on the bridge.",
     "5 million", "7m euros"),
])
def test_changed_money_with_a_currency_word_names_both_spans(original, rewrite, was, now):
    pair = compare(original, rewrite).pairs[0]
    assert pair.kind == "changed"
    flag = next(f for f in pair.flags if f["kind"] == "changed")
    assert (flag["text"], flag["original"]["text"]) == (now, was)
    assert rewrite[flag["start"]:flag["end"]] == now and original[flag["original"]["start"]:flag["original"]["end"]] == was


@pytest.mark.parametrize("original, rewrite, now", [
    # a price equal to a small count of things in the original is still a changed price (review #5)
    ("Tickets cost €20 for the 3 shows.", "Tickets cost €3 for the shows.", "€3"),
    ("Seats cost $40 for the 2 concerts at the hall.", "Seats cost $2 for the concerts at the hall.", "$2"),
    # ... and so is one equal to a big count that counts something ("2 million fans")
    ("The club has 2 million fans and paid €9m for the striker.", "The club paid €2m for the striker.", "€2m"),
])
def test_a_price_equal_to_a_count_of_things_is_a_changed_price(original, rewrite, now):
    pair = compare(original, rewrite).pairs[0]
    assert pair.kind == "changed", (pair.reason, pair.flags)
    assert now in [f["text"] for f in pair.flags if f["kind"] == "changed"]


@pytest.mark.parametrize("text, expected", [
    # a year before a currency word in the singular, or before a code that opens the next amount,
    # is a year (s11 review #17); an amount that looks like a year is still money before "euros"
    ("The 2009 euro slump hurt Spain.", [("year", "2009")]),
    ("The 2015 dollar surge hurt exporters.", [("year", "2015")]),
    ("In 2021 EUR 4m went on parks.", [("year", "2021"), ("money", "EUR 4m")]),
    ("He paid 2000 euros for the car.", [("money", "2000 euros")]),
])
def test_a_year_before_a_currency_word_is_a_year(text, expected):
    assert [(f.kind, f.text) for f in comparison._facts(text)] == expected


@pytest.mark.parametrize("original, rewrite, expected", [
    ("The euro slump of 2009 hurt Spain badly.", "The 2009 euro slump hurt Spain badly.", "reworded"),
    ("The port spent $2.5bn on new cranes.", "The port spent USD2.5bn on new cranes.", "reworded"),
    ("The port spent $2.5bn on new cranes.", "The port spent USD6.5bn on new cranes.", "changed"),
    ("In 2021 EUR 4m went on parks.", "In 2021 EUR 8m went on parks.", "changed"),
])
def test_a_code_glued_to_its_amount_and_a_year_beside_a_code(original, rewrite, expected):
    pair = compare(original, rewrite).pairs[0]
    assert pair.kind == expected, (pair.reason, pair.flags)
    if expected == "reworded":
        assert not [f for f in pair.flags if f["kind"] in ("changed", "added")]


def test_pounds_without_a_size_word_stay_a_weight():
    facts = comparison._facts("He lost 20 pounds before the fight, and the club paid 3m pounds for him.")
    assert [(f.kind, f.text) for f in facts] == [("count", "20"), ("money", "3m pounds")]


# --- an extra original must add words that say the sentence came from there -----------------------
def test_an_extra_original_is_not_taken_on_a_common_verb_and_the_story_name():
    # "taking hold in Lima" and "did not take questions ... Lima town hall": "take" and the story's
    # own place name are all the two share
    original = ("Lima Council Votes On Bus Lanes\n\nThe Lima council voted on Tuesday to add bus lanes on three "
                "main roads. The mayor did not take questions from reporters as she left the Lima town hall. "
                "The lanes were first planned in the 1990s by a transport group. Lima drivers have complained "
                "about traffic for years.")
    rewrite = ("Lima Gets Bus Lanes\n\nThe Lima council voted to add bus lanes on three roads. "
               "The lanes were planned by a transport group in the 1990s before taking hold in Lima.")
    pair = compare(original, rewrite).pairs[2]
    assert [o.index for o in pair.original] == [3]


@pytest.mark.parametrize("headline, extra", [
    ("Ruiz And Ode Fight For Voters", []),
    ("Ruiz And Ode Face Voters", []),
    ("Ruiz, Ode Fight For First Round Voters", [2]),  # three words of that body sentence: it joins
])
def test_a_headline_takes_a_body_sentence_as_extra_only_on_three_words(headline, extra):
    original = ("Ruiz And Ode Face Runoff For Mayor\n\nWith three weeks to go, Ana Ruiz and Ben Ode face a runoff "
                "for mayor. Most voters in the first round backed one of the two. Ode has a lead in the polls.")
    pair = compare(original, headline + "\n\nWith three weeks to go, Ana Ruiz and Ben Ode face a runoff for mayor.").pairs[0]
    assert [o.index for o in pair.original] == [0, *extra]


# --- the tone turned round in a sentence that is otherwise kept -----------------------------------
@pytest.mark.parametrize("original, rewrite, was, now", [
    ("A long dispute over the new dam has cut the water supply to the valley to the lowest level in ten years.",
     "A long dispute over the new dam has improved the water supply to the valley to the greatest level in ten years.",
     "lowest", "improved"),
    # (rows written from scratch, s11 review #23; each is reworded before the rule, ebf3263^)
    ("Months of drought threatened to destroy the valley's olive crop and the mill jobs it supports.",
     "Months of ideal weather promised to strengthen the valley's olive crop and the mill jobs it supports.",
     "destroy", "ideal"),
    ("Captain Mira Tolle calls the judges 'frauds' after the relay loss",
     "Captain Mira Tolle calls the judges smarter than her own coaches", "frauds", "smarter"),
])
def test_good_put_where_the_original_has_bad_is_changed(original, rewrite, was, now):
    pair = compare(original, rewrite).pairs[0]
    assert pair.kind == "changed", pair.reason
    flag = next(f for f in pair.flags if f["kind"] == "changed")
    assert (flag["original"]["text"], flag["text"]) == (was, now)


@pytest.mark.parametrize("original, rewrite", [
    # the same tone in other words is a rewording
    ("The flood caused terrible damage to the old mill on Friday.", "The flood caused awful damage to the old mill on Friday."),
    # a judging word only added, or only cut, is not the tone turned round
    ("The mayor opened the park on Monday.", "The mayor proudly opened the wonderful park on Monday."),
])
def test_the_same_tone_or_a_word_only_added_is_not_a_change(original, rewrite):
    assert compare(original, rewrite).pairs[0].kind == "reworded"


# --- ordinal numbers ------------------------------------------------------------------------------
def test_a_changed_ordinal_is_a_changed_fact():
    pair = compare("The singer Ana Ruiz welcomed her 2nd son on Friday.",
                   "The singer Ana Ruiz welcomed her 5th child on Friday.").pairs[0]
    assert pair.kind == "changed"
    flag = next(f for f in pair.flags if f["kind"] == "changed")
    assert (flag["original"]["text"], flag["text"]) == ("2nd", "5th")


def test_the_same_ordinal_is_no_change():
    pair = compare("Lee scored his 71st goal for the club on Tuesday.", "Lee netted his 71st goal for the club on Tuesday.").pairs[0]
    assert pair.kind == "reworded" and not [f for f in pair.flags if f["kind"] in ("changed", "added")]


@pytest.mark.parametrize("original, rewrite", [
    # a day with an ordinal ending is the same date; an ordinal in words is the same ordinal (review #7)
    ("The fair opened on June 3.", "The fair opened on June 3rd."),
    ("The fair opened on June 3rd, 2024.", "The fair opened on June 3, 2024."),
    ("Ana Ruiz came third in the long jump.", "Ana Ruiz came 3rd in the long jump."),
])
def test_an_ordinal_ending_or_an_ordinal_word_is_the_same_fact(original, rewrite):
    pair = compare(original, rewrite).pairs[0]
    assert pair.kind == "reworded", (pair.reason, pair.flags)
    assert not [f for f in pair.flags if f["kind"] in ("changed", "added")], pair.flags


def test_a_changed_day_with_an_ordinal_ending_is_changed():
    pair = compare("The fair opened on June 3.", "The fair opened on June 9th.").pairs[0]
    assert pair.kind == "changed"
    assert [f["text"] for f in pair.flags if f["kind"] == "changed"] == ["June 9th"]


# --- a part of a kept sentence put in words the whole original never uses --------------------------
# New words alone are what an honest paraphrase is (s11 review #4): the pair stays reworded and the
# part is flagged for the reader to check ("new_words", both sides named). Only a fact-like word in
# the part (a number, a name, a "not" on one side only) makes it a changed fact.
@pytest.mark.parametrize("original, rewrite, was, now", [
    ("The harbor board voted on Monday to repair the old ferry dock before the summer season.",
     "The harbor board voted on Monday to auction every municipal building before the summer season.",
     "repair the old ferry dock", "auction every municipal building"),
    ("Students at Elm School have raised money for new library books this spring.",
     "Students at Elm School have organised a strike against compulsory uniforms this spring.",
     "raised money for new library books", "organised a strike against compulsory uniforms"),
])
def test_a_part_replaced_by_words_the_original_never_uses_is_flagged_not_changed(original, rewrite, was, now):
    pair = compare(original, rewrite).pairs[0]
    assert pair.kind == "reworded", pair.reason
    flag = next(f for f in pair.flags if f["kind"] == "new_words")
    assert (flag["original"]["text"], flag["text"]) == (was, now)
    assert "still the same fact" in flag["note"] and "still the same fact" in pair.reason


@pytest.mark.parametrize("original, rewrite, now", [
    # ... a name the original never gives, in the replaced part, is a changed fact
    ("The harbor board voted on Monday to repair the old ferry dock before the summer season.",
     "The harbor board voted on Monday to hire contractor Vela Marsh instead before the summer season.",
     "Vela Marsh"),
    # ... and so is a "not" on one side only
    ("Students at Elm School have raised money for new library books this spring.",
     "Students at Elm School have never bothered gathering donations whatsoever this spring.",
     "never"),
])
def test_a_replaced_part_with_a_new_name_or_a_not_is_changed(original, rewrite, now):
    pair = compare(original, rewrite).pairs[0]
    assert pair.kind == "changed", pair.reason
    assert any(now in f["text"] for f in pair.flags if f["kind"] == "changed"), pair.flags


@pytest.mark.parametrize("original, rewrite", [
    # the same fact in other words: flagged to check, never a changed fact (s11 review #4)
    ("The rowing club said its crew trained hard all month before the regatta.",
     "The rowing club said its crew practised intensively throughout the month before the regatta."),
    ("The gallery will open a new room for young artists in the autumn next year.",
     "The gallery will unveil an extra exhibition space for young artists in the autumn next year."),
    ("Neighbours complained about the smell from the bakery early each morning.",
     "Neighbours grumbled over strong odours drifting from the bakery early each morning."),
    ("The bakery said it will hire 40 workers at its new shop in Leeds.",
     "The bakery said it will employ 40 staff members at its new shop in Leeds."),
    ("The vet said the dog was getting better after the operation on Thursday.",
     "The vet said the dog was healing nicely following surgery on Thursday."),
    ("The shop said sales rose in every branch last month.",
     "The shop said turnover climbed across all outlets last month."),
    ("The ferry was late because of rough seas near the island.",
     "The ferry was held up owing to stormy waters near the island."),
])
def test_a_paraphrase_in_new_words_stays_reworded(original, rewrite):
    pair = compare(original, rewrite).pairs[0]
    assert pair.kind == "reworded", (pair.reason, pair.flags)
    assert not [f for f in pair.flags if f["kind"] == "changed"]


@pytest.mark.parametrize("original, rewrite", [
    # one or two new words are a rewording; words the original uses elsewhere are its own
    ("The harbor board voted on Monday to repair the old ferry dock before the summer season.",
     "The harbor board voted on Monday to fix the old ferry pier before the summer season."),
    ("Students at Elm School have raised money for new library books this spring. The books arrive in May.",
     "Students at Elm School have collected cash for new library books this spring. The books arrive in May."),
])
def test_a_rewording_of_a_part_is_not_a_change(original, rewrite):
    pair = compare(original, rewrite).pairs[0]
    assert pair.kind == "reworded"
    assert not [f for f in pair.flags if f["kind"] in ("changed", "new_words")]


# --- what a speaker said is the quotation the cue reports, however long the rest is -----------------
# (written from scratch, s11 review #23; the kept row is changed before the rule, ebf3263^)
_LIBRARY = ('Library news\n\n"The reading room is shut," Director Tomas Varga said on Tuesday. "We expect it to '
            'reopen before the exams for every student," Varga wrote to a crowd of worried readers, who sent him '
            'a pile of angry letters.')


@pytest.mark.parametrize("last, expected", [
    # the quotation kept word for word, its speaker tag cut (the quotation goes on from the sentence before)
    ('We expect it to reopen before the exams for every student."', "kept"),
    # ... a "not" put in his mouth is still a changed fact
    ('We do not expect it to reopen before the exams for any student."', "changed"),
])
def test_a_quotation_kept_without_its_speaker_tag_is_kept(last, expected):
    rewrite = 'Library news\n\nDirector Tomas Varga told worried readers, "The reading room is shut. ' + last
    pair = compare(_LIBRARY, rewrite).pairs[-1]
    assert pair.kind == expected, pair.reason


# --- "by" and a gerund says how, not who -------------------------------------------------------------
@pytest.mark.parametrize("original, rewrite, expected", [
    # (written from scratch, s11 review #23; changed before the rule, 7a4c1bd^)
    ("The host, Dana Pell, hugged a cardboard cutout of the mayor on stage.",
     "The host, Dana Pell, reacted by hugging a cardboard cutout of the mayor on stage.", "reworded"),
    ("The driver was hurt on the mountain road during the race.",
     "The driver was hurt by falling rocks on the mountain road during the race.", "changed"),
])
def test_by_and_a_gerund_names_no_one(original, rewrite, expected):
    assert compare(original, rewrite).pairs[0].kind == expected


# --- an ordinal and the count it gives ----------------------------------------------------------------
@pytest.mark.parametrize("rewrite, expected", [
    # (written from scratch, s11 review #23; the first row is changed before the rule, 7a4c1bd^)
    ("Okafor has skipped three races with a sore knee in the team's last 9.", "reworded"),
    ("Okafor has skipped four races with a sore knee in the team's last 9.", "changed"),
])
def test_the_third_race_skipped_is_three_races_skipped(rewrite, expected):
    original = "It was the third race Okafor has skipped with a sore knee in the team's last 9."
    assert compare(original, rewrite).pairs[0].kind == expected
