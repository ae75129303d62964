#!/usr/bin/env bash
# Runs every real-editor check of Status Catalog once and ends with the line "N passed, N failed"
# (exit 0 only when all passed). Needs `bash test/editor/install-tools.sh` and `npm run build` first.
#
#   vscode-suite    the mocha suite (test/editor/suite) in a VS Code extension host: desktop VS Code
#                   via @vscode/test-electron where it can be had, else code-server (the log says which)
#   vsix-package    vsce packages the current dist/ (no rebuild): client, server, catalogs, icon, README,
#                   CHANGELOG, LICENSE inside, no node_modules or sources
#   ui-hover        code-server in headless chromium with that .vsix installed: a mouse hover on a status
#                   literal shows the catalog text; screenshot in test/output/hover.png
#   nvim-hover      headless Neovim + `node dist/server.js --stdio`: hovers in a .ts and a .json file
#   nvim-settings   the same with statusCatalog.catalogs = ["bms"] passed as the client's settings
#   emacs-hover     batch Emacs + eglot + the same server: the same two hovers
#   emacs-settings  the same with the setting, as eglot-workspace-configuration
#   nvim-readme     the README's Neovim snippet, extracted and loaded as init.lua, starts the server
#                   (`status-catalog-language-server` on PATH) and gives the hovers
#   emacs-readme    the README's Emacs snippet, loaded as the user configuration, the same in Emacs 28
#   ui-extension-page  code-server with the .vsix installed: the Extensions view page is the marketplace
#                   README (what the extension does) with its screenshot loaded
#   web-build       the browser build (dist/web/) in code-server's Web Worker extension host: the suite
#                   test/editor/web/suite.ts (exact hover, diagnostic, completion items, a catalogPaths folder
#                   read through VS Code's file system), then a UI hover; screenshot in test/output/web-hover.png
#
# usage: bash test/editor/run-all.sh
# env:   STATUS_CATALOG_TOOLS (see install-tools.sh), EDITOR_TEST_OUT (logs; default a new folder in
#        ${TMPDIR:-/tmp}), STATUS_CATALOG_VSIX (a .vsix for ui-hover; skips vsix-package)
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
OUT=${EDITOR_TEST_OUT:-$(mktemp -d "${TMPDIR:-/tmp}/status-catalog-editors.XXXXXX")}
mkdir -p "$OUT" "$ROOT/test/output"
WS="$HERE/workspace"

missing=0
for f in "$ROOT/dist/server.js" "$ROOT/dist/client.js" "$ROOT/dist/web/server.js" "$ROOT/dist/web/client.js"; do
  [ -f "$f" ] || { echo "missing $f: run npm run build"; missing=1; }
done
for c in node nvim emacs; do
  command -v "$c" >/dev/null || { echo "missing command $c: run bash test/editor/install-tools.sh"; missing=1; }
done
[ "$missing" -eq 0 ] || exit 2

pass=0; fail=0; START=$SECONDS
check() {
  local name=$1; shift
  local s=$SECONDS
  if "$@" > "$OUT/$name.log" 2>&1; then
    pass=$((pass + 1)); echo "PASS $name ($((SECONDS - s))s)"
  else
    fail=$((fail + 1)); echo "FAIL $name ($((SECONDS - s))s) -> $OUT/$name.log"; tail -15 "$OUT/$name.log" | sed 's/^/    /'
  fi
}

# The expected texts: DDS's own description of 409 (orders.ts has a `status-catalog: dds` directive), and
# the standard meaning of 415 (an OpenAPI response key in openapi.json, which nothing scopes: with no project
# catalog and no opt-in to the bundled ones, no catalog is consulted).
HOVERS=(
  "$WS/orders.ts" "409" "The request could not be processed due to a conflict."
  "$WS/openapi.json" '"415"' "The content is in a format the target resource does not support."
)
# With the setting statusCatalog.catalogs = ["bms"] (passed the way each client passes settings), the
# setting outranks the file's directive, and BMS does not document 415.
SETTINGS='{"catalogs":["bms"]}'
SETTINGS_HOVERS=(
  "$WS/orders.ts" "409" "**Bare Metal Server** (bms): Conflict"
  "$WS/openapi.json" '"415"' "Not documented by Bare Metal Server (bms)."
)
# Vim's :luafile takes a file name whose spaces must be escaped.
NVIM=(nvim --headless --clean -u NONE -n -i NONE -c "luafile ${HERE// /\\ }/nvim/hover.lua" --)
check nvim-hover timeout 60 "${NVIM[@]}" "$OUT/nvim-hover.txt" "${HOVERS[@]}"
check nvim-settings timeout 60 env STATUS_CATALOG_SETTINGS="$SETTINGS" "${NVIM[@]}" "$OUT/nvim-settings.txt" "${SETTINGS_HOVERS[@]}"
check emacs-hover timeout 60 emacs --batch -l "$HERE/emacs/hover.el" "$OUT/emacs-hover.txt" "${HOVERS[@]}"
check emacs-settings timeout 60 env STATUS_CATALOG_SETTINGS="$SETTINGS" \
  emacs --batch -l "$HERE/emacs/hover.el" "$OUT/emacs-settings.txt" "${SETTINGS_HOVERS[@]}"
# The README's own snippets, as a user copies them: the command they name is put on PATH, running this build.
mkdir -p "$OUT/bin"
printf '#!/bin/sh\nexec node "%s/dist/server.js" "$@"\n' "$ROOT" > "$OUT/bin/status-catalog-language-server"
chmod +x "$OUT/bin/status-catalog-language-server"
README_HOVERS=(
  "$WS/orders.ts" "409" "The request could not be processed due to a conflict."
  "$WS/openapi.json" '"415"' "ContentType contained in the request header is not application/json."
)
# Emacs 28 has no TypeScript mode of its own: the snippet's js-mode entry serves .js and .json files.
EMACS_README_HOVERS=(
  "$WS/instances.js" "404" "The server could not find the requested page."
  "$WS/openapi.json" '"415"' "ContentType contained in the request header is not application/json."
)
readme_nvim() {
  node "$HERE/readme-snippet.mjs" nvim "$OUT/readme-init.lua" || return 1
  env PATH="$OUT/bin:$PATH" STATUS_CATALOG_FROM_CONFIG=1 XDG_CONFIG_HOME="$OUT/xdg-config" XDG_DATA_HOME="$OUT/xdg-data" \
    timeout 60 nvim --headless -u "$OUT/readme-init.lua" -n -i NONE -c "luafile ${HERE// /\\ }/nvim/hover.lua" -- \
    "$OUT/nvim-readme.txt" "${README_HOVERS[@]}"
}
readme_emacs() {
  node "$HERE/readme-snippet.mjs" emacs "$OUT/readme-init.el" || return 1
  env PATH="$OUT/bin:$PATH" STATUS_CATALOG_EMACS_INIT="$OUT/readme-init.el" \
    timeout 60 emacs --batch -l "$HERE/emacs/hover.el" "$OUT/emacs-readme.txt" "${EMACS_README_HOVERS[@]}"
}
check nvim-readme readme_nvim
check emacs-readme readme_emacs
check vscode-suite timeout 600 node "$HERE/run-vscode-tests.mjs"
# The UI test installs the packaged extension, so it also proves the .vsix works; without one (the
# packaging check failed) it loads the repository folder instead.
VSIX=${STATUS_CATALOG_VSIX:-$OUT/status-catalog.vsix}
[ -n "${STATUS_CATALOG_VSIX:-}" ] || check vsix-package timeout 120 node "$HERE/package-check.mjs" "$VSIX"
[ -f "$VSIX" ] || VSIX=
check ui-hover timeout 300 env SHOT="$ROOT/test/output/hover.png" STATUS_CATALOG_VSIX="$VSIX" node "$HERE/ui-hover.mjs"
if [ -n "$VSIX" ]; then
  check ui-extension-page timeout 300 env SHOT="$ROOT/test/output/extension-page.png" STATUS_CATALOG_VSIX="$VSIX" \
    node "$HERE/ui-extension-page.mjs"
else
  fail=$((fail + 1)); echo "FAIL ui-extension-page: no .vsix (vsix-package failed)"
fi

check web-build timeout 600 env SHOT="$ROOT/test/output/web-hover.png" node "$HERE/web-build.mjs"

grep -h '^editor:' "$OUT/vscode-suite.log" "$OUT/ui-hover.log" "$OUT/web-build.log" 2>/dev/null | sed 's/^/  /'
echo "logs: $OUT; screenshots: $ROOT/test/output/hover.png, $ROOT/test/output/web-hover.png; total $((SECONDS - START))s"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
