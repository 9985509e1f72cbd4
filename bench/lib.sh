# Shared by the bench scripts (sourced, not run): wrk and the release binary, a throw-away data
# folder with the demo data, and `spira serve` on $PORT. Sets BIN, DATA, URL and PID.
#   bench_setup PORT        prepares; the server is stopped and the folder removed on exit
#   bench_serve             starts `spira serve` and waits for /readyz
#   bench_rss               the server's resident memory now
bench_setup() {
  PORT="$1"
  URL="http://127.0.0.1:$PORT"
  command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }
  [ -x target/release/spira ] || cargo build --release -p spira
  BIN=target/release/spira
  DATA="$(mktemp -d -t spira-bench.XXXXXX)"
  PID=
  trap 'kill $PID 2>/dev/null || true; rm -rf "$DATA"' EXIT
  "$BIN" --data "$DATA" demo >/dev/null
}

bench_serve() {
  "$BIN" --data "$DATA" serve --bind "127.0.0.1:$PORT" >"$DATA/log" 2>&1 &
  PID=$!
  until curl -fsS -o /dev/null "$URL/readyz" 2>/dev/null; do sleep 0.01; done
}

bench_rss() {
  awk '/VmRSS/ {print $2, $3}' "/proc/$PID/status"
}
