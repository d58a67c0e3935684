"""Draft a lesson from any pair of articles: answer keys, a quiz, a notebook and an answer-key page.

A teacher brings two text files (a report and a slanted retelling of it, or two outlets' takes on
one event, or a single article) and gets a folder with everything a lesson needs. The keys are
drafted from the toolkit's own analysis, so every entry starts ``checked: false``: the quiz refuses
to run until a teacher has checked them (``lessons/teacher/check-my-key.ipynb`` does that with
buttons, no YAML editing). After checking, ``rebuild_quiz`` makes the quiz follow the keys again.

    from toolkit.drafting import new_lesson
    draft = new_lesson("report.txt", "rewrite.txt", "lessons/my-lesson")

The same from the command line: ``python -m toolkit lesson new report.txt rewrite.txt -o
lessons/my-lesson``. Nothing is downloaded; the files written are plain text, YAML and JSON.

>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp()) / "bake-sale"
>>> draft = new_lesson_from_text(
...     '"We raised $400," club president Maya Ortiz said. The sale ran for two hours.',
...     None, folder)
>>> draft.unchecked, sorted(p.name for p in folder.iterdir())
(2, ['answer-key.md', 'keys', 'lesson.ipynb', 'lesson.json', 'original.txt', 'quiz.yaml'])
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from .analysis import Analysis, analyze
from .articles import Article, article_from_text, load_article
from .errors import ToolkitError
from .keys import EVIDENCE_KINDS, LABELS, AnswerKey, load_key
from .palette import COMPARE_STYLES, LABEL_STYLES

__all__ = ["LessonDraft", "new_lesson", "new_lesson_from_text", "draft_label_key",
           "draft_compare_key", "rebuild_quiz", "lesson_status", "custom_quizzes", "MODES"]

MODES = ("rewrite", "outlets")  # the second article retells the first, or is another outlet's take
KEY_HEADER = """# Answer key DRAFTED BY THE TOOLKIT from its own analysis: every entry is `checked: false`
# until a teacher checks it (lessons/teacher/check-my-key.ipynb, or edit this file: the format is
# in docs/answer-keys.md). The quiz refuses to run while any entry it uses is unchecked.
"""
# The tool's evidence kinds that a key can hold (the others, e.g. a mild word, are not kept).
_KEY_KINDS = frozenset(EVIDENCE_KINDS)
_MAX_EVIDENCE_WORDS = 4  # longer evidence makes a tedious spot-the-words question


@dataclass
class LessonDraft:
    """What ``new_lesson`` wrote: the folder, each file by role, and how many entries to check.

    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp()) / "bake-sale"
    >>> draft = new_lesson_from_text('"We raised $400," club president Maya Ortiz said.',
    ...                              "The club raised $400. Buy a cake now!", folder)
    >>> draft.questions, draft.unchecked, draft.files["quiz"].name
    (7, 5, 'quiz.yaml')
    >>> print(draft)  # doctest: +ELLIPSIS
    A draft lesson is in ...bake-sale: 7 quiz questions, and 5 answer-key entries to check before class: ...
    """

    folder: Path
    files: dict[str, Path] = field(default_factory=dict)
    unchecked: int = 0
    questions: int = 0

    def __str__(self) -> str:
        return (f"A draft lesson is in {self.folder}: {self.questions} quiz questions, and "
                f"{self.unchecked} answer-key entries to check before class: open "
                f"lessons/teacher/check-my-key.ipynb (it finds a lesson drafted inside lessons/; "
                f"otherwise set LESSON there to {str(self.folder)!r}).")

    def _repr_html_(self) -> str:
        from .render.html import esc

        return f"<p>{esc(str(self))}</p>"


# --------------------------------------------------------------------------------------------
# Keys


def _slug(text: str, default: str = "lesson") -> str:
    """A short file-name-safe id: "My Lesson!" -> "my-lesson".

    >>> _slug("  Flood at the Library, 2025! "), _slug("***")
    ('flood-at-the-library-2025', 'lesson')
    """
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:40].strip("-")
    return slug or default


def _key_evidence(sentence) -> list[dict]:
    out, seen = [], set()
    for ev in sentence.evidence:
        if ev.kind not in _KEY_KINDS or not ev.text.strip() or ev.text not in sentence.text:
            continue
        if (ev.text, ev.kind) in seen:
            continue
        seen.add((ev.text, ev.kind))
        out.append({"text": ev.text, "kind": ev.kind})
    return out


def draft_label_key(analysis: Analysis, article: str, file: str) -> dict:
    """The tool's labels for every sentence as an answer-key draft (every entry ``checked: false``).

    Args:
        analysis: the article's Analysis.
        article: the key's name (used by quiz files: ``{article: keys/original.yaml, n: 3}``).
        file: the article's file name, written into the key.

    Returns:
        Plain data in the answer-key format (docs/answer-keys.md), ready to save as YAML.

    >>> key = draft_label_key(analyze('"It is safe," Chief Lee said.', readability=False), "x", "x.txt")
    >>> key["sentences"][0]["label"], key["sentences"][0]["source"], key["sentences"][0]["checked"]
    ('attributed', 'Chief Lee', False)
    """
    sentences = []
    for s in analysis.sentences:
        sentences.append({
            "n": s.index + 1, "text": s.text, "headline": s.headline, "label": s.label,
            "also": [], "source": s.source if s.label == "attributed" else None,
            "source_aliases": [], "cue": s.cue if s.cue and s.cue in s.text else None,
            "evidence": _key_evidence(s), "reason": s.reason, "note": None, "checked": False,
        })
    return {"article": article, "file": file, "sentences": sentences}


def draft_compare_key(comparison, original: str, rewrite: str, original_file: str,
                      rewrite_file: str) -> dict:
    """What the tool says the second article did to the first, as a compare-key draft.

    Args:
        comparison: ``toolkit.compare(original, rewrite)``.
        original, rewrite: the label keys' files (relative to the compare key's folder or paths).
        original_file, rewrite_file: the articles' file names.

    >>> from toolkit import compare
    >>> pair = compare(analyze('"We raised $400," club president Maya Ortiz said.',
    ...                        readability=False),
    ...                analyze("The club raised $400. Buy a cake now!", readability=False))
    >>> key = draft_compare_key(pair, "original.yaml", "rewrite.yaml", "original.txt",
    ...                         "rewrite.txt")
    >>> [(s["n"], s["kind"], s["original_n"], s["checked"]) for s in key["sentences"]]
    [(1, 'attribution_dropped', [1], False), (2, 'added', [], False)]
    """
    sentences = []
    for p in comparison.pairs:
        flags = [{"kind": f["kind"], "text": f["text"]} for f in p.flags
                 if f.get("text") and f["text"] in p.rewrite.text]
        sentences.append({
            "n": p.rewrite.index + 1, "text": p.rewrite.text, "kind": p.kind, "also": [],
            "original_n": [o.index + 1 for o in p.original],
            "original": [o.text for o in p.original], "flags": flags, "reason": p.reason,
            "note": None, "checked": False,
        })
    dropped = [{"n": d["sentence"].index + 1, "text": d["sentence"].text, "source": d["source"]}
               for d in comparison.dropped]
    return {"original": original, "rewrite": rewrite, "original_file": original_file,
            "rewrite_file": rewrite_file, "sentences": sentences, "dropped": dropped,
            "voices": {k: list(v) for k, v in comparison.voices.items()}}


def _dump_yaml(data: dict, path: Path, header: str = "") -> None:
    import yaml

    text = yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100)
    _write(path, header + text)


def _write(path: Path, text: str) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(path)
    except OSError as exc:
        raise ToolkitError(f"Cannot write {path} ({exc.strerror or exc}): choose a folder you can "
                           "write to.") from None


# --------------------------------------------------------------------------------------------
# Choosing the most teachable sentences


def _short_evidence(ks, kinds) -> bool:
    items = [e for e in ks.evidence if e.kind in kinds]
    return bool(items) and all(len(e.text.split()) <= _MAX_EVIDENCE_WORDS for e in items) \
        and len(items) <= 4


_OPINION_KINDS = ("loaded", "modal", "superlative", "question", "reader_address", "imperative")


def _says_who_candidates(key: AnswerKey) -> list:
    out = []
    for ks in key.sentences:
        if ks.label != "attributed" or not ks.source or ks.headline:
            continue
        kinds = {e.kind for e in ks.evidence}
        if "speaker" in kinds and "cue" in kinds and len(ks.source.split()) <= 6 \
                and len(ks.text) <= 260:
            out.append(ks)
    return out


def _pick_sort(keys: list[tuple[str, AnswerKey]]) -> list[dict]:
    """Up to six sentences, one of each label from each article where the keys have one."""
    picked: list[dict] = []
    for label in LABELS:
        for ref, key in keys:
            ks = next((s for s in key.sentences if s.label == label and not s.also
                       and 40 <= len(s.text) <= 220 and not s.headline), None)
            if ks is not None and len(picked) < 6:
                picked.append({"article": ref, "n": ks.n})
                break
    return picked


def _choice(qid: str, prompt: str, hint: str, options: list[tuple[str, bool, str]],
            multiple: bool = False) -> dict:
    return {"id": qid, "type": "choice", "prompt": prompt, "hint": hint, "multiple": multiple,
            "options": [{"text": t, "correct": c, "feedback": f} for t, c, f in options]}


_KIND_WHY = {
    "kept": "Kept means the rewrite copies the original's words, with only small cuts.",
    "reworded": "Reworded means the same point, from the same source, in new words.",
    "attribution_dropped": "Source dropped means the original said who said it, and the rewrite "
                           "says it in its own voice.",
    "changed": "Fact changed means a fact (a number, a place, who did what, how sure) is different.",
    "added": "Added means nothing in the original supports the sentence.",
}


def _kind_question(n: int, entry: dict, rewrite_name: str, original_name: str) -> dict:
    kind = entry["kind"]
    original = " ".join(entry["original"]) or "(nothing: no sentence of the original matches)"
    options = []
    for k in ("kept", "reworded", "attribution_dropped", "changed", "added"):
        right = k == kind
        if right:
            why = f"Right. {entry['reason']}".strip() if entry.get("reason") else "Right."
        else:
            why = f"Not this one. {_KIND_WHY[k]} Compare the two sentences again."
        options.append((COMPARE_STYLES[k].name, right, why))
    prompt = (f"What did {rewrite_name.lower()} do to this sentence? {rewrite_name} says: "
              f"\"{entry['text']}\" {original_name} said: \"{original}\"")
    return _choice(f"what-changed-{n}", prompt,
                   "Check three things: is there still a source? Is any fact different? "
                   "Are the words the same?", options)


def _voices_question(comparison_key: dict, rewrite_name: str, original_name: str) -> dict | None:
    voices = comparison_key["voices"]
    vanished = list(voices.get("vanished") or [])
    kept = [v for v in voices.get("rewrite") or [] if v not in vanished]
    if not vanished:
        return None
    options = [(v, True, f"Right: {original_name} names {v}; {rewrite_name.lower()} never does.")
               for v in vanished[:6]]
    options += [(v, False, f"{rewrite_name} does name {v}.") for v in kept[:3]]
    if not kept:
        options.append(("No one: every source is still named", False,
                        f"Look again: {rewrite_name.lower()} names no source at all."))
    return _choice("voices-vanished",
                   f"Which sources does {original_name} name that {rewrite_name.lower()} never "
                   "names?",
                   f"Look for names next to words like 'said' in {original_name}.", options,
                   multiple=True)


def _names(mode: str, single: bool) -> tuple[str, str]:
    if single:
        return "The article", ""
    return ("The original", "The rewrite") if mode == "rewrite" else ("Article A", "Article B")


def _build_quiz(quiz_id: str, title: str, keys: list[tuple[str, AnswerKey]],
                compare_key: dict | None, compare_ref: str | None, mode: str) -> dict:
    """The quiz data for a lesson folder, with every expected answer taken from the keys."""
    first_name, second_name = _names(mode, len(keys) == 1)
    questions: list[dict] = []
    # says who: the clearest attributed sentences (speaker and cue both in the sentence)
    sources = sorted({ks.source for _, k in keys for ks in k.sentences
                      if ks.label == "attributed" and ks.source}, key=str.lower)
    count = 0
    for ref, key in keys:
        for ks in _says_who_candidates(key)[:2]:
            others = [s for s in sources if s.lower() != ks.source.lower()
                      and s.lower() not in ks.source.lower() and ks.source.lower() not in s.lower()]
            q = {"id": f"says-who-{count + 1}", "type": "says_who",
                 "sentence": {"article": ref, "n": ks.n}}
            if len(others) >= 2:
                q["choices"] = sorted([ks.source, *others[:2]], key=str.lower)
            questions.append(q)
            count += 1
            if count >= 2:
                break
        if count >= 2:
            break
    sort = _pick_sort(keys)
    if len(sort) >= 2:
        questions.append({"id": "sort-1", "type": "sort", "sentences": sort})
    # spot the words: one attributed sentence, one opinion or call to action
    for find, labels, kinds in (("attribution", ("attributed",), ("speaker", "cue")),
                                ("opinion", ("opinion",), _OPINION_KINDS)):
        hit = next(((ref, ks) for ref, key in keys for ks in key.sentences
                    if ks.label in labels and _short_evidence(ks, kinds) and len(ks.text) <= 240),
                   None)
        if hit is not None:
            questions.append({"id": f"spot-{find}", "type": "spot_words", "find": find,
                              "sentence": {"article": hit[0], "n": hit[1].n}})
    if compare_key is not None and mode == "rewrite":
        order = ("attribution_dropped", "changed", "added", "reworded", "kept")
        entries = sorted(compare_key["sentences"],
                         key=lambda e: (order.index(e["kind"]), e["n"]))
        chosen, kinds_seen = [], set()
        for e in entries:  # one of each kind first, then the most telling ones
            if e["kind"] not in kinds_seen and len(chosen) < 3 and len(e["text"]) <= 260:
                chosen.append(e)
                kinds_seen.add(e["kind"])
        for e in sorted(chosen, key=lambda e: e["n"]):
            questions.append(_kind_question(e["n"], e, second_name, first_name))
        voices = _voices_question(compare_key, second_name, first_name)
        if voices:
            questions.append(voices)
    elif len(keys) == 2:
        shares = []
        for _, key in keys:
            body = [s for s in key.sentences if not s.headline]
            shares.append(sum(s.label == "attributed" for s in body) / max(1, len(body)))
        more = 0 if shares[0] > shares[1] else 1 if shares[1] > shares[0] else None
        names = (first_name, second_name)
        opts = []
        for i, name in enumerate(names):
            right = more == i
            opts.append((name, right, f"{'Right' if right else 'Not this one'}: {shares[i]:.0%} of "
                         f"{name}'s sentences name a source, against {shares[1 - i]:.0%} in the other."))
        opts.append(("About the same", more is None,
                     f"{'Right' if more is None else 'Not quite'}: {shares[0]:.0%} against "
                     f"{shares[1]:.0%}."))
        questions.append(_choice("more-sources", "Which article names a source more often?",
                                 "Count the sentences marked [S] in each article.", opts))
    questions.append({
        "id": "reflection-trust", "type": "reflection",
        "prompt": ("Pick one sentence that says something as fact with no source. Would you want "
                   "a source for it? Why or why not?"),
        "sample_answer": ("Some facts are background that anyone can check, so they need no source. "
                          "But a claim about what someone did or said needs a name, so I can check "
                          "who says so."),
    })
    questions.append({
        "id": "exit-ticket", "type": "reflection",
        "prompt": ("Exit ticket: in one or two sentences, how can you tell reporting that names "
                   "its sources from opinion?"),
        "sample_answer": ("Reporting says who the information comes from, with words like 'said' "
                          "or 'according to'. Opinion uses judging words or tells you what to "
                          "think or do, in the writer's own voice."),
    })
    data = {"quiz": quiz_id, "title": title,
            "description": "Drafted by toolkit.drafting from the answer keys in keys/.",
            "questions": questions}
    if compare_ref is not None:
        data["keys"] = [compare_ref]
    return data


# --------------------------------------------------------------------------------------------
# The notebook and the answer-key page


def _md(text: str) -> dict:
    return {"cell_type": "markdown", "metadata": {}, "source": text}


def _code(text: str) -> dict:
    return {"cell_type": "code", "execution_count": None, "metadata": {}, "outputs": [],
            "source": text}


def _number_cells(cells: list[dict]) -> list[dict]:
    for i, cell in enumerate(cells, start=1):
        cell["id"] = f"cell-{i:02d}"
    return cells


def _notebook(title: str, quiz: dict, files: dict[str, str], mode: str) -> dict:
    single = "rewrite" not in files
    first, second = _names(mode, single)
    ids = [q["id"] for q in quiz["questions"]]
    cells = [
        _md(f"# {title}\n\nIn this lesson you will:\n\n- read "
            + ("an article" if single else "two articles about the same event")
            + ",\n- find who each piece of information comes from,\n- tell sentences that name "
            "a source from claims with no source and from the writer's opinion."
            + ("" if single else "\n- see what changes from one article to the other.")
            + "\n\nClick a cell, then press **Shift + Enter** to run it."),
        _code("from pathlib import Path\nfrom toolkit import quiz, lesson\n"
              "if Path('../progress').is_dir():  # inside the lessons folder: share its progress\n"
              "    quiz.set_progress_dir('../progress')\n"
              "quiz.name_bar()  # your name, once: every question below saves under it"),
        _md("## Read\n\nRead " + ("the article" if single else "both articles") + " first."),
    ]
    if single:
        cells.append(_code(f"original = lesson.analyze_file({files['original']!r})\n"
                           "lesson.read_article(original)"))
    else:
        cells.append(_code(f"original = lesson.analyze_file({files['original']!r})\n"
                           f"rewrite = lesson.analyze_file({files['rewrite']!r})\n"
                           f"lesson.side_by_side(original, rewrite, titles=({first!r}, {second!r}))"))
    cells.append(_md("## Who says so?\n\nA sentence **names a source** when it says who the "
                     "information comes from: a person, a group or a document, with words like "
                     "\"said\" or \"according to\". Click an answer, then **Check**."))
    for qid in ids:
        if qid.startswith("says-who"):
            cells.append(_code(f"quiz.show({'quiz.yaml'!r}, {qid!r})"))
    cells.append(_md("## Four kinds of sentences\n\nEach sentence gets one main label: it names a "
                     "source, says it as fact with no source, gives the writer's opinion, or asks "
                     "you to act. Many facts with no source are normal background. A source "
                     "matters most for claims you cannot check yourself."))
    for qid in ids:
        if qid.startswith(("sort", "spot")):
            cells.append(_code(f"quiz.show({'quiz.yaml'!r}, {qid!r})"))
    if not single and mode == "rewrite":
        cells.append(_md(f"## What changed?\n\nThe table shows what {second.lower()} did to each "
                         f"sentence of {first.lower()}, as the answer key says. Answer the "
                         "questions below first, then open the table to check."))
        for qid in ids:
            if qid.startswith(("what-changed", "voices")):
                cells.append(_code(f"quiz.show({'quiz.yaml'!r}, {qid!r})"))
        cells.append(_code(f"changes = lesson.load_compare_key({files['compare']!r}, original, rewrite)\n"
                           "lesson.change_counts(changes)"))
        cells.append(_code("lesson.change_lines(changes)"))
    elif not single:
        cells.append(_md("## Two outlets\n\nThe two articles tell the same event. Which one tells "
                         "you more often who says so?"))
        cells.append(_code("lesson.density_table(original, rewrite)"))
        for qid in ids:
            if qid == "more-sources":
                cells.append(_code(f"quiz.show({'quiz.yaml'!r}, {qid!r})"))
    cells.append(_md("## Think about it"))
    for qid in ids:
        if qid.startswith(("reflection", "exit")):
            cells.append(_code(f"quiz.show({'quiz.yaml'!r}, {qid!r})"))
    cells.append(_code("quiz.progress_summary('quiz.yaml')"))
    return {"cells": _number_cells(cells), "metadata": {
        "kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python",
                       "name": "python3"},
        "language_info": {"name": "python"}}, "nbformat": 4, "nbformat_minor": 5}


def _answer_page(title: str, keys: list[tuple[str, AnswerKey]], compare_key: dict | None,
                 quiz: dict) -> str:
    lines = [f"# Answer key: {title}", "",
             "Generated from the answer keys in `keys/` by `toolkit.drafting`. "
             "Entries marked *(not checked)* were drafted by the tool: check them before class.", ""]
    for ref, key in keys:
        lines += [f"## {Path(ref).stem}: sentence labels", "",
                  "| # | Sentence | Label | Source | Why |", "|---|---|---|---|---|"]
        for ks in key.sentences:
            flag = "" if ks.checked else " *(not checked)*"
            text = ks.text.replace("|", "\\|")
            lines.append(f"| {ks.n} | {text} | {LABEL_STYLES[ks.label].name}{flag} | "
                         f"{(ks.source or '').replace('|', '/')} | {ks.reason.replace('|', '/')} |")
        lines.append("")
    if compare_key is not None:
        lines += ["## What the second article did", "", "| # | Sentence | What happened | Why |",
                  "|---|---|---|---|"]
        for e in compare_key["sentences"]:
            flag = "" if e.get("checked", True) is not False else " *(not checked)*"
            lines.append(f"| {e['n']} | {e['text'].replace('|', '/')} | "
                         f"{COMPARE_STYLES[e['kind']].name}{flag} | "
                         f"{(e.get('reason') or '').replace('|', '/')} |")
        lines.append("")
    lines += ["## Quiz questions", ""]
    for q in quiz["questions"]:
        lines.append(f"- `{q['id']}` ({q['type']})")
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------------------------
# The whole draft


def _as_article(item, role: str) -> Article:
    if isinstance(item, Article):
        return item
    path = Path(str(item))
    if not path.is_file():
        raise ToolkitError(f"No file named {str(item)!r} for the {role} article: check the name "
                           "and the folder.")
    return load_article(path)


def _prepare(folder: Path, force: bool) -> None:
    if folder.exists() and not folder.is_dir():
        raise ToolkitError(f"{folder} is a file, not a folder: choose a new folder name for the "
                           "lesson.")
    if folder.is_dir() and any(folder.iterdir()) and not force:
        raise ToolkitError(f"The folder {folder} is not empty: choose a new folder name, or add "
                           "--force (force=True) to write over the draft there.")


def new_lesson(original, rewrite=None, out: str | Path = "my-lesson", title: str | None = None,
               mode: str = "rewrite", force: bool = False) -> LessonDraft:
    """Write a draft lesson for one article or a pair: articles, keys, quiz, notebook, answer page.

    Args:
        original: the first article (a .txt file path or an Article).
        rewrite: the second article (a retelling of the first, or another outlet's take), or None
            for a one-article "says who" lesson.
        out: the folder to write (created; it must be new or empty unless ``force``).
        title: the lesson's title (default: from the first article's headline).
        mode: ``"rewrite"`` (the second retells the first: a what-changed part) or ``"outlets"``
            (two outlets on one event: a compare-the-sources part instead).
        force: write over a draft already in ``out``.

    Returns:
        A LessonDraft naming every file and how many key entries are still to check.

    Raises:
        ToolkitError: if an article is missing, empty or not text, or ``out`` is not usable.

    >>> import tempfile
    >>> work = Path(tempfile.mkdtemp())
    >>> _ = (work / "sale.txt").write_text('Bake Sale Raises $400\\n\\n"We raised $400," club '
    ...                                    'president Maya Ortiz said. The sale ran two hours.')
    >>> draft = new_lesson(work / "sale.txt", None, work / "says-who")  # one article
    >>> sorted(p.name for p in (work / "says-who").iterdir())
    ['answer-key.md', 'keys', 'lesson.ipynb', 'lesson.json', 'original.txt', 'quiz.yaml']
    >>> new_lesson(work / "sale.txt", None, work / "says-who")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    toolkit.errors.ToolkitError: The folder ...says-who is not empty: choose a new folder name, or add --force (force=True) to write over the draft there.
    """
    if mode not in MODES:
        raise ToolkitError(f"mode must be one of {', '.join(MODES)}, not {mode!r}.")
    folder = Path(out)
    _prepare(folder, force)
    first = _as_article(original, "first")
    second = _as_article(rewrite, "second") if rewrite is not None else None
    return _write_lesson(first, second, folder, title, mode)


def new_lesson_from_text(original: str, rewrite: str | None, out: str | Path,
                         title: str | None = None, mode: str = "rewrite",
                         force: bool = False) -> LessonDraft:
    """The same as ``new_lesson``, for articles pasted as text rather than saved as files.

    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp()) / "bake-sale"
    >>> draft = new_lesson_from_text("Bake Sale Raises $400\\n\\nMaya Ortiz said the club "
    ...                              "raised $400.", None, folder, title="Who said it?")
    >>> (folder / "original.txt").read_text()
    'Bake Sale Raises $400\\n\\nMaya Ortiz said the club raised $400.'
    >>> import json; json.loads((folder / "lesson.json").read_text())["title"]
    'Who said it?'
    """
    folder = Path(out)
    _prepare(folder, force)
    first = article_from_text(original)
    second = article_from_text(rewrite) if rewrite is not None else None
    return _write_lesson(first, second, folder, title, mode)


def _write_lesson(first: Article, second: Article | None, folder: Path, title: str | None,
                  mode: str) -> LessonDraft:
    from . import compare

    folder.mkdir(parents=True, exist_ok=True)
    draft = LessonDraft(folder=folder)
    files = {"original": "original.txt"}
    if second is not None:
        files["rewrite"] = "rewrite.txt" if mode == "rewrite" else "second.txt"
    for role, art in (("original", first), ("rewrite", second)):
        if art is not None:
            _write(folder / files[role], art.text)
            draft.files[role] = folder / files[role]
    analyses = {"original": analyze(folder / files["original"], readability=False)}
    if second is not None:
        analyses["rewrite"] = analyze(folder / files["rewrite"], readability=False)
    keys_meta = []
    for role, a in analyses.items():
        rel = f"keys/{role}.yaml"
        _dump_yaml(draft_label_key(a, role, files[role]), folder / rel, KEY_HEADER)
        draft.files[f"{role} key"] = folder / rel
        keys_meta.append(rel)
    compare_key = None
    if second is not None and mode == "rewrite":
        comparison = compare(analyses["original"], analyses["rewrite"])
        compare_key = draft_compare_key(comparison, "original.yaml", "rewrite.yaml",
                                        files["original"], files["rewrite"])
        _dump_yaml(compare_key, folder / "keys" / "compare.yaml", KEY_HEADER)
        draft.files["compare key"] = folder / "keys" / "compare.yaml"
        files["compare"] = "keys/compare.yaml"
    if title is None:
        head = first.headline.text if first.headline is not None else "your own articles"
        title = f"Says who? {head[:70]}"
    _write(folder / "lesson.json", json.dumps({"title": title, "mode": mode, "files": files},
                                              indent=2) + "\n")
    quiz = rebuild_quiz(folder)
    nb = _notebook(title, quiz, files, mode)
    _write(folder / "lesson.ipynb", json.dumps(nb, indent=1, ensure_ascii=False) + "\n")
    draft.files.update(quiz=folder / "quiz.yaml", notebook=folder / "lesson.ipynb",
                       answers=folder / "answer-key.md", settings=folder / "lesson.json")
    draft.questions = len(quiz["questions"])
    draft.unchecked = lesson_status(folder)["unchecked"]
    return draft


def _settings(folder: Path) -> dict:
    from .datafiles import read_data

    path = folder / "lesson.json"
    if not path.is_file():
        raise ToolkitError(f"{folder} is not a drafted lesson folder (no lesson.json): make one "
                           "with python -m toolkit lesson new ORIGINAL REWRITE -o FOLDER.")
    data = read_data(path)  # the one guarded reader: size, depth and broken files said plainly
    if not isinstance(data, dict) or not isinstance(data.get("files"), dict):
        raise ToolkitError(f"{path} is damaged: draft the lesson again.")
    return data


def rebuild_quiz(folder: str | Path) -> dict:
    """Write the lesson's quiz.yaml and answer-key.md again from its (checked) keys.

    Call it after correcting the keys, so every quiz answer follows them.

    Returns:
        The quiz data written.

    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp()) / "bake-sale"
    >>> _ = new_lesson_from_text('"We raised $400," club president Maya Ortiz said.',
    ...                          "The club raised $400. Buy a cake now!", folder)
    >>> quiz = rebuild_quiz(folder)  # after a teacher has corrected keys/*.yaml
    >>> quiz["quiz"], [q["id"] for q in quiz["questions"]][:3]
    ('bake-sale', ['says-who-1', 'spot-attribution', 'what-changed-1'])
    """
    import yaml

    folder = Path(folder)
    settings = _settings(folder)
    files, mode = settings["files"], settings.get("mode", "rewrite")
    keys = [(f"keys/{role}.yaml", load_key(str(folder / "keys" / f"{role}.yaml")))
            for role in ("original", "rewrite") if role in files]
    compare_key = None
    if "compare" in files:
        from .datafiles import read_data

        compare_key = read_data(folder / files["compare"])
        if not isinstance(compare_key, dict) or not isinstance(compare_key.get("sentences"), list):
            raise ToolkitError(f"{folder / files['compare']} is not a compare key: draft the "
                               "lesson again.")
    quiz_id = _slug(folder.name)
    quiz = _build_quiz(quiz_id, settings.get("title") or quiz_id, keys, compare_key,
                       files.get("compare"), mode)
    _write(folder / "quiz.yaml", "# Drafted from keys/ by toolkit.drafting.rebuild_quiz: rebuild it "
           "after changing the keys.\n" + yaml.safe_dump(quiz, sort_keys=False,
                                                       allow_unicode=True, width=100))
    _write(folder / "answer-key.md", _answer_page(settings.get("title") or quiz_id, keys,
                                                  compare_key, quiz))
    return quiz


def custom_quizzes(root: str | Path) -> list[Path]:
    """The quiz files of the drafted lessons in the folders directly inside ``root``, sorted.

    The unit's progress and the class results list them beside the shipped lessons.

    >>> custom_quizzes("no such folder")
    []
    """
    root = Path(root)
    try:
        return sorted(p.parent / "quiz.yaml" for p in root.glob("*/lesson.json")
                      if (p.parent / "quiz.yaml").is_file())
    except OSError:
        return []


def lesson_status(folder: str | Path) -> dict:
    """How many entries of a drafted lesson's keys are still unchecked, per key file.

    Returns:
        ``{"unchecked": total, "files": {"keys/original.yaml": 12, ...}}``.

    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp()) / "bake-sale"
    >>> _ = new_lesson_from_text('"We raised $400," club president Maya Ortiz said.',
    ...                          "The club raised $400. Buy a cake now!", folder)
    >>> lesson_status(folder)
    {'unchecked': 5, 'files': {'keys/compare.yaml': 2, 'keys/original.yaml': 1, 'keys/rewrite.yaml': 2}}
    """
    from .datafiles import read_data

    folder = Path(folder)
    counts = {}
    for path in sorted((folder / "keys").glob("*.yaml")):
        data = read_data(path)
        entries = data.get("sentences", []) if isinstance(data, dict) else []
        counts[f"keys/{path.name}"] = sum(1 for e in entries
                                          if isinstance(e, dict) and e.get("checked") is False)
    return {"unchecked": sum(counts.values()), "files": counts}
