"""The lessons: each runs top to bottom in a fresh kernel, offline, and keeps the house rules.

Run only these: ``.venv/bin/python -m pytest -m notebooks -s tests/test_notebooks.py`` (``-s``
prints each lesson's readability figures).

Every lesson runs in its own fresh kernel, with the current folder a temporary COPY of lessons/
and MEDIALIT_PROGRESS_DIR a temporary folder, so no progress file lands in the repository. A
first cell, added in memory only, blocks every network connection that is not to this machine.
The static checks (outputs stripped, kernelspec, names, quiz files, readability, the answer
key file) need no kernel and are not marked ``notebooks``.
"""

from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LESSONS_DIR = ROOT / "lessons"
LESSONS = sorted(LESSONS_DIR.glob("*.ipynb"))
IDS = [p.stem for p in LESSONS]
NAME = re.compile(r"^\d\d-[a-z0-9]+(?:-[a-z0-9]+)*\.ipynb$")
STANDARD = re.compile(r"\bRI\.(?:8|9-10|11-12)\.\d+\b")
SHOW = re.compile(r"quiz\.show\(\s*[\"']([^\"']+)[\"']\s*,\s*[\"']([^\"']+)[\"']\s*\)")
MAX_GRADE = 9.5  # Flesch-Kincaid bound on each lesson's combined student prose (aim: about 8)

OFFLINE = '''
import socket as _s
_connect = _s.socket.connect
def _local_only(self, address, *a, **k):
    host = address[0] if isinstance(address, tuple) else ""
    if isinstance(address, tuple) and host not in ("127.0.0.1", "::1", "localhost"):
        raise OSError("The lessons must run offline: blocked a connection to %r" % (host,))
    return _connect(self, address, *a, **k)
_s.socket.connect = _local_only
del _s
'''


def load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def cells(path: Path, kind: str) -> list[str]:
    return [c["source"] if isinstance(c["source"], str) else "".join(c["source"])
            for c in load(path)["cells"] if c["cell_type"] == kind]


def student_prose(markdown: str) -> str:
    """The words a student reads in a markdown cell: no code, markup, tables or standard codes."""
    text = re.sub(r"```.*?```", " ", markdown, flags=re.S)
    text = re.sub(r"`[^`]*`", " ", text)
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"\((?:\s*RI\.[\w.-]+,?)+\s*\)", " ", text)  # "(RI.8.6, RI.9-10.6)"
    text = STANDARD.sub(" ", text)
    lines = []
    for line in text.splitlines():
        if line.lstrip().startswith("|"):
            continue
        line = re.sub(r"^\s*(#+|[-*]|\d+\.)\s+", "", line)
        line = line.replace("**", "").replace("__", "")
        line = line.strip()
        if line and not re.search(r"[.!?:\"”)]$", line):
            line += "."  # headings and list items end a sentence
        lines.append(line)
    return "\n".join(lines)


def lesson_readability(path: Path) -> dict:
    """Flesch-Kincaid grade and Flesch reading ease of a lesson's combined markdown prose."""
    from toolkit.readability import measure_text

    prose = "\n\n".join(student_prose(m) for m in cells(path, "markdown"))
    m = measure_text(prose)
    return {"fk": m["flesch_kincaid_grade"].value, "ease": m["flesch_reading_ease"].value,
            "words": int(m["words"].value), "sentences": int(m["sentences"].value)}


# -- static checks ------------------------------------------------------------------------------

def test_there_are_six_lessons_named_in_reading_order():
    assert len(LESSONS) == 6, [p.name for p in LESSONS]
    for p in LESSONS:
        assert NAME.match(p.name), f"{p.name}: name it NN-short-title.ipynb"
    assert not list(LESSONS_DIR.rglob("Untitled*")), "an Untitled file is in lessons/"
    assert not (LESSONS_DIR / "progress").exists(), "a progress folder is inside lessons/"


@pytest.mark.parametrize("path", LESSONS, ids=IDS)
def test_outputs_stripped_and_kernelspec_set(path):
    nb = load(path)
    spec = nb["metadata"].get("kernelspec", {})
    assert spec.get("name") == "python3" and spec.get("display_name") == "Python 3 (ipykernel)"
    for cell in nb["cells"]:
        assert cell["cell_type"] in ("markdown", "code")
        if cell["cell_type"] == "code":
            assert cell["outputs"] == [] and cell["execution_count"] is None, cell["source"][:60]
        hidden = cell.get("metadata", {}).get("jupyter", {})
        assert not hidden, f"{path.name}: a hidden cell ({hidden}); students see every cell"
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import nbclean
    finally:
        sys.path.pop(0)
    assert not nbclean.needs_cleaning(path), f"run: python scripts/nbclean.py ({path.name})"


@pytest.mark.parametrize("path", LESSONS, ids=IDS)
def test_lesson_shape(path):
    md, code = cells(path, "markdown"), cells(path, "code")
    first = md[0]
    assert first.startswith("# Lesson "), "the first cell is the title"
    for part in ("What you will learn", "**Time:**", "Words to know"):
        assert part in first, f"{path.name}: the first cell lacks {part!r}"
    # s7 walkthrough #9: the standards codes are for teachers (teacher-guide.md lists them for
    # each objective: test_teacher_guide_gives_each_objective_its_codes), not in the student view
    assert not [m for m in md if STANDARD.search(m)], f"{path.name}: a Common Core code shown"
    assert load(path)["cells"][0]["cell_type"] == "markdown"
    setup = code[0]
    block = _setup_block()
    assert setup.startswith(block + "\n\n"), (
        f"{path.name}: the first code cell starts with the generated set-up "
        f"(run python scripts/make_setup_cells.py)")
    imports = setup[len(block) + 2:]
    assert imports.lstrip().startswith(("from toolkit", "import toolkit")), "then the imports"
    code = [imports] + code[1:]  # the generated set-up is checked by its own tests
    everything = "\n".join(code)
    assert "pip install" not in everything and "!pip" not in everything and "%pip" not in everything
    assert "http://" not in everything and "https://" not in everything
    assert "## Recap" in "\n".join(md) and "## Exit ticket" in "\n".join(md)
    for src in code:
        body = re.sub(r'"""(.*?)"""', '""', src, flags=re.S)  # lesson 6's paste-your-text string
        assert len(body.strip().splitlines()) <= 4, f"{path.name}: code cell too long:\n{src}"
    nb_cells = load(path)["cells"]
    for i, cell in enumerate(nb_cells):
        if cell["cell_type"] == "code" and i + 1 < len(nb_cells):
            nxt = nb_cells[i + 1]
            is_quiz = "quiz.show" in cell["source"]
            assert nxt["cell_type"] == "markdown" or is_quiz, (
                f"{path.name}: follow the code cell with a sentence about its output:\n"
                f"{cell['source']}")


FIRST_SENTENCE = re.compile(r"^(.*?[.!?:])(?:\s|$)", re.S)


@pytest.mark.parametrize("path", LESSONS, ids=IDS)
def test_text_about_the_output_above_sits_right_under_it(path):
    # s4 walkthrough: "The feedback shows why. ..." was left after a key table when the tables
    # moved below the quizzes (lessons 1, 2 and 3), so it talked about feedback nobody had just
    # seen. A cell that opens by talking about the feedback must come right after a quiz; one that
    # opens with what is "above" or "these" lines must come right after the code that shows them.
    nb_cells = load(path)["cells"]
    for i, cell in enumerate(nb_cells):
        if cell["cell_type"] != "markdown" or i == 0:
            continue
        src = cell["source"] if isinstance(cell["source"], str) else "".join(cell["source"])
        m = FIRST_SENTENCE.match(src.strip())
        first = m.group(1) if m else src.strip()
        prev = nb_cells[i - 1]
        prev_src = prev["source"] if isinstance(prev["source"], str) else "".join(prev["source"])
        if re.search(r"\bfeedback\b", first, re.I):
            assert prev["cell_type"] == "code" and SHOW.search(prev_src), (
                f"{path.name}: {first!r} talks about feedback, but the cell above is not a quiz")
        if re.search(r"\babove\b|^(These|This|That)\b", first):
            assert prev["cell_type"] == "code", (
                f"{path.name}: {first!r} talks about what is above, but the cell above is text")


def _objectives(path: Path) -> list[str]:
    """The "What you will learn" items of a lesson, as students read them."""
    first = cells(path, "markdown")[0]
    part = first[first.index("**What you will learn**"):first.index("**Words to know**")]
    return [line[2:].strip() for line in part.splitlines() if line.startswith("- ")]


def test_teacher_guide_gives_each_objective_its_codes():
    """Every lesson objective, word for word, with its codes in the teacher guide; the codes of a
    lesson's objectives are the lessons the guide's standards table gives each code."""
    guide = (LESSONS_DIR / "teacher-guide.md").read_text(encoding="utf-8")
    section = guide[guide.index("### The codes each objective practices"):]
    section = section[:section.index("\n## ")]
    table = {m.group(1): {int(n) for n in m.group(2).split(", ")}
             for m in re.finditer(r"^\| (RI\.[\w.-]+) \| .+ \| ([\d, ]+) \|$", guide, re.M)}
    assert len(table) == 6, table
    used: dict[str, set[int]] = {}
    for n, path in enumerate(sorted(LESSONS_DIR.glob("0*.ipynb")), start=1):
        title = cells(path, "markdown")[0].splitlines()[0].lstrip("# ").strip()
        block = section[section.index(f"**{title}**"):].split("\n\n")[1]
        items = [line[2:] for line in block.splitlines() if line.startswith("- ")]
        objectives = _objectives(path)
        assert len(objectives) >= 3 and len(items) == len(objectives), (path.name, items)
        for objective, item in zip(objectives, items):
            m = re.fullmatch(r"(.+) \((no code|(?:RI\.[\w.-]+(?:, )?)+)\)", item)
            assert m and m.group(1) == objective, (path.name, item, objective)
            for code in (m.group(2).split(", ") if m.group(2) != "no code" else []):
                assert STANDARD.fullmatch(code), code
                used.setdefault(code, set()).add(n)
    assert used == table


def test_every_kind_of_clue_word_students_see_is_explained_in_a_lesson():
    # s5 walkthrough #21: the reasons under each labeled article call words "leaning word" and
    # "writer's stance word", which no lesson explained (only "loaded word"). Every clue name
    # that calls something a kind of word is set in bold where a lesson explains it.
    from toolkit.evidence import EVIDENCE_KINDS

    prose = " ".join(" ".join(cells(p, "markdown")) for p in LESSONS).lower()
    names = {k.name.replace("writer's ", "") for k in EVIDENCE_KINDS.values()
             if k.shown and k.name.endswith(" word")}
    assert "leaning word" in names
    for name in names:
        assert f"**{name}" in prose, f"no lesson explains what a {name!r} is"


@pytest.mark.parametrize("path", LESSONS, ids=IDS)
def test_quiz_file_validates_and_matches_the_lesson(path):
    from toolkit import quiz

    q = quiz.load_quiz(path.stem)  # found from the package by name
    assert Path(q.path).parent == ROOT / "toolkit" / "data" / "quizzes"
    shown = SHOW.findall("\n".join(cells(path, "code")))
    assert shown, f"{path.name} shows no quiz question"
    assert {name for name, _ in shown} == {path.stem}, "a lesson shows only its own quiz"
    ids = [qid for _, qid in shown]
    assert len(ids) == len(set(ids)), "a question is shown twice"
    assert set(ids) == {x.id for x in q}, "every question of the quiz file is shown, and only those"
    first = q.get(ids[0])
    assert first.type == "choice", "the first question shown is multiple choice (browser suite)"
    assert q.get(ids[-1]).type == "reflection", "the last question is the exit ticket"
    assert f'quiz.progress_summary("{path.stem}")' in "\n".join(cells(path, "code"))


def _setup_block() -> str:
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import make_setup_cells
    finally:
        sys.path.pop(0)
    return make_setup_cells.setup_block(make_setup_cells.config())


def test_setup_cells_and_colab_links_are_up_to_date():
    out = subprocess.run([sys.executable, str(ROOT / "scripts" / "make_setup_cells.py"), "--check"],
                         capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 0, out.stdout + out.stderr


def _expected(q):
    """The answer the answer key gives for a sentence question, in the widget's answer form."""
    from toolkit.quiz import grading

    if q.type == "sort":
        return [item.key.label for item in q.sentences]
    if q.type == "says_who":
        src = q.sentence.key.source
        return next((c for c in q.choices if grading.source_matches(c, q.sentence.key).correct),
                    src) if q.choices else src
    return grading.target_words(q)


@pytest.mark.parametrize("path", LESSONS, ids=IDS)
def test_quiz_answers_are_the_keys(path):
    from toolkit import load_key
    from toolkit.palette import COMPARE_STYLES
    from toolkit.quiz import grading, load_quiz

    q = load_quiz(path.stem)
    compare = _compare_key()
    for item in q:
        if item.type in ("sort", "says_who", "spot_words"):
            for s in item.sentences:
                ks = load_key(s.article).get(s.n)
                assert s.key == ks
            result = grading.grade(item, _expected(item))
            assert result.correct, f"{item.id}: the key's own answer is not graded right"
            if item.type == "sort":
                for s in item.sentences:
                    wrong = [lab for lab in item.labels if lab not in s.key.accepted]
                    assert wrong, f"{item.id}: every label is accepted for sentence {s.n}"
        m = re.match(r"^kind-rewrite-(\d+)$", item.id)
        if m:  # "what did the rewrite do to this sentence?" against compare-seeds.yaml
            entry = compare["sentences"][int(m.group(1))]
            right = [o.text for o in item.options if o.correct]
            assert right == [COMPARE_STYLES[entry["kind"]].name], (item.id, right, entry["kind"])
        if item.id == "voices-vanished":
            right = {o.text for o in item.options if o.correct}
            assert right == set(compare["vanished"]), right


def _compare_key() -> dict:
    import yaml

    data = yaml.safe_load((ROOT / "toolkit" / "data" / "keys" / "compare-seeds.yaml")
                          .read_text(encoding="utf-8"))
    return {"sentences": {s["n"]: s for s in data["sentences"]},
            "vanished": data["voices"]["vanished"]}


@pytest.mark.parametrize("path", LESSONS, ids=IDS)
def test_prose_is_about_grade_eight(path):
    figures = lesson_readability(path)
    print(f"\n{path.stem}: Flesch-Kincaid {figures['fk']}, Flesch ease {figures['ease']} "
          f"({figures['words']} words, {figures['sentences']} sentences)")
    assert figures["fk"] is not None and figures["fk"] <= MAX_GRADE, figures


def test_answer_key_file_is_up_to_date():
    out = subprocess.run([sys.executable, str(ROOT / "scripts" / "make_answer_key.py"), "--check"],
                         capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 0, out.stdout + out.stderr


# -- running every lesson -------------------------------------------------------------------------

@pytest.mark.notebooks
@pytest.mark.parametrize("path", LESSONS, ids=IDS)
def test_lesson_runs_top_to_bottom_offline(path, tmp_path, monkeypatch):
    import nbformat
    from nbclient import NotebookClient

    copy = tmp_path / "lessons"
    shutil.copytree(LESSONS_DIR, copy, ignore=shutil.ignore_patterns("progress", ".ipynb_*"))
    progress = tmp_path / "progress"
    monkeypatch.setenv("MEDIALIT_PROGRESS_DIR", str(progress))
    monkeypatch.setenv("MPLBACKEND", "module://matplotlib_inline.backend_inline")
    nb = nbformat.read(copy / path.name, as_version=4)
    nb.cells.insert(0, nbformat.v4.new_code_cell(OFFLINE))
    client = NotebookClient(nb, timeout=120, kernel_name="python3",
                            resources={"metadata": {"path": str(copy)}})
    client.execute()
    for cell in nb.cells[1:]:
        for out in cell.get("outputs", []):
            assert out.get("output_type") != "error", f"{path.name}: {out.get('ename')}"
            if out.get("output_type") == "stream" and out.get("name") == "stderr":
                assert "Traceback" not in out.get("text", ""), out["text"]
    shown = [c for c in nb.cells if "quiz.show" in c.source]
    assert all(c.outputs for c in shown), f"{path.name}: a quiz cell showed nothing"
    # What the student sees (markdown, outputs, alt text, widgets) names no formula or library
    # and carries no note written for teachers (issue 15).
    from studentview import notebook_texts, teacher_only

    seen = notebook_texts(nb)
    assert sum(where.startswith("widget") for where, _ in seen) > 10, "no widget state kept"
    leaks = [(where, bit) for where, text in seen for bit in teacher_only(text)]
    assert not leaks, f"{path.name}: teacher-only text in the student's view: {leaks[:5]}"
    # ... and its generated sentences agree in number and a/an, in American spelling (issue 15)
    from studentview import british_spellings, grammar_slips

    plain = [(where, html.unescape(re.sub(r"<style>.*?</style>|<[^>]+>", " ", text, flags=re.S)))
             for where, text in seen]
    slips = [(where, bit) for where, text in plain for bit in grammar_slips(text) + british_spellings(text)]
    assert not slips, f"{path.name}: grammar or spelling in the student's view: {slips[:5]}"
    leftovers = sorted(p.name for p in copy.rglob("*") if p.is_file()
                       and p.relative_to(copy).parts[0] not in {x.name for x in LESSONS_DIR.iterdir()})
    assert not leftovers, f"{path.name} wrote files into the lessons folder: {leftovers}"
    assert not (LESSONS_DIR / "progress").exists()


# -- the teacher's class-results notebook -------------------------------------------------------

TEACHER = LESSONS_DIR / "teacher" / "class-results.ipynb"


def test_teacher_notebook_is_stripped_and_short():
    nb = load(TEACHER)
    assert nb["metadata"].get("kernelspec", {}).get("name") == "python3"
    for cell in nb["cells"]:
        if cell["cell_type"] == "code":
            assert cell["outputs"] == [] and cell["execution_count"] is None
            assert len(cell["source"].strip().splitlines()) <= 4, cell["source"]
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import nbclean
    finally:
        sys.path.pop(0)
    assert not nbclean.needs_cleaning(TEACHER), "run: python scripts/nbclean.py"


@pytest.mark.notebooks
def test_class_results_notebook_runs_on_a_generated_class(tmp_path, monkeypatch):
    """28 students made from the real quiz files, with gaps (some skipped lessons 4-6, one is
    part-way through lesson 4, some skipped lesson 5) and wrong first tries."""
    import nbformat
    from nbclient import NotebookClient

    from classgen import make_class

    folder = tmp_path / "teacher"
    folder.mkdir()
    plan = make_class(folder / "class-progress")
    assert plan["stopped_after"] and plan["wrong_first"]
    monkeypatch.setenv("MPLBACKEND", "module://matplotlib_inline.backend_inline")
    nb = nbformat.read(TEACHER, as_version=4)
    nb.cells.insert(0, nbformat.v4.new_code_cell(OFFLINE))
    NotebookClient(nb, timeout=120, kernel_name="python3",
                   resources={"metadata": {"path": str(folder)}}).execute()
    html = []
    for cell in nb.cells[1:]:
        for out in cell.get("outputs", []):
            assert out.get("output_type") != "error", f"{out.get('ename')}: {out.get('evalue')}"
            html.append(out.get("data", {}).get("text/html", ""))
    page = "\n".join(html)
    assert "28 students" in page
    assert 'alt="28 students' in page and "data:image/png;base64," in page  # the chart
    assert "Most common wrong answer" in page and "have answered every question" in page
    assert "not started" in page and "exit-ticket" in page
    assert "&lt;b&gt;Loaded&lt;/b&gt;" in page and "<b>Loaded</b>" not in page
    assert (folder / "class.csv").is_file()


@pytest.mark.parametrize("path", LESSONS, ids=IDS)
def test_text_after_the_setup_cell_says_what_it_shows(path):
    # ready() shows the notebook's one name bar, so the words under the set-up cell must not say
    # "Nothing shows up" (they did after the one-bar change; a student then scrolled looking for it).
    nb_cells = load(path)["cells"]
    first_code = next(i for i, c in enumerate(nb_cells) if c["cell_type"] == "code")
    after = nb_cells[first_code + 1]
    text = after["source"] if isinstance(after["source"], str) else "".join(after["source"])
    assert "ready(" in "".join(nb_cells[first_code]["source"])
    assert "name box" in text and "Nothing shows up" not in text, text[:200]
