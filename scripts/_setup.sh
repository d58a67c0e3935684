# Shared setup, sourced by lessons.sh and test.sh (bash on Linux, macOS, WSL, or Git Bash on Windows).
#
#   find_python            sets PY to a Python 3.10+ (or says how to get one and exits)
#   make_venv DIR ARGS...  makes the virtual environment DIR with PY (rebuilding one made by a wrong
#                          Python, or without pip, and saying why) and pip-installs ARGS into it,
#                          only when pyproject.toml, ARGS or the Python changed since the last time
#   venv_python DIR        prints DIR's Python (DIR/bin/python, or DIR/Scripts/python.exe on Windows)
#
# Environment: PYTHON=/path/to/python chooses the Python; MEDIALIT_PIP_ARGS replaces the install
# arguments (the scripts' own tests use it to install a local wheel offline).

MIN_PYTHON="3.10"

python_version() {  # prints "3.11.7" for a working Python, nothing otherwise
  "$@" -c 'import sys; print("%d.%d.%d" % sys.version_info[:3])' 2>/dev/null | tr -d '\r'
}

version_ok() {  # version_ok 3.11.7 -> true if at least MIN_PYTHON
  local major minor
  major="${1%%.*}"; minor="${1#*.}"; minor="${minor%%.*}"
  [ -n "$major" ] && [ -n "$minor" ] && { [ "$major" -gt 3 ] || { [ "$major" -eq 3 ] && [ "$minor" -ge 10 ]; }; }
}

how_to_get_python() {
  cat >&2 <<EOF
How to get Python $MIN_PYTHON or newer:
  - Windows: install it from https://www.python.org/downloads/ (tick "Add python.exe to PATH"),
    or run: winget install Python.Python.3.12   Then open a new Git Bash window.
  - macOS: install it from https://www.python.org/downloads/ or run: brew install python@3.12
  - Debian/Ubuntu: sudo apt install python3 python3-venv   (older releases: use the deadsnakes PPA)
Then run this again, or point to it: PYTHON=/path/to/python3.12 bash $0
EOF
}

find_python() {
  PY=()
  local seen="" v cand
  if [ -n "${PYTHON:-}" ]; then
    v="$(python_version "$PYTHON")"
    if [ -n "$v" ] && version_ok "$v"; then PY=("$PYTHON"); echo "Using Python $v ($PYTHON)."; return 0; fi
    echo "PYTHON=$PYTHON is ${v:+Python $v, but }not a Python $MIN_PYTHON or newer${v:+ (too old)}." >&2
    how_to_get_python; exit 1
  fi
  for cand in python3 python "py -3"; do
    # shellcheck disable=SC2086
    command -v ${cand%% *} >/dev/null 2>&1 || continue
    # shellcheck disable=SC2086
    v="$(python_version $cand)"
    [ -n "$v" ] || continue            # e.g. the Windows Store's python.exe stub
    if version_ok "$v"; then
      # shellcheck disable=SC2206
      PY=($cand); echo "Using Python $v ($cand)."; return 0
    fi
    seen="$seen $cand is Python $v;"
  done
  if [ -n "$seen" ]; then
    echo "Python $MIN_PYTHON or newer is needed, but here${seen%;} (too old)." >&2
  else
    echo "Python $MIN_PYTHON or newer is needed, and no Python was found (tried python3, python, py)." >&2
  fi
  how_to_get_python; exit 1
}

venv_python() {
  if [ -x "$1/Scripts/python.exe" ]; then echo "$1/Scripts/python.exe"; else echo "$1/bin/python"; fi
}

# Why an existing venv cannot be used (prints the reason), or nothing if it is fine.
venv_problem() {
  local dir="$1" vpy v
  vpy="$(venv_python "$dir")"
  if [ ! -e "$vpy" ]; then
    [ -e "$dir" ] && echo "$dir has no Python in it (an unfinished or foreign folder)"
    return 0
  fi
  v="$(python_version "$vpy")"
  if [ -z "$v" ]; then
    echo "$dir was made by a Python that no longer runs (moved, upgraded or removed)"
  elif ! version_ok "$v"; then
    echo "$dir was made by Python $v, which is too old (the toolkit needs $MIN_PYTHON or newer)"
  elif [ -n "${PY+x}" ] && [ "${v%.*}" != "$(python_version "${PY[@]}" | cut -d. -f1-2)" ]; then
    echo "$dir was made by Python $v, not by the chosen $(python_version "${PY[@]}")"
  elif ! "$vpy" -m pip --version >/dev/null 2>&1; then
    echo "$dir has no pip in it (it was made by a Python whose venv module could not install pip)"
  fi
}

make_venv() {
  local dir="$1"; shift
  [ -n "${PY+x}" ] && [ "${#PY[@]}" -gt 0 ] || find_python
  local problem vpy stamp want log
  problem="$(venv_problem "$dir")"
  if [ -n "$problem" ]; then
    echo "$problem: making it again with ${PY[*]}."
    rm -rf "$dir"
  fi
  vpy="$(venv_python "$dir")"
  if [ ! -e "$vpy" ]; then
    echo "Making the virtual environment $dir..."
    if ! "${PY[@]}" -m venv "$dir" >"$dir.venv.log" 2>&1; then
      if grep -qi "ensurepip" "$dir.venv.log"; then
        echo "Python's venv module cannot install pip here. On Debian/Ubuntu run:" \
             "sudo apt install python3-venv   (or python3.X-venv for your version), then run this again." >&2
      else
        tail -n 5 "$dir.venv.log" >&2
        echo "Making $dir failed (see above)." >&2
      fi
      rm -rf "$dir"; exit 1
    fi
    rm -f "$dir.venv.log"
    vpy="$(venv_python "$dir")"
    if ! "$vpy" -m pip --version >/dev/null 2>&1; then
      echo "The new $dir has no pip: this Python's venv module cannot install it. On Debian/Ubuntu" \
           "run: sudo apt install python3-venv   (or python3.X-venv), then run this again." >&2
      rm -rf "$dir"; exit 1
    fi
  fi
  local args=("$@")
  if [ -n "${MEDIALIT_PIP_ARGS:-}" ]; then
    # shellcheck disable=SC2206
    args=($MEDIALIT_PIP_ARGS)
  fi
  stamp="$dir/.installed"
  want="$(cat pyproject.toml; echo "${args[*]}"; python_version "$vpy")"
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
    echo "$dir is up to date."
    return 0
  fi
  log="$dir/pip.log"
  echo "Installing packages into $dir (the first time takes a few minutes; full log: $log)..."
  "$vpy" -m pip install --disable-pip-version-check --progress-bar off --upgrade pip >"$log" 2>&1 || true
  local status
  # Show one line per package as pip goes, keep everything in the log. (pip's exit status goes
  # through the pipe as a last line, so "set -e -o pipefail" in the caller cannot cut this short.)
  { "$vpy" -m pip install --disable-pip-version-check --progress-bar off "${args[@]}" 2>&1
    echo "medialit-pip-exit=$?"; } \
    | tee -a "$log" | while IFS= read -r line; do
        case "$line" in
          Collecting*|Processing*|Obtaining*) echo "  ${line%% (*}" ;;
          "Installing collected packages"*) echo "  Installing (this can take a minute)..." ;;
          Successfully*) echo "  Done." ;;
        esac
      done
  status="$(grep -a '^medialit-pip-exit=' "$log" | tail -n 1 | cut -d= -f2)"
  if [ "$status" != 0 ]; then
    grep -av -e "^WARNING: Location" -e "^medialit-pip-exit=" "$log" | tail -n 20 >&2
    if grep -qiE "Could not find a version|No matching distribution|Failed to establish|Name or service|timed out|ProxyError|SSLError" "$log"; then
      echo "Installing the packages into $dir failed: pip could not download them. Check the" \
           "internet connection (or proxy) and run this again. Full log: $log" >&2
    else
      echo "Installing the packages into $dir failed (the reason is above; full log: $log)." >&2
    fi
    exit 1
  fi
  if [ -z "${MEDIALIT_SKIP_IMPORT_CHECK:-}" ]; then
    "$vpy" -c "import toolkit" || { echo "Installing the toolkit into $dir failed: it cannot be imported." >&2; exit 1; }
  fi
  printf '%s' "$want" > "$stamp"
}
