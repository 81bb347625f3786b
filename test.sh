#!/usr/bin/env bash
# Set up and build like run.sh, then run the GUI, CLI and package tests with ctest, then the
# sanitizer build (clang, ASan + UBSan, build-fuzz/): the libFuzzer targets replay their seed
# corpus and fuzz each for TP_FUZZ_SECONDS (default 10; 0: replay only), and the core and CLI test
# suites run under both sanitizers (the core suites only there: they are the same code, and this
# keeps a clean clone's run well under 15 minutes on 2 cores). See tests/fuzz/README.md.
set -euo pipefail
cd "$(dirname "$0")"
./run.sh --build-only
ctest --test-dir build --output-on-failure -j2 --label-exclude '^core$' "$@"
tests/fuzz/run-fuzz.sh "${TP_FUZZ_SECONDS:-10}" csvaccounts xlsxaccounts geojsonaccounts units projectfile
echo "==> The core and CLI tests under ASan + UBSan"
cmake --build build-fuzz
ctest --test-dir build-fuzz --output-on-failure -j2 "$@"
