"""eval/guideline_sample.py: sampling, label checks and scoring, on invented text only."""

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))

import guideline_sample as gs  # noqa: E402

TEXT = ("Ana Ruiz said the bridge is safe. Lee Park voted for the new bridge. "
        "He said it opened in May. The river rose in June.")


def _span(word, text=TEXT):
    i = text.index(word)
    return [[i, i + len(word)]]


DOC = {"id": "invented-1", "text": TEXT, "attributions": [
    {"source": _span("Ana Ruiz"), "cue": [[9, 13]],
     "content": _span("the bridge is safe")},
    {"source": _span("Lee Park"), "cue": _span("voted"), "content": _span("for the new bridge")},
    {"source": _span("He"), "cue": [[TEXT.index("He said") + 3, TEXT.index("He said") + 7]],
     "content": _span("it opened in May")},
]}
SPANS = [(TEXT.index(s), TEXT.index(s) + len(s)) for s in (
    "Ana Ruiz said the bridge is safe.", "Lee Park voted for the new bridge.", "He said it opened in May.",
    "The river rose in June.")]


def test_the_invented_cue_offsets_point_at_their_words():
    assert TEXT[9:13] == "said" and SPANS[0] == (0, 33)


def test_head_units_are_corpus_evals_head_units():
    units = gs.head_units(DOC, SPANS)
    # "voted" counts in PolNeAR's mapping (not in NOT_REPORTING); the pronoun source is not scored;
    # the last sentence has no attribution
    assert [(u.sent_start, u.cue_start) for u, _ in units] == [(0, 9), (SPANS[1][0], TEXT.index("voted"))]
    assert [a.source for _, a in units] == ["Ana Ruiz", "Lee Park"]


def test_draw_is_seeded_ordered_and_a_subset():
    pop = list(range(100))
    a, b = gs.draw(pop, 10, 7), gs.draw(pop, 10, 7)
    assert a == b and len(a) == 10 and a == sorted(a) and set(a) <= set(pop)
    assert gs.draw(pop, 10, 8) != a
    assert gs.draw(pop, 100, 1) == pop
    with pytest.raises(ValueError):
        gs.draw(pop, 101, 1)


def test_wilson_interval():
    lo, hi = gs.wilson(5, 10)
    assert round(lo, 4) == 0.2366 and round(hi, 4) == 0.7634
    lo, hi = gs.wilson(0, 10)
    assert lo == 0.0 and 0.27 < hi < 0.28
    lo, hi = gs.wilson(10, 10)
    assert hi == pytest.approx(1.0) and 0.72 < lo < 0.73
    assert gs.wilson(0, 0) == (0.0, 1.0)


HEADER = "# invented\n" + "\t".join(gs.COLUMNS) + "\n"


def test_read_labels_checks_rows(tmp_path):
    p = tmp_path / "labels.tsv"
    p.write_text(HEADER + "1\tinvented-1\t0\t33\t9\t13\tyes\tspeech\n2\tinvented-1\t34\t67\t43\t48\tno\taction\n",
                 encoding="utf-8")
    rows = gs.read_labels(p)
    assert [(r["counts"], r["reason"], r["sent_start"]) for r in rows] == [("yes", "speech", 0), ("no", "action", 34)]
    for bad in ("1\tx\t0\t33\t9\t13\tyes\taction\n", "1\tx\t0\t33\t9\t13\tno\tbelief\n",
                "1\tx\t0\t33\t9\t13\tmaybe\tspeech\n", "1\tx\t0\t33\t9\t13\tyes\tshout\n"):
        p.write_text(HEADER + bad, encoding="utf-8")
        with pytest.raises(ValueError):
            gs.read_labels(p)
    p.write_text("n\tdoc\n", encoding="utf-8")
    with pytest.raises(ValueError):
        gs.read_labels(p)


def _row(n, counts, reason):
    return {"n": str(n), "doc": "d", "sent_start": n, "sent_end": n + 1, "cue_start": n, "cue_end": n + 1,
            "counts": counts, "reason": reason}


def test_tally_splits_yes_no_and_all():
    rows = [_row(1, "yes", "speech"), _row(2, "yes", "writing"), _row(3, "yes", "belief"),
            _row(4, "no", "action"), _row(5, "no", "stance")]
    outcome = {gs.row_key(rows[0]): (True, True), gs.row_key(rows[1]): (True, False),
               gs.row_key(rows[3]): (False, False), gs.row_key(rows[4]): (True, True)}
    res = gs.tally(rows, outcome)  # row 3 is missing: the toolkit split it elsewhere
    assert (res["yes"]["n"], res["yes"]["right"], res["yes"]["attributed"], res["yes"]["unmatched"]) == (3, 1, 2, 1)
    assert (res["no"]["n"], res["no"]["right"], res["no"]["attributed"]) == (2, 1, 1)
    assert (res["all"]["n"], res["all"]["right"], res["all"]["attributed"]) == (5, 2, 3)


def test_tally_never_counts_a_head_right_on_an_unmarked_sentence():
    rows = [_row(1, "yes", "speech")]
    assert gs.tally(rows, {gs.row_key(rows[0]): (False, True)})["yes"]["right"] == 0


def test_predictions_use_corpus_evals_head_match():
    doc = {"id": "invented-2", "text": "Bus Fares Fall\n\nThe mayor, Ana Ruiz, said on Monday that fares will fall.",
           "attributions": []}
    t = doc["text"]
    doc["attributions"] = [{"source": _span("The mayor, Ana Ruiz", t), "cue": _span("said", t),
                            "content": _span("that fares will fall", t)}]
    keys = {u.key for u, _ in gs.head_units(doc, [(t.index("The mayor"), len(t))])}
    assert len(keys) == 1
    assert gs.predictions({"invented-2": doc}, keys) == {next(iter(keys)): (True, True)}


def test_the_sample_is_drawn_from_dev_only():
    assert gs.SPLIT == "dev"


def test_predictions_collect_the_wrong_speakers():
    doc = {"id": "invented-3", "text": "Bus Fares Fall\n\nThe river rose, and the city's budget office noted it.",
           "attributions": []}
    t = doc["text"]
    doc["attributions"] = [{"source": _span("Ana Ruiz", "Ana Ruiz"), "cue": _span("noted", t),
                            "content": _span("it", t)}]
    # a source span that is not in the sentence at all: no toolkit speaker can name its head
    doc["attributions"][0]["source"] = _span("river", t)
    keys = {u.key for u, _ in gs.head_units(doc, [(t.index("The river"), len(t))])}
    misses = []
    got = gs.predictions({"invented-3": doc}, keys, misses)
    assert [v[1] for v in got.values()] == [False]
    assert [m[0] for m in misses] == list(got)
