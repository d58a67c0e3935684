"""Build the zero-install browser site (JupyterLite + Pyodide) into build/lite/.

Run it through ``bash scripts/build-lite.sh``, which makes ``.venv-lite`` with the pinned
JupyterLite packages first. Everything the site needs is copied into it, so a student's browser
fetches nothing from anywhere but the site itself.

Where each part comes from (also written to ``build/lite/SOURCES.md`` with every file's sha256):

* JupyterLite and its Pyodide kernel: PyPI (``jupyterlite-core``, ``jupyterlite-pyodide-kernel``,
  pinned in build-lite.sh); the ipywidgets front end from ``jupyterlab_widgets`` (PyPI).
* Pyodide: ``PYODIDE_DIST`` when set (a folder or archive of Pyodide's full distribution that the
  builder downloaded once, e.g. ``pyodide-314.0.6.tar.bz2`` from Pyodide's release page), else the
  npm package ``pyodide@314.0.6`` (core only: interpreter, standard library, package list).
  A pure-Python package the site needs that is not in that distribution is downloaded from PyPI at
  the same version as Pyodide's list names, and the list's checksum is set to the file shipped.
  Compiled (wasm) packages come only from ``PYODIDE_DIST``: no registry reachable here carries them.
* The toolkit: a wheel built from this checkout, with the seed articles and JSON copies of every
  YAML data file (Pyodide's core has no PyYAML), and the pure-Python wheels it needs from PyPI.
* Lessons: ``lessons/*.ipynb``, set to the Pyodide kernel.

The package list (``pyodide-lock.json``) keeps only what the site holds, so asking for anything
else fails at once with a message instead of waiting on a download.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PYODIDE_VERSION = "314.0.6"  # the version jupyterlite-pyodide-kernel 0.8.6 is built for
PYODIDE_PYTHON = "3.14"

# Pure-Python wheels from PyPI that the toolkit needs in the browser and Pyodide does not list,
# with the packages (Pyodide names) each one needs loaded first. Versions are pinned.
TOOLKIT_WHEELS = {
    "comm": ("0.2.3", ["traitlets"]),
    "jupyterlab-widgets": ("3.0.17", []),
    "ipywidgets": ("8.1.9", ["comm", "ipython", "traitlets", "jupyterlab-widgets"]),
    "pyphen": ("0.18.1", []),
    "textstat": ("0.7.13", ["pyphen"]),
}
# What the kernel itself loads when it starts (Pyodide names, with their dependencies).
KERNEL_NEEDS = ["micropip", "packaging", "ipython", "jedi"]
# Used when the distribution has them (Pyodide's full distribution): charts, YAML, NLTK.
OPTIONAL = ["pyyaml", "matplotlib", "regex", "nltk"]
# Packages loaded when the kernel starts, so a lesson's first cell finds the toolkit at once.
PRELOAD = ["medialit-lessons"]

PYODIDE_KERNEL_SETTINGS = "@jupyterlite/pyodide-kernel-extension:kernel"

# On a first visit JupyterLite registers its service worker and starts the kernel (a Web Worker)
# as soon as the registration is made, not when the worker controls the page. A kernel started
# before that stays outside the worker for good: its file requests reach the web server, which
# cannot answer them, so lessons cannot read their files and answers are not saved (a slow
# Chromebook or a busy network loses this race). This script, put first in every page that
# starts the app, notes whether a Web Worker was started before the service worker took control,
# and if so loads the page once more as soon as the worker is in control. It runs once per tab
# (sessionStorage) and fetches nothing. The flag says "pending" while that reload runs and "done"
# once the new page is up (the browser tests wait for it).
FIRST_VISIT_GUARD = """<script id="medialit-first-visit">
(function () {
  var sw = navigator.serviceWorker, key = "medialit-first-visit", Native = window.Worker;
  try {
    if (!sw) return;
    if (sw.controller) {
      if (sessionStorage.getItem(key) === "pending") sessionStorage.setItem(key, "done");
      return;
    }
    if (sessionStorage.getItem(key) || !Native) return;
    var early = false;
    var Guarded = function (url, options) {
      if (!sw.controller) early = true;
      return new Native(url, options);
    };
    Guarded.prototype = Native.prototype;
    window.Worker = Guarded;
    sw.addEventListener("controllerchange", function () {
      if (window.Worker === Guarded) window.Worker = Native;
      if (!early) return;
      try { sessionStorage.setItem(key, "pending"); } catch (e) { return; }  // never loop
      window.location.reload();
    });
  } catch (e) { /* no storage (some private windows): leave the page as it is */ }
})();
</script>"""


def add_first_visit_guard(html: str) -> str:
    """The page with FIRST_VISIT_GUARD as the first thing in its head (once), if it starts the app.

    >>> page = '<html><head><title>x</title><script>import("../config-utils.js")</script></head>'
    >>> out = add_first_visit_guard(page)
    >>> out.index('id="medialit-first-visit"') < out.index("config-utils")
    True
    >>> add_first_visit_guard(out) == out
    True
    >>> add_first_visit_guard("<html><head></head></html>")  # no app on this page: unchanged
    '<html><head></head></html>'
    """
    if "config-utils.js" not in html or 'id="medialit-first-visit"' in html:
        return html
    head = re.search(r"<head[^>]*>", html)
    if head is None:
        raise ValueError("the page has no <head>")
    return html[:head.end()] + "\n" + FIRST_VISIT_GUARD + html[head.end():]


def guard_first_visits(site: Path) -> list[str]:
    """Add the first-visit guard to every app page of the built site; the pages changed."""
    changed = []
    for page in sorted(site.glob("*/index.html")):
        html = page.read_text(encoding="utf-8")
        new = add_first_visit_guard(html)
        if new != html:
            page.write_text(new, encoding="utf-8")
            changed.append(page.parent.name)
    return changed


def sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def run(cmd: list[str], **kw) -> None:
    print("  $", " ".join(str(c) for c in cmd), flush=True)
    subprocess.run([str(c) for c in cmd], check=True, **kw)


class Sources:
    """Where every shipped file came from, written out as SOURCES.md."""

    def __init__(self):
        self.rows: list[tuple[str, str, str]] = []
        self.missing: list[tuple[str, str]] = []

    def add(self, shipped: Path, origin: str, site: Path) -> None:
        self.rows.append((shipped.relative_to(site).as_posix(), origin, sha256(shipped)))

    def write(self, site: Path, header: list[str]) -> None:
        lines = ["# Where this site's files came from", "", *header, "",
                 "| file | from | sha256 |", "| --- | --- | --- |"]
        lines += [f"| {f} | {o} | `{h}` |" for f, o, h in sorted(self.rows)]
        if self.missing:
            lines += ["", "## Not in this site", ""]
            lines += [f"- `{n}`: {why}" for n, why in self.missing]
        (site / "SOURCES.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


# ---------------------------------------------------------------- Pyodide's distribution

def pyodide_dist(cache: Path) -> tuple[Path, str]:
    """A folder holding pyodide-lock.json and whatever files the chosen distribution has."""
    given = os.environ.get("PYODIDE_DIST")
    if given:
        src = Path(given).expanduser().resolve()
        if src.is_dir():
            folder = src
        elif src.is_file():
            folder = cache / ("dist-" + sha256(src)[:16])
            if not (folder / ".done").exists():
                shutil.rmtree(folder, ignore_errors=True)
                folder.mkdir(parents=True)
                with tarfile.open(src) as tar:
                    tar.extractall(folder, filter="data")
                (folder / ".done").write_text("")
        else:
            sys.exit(f"PYODIDE_DIST is set to {given}, which is neither a folder nor an archive.")
        locks = sorted(folder.rglob("pyodide-lock.json"), key=lambda p: len(p.parts))
        if not locks:
            sys.exit(f"No pyodide-lock.json in {given}: is it Pyodide's distribution?")
        lock = json.loads(locks[0].read_text())
        version = lock.get("info", {}).get("version") or "?"
        return locks[0].parent, f"PYODIDE_DIST ({src.name}, sha256 {sha256(src) if src.is_file() else 'folder'})"
    tgz = cache / f"pyodide-{PYODIDE_VERSION}.tgz"
    if not tgz.exists():
        cache.mkdir(parents=True, exist_ok=True)
        npm = shutil.which("npm")
        if not npm:
            sys.exit("npm is needed to fetch Pyodide's core package once (Debian: apt-get install npm), "
                     "or set PYODIDE_DIST to a Pyodide distribution you downloaded.")
        run([npm, "pack", f"pyodide@{PYODIDE_VERSION}", "--silent", "--pack-destination", cache],
            cwd=cache)
    folder = cache / f"npm-pyodide-{PYODIDE_VERSION}"
    if not (folder / ".done").exists():
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        with tarfile.open(tgz) as tar:
            tar.extractall(folder, filter="data")
        (folder / ".done").write_text("")
    return folder / "package", f"npm package pyodide@{PYODIDE_VERSION} (tarball sha256 {sha256(tgz)})"


def norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def closure(packages: dict, names: list[str]) -> list[str]:
    seen: list[str] = []
    todo = list(names)
    while todo:
        name = todo.pop()
        if name in seen or name not in packages:
            continue
        seen.append(name)
        todo.extend(packages[name].get("depends", []))
    return seen


def pypi_wheel(name: str, version: str, cache: Path, pip: list[str]) -> Path | None:
    """The pure-Python wheel of name==version from PyPI (cached)."""
    folder = cache / "pypi"
    folder.mkdir(parents=True, exist_ok=True)
    stem = "[-_.]".join(re.escape(part) for part in re.split(r"[-_.]", name))
    pattern = re.compile(rf"^{stem}-{re.escape(version)}-.*none-any\.whl$", re.IGNORECASE)
    found = [p for p in folder.iterdir() if pattern.match(p.name)]
    if not found:
        subprocess.run([*pip, "download", "--no-deps", "--only-binary=:all:", "--python-version", PYODIDE_PYTHON,
             "--disable-pip-version-check", "-q", "-d", str(folder), f"{name}=={version}"], capture_output=True)
        found = [p for p in folder.iterdir() if pattern.match(p.name)]
    if found:
        print(f"  {found[0].name} (PyPI)", flush=True)
    return found[0] if found else None


def wheel_imports(path: Path) -> list[str]:
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        top = [n for n in names if n.endswith("top_level.txt")]
        if top:
            return [m for m in z.read(top[0]).decode().split() if m]
    mods = set()
    for n in names:
        first = n.split("/")[0]
        if first.endswith((".dist-info", ".data")):
            continue
        mods.add(first[:-3] if first.endswith(".py") else first)
    return sorted(mods)


def lock_entry(name: str, version: str, wheel: Path, depends: list[str]) -> dict:
    return {"name": name, "version": version, "file_name": wheel.name, "install_dir": "site",
            "sha256": sha256(wheel), "package_type": "package", "imports": wheel_imports(wheel),
            "depends": depends, "unvendored_tests": False, "shared_library": False}


# ---------------------------------------------------------------- the toolkit wheel

def toolkit_wheel(work: Path, pip: list[str]) -> Path:
    """Build the toolkit's wheel from a staged copy with the seeds and JSON copies of the YAML."""
    from toolkit.jsoncopies import write_json_copies

    stage = work / "toolkit-src"
    shutil.rmtree(stage, ignore_errors=True)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info")
    shutil.copytree(ROOT / "toolkit", stage / "toolkit", ignore=ignore)
    for f in ("pyproject.toml", "README.md", "LICENSE"):
        shutil.copy2(ROOT / f, stage / f)
    seeds = stage / "toolkit" / "data" / "seeds"
    if not seeds.exists():
        shutil.copytree(ROOT / "seeds", seeds, ignore=ignore)
    written = write_json_copies(stage / "toolkit" / "data")
    print(f"  {len(written)} JSON copies of YAML data files", flush=True)
    out = work / "toolkit-wheel"
    shutil.rmtree(out, ignore_errors=True)
    run([*pip, "wheel", "--no-deps", "--disable-pip-version-check", "-q", "-w", out, stage])
    return next(out.glob("*.whl"))


# ---------------------------------------------------------------- lessons

def stage_lessons(files: Path) -> list[Path]:
    files.mkdir(parents=True, exist_ok=True)
    out = []
    for nb_path in sorted((ROOT / "lessons").glob("*.ipynb")):
        nb = json.loads(nb_path.read_text(encoding="utf-8"))
        nb.setdefault("metadata", {})["kernelspec"] = {
            "display_name": "Python (Pyodide)", "language": "python", "name": "python"}
        target = files / nb_path.name
        target.write_text(json.dumps(nb, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        out.append(target)
    return out


# ---------------------------------------------------------------- main

def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", default=str(ROOT / "build" / "lite"))
    parser.add_argument("--cache", default=os.environ.get(
        "MEDIALIT_LITE_CACHE", str(Path.home() / ".cache" / "medialit-lite")))
    args = parser.parse_args()
    site = Path(args.output).resolve()
    cache = Path(args.cache).resolve()
    work = site.parent / (site.name + "-work")
    pip = [sys.executable, "-m", "pip"]
    sources = Sources()

    shutil.rmtree(work, ignore_errors=True)
    lite_dir = work / "lite"
    pyodide_out = lite_dir / "static" / "pyodide"
    pyodide_out.mkdir(parents=True)

    print("Pyodide's distribution...", flush=True)
    dist, dist_origin = pyodide_dist(cache)
    lock = json.loads((dist / "pyodide-lock.json").read_text())
    packages = lock["packages"]
    canonical = {norm(n): n for n in packages}  # "prompt_toolkit" is listed as "prompt-toolkit"
    for entry in packages.values():
        entry["depends"] = [canonical.get(norm(d), d) for d in entry.get("depends", [])]

    print("The toolkit's wheel...", flush=True)
    tk = toolkit_wheel(work, pip)
    tk_version = tk.name.split("-")[1]

    # Which of Pyodide's packages the site carries: each comes from the distribution, or (pure
    # Python) from PyPI at the version Pyodide lists, or cannot be had here.
    roots = KERNEL_NEEDS + [d for _, deps in TOOLKIT_WHEELS.values() for d in deps
                            if d not in TOOLKIT_WHEELS] + OPTIONAL
    unavailable: dict[str, str] = {}
    fetched: dict[str, Path] = {}
    while True:
        origin: dict[str, str] = {}
        for name in closure(packages, roots):
            entry = packages[name]
            if name in unavailable:
                continue
            if (dist / entry["file_name"]).is_file():
                origin[name] = "dist"
            elif entry["file_name"].endswith("-none-any.whl"):
                origin[name] = "pypi"
            else:
                unavailable[name] = ("compiled for WebAssembly: only in Pyodide's full distribution "
                                     "(set PYODIDE_DIST)")
        changed = True  # drop what lost a dependency (e.g. matplotlib without numpy)
        while changed:
            changed = False
            for name in list(origin):
                lost = [d for d in packages[name].get("depends", []) if d not in origin]
                if lost:
                    unavailable[name] = f"needs {', '.join(lost)}, which this site cannot have"
                    del origin[name]
                    changed = True
        final = closure({n: packages[n] for n in origin}, [r for r in roots if r in origin])
        failed = False
        for name in final:
            if origin[name] == "pypi" and name not in fetched:
                wheel = pypi_wheel(name, packages[name]["version"], cache, pip)
                if wheel is None:
                    unavailable[name] = "PyPI has no pure-Python wheel of the version Pyodide lists"
                    failed = True
                    break
                fetched[name] = wheel
        if not failed:
            break
    missing_roots = [r for r in KERNEL_NEEDS + [d for _, ds in TOOLKIT_WHEELS.values() for d in ds]
                     if r not in final and r not in TOOLKIT_WHEELS]
    if missing_roots:
        sys.exit(f"The site cannot work without {', '.join(missing_roots)}: " +
                 "; ".join(f"{n}: {unavailable.get(n, '?')}" for n in missing_roots))
    for name in sorted(unavailable):
        if name in packages:
            sources.missing.append((packages[name]["file_name"], unavailable[name]))
    kept: dict[str, dict] = {}
    from_dist: set[str] = set()
    for name in final:
        entry = dict(packages[name])
        if origin[name] == "dist":
            shutil.copy2(dist / entry["file_name"], pyodide_out / entry["file_name"])
            from_dist.add(name)
        else:
            wheel = fetched[name]
            shutil.copy2(wheel, pyodide_out / wheel.name)
            entry["file_name"] = wheel.name
            entry["sha256"] = sha256(wheel)
            sources.add(pyodide_out / wheel.name, f"PyPI: {wheel.name} (the version Pyodide "
                        f"{PYODIDE_VERSION} lists; Pyodide's own build of it is not in the core)",
                        work / "lite" / "static")
        kept[name] = entry

    for name, (version, deps) in TOOLKIT_WHEELS.items():
        wheel = pypi_wheel(name, version, cache, pip)
        if wheel is None:
            sys.exit(f"PyPI has no pure-Python wheel of {name}=={version}; the site needs it.")
        shutil.copy2(wheel, pyodide_out / wheel.name)
        kept[name] = lock_entry(name, version, wheel, [d for d in deps if d in kept or d in TOOLKIT_WHEELS])
        sources.add(pyodide_out / wheel.name, f"PyPI: {wheel.name}", work / "lite" / "static")
    shutil.copy2(tk, pyodide_out / tk.name)
    tk_deps = ["ipywidgets", "textstat"] + [d for d in OPTIONAL if d in kept]
    kept["medialit-lessons"] = lock_entry("medialit-lessons", tk_version, tk, tk_deps)
    sources.add(pyodide_out / tk.name, "built from this checkout (with the seeds and JSON copies of "
                "the YAML data files)", work / "lite" / "static")

    # The interpreter itself, and the trimmed package list.
    core_files = ["pyodide.mjs", "pyodide.js", "pyodide.asm.mjs", "pyodide.asm.wasm",
                  "python_stdlib.zip", "package.json"]
    for f in core_files:
        if (dist / f).is_file():
            shutil.copy2(dist / f, pyodide_out / f)
            from_dist.add(f)
    for name in sorted(from_dist):
        f = kept[name]["file_name"] if name in kept else name
        sources.add(pyodide_out / f, dist_origin, work / "lite" / "static")
    lock["packages"] = dict(sorted(kept.items()))
    (pyodide_out / "pyodide-lock.json").write_text(json.dumps(lock, indent=1) + "\n")

    print("Lessons...", flush=True)
    files = work / "files"
    stage_lessons(files)

    config = {
        "jupyter-lite-schema-version": 0,
        "jupyter-config-data": {
            "appName": "Says who? lessons",
            "litePluginSettings": {
                PYODIDE_KERNEL_SETTINGS: {
                    "disablePyPIFallback": True,
                    "loadPyodideOptions": {"packages": PRELOAD},
                }
            },
        },
    }
    (lite_dir / "jupyter-lite.json").write_text(json.dumps(config, indent=1) + "\n")
    # Every cell stays in the page (no windowing), as in the JupyterLab the browser suite drives:
    # a quiz further down a long lesson is not dropped from the page while another is answered,
    # and find-in-page and screen readers see the whole lesson.
    (lite_dir / "overrides.json").write_text(json.dumps(
        {"@jupyterlab/notebook-extension:tracker": {"windowingMode": "none"}}, indent=1) + "\n")

    print("JupyterLite...", flush=True)
    shutil.rmtree(site, ignore_errors=True)
    jupyter = Path(sys.executable).parent / "jupyter"
    run([jupyter, "lite", "build", "--lite-dir", lite_dir, "--contents", files,
         "--output-dir", site, "--no-sourcemaps"], cwd=lite_dir)
    guarded = guard_first_visits(site)
    if not {"lab", "notebooks"} <= set(guarded):
        sys.exit("JupyterLite's pages changed shape: the first-visit guard could not be added to "
                 f"lab/ and notebooks/ (added to: {', '.join(guarded) or 'none'}).")
    print(f"First-visit guard added to: {', '.join(guarded)}", flush=True)
    sources.rows = [(("static/" + f) if not f.startswith("static/") else f, o, h)
                    for f, o, h in sources.rows]
    versions = subprocess.run([*pip, "list", "--format=freeze", "--disable-pip-version-check"],
                              capture_output=True, text=True).stdout.split()
    pins = [v for v in versions if re.match(r"(?i)jupyterlite|jupyterlab[-_]widgets", v)]
    sources.write(site, [f"Pyodide {PYODIDE_VERSION} from {dist_origin}.",
                         "Built with " + ", ".join(pins) + " (PyPI).",
                         "JupyterLite's own files come from those packages; the list below is "
                         "what this builder added to `static/pyodide/`."])
    size = sum(p.stat().st_size for p in site.rglob("*") if p.is_file())
    count = sum(1 for p in site.rglob("*") if p.is_file())
    print(f"Built {site}: {count} files, {size / 1e6:.1f} MB. "
          f"Not included: {', '.join(sorted({n for n, _ in sources.missing})) or 'nothing'}.")
    print(f"Serve it with any static web server, e.g.: python3 -m http.server -d {site} 8000 "
          "--bind 127.0.0.1")


if __name__ == "__main__":
    main()
