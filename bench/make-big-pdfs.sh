#!/usr/bin/env bash
# Makes the two big PDFs of issue 13 from the sample case files, the way an agency makes them: case
# files joined with pdfunite (every joined file keeps its own embedded CJK font), half of them
# rewritten by qpdf with object streams, and for the mixed file scanned pages (the sample pages
# rendered to 200 dpi greyscale JPEGs, one image per page) between the case files.
#
#   bench/out/big/big-cjk-text.pdf   ~500 text pages, ~30 MB
#   bench/out/big/big-mixed.pdf      the same text pages plus ~320 scanned pages, ~100 MB
#
# Usage: bench/make-big-pdfs.sh [OUT_DIR]   (default bench/out/big; bench/out/ is not in git)
# Needs poppler-utils (pdfunite, pdftoppm, pdfinfo), qpdf and img2pdf; installs them if missing.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-bench/out/big}"
text_pages_wanted=500
scanned_pages_wanted=320

scripts/install-debian-packages.sh poppler-utils qpdf img2pdf fonts-arphic-bsmi00lp

# The sample PDFs with text that both PdfPig and poppler open (the encrypted, truncated and misnamed
# samples and the scan are left out).
cases=(
  "sample-docs/行政調查報告.pdf"
  "sample-docs/公務機密維護宣導講義.pdf"
  "sample-docs/土地登記第二類謄本-龍泉段0123地號.pdf"
  "sample-docs/決標公告-斗崙段道路拓寬工程.pdf"
)
for f in "${cases[@]}"; do
  [ -f "$f" ] || { echo "missing $f: dotnet run --project tools/DocScan.SampleDocs -- sample-docs" >&2; exit 1; }
done

work="$out/parts"
rm -rf "$work"
mkdir -p "$work/images"

# Each case file as it is and as qpdf rewrites it (object streams, recompressed streams): two
# different file structures, as files from different agencies' tools are.
inputs=()
for i in "${!cases[@]}"; do
  cp "${cases[$i]}" "$work/case-$i.pdf"
  qpdf --compress-streams=y --object-streams=generate "${cases[$i]}" "$work/case-$i-qpdf.pdf"
  inputs+=("$work/case-$i.pdf" "$work/case-$i-qpdf.pdf")
done

pages() { pdfinfo "$1" | awk '/^Pages:/ { print $2 }'; }

# Scanned pages: every sample page (the scan included) rendered as a greyscale JPEG.
for f in "${cases[@]}" "sample-docs/掃描公文.pdf"; do
  pdftoppm -r 200 -gray -jpeg -jpegopt quality=80 "$f" "$work/images/$(basename "$f" .pdf)"
done
mapfile -t images < <(ls "$work/images"/*.jpg | LC_ALL=C sort)

# Rounds of case files until there are enough text pages; in the mixed file each round is followed
# by a bundle of scanned pages (a case file with its scanned attachments).
text_files=()
text_pages=0
round=0
image_index=0
while [ "$text_pages" -lt "$text_pages_wanted" ]; do
  for f in "${inputs[@]}"; do
    [ "$text_pages" -lt "$text_pages_wanted" ] || break
    text_files+=("$f")
    text_pages=$((text_pages + $(pages "$f")))
  done
  round=$((round + 1))
done

per_round=$(( (scanned_pages_wanted + round - 1) / round ))
scanned_pages=0
joined=()
for ((r = 0; r < round; r++)); do
  bundle=()
  for ((k = 0; k < per_round && scanned_pages < scanned_pages_wanted; k++)); do
    bundle+=("${images[$((image_index % ${#images[@]}))]}")
    image_index=$((image_index + 1))
    scanned_pages=$((scanned_pages + 1))
  done
  [ ${#bundle[@]} -gt 0 ] || continue
  img2pdf --pagesize A4 "${bundle[@]}" -o "$work/scan-$r.pdf"
done

# Interleave: the mixed file has round r's case files, then scan bundle r.
per=${#inputs[@]}
i=0
for ((r = 0; r < round; r++)); do
  for ((k = 0; k < per && i < ${#text_files[@]}; k++)); do
    joined+=("${text_files[$i]}")
    i=$((i + 1))
  done
  [ -f "$work/scan-$r.pdf" ] && joined+=("$work/scan-$r.pdf")
done

pdfunite "${text_files[@]}" "$out/big-cjk-text.pdf"
pdfunite "${joined[@]}" "$out/big-mixed.pdf"
rm -rf "$work"

for f in "$out/big-cjk-text.pdf" "$out/big-mixed.pdf"; do
  printf '%s: %s pages, %s bytes\n' "$f" "$(pages "$f")" "$(stat -c %s "$f")"
done
