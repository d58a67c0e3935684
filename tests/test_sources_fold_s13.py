"""s13 walkthrough #15: "the transit office" after "the city's transit office" is one source, not
two, in the density figures, the report card and lesson 6's sources sample (invented article)."""

from toolkit import analyze
from toolkit.yourturn import sample_answers

STORY = ("Ferry Dock Moves\n\nThe ferry will stop at the north dock from May, the county's harbor "
         "office announced Monday. The trip will be six minutes shorter, the harbor office said. "
         "\"We had to choose,\" said Dana Okafor, who runs the ferries.")


def test_a_possessive_and_its_tail_are_one_source():
    a = analyze(STORY, readability=False)
    assert a.density.sources == ("the county's harbor office", "Dana Okafor")
    assert "the harbor office (" not in sample_answers(a)["sources"]


def test_different_owners_stay_two_sources():
    a = analyze("Two Offices\n\nThe plan is final, the county's harbor office said. The plan is not "
                "final, the city's harbor office said.", readability=False)
    assert len(a.density.sources) == 2


def test_a_group_named_by_its_role_at_the_start_of_a_sentence_is_not_named():
    # s13 walkthrough #26: "Critics say ..." gave "Critics (named)": the capital is the sentence's
    from toolkit.yourturn import source_kind

    assert source_kind("Critics") == "known only by job or type"
    assert source_kind("School officials") == "known only by job or type"
    assert source_kind("Reuters") == "named" and source_kind("Maria Chen") == "named"  # guards


def test_a_pasted_site_menu_is_page_furniture_not_the_headline():
    # s13 walkthrough #21: text copied with the site's menu on top made "Home | News" the headline
    from toolkit.articles import article_from_text

    story = "The bus will move in March. The mayor said so. Riders can still use it."
    for menu in ("Home | News | Sports", "Home | News", "World News | Local | Weather |"):
        article = article_from_text(f"{menu}\n\nRoute 9 Bus Will Skip Main Street\n\n{story}")
        assert article.title == "Route 9 Bus Will Skip Main Street"
    for headline in ("Opinion | Why the vote failed the town", "Analysis | Budget cuts loom",
                     "Live | Election results"):  # a section label and a headline (review #11)
        assert article_from_text(f"{headline}\n\n{story}").title == headline


def test_a_reason_with_several_added_judging_words_says_words():
    # s13 walkthrough #24: "It adds a judging word ...: “Brilliant”, “Destroy”, “Thugs”."
    from toolkit import compare

    p = compare("The council approved the new car park.",
                "The council approved the awful, disgraceful new car park.").pairs[0]
    assert "adds judging words" in p.reason and "\u201cawful\u201d and \u201cdisgraceful\u201d" in p.reason, p.reason
    one = compare("The council approved the new car park.",
                  "The council approved the disgraceful new car park.").pairs[0]
    assert "adds a judging word" in one.reason, one.reason


def test_a_possessive_before_a_plural_subject_is_not_part_of_the_source():
    # s13 review #10: "Ohio's farmers say ..." gave the source "s farmers"
    from toolkit import analyze

    for text, source in (("Ohio's farmers say they need more rain.", "farmers"),
                         ("The city\u2019s schools say the plan is late.", "schools"),
                         ("Many local farmers say they need rain.", "local farmers")):  # guard
        s = analyze("News\n\n" + text, readability=False).sentences[1]
        assert (s.label, s.source) == ("attributed", source), text
