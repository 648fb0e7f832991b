#!/usr/bin/env bash
# Installs the Debian packages named that are not installed yet; used by test.sh and the bench scripts
# so every script installs the same way. An argument "a|b" is satisfied by either package and installs
# the first. Updates the package lists only when an install fails (a fresh image has none).
#
#   scripts/install-debian-packages.sh poppler-utils "libreoffice-writer-nogui|libreoffice-writer"
set -uo pipefail

wanted=()
for choice in "$@"; do
  installed=false
  IFS='|' read -ra alternatives <<<"$choice"
  for package in "${alternatives[@]}"; do
    if dpkg -s "$package" >/dev/null 2>&1; then installed=true; break; fi
  done
  $installed || wanted+=("${alternatives[0]}")
done
[ ${#wanted[@]} -gt 0 ] || exit 0

as_root=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "need root or sudo to install: ${wanted[*]}" >&2; exit 1; }
  as_root=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get install -y -qq "${wanted[@]}" >/dev/null 2>&1 \
  || { "${as_root[@]}" apt-get update -qq && "${as_root[@]}" apt-get install -y -qq "${wanted[@]}" >/dev/null; }
