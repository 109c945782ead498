#!/usr/bin/env bash
# Screenshots an HTML report in headless Chromium at a desktop and a phone width, to look at.
# Usage:
#   src/test/browser/screenshot.sh [REPORT.html] [OUT_DIR]
# Writes OUT_DIR/desktop.png (1280x900) and OUT_DIR/phone.png (390x844), full height of the
# first screen only; OUT_DIR defaults to target/browser. Without a report it renders the seed
# fixture with ./crosscheck first. Needs Chromium (Debian: apt-get install chromium).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
# shellcheck source=chromium.sh
. "$here/chromium.sh"
CHROMIUM_BIN="$(find_chromium)" || { echo "screenshot: Chromium not found (apt-get install chromium)" >&2; exit 2; }

report="${1:-}"
out="${2:-$root/target/browser}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"
if [ -z "$report" ]; then
  report="$out/seed-report.html"
  (cd "$root" && ./crosscheck check fixtures/ukraine-talks-2022 --format html --fail-on none -o "$report")
fi
[ -f "$report" ] || { echo "screenshot: $report: no such file" >&2; exit 2; }
url="file://$(cd "$(dirname "$report")" && pwd)/$(basename "$report")"

shoot() { # NAME WIDTH HEIGHT [EXTRA...]
  local name="$1" size="$2,$3"
  shift 3
  headless_chromium --window-size="$size" "$@" --screenshot="$out/$name.png" "$url" 2>/dev/null
  echo "screenshot: $out/$name.png ($size)"
}
shoot desktop 1280 900
shoot phone 390 844 --force-device-scale-factor=1
