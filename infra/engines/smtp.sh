# An SMTP catcher with an HTTP API to read what arrived: Mailpit, built with `go install`.
MAILPIT_MODULE=github.com/axllent/mailpit@v1.33.1

smtp_start() {
  go_install "$MAILPIT_MODULE" mailpit
  if ! port_open "$SMTP_PORT"; then
    spawn smtp "$(go_bin "$MAILPIT_MODULE" mailpit)" --listen "127.0.0.1:$SMTP_HTTP_PORT" --smtp "127.0.0.1:$SMTP_PORT" \
      --database "$RUN/mailpit.db" --smtp-auth-accept-any --smtp-auth-allow-insecure --disable-version-check
  fi
  wait_for_port "$SMTP_PORT" 30 smtp
  wait_for_port "$SMTP_HTTP_PORT" 30 smtp
}
smtp_env() {
  echo "export SMTP_URL=smtp://127.0.0.1:$SMTP_PORT"
  echo "export SMTP_CATCHER_API=http://127.0.0.1:$SMTP_HTTP_PORT"
}
smtp_stop() { stop_pid smtp mailpit; }
