#!/usr/bin/env bash
# Builds the zero-install browser site into build/lite/: JupyterLite with the Pyodide kernel, the
# six lessons, the toolkit and the pure-Python wheels it needs. Serve build/lite/ with any static
# web server; a student's browser then fetches nothing from anywhere else (docs/browser-site.md).
#
# Needs the internet once (PyPI, and the npm registry for Pyodide's core package; both are cached
# in ~/.cache/medialit-lite). Optional: PYODIDE_DIST=/path/to/pyodide-314.0.6.tar.bz2 (Pyodide's full
# distribution, downloaded once from Pyodide's release page) adds charts (matplotlib), PyYAML and
# NLTK to the site.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/_setup.sh

if ! command -v npm >/dev/null 2>&1 && [ -z "${PYODIDE_DIST:-}" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing npm (Debian package) to fetch Pyodide's core package..."
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq npm >/dev/null
  else
    echo "npm is needed once to fetch Pyodide's core package: install Node.js/npm" \
         "(e.g. sudo apt-get install npm), or set PYODIDE_DIST (see docs/browser-site.md)." >&2
    exit 1
  fi
fi

echo "Setting up .venv-lite (JupyterLite 0.8.6 and its Pyodide kernel 0.8.6)..."
# jupyterlite-pyodide-kernel 0.8.7 needs jupyterlite-core 0.8.7, which PyPI does not offer yet.
make_venv .venv-lite -e . "jupyterlite-core==0.8.6" "jupyterlite-pyodide-kernel==0.8.6" \
  "jupyterlab_widgets==3.0.17" "jupyter_server>=2.14,<3"

echo "Building the site..."
.venv-lite/bin/python scripts/build_lite.py "$@"
