#!/usr/bin/env bash
# Makes the app's PNG icons from web/icon.svg with rsvg-convert (librsvg2-bin), at build time:
#   icons/icon-192.png, icon-512.png         the icon as drawn (rounded square, transparent corners)
#   icons/maskable-192.png, maskable-512.png full-bleed background, the figure inside the 80% safe zone
#   icons/apple-touch-icon.png (180)         full-bleed too: iOS rounds the corners itself
# Each is then cut to a 256-colour palette (pngquant: the icon has three flat colours, the palette keeps
# every pixel within 4/255 of the full-colour render) and recompressed (zopflipng): about a third of the
# bytes, and the icons are all part of the first load (the service worker precaches them).
# Usage: make_icons.sh <web dir> <output dir>. Skips icons newer than the SVG.
set -euo pipefail
web=$1
out=$2/icons
svg=$web/icon.svg
command -v rsvg-convert >/dev/null || { echo "make_icons: rsvg-convert missing (apt-get install librsvg2-bin)" >&2; exit 1; }
command -v pngquant >/dev/null || { echo "make_icons: pngquant missing (apt-get install pngquant)" >&2; exit 1; }
command -v zopflipng >/dev/null || { echo "make_icons: zopflipng missing (apt-get install zopfli)" >&2; exit 1; }
mkdir -p "$out"

# The maskable version: the icon scaled to 80% and centred on a square of its own background colour.
maskable=$(mktemp --suffix=.svg)
trap 'rm -f "$maskable"' EXIT
bg=$(grep -o 'fill="#[0-9A-Fa-f]\{6\}"' "$svg" | head -1 | cut -d'"' -f2)
inner=$(sed -e '/<svg[^>]*>/d' -e '/<\/svg>/d' -e '/<!--.*-->/d' "$svg")
cat > "$maskable" <<SVG
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">
  <rect width="512" height="512" fill="${bg:-#0F6E6A}"/>
  <g transform="translate(51.2 51.2) scale(0.8)">$inner</g>
</svg>
SVG

render() {   # render <svg> <size> <file>
  if [ -f "$3" ] && [ "$3" -nt "$svg" ] && [ "$3" -nt "$0" ]; then return; fi
  rsvg-convert -w "$2" -h "$2" -o "$3.full.png" "$1"
  pngquant --speed 1 --strip --force --output "$3.pal.png" "$3.full.png"
  zopflipng -y "$3.pal.png" "$3" >/dev/null
  rm -f "$3.full.png" "$3.pal.png"
}
render "$svg" 192 "$out/icon-192.png"
render "$svg" 512 "$out/icon-512.png"
render "$maskable" 192 "$out/maskable-192.png"
render "$maskable" 512 "$out/maskable-512.png"
render "$maskable" 180 "$out/apple-touch-icon.png"
