"""Attribution rules added in session 13 (issue 11): s12 review #3's leftovers and the kinds of
wrong speaker found on real articles. Every sentence here is written for the test (none from a
corpus or the seeds).
"""

import pytest

from sentencelabels import labels, speaker_words


# s12 review #3: a greeting, a thanks or a prayer is an act, nothing is reported
@pytest.mark.parametrize("text", [
    "The choir is saying goodbye to its old organ.",
    "The crew said a tearful farewell to the ship.",
    "Before the meal the family said grace.",
    "The pupils are saying hello to their new teacher.",
    "The coach said thanks for the long support.",
])
def test_greeting_is_no_report(text):
    assert labels(text) == [("claim", None)]


@pytest.mark.parametrize("text,source", [
    # guards: a quotation after the greeting, and "thanks to" (a cause) still report
    ('Ana Ruiz said goodbye, "We will be back next year."', "Ana Ruiz"),
    ("The mayor said thanks to the new grant, the pool will open in May.", "The mayor"),
    ("The principal said the choir will sing goodbye songs.", "The principal"),
])
def test_greeting_guards(text, source):
    assert labels(text) == [("attributed", source)]


# s12 review #3: "says it all" with a thing as its subject is an idiom
@pytest.mark.parametrize("text", [
    'The word "sorry" said it all.',
    "Her long silence says it all.",
    "The coach's face said it all.",
])
def test_says_it_all_idiom(text):
    assert labels(text) == [("claim", None)]


@pytest.mark.parametrize("text,source", [
    ("The judge said it all: the case is closed.", "The judge"),
    ("Tom Okafor said it all.", "Tom Okafor"),
])
def test_says_it_all_person_guard(text, source):
    assert labels(text) == [("attributed", source)]


# s12 review #3: a time phrase between an inverted cue and its speaker is not in the name
@pytest.mark.parametrize("text,source", [
    ('"The bridge will hold," said Tuesday night Ana Ruiz.', "Ana Ruiz"),
    ("The shop will stay open, said Friday Tom Okafor.", "Tom Okafor"),
    ('"We are ready," said late Monday coach Ed Fong.', "coach Ed Fong"),
    ('"The gate is shut," said yesterday the mayor.', "the mayor"),
])
def test_time_before_inverted_speaker(text, source):
    label, got, words = speaker_words(text)[0]
    assert (label, got, words) == ("attributed", source, source), speaker_words(text)


# hd's wrong-speaker kinds (s12 guideline sample): a possessive name opens the subject ("the span
# ran into the cue": the finding verb's subject was "says an internal review")
@pytest.mark.parametrize("text,source", [
    ("Ohio's tax commissioner says an internal review shows no one leaked the files.", "Ohio's tax commissioner"),
    ("Maple County's new fire marshal said the hall must close.", "Maple County's new fire marshal"),
    ("But the bank said it would wait.", "the bank"),
])
def test_possessive_subject(text, source):
    label, got, words = speaker_words(text)[0]
    assert (label, got, words) == ("attributed", source, source), speaker_words(text)


# the person of an appositive, not the organisation of the person's role
@pytest.mark.parametrize("text,source", [
    ("Ana Ruiz, president of the United Federation of Growers, which speaks for farmers, said the price fell.",
     "Ana Ruiz"),
    ("Tom Okafor, a senior fellow at the Institute of Harbor Studies, which studies ports, said the pier will close.",
     "Tom Okafor"),
    ("Ana Ruiz, president of the United Growers Union, which speaks for farmers, said the price fell.", "Ana Ruiz"),
    ("The president of the Valley Growers Union said the price fell.", "The president of the Valley Growers Union"),
    # an opening time or place phrase is not a name with an appositive
    ("On Monday, the fire chief, who was new, said the road was shut.", "the fire chief"),
    ("In Dayton, the police chief, who was new, said the road was shut.", "the police chief"),
])
def test_appositive_person(text, source):
    assert labels(text) == [("attributed", source)]


# a cue in an opening "when/as/while" clause is background; the main clause names the source
@pytest.mark.parametrize("text,source", [
    ('So when the council hinted last week that it would sell the park, Ana Ruiz said, "we were stunned."',
     "Ana Ruiz"),
    ("When the mayor spoke about the budget, Tom Okafor said the schools need more.", "Tom Okafor"),
    # guards: no cue in the main clause, or the cue is in the main clause already
    ("When the mayor spoke about the budget, the hall was full.", "the mayor"),
    ("As the mayor said, the schools need more.", "the mayor"),
    # an "as" clause that ends on its cue frames the whole sentence (its source stays)
    ("As the Ledger reported last week, the mayor said the road will close.", "the Ledger"),
    ("As Ruiz talked about the budget, Lee told the crowd the schools need more.", "Lee"),
])
def test_opening_clause(text, source):
    assert labels(text) == [("attributed", source)]


# an aside between dashes with no spaces, between a document and its verb
@pytest.mark.parametrize("text,source", [
    ("The transcript of the hearing–published by the Ledger–shows that Ruiz talked about taxes.",
     "The transcript of the hearing"),
    ("The audit—ordered by the board last year—found that the fund lost money.", "The audit"),
])
def test_dash_aside_before_document_verb(text, source):
    assert labels(text) == [("attributed", source)]


# a title cut at its abbreviation point names no one; a surname with a capital inside is a name
def test_title_abbreviation_is_no_person():
    text = ("Ed Brown, a chemist, testified first. Democratic Sen. Claire McDunmore (D-Mo.) scolded him: "
            "“The panel is against you,” she said.")
    assert labels(text)[1] == ("attributed", "Claire McDunmore")


# hd's missing cues: a ruling, a finding, a name given, "As <name>, <appositive>, put it"
@pytest.mark.parametrize("text,source", [
    ("The appeals panel ruled that the new map was unfair.", "The appeals panel"),
    ("Auditors have also discovered that the payroll files were deleted.", "Auditors"),
    ("The mayor branded the new parking rule a mistake.", "The mayor"),
    ("As Tom Okafor, a historian at the state college, once put it, the town never forgets a flood.",
     "Tom Okafor"),
    ("Shortly after the board ruled in May, Ana Ruiz said she would appeal.", "Ana Ruiz"),
])
def test_new_cues(text, source):
    assert labels(text) == [("attributed", source)]


@pytest.mark.parametrize("text", [
    "The old king ruled the valley for ten years.",
    "The mayor ruled out a new parking tax.",
    "Hikers discovered a narrow cave above the lake.",
    "The new parking rules take effect in June.",
])
def test_new_cue_guards(text):
    assert labels(text) == [("claim", None)]


# wl's unmeasured event words (s12): "attacked", "suffer(s)" name what happened; "failed",
# "sick of", "suffering" stay judging (measured: BABE train loses opinion sentences without them)
@pytest.mark.parametrize("text", [
    "Wolves attacked two sheep on the hill farm last winter.",
    "Many older dogs suffer from stiff joints in the cold.",
    "Rebels attacked the fort and many soldiers suffer from old wounds.",   # two of them
])
def test_event_words_are_not_judging(text):
    from toolkit.analysis import analyze

    s = analyze(text, readability=False).sentences[0]
    assert [text[e.start:e.end].lower() for e in s.evidence if e.kind in ("loaded", "mild")] == [], text
    assert s.label == "claim"


def test_verdict_words_stay_judging():
    from toolkit.analysis import analyze

    s = analyze("The council failed miserably and voters are sick of it.", readability=False).sentences[0]
    assert {"failed", "sick"} <= {e.text.lower() for e in s.evidence if e.kind in ("loaded", "mild")}
