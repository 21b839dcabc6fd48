#!/usr/bin/env bash
# Set up a fresh Debian 12 machine (as root) for building and testing Unclench. Idempotent: a second run
# checks and changes nothing. Installs Debian packages, fetches pinned library sources from Debian's
# source archive (sha256 checked) into third_party/, and installs the npm test tools from package-lock.json.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
TP="$ROOT/third_party"
say() { printf '[setup] %s\n' "$*"; }

# ---- Debian packages --------------------------------------------------------------------------------
PACKAGES=(emscripten cmake ninja-build g++ nlohmann-json3-dev doctest-dev clang libclang-rt-14-dev
          chromium fonts-inter fonts-material-design-icons-iconfont python3 python3-fonttools librsvg2-bin pngquant zopfli terser brotli curl xz-utils)
missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# node and npm may come from elsewhere on a machine image; Debian's only when neither is there.
command -v npm >/dev/null 2>&1 || missing+=(nodejs npm)
if [ ${#missing[@]} -gt 0 ]; then
  say "installing Debian packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# ---- Library sources from Debian's source archive ----------------------------------------------------
# Bookworm's imgui is 1.86; 1.92.x lives in the development suite's source archive. Pinned by version
# and sha256 of the upstream tarball. If the pin has left the archive, see README "Pinned sources".
SRC_LIST=/etc/apt/sources.list.d/unclench-src.sources
ensure_deb_src() {
  [ -f "$SRC_LIST" ] && return 0
  say "adding a deb-src entry for Debian's development suite (sid)"
  local uris keyring
  uris=$(awk '/^URIs:/{print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)
  keyring=$(awk '/^Signed-By:/{print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)
  printf 'Types: deb-src\nURIs: %s\nSuites: sid\nComponents: main\nSigned-By: %s\n' \
    "${uris:-http://deb.debian.org/debian}" "${keyring:-/usr/share/keyrings/debian-archive-keyring.gpg}" > "$SRC_LIST"
  apt-get update -qq
}

# fetch_source PACKAGE VERSION ORIG_FILE SHA256 DEST_DIR
fetch_source() {
  local pkg=$1 ver=$2 file=$3 sum=$4 dest=$5
  local stamp="$TP/$dest/.unclench-source"
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$file $sum" ]; then return 0; fi
  mkdir -p "$TP/downloads"
  local tarball="$TP/downloads/$file"
  if [ -n "${UNCLENCH_SOURCE_CACHE:-}" ] && [ -f "$UNCLENCH_SOURCE_CACHE/$file" ]; then
    cp "$UNCLENCH_SOURCE_CACHE/$file" "$tarball"
  fi
  if [ ! -f "$tarball" ] || ! echo "$sum  $tarball" | sha256sum -c --quiet - 2>/dev/null; then
    ensure_deb_src
    local uri
    uri=$(apt-get source --print-uris "$pkg=$ver" 2>/dev/null | awk -v f="$file" '$2==f {gsub("\x27","",$1); print $1}')
    if [ -z "$uri" ]; then
      say "ERROR: $pkg $ver is no longer in Debian's source archive."
      say "Fallback: put $file (sha256 $sum) into a folder and run again with UNCLENCH_SOURCE_CACHE=<folder>,"
      say "or move the pin in scripts/setup.sh to the newest version that 'apt-cache showsrc $pkg' lists."
      exit 1
    fi
    say "downloading $file"
    curl -fsSL -o "$tarball.part" "$uri"
    mv "$tarball.part" "$tarball"
  fi
  if ! echo "$sum  $tarball" | sha256sum -c --quiet - ; then
    say "ERROR: $file does not match its pinned sha256 ($sum)."; rm -f "$tarball"; exit 1
  fi
  rm -rf "${TP:?}/$dest" && mkdir -p "$TP/$dest"
  tar -xf "$tarball" -C "$TP/$dest" --strip-components=1
  echo "$file $sum" > "$stamp"
  say "unpacked $file into third_party/$dest"
}

fetch_source imgui 1.92.2b+ds-1 imgui_1.92.2b+ds.orig.tar.xz \
  e7bd201d56b5ee90d24d5dac85e5c12f98bdb95410252a62d27b7f89e4566d48 imgui
fetch_source qr-code-generator 1.8.0-1.2 qr-code-generator_1.8.0.orig.tar.gz \
  2ec0a4d33d6f521c942eeaf473d42d5fe139abcfa57d2beffe10c5cf7d34ae60 qrcodegen

# ---- npm test tools (from the committed lock file) ---------------------------------------------------
lock_sum=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ ! -f node_modules/.unclench-lock ] || [ "$(cat node_modules/.unclench-lock)" != "$lock_sum" ]; then
  say "installing npm test tools from package-lock.json"
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error
  echo "$lock_sum" > node_modules/.unclench-lock
fi

say "ready"
