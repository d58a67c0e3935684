#!/usr/bin/env bash
# Sets up the lessons (first run: a few minutes) and opens them in JupyterLab.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/_setup.sh
make_venv .venv -e ".[lessons]"
.venv/bin/python -m ipykernel install --sys-prefix --name python3 --display-name "Python 3 (ipykernel)" >/dev/null
echo "Opening the lessons. Start with lessons/01-meet-the-articles.ipynb. Press Ctrl+C here to stop."
exec .venv/bin/jupyter lab lessons/ "$@"
