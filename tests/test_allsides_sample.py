"""The blind AllSides sample's scoring (eval/allsides_sample.py) on an invented article.

No AllSides text is used here: the article, labels and second labeller are written for the test.
"""

import hashlib
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))

import allsides_sample as sample  # noqa: E402

TEXT = ('Town plans a new park\n\nThe council voted on Monday. "It is a fine day," Mayor Ana Ruiz said. '
        "The plan is brilliant. Come to the meeting on Friday.\n")
HEADER = "\t".join(sample.COLUMNS)


def _rows(labels, how="named"):
    source = TEXT.index("Mayor Ana Ruiz")
    rows = [HEADER]
    for (index, start, end, _), label in zip(sample.units(TEXT), labels):
        named = label == "attributed"
        rows.append("\t".join(map(str, ["x1", index, start, end, label, "-",
                                        source if named else "-", source + 14 if named else "-",
                                        how if named else "-"])))
    return "\n".join(rows) + "\n"


@pytest.fixture()
def folder(tmp_path, monkeypatch):
    (tmp_path / "x1.txt").write_text(TEXT, encoding="utf-8")
    sha = hashlib.sha256(TEXT.encode("utf-8")).hexdigest()
    (tmp_path / "sample.tsv").write_text(f"id\tside\toutlet\tsentences\tsha256\nx1\tleft\tX\t5\t{sha}\n")
    monkeypatch.setattr(sample, "OUT", tmp_path)
    monkeypatch.setattr(sample, "DATA", tmp_path)
    monkeypatch.setattr(sample, "SAMPLE", tmp_path / "sample.tsv")
    return tmp_path


def test_units_are_the_headline_and_sentences_as_the_toolkit_splits_them():
    assert [u[3] for u in sample.units(TEXT)] == [
        "Town plans a new park", "The council voted on Monday.", '"It is a fine day," Mayor Ana Ruiz said.',
        "The plan is brilliant.", "Come to the meeting on Friday."]


def test_score_counts_every_figure_against_the_labels(folder, capsys):
    (folder / "labels-a.tsv").write_text(_rows(["claim", "claim", "attributed", "claim", "call_to_action"]))
    (folder / "second-b.tsv").write_text(_rows(["claim", "claim", "claim", "opinion", "call_to_action"]))
    sample.score()
    out = capsys.readouterr().out
    assert "1 articles, 5 labelled sentences, 0 no longer split the same way" in out
    # the gold says fact where the toolkit says opinion: one opinion false positive, no true one
    assert "opinion: P 0.00 (0/1)  R 0.00 (0/0)" in out
    assert "attributed: P 1.00 (1/1)  R 1.00 (1/1)" in out
    assert "strict accuracy 4/5" in out
    assert "speaker head right, named in the sentence: 1/1" in out
    assert "two labellers on 5 sentences: same label 3/5" in out


def test_a_sentence_split_differently_is_left_out_not_scored(folder, capsys):
    rows = _rows(["claim", "claim", "attributed", "opinion", "call_to_action"]).splitlines()
    index, start, end, _ = sample.units(TEXT)[3]
    assert rows[4].startswith(f"x1\t{index}\t{start}\t{end}\t")
    rows[4] = rows[4].replace(f"\t{start}\t{end}\t", f"\t{start}\t{end - 1}\t")
    (folder / "labels-a.tsv").write_text("\n".join(rows) + "\n")
    sample.score()
    out = capsys.readouterr().out
    assert "5 labelled sentences, 1 no longer split the same way (left out)" in out
    assert "strict accuracy 4/4" in out


def test_an_edited_article_is_refused(folder):
    (folder / "labels-a.tsv").write_text(_rows(["claim"] * 5))
    (folder / "x1.txt").write_text(TEXT.replace("Monday", "Tuesday"), encoding="utf-8")
    with pytest.raises(SystemExit, match="sha256 differs"):
        sample.score()


@pytest.mark.parametrize("bad", ["x1\t0\t0\t21\tfact\t-\t-\t-\t-", "x1\t0\t0\t21\tclaim\t-\t-\t-",
                                 "x1\t0\t0\t21\tclaim\tmaybe\t-\t-\t-", "x1\t0\t0\t21\tclaim\t-\t-\t-\tsaid"])
def test_a_malformed_label_row_is_refused(tmp_path, bad):
    path = tmp_path / "labels-a.tsv"
    path.write_text(HEADER + "\n" + bad + "\n")
    with pytest.raises(SystemExit, match="bad row"):
        sample.read_labels(path)


def test_kappa_is_one_for_full_agreement_and_zero_at_chance():
    assert sample._kappa([("claim", "claim"), ("opinion", "opinion")]) == 1.0
    assert sample._kappa([("claim", "claim"), ("claim", "opinion"), ("opinion", "claim"),
                          ("opinion", "opinion")]) == 0.0
