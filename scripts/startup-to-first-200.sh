#!/usr/bin/env bash
# Time from `java -jar` to the first HTTP 200 of a message page, with all content imported.
# usage: scripts/startup-to-first-200.sh [runs]   (build first: ./mvnw -q -DskipTests package)
# SIGREF_ARGS adds arguments, e.g. SIGREF_ARGS=--sigref.content.directory=/none to use the content inside the jar.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
jar=$(ls target/sigref-*.jar | head -1)
url=http://localhost:8080/messages/ims/604-does-not-exist-anywhere
for i in $(seq "$runs"); do
  start=$(date +%s%N)
  java -jar "$jar" --server.port=8080 ${SIGREF_ARGS:-} > /tmp/sigref-startup.log 2>&1 &
  pid=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "$url" || true)" = 200 ]; do
    kill -0 "$pid" 2>/dev/null || { echo "the application exited; see /tmp/sigref-startup.log"; exit 1; }
    sleep 0.02
  done
  end=$(date +%s%N)
  echo "run $i: $(( (end - start) / 1000000 )) ms"
  kill "$pid"; wait "$pid" 2>/dev/null || true
done
