#!/usr/bin/env bash
# Builds the catalogue_md review tool and writes docs/catalogue.md: every exercise with each source's
# dose, every care protocol, every routine with its length, from assets/catalogue.json and
# assets/routines.json. Fails (and writes nothing) if either file has a problem.
#
#   scripts/catalogue-md.sh [--check] [build-dir]     (build-dir defaults to build/native)
#   --check: write nothing; exit 1 if docs/catalogue.md is not what the assets produce
set -euo pipefail
cd "$(dirname "$0")/.."

CHECK=0
if [ "${1:-}" = "--check" ]; then CHECK=1; shift; fi
BUILD=${1:-build/native}

if [ ! -f "$BUILD/CMakeCache.txt" ]; then
  generator=()
  command -v ninja >/dev/null 2>&1 && generator=(-G Ninja)
  cmake -S . -B "$BUILD" "${generator[@]}" >/dev/null
fi
if ! log=$(cmake --build "$BUILD" --target catalogue_md 2>&1); then
  echo "$log" >&2
  exit 1
fi

tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
"$BUILD/catalogue_md" > "$tmp"

if [ "$CHECK" = 1 ]; then
  if ! cmp -s "$tmp" docs/catalogue.md; then
    echo "docs/catalogue.md is out of date: run scripts/catalogue-md.sh" >&2
    exit 1
  fi
  echo "docs/catalogue.md is up to date"
else
  mkdir -p docs
  cp "$tmp" docs/catalogue.md
  echo "wrote docs/catalogue.md"
fi
