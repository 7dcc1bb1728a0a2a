#!/usr/bin/env bash
# Save and load of a 1,000-node space version through REST, against a real distribution on PostgreSQL (the
# production store; a fresh database on 127.0.0.1:5432 as user postgres, dropped afterwards) or, with --h2, on the
# embedded default. One client, sequential requests: the figures are latencies, not throughput.
# Usage: bench/space-versions.sh [--h2] [--nodes 1000] [--warmup 50] [--iterations 200]
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
DB=
if [ "${1:-}" = "--h2" ]; then shift; else
  DB="universo_bench_$(date +%s)"
  psql -q -h 127.0.0.1 -U postgres -d postgres -c "CREATE DATABASE $DB"
  drop_db() { dist_stop; psql -q -h 127.0.0.1 -U postgres -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" || true; }
  trap drop_db EXIT
fi
dist_prepare
if [ -n "$DB" ]; then
  cfg="$U/etc/org.ops4j.datasource-universo.cfg"
  sed -i -e "s/^osgi.jdbc.driver.name *=.*/osgi.jdbc.driver.name = PostgreSQL JDBC Driver/" \
         -e "s#^url *=.*#url = jdbc:postgresql://127.0.0.1:5432/$DB#" -e "s/^user *=.*/user = postgres/" \
         -e "s/^password *=.*/password = /" "$cfg"
fi
build mvn -B -q -f bench/http/pom.xml package
dist_start
if [ -n "$DB" ]; then
  echo "store: PostgreSQL $(psql -tA -h 127.0.0.1 -U postgres -d postgres -c 'SHOW server_version'), database $DB"
else
  echo "store: H2 (embedded)"
fi
java -cp "$ROOT/bench/http/target/http-bench.jar" org.universo.platformo.bench.http.SpaceVersionLoad \
  --base "http://127.0.0.1:$PORT" "$@"
