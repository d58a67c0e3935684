"""What must never reach a student's screen: formula and library names (the teacher guide names
them) and notes written for teachers. Used by the tests over the executed lessons' outputs, the
quiz files and the charts a lesson draws."""

from __future__ import annotations

import re

TEACHER_ONLY = re.compile(
    r"Gunning|Coleman|\bSMOG\b|\bARI\b|Automated readab|text_standard|textstat|Dale.Chall|"
    r"Flesch|Kincaid|your students|A good place to show|first label|also fair|"
    r"to show students|teachers? note", re.I)


def teacher_only(text: str) -> list[str]:
    """The teacher-only words in a text, each with a little of what is around it.

    >>> teacher_only("Reading grade from one formula")
    []
    >>> teacher_only("One bar: Gunning fog")
    ['One bar: Gunning fog']
    """
    return [text[max(0, m.start() - 40):m.end() + 40] for m in TEACHER_ONLY.finditer(text)]


def notebook_texts(nb) -> list[tuple[str, str]]:
    """Every text a student sees in an executed notebook: its markdown, each output's text
    (HTML, plain, streams; an image's alt text is in its HTML) and the widgets' state (labels,
    options, HTML values), as (where, text) pairs."""
    found = []
    for i, cell in enumerate(nb["cells"]):
        if cell["cell_type"] == "markdown":
            found.append((f"cell {i} markdown", "".join(cell["source"])))
        for out in cell.get("outputs", []):
            for kind, value in (out.get("data") or {}).items():
                if kind.startswith("text/"):
                    found.append((f"cell {i} {kind}", value if isinstance(value, str)
                                  else "".join(value)))
            if out.get("output_type") == "stream":
                found.append((f"cell {i} stream", str(out.get("text", ""))))
    state = (nb.get("metadata", {}).get("widgets", {})
             .get("application/vnd.jupyter.widget-state+json", {}).get("state", {}))
    for model_id, model in state.items():
        for key, value in model.get("state", {}).items():
            if key.startswith("_") and key != "_options_labels":
                continue
            if isinstance(value, str):
                found.append((f"widget {model_id} {key}", value))
            elif isinstance(value, list):
                found.append((f"widget {model_id} {key}", " | ".join(map(str, value))))
    return found
