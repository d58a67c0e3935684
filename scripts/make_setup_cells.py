"""Write each lesson's set-up cell and the "Open in Colab" links from scripts/release.json.

Usage:
    python scripts/make_setup_cells.py           # rewrite the lessons and the two READMEs
    python scripts/make_setup_cells.py --check   # exit 1 if anything is out of date

The set-up cell is the first code cell of every lesson. Everything in it before its first empty
line is generated here (the lesson's own imports follow the empty line). It finds out where the
notebook runs, in one place (``ENVIRONMENTS`` below), installs the toolkit where it must (on
Colab: with pip, pinned to the version these notebooks were written for; nothing that would need
a runtime restart), then calls ``toolkit.environment.ready``, which warns if the installed
toolkit is another version and, where files vanish with the session, says so and shows the
download/load answers controls. To support another place, add it to ENVIRONMENTS (and, if its
files vanish, to toolkit.environment.SESSION_ONLY), then run this script.

The ``[project.urls]`` of pyproject.toml and the Colab links in README.md and lessons/README.md sit between ``<!-- colab-links -->`` and
``<!-- /colab-links -->`` and are built from the configured repository URL and tag; so are the
nbgitpuller links in docs/jupyterhub.md.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CONFIG = ROOT / "scripts" / "release.json"
LESSONS = ROOT / "lessons"
READMES = {ROOT / "README.md": "lessons/", ROOT / "lessons" / "README.md": ""}
START, END = "<!-- colab-links -->", "<!-- /colab-links -->"
HUB_DOC = ROOT / "docs" / "jupyterhub.md"
HUB_START, HUB_END = "<!-- nbgitpuller-links -->", "<!-- /nbgitpuller-links -->"

# Where a lesson can run: (name, Python test that is true there, lines that install the toolkit
# there, indented under an "if"). The first test that is true wins; "local" is the fallback and
# installs nothing (the toolkit is already there: scripts/lessons.sh, pip, a hub image).
ENVIRONMENTS = [
    ("colab", '"google.colab" in sys.modules',
     ["import importlib, subprocess",
      'subprocess.run([sys.executable, "-m", "pip", "install", "-q", "{pip_install}"], '
      "check=True); importlib.invalidate_caches()"]),
    # JupyterLite (Python in the browser, Pyodide). The project's site (scripts/build-lite.sh)
    # loads the toolkit when the kernel starts; anywhere else, piplite installs the pinned wheel
    # (the await only runs there; IPython runs a cell holding an await as async everywhere).
    ("jupyterlite", 'sys.platform == "emscripten"',
     ["import importlib.util",
      'if importlib.util.find_spec("toolkit") is None:',
      '    import piplite; await piplite.install("{pip_install}")']),
]


def version() -> str:
    """The toolkit's version, read from toolkit/__init__.py (its one source)."""
    text = (ROOT / "toolkit" / "__init__.py").read_text(encoding="utf-8")
    return re.search(r'^__version__ = "([^"]+)"', text, re.M).group(1)


def config() -> dict:
    data = json.loads(CONFIG.read_text(encoding="utf-8"))
    v = version()
    return {k: v_.format(version=v) if isinstance(v_, str) else v_ for k, v_ in data.items()} | {
        "version": v}


def setup_block(cfg: dict) -> str:
    """The generated part of a lesson's set-up cell."""
    tests = " else ".join(f'"{name}" if {test}' for name, test, _ in ENVIRONMENTS)
    lines = ["# Set-up: gets the tools ready. On Google Colab it installs them first (about a "
             "minute); in a browser-only site (JupyterLite) the tools are loaded with the page.",
             "import sys",
             f'where = {tests} else "local"']
    for name, _test, install in ENVIRONMENTS:
        lines.append(f'if where == "{name}":')
        lines += ["    " + line.format(**cfg) for line in install]
    lines.append(f'from toolkit.environment import ready; ready("{cfg["version"]}", where)')
    return "\n".join(lines)


def with_setup(source: str, block: str) -> str:
    """A first code cell with its generated part replaced (or added before the imports)."""
    if source.startswith("# Set-up:") and "\n\n" in source:
        source = source.split("\n\n", 1)[1]
    return block + "\n\n" + source


def colab_url(cfg: dict, notebook: str) -> str:
    repo = cfg["repository"].rstrip("/")
    m = re.match(r"^https://github\.com/([^/]+)/([^/]+?)(?:\.git)?$", repo)
    if not m:
        raise SystemExit(f"{CONFIG}: repository must be https://github.com/OWNER/NAME, not {repo}")
    return (f"https://colab.research.google.com/github/{m.group(1)}/{m.group(2)}/blob/"
            f"{cfg['colab_ref']}/lessons/{notebook}")


def links_block(cfg: dict, prefix: str) -> str:
    rows = []
    for path in sorted(LESSONS.glob("*.ipynb")):
        title = json.loads(path.read_text(encoding="utf-8"))["cells"][0]["source"]
        title = "".join(title).splitlines()[0].lstrip("# ").strip()
        rows.append(f"- [{title}]({prefix}{path.name}): "
                    f"[Open in Colab]({colab_url(cfg, path.name)})")
    note = (f"These links open the notebooks of release {cfg['colab_ref']} (toolkit "
            f"{cfg['version']}); the first cell installs that version on Colab.")
    return "\n".join([START, *rows, "", note, END])


def updated_readme(text: str, block: str, start: str = START, end: str = END) -> str:
    pattern = re.compile(re.escape(start) + r".*?" + re.escape(end), re.S)
    if not pattern.search(text):
        raise SystemExit(f"a file lacks the {start} ... {end} markers")
    return pattern.sub(lambda _m: block, text)


def nbgitpuller_block(cfg: dict) -> str:
    """One nbgitpuller link per lesson, for docs/jupyterhub.md (the hub address is an example)."""
    from urllib.parse import quote

    repo = cfg["repository"].rstrip("/")
    folder = repo.rsplit("/", 1)[1].removesuffix(".git")
    rows = []
    for path in sorted(LESSONS.glob("*.ipynb")):
        urlpath = f"lab/tree/{folder}/lessons/{path.name}"
        link = (f"https://hub.example.org/hub/user-redirect/git-pull?repo={quote(repo, safe='')}"
                f"&branch={quote(cfg['colab_ref'])}&urlpath={quote(urlpath, safe='')}")
        rows.append(f"- `{path.name}`: <{link}>")
    return "\n".join([HUB_START, *rows, HUB_END])


def updated_urls(pyproject: str, repo: str) -> str:
    """pyproject.toml with its [project.urls] pointing at the configured repository."""
    urls = {"Homepage": repo, "Source": repo, "Issues": f"{repo}/issues",
            "Lessons": f"{repo}/tree/main/lessons"}
    for key, url in urls.items():
        pyproject = re.sub(rf'^{key} = ".*"$', f'{key} = "{url}"', pyproject, flags=re.M)
    return pyproject


def main(argv: list[str]) -> int:
    check = "--check" in argv
    sys.path.insert(0, str(ROOT / "scripts"))
    import nbclean

    cfg = config()
    block = setup_block(cfg)
    stale = []
    for path in sorted(LESSONS.glob("*.ipynb")):
        nb = json.loads(path.read_text(encoding="utf-8"))
        code = next(c for c in nb["cells"] if c["cell_type"] == "code")
        src = "".join(code["source"])
        new = with_setup(src, block)
        if new != src:
            stale.append(path)
            code["source"] = new
            if not check:
                path.write_text(nbclean.dumps(nbclean.clean(nb)), encoding="utf-8")
    pyproject = ROOT / "pyproject.toml"
    text = pyproject.read_text(encoding="utf-8")
    new = updated_urls(text, cfg["repository"].rstrip("/"))
    if new != text:
        stale.append(pyproject)
        if not check:
            pyproject.write_text(new, encoding="utf-8")
    for readme, prefix in READMES.items():
        text = readme.read_text(encoding="utf-8")
        new = updated_readme(text, links_block(cfg, prefix))
        if new != text:
            stale.append(readme)
            if not check:
                readme.write_text(new, encoding="utf-8")
    text = HUB_DOC.read_text(encoding="utf-8")
    new = updated_readme(text, nbgitpuller_block(cfg), HUB_START, HUB_END)
    if new != text:
        stale.append(HUB_DOC)
        if not check:
            HUB_DOC.write_text(new, encoding="utf-8")
    if check:
        if stale:
            print("Out of date (run python scripts/make_setup_cells.py):")
            print("\n".join(f"  {p.relative_to(ROOT)}" for p in stale))
            return 1
        return 0
    print(f"Updated {len(stale)} file(s).")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
