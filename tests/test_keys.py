"""Tests for toolkit.keys: the answer keys are typed, validated and found by name or path."""

import re
import pytest

from toolkit import ToolkitError, analyze, seed_path
from toolkit.evidence import EVIDENCE_KINDS, LABELS
from toolkit.keys import key_path, load_key, normalize


@pytest.mark.parametrize("name", ["npr", "rewrite"])
def test_seed_keys_cover_every_sentence_and_match_the_text(name):
    key = load_key(name)
    result = analyze(seed_path(name), readability=False)
    assert [normalize(s.text) for s in key.sentences] == [normalize(s.text) for s in result.sentences]
    assert key.sentences[0].headline
    for ks in key.sentences:
        assert ks.label in LABELS and set(ks.also) <= set(LABELS)
        for ev in ks.evidence:
            assert ev.kind in EVIDENCE_KINDS and ev.text in ks.text


def test_unknown_key_lists_the_shipped_ones():
    with pytest.raises(ToolkitError, match="npr"):
        load_key("no-such-key")


def test_broken_key_names_the_problem(tmp_path):
    path = tmp_path / "k.yaml"
    path.write_text("sentences:\n  - text: Hi.\n    label: rumour\n", encoding="utf-8")
    with pytest.raises(ToolkitError, match="has the label 'rumour'"):
        load_key(str(path))
    path.write_text("sentences:\n  - text: Hi.\n    label: claim\n    evidence:\n"
                    "      - {text: Hi, kind: vibes}\n", encoding="utf-8")
    with pytest.raises(ToolkitError, match="evidence item"):
        load_key(str(path))


def test_a_key_file_edit_is_seen_at_once(tmp_path):
    path = tmp_path / "k.yaml"
    path.write_text("sentences:\n  - text: Hi.\n    label: claim\n", encoding="utf-8")
    assert load_key(str(path)).sentences[0].label == "claim"
    import os
    import time

    path.write_text("sentences:\n  - text: Hi.\n    label: opinion\n", encoding="utf-8")
    os.utime(path, ns=(time.time_ns(), time.time_ns() + 10**9))
    assert load_key(str(path)).sentences[0].label == "opinion"


def test_key_path_accepts_a_file(tmp_path):
    path = tmp_path / "k.yaml"
    path.write_text("sentences: []\n", encoding="utf-8")
    assert key_path(str(path)) == path


def test_reporting_words_in_the_keys_leave_out_that():
    # s5 walkthrough #9: feedback showed "[S] reporting words: “says that”", after lesson 2 taught
    # that reporting words are says, said, told and reports. "that" only joins what was said.
    from toolkit import load_key

    for name in ("npr", "rewrite", "other-side"):
        for s in load_key(name).sentences:
            cues = [e.text for e in s.evidence if e.kind == "cue"] + [getattr(s, "cue", None) or ""]
            for cue in cues:
                assert not re.search(r"\bthat$", cue.strip(), re.I), (name, s.n, cue)
