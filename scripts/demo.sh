#!/usr/bin/env bash
# npm run demo: build the extension, serve the bundled sample article, and show it in Chromium with the
# extension loaded. With no display (a server, CI) it takes screenshots instead and says where they are.
set -euo pipefail
cd "$(dirname "$0")/.."
npx wxt build >/dev/null
echo "Built .output/chrome-mv3"
if [[ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" && "${DEMO_HEADLESS:-}" != 1 ]]; then
  node tests/e2e/server.mjs 4310 &
  server=$!
  trap 'kill $server 2>/dev/null || true' EXIT
  sleep 0.5
  profile=$(mktemp -d)
  echo "Opening http://127.0.0.1:4310/article in Chromium (close the window to stop)"
  "${CHROMIUM_PATH:-/usr/bin/chromium}" --user-data-dir="$profile" --no-first-run \
    --disable-extensions-except="$PWD/.output/chrome-mv3" --load-extension="$PWD/.output/chrome-mv3" \
    http://127.0.0.1:4310/article
else
  node scripts/demo-shots.mjs
fi
