#!/usr/bin/env bash
# The browser tests drive Debian's Chromium (playwright-core downloads no browser of its own).
# Install it when it is missing, so that `npm test` alone works on a fresh machine.
set -euo pipefail
chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
[ -x "$chromium_path" ] && exit 0
echo "Chromium not found at $chromium_path: installing Debian's chromium for the browser tests…" >&2
if [ "$(id -u)" = 0 ]; then sudo=""; elif command -v sudo >/dev/null; then sudo="sudo"; else
  echo "Cannot install Chromium without root. Run: apt-get install -y chromium (or set CHROMIUM_PATH)." >&2
  exit 1
fi
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
