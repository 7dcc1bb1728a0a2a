#!/usr/bin/env bash
# What a player of a creator's world waits for (bench/rooms: LiveWorldLoad) against a real distribution on PostgreSQL
# (a fresh database on 127.0.0.1:5432 as user postgres, dropped afterwards) or, with --h2, on the embedded default, at
# shipped settings: sign-in to the first state message of a room, and a new design of the space reaching a player in
# its live room. One client, one step at a time, on loopback.
# Usage: bench/live-worlds.sh [--h2] [--entities 100] [--warmup 10] [--iterations 50]
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
dist_choose_db "$@"
[ "${1:-}" = "--h2" ] && shift
dist_prepare
dist_configure_db
build mvn -B -q -f bench/rooms/pom.xml package
dist_start
java -cp "$ROOT/bench/rooms/target/rooms-bench.jar" org.universo.platformo.bench.rooms.LiveWorldLoad \
  --base "http://127.0.0.1:$PORT" "$@"
