#!/usr/bin/env bash
# Upload→report latency of `docscan serve` on Azurite: uploads documents one at a time through the
# upload API (as the reviewer page does) and times each from the upload's start until its status says
# "scanned". Prints median, p95 and max and keeps them in bench/upload-latency.txt. Not a test.
#   bench/upload-latency.sh [--uploads N]   (default 60)
set -euo pipefail
cd "$(dirname "$0")/.."
uploads=60
if [ "${1:-}" = "--uploads" ]; then uploads="$2"; fi

command -v python3 >/dev/null || { echo "python3 is needed" >&2; exit 1; }
[ -x node_modules/.bin/azurite ] || npm ci --no-audit --no-fund --loglevel=error
dotnet build src/DocScan.Cli -c Release -v quiet --nologo >/dev/null
docscan=src/DocScan.Cli/bin/Release/net10.0/docscan

work=$(mktemp -d)
pids=()
cleanup() {
  status=$?
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  if [ "$status" -ne 0 ]; then tail -20 "$work/serve.log" "$work/azurite.log" >&2 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
blob=$(free_port); queue=$(free_port); web=$(free_port)
node_modules/.bin/azurite --silent --inMemoryPersistence --skipApiVersionCheck \
  --blobHost 127.0.0.1 --blobPort "$blob" --queueHost 127.0.0.1 --queuePort "$queue" --tablePort "$(free_port)" >"$work/azurite.log" 2>&1 &
pids+=($!)
key="Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="
connection="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=$key;BlobEndpoint=http://127.0.0.1:$blob/devstoreaccount1;QueueEndpoint=http://127.0.0.1:$queue/devstoreaccount1"

password="bench-$(date +%s)-密碼"
printf '%s\n' "$password" | "$docscan" users add bench.clerk --role uploader --file "$work/users.json" --password-stdin >/dev/null 2>&1
# Azurite takes a few seconds to listen, more on a busy machine; serve gives up at once when it cannot connect.
for _ in $(seq 600); do (exec 3<>"/dev/tcp/127.0.0.1/$blob") 2>/dev/null && break; sleep 0.1; done
"$docscan" serve --connection "$connection" --create-containers --users "$work/users.json" --urls "http://127.0.0.1:$web" \
  --sweep-interval 0 >"$work/serve.log" 2>&1 &
pids+=($!)

BASE="http://127.0.0.1:$web" PASSWORD="$password" UPLOADS="$uploads" python3 - <<'PY' | tee "$work/upload-latency.txt"
import glob, http.cookiejar, json, os, statistics, time, urllib.parse, urllib.request

base, uploads = os.environ["BASE"], int(os.environ["UPLOADS"])
opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))

def call(method, path, body=None, content_type="application/json"):
    request = urllib.request.Request(base + path, data=body, method=method, headers={"Content-Type": content_type})
    try:
        with opener.open(request, timeout=60) as response:
            return response.status, json.loads(response.read() or b"null")
    except urllib.error.HTTPError as error:
        return error.code, None

for _ in range(1200):  # the host starts in a few seconds, longer on a busy machine
    try:
        if call("GET", "/api/review/me")[0] in (200, 401):
            break
    except OSError:
        pass
    time.sleep(0.1)
status, _ = call("POST", "/api/review/login", json.dumps({"name": "bench.clerk", "password": os.environ["PASSWORD"]}).encode())
assert status == 200, f"sign-in failed: {status}"

# The kinds of document agencies upload, from sample-docs/ (damaged and encrypted ones included).
samples = sorted(f for f in glob.glob("sample-docs/*") if not f.endswith((".md", ".json")) and os.path.getsize(f) < 5_000_000)
latencies, by_format = [], {}
for i in range(uploads):
    path = samples[i % len(samples)]
    with open(path, "rb") as f:
        content = f.read()
    name = urllib.parse.quote(f"{i:03d}-{os.path.basename(path)}")
    started = time.perf_counter()
    status, body = call("POST", f"/api/documents?name={name}&wait=0", content, "application/octet-stream")
    assert status in (200, 202), f"upload failed: {status}"
    while body["status"] != "scanned":
        time.sleep(0.02)
        _, body = call("GET", f"/api/documents/{body['documentId']}")
    latency = time.perf_counter() - started
    latencies.append(latency)
    by_format.setdefault(os.path.splitext(path)[1] or "(none)", []).append(latency)

def p95(values):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]

print(f"upload→report through docscan serve on Azurite, {uploads} uploads one at a time ({len(samples)} sample documents in turn)")
print(f"  median {statistics.median(latencies):.2f} s, p95 {p95(latencies):.2f} s, max {max(latencies):.2f} s, min {min(latencies):.2f} s")
for extension, values in sorted(by_format.items()):
    print(f"  {extension:6} {len(values):3} uploads, median {statistics.median(values):.2f} s, max {max(values):.2f} s")
PY
# Kept only when the run completed: a failed run leaves the last figures in place.
cp "$work/upload-latency.txt" bench/upload-latency.txt
