#!/usr/bin/env bash
# A 1,000-node space materialized as its world, and the diff of one moved entity applied again, through REST against
# a real distribution on PostgreSQL (the production store; a fresh database on 127.0.0.1:5432 as user postgres,
# dropped afterwards) or, with --h2, on the embedded default. One client, sequential requests: latencies.
# Usage: bench/space-worlds.sh [--h2] [--nodes 1000] [--warmup 20] [--iterations 100]
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
http_bench SpaceWorldLoad "$@"
