#!/usr/bin/env bash
# Ledger transfers per second on PostgreSQL (a fresh database on 127.0.0.1:5432 as user postgres, dropped afterwards)
# with C closed-loop clients, against pgbench running the same statements (bench/ledger/transfer.sql) in the same run:
# a pool of funded accounts, each transfer between a random pair with a new idempotency key. The ledger runs in its
# own JVM through the economy bundle's classes (bench/ledger: LedgerLoad, HikariCP with one connection per client);
# pgbench uses prepared statements and one connection per client. Per C: warm-up, then the measured window, each.
# Usage: bench/ledger.sh [--clients 1,8,32] [--warmup 10] [--seconds 20] [--accounts 1000]
#   Needs universo-economy in the local Maven repository; installed here when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
CLIENTS=1,8,32
WARMUP=10
SECONDS_=20
ACCOUNTS=1000
while [ $# -gt 0 ]; do
  case "$1" in
    --clients) CLIENTS=$2; shift 2 ;;
    --warmup) WARMUP=$2; shift 2 ;;
    --seconds) SECONDS_=$2; shift 2 ;;
    --accounts) ACCOUNTS=$2; shift 2 ;;
    *) echo "unknown option $1"; exit 2 ;;
  esac
done

# run a build quietly; show its output only when it fails
build() { local log; log=$(mktemp); if ! "$@" >"$log" 2>&1; then cat "$log"; rm -f "$log"; return 1; fi; rm -f "$log"; }
REPO=$HOME/.m2/repository/org/universo/platformo
if [ ! -f "$REPO/universo-economy/0.1.0-SNAPSHOT/universo-economy-0.1.0-SNAPSHOT.jar" ]; then
  echo "installing the economy bundle into the local Maven repository"
  build mvn -B -q install -DskipTests -pl bundles/economy -am
fi
build mvn -B -q -f bench/ledger/pom.xml package

PG=(-h 127.0.0.1 -U postgres)
DB="ledger_bench_$(date +%s)"
psql -q "${PG[@]}" -d postgres -c "CREATE DATABASE $DB"
trap 'psql -q "${PG[@]}" -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" || true' EXIT
trap 'exit 130' INT TERM
JAR="$ROOT/bench/ledger/target/ledger-bench.jar"
ledger() { java -jar "$JAR" --db "$DB" --accounts "$ACCOUNTS" "$@" 2>&1 | grep -v ' INFO '; }

echo "machine: $(nproc) cores, $(free -g | awk '/Mem/{print $2}') GiB, $(java -version 2>&1 | head -1)," \
  "PostgreSQL $(psql -tA "${PG[@]}" -d postgres -c 'SHOW server_version'), load: $(cut -d' ' -f1-3 /proc/loadavg)"
ledger --setup
ROWS=()
for C in ${CLIENTS//,/ }; do
  psql -q "${PG[@]}" -d "$DB" -c CHECKPOINT
  L=$(ledger --clients "$C" --warmup "$WARMUP" --seconds "$SECONDS_")
  echo "$L" | grep -v '^RESULT'
  read -r _ _ LTPS LP50 LP99 LERR <<<"$(echo "$L" | grep '^RESULT')"
  psql -q "${PG[@]}" -d "$DB" -c CHECKPOINT
  PGB=(pgbench "${PG[@]}" -n -M prepared -c "$C" -j "$C" -D accounts="$ACCOUNTS" -f bench/ledger/transfer.sql)
  "${PGB[@]}" -T "$WARMUP" "$DB" >/dev/null 2>&1
  P=$("${PGB[@]}" -T "$SECONDS_" "$DB" 2>&1)
  PTPS=$(echo "$P" | awk '/^tps/{printf "%.1f", $3}')
  PLAT=$(echo "$P" | awk '/^latency average/{print $4}')
  PFAIL=$(echo "$P" | awk '/^number of failed/{print $5}')
  echo "pgbench, $C clients: $PTPS transactions/s, mean $PLAT ms, ${PFAIL:-0} failed"
  ROWS+=("| $C | $LTPS | $LP50 / $LP99 | $PTPS | $PLAT | $(awk -v l="$LTPS" -v p="$PTPS" 'BEGIN{printf "%.0f %%", 100*l/p}') |")
done
echo
echo "| clients | ledger tx/s | ledger p50 / p99 ms | pgbench tx/s | pgbench mean ms | ledger / pgbench |"
echo "|---|---|---|---|---|---|"
printf '%s\n' "${ROWS[@]}"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
