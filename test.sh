#!/usr/bin/env bash
# Set up and build like run.sh, then run every suite with ctest, in two builds:
#  1. build/ (GCC, release, as shipped): the GUI suites, the ZIP-level CLI suite (its demo at ZIP
#     level is too slow sanitized), the house style, the package.
#  2. build-fuzz/ (clang, ASan + UBSan; tests/fuzz/run-fuzz.sh configures it): the core and CLI
#     suites, sanitized; then the libFuzzer targets replay their seed corpus and fuzz
#     TP_FUZZ_SECONDS each (default 5; 0: replay only).
# So the core and CLI suites are compiled sanitized only (build/ gets TP_CORE_TESTS=OFF unless
# TP_CORE_TESTS=ON is set). Arguments go to both ctest runs, e.g. ./test.sh -R planeditor.
set -euo pipefail
cd "$(dirname "$0")"
start=$SECONDS
TP_CORE_TESTS=${TP_CORE_TESTS:-OFF} ./run.sh --build-only
ctest --test-dir build --output-on-failure -j2 "$@"
echo "==> Optimised build tested after $((SECONDS - start)) s"

tests/fuzz/run-fuzz.sh --configure-only
echo "==> Building the core and CLI suites sanitized (clang, ASan + UBSan)"
cmake --build build-fuzz
ctest --test-dir build-fuzz --output-on-failure -j2 "$@"
echo "==> Sanitized suites passed after $((SECONDS - start)) s"

tests/fuzz/run-fuzz.sh "${TP_FUZZ_SECONDS:-5}" csvaccounts xlsxaccounts geojsonaccounts units projectfile
echo "==> ./test.sh took $((SECONDS - start)) s"
