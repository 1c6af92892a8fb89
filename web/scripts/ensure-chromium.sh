#!/usr/bin/env bash
# The browser tests drive Debian's chromium (browsers are never downloaded by npm/Playwright).
# Installs it when missing and we are root; otherwise says what to do.
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing chromium (Debian package) for the browser tests..."
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  [ -x "$CHROMIUM" ] && exit 0
fi
echo "chromium not found at $CHROMIUM: run 'apt-get install -y chromium' as root (or set CHROMIUM_PATH)" >&2
exit 1
