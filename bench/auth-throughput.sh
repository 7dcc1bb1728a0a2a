#!/usr/bin/env bash
# Login, refresh and /auth/me throughput against a real distribution (embedded H2, default Karaf JVM settings).
# Copies karaf-assembly/target/assembly to a temp dir, gives it free ports, starts it, runs bench/http
# (closed loop, loopback only) and always stops it again, also on failure or Ctrl-C.
# Per scenario: a warm-up (30 s by default: on 2 cores the JIT and G1's heap sizing need that long to settle;
# --warmup 5 shows a just-started server), then the measured interval.
# Usage: bench/auth-throughput.sh [--concurrency 8] [--users 8] [--warmup 30] [--duration 20]
#                                 [--scenarios login,refresh,me]
#   Builds the distribution (mvn -B -q install -DskipTests) only when karaf-assembly/target/assembly is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
# run a build quietly; show its output only when it fails
build() { local log; log=$(mktemp); if ! "$@" >"$log" 2>&1; then cat "$log"; rm -f "$log"; return 1; fi; rm -f "$log"; }
DIST=karaf-assembly/target/assembly
export JAVA_HOME=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}

if [ ! -d "$DIST" ]; then
  echo "building the distribution"
  build mvn -B -q install -DskipTests
fi
build mvn -B -q -f bench/http/pom.xml package

# first port at or above $1 that nothing listens on
free_port() {
  local p=$1
  while [ -n "$(ss -Htln "sport = :$p" 2>/dev/null)" ]; do p=$((p + 1)); done
  echo "$p"
}

WORK=$(mktemp -d)
U="$WORK/u"
KARAF_PID=
stop() {
  if [ -x "$U/bin/stop" ]; then "$U/bin/stop" >/dev/null 2>&1 || true; fi
  local pid
  for pid in $(pgrep -f "karaf.home=$U " 2>/dev/null || true) $KARAF_PID; do
    for _ in $(seq 1 150); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    if kill -0 "$pid" 2>/dev/null; then
      echo "Karaf $pid did not stop in 30 s; killing it"
      kill -9 "$pid" 2>/dev/null || true
    fi
  done
  rm -rf "$WORK"
}
trap stop EXIT
trap 'exit 130' INT TERM

cp -r "$DIST" "$U" && chmod +x "$U"/bin/*
PORT=${UNIVERSO_HTTP_PORT:-$(free_port 18281)}
sed -i "s/^org.osgi.service.http.port *=.*/org.osgi.service.http.port = $PORT/" "$U/etc/org.ops4j.pax.web.cfg"
# the SSH console and JMX ports too, so a platform already running on this machine does not clash
sed -i "s/^sshPort *=.*/sshPort = $(free_port 18101)/" "$U/etc/org.apache.karaf.shell.cfg"
sed -i -e "s/^rmiRegistryPort *=.*/rmiRegistryPort = $(free_port 11099)/" \
       -e "s/^rmiServerPort *=.*/rmiServerPort = $(free_port 14444)/" "$U/etc/org.apache.karaf.management.cfg"

echo "machine: $(nproc) cores, $(free -g | awk '/Mem/{print $2}') GiB, $(java -version 2>&1 | head -1)," \
  "load: $(cut -d' ' -f1-3 /proc/loadavg)"
"$U/bin/start"
deadline=$(( $(date +%s) + 180 ))
until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/api/v1/health")" = 200 ]; do
  KARAF_PID=$(pgrep -f "karaf.home=$U .*org.apache.karaf.main.Main" | head -1 || true)
  if [ "$(date +%s)" -ge "$deadline" ]; then
    echo "the distribution did not answer /api/v1/health within 180 s"
    tail -30 "$U/data/log/karaf.log" 2>/dev/null || true
    exit 1
  fi
  sleep 0.5
done
KARAF_PID=$(pgrep -f "karaf.home=$U .*org.apache.karaf.main.Main" | head -1 || true)
echo "distribution up on 127.0.0.1:$PORT (pid ${KARAF_PID:-?})"
java -jar "$ROOT/bench/http/target/auth-load.jar" --base "http://127.0.0.1:$PORT" \
  --server-pid "${KARAF_PID:-0}" --clk-tck "$(getconf CLK_TCK)" "$@"
rss=$(awk '/VmRSS/{print int($2/1024)}' "/proc/${KARAF_PID:-0}/status" 2>/dev/null || echo '?')
echo "server RSS after the run: $rss MB; load after: $(cut -d' ' -f1-3 /proc/loadavg)"
