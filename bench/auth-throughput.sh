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
. bench/lib.sh
dist_prepare
build mvn -B -q -f bench/http/pom.xml package
dist_start
java -jar "$ROOT/bench/http/target/http-bench.jar" --base "http://127.0.0.1:$PORT" \
  --server-pid "${KARAF_PID:-0}" --clk-tck "$(getconf CLK_TCK)" "$@"
rss=$(awk '/VmRSS/{print int($2/1024)}' "/proc/${KARAF_PID:-0}/status" 2>/dev/null || echo '?')
echo "server RSS after the run: $rss MB; load after: $(cut -d' ' -f1-3 /proc/loadavg)"
