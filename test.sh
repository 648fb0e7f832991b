#!/usr/bin/env bash
# Runs every test of the solution and ends with one line: "N passed, N failed[, N skipped]".
# Installs what the tests need itself, so it works on a fresh machine and in CI.
set -uo pipefail
cd "$(dirname "$0")"

results="TestResults"
rm -rf "$results"

# Node packages the tests use (the independent ID validator; later Azurite): pinned by package-lock.json.
npm ci --no-audit --no-fund --loglevel=error || { echo "0 passed, 1 failed"; exit 1; }

# pdftotext and pdftoppm (poppler-utils) read redacted PDF drafts back independently of PdfPig.
if ! command -v pdftotext >/dev/null || ! command -v pdftoppm >/dev/null; then
  as_root=""
  if [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null; then as_root="sudo"; fi
  $as_root apt-get install -y -qq poppler-utils >/dev/null 2>&1 \
    || { $as_root apt-get update -qq && $as_root apt-get install -y -qq poppler-utils >/dev/null; } \
    || { echo "0 passed, 1 failed"; exit 1; }
fi

# Installs the Debian packages given (updating the package lists only when an install fails).
apt_install() {
  [ $# -gt 0 ] || return 0
  local as_root=""
  if [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null; then as_root="sudo"; fi
  $as_root apt-get install -y -qq "$@" >/dev/null 2>&1 \
    || { $as_root apt-get update -qq && $as_root apt-get install -y -qq "$@" >/dev/null; } \
    || { echo "0 passed, 1 failed"; exit 1; }
}

# OCR of scanned pages and images: Tesseract 5 with Traditional Chinese and orientation detection;
# libtiff-tools' tiff2pdf opens multi-page TIFF scans for pdftoppm.
# The OCR tests draw more degraded pages in a Ming face (AR PL) and a sans face (Droid Sans Fallback, Latin in DejaVu Sans).
ocr_packages=()
for package in tesseract-ocr tesseract-ocr-chi-tra tesseract-ocr-osd libtiff-tools fonts-arphic-bsmi00lp fonts-droid-fallback fonts-dejavu-core; do
  dpkg -s "$package" >/dev/null 2>&1 || ocr_packages+=("$package")
done
apt_install "${ocr_packages[@]}"

# LibreOffice (soffice) opens every ODF draft headless, independently of DocScan's reader and writer.
lo_packages=()
for component in writer calc impress; do
  dpkg -s "libreoffice-$component-nogui" >/dev/null 2>&1 || dpkg -s "libreoffice-$component" >/dev/null 2>&1 \
    || lo_packages+=("libreoffice-$component-nogui")
done
apt_install "${lo_packages[@]}"

# python3 (zipfile, email) reads fuzzed documents back independently of .NET in the fuzz test.
if ! command -v python3 >/dev/null; then
  as_root=""
  if [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null; then as_root="sudo"; fi
  $as_root apt-get install -y -qq python3 >/dev/null 2>&1 \
    || { $as_root apt-get update -qq && $as_root apt-get install -y -qq python3 >/dev/null; } \
    || { echo "0 passed, 1 failed"; exit 1; }
fi

# The reviewer page's browser tests drive Debian's Chromium through Playwright (which never downloads a browser).
if [ ! -x /usr/bin/chromium ]; then
  as_root=""
  if [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null; then as_root="sudo"; fi
  $as_root apt-get install -y -qq chromium >/dev/null 2>&1 \
    || { $as_root apt-get update -qq && $as_root apt-get install -y -qq chromium >/dev/null; } \
    || { echo "0 passed, 1 failed"; exit 1; }
fi

dotnet restore DocScan.sln --nologo -v quiet || { echo "0 passed, 1 failed"; exit 1; }
dotnet build DocScan.sln --no-restore --nologo -v quiet -c Release || { echo "0 passed, 1 failed"; exit 1; }
dotnet test DocScan.sln --no-build --nologo -c Release \
  --logger "trx" --logger "console;verbosity=minimal" --results-directory "$results"
status=$?

passed=0; failed=0; skipped=0; total=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx")
  get() { echo "$counters" | sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p"; }
  total=$((total + $(get total)))
  passed=$((passed + $(get passed)))
  failed=$((failed + $(get failed) + $(get error) + $(get timeout) + $(get aborted)))
  skipped=$((skipped + $(get notExecuted)))
done

if [ "$total" -eq 0 ]; then
  echo "no test results found"
  failed=$((failed + 1))
fi
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  # The runner failed without a failing test (a crashed test host): count it, never hide it.
  failed=1
fi

if [ "$skipped" -gt 0 ]; then
  echo "$passed passed, $failed failed, $skipped skipped"
else
  echo "$passed passed, $failed failed"
fi
[ "$failed" -eq 0 ]
