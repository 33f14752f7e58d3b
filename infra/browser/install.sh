#!/usr/bin/env bash
# Installs Debian's Chromium for Lighthouse and playwright-core, then prints its version.
# Idempotent: does nothing but print the version when the browser is already there.
# No tool is ever allowed to download its own browser; every browser run in this repo uses this one.
#
# The downloaded .deb files are kept in .cache/apt (git-ignored), so a rerun on the same checkout,
# or a CI cache of .cache/, installs without downloading again.
#
# Launch flags (docs/stack-notes "Browser"; also CHROMIUM_ARGS in src/chromium.ts):
#   --headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run
#   --disable-background-networking --disable-component-update --disable-sync
# --no-sandbox is needed because CI runs as root; the pages are our own.
#
# Usage: infra/browser/install.sh        (as root, or with sudo available)
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
ARCHIVES="${SHOP_APT_CACHE:-$REPO_ROOT/.cache/apt}"
# chromium itself, plus the Liberation fonts (metric-compatible Arial/Times/Courier) that chromium
# only recommends: without them, text renders in whatever font fontconfig falls back to and
# layout metrics (CLS, LCP element) differ from a real browser's.
PACKAGES=(chromium fonts-liberation)

log() { printf '[browser] %s\n' "$*" >&2; }

if [ ! -x "$CHROMIUM" ]; then
  [ "$CHROMIUM" = /usr/bin/chromium ] || { log "CHROMIUM_PATH=$CHROMIUM is not executable"; exit 1; }
  sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { log "not root and no sudo: run as root: $0"; exit 1; }
    sudo=(sudo)
  fi
  mkdir -p "$ARCHIVES/partial"
  export DEBIAN_FRONTEND=noninteractive
  # Downloads run as root here: apt's _apt sandbox user cannot write into the checkout.
  # Another apt run (a colleague, an engines script) may hold the dpkg lock: wait for it.
  apt_opts=(-o "Dir::Cache::archives=$ARCHIVES" -o APT::Sandbox::User=root -o Dpkg::Use-Pty=0
    -o DPkg::Lock::Timeout=600)
  started=$SECONDS
  # Try with the package lists already on the machine first (fast rerun from a warm cache);
  # refresh them only if that fails (a clean image ships with empty or stale lists).
  if ! "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${apt_opts[@]}" "${PACKAGES[@]}" >&2; then
    log "refreshing package lists (apt-get update)"
    "${sudo[@]}" apt-get update -qq -o DPkg::Lock::Timeout=600 >&2
    "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${apt_opts[@]}" "${PACKAGES[@]}" >&2
  fi
  log "installed ${PACKAGES[*]} in $((SECONDS - started))s (debs cached in $ARCHIVES)"
fi

"$CHROMIUM" --version
