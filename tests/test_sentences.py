"""Sentence splitting survives real text."""

import pytest

from toolkit.sentences import split_sentences


@pytest.mark.parametrize("text,expected", [
    ("", []),
    ("One. Two.", ["One.", "Two."]),
    ("He flew to the U.S. on Monday. Then he left.", ["He flew to the U.S. on Monday.", "Then he left."]),
    ("It ended in the U.S. The next day was calm.", ["It ended in the U.S.", "The next day was calm."]),
    ("They met in Washington, D.C., on Wednesday.", ["They met in Washington, D.C., on Wednesday."]),
    ("Updated at 2:45 p.m. ET today.", ["Updated at 2:45 p.m. ET today."]),
    ("Mr. Lee and Dr. Ruiz spoke. Ms. Kay did not.", ["Mr. Lee and Dr. Ruiz spoke.", "Ms. Kay did not."]),
    ('"They lack empathy ... they celebrate it," he said.', ['"They lack empathy ... they celebrate it," he said.']),
    ('"It is late. We must go," she said. Then silence.', ['"It is late.', 'We must go," she said.', "Then silence."]),
    ("“Curly quotes.” Next one!", ["“Curly quotes.”", "Next one!"]),
    ("Is it true? Yes.", ["Is it true?", "Yes."]),
    ("It rose\u00a0fast. It fell\u00a0slowly.", ["It rose\u00a0fast.", "It fell\u00a0slowly."]),
    ("El Salvador–the birthplace–to meet officials. Done.", ["El Salvador–the birthplace–to meet officials.", "Done."]),
    ("the organizationNPR\u00a0reported. Next.", ["the organizationNPR\u00a0reported.", "Next."]),
    ("J. R. Smith wrote it. He agreed.", ["J. R. Smith wrote it.", "He agreed."]),
])
def test_split(text, expected):
    assert [t for _, _, t in split_sentences(text)] == expected


def test_offsets():
    text = "  First one.  Second one. "
    for start, end, sentence in split_sentences(text, offset=100):
        assert text[start - 100:end - 100] == sentence


def test_many_ellipses_inside_quotes_stay_fast():
    import time

    text = "“" + "Wait... " * 9000 + "”"
    start = time.process_time()
    split_sentences(text)
    assert time.process_time() - start < 5  # was 10 s when each ellipsis rescanned the text
