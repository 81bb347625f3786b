#!/usr/bin/env bash
# Set up and build like run.sh, then run every test with ctest, then build the fuzz targets
# (clang, ASan + UBSan), replay their seed corpus and fuzz each for TP_FUZZ_SECONDS (default 20;
# 0: replay only). See tests/fuzz/README.md.
set -euo pipefail
cd "$(dirname "$0")"
./run.sh --build-only
ctest --test-dir build --output-on-failure -j2 "$@"
tests/fuzz/run-fuzz.sh "${TP_FUZZ_SECONDS:-20}" csvaccounts xlsxaccounts geojsonaccounts units projectfile
