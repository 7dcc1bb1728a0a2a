#!/usr/bin/env bash
# Instantiation of a 10,000-entity, 6-level bill of materials and fetches of its tree with totals, through REST
# against a real distribution on PostgreSQL (the production store; a fresh database on 127.0.0.1:5432 as user
# postgres, dropped afterwards) or, with --h2, on the embedded default. One client, sequential requests.
# Usage: bench/entities.sh [--h2] [--instantiations 20] [--fetches 50]
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
http_bench EntityLoad "$@"
