# Shared setup, sourced by lessons.sh and test.sh. Creates a virtual environment and installs the
# project into it from PyPI (only when pyproject.toml changed since the last install).
# usage: make_venv DIR EXTRA_PIP_ARGS...
make_venv() {
  local dir="$1"; shift
  local python="${PYTHON:-python3}"
  if ! command -v "$python" >/dev/null 2>&1; then
    echo "Python 3.10 or newer is needed: install it from python.org or your package manager." >&2
    exit 1
  fi
  if [ ! -x "$dir/bin/python" ]; then
    "$python" -m venv "$dir"
  fi
  local stamp="$dir/.installed"
  local want
  want="$(cat pyproject.toml; echo "$*")"
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
    "$dir/bin/python" -m pip install --quiet --disable-pip-version-check --upgrade pip >/dev/null 2>&1 || true
    if ! "$dir/bin/python" -m pip install --disable-pip-version-check "$@" >"$dir/pip.log" 2>&1; then
      grep -v "^WARNING: Location" "$dir/pip.log" | tail -n 20 >&2
      echo "Installing the packages into $dir failed (full log: $dir/pip.log). Check the network and run this again." >&2
      exit 1
    fi
    "$dir/bin/python" -c "import toolkit" || { echo "Installing the toolkit into $dir failed." >&2; exit 1; }
    printf '%s' "$want" > "$stamp"
  fi
}
