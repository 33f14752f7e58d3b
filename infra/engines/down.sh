#!/usr/bin/env bash
# Stops the engines that up.sh started (and only those). Usage: down.sh [engine...|all]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
for engine in postgres redis kafka opensearch mongo smtp; do source "$ENGINES_ROOT/$engine.sh"; done

[ $# -eq 0 ] && set -- all
for arg in "$@"; do
  case "$arg" in
    all) for engine in smtp mongo opensearch kafka redis postgres; do "${engine}_stop"; done ;;
    postgres | redis | kafka | opensearch | mongo | smtp) "${arg}_stop" ;;
    *) die "unknown engine '$arg'" ;;
  esac
done
