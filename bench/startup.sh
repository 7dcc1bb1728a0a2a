#!/usr/bin/env bash
# Distribution start-up and idle memory: fresh data directory (first boot, schema migration) and warm restart.
# Usage: bench/startup.sh [runs]   (needs a built distribution: mvn -B install -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-3}
DIST=karaf-assembly/target/assembly
WORK=$(mktemp -d)
PORT=${UNIVERSO_HTTP_PORT:-18181}
export JAVA_HOME=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}
cp -r "$DIST" "$WORK/u" && chmod +x "$WORK"/u/bin/*
sed -i "s/^org.osgi.service.http.port *=.*/org.osgi.service.http.port = $PORT/" "$WORK/u/etc/org.ops4j.pax.web.cfg"
wait_up() {
  local s; s=$(date +%s%N)
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/api/v1/health")" = 200 ]; do sleep 0.1; done
  echo $(( ($(date +%s%N) - s) / 1000000 ))
}
stop() { "$WORK/u/bin/stop" >/dev/null 2>&1 || true; while pgrep -f "$WORK/u" >/dev/null; do sleep 0.2; done; }
echo "machine: $(nproc) cores, $(free -g | awk '/Mem/{print $2}') GiB, $(java -version 2>&1 | head -1)"
for i in $(seq 1 "$RUNS"); do
  rm -rf "$WORK/u/data"
  "$WORK/u/bin/start"; cold=$(wait_up)
  sleep 30
  pid=$(pgrep -f "$WORK/u.*org.apache.karaf.main.Main" | head -1)
  rss=$(awk '/VmRSS/{print int($2/1024)}' "/proc/$pid/status")
  stop
  "$WORK/u/bin/start"; warm=$(wait_up)
  stop
  echo "run $i: first boot ${cold} ms, restart ${warm} ms, idle RSS ${rss} MB"
done
rm -rf "$WORK"
