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


# Grammar slips in text the toolkit writes from counts and word lists (issue 15, walkthrough 4
# finding 9): "source(s)", "1 of 21 sentences name", "1 sentence is opinion or ask", "a audio
# player", and one quoted word called "The words".
GRAMMAR = [
    (re.compile(r"\w\(s\)"), "a plural written as (s)"),
    (re.compile(r"(?<![\d.,])\b1 of \d+ \w+s (?:name|are|ask|show|say|give|have)\b"), "1 of N ... + plural verb"),
    (re.compile(r"(?<![\d.,])\b1 (?:sentences|sources|points|words|paragraphs|questions|answers)\b"),
     "1 + plural noun"),
    (re.compile(r"\b1 sentence is [^.]{0,40}\bor ask\b"), "1 sentence ... or ask"),
    (re.compile(r"(?<![+\-/])\b[Aa] (?!one\b|once\b|uni|use|usu|euro|U\.?S\b|UN\b|[aeiouAEIOU]\.)[aeiouAEIOU]\w*"), "a before a vowel"),
    (re.compile(r"\b[Aa]n (?![aeiouAEIOU]|hour|honest|honou?r|heir|[A-Z]{2}|[A-Z]\b|[FHLMNRSX]\b)[a-z]\w*"), "an before a consonant"),
    (re.compile(r"The words “[^ ”]+” show\b"), "one word called 'the words'"),
]


def grammar_slips(text: str) -> list[str]:
    """Counts, plurals and a/an that do not agree in a text, each with a little of its context.

    >>> grammar_slips("1 of 21 sentences names a source. An audio player. 2 points left out.")
    []
    >>> [slip.split(":")[0] for slip in grammar_slips("It names 3 source(s). A line (a audio player).")]
    ['a plural written as (s)', 'a before a vowel']
    """
    found = []
    for pattern, what in GRAMMAR:
        for m in pattern.finditer(text):
            found.append(f"{what}: {text[max(0, m.start() - 20):m.end() + 15]}")
    return found


# British spellings students would meet beside American articles (walkthrough 4 finding 12):
# the lessons use American spelling, the students' and the articles' own.
BRITISH = re.compile(
    r"\b(?:analys(?:e|ed|ing)\b|\w*organis(?:e|ed|es|ing|ation)|"
    r"\w*criticis(?:e|ed|es|ing)\b|\w*recognis(?:e|ed|es|ing)|summaris|apologis|realis(?:e|ed|es|ing)\b|"
    r"grey\b|colour|favour|behaviour|honour|neighbour|centre\b|theatre|travell|labell|modell|"
    r"cancell|judgement|licence\b|programme\b|catalogue|\w*humanis(?:e|ed|es|ing)|penalis|"
    r"practis(?:e|ed|es|ing)\b)", re.I)


def british_spellings(text: str) -> list[str]:
    """British spellings in a text, each with a little of its context.

    >>> british_spellings("Press Analyze. Officials criticized the gray organization.")
    []
    >>> british_spellings("Press Analyse, then look at the grey bar.")
    ['Press Analyse, then', 't the grey bar.']
    """
    return [text[max(0, m.start() - 6):m.end() + 6] for m in BRITISH.finditer(text)]
