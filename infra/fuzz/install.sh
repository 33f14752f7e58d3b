#!/usr/bin/env bash
# Installs the pinned Schemathesis into its own virtualenv and prints the path of its `st`.
# Keyed by version: a venv already holding this version is reused as it is (nothing downloaded);
# a new pin makes a new venv beside the old one.
#
# Usage: infra/fuzz/install.sh            (prints the absolute path of the `st` executable)
#   SCHEMATHESIS_VERSION=4.32.5           the pin (change it here, not per run)
#   PYTHON=python3                        the interpreter the venv is made from (3.9+)
set -euo pipefail

VERSION="${SCHEMATHESIS_VERSION:-4.32.5}"
PYTHON="${PYTHON:-python3}"
VENV="${XDG_CACHE_HOME:-$HOME/.cache}/shop-platform/venv/schemathesis-$VERSION"
ST="$VENV/bin/st"

log() { printf '[fuzz] %s\n' "$*" >&2; }

installed() {
  [ -x "$ST" ] && [ "$("$VENV/bin/python" -c 'import importlib.metadata as m; print(m.version("schemathesis"))' 2>/dev/null)" = "$VERSION" ]
}

if ! installed; then
  command -v "$PYTHON" >/dev/null || { log "no $PYTHON on PATH: install Python 3.9+ (Debian: apt-get install python3-venv)"; exit 1; }
  started=$SECONDS
  # A half-made venv (an interrupted install) is thrown away rather than patched.
  rm -rf "$VENV"
  mkdir -p "$(dirname "$VENV")"
  "$PYTHON" -m venv "$VENV" >&2
  "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check "schemathesis==$VERSION" >&2
  installed || { log "schemathesis $VERSION did not install into $VENV"; exit 1; }
  log "installed schemathesis $VERSION into $VENV in $((SECONDS - started))s"
fi

printf '%s\n' "$ST"
