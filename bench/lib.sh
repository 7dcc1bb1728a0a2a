# Shared by the bench scripts: run a copy of the built distribution on free ports and always stop it again.
# Source it from the repository root; it sets ROOT, DIST, WORK, U (the copy), PORT and KARAF_PID.
ROOT=$PWD
DIST=karaf-assembly/target/assembly
export JAVA_HOME=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}

# run a build quietly; show its output only when it fails
build() { local log; log=$(mktemp); if ! "$@" >"$log" 2>&1; then cat "$log"; rm -f "$log"; return 1; fi; rm -f "$log"; }

# first port at or above $1 that nothing listens on
free_port() {
  local p=$1
  while [ -n "$(ss -Htln "sport = :$p" 2>/dev/null)" ]; do p=$((p + 1)); done
  echo "$p"
}

WORK=$(mktemp -d)
U="$WORK/u"
KARAF_PID=
dist_stop() {
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
trap dist_stop EXIT
trap 'exit 130' INT TERM

# builds the distribution when missing, then copies it to $U with free HTTP, SSH and JMX ports
dist_prepare() {
  if [ ! -d "$DIST" ]; then
    echo "building the distribution"
    build mvn -B -q install -DskipTests
  fi
  cp -r "$DIST" "$U" && chmod +x "$U"/bin/*
  PORT=${UNIVERSO_HTTP_PORT:-$(free_port 18281)}
  sed -i "s/^org.osgi.service.http.port *=.*/org.osgi.service.http.port = $PORT/" "$U/etc/org.ops4j.pax.web.cfg"
  # the SSH console and JMX ports too, so a platform already running on this machine does not clash
  sed -i "s/^sshPort *=.*/sshPort = $(free_port 18101)/" "$U/etc/org.apache.karaf.shell.cfg"
  sed -i -e "s/^rmiRegistryPort *=.*/rmiRegistryPort = $(free_port 11099)/" \
         -e "s/^rmiServerPort *=.*/rmiServerPort = $(free_port 14444)/" "$U/etc/org.apache.karaf.management.cfg"
}

# starts the copy and waits for /api/v1/health
dist_start() {
  echo "machine: $(nproc) cores, $(free -g | awk '/Mem/{print $2}') GiB, $(java -version 2>&1 | head -1)," \
    "load: $(cut -d' ' -f1-3 /proc/loadavg)"
  "$U/bin/start"
  local deadline=$(( $(date +%s) + 180 ))
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
}

# Runs the copy on PostgreSQL (a fresh database on 127.0.0.1:5432 as user postgres, dropped on exit) unless the first
# argument is --h2; call before dist_prepare with "$@", then dist_configure_db after it. Sets DB (empty for H2).
DB=
dist_choose_db() {
  if [ "${1:-}" = "--h2" ]; then return; fi
  DB="universo_bench_$(date +%s)"
  psql -q -h 127.0.0.1 -U postgres -d postgres -c "CREATE DATABASE $DB"
  drop_db() { dist_stop; psql -q -h 127.0.0.1 -U postgres -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" || true; }
  trap drop_db EXIT
}

dist_configure_db() {
  if [ -z "$DB" ]; then echo "store: H2 (embedded)"; return; fi
  local cfg="$U/etc/org.ops4j.datasource-universo.cfg"
  sed -i -e "s/^osgi.jdbc.driver.name *=.*/osgi.jdbc.driver.name = PostgreSQL JDBC Driver/" \
         -e "s#^url *=.*#url = jdbc:postgresql://127.0.0.1:5432/$DB#" -e "s/^user *=.*/user = postgres/" \
         -e "s/^password *=.*/password = /" "$cfg"
  echo "store: PostgreSQL $(psql -tA -h 127.0.0.1 -U postgres -d postgres -c 'SHOW server_version'), database $DB"
}

# Runs one of bench/http's load generators (class org.universo.platformo.bench.http.<main>) against a fresh copy of
# the distribution, on PostgreSQL or, with --h2 first among the arguments, on the embedded default.
# Usage: http_bench <main> [--h2] [generator options...]
http_bench() {
  local main=$1
  shift
  dist_choose_db "$@"
  if [ "${1:-}" = "--h2" ]; then shift; fi
  dist_prepare
  dist_configure_db
  build mvn -B -q -f bench/http/pom.xml package
  dist_start
  java -cp "$ROOT/bench/http/target/http-bench.jar" "org.universo.platformo.bench.http.$main" \
    --base "http://127.0.0.1:$PORT" "$@"
}
