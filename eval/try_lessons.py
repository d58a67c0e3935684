"""Draft a lesson from every public pair we did not write, as a teacher would, and print figures.

Usage:
    python eval/try_lessons.py [--pairs eval/data/fetched] [--notebooks]

For each pair (``ID.original.txt`` + ``ID.rewrite.txt``, fetched by eval/fetch_public_pairs.py;
the texts stay out of git) it runs ``toolkit.drafting.new_lesson`` into a temporary folder, then:
accepts every drafted entry as it is (a teacher who agrees with the tool), loads the quiz (every
question must resolve against the keys), optionally executes the lesson notebook in a fresh
kernel, and, where eval/data/public/labels.yaml holds our human labels for the pair, counts how
many drafted compare entries a teacher would have to correct. It prints one line per pair and a
total; it changes nothing in the repository. Without fetched pairs it says so and exits 0.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from toolkit import analyze, drafting  # noqa: E402
from toolkit.keyreview import KeyReview  # noqa: E402
from toolkit.keys import read_yaml  # noqa: E402
from toolkit.quiz import load_quiz  # noqa: E402

LABELS = ROOT / "eval" / "data" / "public" / "labels.yaml"


def human_kinds(pair_id: str, rewrite: Path) -> dict[int, tuple[str, ...]] | None:
    """Our labels for a pair's rewrite sentences, as {toolkit sentence number: accepted kinds}."""
    if not LABELS.is_file():
        return None
    data = read_yaml(LABELS)
    pair = (data.get("pairs") or {}).get(pair_id) if isinstance(data, dict) else None
    if not pair:
        return None
    sentences = analyze(rewrite, readability=False).sentences
    out = {}
    for item in pair.get("rewrite") or []:
        start = item["span"][0]
        s = next((s for s in sentences if s.start <= start < s.end or start <= s.start < item["span"][1]), None)
        if s is not None:
            out[s.index + 1] = (item["kind"], *(item.get("also") or ()))
    return out


def run_notebook(folder: Path) -> str:
    import nbformat
    from nbclient import NotebookClient

    nb = nbformat.read(folder / "lesson.ipynb", as_version=4)
    NotebookClient(nb, timeout=180, kernel_name="python3",
                   resources={"metadata": {"path": str(folder)}}).execute()
    errors = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs
              if o.output_type == "error"]
    return "ok" if not errors else f"error: {errors[0].get('evalue', '')[:60]}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", default=str(ROOT / "eval" / "data" / "fetched"))
    parser.add_argument("--notebooks", action="store_true", help="also run each lesson notebook")
    args = parser.parse_args(argv)
    originals = sorted(Path(args.pairs).glob("*.original.txt"))
    if not originals:
        print(f"No fetched pairs in {args.pairs}: run eval/fetch_public_pairs.py first "
              "(the texts are not in git). Nothing to try.")
        return 0
    print(f"{'pair':10} {'seconds':>7} {'questions':>9} {'entries':>7} {'quiz':>5} "
          f"{'notebook':>9} {'compare kinds to fix':>21}")
    totals = {"entries": 0, "fix": 0, "judged": 0, "seconds": 0.0}
    with tempfile.TemporaryDirectory() as tmp:
        for original in originals:
            pair_id = original.name.split(".")[0]
            rewrite = original.with_name(f"{pair_id}.rewrite.txt")
            if not rewrite.is_file():
                continue
            folder = Path(tmp) / pair_id
            t0 = time.perf_counter()
            draft = drafting.new_lesson(original, rewrite, folder)
            seconds = time.perf_counter() - t0
            fix = judged = 0
            human = human_kinds(pair_id, rewrite)
            compare = read_yaml(folder / "keys" / "compare.yaml")
            if human:
                for e in compare["sentences"]:
                    if e["n"] in human:
                        judged += 1
                        fix += e["kind"] not in human[e["n"]]
            for path in sorted((folder / "keys").glob("*.yaml")):
                review = KeyReview(path)
                for i in range(len(review)):
                    review.accept(i)
            quiz = load_quiz(folder / "quiz.yaml")
            nb = run_notebook(folder) if args.notebooks else "-"
            fixes = f"{fix} of {judged}" if human else "no labels"
            print(f"{pair_id:10} {seconds:7.2f} {len(quiz.questions):9d} {draft.unchecked:7d} "
                  f"{'ok':>5} {nb:>9} {fixes:>21}")
            totals["entries"] += draft.unchecked
            totals["fix"] += fix
            totals["judged"] += judged
            totals["seconds"] += seconds
    print(f"total: {totals['entries']} drafted entries; compare kinds a teacher must change: "
          f"{totals['fix']} of {totals['judged']} judged; drafting took {totals['seconds']:.1f} s "
          f"in all.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
