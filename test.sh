#!/usr/bin/env bash
# Set up and build like run.sh, then run every test with ctest, then the sanitizer build (clang,
# ASan + UBSan, build-fuzz/): the libFuzzer targets replay their seed corpus and fuzz each for
# TP_FUZZ_SECONDS (default 10; 0: replay only). The same build also holds the core and CLI test
# suites under both sanitizers: `cmake --build build-fuzz && ctest --test-dir build-fuzz`
# (not run here yet: its run time on a clean clone is still to be measured against the 15-minute
# budget). See tests/fuzz/README.md.
set -euo pipefail
cd "$(dirname "$0")"
./run.sh --build-only
ctest --test-dir build --output-on-failure -j2 "$@"
tests/fuzz/run-fuzz.sh "${TP_FUZZ_SECONDS:-10}" csvaccounts xlsxaccounts geojsonaccounts units projectfile
