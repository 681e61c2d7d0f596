#!/usr/bin/env bash
# Prepare this machine for Library Desk: system libraries Qt needs (Debian/Ubuntu, when run as
# root and something is missing), a virtual environment in .venv, and the package installed
# with the extras given as arguments (e.g. "server,test"). Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."
EXTRAS="${1:-}"

DEB_PACKAGES=(libgl1 libegl1 libxkbcommon0 libglib2.0-0 libfontconfig1 libfreetype6 libdbus-1-3
              fonts-dejavu-core libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1
              libxcb-shape0 libpulse0)
if [[ "$EXTRAS" == *test* ]]; then
  DEB_PACKAGES+=(postgresql poppler-utils xvfb xauth binutils pulseaudio pulseaudio-utils)
fi
if command -v dpkg-query >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
  missing=()
  for pkg in "${DEB_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  if ((${#missing[@]})); then
    if [[ $(id -u) -eq 0 ]]; then
      echo "Installing system packages: ${missing[*]}"
      export DEBIAN_FRONTEND=noninteractive
      apt-get update -qq
      apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    else
      echo "Missing system packages (install them as root): ${missing[*]}" >&2
    fi
  fi
fi

PYTHON="${PYTHON:-python3}"
if [[ ! -x .venv/bin/python ]]; then
  "$PYTHON" -m venv .venv
fi
if ! .venv/bin/python -m pip --version >/dev/null 2>&1; then
  .venv/bin/python -m ensurepip >/dev/null  # a venv made without pip (e.g. by uv)
fi
SPEC="."
[[ -n "$EXTRAS" ]] && SPEC=".[${EXTRAS}]"
if .venv/bin/python -m pip install -q uv >/dev/null 2>&1 && [[ -x .venv/bin/uv ]]; then
  VIRTUAL_ENV="$PWD/.venv" .venv/bin/uv pip install -q -e "$SPEC"
else
  .venv/bin/python -m pip install -q -e "$SPEC"
fi

# The desk's translations: .qm files built from the .ts sources (never committed).
.venv/bin/python scripts/i18n.py build
