#!/usr/bin/env bash
# The benchmark in one command: installs the reference tools if missing, builds Release, runs on one
# core, prints the report and keeps it in bench/latest.txt. Extra arguments go to the benchmark
# (--corpus-mb N, --runs N).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-debian-packages.sh ripgrep poppler-utils pandoc

dotnet build bench/DocScan.Bench -c Release --nologo -v quiet

# One core: the runtime's helper threads (GC, JIT) and the tools share it with the measured code.
pin=()
if command -v taskset >/dev/null && taskset -c 0 true 2>/dev/null; then
  pin=(taskset -c 0)
fi

"${pin[@]}" dotnet bench/DocScan.Bench/bin/Release/net10.0/DocScan.Bench.dll --root "$PWD" "$@" | tee bench/latest.txt.tmp
mv bench/latest.txt.tmp bench/latest.txt
