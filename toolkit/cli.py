"""The command line: ``python -m toolkit analyze FILE --format json|text|html`` (also ``medialit``).

Exit status 0 on success; 2 on bad input, with one clear line on stderr and no traceback.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .errors import ToolkitError, exists

FORMATS = ("text", "json", "html")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="medialit",
        description="Label every sentence of a news article: names a source, says it as fact, "
                    "writer's opinion, or asks you to act.")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    analyze = sub.add_parser("analyze", help="label the sentences of one article")
    analyze.add_argument("file", help="the article, a plain-text (.txt) file; '-' reads standard input")
    analyze.add_argument("--format", choices=FORMATS, default="text", help="output format (default: text)")
    analyze.add_argument("-o", "--output", help="write to this file instead of the screen")
    analyze.add_argument("--grade", type=int, default=8, help="your students' grade (default 8)")
    compare = sub.add_parser("compare", help="follow the changes from an original to its rewrite")
    compare.add_argument("original", help="the original article (.txt)")
    compare.add_argument("rewrite", help="the rewrite (.txt)")
    compare.add_argument("--format", choices=("json", "html", "text"), default="text",
                         help="output format (default: text)")
    compare.add_argument("-o", "--output", help="write to this file instead of the screen")
    report = sub.add_parser("report", help="one self-contained HTML report to print or project")
    report.add_argument("original", help="the article (.txt)")
    report.add_argument("rewrite", nargs="?", help="optional: a rewrite of it (.txt)")
    report.add_argument("-o", "--output", default="report.html", help="where to write (default report.html)")
    report.add_argument("--grade", type=int, default=8, help="your students' grade (default 8)")
    klass = sub.add_parser("class", help="a class's results from a folder of answer files")
    klass.add_argument("folder", help="the folder of student-*.json and medialit-answers-*.json files")
    klass.add_argument("--csv", help="also write the class CSV (a row per student per question)")
    klass.add_argument("--html", help="also write the report as one HTML page (with the chart)")
    _lesson_parsers(sub)
    return parser


def _lesson_parsers(sub) -> None:
    """``lesson new|check|rebuild`` and ``key check``: a teacher's own pair -> a checked lesson."""
    lesson = sub.add_parser("lesson", help="draft a lesson from your own articles, then check it")
    lsub = lesson.add_subparsers(dest="action", metavar="ACTION")
    new = lsub.add_parser("new", help="draft a lesson folder: articles, keys, quiz, notebook")
    new.add_argument("original", help="the first article (.txt)")
    new.add_argument("rewrite", nargs="?", help="optional: a second article (.txt)")
    new.add_argument("-o", "--output", required=True, help="the lesson folder to write")
    new.add_argument("--title", help="the lesson's title (default: from the first headline)")
    new.add_argument("--outlets", action="store_true",
                     help="the second article is another outlet's take, not a rewrite")
    new.add_argument("--force", action="store_true", help="write over a draft in the folder")
    check = lsub.add_parser("check", help="how many key entries of a lesson are still unchecked")
    check.add_argument("folder", help="the lesson folder")
    rebuild = lsub.add_parser("rebuild", help="make the quiz follow the (checked) keys again")
    rebuild.add_argument("folder", help="the lesson folder")
    key = sub.add_parser("key", help="check an answer key file for mistakes")
    ksub = key.add_subparsers(dest="action", metavar="ACTION")
    kcheck = ksub.add_parser("check", help="list every problem, by file, entry and field")
    kcheck.add_argument("files", nargs="+", help="answer key files (.yaml)")


def run_lesson(args) -> int:
    """Run ``lesson new|check|rebuild`` and ``key check``; return the exit status.

    ``lesson check`` exits 1 while key entries are unchecked (a script can wait for 0):

    >>> import argparse, tempfile
    >>> folder = Path(tempfile.mkdtemp()) / "sale"
    >>> from toolkit.drafting import new_lesson_from_text
    >>> _ = new_lesson_from_text('"We raised $400," club president Maya Ortiz said.', None, folder)
    >>> run_lesson(argparse.Namespace(command="lesson", action="check", folder=str(folder)))
    keys/original.yaml: 1 entry not checked yet
    1
    """
    from . import drafting, wording
    from .keys import check_key_file

    if args.command == "key":
        if args.action != "check":
            raise ToolkitError("Use: python -m toolkit key check FILE.yaml")
        bad = 0
        for name in args.files:
            if not Path(name).is_file():
                raise ToolkitError(f"No file named {name!r}: check the name and folder.")
            problems = check_key_file(name)
            bad += len(problems)
            for problem in problems:
                print(problem)
            if not problems:
                print(f"{name}: no problems found.")
        return 1 if bad else 0
    if args.action == "new":
        draft = drafting.new_lesson(args.original, args.rewrite, args.output, title=args.title,
                                    mode="outlets" if args.outlets else "rewrite", force=args.force)
        print(draft)
        return 0
    if args.action in ("check", "rebuild"):
        if not Path(args.folder).is_dir():
            raise ToolkitError(f"No folder named {args.folder!r}: give the lesson folder that "
                               "'lesson new' wrote.")
        if args.action == "rebuild":
            quiz = drafting.rebuild_quiz(args.folder)
            print(f"The quiz in {args.folder} has {len(quiz['questions'])} questions, every answer "
                  "taken from the keys.")
        status = drafting.lesson_status(args.folder)
        for name, count in status["files"].items():
            problems = check_key_file(Path(args.folder) / name)
            print(f"{name}: {count} entr{'y' if count == 1 else 'ies'} not checked yet"
                  + (f"; {wording.count(len(problems), 'problem')}: {problems[0]}"
                     if problems else ""))
        return 0 if status["unchecked"] == 0 else 1
    raise ToolkitError("Use: python -m toolkit lesson new ORIGINAL [REWRITE] -o FOLDER "
                       "(or lesson check FOLDER, lesson rebuild FOLDER).")


def _write(text: str, output: str | None) -> None:
    if output is None:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
        return
    path = Path(output)
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise ToolkitError(f"Cannot write {output}: {exc.strerror or exc}. Choose another file or "
                           "folder you can write to.") from None


def _check_output(args) -> None:
    """Refuse an output path that is one of the input articles (it would be overwritten)."""
    output = getattr(args, "output", None)
    if not output:
        return
    target = Path(output).resolve()
    for name in ("file", "original", "rewrite"):
        given = getattr(args, name, None)
        if given and given != "-" and Path(given).resolve() == target:
            raise ToolkitError(f"The output file {output} is also the article you gave: writing "
                               "there would overwrite the article. Choose another output name.")


def _load(file: str):
    from .articles import article_from_text, decode_text, load_article

    if file == "-":
        return article_from_text(decode_text(sys.stdin.buffer.read(), "The input"))
    if not exists(file):
        raise ToolkitError(f"No file named {file!r}: check the name and folder "
                           f"(the folder you are in is {Path.cwd()}).")
    return load_article(Path(file))


def run(argv: list[str]) -> int:
    """Run the command line with ``argv`` (without the program name); return the exit status.

    >>> import json, tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> _ = (folder / "bus.txt").write_text('"Fares will fall," Mayor Ana Ruiz said on Monday. '
    ...                                     'The plan is brilliant.')
    >>> run(["analyze", str(folder / "bus.txt"), "--format", "json", "-o", str(folder / "bus.json")])
    0
    >>> data = json.loads((folder / "bus.json").read_text())
    >>> [s["label"] for s in data["sentences"]]
    ['attributed', 'opinion']
    """
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 2
    _check_output(args)
    grade = getattr(args, "grade", None)
    if grade is not None and not 1 <= grade <= 16:
        raise ToolkitError(f"The grade must be a whole school grade from 1 to 16 (for example "
                           f"--grade 8), not {grade}.")
    if args.command == "analyze":
        from .analysis import analyze
        from .render.analysis import analysis_html, analysis_text
        from .render.html import page

        article = _load(args.file)
        result = analyze(article, reader_grade=args.grade)
        if args.format != "text":  # the text format prints its notes itself
            for warning in article.warnings:
                print(f"Note: {warning}", file=sys.stderr)
        if args.format == "json":
            _write(result.to_json(), args.output)
        elif args.format == "html":
            _write(page(result.name, analysis_html(result, title=result.name)), args.output)
        else:
            _write(analysis_text(result), args.output)
        return 0
    return _dispatch_other(args)


def _dispatch_other(args) -> int:
    """The two-article commands: ``compare`` and ``report``."""
    if args.command == "compare":
        return run_compare(args, load=_load, write=_write)
    if args.command == "report":
        return run_report(args, load=_load, write=_write)
    if args.command == "class":
        return _run_class(args)
    if args.command in ("lesson", "key"):
        return run_lesson(args)
    print(f"Unknown command {args.command!r}: use analyze, compare, report, class, lesson or key.",
          file=sys.stderr)
    return 2


def run_compare(args, load=None, write=None) -> int:
    """Run ``python -m toolkit compare ORIGINAL REWRITE --format json|html|text``; return 0.

    Raises:
        ToolkitError: for a missing, empty or unreadable file.

    >>> import argparse, tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> _ = (folder / "a.txt").write_text('"We raised $400," club president Maya Ortiz said.')
    >>> _ = (folder / "b.txt").write_text("The club raised $400. Buy a cake now!")
    >>> args = argparse.Namespace(original=str(folder / "a.txt"), rewrite=str(folder / "b.txt"),
    ...                           format="json", output=str(folder / "changes.json"))
    >>> run_compare(args)
    0
    >>> '"attribution_dropped"' in (folder / "changes.json").read_text()
    True
    """
    from .comparison import compare
    from .render.html import page

    load, write = load or _load, write or _write
    original = load(args.original)
    rewrite = load(args.rewrite)
    for art in (original, rewrite):
        for warning in art.warnings:
            print(f"Note ({art.name}): {warning}", file=sys.stderr)
    result = compare(original, rewrite)
    fmt = getattr(args, "format", "text")
    if fmt == "json":
        write(result.to_json(), args.output)
    elif fmt == "html":
        write(page(f"Compare: {result.rewrite_analysis.name}", result.to_html()), args.output)
    elif fmt == "text":
        write(result.to_text(), args.output)
    else:
        raise ToolkitError(f"There is no format {fmt!r}: use json, html or text.")
    return 0


def run_report(args, load=None, write=None) -> int:
    """Run ``python -m toolkit report ORIGINAL [REWRITE] -o report.html``; return 0.

    Args:
        args: parsed arguments with ``original``, ``rewrite`` (or None), ``output``, ``grade``.
        load: the command line's loader (a path to an Article, with its clear errors).
        write: the command line's writer (text to a file, with its clear errors).

    Raises:
        ToolkitError: for bad input, a bad grade or an output path that cannot be written.

    >>> import argparse, tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> _ = (folder / "a.txt").write_text('"We raised $400," club president Maya Ortiz said.')
    >>> args = argparse.Namespace(original=str(folder / "a.txt"), rewrite=None, grade=8,
    ...                           output=str(folder / "report.html"))
    >>> run_report(args)
    0
    >>> (folder / "report.html").read_text()[:15]
    '<!DOCTYPE html>'
    """
    from .report import _check_grade, build_report

    load, write = load or _load, write or _write
    output = getattr(args, "output", None) or "report.html"
    inputs = [p for p in (args.original, getattr(args, "rewrite", None)) if p and p != "-"]
    for given in inputs:
        if exists(given) and exists(output) and Path(given).resolve() == Path(output).resolve():
            raise ToolkitError(f"The report would overwrite the article {given}: choose another "
                               f"output file with -o, such as report.html.")
    out_dir = Path(output).resolve().parent
    if not out_dir.is_dir():
        raise ToolkitError(f"Cannot write {output}: there is no folder {out_dir}. Choose a folder "
                           "that exists.")
    grade = _check_grade(getattr(args, "grade", 8))
    original = load(args.original)
    rewrite = load(args.rewrite) if getattr(args, "rewrite", None) else None
    for art in (original, rewrite):
        if art is not None:
            for warning in art.warnings:
                print(f"Note ({art.name}): {warning}", file=sys.stderr)
    write(build_report(original, rewrite, grade=grade), output)
    print(f"Wrote the report to {output}", file=sys.stderr)
    return 0


def _run_class(args) -> int:
    """``class FOLDER``: print the class results; ``--csv``/``--html`` also write them."""
    import warnings

    from .quiz.results import class_results

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        results = class_results(args.folder)
    for w in caught:
        print(f"Note: {w.message}", file=sys.stderr)
    if args.csv:
        print(f"Wrote {results.to_csv(args.csv)}", file=sys.stderr)
    if args.html:
        _write(results.to_html(), args.html)
        print(f"Wrote {args.html}", file=sys.stderr)
    _write(results.to_text(), None)
    return 0


def main(argv: list[str] | None = None) -> int:
    """Entry point: friendly one-line errors, exit 2 on bad input.

    >>> import contextlib
    >>> with contextlib.redirect_stderr(sys.stdout):  # to show the message here
    ...     main(["analyze", "no-such-file.txt"])  # doctest: +ELLIPSIS
    Error: No file named 'no-such-file.txt': check the name and folder (the folder you are in is ...).
    2
    """
    try:
        return run(sys.argv[1:] if argv is None else argv)
    except ToolkitError as exc:
        print(f"Error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("Stopped.", file=sys.stderr)
        return 130
    except MemoryError:
        print("Error: the text is too large to analyze in this computer's memory: split it into "
              "smaller files.", file=sys.stderr)
        return 2
