#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan + UBSan, TP_FUZZ=ON) in build-fuzz/, replays the
# whole seed corpus (every file must run clean), then fuzzes each target for a while.
#
#   tests/fuzz/run-fuzz.sh [SECONDS_PER_TARGET] [TARGET...]
#     SECONDS_PER_TARGET  default 20 (./test.sh runs 5); 0: build and replay only
#     TARGET              csvaccounts xlsxaccounts geojsonaccounts units projectfile (default: all)
#   tests/fuzz/run-fuzz.sh --configure-only   only configure build-fuzz/ (./test.sh first builds and
#                                            runs the sanitized core and CLI suites there)
#
# Longer runs, one target at a time (2 cores are plenty for one):
#   tests/fuzz/run-fuzz.sh 1800 units          # half an hour on the unit importer
# New interesting inputs collect in build-fuzz/corpus/<target>/ (kept between runs; the seeds in
# tests/fuzz/corpus/<target>/ are only read). A crash, sanitizer report, hang (> 30 s for one
# input: PROJ's first lookup alone took 11 s on a busy machine) or out-of-memory (> 2 GB) stops
# the run and leaves the input in build-fuzz/crashes/<target>/;
# see tests/fuzz/README.md for minimising it and turning it into a corpus file and a test.
#
# Leak checking is off (ASAN_OPTIONS=detect_leaks=0) so that a leak inside GDAL or Qt on some odd
# input cannot fail ./test.sh with nothing for us to fix; samples of 200 runs per target with
# leak checking on reported nothing. Hunt leaks with ASAN_OPTIONS=detect_leaks=1 by hand.
set -euo pipefail
cd "$(dirname "$0")/../.."
configure_only=false
[ "${1:-}" = --configure-only ] && configure_only=true
seconds=${1:-20}
shift || true
targets=("$@")
((${#targets[@]})) || targets=(csvaccounts xlsxaccounts geojsonaccounts units projectfile)
declare -A dict=([csvaccounts]=csv [xlsxaccounts]=xlsx [geojsonaccounts]=geojson [units]=geojson [projectfile]=projectfile)

command -v clang++ >/dev/null || { echo "run-fuzz.sh: clang++ is missing (Debian packages clang, libclang-rt-dev)" >&2; exit 1; }
build=build-fuzz
if [ ! -f $build/build.ninja ]; then
  launcher=(); command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
  cmake -S . -B $build -G Ninja -DTP_FUZZ=ON -DCMAKE_BUILD_TYPE=Fuzz -DCMAKE_CXX_COMPILER=clang++ "${launcher[@]}" >/dev/null
fi
$configure_only && exit 0
echo "==> Building the fuzz targets (clang, ASan + UBSan)"
cmake --build $build --target fuzzers

export ASAN_OPTIONS=detect_leaks=0
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
export QT_LOGGING_RULES="*=false"  # qWarning noise from rejected inputs
failed=()
for t in "${targets[@]}"; do
  exe=$build/tests/fuzz/fuzz_$t
  seeds=tests/fuzz/corpus/$t
  [ -x "$exe" ] && [ -d "$seeds" ] || { echo "run-fuzz.sh: unknown target '$t'" >&2; exit 2; }
  mkdir -p $build/corpus/$t $build/crashes/$t
  log=$build/fuzz-$t.log
  opts=(-timeout=30 -rss_limit_mb=2048 -dict=tests/fuzz/${dict[$t]}.dict -artifact_prefix=$build/crashes/$t/)
  # Replay: each seed once, exactly as committed (files, not the folder: nothing is written there).
  if ! "$exe" "${opts[@]}" "$seeds"/* >"$log" 2>&1; then
    echo "FAIL $t: a seed corpus file crashes (see $log)"; tail -n 30 "$log"; failed+=("$t"); continue
  fi
  if ((seconds > 0)); then
    if ! nice "$exe" "${opts[@]}" -max_total_time="$seconds" -print_final_stats=1 $build/corpus/$t "$seeds" >>"$log" 2>&1; then
      echo "FAIL $t: see $log; the input is in $build/crashes/$t/"; tail -n 40 "$log"; failed+=("$t"); continue
    fi
  fi
  # Coverage after the replay: a sudden drop means the seeds no longer reach the code.
  cov=$(sed -n 's/.*INITED cov: \([0-9]*\).*/\1/p' "$log" | head -n 1)
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -n 1)
  printf 'ok   %-16s %3d seeds replayed (coverage %s), %s runs in %ss (%s/s)\n' "$t" "$(ls "$seeds" | wc -l)" "${cov:-?}" \
    "${runs:-0}" "$seconds" "${rate:-0}"
done
echo "==> Fuzz step: ${SECONDS}s (build, replay, fuzzing)"
((${#failed[@]} == 0)) || { echo "Fuzzing failed: ${failed[*]}"; exit 1; }
