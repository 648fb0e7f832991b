#!/usr/bin/env bash
# Runs every test of the solution and ends with one line: "N passed, N failed[, N skipped]".
# Installs what the tests need itself, so it works on a fresh machine and in CI.
set -uo pipefail
cd "$(dirname "$0")"

results="TestResults"
rm -rf "$results"

# Node packages the tests use (the independent ID validator; later Azurite): pinned by package-lock.json.
npm ci --no-audit --no-fund --loglevel=error || { echo "0 passed, 1 failed"; exit 1; }

# Debian packages the tests use, each for its independent reader or tool:
# - poppler-utils: pdftotext and pdftoppm read redacted PDF drafts back independently of PdfPig;
# - Tesseract 5 with Traditional Chinese and orientation detection reads scanned pages and images, and
#   libtiff-tools' tiff2pdf opens multi-page TIFF scans for pdftoppm; the OCR tests draw more degraded pages
#   in a Ming face (AR PL) and a sans face (Droid Sans Fallback, Latin in DejaVu Sans);
# - LibreOffice (soffice) opens every ODF draft headless, independently of DocScan's reader and writer;
# - python3 (zipfile, email) reads fuzzed documents back independently of .NET in the fuzz test;
# - Chromium: the reviewer page's browser tests drive it through Playwright (which never downloads a browser).
scripts/install-debian-packages.sh poppler-utils \
  tesseract-ocr tesseract-ocr-chi-tra tesseract-ocr-osd libtiff-tools \
  fonts-arphic-bsmi00lp fonts-droid-fallback fonts-dejavu-core \
  "libreoffice-writer-nogui|libreoffice-writer" "libreoffice-calc-nogui|libreoffice-calc" \
  "libreoffice-impress-nogui|libreoffice-impress" python3 chromium \
  || { echo "0 passed, 1 failed"; exit 1; }

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
