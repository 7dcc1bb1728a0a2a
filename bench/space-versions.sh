#!/usr/bin/env bash
# Save and load of a 1,000-node space version through REST, against a real distribution on PostgreSQL (the
# production store; a fresh database on 127.0.0.1:5432 as user postgres, dropped afterwards) or, with --h2, on the
# embedded default. One client, sequential requests: the figures are latencies, not throughput.
# Usage: bench/space-versions.sh [--h2] [--nodes 1000] [--warmup 50] [--iterations 200]
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
http_bench SpaceVersionLoad "$@"
