#!/usr/bin/env bash
# Universo Platformo: build (when needed) and start the platform on its embedded database, print the URL.
#   ./run.sh          start in the background (data kept in run/universo/data between runs)
#   ./run.sh stop     stop it
#   ./run.sh status   is it up?
#   ./run.sh console  run in the foreground with the Karaf console
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$(pwd)
DIST="$ROOT/karaf-assembly/target/assembly"
HOME_DIR="$ROOT/run/universo"
PORT="${UNIVERSO_HTTP_PORT:-8181}"
URL="http://localhost:$PORT"
if [ -z "${JAVA_HOME:-}" ]; then
  JAVA_HOME=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
  export JAVA_HOME
fi

health() { curl -s -o /dev/null -w '%{http_code}' "$URL/api/v1/health" 2>/dev/null || true; }

case "${1:-start}" in
  stop)
    [ -x "$HOME_DIR/bin/stop" ] && "$HOME_DIR/bin/stop" >/dev/null 2>&1 || true
    echo "Stopped."; exit 0 ;;
  status)
    [ "$(health)" = 200 ] && echo "Up: $URL" || echo "Not running."; exit 0 ;;
  start|console) ;;
  *) echo "usage: $0 [start|stop|status|console]"; exit 2 ;;
esac

if [ "$(health)" = 200 ]; then
  echo "Universo Platformo is already running: $URL"; exit 0
fi

stale=""
if [ -f "$DIST/bin/karaf" ]; then
  stale=$(find bundles features config karaf-assembly/pom.xml pom.xml -newer "$DIST/bin/karaf" -type f \
          -not -path '*/target/*' 2>/dev/null | head -n 1)
fi
if [ ! -f "$DIST/bin/karaf" ] || [ -n "$stale" ]; then
  echo "Building the distribution (first time: a few minutes)..."
  mvn -B -q install -DskipTests
fi

# run/ keeps etc/ and data/ of earlier runs; the program files come fresh from the build
mkdir -p "$HOME_DIR"
for d in bin lib system; do rm -rf "${HOME_DIR:?}/$d"; cp -r "$DIST/$d" "$HOME_DIR/$d"; done
[ -d "$HOME_DIR/etc" ] || cp -r "$DIST/etc" "$HOME_DIR/etc"
# Karaf runs bundles from its cache: dropped, so a rebuilt bundle is the one that starts (the database stays)
rm -rf "$HOME_DIR/data/cache"
chmod +x "$HOME_DIR"/bin/*
sed -i "s/^org.osgi.service.http.port *=.*/org.osgi.service.http.port = $PORT/" "$HOME_DIR/etc/org.ops4j.pax.web.cfg" 2>/dev/null || true

if [ "${1:-start}" = console ]; then
  echo "Starting in the foreground; the platform will answer at $URL"
  exec "$HOME_DIR/bin/karaf"
fi

"$HOME_DIR/bin/start"
for _ in $(seq 1 120); do
  if [ "$(health)" = 200 ]; then
    echo "Universo Platformo is up: $URL/editor/"
    echo "  Editor:  $URL/editor/  (sign up, create a unik and a space, draw, publish)"
    echo "  API:     $URL/api/v1/health  ·  $URL/api/v1/openapi.json"
    echo "  Metrics: $URL/metrics"
    echo "  Rooms:   ${URL/http/ws}/ws/rooms/<worldId>/<instanceId>?access_token=...  (docs/realtime.md)"
    echo "  Logs:    $HOME_DIR/data/log/karaf.log   ·  Stop: ./run.sh stop"
    exit 0
  fi
  sleep 1
done
echo "The platform did not answer within 120 s; see $HOME_DIR/data/log/karaf.log" >&2
exit 1
