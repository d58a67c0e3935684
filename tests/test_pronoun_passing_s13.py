"""s13 walkthrough #11: a person first named inside another speaker's sentence, then picked up by
surname, is the one a following "he" points to (invented articles)."""

import pytest

from toolkit import analyze


def _sources(text):
    return {s.text: s.source for s in analyze(text, readability=False).sentences}


@pytest.mark.parametrize("text, sentence, source", [
    # named only in the official's sentence, then the subject of the next one: "he" is him
    ("Ferry Moves Dock\n\nThe ferry will stop at the north dock from May, the port said. "
     "Okafor said the port had talked with Luis Lima, who runs a cafe by the old dock. "
     "She said a new sign would go up. Lima was not happy with the plan. "
     "\"Half my customers come off that ferry,\" he said.",
     "\"Half my customers come off that ferry,\" he said.", "Luis Lima"),
    ("Park Hours\n\nMayor Ana Ruiz said the city met with Tom Baker about the park. "
     "Baker does not like the new hours. \"It will bring noise,\" he said.",
     "\"It will bring noise,\" he said.", "Tom Baker"),
])
def test_he_after_a_sentence_about_someone_named_in_passing(text, sentence, source):
    assert _sources(text)[sentence] == source


@pytest.mark.parametrize("text, sentence, source", [
    # a name in passing does not take "he" from the speaker when nobody picks it up again
    ("Board Vote\n\nTom Reed said the board met with Luis Lima on Monday. "
     "\"We agreed on the budget,\" he said.", "\"We agreed on the budget,\" he said.", "Tom Reed"),
    # the speaker's own surname is not a name in passing
    ("School Roof\n\nPrincipal Ana Ruiz said the roof will be fixed by May. Ruiz was pleased. "
     "\"It is good news,\" she said.", "\"It is good news,\" she said.", "Principal Ana Ruiz"),
])
def test_guards_the_speaker_keeps_the_pronoun(text, sentence, source):
    assert _sources(text)[sentence] == source
