"""Readability works on a fresh install with no network and no NLTK data of the user's own."""

import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

BLOCK_NETWORK = textwrap.dedent("""
    import socket
    class NoNetwork(OSError):
        pass
    def refuse(*args, **kwargs):
        raise NoNetwork("network access attempted")
    socket.socket.connect = refuse
    socket.socket.connect_ex = refuse
    socket.create_connection = refuse
    socket.getaddrinfo = refuse
""")


def run_offline(code: str, tmp_path: Path) -> subprocess.CompletedProcess:
    empty = tmp_path / "empty_nltk_data"
    empty.mkdir()
    env = {"PATH": "/usr/bin:/bin", "NLTK_DATA": str(empty), "HOME": str(tmp_path),
           "PYTHONPATH": str(ROOT), "no_proxy": "*"}
    return subprocess.run([sys.executable, "-c", BLOCK_NETWORK + code], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=120)


def test_readability_needs_no_download(tmp_path):
    code = textwrap.dedent("""
        import toolkit
        from toolkit import analyze, seed_path
        a = analyze(seed_path("npr"))
        fk = a.readability["flesch_kincaid_grade"].value
        assert fk is not None and 5 < fk < 20, fk
        import nltk
        assert not any("nltk_data" in p and "toolkit" not in p and __import__("os").path.isdir(p + "/corpora/cmudict")
                       for p in nltk.data.path)
        print("ok", fk)
    """)
    result = run_offline(code, tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("ok")
    assert "network access attempted" not in result.stderr


def test_network_block_really_blocks(tmp_path):
    """The guard above must fail a test that tries the network (so the test above can fail)."""
    result = run_offline("import urllib.request; urllib.request.urlopen('http://example.com', timeout=2)",
                         tmp_path)
    assert result.returncode != 0
    assert "network access attempted" in result.stderr


def test_textstat_would_download_without_the_shipped_data(tmp_path):
    """Without the toolkit's dictionary on the path, textstat reaches for the network."""
    code = "import textstat\ntextstat.flesch_kincaid_grade('The cat sat on the mat. It was happy.')"
    result = run_offline(code, tmp_path)
    assert result.returncode != 0


def test_import_toolkit_loads_no_heavy_module(tmp_path):
    code = textwrap.dedent("""
        import sys, toolkit
        heavy = [m for m in ("matplotlib", "ipywidgets", "textstat", "nltk", "yaml") if m in sys.modules]
        assert not heavy, heavy
        print("ok")
    """)
    result = run_offline(code, tmp_path)
    assert result.returncode == 0, result.stderr


def test_a_lesson_that_does_not_compare_does_not_load_the_comparison_rules(tmp_path):
    # s11 (issue 19): toolkit.lesson imported toolkit.comparison (about 0.1 s of every set-up
    # cell); now only lesson 4, which compares, loads it, on first use of load_compare_key
    code = textwrap.dedent("""
        import sys
        from toolkit.lesson import seed_analysis, key_lines, density_chart, words_to_know
        assert "toolkit.comparison" not in sys.modules
        from toolkit.lesson import *  # every name in __all__ is still there
        from toolkit.lesson import load_compare_key, Comparison
        import toolkit.comparison
        assert load_compare_key is toolkit.comparison.load_compare_key
        assert Comparison is toolkit.comparison.Comparison
        print("ok")
    """)
    result = run_offline(code, tmp_path)
    assert result.returncode == 0, result.stderr


def test_readability_is_the_same_where_nltk_cannot_load(tmp_path):
    """In the browser site NLTK cannot import (no `regex` build): readability reads the shipped
    dictionary itself and never imports NLTK, so the figures are the same there."""
    code = textwrap.dedent("""
        import sys, json
        if sys.argv[1] == "no-regex":
            sys.modules["regex"] = None  # as in Pyodide's core: NLTK's import fails
        from toolkit import analyze, seed_path
        from toolkit.readability import measure_paragraph
        out = {}
        for name in ("npr", "rewrite"):
            a = analyze(seed_path(name))
            out[name] = {k: m.to_dict() for k, m in a.readability.items()}
            out[name + " paragraphs"] = [{k: m.to_dict() for k, m in measure_paragraph(p.text, 3).items()}
                                         for p in a.article.paragraphs[:8]]
        out["nltk"] = "nltk" in sys.modules  # readability reads the dictionary without NLTK
        print(json.dumps(out, sort_keys=True))
    """)
    results = {}
    for mode in ("normal", "no-regex"):
        result = subprocess.run([sys.executable, "-c", BLOCK_NETWORK + code, mode], cwd=tmp_path,
                                env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "PYTHONPATH": str(ROOT),
                                     "NLTK_DATA": str(tmp_path)},
                                capture_output=True, text=True, timeout=120)
        assert result.returncode == 0, result.stderr
        results[mode] = __import__("json").loads(result.stdout)
    assert results["normal"].pop("nltk") is False
    assert results["no-regex"].pop("nltk") is False
    assert results["normal"]["npr"]["flesch_kincaid_grade"]["value"] is not None
    assert results["no-regex"] == results["normal"]
