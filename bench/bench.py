"""Benchmark: speed, peak memory and import time of the toolkit, against textstat in the same run.

Usage:  python bench/bench.py              (about a million words)
        python bench/bench.py --words 50000

It builds a long text from sentences that never repeat (names, numbers, places and word order
vary), so no cache can flatter anyone, and times each job in its own fresh Python process:
  reference  textstat's flesch_kincaid_grade on the body text
  labels     the toolkit's sentence labels and evidence alone (analyze(..., readability=False))
  analysis   the whole analysis, every readability measure included
It prints words per second, seconds, peak memory and the ratios against the reference.
Targets (issue 2 and DECISIONS.md): labels cost no more than the reference and reach at least
200,000 words/s; the whole analysis within 2x of the reference; `import toolkit` under 0.3 s.
This script prints figures; it does not pass or fail.
"""

from __future__ import annotations

import argparse
import json
import random
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
        from toolkit.readability import data_folder
        nltk.data.path.insert(0, str(data_folder()))   # the same offline dictionary as the toolkit
        from toolkit.articles import article_from_text
        body = article_from_text(text).body_text       # the same body text the toolkit measures
        start = time.perf_counter()
        textstat.flesch_kincaid_grade(body)
        seconds = time.perf_counter() - start
    """,
    "labels": """
        from toolkit import analyze, article_from_text
        start = time.perf_counter()
        result = analyze(article_from_text(text), readability=False)
        seconds = time.perf_counter() - start
    """,
    "analysis": """
        from toolkit import analyze, article_from_text
        start = time.perf_counter()
        result = analyze(article_from_text(text))
        result.readability, result.paragraph_readability  # measured on first use: include it
        seconds = time.perf_counter() - start
    """,
}

RUNNER = """
import json, resource, sys, time
sys.path.insert(0, {root!r})
text = open({path!r}, encoding="utf-8").read()
{job}
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({{"seconds": seconds, "peak_mb": peak}}))
"""


def run_job(name: str, path: Path) -> dict:
    """Run one job in a fresh Python process and return its seconds and peak memory (MB)."""
    code = RUNNER.format(root=str(ROOT), path=str(path), job=textwrap.dedent(JOBS[name]))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def import_time(repeats: int = 5) -> float:
    """Best-of-N seconds for `import toolkit` in a fresh process."""
    code = ("import time, sys; sys.path.insert(0, %r); s = time.perf_counter(); import toolkit; "
            "print(time.perf_counter() - s)" % str(ROOT))
    times = [float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                                  check=True).stdout) for _ in range(repeats)]
    return min(times)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="Benchmark the toolkit against textstat.")
    parser.add_argument("--words", type=int, default=1_000_000, help="size of the text (default 1,000,000)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON too")
    args = parser.parse_args(argv)
    text = build_text(args.words)
    n_words = len(text.split())
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.txt"
        path.write_text(text, encoding="utf-8")
        results = {name: run_job(name, path) for name in JOBS}
    imp = import_time()
    ref = results["reference"]["seconds"]
    print(f"Benchmark on {n_words:,} words ({len(text) / 1e6:.1f} MB) of sentences that never repeat;"
          " each job in its own fresh process.")
    print(f"{'job':<11}{'seconds':>9}{'words/s':>12}{'peak MB':>9}{'x reference':>13}")
    for name, r in results.items():
        print(f"{name:<11}{r['seconds']:>9.2f}{n_words / r['seconds']:>12,.0f}{r['peak_mb']:>9.0f}"
              f"{r['seconds'] / ref:>13.2f}")
    print(f"import toolkit: {imp * 1000:.0f} ms (best of 5; target under 300 ms)")
    print(f"Targets: labels <= 1.00x reference and >= 200,000 words/s -> "
          f"{results['labels']['seconds'] / ref:.2f}x, {n_words / results['labels']['seconds']:,.0f} words/s; "
          f"whole analysis <= 2.00x -> {results['analysis']['seconds'] / ref:.2f}x")
    if args.json:
        print(json.dumps({"words": n_words, "results": results, "import_seconds": imp}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
