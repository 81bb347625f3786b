#!/usr/bin/env bash
# Every C++ source and header follows .clang-format (clang-format 14, Debian 12). Fails with the
# list of files that do not; `clang-format -i FILE` fixes one.
set -euo pipefail
cd "$1"
format=$(command -v clang-format-14 || command -v clang-format)
mapfile -t files < <(find app core ui tests -name '*.cpp' -o -name '*.h' | grep -v '/node_modules/' | sort)
[ "${#files[@]}" -gt 100 ] || { echo "found only ${#files[@]} sources under $1"; exit 1; }
mapfile -t bad < <("$format" --dry-run "${files[@]}" 2>&1 | sed -n 's/^\([^:]*\):[0-9]*:[0-9]*: warning: .*/\1/p' | sort -u)
if [ "${#bad[@]}" -gt 0 ]; then
  echo "${#bad[@]} of ${#files[@]} files do not follow .clang-format (clang-format -i FILE):"
  printf '  %s\n' "${bad[@]}"
  exit 1
fi
echo "${#files[@]} files follow .clang-format"
