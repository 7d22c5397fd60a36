#!/usr/bin/env bash
# Render a report's HTML with headless Chromium and save a PNG screenshot, to look at the layout
# (desktop and phone width) without a desktop session.  Not part of the test suite.
#
#   scripts/check-html-in-browser.sh REPORT.html [OUT.png] [WIDTH]
#
# Example:
#   ppid-audit report ranking --out /tmp/ranking.html
#   scripts/check-html-in-browser.sh /tmp/ranking.html /tmp/ranking.png 1200
#   scripts/check-html-in-browser.sh /tmp/ranking.html /tmp/ranking-phone.png 390
#
# Needs chromium (Debian/Ubuntu: `sudo apt-get install chromium`).  The flags keep Chromium off the
# network: the report must render from the file alone (no remote CSS, fonts or scripts).
set -euo pipefail

html="${1:?usage: $0 REPORT.html [OUT.png] [WIDTH]}"
out="${2:-${html%.*}.png}"
width="${3:-1200}"
height="${HEIGHT:-2000}"

browser=""
for b in chromium chromium-browser google-chrome; do
  if command -v "$b" >/dev/null 2>&1; then browser="$b"; break; fi
done
if [ -z "$browser" ]; then
  echo "chromium not found: install it with 'apt-get install chromium'" >&2
  exit 2
fi
[ -f "$html" ] || { echo "no such file: $html" >&2; exit 2; }

profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
"$browser" --headless --no-sandbox --disable-gpu --disable-background-networking \
  --disable-component-update --no-first-run --user-data-dir="$profile" \
  --hide-scrollbars --window-size="${width},${height}" \
  --screenshot="$(realpath -m "$out")" "file://$(realpath "$html")" >/dev/null 2>&1
echo "$out"
