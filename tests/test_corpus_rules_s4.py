"""Rules added in session 4 of issue 11 from the PolNeAR train misses (checked on dev).

Every sentence here is written for the test (none is taken from a corpus or the seeds).
"""

import pytest

from toolkit.attribution import find_attribution

SUBJECTS = [  # (sentence, expected source or None)
    # a document with a modifier after its head is the subject of a finding verb
    ("A poll released in May found that most parents want later start times.", "A poll released in May"),
    ("A survey conducted by the county shows fewer riders on the buses.", "A survey conducted by the county"),
    ("The study by the water board showed lead in three schools.", "The study by the water board"),
    ("A court document filed Friday says the bridge contract was never signed.",
     "A court document filed Friday"),
    ("Yet a new poll from the college found support for the park.", "a new poll from the college"),
    # a share of the people asked is the subject of "say"
    ("Almost half of respondents said the bus comes too early.", "Almost half of respondents"),
    ("Nearly nine out of 10 say the library should stay open.", "Nearly nine out of 10"),
    ("Most of them said they liked the new menu.", "Most of them"),
    ("Riders were split, with three in 10 saying the fare is too high.", "three in 10"),
    # belief verbs in every form need a speaker before them; the writer's own "I" stays the writer's
    ("The coach thought the field was too wet to play on.", "The coach"),
    ("Neighbors fear that the new road will bring more trucks.", "Neighbors"),
    ("I thought the field was too wet to play on.", None),
    # not reporting
    ("Police found a bike in the river.", None),
    ("Some say the town needs a new pool.", None),  # a bare "some" names no one to check
    ("After the storm, 11 states closed their schools.", None),  # "states" is a noun here
    ("The coach read the report in the morning and then left.", None),
]


@pytest.mark.parametrize("text,source", SUBJECTS)
def test_session4_subjects(text, source):
    att = find_attribution(text)
    if source is None:
        assert att is None, att
    else:
        assert att is not None and att.source == source, att
