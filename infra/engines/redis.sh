# Redis 7 from Debian, in memory only (tests need no persistence).
redis_start() {
  command -v redis-server >/dev/null || apt_install redis-server
  # Debian's package starts its own service on 6379 when systemd runs; ours is separate.
  if ! port_open "$REDIS_PORT"; then
    spawn redis redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save '' --appendonly no --daemonize no
  fi
  wait_for_port "$REDIS_PORT" 30 redis
}
redis_env() { echo "export REDIS_URL=redis://127.0.0.1:$REDIS_PORT"; }
redis_stop() { stop_pid redis redis-server; }
