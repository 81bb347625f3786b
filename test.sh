#!/usr/bin/env bash
# Set up and build like run.sh, then test in two builds:
#   1. build/ (GCC, release): the GUI suites and the Debian package test.
#   2. build-fuzz/ (clang, ASan + UBSan; tests/fuzz/run-fuzz.sh configures it): the libFuzzer
#      targets replay their seed corpus and fuzz TP_FUZZ_SECONDS each (default 5; 0: replay only),
#      then the core and CLI suites run under both sanitizers.
# The core and CLI suites are built only in the sanitizer build here (TP_CORE_TESTS=OFF for
# build/): compiling them twice would cost CI minutes. `TP_CORE_TESTS=ON ./test.sh` builds and runs
# them in build/ as well. Arguments go to both ctest runs (e.g. ./test.sh -R reps).
# See README.md ("Tests") and tests/fuzz/README.md.
set -euo pipefail
cd "$(dirname "$0")"
start=$SECONDS
TP_CORE_TESTS=${TP_CORE_TESTS:-OFF} ./run.sh --build-only
echo "==> Release suites (build/)"
ctest --test-dir build --output-on-failure -j2 "$@"
tests/fuzz/run-fuzz.sh "${TP_FUZZ_SECONDS:-5}" csvaccounts xlsxaccounts geojsonaccounts units projectfile
echo "==> Building the core and CLI suites under ASan + UBSan (build-fuzz/)"
cmake --build build-fuzz
echo "==> Sanitized core and CLI suites (build-fuzz/)"
ctest --test-dir build-fuzz --output-on-failure -j2 "$@"
echo "==> ./test.sh took $((SECONDS - start)) s"
