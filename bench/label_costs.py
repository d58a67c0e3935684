"""Where the labels job spends its time: CPU seconds per rule, in one process, against textstat.

Usage:  python bench/label_costs.py --articles /work/data/i19-polnear [--limit 300]

The labels job is ``analyze(article_from_text(text), readability=False)`` once per article (as in
bench/bench.py). Each rule that ``label_sentences`` calls is wrapped with a CPU-time counter
(``time.process_time``), and textstat's Flesch-Kincaid runs on the same bodies in the same
process as the reference. A rule's time includes the rules it calls (find_attribution includes
_speaker_before). The wrappers add about a quarter of a microsecond a call; the table prints the
calls, so their share can be judged. It prints; it does not pass or fail.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# (module, name): the rules as label_sentences and analyze call them
WRAPPED = [("labels", n) for n in (
    "split_sentences", "quote_spans", "count_words", "word_set", "find_call_to_action",
    "find_attribution", "introduction_source", "transcript_speaker", "speaker_label",
    "find_opinion", "opinion_score", "_make_reason", "remember_mentions", "_carry_quotes",
    "_credit_paragraph")] + [("attribution", "_speaker_before"), ("analysis", "label_sentences"),
                             ("analysis", "compute_density")]


def read_articles(folder: Path, limit: int | None) -> list[str]:
    paths = sorted(folder.glob("*.txt"))
    if not paths:
        raise SystemExit(f"No .txt articles in {folder}: run bench/fetch_articles.py first.")
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in paths]
    return texts[:limit] if limit else texts


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=Path, required=True)
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    args = parser.parse_args(argv)
    import importlib

    import nltk
    import textstat

    from toolkit import analyze, article_from_text
    from toolkit.datafiles import shipped

    nltk.data.path.insert(0, str(shipped("nltk_data")))
    texts = read_articles(args.articles, args.limit)
    clock = time.process_time
    totals: dict[str, list] = {}

    def wrap(module, name: str) -> None:
        inner = getattr(module, name)
        cell = totals.setdefault(name, [0.0, 0])

        def timed(*a, **k):
            start = clock()
            try:
                return inner(*a, **k)
            finally:
                cell[0] += clock() - start
                cell[1] += 1
        setattr(module, name, timed)

    warm = "Fares Fall\n\n\"Fares will fall,\" Mayor Ana Ruiz said. The plan is brilliant. Call now!"
    analyze(article_from_text(warm), readability=False)
    textstat.flesch_kincaid_grade(article_from_text(warm).body_text)
    for mod, name in WRAPPED:
        wrap(importlib.import_module(f"toolkit.{mod}"), name)
    bodies = [article_from_text(t).body_text for t in texts]
    start = clock()
    for body in bodies:
        textstat.flesch_kincaid_grade(body)
    reference = clock() - start
    making = 0.0
    start = clock()
    for text in texts:
        t0 = clock()
        article = article_from_text(text)
        making += clock() - t0
        analyze(article, readability=False)
    job = clock() - start
    words = sum(len(t.split()) for t in texts)
    print(f"{len(texts)} articles, {words:,} words; load average {os.getloadavg()[0]:.2f}")
    print(f"textstat FK (reference) {reference:6.3f} s CPU;  labels job {job:6.3f} s = "
          f"{job / reference:.2f}x FK (with the wrappers)")
    print(f"{'part':22s} {'seconds':>8s} {'% job':>6s} {'x FK':>6s} {'calls':>8s} {'us/call':>8s}")
    rows = [("article_from_text", making, len(texts))] + [(n, s, c) for n, (s, c) in totals.items()]
    for name, seconds, calls in sorted(rows, key=lambda r: -r[1]):
        print(f"{name:22s} {seconds:8.3f} {100 * seconds / job:6.1f} {seconds / reference:6.2f} "
              f"{calls:8d} {1e6 * seconds / max(calls, 1):8.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
