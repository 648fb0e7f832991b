#!/usr/bin/env bash
# Big PDFs (issue 13): `docscan scan` as a user runs it, a whole process from start to exit, beside
# `pdftotext` on the same file in the same run, on the two files of bench/make-big-pdfs.sh (made first
# if missing). Each run measures pdftotext, then docscan scan, then docscan redact, one after the
# other; the report gives the median wall-clock and CPU time (user + system) and the highest peak
# resident memory (max RSS) of all runs, from /usr/bin/time. Writes bench/big-pdfs.txt.
#
#   bench/big-pdfs.sh [--runs N]          (default 5; about 2 minutes on 2 cores)
#   DOCSCAN_DLL=/other/build/docscan.dll bench/big-pdfs.sh   (measure another build, e.g. an older commit)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=5
[ "${1:-}" = "--runs" ] && runs="$2"

scripts/install-debian-packages.sh poppler-utils time

big=bench/out/big
if [ ! -f "$big/big-cjk-text.pdf" ] || [ ! -f "$big/big-mixed.pdf" ]; then
  bench/make-big-pdfs.sh "$big"
fi

dll="${DOCSCAN_DLL:-}"
if [ -z "$dll" ]; then
  dotnet build src/DocScan.Cli -c Release --nologo -v quiet >/dev/null
  dll=src/DocScan.Cli/bin/Release/net10.0/docscan.dll
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# One measured command: appends "wall cpu maxrss_kb" to $1, runs the rest. Exit status 1 is how
# docscan says "not releasable as is" (redact, review, block): only higher ones are failures.
measure() {
  local out=$1; shift
  local status=0
  /usr/bin/time -o "$work/time" -f "%e %U %S %M" "$@" >"$work/stdout" 2>"$work/stderr" || status=$?
  if [ "$status" -gt 1 ]; then
    echo "failed ($status): $*" >&2
    cat "$work/stderr" >&2
    exit 1
  fi
  # /usr/bin/time writes "Command exited with non-zero status 1" first when the status is 1.
  tail -1 "$work/time" | awk '{ printf "%s %.2f %s\n", $1, $2 + $3, $4 }' >>"$out"
}

# median wall, median CPU, highest max RSS (MiB)
summary() {
  local n
  n=$(wc -l <"$1")
  local wall cpu rss
  wall=$(cut -d' ' -f1 "$1" | sort -n | sed -n "$(( (n + 1) / 2 ))p")
  cpu=$(cut -d' ' -f2 "$1" | sort -n | sed -n "$(( (n + 1) / 2 ))p")
  rss=$(cut -d' ' -f3 "$1" | sort -n | tail -1)
  echo "$wall $cpu $(( rss / 1024 ))"
}

{
  echo "Big PDFs, $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "  machine:   $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), $(nproc) cores, $(free -g | awk '/^Mem:/ { print $2 }') GiB"
  echo "  .NET:      $(dotnet --list-runtimes | awk '/Microsoft.NETCore.App/ { v = $2 } END { print v }')"
  echo "  pdftotext: $(pdftotext -v 2>&1 | head -1)"
  echo "  docscan:   $dll"
  echo "  load:      $(cut -d' ' -f1-3 /proc/loadavg) (start)"
  echo "  $runs runs each, one after another: median wall-clock and CPU (user + system) seconds, highest max RSS"
  echo
  printf '%-18s %6s %7s  %-16s %8s %8s %9s %11s\n' file pages MB command "wall s" "CPU s" "RSS MiB" "wall ratio"
  for name in big-cjk-text big-mixed; do
    file="$big/$name.pdf"
    pages=$(pdfinfo "$file" | awk '/^Pages:/ { print $2 }')
    mb=$(awk -v b="$(stat -c %s "$file")" 'BEGIN { printf "%.1f", b / 1e6 }')
    : >"$work/pdftotext"; : >"$work/scan"; : >"$work/redact"
    for ((i = 0; i < runs; i++)); do
      measure "$work/pdftotext" pdftotext -q "$file" /dev/null
      measure "$work/scan" dotnet "$dll" scan "$file" --json
      verdict=$(grep -o '"verdict":"[a-z-]*"' "$work/stdout" | head -1 | cut -d'"' -f4)
      rm -rf "$work/drafts"
      measure "$work/redact" dotnet "$dll" redact "$file" --out "$work/drafts"
    done
    read -r tw tc tr < <(summary "$work/pdftotext")
    read -r sw sc sr < <(summary "$work/scan")
    read -r rw rc rr < <(summary "$work/redact")
    printf '%-18s %6s %7s  %-16s %8s %8s %9s\n' "$name.pdf" "$pages" "$mb" pdftotext "$tw" "$tc" "$tr"
    printf '%-18s %6s %7s  %-16s %8s %8s %9s %10sx\n' "" "" "" "docscan scan" "$sw" "$sc" "$sr" \
      "$(awk -v a="$sw" -v b="$tw" 'BEGIN { printf "%.1f", a / b }')"
    printf '%-18s %6s %7s  %-16s %8s %8s %9s\n' "" "" "" "docscan redact" "$rw" "$rc" "$rr"
    echo "  $name.pdf: verdict $verdict"
  done
  echo
  echo "  load:      $(cut -d' ' -f1-3 /proc/loadavg) (end)"
  echo "  wall ratio = docscan scan wall-clock / pdftotext wall-clock on the same file"
} | tee bench/big-pdfs.txt.tmp
mv bench/big-pdfs.txt.tmp bench/big-pdfs.txt
