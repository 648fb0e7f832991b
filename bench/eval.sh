#!/usr/bin/env bash
# Detection quality on the team's evaluation corpus (docs/evaluation.md): generates it from its fixed
# seed into bench/out/eval-corpus (not in git), scores today's detection with `docscan eval` and keeps
# the scores in bench/eval.txt. Extra arguments go to `docscan eval` (e.g. --min-recall 0.9).
set -euo pipefail
cd "$(dirname "$0")/.."

dotnet build tools/DocScan.EvalCorpus -c Release --nologo -v quiet
dotnet build src/DocScan.Cli -c Release --nologo -v quiet

dotnet tools/DocScan.EvalCorpus/bin/Release/net10.0/DocScan.EvalCorpus.dll bench/out/eval-corpus
status=0
dotnet src/DocScan.Cli/bin/Release/net10.0/docscan.dll eval bench/out/eval-corpus --out bench/eval.txt.tmp "$@" || status=$?
mv bench/eval.txt.tmp bench/eval.txt
exit $status
