# A MongoDB wire-compatible server: FerretDB 1.24 from the Go module proxy, on its SQLite backend.
# `go install` gives a binary that panics at start (the module ships without build/version/version.txt),
# so the module's source is copied, the version file written, and the binary built from it.
FERRETDB_VERSION=v1.24.2
FERRETDB_BIN="$CACHE/bin/ferretdb-$FERRETDB_VERSION/ferretdb"

ferretdb_build() {
  [ -x "$FERRETDB_BIN" ] && return 0
  command -v go >/dev/null || die "go is needed to build FerretDB"
  log "mongo: building FerretDB $FERRETDB_VERSION from the Go module proxy (cached in $(dirname "$FERRETDB_BIN"))"
  export GOMODCACHE="$CACHE/go/mod" GOCACHE="$CACHE/go/build" GOFLAGS=-mod=mod
  local src dir="$CACHE/ferretdb-src"
  src=$(go mod download -json "github.com/FerretDB/FerretDB@$FERRETDB_VERSION" | sed -n 's/^\s*"Dir": "\(.*\)",$/\1/p')
  [ -d "$src" ] || die "could not download FerretDB $FERRETDB_VERSION"
  rm -rf "$dir" && cp -r "$src" "$dir" && chmod -R u+w "$dir"
  echo "$FERRETDB_VERSION" >"$dir/build/version/version.txt"
  (cd "$dir" && go build -o "$FERRETDB_BIN" ./cmd/ferretdb) >&2
  rm -rf "$dir"
}

mongo_start() {
  ferretdb_build
  mkdir -p "$RUN/ferretdb/data" "$RUN/ferretdb/state"
  if ! port_open "$MONGO_PORT"; then
    spawn mongo "$FERRETDB_BIN" --listen-addr="127.0.0.1:$MONGO_PORT" --handler=sqlite \
      --sqlite-url="file:$RUN/ferretdb/data/" --state-dir="$RUN/ferretdb/state" \
      --telemetry=disable --log-level=warn --debug-addr="127.0.0.1:$((MONGO_PORT + 1))"
  fi
  wait_for_port "$MONGO_PORT" 60 mongo
}
mongo_env() { echo "export CATALOG_MONGODB_URL=mongodb://127.0.0.1:$MONGO_PORT/catalog"; }
mongo_stop() { stop_pid mongo ferretdb; }
