#!/usr/bin/env bash
# The README's first command: scans files and folders on this machine, no Azure needed. Installs what reading
# scans and images needs where it can (Tesseract with Traditional Chinese, poppler's pdftoppm, libtiff's
# tiff2pdf); where it cannot, docscan still scans and marks such pages needs-ocr, never released unread.
#
#   ./scan.sh sample-docs
#   ./scan.sh 公文.docx 附件.zip --out reports
set -uo pipefail
root="$(cd "$(dirname "$0")" && pwd)"

"$root/scripts/install-debian-packages.sh" poppler-utils tesseract-ocr tesseract-ocr-chi-tra tesseract-ocr-osd libtiff-tools \
  || echo "無法安裝 OCR 套件（Tesseract）：掃描檔與圖片會標示為 needs-ocr，須人工確認。" >&2

exec dotnet run --project "$root/src/DocScan.Cli" -c Release -- scan "$@"
