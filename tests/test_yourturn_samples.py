"""Lesson 6's "look twice" close calls and sample answers agree with what lessons 2-3 teach."""

from toolkit import analyze
from toolkit.articlebox import practice_text
from toolkit.yourturn import look_twice, sample_answers


def test_must_alone_is_opinion_not_a_close_call():
    # Lessons 2-3: a writer telling someone what they must do is opinion, so "must" alone is not
    # a case where the tool might be wrong (the walkthrough found the sample saying it was).
    a = analyze("Town Library Plan\n\nThe city must spend more money on its libraries. "
                "The mayor said the library will stay open.")
    must = [s for s in a.sentences if "must" in s.text]
    assert must and must[0].label == "opinion"
    assert all(s.text != must[0].text for s, _why in look_twice(a))


def test_anonymous_source_is_the_practice_close_call():
    a = analyze(practice_text())
    calls = look_twice(a)
    assert any(why == "no name" and "not to be named" in s.text for s, why in calls)
    sample = sample_answers(a)["tool-wrong"]
    assert "not to be named" in sample and "no name" in sample
    assert "must" not in sample


# s5 walkthrough #2-#4: an own article (a school schedule story like the reviewer's) where the
# tool's labels are all fair, one sentence speaks for a vague group, and the rest are dates,
# times and numbers anyone can look up.
SCHOOL = ("School Day Will Start Later\n\n"
          "Starting next September, Lakeview Middle School will begin its day at 8:45 a.m. "
          "instead of 7:50 a.m. The school board approved the change by a vote of 5 to 2 on "
          "Tuesday, board president Maria Okafor said. Some parents are worried about getting to "
          "work on time. The district has 1,200 students.")


def _quoted(text: str) -> str:
    import re

    m = re.search(r"[\"“]([^\"”]+)[\"”]", text)
    return m.group(1) if m else ""


def test_look_twice_picks_hard_to_check_sentences_and_says_why():
    a = analyze(SCHOOL)
    calls = look_twice(a)
    texts = [s.text for s, _ in calls]
    assert any("Some parents are worried" in t for t in texts), texts
    assert not any("1,200 students" in t or "8:45" in t for t in texts), texts
    from toolkit.yourturn import look_twice_html

    shown = str(look_twice_html(a))
    assert "the tool says it is stated as fact" not in shown  # the reason is not the label again
    assert "Some parents" in shown and "Who says so?" in shown


def test_unsourced_sample_is_a_claim_a_reader_cannot_check():
    assert "Some parents are worried" in sample_answers(analyze(SCHOOL))["unsourced"]
    practice = sample_answers(analyze(practice_text()))["unsourced"]
    assert "Everyone in town loves it." in practice and "1962" not in practice


def test_tool_wrong_sample_changes_a_label_or_says_plainly_there_is_none():
    for text in (SCHOOL, practice_text()):
        sample = sample_answers(analyze(text))["tool-wrong"]
        assert "I would keep it" not in sample
        assert sample.startswith("I found no label to change.") or "I would label it" in sample
    missed = sample_answers(analyze("Rain Due\n\nThe river rose on Monday. Roads would close "
                                    "soon, a neighbor warned. It rained."))["tool-wrong"]
    assert "I would label it" in missed or missed.startswith("I found no label to change.")


def test_the_quiz_files_practice_samples_match_the_computed_ones():
    # answer-key.md and the guide read the quiz file; the lesson shows the computed samples
    from toolkit.quiz import load_quiz

    quiz = load_quiz("06-your-turn")
    computed = sample_answers(analyze(practice_text()))
    for qid in ("tool-wrong", "unsourced"):
        written = quiz.get(qid).sample_answer
        assert _quoted(written) and _quoted(written) == _quoted(computed[qid]), (qid, written)
    assert "closest call" in quiz.get("tool-wrong").prompt


# s11 walkthrough #16: the tool only hints at a judging word it does not count as opinion ("a
# hint of judging, not proof"), and look twice names it; the "loaded" and exit-ticket samples
# said the article had no loaded words and no opinion, which the student can see is false.
HINTED = ("Board Votes\n\nThe board voted 5-2 on Tuesday. The board passed a harsh "
          "rule. The district will hold a meeting on March 3.")


def test_samples_name_a_judging_word_the_tool_only_hints_at():
    a = analyze(HINTED, readability=False)
    hinted = [s for s in a.sentences if "harsh" in s.text]
    assert hinted and hinted[0].label == "claim", "the frame needs a hinted, not labelled, word"
    assert any("harsh" in s.text for s, _ in look_twice(a))
    samples = sample_answers(a)
    assert "\u201charsh\u201d" in samples["loaded"], samples["loaded"]
    assert "found none" not in samples["loaded"]
    assert "\u201charsh\u201d" in samples["exit-ticket"], samples["exit-ticket"]
    assert "no sentences of opinion" not in samples["exit-ticket"]


def test_samples_still_say_none_when_there_is_none():
    a = analyze("Pool Opens\n\nThe pool opened on Monday. It has a slide.", readability=False)
    samples = sample_answers(a)
    assert "found none either" in samples["loaded"]
    assert "no sentences of opinion" in samples["exit-ticket"]


def test_unsourced_sample_does_not_end_a_quotation_with_a_second_full_stop():
    sample = sample_answers(analyze(HINTED, readability=False))["unsourced"]
    assert ".\u201d." not in sample, sample


def test_a_hint_is_modelled_as_a_check_not_as_the_writers_view():
    # s11 review #19: the hints are "a hint of judging, not proof" (look twice says so); the
    # samples asserted any hinted word was the writer's view
    samples = sample_answers(analyze(HINTED, readability=False))
    assert "hint" in samples["loaded"] and "not proof" in samples["loaded"], samples["loaded"]
    assert "I read it as the writer's view" not in samples["loaded"]
    assert "ask if the writer is judging" in samples["exit-ticket"], samples["exit-ticket"]


def test_a_long_quoted_fact_in_the_unsourced_sample_still_ends_its_sentence():
    # s11 review #20: a sentence cut at 160 characters ends with " \u2026", not a full stop
    long = ("Pool Opens\n\nThe pool opened on Monday after the city council spent the money "
            "it had kept over the last two years on new pumps, new tiles, new lights, a new "
            "fence, a new roof and a new ticket booth by the gate.")
    sample = sample_answers(analyze(long, readability=False))["unsourced"]
    assert "\u2026\u201d. I could look" in sample, sample


# s12 walk #31, #32: a school-board story (invented) where the tool only hints at "lose", and
# whose facts with no source include a vague "many of them"
BUS = ("Board Cuts Late Buses\n\nThe Lakeview School Board voted 4-3 on Monday to cut one of "
       "the district's three late bus routes. About 40 students ride the late buses home. Many of "
       "them live far from school. Students who lose their bus may need rides from parents.")


# (s12: "lose" names an event and is no longer a judging word (wl's 377cfc4), so the frame for a
# hinted word uses one that may judge)
BUS_HINTED = BUS.replace("Students who lose their bus may need rides from parents.",
                         "The new plan is careless about students who stay late.")


def test_a_hinted_word_in_the_tool_wrong_sample_is_a_check_not_a_verdict():
    a = analyze(BUS_HINTED, readability=False)
    hinted = [s for s in a.sentences if "careless" in s.text]
    assert hinted and hinted[0].label == "claim", "the frame needs a hinted, not labelled, word"
    sample = sample_answers(a)["tool-wrong"]
    assert "\u201ccareless\u201d" in sample and "may judge" in sample, sample
    assert "that is the writer's view, so I would label it" not in sample
    assert "If it only reports" in sample


def test_the_unsourced_sample_never_says_every_fact_can_be_checked():
    a = analyze(BUS, readability=False)
    sample = sample_answers(a)["unsourced"]
    assert "Many of them" in sample, sample
    for text in (BUS, SCHOOL, HINTED, "Pool Opens\n\nThe pool opened on Monday. It has a slide."):
        assert "Every fact with no source" not in sample_answers(analyze(text, readability=False))["unsourced"]


def test_a_judging_phrase_labelled_opinion_is_not_called_a_fact():
    """s12: with the verdict rule, "The board made a foolish decision." is opinion on the one
    span "foolish decision"; the "one word" close call then made the sample call it a fact."""
    a = analyze("Board Vote\n\nThe board voted 5-2 on Monday. The board made a foolish decision.",
                readability=False)
    foolish = [s for s in a.sentences if "foolish" in s.text]
    assert foolish and foolish[0].label == "opinion"
    assert not any("foolish" in s.text for s, why in look_twice(a) if why == "one word")
    samples = sample_answers(a)
    assert "foolish" not in samples["tool-wrong"] or "I would label it" not in samples["tool-wrong"]
    assert "The words \u201cfoolish decision\u201d judge" in samples["loaded"], samples["loaded"]


def test_unsourced_sample_does_not_call_a_checkable_fact_uncheckable():
    # s12 review #8: "a fact ... that I cannot check myself. The closest is X. I could look for it
    # in an official record" said X could not be checked and then how to check it
    from toolkit.analysis import analyze
    from toolkit.yourturn import sample_answers

    park = analyze("The pool opened in 2015 on Elm Road. It has a slide and a diving board. "
                   "The manager said the pool is busy.", readability=False)
    answer = sample_answers(park)["unsourced"]
    assert "The pool opened in 2015 on Elm Road." in answer
    assert "that I cannot check myself. The closest is" not in answer
    assert "not sure there is one" in answer


# s13 walkthrough #14: an own article whose only opinion tells riders what to do. The unsourced
# sample picked that request ("I could ask who everyone is, or look for a survey"), and the loaded
# sample said "should" judges and pushes me "to agree".
FERRY = ("Ferry Times Will Change\n\n"
       "The harbor office said the ferry will leave at 7:10 a.m. from May. "
       "Some commuters are upset about the earlier start. "
       "Everyone who takes the ferry should go to the meeting on Monday.")


def test_unsourced_sample_never_picks_a_request_or_must_statement():
    a = analyze(FERRY)
    request = next(s for s in a.sentences if "should go" in s.text)
    assert any(e.kind == "modal" for e in request.evidence)
    sample = sample_answers(a)["unsourced"]
    assert "should go" not in sample
    assert "Some commuters are upset" in sample


def test_loaded_sample_says_a_must_statement_tells_people_what_to_do():
    sample = sample_answers(analyze(FERRY))["loaded"]
    assert "should go" in sample and "tells people what to do" in sample
    assert "judge" not in sample


def test_a_list_of_two_clue_words_is_joined_with_and():
    from toolkit.yourturn import _listed

    assert _listed([]) == "" and _listed(["a"]) == "\u201ca\u201d"
    assert _listed(["a", "b"]) == "\u201ca\u201d and \u201cb\u201d"
    assert _listed(["a", "b", "c"]) == "\u201ca\u201d, \u201cb\u201d and \u201cc\u201d"
