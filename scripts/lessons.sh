#!/usr/bin/env bash
# Sets up the lessons (first run: a few minutes, online once) and opens them in JupyterLab.
# Its own environment, .venv-lessons, so the test command's .venv never undoes it.
#   bash scripts/lessons.sh               set up (if needed) and open JupyterLab
#   bash scripts/lessons.sh --setup-only  set up, print the command that opens JupyterLab, stop
# Anything else is passed on to JupyterLab (e.g. --port 8889).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/_setup.sh
setup_only=""
if [ "${1:-}" = "--setup-only" ]; then setup_only=1; shift; fi

find_python
make_venv .venv-lessons -e ".[lessons]"
vpy="$(venv_python .venv-lessons)"
if [ -z "${MEDIALIT_PIP_ARGS:-}" ]; then
  "$vpy" -m ipykernel install --sys-prefix --name python3 --display-name "Python 3 (ipykernel)" >/dev/null
fi

lab=("$vpy" -m jupyter lab lessons/)
if [ "$(id -u 2>/dev/null || echo 1)" = 0 ]; then
  # Containers and some WSL set-ups run as root; JupyterLab refuses to start as root unless told.
  echo "You are running as root, so JupyterLab is started with --allow-root."
  echo "(Better: run this as an ordinary user. Root can change anything on this computer.)"
  lab+=(--allow-root)
fi
if [ -n "$setup_only" ]; then
  echo "Set up. To open the lessons later, run: ${lab[*]} $*"
  exit 0
fi
echo "Opening the lessons. Start with lessons/01-meet-the-articles.ipynb. Press Ctrl+C here to stop."
exec "${lab[@]}" "$@"
