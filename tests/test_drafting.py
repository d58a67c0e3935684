"""A teacher's own pair -> a checked lesson: drafting, the key check, the review, the quiz gate.

The pair used here (tests/fixtures/pairs/library-*.txt) was written for these tests; drafts of
public pairs we did not write are tried by eval/try_lessons.py (texts not in git).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import yaml

from toolkit import drafting
from toolkit.errors import ToolkitError
from toolkit.keyreview import KeyReview, parse_evidence, review_lesson
from toolkit.keys import check_key_file, load_key

PAIRS = Path(__file__).parent / "fixtures" / "pairs"
ORIGINAL, REWRITE = PAIRS / "library-original.txt", PAIRS / "library-rewrite.txt"


@pytest.fixture
def progress(tmp_path, monkeypatch):
    from toolkit.quiz import progress, session

    monkeypatch.setenv("MEDIALIT_PROGRESS_DIR", str(tmp_path / "progress"))
    progress.set_progress_dir(None)
    session.reset_sessions()
    yield tmp_path / "progress"
    session.reset_sessions()


@pytest.fixture
def draft(tmp_path):
    return drafting.new_lesson(ORIGINAL, REWRITE, tmp_path / "library")


def accept_all(folder: Path) -> None:
    for path in sorted((folder / "keys").glob("*.yaml")):
        review = KeyReview(path)
        for i in range(len(review)):
            review.accept(i)


def test_draft_writes_every_file_and_nothing_is_checked(draft):
    names = sorted(p.name for p in draft.folder.iterdir())
    assert names == ["answer-key.md", "keys", "lesson.ipynb", "lesson.json", "original.txt",
                     "quiz.yaml", "rewrite.txt"]
    assert ORIGINAL.read_text(encoding="utf-8") == (draft.folder / "original.txt").read_text(encoding="utf-8")
    for path in (draft.folder / "keys").glob("*.yaml"):
        assert check_key_file(path) == [], path
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert data["sentences"] and all(e["checked"] is False for e in data["sentences"])
        assert path.read_text(encoding="utf-8").startswith("# Answer key DRAFTED")
    status = drafting.lesson_status(draft.folder)
    assert status["unchecked"] == draft.unchecked > 0
    assert "to check before class" in str(draft)


def test_label_key_draft_carries_the_tools_evidence_and_reason(draft):
    from toolkit import analyze

    key = load_key(str(draft.folder / "keys" / "original.yaml"))
    result = analyze(ORIGINAL, readability=False)
    assert len(key.sentences) == len(result.sentences)
    for ks, s in zip(key.sentences, result.sentences):
        assert (ks.text, ks.label, ks.reason) == (s.text, s.label, s.reason)
        assert all(ev.text in ks.text for ev in ks.evidence)
        if s.label == "attributed":
            assert ks.source == s.source


def test_quiz_refuses_unchecked_entries_and_runs_once_checked(draft):
    from toolkit.quiz import load_quiz

    with pytest.raises(ToolkitError, match=r"key entr(y is|ies are) not checked yet \(keys/"):
        load_quiz(draft.folder / "quiz.yaml")
    accept_all(draft.folder)
    quiz = load_quiz(draft.folder / "quiz.yaml")
    assert quiz.name == "library"
    types = {q.type for q in quiz.questions}
    assert {"says_who", "sort", "spot_words", "choice", "reflection"} <= types


def test_every_expected_answer_is_the_keys(draft):
    from toolkit.quiz import load_quiz

    accept_all(draft.folder)
    quiz = load_quiz(draft.folder / "quiz.yaml")
    compare = yaml.safe_load((draft.folder / "keys" / "compare.yaml").read_text(encoding="utf-8"))
    kinds = {e["n"]: e["kind"] for e in compare["sentences"]}
    from toolkit.palette import COMPARE_STYLES

    changed = [q for q in quiz.questions if q.id.startswith("what-changed-")]
    assert changed
    for q in changed:
        n = int(q.id.rsplit("-", 1)[1])
        right = [o.text for o in q.options if o.correct]
        assert right == [COMPARE_STYLES[kinds[n]].name]
        assert all(o.feedback for o in q.options)  # every option explains itself
    for q in quiz.questions:
        for item in q.sentences:  # sentence questions read label, source and words from the key
            key = load_key(str(draft.folder / item.article))
            assert item.key == key.get(item.n)


def test_rebuild_follows_a_corrected_compare_key(draft):
    from toolkit.quiz import load_quiz

    accept_all(draft.folder)
    quiz = load_quiz(draft.folder / "quiz.yaml")
    q = next(q for q in quiz.questions if q.id.startswith("what-changed-"))
    n = int(q.id.rsplit("-", 1)[1])
    review = KeyReview(draft.folder / "keys" / "compare.yaml")
    index = next(i for i in range(len(review)) if review.entry(i)["n"] == n)
    new_kind = "added" if review.entry(index)["kind"] != "added" else "kept"
    if new_kind == "added":
        review.data["sentences"][index]["original_n"] = []
        review.data["sentences"][index]["original"] = []
    review.accept(index, kind=new_kind)
    drafting.rebuild_quiz(draft.folder)
    quiz = load_quiz(draft.folder / "quiz.yaml")
    from toolkit.palette import COMPARE_STYLES

    q2 = next(q for q in quiz.questions if q.id == f"what-changed-{n}")
    assert [o.text for o in q2.options if o.correct] == [COMPARE_STYLES[new_kind].name]


def test_one_article_and_two_outlets(tmp_path):
    from toolkit.quiz import load_quiz

    one = drafting.new_lesson(ORIGINAL, None, tmp_path / "one")
    assert not (one.folder / "keys" / "compare.yaml").exists()
    accept_all(one.folder)
    quiz = load_quiz(one.folder / "quiz.yaml")
    assert not any(q.id.startswith(("what-changed", "voices", "more-sources")) for q in quiz.questions)
    nb = json.loads((one.folder / "lesson.ipynb").read_text(encoding="utf-8"))
    assert "compare" not in json.dumps(nb)

    two = drafting.new_lesson(ORIGINAL, REWRITE, tmp_path / "two", mode="outlets")
    assert (two.folder / "second.txt").is_file() and not (two.folder / "keys" / "compare.yaml").exists()
    accept_all(two.folder)
    quiz = load_quiz(two.folder / "quiz.yaml")
    q = quiz.get("more-sources")
    keys = [load_key(str(two.folder / "keys" / f)) for f in ("original.yaml", "rewrite.yaml")]
    shares = [sum(s.label == "attributed" for s in k.sentences if not s.headline)
              / sum(not s.headline for s in k.sentences) for k in keys]
    expected = "Article A" if shares[0] > shares[1] else "Article B" if shares[1] > shares[0] else "About the same"
    assert [o.text for o in q.options if o.correct] == [expected]


def test_bad_inputs_get_one_clear_sentence(tmp_path, draft):
    with pytest.raises(ToolkitError, match="No file named"):
        drafting.new_lesson(tmp_path / "missing.txt", None, tmp_path / "x")
    with pytest.raises(ToolkitError, match="is not empty"):
        drafting.new_lesson(ORIGINAL, REWRITE, draft.folder)
    with pytest.raises(ToolkitError, match="mode must be"):
        drafting.new_lesson(ORIGINAL, REWRITE, tmp_path / "y", mode="debate")
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n", encoding="utf-8")
    with pytest.raises(ToolkitError):
        drafting.new_lesson(empty, None, tmp_path / "z")
    with pytest.raises(ToolkitError, match="not a drafted lesson folder"):
        drafting.rebuild_quiz(tmp_path)
    (draft.folder / "lesson.json").write_text("{" * 5000, encoding="utf-8")
    with pytest.raises(ToolkitError):
        drafting.rebuild_quiz(draft.folder)  # a damaged settings file: one sentence
    again = drafting.new_lesson(ORIGINAL, REWRITE, draft.folder, force=True)
    assert again.unchecked == draft.unchecked


@pytest.mark.parametrize("entry, field", [
    ({"n": 1, "text": "Hi there.", "label": "fact"}, "label"),
    ({"n": 1, "text": "Ana said hi.", "label": "attributed", "source": None}, "source"),
    ({"n": 1, "text": "Ana said hi.", "label": "attributed", "source": "Ana", "cue": "says"}, "cue"),
    ({"n": 1, "text": "A cruel plan.", "label": "opinion",
      "evidence": [{"text": "kind", "kind": "loaded"}]}, "evidence"),
    ({"n": 1, "text": "A cruel plan.", "label": "opinion",
      "evidence": [{"text": "cruel", "kind": "nasty"}]}, "evidence"),
    ({"n": 2, "text": "A plan.", "label": "claim"}, "n"),
    ({"n": 1, "text": "A plan.", "label": "claim", "checked": "yes"}, "checked"),
])
def test_key_check_names_file_entry_and_field(tmp_path, entry, field):
    path = tmp_path / "mine.yaml"
    path.write_text(yaml.safe_dump({"article": "mine", "sentences": [entry]}), encoding="utf-8")
    problems = check_key_file(path)
    assert problems and problems[0].startswith(f"mine.yaml, entry 1 (n: {entry['n']}), field '{field}'")


def test_key_check_on_compare_keys_and_broken_files(tmp_path):
    path = tmp_path / "compare.yaml"
    path.write_text(yaml.safe_dump({"voices": {}, "sentences": [
        {"n": 1, "text": "New words.", "kind": "added", "original_n": [3]},
        {"n": 2, "text": "Old words.", "kind": "kept", "original_n": []},
        {"n": 3, "text": "Odd.", "kind": "rewritten", "original_n": [1]},
    ]}), encoding="utf-8")
    problems = check_key_file(path)
    assert [p.split(", field ")[1].split(":")[0] for p in problems] == ["'original_n'", "'original_n'", "'kind'"]
    broken = tmp_path / "broken.yaml"
    broken.write_text("sentences: [\n", encoding="utf-8")
    assert "not valid YAML" in check_key_file(broken)[0]


def test_review_keeps_corrections_and_refuses_words_not_in_the_sentence(draft):
    path = draft.folder / "keys" / "rewrite.yaml"
    review = KeyReview(path)
    i = next(i for i in range(len(review)) if "reckless" in review.entry(i)["text"])
    with pytest.raises(ToolkitError, match="is not in the sentence"):
        review.accept(i, label="opinion", evidence="loaded: careful")
    assert KeyReview(path).entry(i)["checked"] is False  # nothing saved
    review.accept(i, label="opinion", evidence="loaded: reckless\nloaded: waste")
    again = KeyReview(path).entry(i)
    assert again["checked"] is True and again["label"] == "opinion"
    assert again["evidence"] == [{"text": "reckless", "kind": "loaded"}, {"text": "waste", "kind": "loaded"}]
    assert path.read_text(encoding="utf-8").startswith("# Answer key DRAFTED")
    with pytest.raises(ToolkitError, match="needs the source's name"):
        review.accept(0, label="attributed", source="")
    with pytest.raises(ToolkitError, match="should look like"):
        parse_evidence("reckless", "This reckless plan.")


def test_review_widget_by_clicking(draft):
    box = review_lesson(draft.folder)
    handles = box.review
    c = handles.controls
    before = drafting.lesson_status(draft.folder)["unchecked"]
    c["accept"].click()
    assert "Saved entry" in c["message"].value
    assert drafting.lesson_status(draft.folder)["unchecked"] == before - 1
    c["file"].value = "original.yaml"
    c["label"].value = "attributed"
    c["source"].value = ""
    entry = handles.reviews["original.yaml"].entry(handles.state["index"])
    if entry["label"] != "attributed":
        c["accept"].click()
        assert "Not saved" in c["message"].value  # an attributed sentence needs a source
    c["rebuild"].click()
    assert "The quiz now has" in c["message"].value and "still unchecked" in c["message"].value


def test_cli_lesson_and_key_commands(tmp_path, capsys):
    from toolkit.cli import main

    out = tmp_path / "cli-lesson"
    assert main(["lesson", "new", str(ORIGINAL), str(REWRITE), "-o", str(out)]) == 0
    assert "to check before class" in capsys.readouterr().out
    assert main(["lesson", "check", str(out)]) == 1
    assert "not checked yet" in capsys.readouterr().out
    accept_all(out)
    assert main(["lesson", "rebuild", str(out)]) == 0
    assert "questions, every answer taken from the keys" in capsys.readouterr().out
    assert main(["key", "check", str(out / "keys" / "original.yaml")]) == 0
    assert main(["lesson", "new", str(ORIGINAL), "-o", str(out)]) == 2
    assert "is not empty" in capsys.readouterr().err
    assert main(["key", "check", str(tmp_path / "nope.yaml")]) == 2


def test_unit_progress_lists_a_custom_lesson(tmp_path, progress):
    from toolkit import quiz

    lesson_folder = progress.parent / "my-lesson"
    drafting.new_lesson(ORIGINAL, REWRITE, lesson_folder)
    html = str(quiz.unit_progress(student="Ana"))
    assert "my-lesson" in html and "not checked yet" in html
    accept_all(lesson_folder)
    html = str(quiz.unit_progress(student="Ana"))
    assert "<b>my-lesson</b>: answered 0 of" in html


def test_the_shipped_keys_pass_the_check():
    from toolkit.keys import key_path

    for name in ("npr", "rewrite", "compare-seeds"):
        assert check_key_file(key_path(name)) == []


@pytest.mark.notebooks
def test_drafted_lesson_and_review_notebook_run(tmp_path):
    """The drafted lesson runs top to bottom once checked; the teacher's review notebook runs."""
    nbclient = pytest.importorskip("nbclient")
    import nbformat

    lessons = tmp_path / "lessons"
    shutil.copytree(Path(__file__).parent.parent / "lessons", lessons,
                    ignore=shutil.ignore_patterns("progress", ".ipynb_checkpoints"))
    (lessons / "progress").mkdir()
    draft = drafting.new_lesson(ORIGINAL, REWRITE, lessons / "my-lesson")
    teacher = lessons / "teacher" / "check-my-key.ipynb"
    for path, folder in ((teacher, teacher.parent), (draft.folder / "lesson.ipynb", draft.folder)):
        if path.name == "lesson.ipynb":
            accept_all(draft.folder)
        nb = nbformat.read(path, as_version=4)
        nbclient.NotebookClient(nb, timeout=180, kernel_name="python3",
                                resources={"metadata": {"path": str(folder)}}).execute()
        errors = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs
                  if o.output_type == "error"]
        assert not errors, (path.name, errors)
    outputs = json.dumps(nbformat.writes(nb))
    assert "not checked yet" not in outputs


def test_class_results_include_a_custom_lesson(tmp_path, progress):
    """A drafted lesson beside the progress folder shows in the class results with its questions,
    a row for every question a student has not answered yet."""
    from toolkit.quiz.progress import ProgressStore
    from toolkit.quiz.results import class_results

    folder = progress.parent / "my-lesson"
    drafting.new_lesson(ORIGINAL, REWRITE, folder)
    accept_all(folder)
    from toolkit.quiz import load_quiz

    quiz = load_quiz(folder / "quiz.yaml")
    store = ProgressStore(progress)
    store.save("Ana", quiz.name, quiz.questions[0].id, "check", type=quiz.questions[0].type,
               answer="x", correct=False)
    results = class_results(progress)
    rows = [r for r in results.rows() if r["quiz"] == quiz.name]
    assert len(rows) == len(quiz.questions)
    assert any(r["question"] == quiz.questions[0].id and r.get("tries") in (1, "1") for r in rows)
