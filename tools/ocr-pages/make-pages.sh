#!/usr/bin/env bash
# Renders the OCR test pages: a 公文 (headless Chromium → PDF → pdftoppm) and a query-screen screenshot
# (headless Chromium), then degrades them as scanners and phones do (noise, blur, JPEG, slight skew,
# pages turned 90/180°). Every ID is one of tools/DocScan.SampleDocs' SyntheticIds (checksum-valid,
# nobody's). Needs poppler-utils, chromium, imagemagick, fonts-noto-cjk.
# Output: tests/DocScan.Core.Tests/Fixtures/ocr/ (the tests read the committed files; this script
# only remakes them; the tests wrap letter-scan.jpg into an image-only PDF themselves).
set -euo pipefail
cd "$(dirname "$0")/../.."
out=tests/DocScan.Core.Tests/Fixtures/ocr
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"

cat > "$work/letter.html" <<'HTML'
<html><head><meta charset="utf-8"><style>
body { font-family: "Noto Serif CJK TC", serif; font-size: 15pt; line-height: 1.6; }
h1 { text-align: center; font-size: 22pt; } td { padding: 2px 8px; font-size: 14pt; }
</style></head><body>
<h1>臺北市政府社會局　函</h1>
<p>地址：11008臺北市信義區市府路1號<br>承辦人：王小明　電話：02-27208889</p>
<p>受文者：林怡君君<br>
發文日期：中華民國115年3月2日<br>
發文字號：北市社助字第1153012345號<br>
速別：普通件</p>
<p>主旨：台端申請中低收入戶資格一案，經審查符合資格，請查照。</p>
<p>說明：</p>
<p>一、依據台端115年1月15日申請書辦理。</p>
<p>二、申請人姓名：林怡君，身分證統一編號：F152601819，出生日期：民國78年5月12日，聯絡電話：0912-345-678。</p>
<p>三、配偶姓名：陳志豪，身分證統一編號：A166131861，出生日期：民國76年11月3日，聯絡電話：0928-765-432。</p>
<p>四、長子姓名：陳冠宇，身分證統一編號：T196030828，出生日期：民國105年7月21日。</p>
<p>五、緊急聯絡人姓名：黃淑芬，身分證統一編號：E209139090，聯絡電話：0935-246-810。</p>
<p>正本：林怡君君<br>副本：本局社會救助科</p>
</body></html>
HTML

cat > "$work/query.html" <<'HTML'
<html><head><meta charset="utf-8"><style>
body { font-family: "Noto Sans CJK TC", sans-serif; margin: 0; background: #eef2f6; }
.bar { background: #1f4e79; color: white; padding: 10px 16px; font-size: 18px; }
.form { padding: 10px 16px; font-size: 15px; }
table { border-collapse: collapse; margin: 8px 16px; background: white; font-size: 16px; }
th { background: #d9e2f3; } th, td { border: 1px solid #8ea9c1; padding: 6px 14px; }
</style></head><body>
<div class="bar">健保承保資料查詢系統　／　在保人員查詢結果</div>
<div class="form">查詢條件：投保單位代號 0123456789　查詢日期：115年2月26日　查詢人員：王小明</div>
<table>
<tr><th>序號</th><th>姓名</th><th>身分證號</th><th>出生日期</th><th>聯絡電話</th><th>投保日期</th></tr>
<tr><td>1</td><td>林怡君</td><td>F152601819</td><td>78/05/12</td><td>0912-345-678</td><td>110/03/01</td></tr>
<tr><td>2</td><td>陳志豪</td><td>A166131861</td><td>76/11/03</td><td>0928-765-432</td><td>108/07/15</td></tr>
<tr><td>3</td><td>張雅婷</td><td>H259083019</td><td>81/02/28</td><td>0955-123-456</td><td>112/01/02</td></tr>
<tr><td>4</td><td>李建宏</td><td>K182199353</td><td>69/09/09</td><td>0919-876-543</td><td>105/10/20</td></tr>
<tr><td>5</td><td>王美玲</td><td>B218190937</td><td>85/12/25</td><td>0937-111-222</td><td>113/06/30</td></tr>
<tr><td>6</td><td>劉俊傑</td><td>R246281946</td><td>72/04/18</td><td>0983-456-789</td><td>109/11/11</td></tr>
</table></body></html>
HTML

# Chromium prints the letter as an A4 PDF (LibreOffice's HTML import puts a blank page first).
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$work/letter.pdf" \
  "file://$work/letter.html" >/dev/null 2>&1
pdftoppm -r 200 -gray -png -singlefile "$work/letter.pdf" "$work/letter"
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=900,420 \
  --screenshot="$work/query.png" "file://$work/query.html" >/dev/null 2>&1

# Scanner-like: grey paper, noise, slight blur, 1.2° skew, JPEG quality 60.
convert "$work/letter.png" -background white -rotate 1.2 -attenuate 0.35 +noise Gaussian -blur 0x0.6 \
  -colorspace Gray -quality 60 "$out/letter-scan.jpg"
# The same page fed upside down, and a page turned 90° (landscape scan), both noisy.
convert "$work/letter.png" -rotate 180 -attenuate 0.3 +noise Gaussian -colorspace Gray -quality 70 "$out/letter-180.jpg"
# The query screen: a screenshot pasted as is (PNG) and one photographed/compressed (JPEG, blur).
cp "$work/query.png" "$out/query-screen.png"
convert "$work/query.png" -rotate 90 -blur 0x0.5 -quality 55 "$out/query-screen-90.jpg"
# Unreadable: a tiny, heavily blurred fax-like page that must stay review.
convert "$work/letter.png" -resize 18% -blur 0x2.5 -attenuate 1.5 +noise Gaussian -colorspace Gray "$out/unreadable.png"
# Multi-page TIFF: the scanned letter and the query screen.
convert "$out/letter-scan.jpg" "$work/query.png" -compress lzw "$out/two-pages.tif"
ls -la "$out"
