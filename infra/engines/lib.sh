# Shared helpers for up.sh / down.sh. Sourced, not run.
# Progress goes to stderr; only `export` lines go to stdout, so `eval "$(up.sh all)"` works.

ENGINES_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$ENGINES_ROOT/../.." && pwd)"
# Downloads and builds live outside the clone, keyed by version, so a fresh clone (CI) reuses what an
# earlier run on this machine built; what we start (pid files, data, logs) belongs to this checkout.
CACHE="${SHOP_ENGINES_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/shop-platform/engines}"
RUN="${SHOP_ENGINES_RUN:-$REPO_ROOT/.cache/engines/run}"
mkdir -p "$CACHE" "$RUN"

# Ports on loopback, away from the defaults so a developer's own servers are not disturbed.
PG_PORT="${SHOP_PG_PORT:-55432}"
REDIS_PORT="${SHOP_REDIS_PORT:-56379}"
KAFKA_PORT="${SHOP_KAFKA_PORT:-59092}"
KAFKA_CONTROLLER_PORT="${SHOP_KAFKA_CONTROLLER_PORT:-59093}"
OPENSEARCH_PORT="${SHOP_OPENSEARCH_PORT:-59200}"
MONGO_PORT="${SHOP_MONGO_PORT:-57017}"
SMTP_PORT="${SHOP_SMTP_PORT:-51025}"
SMTP_HTTP_PORT="${SHOP_SMTP_HTTP_PORT:-58025}"

log() { printf '[engines] %s\n' "$*" >&2; }
die() { printf '[engines] error: %s\n' "$*" >&2; exit 1; }

# wait_for_port PORT SECONDS NAME
wait_for_port() {
  local port=$1 seconds=$2 name=$3 i
  for ((i = 0; i < seconds * 4; i++)); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then return 0; fi
    sleep 0.25
  done
  die "$name did not open port $port within ${seconds}s (log: $RUN/$name.log)"
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Starts a background process, records its pid in $RUN/<name>.pid.
spawn() {
  local name=$1
  shift
  nohup "$@" >>"$RUN/$name.log" 2>&1 &
  echo $! >"$RUN/$name.pid"
}

pid_alive() { [ -f "$RUN/$1.pid" ] && kill -0 "$(cat "$RUN/$1.pid")" 2>/dev/null; }

# Stops what spawn() started (TERM, then KILL after a grace period), and only that: a pid file
# left by an earlier session whose pid now belongs to another program is ignored.
stop_pid() {
  local name=$1 marker=$2 pid i
  [ -f "$RUN/$name.pid" ] || return 0
  pid=$(cat "$RUN/$name.pid")
  if kill -0 "$pid" 2>/dev/null && tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q -- "$marker"; then
    kill "$pid" 2>/dev/null || true
    for ((i = 0; i < 120; i++)); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid" 2>/dev/null || true
  fi
  rm -f "$RUN/$name.pid"
  log "$name stopped"
}

apt_install() {
  local missing=()
  for pkg in "$@"; do dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  log "installing ${missing[*]} from Debian (apt)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2 || true
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
}

# An unprivileged account for engines that refuse to run as root (OpenSearch).
ensure_engine_user() {
  id shopengine >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin shopengine
}

# Engines that run as another account (OpenSearch) must reach their files in the cache; a cache under
# root's home needs search (not read) permission on each folder above it.
allow_traverse() { # allow_traverse DIR
  local dir
  dir=$(dirname "$1")
  while [ "$dir" != / ]; do
    if [ "$(( 0$(stat -c %a "$dir") & 01 ))" -eq 0 ]; then
      log "granting search permission on $dir to other accounts (so the engine account reaches the cache)"
      chmod o+x "$dir"
    fi
    dir=$(dirname "$dir")
  done
}

go_bin() { # go_bin MODULE@VERSION BINARY: where go_install puts that version's binary
  echo "$CACHE/bin/${2}-${1##*@}/$2"
}

go_install() { # go_install MODULE@VERSION BINARY
  local module=$1 binary=$2 bin
  bin=$(go_bin "$module" "$binary")
  [ -x "$bin" ] && return 0
  command -v go >/dev/null || die "go is needed to build $binary"
  log "building $module with go install (cached in $(dirname "$bin"))"
  GOBIN="$(dirname "$bin")" GOMODCACHE="$CACHE/go/mod" GOCACHE="$CACHE/go/build" GOFLAGS=-mod=mod go install "$module" >&2
}

timed() { # timed NAME FUNCTION: runs it and reports how long it took
  local start=$SECONDS
  "$2"
  log "$1 ready in $((SECONDS - start))s"
}
