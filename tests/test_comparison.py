"""Tests for toolkit.comparison (toolkit.compare): alignment, kinds, flags, dropped sentences, voices, HTML, JSON, CLI."""

from __future__ import annotations

import json

import pytest

from toolkit.cli import main
from toolkit.comparison import Comparison, compare
from toolkit.errors import ToolkitError
from toolkit.keys import normalize, read_yaml
from toolkit.palette import COMPARE_KINDS, COMPARE_STYLES

from seedpaths import NPR, REWRITE, ROOT
PAIRS = ROOT / "eval" / "data" / "pairs"
BRIDGE = (PAIRS / "bridge-original.txt", PAIRS / "bridge-rewrite.txt")
UNRELATED = (PAIRS / "unrelated-original.txt", PAIRS / "unrelated-rewrite.txt")


@pytest.fixture(scope="module")
def seeds() -> Comparison:
    return compare(NPR, REWRITE)


@pytest.fixture(scope="module")
def bridge() -> Comparison:
    return compare(*BRIDGE)


@pytest.fixture(scope="module")
def unrelated() -> Comparison:
    return compare(*UNRELATED)


def _pair(c: Comparison, start: str):
    found = [p for p in c.pairs if normalize(p.rewrite.text).startswith(start)]
    assert len(found) == 1, f"no single rewrite sentence starts with {start!r}"
    return found[0]


# --- small made-up pairs: (original, rewrite, expected kinds) ---------------------------------

@pytest.mark.parametrize("original, rewrite, kinds", [
    ("The pool opens on June 3.", "The pool opens on June 3.", ["kept"]),
    ('"The pool opens on June 3," Mayor Ana Ruiz said.', "The pool opens on June 3.",
     ["attribution_dropped"]),
    ("The repairs will cost $2 million, Manager Lee Park said.",
     "The repairs will cost $9 million, Manager Lee Park said.", ["changed"]),
    ("The pool opens on June 3.", "The pool opens on June 3. Go swim today!", ["kept", "added"]),
    # issue 14: kept is only cuts, spelling, punctuation and a small repair; one substituted
    # word (said -> announced) makes it reworded
    ("The library will close for repairs in the spring, the city said.",
     "The library will close for repairs in the spring, the city announced.", ["reworded"]),
    ("The library will close for repairs in the spring, the city said.",
     "The library will close in the spring, the city said.", ["kept"]),
    ("Volunteers planted forty oak trees along the river path on Sunday morning.",
     "On Sunday morning, forty oak trees were planted by volunteers along the river path.",
     ["reworded"]),
])
def test_small_pairs(original, rewrite, kinds):
    assert [p.kind for p in compare(original, rewrite).pairs] == kinds


@pytest.mark.parametrize("original, rewrite, flag_text", [
    ("The repairs will cost $2 million, Manager Lee Park said.",
     "The repairs will cost $9 million, Manager Lee Park said.", "$9 million"),
    ("The school has 40 teachers and 600 students in the town.",
     "The school has 40 teachers and 900 students in the town.", "900"),
])
def test_changed_flag_has_span(original, rewrite, flag_text):
    c = compare(original, rewrite)
    flag = [f for f in c.pairs[0].flags if f["kind"] == "changed"][0]
    text = c.rewrite_analysis.article.text
    assert flag["text"] == flag_text == text[flag["start"]:flag["end"]]
    assert flag["note"]


# --- the seeds, bridge and unrelated pairs --------------------------------------------------

@pytest.mark.parametrize("start, kind, originals", [
    ("Jeff Sessions is scheduled to meet", "attribution_dropped", [7]),
    ("The Trump administration has made tackling", "attribution_dropped", [16]),
    ("Almost two dozen gang members", "attribution_dropped", [20]),
    # issue 14: the rewrite gives the gang another birthplace than the original's "originated in"
    ("Sessions is traveling to El Salvador", "changed", [2]),
    ("This is how MS-13 was able to grow", "reworded", [28]),
    ("Do You Support?", "added", []),
    ("Do you support Jeff Sessions efforts", "added", []),
    ("Please share the story", "added", []),
    ("Instead, Sessions must create", "added", []),
])
def test_seeds(seeds, start, kind, originals):
    p = _pair(seeds, start)
    assert p.kind == kind
    assert [o.index + 1 for o in p.original] == originals
    assert p.reason and p.reason.endswith((".", "!"))


def test_seeds_voices_and_dropped(seeds):
    vanished = seeds.voices["vanished"]
    assert "The Associated Press" in vanished and "Hector Silva Avalos" in vanished
    assert seeds.voices["rewrite"] == ["NPR"]
    sources = {d["source"] for d in seeds.dropped}
    assert "Hector Silva Avalos" in sources
    # every dropped sentence is an original sentence no pair uses
    used = {o.index for p in seeds.pairs for o in p.original}
    assert all(d["sentence"].index not in used for d in seeds.dropped)
    counts = seeds.flow_counts()
    assert sum(counts[k] for k in COMPARE_KINDS if k != "dropped") == len(seeds.pairs) == 21
    assert counts["dropped"] == len(seeds.dropped)


@pytest.mark.parametrize("start, kind, originals", [
    ("The Ashby Town Council voted", "kept", [2]),
    ("The 1958 bridge is rusting", "attribution_dropped", [4]),
    ("The repairs will cost $5 million", "changed", [6]),
    ("Whitfield bravely stood up", "reworded", [9]),
    ("Detours will add about four miles", "attribution_dropped", [10]),
    ("That is a disgrace.", "added", []),
    ("Call your council member", "added", []),
])
def test_bridge(bridge, start, kind, originals):
    p = _pair(bridge, start)
    assert p.kind == kind
    assert [o.index + 1 for o in p.original][:len(originals)] == originals


def test_bridge_changed_flag(bridge):
    p = _pair(bridge, "The repairs will cost $5 million")
    changed = [f for f in p.flags if f["kind"] == "changed"]
    assert [f["text"] for f in changed] == ["$5 million", "cost"]  # the amount, and the hedge gone
    assert [f["original"]["text"] for f in changed] == ["$3.4 million", "expected to"]


def test_unrelated_aligns_nothing(unrelated):
    assert {p.kind for p in unrelated.pairs} == {"added"}
    assert len(unrelated.dropped) == len(unrelated.original_analysis.sentences)
    assert unrelated.voices["rewrite"] and not set(unrelated.voices["rewrite"]) & set(
        unrelated.voices["original"])


# --- edge cases -----------------------------------------------------------------------------

def test_identical_articles():
    c = compare(NPR, NPR)
    assert {p.kind for p in c.pairs} == {"kept"}
    assert c.dropped == [] and c.voices["vanished"] == []
    assert all(p.similarity == 1.0 for p in c.pairs)


def test_headline_only_rewrite():
    c = compare(NPR, "Sessions Heads To El Salvador")
    assert len(c.pairs) == 1 and c.pairs[0].rewrite.headline
    assert c.flow_counts()["dropped"] >= 29


@pytest.mark.parametrize("original, rewrite", [
    ("", "Some text here."),
    ("Some text here.", "   "),
    ("Some text here.", "seeds/no-such-file.txt"),
])
def test_bad_input_raises_core_errors(original, rewrite):
    with pytest.raises(ToolkitError):
        compare(original, rewrite)


# --- output: JSON, HTML, text ---------------------------------------------------------------

def test_json_shape(seeds):
    data = json.loads(seeds.to_json())
    assert set(data) == {"pairs", "dropped", "voices"}
    pair = data["pairs"][0]
    assert set(pair) == {"rewrite", "original", "kind", "similarity", "reason", "flags"}
    assert {"index", "text", "start", "end", "label", "source"} <= set(pair["rewrite"])
    assert all(0.0 <= p["similarity"] <= 1.0 for p in data["pairs"])
    for p in data["pairs"]:
        for f in p["flags"]:
            assert set(f) - {"original"} == {"kind", "start", "end", "text", "note"}
            if f["kind"] == "changed":  # a change names both spans (issue 14)
                o = f["original"]
                assert set(o) == {"sentence", "start", "end", "text"}
                assert seeds.original_analysis.article.text[o["start"]:o["end"]] == o["text"]
    assert set(data["dropped"][0]) == {"sentence", "source"}
    assert set(data["voices"]) == {"original", "rewrite", "vanished"}


def test_html_escapes_text():
    original = 'The <script>alert("x")</script> club meets on Monday, Coach Ann Lee said.'
    rewrite = 'The <script>alert("x")</script> club meets on Monday. <b>Join</b> now!'
    c = compare(original, rewrite)
    for html in (c.to_html(), c.voices_html(), c._repr_html_()):
        assert "<script>alert" not in html and "<b>Join" not in html
    assert "&lt;script&gt;" in c.to_html()


def test_html_has_markers_and_names(seeds):
    html = seeds.to_html()
    for kind in ("attribution_dropped", "added", "reworded", "dropped"):
        st = COMPARE_STYLES[kind]
        assert st.marker in html and st.name in html and st.colour in html
    assert 'id="ml-o7"' in html and 'id="ml-r5"' in html and "&larr; O7" in html
    # No links: each row already shows its originals, and a link per row cost a keyboard user
    # one Tab stop per row on the way to the next question (issue 15).
    assert "<a " not in html
    assert html.count('id="ml-o16"') == 1  # two rewrite sentences use O16: one anchor
    assert "The Associated Press" in seeds.voices_html()


def test_text_report(seeds):
    text = seeds.to_text()
    assert "[-S] Source dropped" in text and "Vanished:" in text


# --- command line ---------------------------------------------------------------------------

@pytest.mark.parametrize("fmt, needle", [
    ("json", '"pairs"'), ("html", "<!DOCTYPE html>"), ("text", "Source dropped"),
])
def test_cli_formats(capsys, fmt, needle):
    assert main(["compare", str(NPR), str(REWRITE), "--format", fmt]) == 0
    assert needle in capsys.readouterr().out


def test_cli_output_file(tmp_path, capsys):
    out = tmp_path / "c.json"
    assert main(["compare", *map(str, BRIDGE), "--format", "json", "-o", str(out)]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["pairs"]


@pytest.mark.parametrize("argv", [
    ["compare", "no-such-file.txt", str(REWRITE)],
    ["compare", str(NPR), "nowhere/missing.txt"],
])
def test_cli_bad_input(capsys, argv):
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.startswith("Error: No file named") and "Traceback" not in err


def test_cli_empty_file(tmp_path, capsys):
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    assert main(["compare", str(NPR), str(empty)]) == 2
    assert "Error:" in capsys.readouterr().err


def test_keys_match_sentences():
    """Every sentence of the compare keys is found as one rewrite sentence (the split agrees)."""
    for key_file, (orig, rew) in [
            (ROOT / "toolkit" / "data" / "keys" / "compare-seeds.yaml", (NPR, REWRITE)),
            (PAIRS / "bridge-compare.yaml", BRIDGE), (PAIRS / "unrelated-compare.yaml", UNRELATED)]:
        key = read_yaml(key_file)
        c = compare(orig, rew)
        ours = {normalize(p.rewrite.text.replace("\u00a0", " ")) for p in c.pairs}
        for item in key["sentences"]:
            assert normalize(item["text"].replace("\u00a0", " ")) in ours
