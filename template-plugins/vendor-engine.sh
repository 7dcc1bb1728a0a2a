#!/usr/bin/env bash
# Puts one prebuilt file of an npm package into a template bundle, from the npm registry, at build time:
#   vendor-engine.sh <package@version> <file inside the package> <destination file>
# The package's LICENSE goes next to the file. Skipped when the destination exists, so rebuilds work offline.
set -euo pipefail
spec=$1 inner=$2 dest=$3
[ -s "$dest" ] && exit 0
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack "$spec" --silent >/dev/null)
tar -xzf "$work"/*.tgz -C "$work"
mkdir -p "$(dirname "$dest")"
cp "$work/package/$inner" "$dest.tmp"
for license in LICENSE LICENSE.md LICENSE.txt license; do
  if [ -f "$work/package/$license" ]; then cp "$work/package/$license" "$(dirname "$dest")/LICENSE"; break; fi
done
mv "$dest.tmp" "$dest"
