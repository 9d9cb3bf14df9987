#!/usr/bin/env bash
# The service's first render request, with and without the renderer's warm-up at start: starts
# `serve` on a free port of 127.0.0.1 over a scratch data directory, waits until it is up and (with
# the warm-up) until the warm-up is done, then times POST /api/render of the 813, five requests.
#
#   src/test/bench/first-request.sh [JAR] [JAVA_OPTION…]    # default: target/vanthu.jar
#
# Prints "RESULT vanthu-serve warm-up=<on|off> request_<i>_ms <ms>" lines.
set -euo pipefail
cd "$(dirname "$0")/../../.."
JAVA=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
JAR=${1:-target/vanthu.jar}
shift || true
DATA=$(mktemp -d)
LOG=$DATA/serve.log
trap 'kill "${PID:-}" 2>/dev/null || true; wait "${PID:-}" 2>/dev/null || true; rm -rf "$DATA"' EXIT

"$JAVA" -jar "$JAR" --data-dir "$DATA" user add bench --role clerk >/dev/null 2>&1
TOKEN=$("$JAVA" -jar "$JAR" --data-dir "$DATA" user token bench 2>/dev/null | tail -1)

for warm in on off; do
  PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  flag=$([[ $warm == on ]] && echo true || echo false)
  "$JAVA" "$@" -jar "$JAR" --data-dir "$DATA" serve --server.address=127.0.0.1 \
    --server.port="$PORT" --vanthu.load-samples=false --vanthu.rendering.warm-up="$flag" \
    >"$LOG" 2>&1 &
  PID=$!
  until curl -fs "http://127.0.0.1:$PORT/actuator/health" >/dev/null 2>&1; do
    kill -0 "$PID" 2>/dev/null || { echo "serve exited:" >&2; tail -20 "$LOG" >&2; exit 1; }
    sleep 0.2
  done
  if [[ $warm == on ]]; then
    until grep -q "renderer warm" "$LOG"; do sleep 0.2; done
  else
    sleep 2
  fi
  for i in 1 2 3 4 5; do
    ms=$(curl -fs -o /dev/null -w '%{time_total}' -X POST -H "Authorization: Bearer $TOKEN" \
      -H 'Content-Type: application/json' --data-binary @samples/quyet-dinh-813-bhxh.json \
      "http://127.0.0.1:$PORT/api/render" | awk '{printf "%.0f", $1 * 1000}')
    echo "RESULT vanthu-serve warm-up=$warm request_${i}_ms $ms"
  done
  grep "renderer warm" "$LOG" | sed 's/^.*renderer/  renderer/' >&2 || true
  kill "$PID"; wait "$PID" 2>/dev/null || true; PID=
done
