"""Tests for toolkit.evidence: one Evidence type and one registry of kinds, used everywhere."""

import dataclasses
import re
from pathlib import Path

import pytest

from toolkit import analyze
from toolkit.attribution import find_attribution
from toolkit.evidence import COMPARE_KINDS, EVIDENCE_KINDS, LABELS, PAIR_KINDS, Evidence, kind
from toolkit.opinion import find_call_to_action, find_opinion
from toolkit.palette import EVIDENCE_LABEL, EVIDENCE_NAMES, LABEL_STYLES

TOOLKIT = Path(__file__).resolve().parent.parent / "toolkit"


def test_evidence_is_immutable():
    ev = Evidence(0, 4, "cue", "reporting words")
    with pytest.raises(AttributeError):
        ev.kind = "quote"


def test_rules_return_evidence_from_the_start():
    att = find_attribution('"We are ready," Mayor Ana Ruiz told reporters.')
    found = [*att.evidence, *find_opinion("Officials must stop this disgraceful waste!"),
             *find_call_to_action("Please share this story with your friends.")]
    assert found and all(type(e) is Evidence for e in found)
    assert dataclasses.is_dataclass(att) and att.__dataclass_params__.frozen


def test_every_kind_the_rules_emit_is_registered():
    text = ('"We are ready," Mayor Ana Ruiz told reporters. This is the worst, most shameful '
            'plan ever! Should we trust them? You must call your mayor today. It was a bit odd.')
    kinds = {e.kind for s in analyze(text, readability=False).sentences for e in s.evidence}
    assert kinds and kinds <= set(EVIDENCE_KINDS)
    emitted = set()
    for module in ("attribution", "opinion", "labels"):
        emitted |= set(re.findall(r'Evidence\([^()]*?(?:\([^()]*\)[^()]*?)*"([a-z_]+)"',
                                  (TOOLKIT / f"{module}.py").read_text(encoding="utf-8")))
    assert {"mild", "exclamation"} <= set(EVIDENCE_KINDS)
    assert emitted <= set(EVIDENCE_KINDS), emitted - set(EVIDENCE_KINDS)


def test_registry_feeds_the_palette_and_has_labels_and_names():
    for k in EVIDENCE_KINDS.values():
        assert k.label in LABELS and k.name
        assert EVIDENCE_LABEL[k.id] == k.label and EVIDENCE_NAMES[k.id] == k.name
    assert not kind("question").shown and not kind("carried").shown and kind("cue").shown
    with pytest.raises(KeyError, match="no evidence kind"):
        kind("nonsense")


def test_labels_and_kinds_are_defined_once():
    assert set(LABEL_STYLES) == set(LABELS)
    assert COMPARE_KINDS == (*PAIR_KINDS, "dropped")
    defined = []
    for path in TOOLKIT.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        if re.search(r"^LABELS\s*=", text, re.MULTILINE):
            defined.append(path.name)
        assert "EvidenceTuple" not in text, path
    assert defined == ["evidence.py"]
