# PostgreSQL 15 from Debian, run as the postgres user (it refuses root), one database per service.
PG_BIN=/usr/lib/postgresql/15/bin
PG_DATA="$RUN/postgres/data"
# The Unix socket goes under a short folder: its path must stay under 108 bytes however deep the checkout.
PG_SOCKET="/tmp/shop-pg-$PG_PORT"
PG_DATABASES=(shop shop_user shop_inventory shop_order shop_payment shop_notification)

as_postgres() { runuser -u postgres -- "$@"; }

postgres_start() {
  [ -x "$PG_BIN/pg_ctl" ] || apt_install postgresql-15
  id postgres >/dev/null 2>&1 || die "the postgres account is missing after installing postgresql"
  mkdir -p "$RUN/postgres"
  chown postgres:postgres "$RUN/postgres"
  # The postgres account must reach its data folder through the checkout's (root's home is 0700).
  allow_traverse "$RUN/postgres"
  if [ ! -f "$PG_DATA/PG_VERSION" ]; then
    log "postgres: initdb in $PG_DATA"
    as_postgres "$PG_BIN/initdb" -D "$PG_DATA" --username=postgres --auth-local=trust --auth-host=scram-sha-256 --encoding=UTF8 --locale=C.UTF-8 >/dev/null
  fi
  mkdir -p "$PG_SOCKET" && chown postgres:postgres "$PG_SOCKET"
  if ! port_open "$PG_PORT"; then
    as_postgres "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$RUN/postgres/postgres.log" -w -t 60 \
      -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -c unix_socket_directories=$PG_SOCKET -c max_connections=200" start >/dev/null
    touch "$RUN/postgres.started"
  fi
  local psql=(as_postgres psql -h "$PG_SOCKET" -p "$PG_PORT" -U postgres -v ON_ERROR_STOP=1 -qtA)
  "${psql[@]}" -c "DO \$\$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'shop') THEN CREATE ROLE shop LOGIN PASSWORD 'shop' CREATEDB; END IF; END \$\$;" >/dev/null
  # Tests drop their databases WITH (FORCE); an autovacuum worker on one belongs to no role, and
  # only a member of pg_signal_backend may end it (without, the drop fails now and then).
  "${psql[@]}" -c "GRANT pg_signal_backend TO shop" >/dev/null
  for db in "${PG_DATABASES[@]}"; do
    if [ -z "$("${psql[@]}" -c "SELECT 1 FROM pg_database WHERE datname = '$db'")" ]; then
      "${psql[@]}" -c "CREATE DATABASE $db OWNER shop" >/dev/null
    fi
  done
}

postgres_env() {
  local base="postgres://shop:shop@127.0.0.1:$PG_PORT"
  echo "export DATABASE_URL=$base/shop"
  echo "export USER_DATABASE_URL=$base/shop_user"
  echo "export INVENTORY_DATABASE_URL=$base/shop_inventory"
  echo "export ORDER_DATABASE_URL=$base/shop_order"
  echo "export PAYMENT_DATABASE_URL=$base/shop_payment"
  echo "export NOTIFICATION_DATABASE_URL=$base/shop_notification"
}

postgres_stop() {
  [ -f "$RUN/postgres.started" ] || return 0
  as_postgres "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast -w stop >/dev/null 2>&1 || true
  rm -f "$RUN/postgres.started"
  log "postgres stopped"
}
