#!/usr/bin/env bash
# Set up and build like run.sh, then run every test with ctest.
set -euo pipefail
cd "$(dirname "$0")"
./run.sh --build-only
ctest --test-dir build --output-on-failure -j2 "$@"
