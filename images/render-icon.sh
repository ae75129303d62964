#!/usr/bin/env bash
# Renders images/icon.svg to images/icon.png (256x256, transparent corners) with headless chromium,
# so the extension's icon is made here from its source, not downloaded.
# usage: bash images/render-icon.sh        env: CHROMIUM (default /usr/bin/chromium)
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
cat > "$TMP/icon.html" <<HTML
<!doctype html><html><body style="margin:0;background:transparent">$(cat "$HERE/icon.svg")</body></html>
HTML
HOME="$TMP" "${CHROMIUM:-/usr/bin/chromium}" --headless --no-sandbox --disable-gpu --hide-scrollbars \
  --default-background-color=00000000 --window-size=256,256 --screenshot="$HERE/icon.png" \
  "file://$TMP/icon.html" 2>/dev/null
echo "wrote $HERE/icon.png"
