#!/usr/bin/env bash
# Builds the app (setting the machine up first if needed) and serves dist/ on 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="${PORT:-8080}"
bash scripts/setup.sh
bash scripts/build.sh
echo
echo "  Unclench is running at: http://127.0.0.1:${PORT}/"
echo "  (Ctrl+C to stop)"
echo
exec /usr/bin/python3 scripts/serve.py dist "$PORT"
