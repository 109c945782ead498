# Sourced by check-html.sh and screenshot.sh: finds Chromium and runs it headless, isolated
# (throw-away profile, no background networking, no first-run UI).
find_chromium() {
  local c
  for c in "${CHROMIUM:-}" chromium chromium-browser google-chrome-stable google-chrome; do
    if [ -n "$c" ] && command -v "$c" >/dev/null 2>&1; then
      command -v "$c"
      return 0
    fi
  done
  return 1
}

# headless_chromium ARGS...: runs Chromium headless with a fresh profile removed afterwards
headless_chromium() {
  local profile rc
  profile="$(mktemp -d)"
  rc=0
  timeout 120 "$CHROMIUM_BIN" --headless --no-sandbox --disable-gpu --disable-background-networking \
    --disable-component-update --disable-sync --no-first-run --hide-scrollbars \
    --user-data-dir="$profile" "$@" || rc=$?
  rm -rf "$profile"
  return "$rc"
}
