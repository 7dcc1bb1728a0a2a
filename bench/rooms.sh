#!/usr/bin/env bash
# The room workload (bench/rooms: RoomLoad) against a real distribution on PostgreSQL (a fresh database on
# 127.0.0.1:5432 as user postgres, dropped afterwards) or, with --h2, on the embedded default: 200 NPCs on seeded
# orbits in a ±5000 m cube, ships spawned across the cube, one bot per ship sending intents at 30 Hz; per C, 5 s
# warm-up then 20 s measured. The bots run in their own JVM; the server's CPU and RSS are read from /proc.
# Usage: bench/rooms.sh [--h2] [--interest 1000|0] [--clients 50,100,200,400,800,1600] [--seconds 20] [--warmup 5]
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
dist_choose_db "$@"
[ "${1:-}" = "--h2" ] && shift
INTEREST=1000
ARGS=()
while [ $# -gt 0 ]; do
  case "$1" in
    --interest) INTEREST=$2; shift 2 ;;
    *) ARGS+=("$1"); shift ;;
  esac
done
dist_prepare
dist_configure_db
CFG="$U/etc/org.universo.platformo.realtime.cfg"
# All bots share one account: the per-account connection cap (an abuse limit, 3 by default) is lifted so that one
# account can drive every ship; it plays no part in what a tick costs.
sed -i -e "s/^interest.radius *=.*/interest.radius = $INTEREST/" -e "s/^spawn.spread *=.*/spawn.spread = 5000/" \
  -e "s/^max.connections.per.user *=.*/max.connections.per.user = 100000/" "$CFG"
build mvn -B -q -f bench/rooms/pom.xml package
dist_start
java -Xss512k -jar "$ROOT/bench/rooms/target/rooms-bench.jar" --base "http://127.0.0.1:$PORT" \
  --server-pid "${KARAF_PID:-0}" --label "interest radius $INTEREST m" "${ARGS[@]+"${ARGS[@]}"}"
