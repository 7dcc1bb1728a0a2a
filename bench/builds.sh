#!/usr/bin/env bash
# Builds of a 1,000-node space with playcanvas-core, rebuilds answered by input hash, and serving of the published app,
# through REST against a real distribution on PostgreSQL (a fresh database on 127.0.0.1:5432 as user postgres, dropped
# afterwards) or, with --h2, on the embedded default. Builds and rebuilds: one client; serving: --concurrency clients.
# Usage: bench/builds.sh [--h2] [--nodes 1000] [--builds 30] [--cached 1000] [--concurrency 8] [--seconds 15]
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
http_bench BuildLoad "$@"
