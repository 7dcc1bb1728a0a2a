#!/usr/bin/env bash
# JMH micro-benchmarks: the auth crypto (access-token verify/issue, Argon2id verify with production parameters,
# refresh token new+hash), PlayCanvas app generation from a 1,000-node space (with and without the engine copy) and
# damage applications per second (CombatBenchmarks: the combat rules of a room's hit, alone and with its event).
# 1 fork; about 3 minutes on 2 cores. One group: bench/jmh.sh TemplateBenchmarks
# Usage: bench/jmh.sh [JMH options, e.g. -f 2 -wi 5 or a benchmark regexp]
#   Needs universo-auth, universo-combat and the PlayCanvas template in the local Maven repository; installed
#   here (offline) when missing.
#   Full JMH log: bench/jmh/target/jmh.log, JSON: bench/jmh/target/jmh-result.json
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
# run a build quietly; show its output only when it fails
build() { local log; log=$(mktemp); if ! "$@" >"$log" 2>&1; then cat "$log"; rm -f "$log"; return 1; fi; rm -f "$log"; }
REPO=$HOME/.m2/repository/org/universo/platformo
if [ ! -f "$REPO/universo-auth/0.1.0-SNAPSHOT/universo-auth-0.1.0-SNAPSHOT.jar" ] \
   || [ ! -f "$REPO/universo-combat/0.1.0-SNAPSHOT/universo-combat-0.1.0-SNAPSHOT.jar" ] \
   || [ ! -f "$REPO/universo-template-playcanvas-core/0.1.0-SNAPSHOT/universo-template-playcanvas-core-0.1.0-SNAPSHOT.jar" ]; then
  echo "installing the benchmarked bundles into the local Maven repository"
  build mvn -B -q install -DskipTests -pl bundles/auth,bundles/combat,template-plugins/playcanvas-core -am
fi
build mvn -B -q -f bench/jmh/pom.xml package
echo "machine: $(nproc) cores, $(free -g | awk '/Mem/{print $2}') GiB, $(java -version 2>&1 | head -1)," \
  "load: $(cut -d' ' -f1-3 /proc/loadavg)"
OUT="$ROOT/bench/jmh/target"
java -jar "$OUT/benchmarks.jar" -rf json -rff "$OUT/jmh-result.json" "$@" >"$OUT/jmh.log" 2>&1 || {
  tail -40 "$OUT/jmh.log"; exit 1; }
# the summary table JMH prints at the end
sed -n '/^Benchmark .*Mode/,$p' "$OUT/jmh.log"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
