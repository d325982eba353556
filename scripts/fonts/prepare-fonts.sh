#!/usr/bin/env bash
# Rebuilds resources/fonts/ from Debian's font packages (run once by hand; the app never reads system fonts).
#   apt-get install -y fonts-noto-core fonts-droid-fallback fonts-symbola python3-fonttools
# Each font loses its hinting (PDFs are printed and zoomed, not shown on a pixel grid) and Symbola keeps only its
# symbol and emoji blocks (Noto covers its letters). Glyph data is re-padded to 4 bytes: pdf-lib's subsetter
# (@pdf-lib/fontkit) halves glyph offsets when it writes a short loca table, so a font with odd-length glyphs
# comes out of the subsetter corrupt and prints blank (DroidSansFallbackFull as Debian ships it does).
set -euo pipefail
export SOURCE_DATE_EPOCH=1609459200 # fixed timestamps in the fonts: a rebuild changes no bytes unless a source changed
out="$(cd "$(dirname "$0")/../../resources/fonts" && pwd)"
py=/usr/bin/python3
noto=/usr/share/fonts/truetype/noto
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
subset() { # source, output name, unicodes
  "$py" -m fontTools.subset "$1" --unicodes="$3" --no-hinting --layout-features='*' \
    --name-IDs='*' --name-legacy --name-languages='*' --notdef-outline --output-file="$tmp/$2"
  "$py" - "$tmp/$2" "$out/$2" <<'PY'
import sys
from fontTools.ttLib import TTFont
font = TTFont(sys.argv[1])
font['glyf'].padding = 4
font.save(sys.argv[2])
PY
}
for f in NotoSans-Regular NotoSans-Bold NotoSans-Italic NotoSerif-Bold NotoSerif-Italic NotoSansArabic-Regular NotoSansArabic-Bold NotoSansHebrew-Regular NotoSansHebrew-Bold; do
  subset "$noto/$f.ttf" "$f.ttf" '*'
done
subset /usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf DroidSansFallbackFull.ttf '*'
subset /usr/share/fonts/truetype/ancient-scripts/Symbola_hint.ttf Symbola-symbols.ttf '2000-2BFF,2E00-2E7F,3000-303F,1F000-1FAFF'
ls -l "$out"
