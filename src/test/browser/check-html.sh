#!/usr/bin/env bash
# Loads an HTML report in headless Chromium and fails when the page logs anything to the
# console (a blocked resource, a Content-Security-Policy violation, a script error) or does not
# render. Usage:
#   src/test/browser/check-html.sh [REPORT.html]
# Without an argument it renders the seed fixture with ./crosscheck (--format html) first.
# Needs Chromium (Debian: apt-get install chromium); CHROMIUM=/path/to/chrome picks another.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
# shellcheck source=chromium.sh
. "$here/chromium.sh"
CHROMIUM_BIN="$(find_chromium)" || { echo "check-html: Chromium not found (apt-get install chromium)" >&2; exit 2; }

report="${1:-}"
if [ -z "$report" ]; then
  mkdir -p "$root/target/browser"
  report="$root/target/browser/seed-report.html"
  (cd "$root" && ./crosscheck check fixtures/ukraine-talks-2022 --format html --fail-on none -o "$report")
fi
[ -f "$report" ] || { echo "check-html: $report: no such file" >&2; exit 2; }
url="file://$(cd "$(dirname "$report")" && pwd)/$(basename "$report")"

log="$(mktemp)"
dom="$(mktemp)"
trap 'rm -f "$log" "$dom"' EXIT
headless_chromium --enable-logging=stderr --v=0 --virtual-time-budget=2000 --dump-dom "$url" >"$dom" 2>"$log" || {
  echo "check-html: Chromium failed on $report:" >&2
  tail -n 20 "$log" >&2
  exit 1
}
# Chromium writes every console message (errors, CSP violations, uncaught exceptions) as :CONSOLE
if grep -q ':CONSOLE' "$log"; then
  echo "check-html: $report logs to the browser console:" >&2
  grep ':CONSOLE' "$log" >&2
  exit 1
fi
if ! grep -q '<h1>crosscheck report</h1>' "$dom"; then
  echo "check-html: $report did not render (no report heading in the DOM)" >&2
  exit 1
fi
echo "check-html: $report renders in $("$CHROMIUM_BIN" --version 2>/dev/null | head -n 1) with a clean console"
