"""The public-corpus evaluation: its label mapping, and that it runs (exit 0) when nothing is fetched."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))

from corpora import GoldAttribution, head_word, sentence_gold  # noqa: E402
from fetch_corpora import babe_split, parse_ann  # noqa: E402

ANN = ("T1\tSource 0 8\tThe mayor\nT2\tCue 9 13\tsaid\nT3\tContent 14 30\tthe bridge is ok\n"
       "E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3\n")


def test_parse_ann_reads_source_cue_and_content():
    (att,) = parse_ann(ANN + "a content line that\nwrapped\n")
    assert att == {"source": [(0, 8)], "cue": [(9, 13)], "content": [(14, 30)]}


def _att(text, source, cue, content):
    find = lambda w: ((text.index(w), text.index(w) + len(w)),)  # noqa: E731
    return GoldAttribution(source, find(source), cue, find(cue), find(content))


def test_sentence_gold_follows_the_written_mapping():
    text = "Ana Ruiz said the bridge is safe. Lee wants a new bridge. It opened in May."
    said = _att(text, "Ana Ruiz", "said", "the bridge is safe")
    wants = _att(text, "Lee", "wants", "a new bridge")
    assert wants.counts is False and said.counts is True
    assert sentence_gold(0, 33, text, [said, wants]) == (True, said)
    assert sentence_gold(34, 57, text, [said, wants])[0] is False  # a wish is not reporting
    assert sentence_gold(58, len(text), text, [said, wants])[0] is False
    no_source = GoldAttribution("", (), "is expected", ((0, 3),), ((0, 30),))
    assert no_source.counts is False


def test_content_that_runs_on_into_a_sentence_counts():
    text = '"We tried. We failed," Ana Ruiz said.'
    att = GoldAttribution("Ana Ruiz", ((22, 30),), "said", ((31, 35),), ((1, 20),))
    assert sentence_gold(0, 10, text, [att])[0] is True


def test_head_word_and_babe_split_are_stable():
    assert head_word("the city's budget office") == "office"
    assert babe_split("A sentence.") == babe_split(" A sentence. ")
    assert {babe_split(f"s{i}") for i in range(200)} == {"train", "dev", "test"}


def test_evaluate_runs_and_says_how_to_fetch_when_the_corpora_are_absent(tmp_path):
    env = dict(os.environ, MEDIALIT_CORPORA=str(tmp_path / "none"))
    out = subprocess.run([sys.executable, str(ROOT / "eval" / "evaluate.py")], capture_output=True,
                         text=True, env=env, timeout=300)
    assert out.returncode == 0, out.stderr
    assert "polnear: not fetched" in out.stdout and "fetch_corpora.py" in out.stdout
    assert "babe: not fetched" in out.stdout
