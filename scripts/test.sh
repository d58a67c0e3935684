#!/usr/bin/env bash
# Sets up everything the tests need (first run: several minutes) and runs the whole test suite:
#   1. Debian's Chromium for the browser tests (installed with apt-get when missing);
#   2. .venv: the toolkit with ipywidgets 8.1.x, JupyterLab, Notebook 7, Playwright, pytest;
#   3. .venv-ipyw7: the toolkit with ipywidgets 7.7.x (what Google Colab ships), for the unit tests;
#   4. .venv-colab: like Google Colab (Python 3.12 when this computer has it, IPython 7.34,
#      ipywidgets 7.7.1, current matplotlib), where a test installs the built wheel the way each
#      lesson's first cell does on Colab and runs every lesson;
#   5. as root: .venv-hub (JupyterHub) and .hub-tools (configurable-http-proxy from npm), for a
#      test that runs a real hub with two local users; .a11y-tools: axe-core from npm, for the
#      browser suite's accessibility audit;
#   6. the zero-install browser site (scripts/build-lite.sh), which the browser tests open offline;
#   7. the unit tests under ipywidgets 7.7, then every test (unit, notebooks, browser) under 8.1;
#   8. the accuracy evaluation, which prints figures.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/_setup.sh
find_python  # first: a too-old Python is said before anything is installed

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

echo "Setting up .venv (ipywidgets 8.1), .venv-ipyw7 (ipywidgets 7.7) and .venv-colab..."
make_venv .venv -e ".[test]"
make_venv .venv-ipyw7 -e . "ipywidgets>=7.7,<7.8" "pytest>=8" "hypothesis>=6.100"
# The Colab-like environment: its own Python 3.12 if there is one. The toolkit is installed (not
# editable) only to bring in its dependencies; the Colab test uninstalls it and lets each lesson's
# first cell install the built wheel.
colab_py=""
for cand in python3.12 "$(pyenv root 2>/dev/null)"/versions/3.12*/bin/python3.12 \
            "$HOME"/.pyenv/versions/3.12*/bin/python3.12 /usr/bin/python3.12 /usr/local/bin/python3.12; do
  if [ -n "$(python_version "$cand")" ]; then colab_py="$cand"; break; fi
done
main_py=("${PY[@]}")
if [ -z "$colab_py" ]; then
  colab_py="${PY[0]}"
  echo "Python 3.12 (Colab's version) was not found: .venv-colab uses $(python_version "${PY[@]}")."
fi
PY=("$colab_py")
make_venv .venv-colab . "ipython==7.34.0" "ipywidgets==7.7.1" matplotlib ipykernel nbclient nbformat
PY=("${main_py[@]}")
# A school JupyterHub, for its test (as root only: it creates two local users): JupyterHub from
# PyPI in .venv-hub, made by a Python every user can run, and configurable-http-proxy from npm.
if [ "$(id -u)" = 0 ]; then
  hub_py=""
  for cand in /usr/bin/python3 /usr/local/bin/python3; do
    v="$(python_version "$cand")"
    if [ -n "$v" ] && version_ok "$v"; then hub_py="$cand"; break; fi
  done
  if [ -n "$hub_py" ]; then
    PY=("$hub_py")
    make_venv .venv-hub . "jupyterhub>=5,<6" "jupyter_server>=2" ipykernel
    PY=("${main_py[@]}")
  else
    echo "No system Python 3.10+ that every user can run: the JupyterHub test will be skipped."
  fi
  if [ ! -x .hub-tools/node_modules/.bin/configurable-http-proxy ]; then
    if command -v npm >/dev/null 2>&1; then
      echo "Installing configurable-http-proxy (npm) into .hub-tools for the JupyterHub test..."
      npm install --prefix .hub-tools --no-audit --no-fund --loglevel=error \
        "configurable-http-proxy@^5" >/dev/null
    else
      echo "npm is missing, so the JupyterHub test will be skipped (sudo apt-get install npm)."
    fi
  fi
fi

# axe-core (npm) for the browser suite's accessibility audit: the test injects this local file
# into each lesson's page, so nothing is fetched while the tests run. Not part of the package.
if [ ! -f .a11y-tools/node_modules/axe-core/axe.min.js ]; then
  if command -v npm >/dev/null 2>&1; then
    echo "Installing axe-core (npm) into .a11y-tools for the accessibility audit..."
    npm install --prefix .a11y-tools --no-audit --no-fund --loglevel=error "axe-core@4.14.1" >/dev/null
  else
    echo "npm is missing, so the accessibility audit will be skipped (sudo apt-get install npm)."
  fi
fi

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
