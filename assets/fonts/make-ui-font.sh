#!/usr/bin/env bash
# make-ui-font.sh: makes wqy-microhei-ui.ttf, the window's font, from wqy-microhei.ttf.
#
# Fyne parses the whole window font once for every text style it draws (regular and bold at
# least) and keeps every glyph outline in memory: 12 MB a parse for the full WenQuanYi Micro Hei
# (49,531 glyphs), 4.5 MB for this subset. The subset keeps every character that is not a Han
# ideograph or Hangul, and the Han ideographs of the 通用规范汉字表 (2013, the standard for names
# and place names in the PRC) and GB 2312; Korean Hangul is dropped, and TrueType hinting, which
# Fyne does not use. A character outside it is drawn from the system's fonts (Microsoft YaHei or
# SimSun on Windows, Noto Sans CJK or Source Han on UOS/Kylin). PDF exports embed the full font.
#
# Needs Debian's python3-fonttools and unicode-data (Unihan: kTGH and kGB0).
set -euo pipefail
cd "$(dirname "$0")"
unihan=/usr/share/unicode/Unihan_OtherMappings.txt.bz2
for need in /usr/bin/python3 "$unihan"; do
	[ -e "$need" ] || { echo "missing $need: apt-get install python3-fonttools unicode-data" >&2; exit 1; }
done
han=$(mktemp); keep=$(mktemp); trap 'rm -f "$han" "$keep"' EXIT
bzcat "$unihan" | awk '$1 ~ /^U\+/ && ($2 == "kTGH" || $2 == "kGB0") { print $1 }' | sort -u >"$han"
/usr/bin/python3 - wqy-microhei.ttf "$han" "$keep" <<'PY'
import sys
from fontTools.ttLib import TTFont

font, han, keep = sys.argv[1:]
wanted = {int(line[2:], 16) for line in open(han)}

def ideograph(c):
    return 0x3400 <= c <= 0x4DBF or 0x4E00 <= c <= 0x9FFF or 0xF900 <= c <= 0xFAFF or c >= 0x20000

def hangul(c):
    return 0xAC00 <= c <= 0xD7AF or 0x1100 <= c <= 0x11FF or 0x3130 <= c <= 0x318F

chars = [c for c in TTFont(font).getBestCmap() if ((c in wanted) if ideograph(c) else not hangul(c))]
with open(keep, "w") as out:
    out.write("\n".join("U+%04X" % c for c in sorted(chars)))
PY
/usr/bin/python3 -m fontTools.subset wqy-microhei.ttf --unicodes-file="$keep" --layout-features='*' \
	--no-hinting --notdef-outline --name-IDs='*' --name-languages='*' --drop-tables+=FFTM \
	--output-file=wqy-microhei-ui.ttf
echo "wqy-microhei-ui.ttf: $(wc -c <wqy-microhei-ui.ttf) bytes, $(wc -l <"$keep") characters"
