#!/usr/bin/env bash
# Starts the real engines on loopback, installing what is missing, and prints the variables that
# point the services at them:   eval "$(infra/engines/up.sh all)"
# Usage: up.sh [postgres|redis|kafka|opensearch|mongo|smtp|all]...
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
for engine in postgres redis kafka opensearch mongo smtp; do source "$ENGINES_ROOT/$engine.sh"; done

ALL=(postgres redis kafka opensearch mongo smtp)
[ $# -eq 0 ] && set -- all
selected=()
for arg in "$@"; do
  case "$arg" in
    all) selected+=("${ALL[@]}") ;;
    postgres | redis | kafka | opensearch | mongo | smtp) selected+=("$arg") ;;
    *) die "unknown engine '$arg' (postgres, redis, kafka, opensearch, mongo, smtp, all)" ;;
  esac
done

[ "$(id -u)" -eq 0 ] || log "not root: installing missing packages and switching users may fail"
for engine in "${selected[@]}"; do
  timed "$engine" "${engine}_start"
done
for engine in "${selected[@]}"; do "${engine}_env"; done
