#!/usr/bin/env bash
# Set up and build like run.sh, then run every suite with ctest (build/: GCC, release), then the
# sanitizer build (clang, ASan + UBSan, build-fuzz/; tests/fuzz/run-fuzz.sh configures it): the
# libFuzzer targets replay their seed corpus and fuzz TP_FUZZ_SECONDS each (default 5; 0: replay
# only). The same sanitizer build holds the core and CLI suites: `cmake --build build-fuzz && ctest
# --test-dir build-fuzz` (not run here: on a clean clone they added about 10 minutes, 3 minutes of
# it the ZIP-level CLI suite; see README.md, "Sanitizers and fuzzing"). Arguments go to ctest.
set -euo pipefail
cd "$(dirname "$0")"
start=$SECONDS
./run.sh --build-only
ctest --test-dir build --output-on-failure -j2 "$@"
tests/fuzz/run-fuzz.sh "${TP_FUZZ_SECONDS:-5}" csvaccounts xlsxaccounts geojsonaccounts units projectfile
echo "==> ./test.sh took $((SECONDS - start)) s"
