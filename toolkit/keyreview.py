"""Check a drafted answer key entry by entry, with buttons instead of YAML editing.

``toolkit.drafting`` writes keys whose entries are ``checked: false``: the tool's guess, with its
evidence and reason. A teacher reads each entry, corrects the label (or the kind, in a compare
key), the source and the evidence words where the tool was wrong, and accepts it. Accepting saves
the file at once (so nothing is lost if the notebook closes), and the quiz runs once every entry
it uses is checked. The logic (``KeyReview``) is plain Python; ``review_lesson`` adds the widgets.

>>> import tempfile, pathlib
>>> from toolkit.drafting import new_lesson_from_text
>>> folder = pathlib.Path(tempfile.mkdtemp()) / "pool"
>>> _ = new_lesson_from_text('"The pool opens in May," manager Leo Park said.', None, folder)
>>> review = KeyReview(folder / "keys" / "original.yaml")
>>> review.entry(0)["label"], review.remaining()
('attributed', 1)
>>> review.accept(0, source="Leo Park")
>>> review.remaining(), KeyReview(folder / "keys" / "original.yaml").entry(0)["source"]
(0, 'Leo Park')
"""

from __future__ import annotations

from pathlib import Path

from .datafiles import read_data
from .errors import ToolkitError
from .keys import COMPARE_KINDS, EVIDENCE_KINDS, LABELS, check_key_file

__all__ = ["KeyReview", "review_lesson", "evidence_lines", "parse_evidence"]


def evidence_lines(evidence: list[dict]) -> str:
    """Evidence items as the lines a teacher edits: ``kind: words``, one item a line.

    >>> print(evidence_lines([{"kind": "speaker", "text": "Leo Park"}, {"kind": "cue", "text": "said"}]))
    speaker: Leo Park
    cue: said
    """
    return "\n".join(f"{e['kind']}: {e['text']}" for e in evidence)


def parse_evidence(lines: str, sentence: str) -> list[dict]:
    """Read ``kind: words`` lines back into evidence items, checking each against the sentence.

    Raises:
        ToolkitError: naming the line that has an unknown kind or words not in the sentence.

    >>> parse_evidence("loaded: reckless\\n\\n", "This reckless plan.")
    [{'text': 'reckless', 'kind': 'loaded'}]
    >>> parse_evidence("loaded: careful", "This reckless plan.")
    Traceback (most recent call last):
    ...
    toolkit.errors.ToolkitError: Evidence line 1: "careful" is not in the sentence. Copy the words exactly as the sentence has them.
    """
    items = []
    for i, line in enumerate(lines.splitlines(), start=1):
        if not line.strip():
            continue
        kind, sep, words = line.partition(":")
        kind, words = kind.strip(), words.strip()
        if not sep or kind not in EVIDENCE_KINDS:
            raise ToolkitError(f"Evidence line {i} should look like 'loaded: reckless', with a kind "
                               f"from {', '.join(EVIDENCE_KINDS)}.")
        if not words or words not in sentence:
            raise ToolkitError(f'Evidence line {i}: "{words}" is not in the sentence. Copy the '
                               f"words exactly as the sentence has them.")
        items.append({"text": words, "kind": kind})
    return items


class KeyReview:
    """One key file under review: read its entries, accept (and correct) them, save at once.

    >>> import tempfile
    >>> from toolkit.drafting import new_lesson_from_text
    >>> folder = Path(tempfile.mkdtemp()) / "sale"
    >>> _ = new_lesson_from_text('"We raised $400," club president Maya Ortiz said. The sale '
    ...                          'was a triumph.', None, folder)
    >>> review = KeyReview(folder / "keys" / "original.yaml")
    >>> len(review), review.remaining(), review.entry(0)["label"], review.entry(0)["source"]
    (2, 2, 'attributed', 'Maya Ortiz')
    >>> review.accept(1, label="opinion", evidence="loaded: triumph")  # corrected and saved
    >>> review.remaining(), KeyReview(review.path).entry(1)["evidence"]
    (1, [{'text': 'triumph', 'kind': 'loaded'}])
    >>> review.accept(0, evidence="loaded: cake")
    Traceback (most recent call last):
    toolkit.errors.ToolkitError: Evidence line 1: "cake" is not in the sentence. Copy the words exactly as the sentence has them.
    """

    def __init__(self, path: str | Path):
        self.path = Path(path)
        data = read_data(self.path)
        if not isinstance(data, dict) or not isinstance(data.get("sentences"), list):
            raise ToolkitError(f"{self.path} is not an answer key (no 'sentences:' list): give a "
                               "file from a drafted lesson's keys/ folder.")
        self.data = data
        self.compare = "voices" in data or "dropped" in data
        self.header = _header(self.path)

    def __len__(self) -> int:
        return len(self.data["sentences"])

    def entry(self, index: int) -> dict:
        """The entry at ``index`` (counting from 0)."""
        return self.data["sentences"][index]

    def remaining(self) -> int:
        """How many entries are not checked yet."""
        return sum(1 for e in self.data["sentences"] if e.get("checked") is False)

    def next_unchecked(self, after: int = -1) -> int | None:
        """The index of the next unchecked entry after ``after`` (wrapping round), or None."""
        n = len(self)
        for step in range(1, n + 1):
            i = (after + step) % n
            if self.entry(i).get("checked") is False:
                return i
        return None

    def accept(self, index: int, label: str | None = None, source: str | None = None,
               evidence: str | list | None = None, kind: str | None = None) -> None:
        """Mark an entry checked, with any corrections, and save the file.

        Args:
            index: the entry (counting from 0).
            label: the right label (label keys), if the tool's was wrong.
            source: who the information comes from (for a sentence that names a source).
            evidence: the evidence words, as ``kind: words`` lines or a list of items.
            kind: the right kind (compare keys), if the tool's was wrong.

        Raises:
            ToolkitError: if a correction does not fit the sentence (the entry stays unchecked).
        """
        e = dict(self.entry(index))
        if self.compare:
            if kind is not None:
                if kind not in COMPARE_KINDS:
                    raise ToolkitError(f"Choose a kind from {', '.join(COMPARE_KINDS)}.")
                e["kind"] = kind
        else:
            if label is not None:
                if label not in LABELS:
                    raise ToolkitError(f"Choose a label from {', '.join(LABELS)}.")
                e["label"] = label
            if source is not None:
                e["source"] = source.strip() or None
            if e["label"] != "attributed":
                e["source"] = None
            elif not e.get("source"):
                raise ToolkitError("A sentence that names a source needs the source's name: type "
                                   "it in the Source box.")
            if evidence is not None:
                e["evidence"] = (parse_evidence(evidence, e["text"]) if isinstance(evidence, str)
                                 else list(evidence))
            cue = next((x["text"] for x in e.get("evidence") or [] if x["kind"] == "cue"), None)
            e["cue"] = cue if e["label"] == "attributed" else None
        e["checked"] = True
        self.data["sentences"][index] = e
        self.save()

    def save(self) -> None:
        """Write the key back (atomically), keeping the file's opening comment."""
        import yaml

        text = self.header + yaml.safe_dump(self.data, sort_keys=False, allow_unicode=True, width=100)
        tmp = self.path.with_name(self.path.name + ".tmp")
        try:
            tmp.write_text(text, encoding="utf-8")
            tmp.replace(self.path)
        except OSError as exc:
            raise ToolkitError(f"Cannot save {self.path} ({exc.strerror or exc}): check that the "
                               "folder can be written to.") from None
        problems = check_key_file(self.path)
        if problems:
            raise ToolkitError(f"Saved, but the key has a problem to fix: {problems[0]}")


def _header(path: Path) -> str:
    lines = []
    for line in path.read_text(encoding="utf-8").splitlines(keepends=True):
        if not line.startswith("#"):
            break
        lines.append(line)
    return "".join(lines)


# --------------------------------------------------------------------------------------------
# The widgets


def review_lesson(folder: str | Path):
    """Buttons to check every drafted key entry of a lesson folder, then rebuild its quiz.

    Args:
        folder: a folder written by ``toolkit.drafting.new_lesson``.

    Returns:
        An ipywidgets box (displayed by the notebook).

    Raises:
        ToolkitError: if the folder holds no drafted keys.

    >>> import tempfile
    >>> from toolkit.drafting import new_lesson_from_text
    >>> folder = Path(tempfile.mkdtemp()) / "sale"
    >>> _ = new_lesson_from_text('"We raised $400," club president Maya Ortiz said.', None, folder)
    >>> box = review_lesson(folder)
    >>> controls = box.review.controls
    >>> controls["status"].value  # doctest: +ELLIPSIS
    '<b>original.yaml</b>: entry 1 of 1 · 0 of 1 checked in this file · 1 left in the lesson · ...'
    >>> controls["accept"].click()
    >>> controls["message"].value, box.review.reviews["original.yaml"].remaining()
    ('<p>Saved entry 1.</p>', 0)
    """
    import ipywidgets as w

    from .render.html import esc

    folder = Path(folder)
    paths = sorted((folder / "keys").glob("*.yaml"))
    if not paths:
        raise ToolkitError(f"No keys/ folder with answer keys in {folder}: draft the lesson first "
                           "with python -m toolkit lesson new ORIGINAL REWRITE -o FOLDER.")
    reviews = {p.name: KeyReview(p) for p in paths}
    state = {"file": paths[0].name, "index": 0}

    file_pick = w.Dropdown(options=list(reviews), description="Key file")
    status = w.HTML()
    sentence = w.HTML()
    tool_reason = w.HTML()
    label = w.Dropdown(options=[(LABEL_NAMES[x], x) for x in LABELS], description="Label")
    kind = w.Dropdown(options=[(KIND_NAMES[x], x) for x in COMPARE_KINDS], description="Kind")
    source = w.Text(description="Source", placeholder="who the information comes from")
    evidence = w.Textarea(description="Evidence", rows=3,
                          placeholder="one item a line, e.g.  loaded: reckless")
    message = w.HTML()
    prev_b = w.Button(description="Previous", tooltip="Go to the previous entry")
    next_b = w.Button(description="Next unchecked", tooltip="Go to the next unchecked entry")
    accept_b = w.Button(description="Accept and save", button_style="success",
                        tooltip="Mark this entry checked, with your corrections, and save the file")
    rebuild_b = w.Button(description="Rebuild the quiz", tooltip="Make the quiz follow the keys")

    def show() -> None:
        r = reviews[state["file"]]
        e = r.entry(state["index"])
        done = len(r) - r.remaining()
        total_left = sum(x.remaining() for x in reviews.values())
        status.value = (f"<b>{esc(state['file'])}</b>: entry {state['index'] + 1} of {len(r)} · "
                        f"{done} of {len(r)} checked in this file · {total_left} left in the "
                        f"lesson · this entry: {'checked' if e.get('checked') is not False else 'not checked yet'}")
        original = ""
        if r.compare:
            original = "<br>".join(esc(t) for t in e.get("original") or []) or "<i>nothing</i>"
            original = f"<p><b>Original:</b> {original}</p>"
        sentence.value = (f'<p style="font-size:1.1em"><b>Sentence {e.get("n")}:</b> '
                          f"{esc(e['text'])}</p>{original}")
        tool_reason.value = f"<p><i>Why (the tool's reason):</i> {esc(e.get('reason') or '')}</p>"
        label.layout.display = "none" if r.compare else None
        source.layout.display = "none" if r.compare else None
        evidence.layout.display = "none" if r.compare else None
        kind.layout.display = None if r.compare else "none"
        if r.compare:
            kind.value = e["kind"]
        else:
            label.value = e["label"]
            source.value = e.get("source") or ""
            evidence.value = evidence_lines(e.get("evidence") or [])

    def on_file(change) -> None:
        state["file"] = change["new"]
        state["index"] = reviews[state["file"]].next_unchecked() or 0
        message.value = ""
        show()

    def go(step: int) -> None:
        r = reviews[state["file"]]
        if step < 0:
            state["index"] = (state["index"] - 1) % len(r)
        else:
            nxt = r.next_unchecked(state["index"])
            state["index"] = nxt if nxt is not None else (state["index"] + 1) % len(r)
        message.value = ""
        show()

    def on_accept(_=None) -> None:
        r = reviews[state["file"]]
        try:
            if r.compare:
                r.accept(state["index"], kind=kind.value)
            else:
                r.accept(state["index"], label=label.value, source=source.value,
                         evidence=evidence.value)
        except ToolkitError as exc:
            message.value = f'<p style="color:#a00000"><b>Not saved:</b> {esc(str(exc))}</p>'
            return
        message.value = f"<p>Saved entry {state['index'] + 1}.</p>"
        nxt = r.next_unchecked(state["index"])
        if nxt is not None:
            state["index"] = nxt
        show()

    def on_rebuild(_=None) -> None:
        from .drafting import rebuild_quiz

        left = sum(x.remaining() for x in reviews.values())
        try:
            quiz = rebuild_quiz(folder)
        except ToolkitError as exc:
            message.value = f'<p style="color:#a00000">{esc(str(exc))}</p>'
            return
        note = ("" if not left else f" {left} entries are still unchecked: the quiz will not run "
                "until they are checked.")
        message.value = (f"<p>The quiz now has {len(quiz['questions'])} questions, every answer "
                         f"taken from the keys.{esc(note)}</p>")

    file_pick.observe(on_file, names="value")
    prev_b.on_click(lambda _: go(-1))
    next_b.on_click(lambda _: go(1))
    accept_b.on_click(on_accept)
    rebuild_b.on_click(on_rebuild)
    state["index"] = reviews[state["file"]].next_unchecked() or 0
    show()
    box = w.VBox([file_pick, status, sentence, tool_reason, label, kind, source, evidence,
                  w.HBox([prev_b, next_b, accept_b, rebuild_b]), message])
    box.review = SimpleReviewHandles(reviews, state, dict(
        file=file_pick, label=label, kind=kind, source=source, evidence=evidence,
        accept=accept_b, next=next_b, previous=prev_b, rebuild=rebuild_b, message=message,
        status=status))
    return box


class SimpleReviewHandles:
    """What a test (or a curious teacher) can reach inside the review widget.

    ``review_lesson(folder).review`` is one: the KeyReview of each file, which entry is shown,
    and the controls by name.

    >>> handles = SimpleReviewHandles({}, {"file": "original.yaml", "index": 0}, {})
    >>> handles.state["file"]
    'original.yaml'
    """

    def __init__(self, reviews: dict, state: dict, controls: dict):
        self.reviews, self.state, self.controls = reviews, state, controls


def _names() -> tuple[dict, dict]:
    from .palette import COMPARE_STYLES, LABEL_STYLES

    return ({k: v.name for k, v in LABEL_STYLES.items()},
            {k: v.name for k, v in COMPARE_STYLES.items()})


LABEL_NAMES, KIND_NAMES = _names()
