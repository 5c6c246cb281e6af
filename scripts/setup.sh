#!/usr/bin/env bash
# Set up Alongside on a fresh machine: a virtual environment with the package and its dependencies.
#   scripts/setup.sh          the app (for the demo or a server)
#   scripts/setup.sh --test   also the test tools and Debian's chromium for the browser tests
set -euo pipefail
cd "$(dirname "$0")/.."

with_tests=0
[ "${1:-}" = "--test" ] && with_tests=1

python=${PYTHON:-}
if [ -z "$python" ]; then
  for candidate in python3.11 python3; do
    if command -v "$candidate" >/dev/null && "$candidate" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))'; then
      python=$candidate; break
    fi
  done
fi
[ -n "$python" ] || { echo "Alongside needs Python 3.11 (set PYTHON=/path/to/python3.11)." >&2; exit 1; }

if [ ! -x .venv/bin/python ]; then
  echo "Creating the virtual environment in .venv"
  "$python" -m venv .venv
fi
stamp=.venv/.installed-$( (cat pyproject.toml; echo "$with_tests") | sha1sum | cut -c1-12)
if [ ! -f "$stamp" ]; then
  echo "Installing Alongside and its dependencies"
  .venv/bin/python -m pip install --quiet --upgrade pip
  if [ "$with_tests" = 1 ]; then
    .venv/bin/python -m pip install --quiet -e ".[dev]"
  else
    .venv/bin/python -m pip install --quiet -e .
  fi
  rm -f .venv/.installed-*
  touch "$stamp"
fi

# Debian packages: DejaVu Sans for the PDF export (Dutch and typographic characters beyond
# Latin-1), and chromium for the browser tests.
debs=""
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || debs="fonts-dejavu-core"
if [ "$with_tests" = 1 ] && ! command -v chromium >/dev/null; then debs="$debs chromium"; fi
if [ -n "$debs" ]; then
  echo "Installing Debian packages:$debs"
  sudo_cmd=""
  [ "$(id -u)" = 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  # shellcheck disable=SC2086
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq $debs >/dev/null
fi
