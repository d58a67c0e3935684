#!/usr/bin/env bash
# Sets up everything the tests need (first run: several minutes) and runs the whole test suite:
#   1. Debian's Chromium for the browser tests (installed with apt-get when missing);
#   2. .venv: the toolkit with ipywidgets 8.1.x, JupyterLab, Notebook 7, Playwright, pytest;
#   3. .venv-ipyw7: the toolkit with ipywidgets 7.7.x (what Google Colab ships), for the unit tests;
#   4. the unit tests under ipywidgets 7.7, then every test (unit, notebooks, browser) under 8.1;
#   5. the accuracy evaluation, which prints figures;
#   6. the zero-install browser site (scripts/build-lite.sh), which the browser tests open offline.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/_setup.sh

if ! command -v chromium >/dev/null 2>&1 && [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing Chromium (Debian package) for the browser tests..."
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  elif command -v sudo >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    sudo apt-get update -qq >/dev/null
    sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "Chromium is not installed, so the browser tests will be skipped." \
         "To run them: sudo apt-get install chromium" >&2
  fi
fi

echo "Setting up .venv (ipywidgets 8.1) and .venv-ipyw7 (ipywidgets 7.7)..."
make_venv .venv -e ".[test]"
make_venv .venv-ipyw7 -e . "ipywidgets>=7.7,<7.8" "pytest>=8"

echo "== Building the zero-install browser site (build/lite) for the browser tests =="
mkdir -p build
bash scripts/build-lite.sh >build/lite-build.log 2>&1 || { tail -n 30 build/lite-build.log >&2; exit 1; }
tail -n 2 build/lite-build.log | head -n 1

echo "== Unit tests with ipywidgets 7.7 (as on Google Colab) =="
.venv-ipyw7/bin/python -m pytest -q -m "not browser and not notebooks"

echo "== Accuracy evaluation (figures, not a pass/fail gate) =="
.venv/bin/python eval/evaluate.py
.venv/bin/python eval/evaluate_compare.py

echo "== Every test with ipywidgets 8.1: unit, notebooks, browser =="
.venv/bin/python -m pytest -q -ra
