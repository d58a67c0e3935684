"""Benchmark: speed, peak memory and import time of the toolkit, against textstat in the same run.

Usage:  python bench/bench.py                                  (synthetic, about a million words)
        python bench/bench.py --words 50000
        python bench/bench.py --articles bench/articles --rounds 3   (real articles, then synthetic)
        python bench/bench.py --articles bench/articles --words 0    (real articles only)

Two workloads, each job timed in its own fresh Python process, ratios from the same run:
  real articles  a folder of .txt articles (bench/fetch_articles.py extracts public ones from the
                 PolNeAR corpus into the git-ignored bench/articles/). One call per article, as a
                 teacher, a lesson or a researcher uses the toolkit; each job's process first warms
                 up on a text of its own (imports, dictionaries), then times every article.
  synthetic      one long text of sentences that never repeat (names, numbers, places and word
                 order vary), so no whole-text or sentence cache can flatter anyone. Its words come
                 from the same small word stock as the warm-up text, so the per-word tables below
                 hold them already: it measures counting and labelling, not meeting new words.
Jobs:
  reference  textstat's flesch_kincaid_grade on the body text
  labels     the toolkit's sentence labels and evidence alone (analyze(..., readability=False))
  analysis   the whole analysis, every readability measure and the paragraph figures included
What a job's process remembers: a job times all the articles in one process, one after another, as a
kernel working through a folder would. Per-word facts carry over from one article to the next: the
toolkit keeps each word's syllables and easy-word status in process-wide tables
(toolkit.readability, at most TABLE_LIMIT = 50,000 words, then emptied and filled again), and
textstat keeps Pyphen's hyphenation of each word it met and the CMU dictionary. Whole texts are not
remembered usefully: textstat caches whole texts, but no article repeats. So the real-article
figures are the steady cost per article of a warm process in which the warm-up text and the earlier
articles have filled those tables; they leave out the imports, the dictionaries and the first words
a fresh kernel meets (a student's first Analyze costs more; bench/lesson_cells.py times a lesson's
cells from a fresh process). Clearing the toolkit's tables before every article changed the
readability time of 150 PolNeAR articles (87,817 words) by less than the run-to-run noise (s8:
0.18-0.25 s kept, 0.19-0.21 s cleared, CPU, 3 interleaved rounds).
With --rounds N the jobs run N times, interleaved, and the median is reported. It also measures the
peak memory of a process that analyses one 10,000-word article, the import time, and prints the load
average.
Targets (issues 2 and 19, DECISIONS.md): labels cost no more than the reference and reach at least
200,000 words/s; the whole analysis within 2x of the reference; under 150 MB for a 10,000-word
article; `import toolkit` under 0.3 s. This script prints figures; it does not pass or fail.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

FIRST = ["Ana", "Ben", "Carla", "Dev", "Elena", "Farid", "Grace", "Hiro", "Ines", "Jonah", "Kemi",
         "Luis", "Mara", "Nadia", "Omar", "Priya", "Quinn", "Rosa", "Sami", "Tess", "Uma", "Victor",
         "Wen", "Yusuf", "Zoe"]
LAST = ["Abara", "Brooks", "Castillo", "Dunn", "Eze", "Fischer", "Gupta", "Hale", "Ito", "Jensen",
        "Kowalski", "Lindqvist", "Moreno", "Novak", "Okafor", "Park", "Quist", "Reyes", "Silva",
        "Tanaka", "Umar", "Vance", "Walsh", "Xu", "Young"]
ROLES = ["Mayor", "Police Chief", "council member", "school principal", "fire marshal",
         "county judge", "state senator", "water board chair", "library director", "union leader"]
PLACES = ["Ashby", "Brookfield", "Cedar Falls", "Dunmore", "Elk Grove", "Fairview", "Glenwood",
          "Harlow", "Ironton", "Juniper Bay", "Kingsport", "Lakemont", "Millbrook", "Northfield"]
THINGS = ["bridge", "library", "bus route", "water plant", "school budget", "park", "clinic",
          "housing plan", "road repair", "recycling program", "stadium deal", "tax measure"]
VERBS = ["said", "told reporters", "noted", "warned", "explained", "added", "wrote in an email"]
LOADED = ["disgraceful", "brilliant", "shocking", "outrageous", "heroic", "pathetic"]

TEMPLATES = [
    '"The {thing} will reopen in {n} weeks," {role} {name} {verb} on {day}.',
    "{role} {name} {verb} that the {thing} in {place} would cost {n} thousand dollars.",
    "According to {name}, a {role} in {place}, about {n} families use the {thing} each week.",
    "The {thing} in {place} first opened in {year} and served {n} people last year.",
    "Residents of {place} must stop this {loaded} {thing} plan before it costs another {n} dollars.",
    "In a {loaded} move, {name} pushed the {thing} vote to {day}, leaving {n} questions open.",
    "Do you think {place} should spend {n} thousand dollars on the {thing}?",
    "{place} officials counted {n} complaints about the {thing} between {year} and {year2}.",
    "The {thing} vote passed {n} to {m} after {name} spoke for the {role}s of {place}.",
    "Please share this story about the {thing} in {place} with {n} friends today.",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def build_text(words: int, seed: int = 7) -> str:
    """A long article of unique sentences, about ``words`` words, in paragraphs under a headline."""
    rng = random.Random(seed)
    lines = ["Town Council Weighs Costs of Repairs Across the County", ""]
    count = 0
    sentence_no = 0
    paragraph: list[str] = []
    seen: set[str] = set()
    while count < words:
        sentence_no += 1
        template = TEMPLATES[rng.randrange(len(TEMPLATES))]
        sentence = template.format(
            thing=rng.choice(THINGS), place=rng.choice(PLACES), role=rng.choice(ROLES),
            name=f"{rng.choice(FIRST)} {rng.choice(LAST)}", verb=rng.choice(VERBS),
            day=rng.choice(DAYS), n=rng.randrange(2, 100000) + sentence_no, m=rng.randrange(1, 9),
            year=rng.randrange(1900, 2020), year2=rng.randrange(2020, 2030),
            loaded=rng.choice(LOADED))
        if sentence in seen:
            continue
        seen.add(sentence)
        paragraph.append(sentence)
        count += len(sentence.split())
        if len(paragraph) >= rng.randrange(2, 6):
            lines.append(" ".join(paragraph))
            lines.append("")
            paragraph = []
    if paragraph:
        lines.append(" ".join(paragraph))
    return "\n".join(lines) + "\n"


JOBS = {
    "reference": """
        import nltk, textstat
        from toolkit.datafiles import shipped
        nltk.data.path.insert(0, str(shipped("nltk_data")))   # the same offline dictionary as the toolkit
        from toolkit.articles import article_from_text
        bodies = [article_from_text(t).body_text for t in texts]  # what the toolkit measures
        textstat.flesch_kincaid_grade(warm)
        seconds = 0.0
        for body in bodies:
            start = time.perf_counter()
            textstat.flesch_kincaid_grade(body)
            seconds += time.perf_counter() - start
    """,
    "labels": """
        from toolkit import analyze, article_from_text
        analyze(article_from_text(warm), readability=False)
        seconds = 0.0
        for text in texts:
            start = time.perf_counter()
            result = analyze(article_from_text(text), readability=False)
            seconds += time.perf_counter() - start
    """,
    "analysis": """
        from toolkit import analyze, article_from_text
        warmed = analyze(article_from_text(warm))
        warmed.readability, warmed.paragraph_readability
        seconds = 0.0
        for text in texts:
            start = time.perf_counter()
            result = analyze(article_from_text(text))
            result.readability, result.paragraph_readability  # measured on first use: include it
            seconds += time.perf_counter() - start
    """,
}

RUNNER = """
import json, resource, sys, time
sys.path.insert(0, {root!r})
texts = json.load(open({path!r}, encoding="utf-8"))
warm = {warm!r}
{job}
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({{"seconds": seconds, "peak_mb": peak}}))
"""

MEMORY_JOB = """
import json, resource, sys
sys.path.insert(0, {root!r})
text = open({path!r}, encoding="utf-8").read()
from toolkit import analyze, article_from_text
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
a = analyze(article_from_text(text))
a.readability, a.paragraph_readability, a.to_json()
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({{"peak_mb": peak, "after_import_mb": before}}))
"""


def run_job(name: str, path: Path, warm: str) -> dict:
    """Run one job in a fresh Python process and return its seconds and peak memory (MB)."""
    code = RUNNER.format(root=str(ROOT), path=str(path), warm=warm, job=textwrap.dedent(JOBS[name]))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    if out.returncode:
        raise SystemExit(f"The {name} job failed:\n{out.stderr[-2000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def run_workload(texts: list[str], rounds: int, warm: str) -> dict:
    """Every job on these texts, ``rounds`` times interleaved; the median seconds of each job."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "texts.json"
        path.write_text(json.dumps(texts), encoding="utf-8")
        runs: dict[str, list[dict]] = {name: [] for name in JOBS}
        for _ in range(rounds):
            for name in JOBS:
                runs[name].append(run_job(name, path, warm))
    return {name: {"seconds": statistics.median(r["seconds"] for r in rs),
                   "all_seconds": [round(r["seconds"], 3) for r in rs],
                   "peak_mb": max(r["peak_mb"] for r in rs)} for name, rs in runs.items()}


def memory_10k(article_texts: list[str] | None) -> dict:
    """Peak memory of a fresh process analysing one 10,000-word article (real paragraphs if any)."""
    if article_texts:
        paragraphs, words = [], 0
        for text in article_texts:
            for para in text.split("\n\n")[1:]:  # leave out each article's headline line
                if words >= 10_000:
                    break
                if para.strip():
                    paragraphs.append(para.strip())
                    words += len(para.split())
        text = "A Long Article Built From Real Paragraphs\n\n" + "\n\n".join(paragraphs) + "\n"
        source = "real paragraphs"
    else:
        text, source = build_text(10_000), "synthetic sentences"
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "long.txt"
        path.write_text(text, encoding="utf-8")
        out = subprocess.run([sys.executable, "-c", MEMORY_JOB.format(root=str(ROOT), path=str(path))],
                             capture_output=True, text=True, check=True)
    result = json.loads(out.stdout.strip().splitlines()[-1])
    result.update(words=len(text.split()), source=source)
    return result


def read_articles(folder: Path) -> list[str]:
    """The .txt articles of a folder, each once (same text after folding white space: kept once)."""
    paths = sorted(folder.glob("*.txt"))
    if not paths:
        raise SystemExit(f"No .txt articles in {folder}: run bench/fetch_articles.py first.")
    seen, texts = set(), []
    for p in paths:
        text = p.read_text(encoding="utf-8", errors="replace")
        key = " ".join(text.split())
        if key and key not in seen:
            seen.add(key)
            texts.append(text)
    return texts


def load() -> str:
    """The 1, 5 and 15-minute load averages (other work on the machine slows every figure)."""
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "unknown"


def print_table(title: str, results: dict, n_words: int) -> None:
    ref = results["reference"]["seconds"]
    print(title)
    print(f"{'job':<11}{'seconds':>9}{'words/s':>12}{'peak MB':>9}{'x reference':>13}   runs (s)")
    for name, r in results.items():
        print(f"{name:<11}{r['seconds']:>9.2f}{n_words / r['seconds']:>12,.0f}{r['peak_mb']:>9.0f}"
              f"{r['seconds'] / ref:>13.2f}   {r['all_seconds']}")
    print(f"Targets: labels <= 1.00x reference and >= 200,000 words/s -> "
          f"{results['labels']['seconds'] / ref:.2f}x, "
          f"{n_words / results['labels']['seconds']:,.0f} words/s; "
          f"whole analysis <= 2.00x -> {results['analysis']['seconds'] / ref:.2f}x")


def import_time(repeats: int = 5) -> float:
    """Best-of-N seconds for `import toolkit` in a fresh process."""
    code = ("import time, sys; sys.path.insert(0, %r); s = time.perf_counter(); import toolkit; "
            "print(time.perf_counter() - s)" % str(ROOT))
    times = [float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                                  check=True).stdout) for _ in range(repeats)]
    return min(times)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="Benchmark the toolkit against textstat.")
    parser.add_argument("--articles", type=Path, help="a folder of .txt articles (real-article workload)")
    parser.add_argument("--words", type=int, default=1_000_000,
                        help="size of the synthetic text (default 1,000,000; 0 leaves it out)")
    parser.add_argument("--rounds", type=int, default=1, help="run every job N times, report the median")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON too")
    args = parser.parse_args(argv)
    figures: dict = {"load_before": load()}
    print(f"Load average (1, 5, 15 min) before: {figures['load_before']} on {os.cpu_count()} cores")
    warm = build_text(600, seed=99)  # warm-up text: its sentences are not in any workload
    articles = read_articles(args.articles) if args.articles else None
    if articles:
        n_words = sum(len(t.split()) for t in articles)
        results = run_workload(articles, args.rounds, warm)
        figures["articles"] = {"articles": len(articles), "words": n_words, "results": results}
        print_table(f"Real articles: {len(articles)} from {args.articles} ({n_words:,} words), one "
                    f"call per article; each job in its own fresh process after a warm-up; "
                    f"median of {args.rounds} round(s).", results, n_words)
    if args.words:
        text = build_text(args.words)
        n_words = len(text.split())
        results = run_workload([text], args.rounds, warm)
        figures["synthetic"] = {"words": n_words, "results": results}
        print_table(f"Synthetic: one text of {n_words:,} words ({len(text) / 1e6:.1f} MB) of "
                    f"sentences that never repeat; median of {args.rounds} round(s).",
                    results, n_words)
    mem = memory_10k(articles)
    figures["memory_10k"] = mem
    print(f"Memory: one {mem['words']:,}-word article ({mem['source']}), whole analysis and JSON: "
          f"peak {mem['peak_mb']:.0f} MB ({mem['after_import_mb']:.0f} MB after import; "
          f"target under 150 MB)")
    imp = import_time()
    figures["import_seconds"] = imp
    print(f"import toolkit: {imp * 1000:.0f} ms (best of 5; target under 300 ms)")
    figures["load_after"] = load()
    print(f"Load average (1, 5, 15 min) after: {figures['load_after']}")
    if args.json:
        print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
