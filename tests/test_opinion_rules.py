"""Opinion rule families added for real articles (issue 11), on sentences written for the test."""

import pytest

from toolkit.articles import article_from_text
from toolkit.labels import label_sentences
from toolkit.wordlists import load_lines

CASES = [  # (sentence, expected label, an evidence kind that must be there or None)
    # sarcasm and distancing markers
    ("The so-called experts met again on Monday.", "opinion", "loaded"),
    ("The supposedly safe bridge closed in May.", "opinion", "loaded"),
    # judgements
    ("The council made the worst decision in years.", "opinion", "loaded"),
    ("The plan is a disgrace.", "opinion", "loaded"),
    # evaluative adjectives and adverbs (VADER-based list)
    ("The board's handling of the flood was shameful and incompetent.", "opinion", "loaded"),
    ("The mayor gave a brilliant, inspiring speech.", "opinion", "loaded"),
    # framing words
    ("The new fee is a power grab by the county.", "opinion", "loaded"),
    ("Bureaucrats in the capital wrote the rule.", "opinion", "loaded"),
    # intensifier plus a judging word
    ("The report was utterly wrong.", "opinion", "mild"),
    # false alarms: requirements with amounts, plain facts
    ("The club needs to raise about $1,500 for the trip.", "claim", None),
    ("Applicants must be at least 16 years old.", "claim", None),
    ("The bridge opened in May and carries 4,000 cars a day.", "claim", None),
    ("The storm killed two people and closed the highway.", "claim", None),
    # calls to action
    ("Everyone should come to the bake sale on Friday.", "call_to_action", "imperative"),
    # opinion words inside a quotation belong to the speaker
    ('"This is a shameful decision," the mayor said.', "attributed", "cue"),
]


@pytest.mark.parametrize("text,label,kind", CASES)
def test_opinion_rules(text, label, kind):
    (s,) = label_sentences(article_from_text(text))
    assert s.label == label, (s.label, [(e.text, e.kind) for e in s.evidence])
    if kind:
        assert kind in {e.kind for e in s.evidence}
    assert s.reason


def test_every_list_names_its_source():
    from importlib import resources
    for name in ("evaluative", "loaded_own", "loaded_partisan", "reporting_verbs", "role_nouns",
                 "section_labels"):
        head = (resources.files("toolkit") / "data" / "wordlists" / f"{name}.txt").read_text("utf-8")[:3000]
        assert "Source" in head or "source" in head, name
    head = (resources.files("toolkit") / "data" / "wordlists" / "evaluative.txt").read_text("utf-8")[:3000]
    assert "MIT License" in head and "Hutto" in head  # the VADER licence travels with the words


def test_evaluative_entries_are_words_with_a_kind():
    for line in load_lines("evaluative"):
        word, kind, rating = line.split("\t")
        assert kind in ("loaded", "mild", "event") and abs(float(rating)) >= 1.5, line
    # `event` (a word that names an event) only for the words set apart so, with a reason
    events = {line.split("\t")[0] for line in load_lines("evaluative_left_out")
              if line.split("\t")[1] == "event"}
    assert {line.split("\t")[0] for line in load_lines("evaluative") if "\tevent\t" in line} <= events
