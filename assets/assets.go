// Package assets embeds the files the app and its exports ship with: the CJK font (so the window
// and every PDF render the same on machines without Chinese fonts) and the window's subset of it,
// the open-licensed 楷体 and 宋体 the PDF falls back to, and the app icon.
package assets

import _ "embed"

// Font is WenQuanYi Micro Hei, one TrueType face (Apache-2.0, see fonts/LICENSE-wqy-microhei.txt),
// with every character it has: exports embed it for any character their own faces lack.
//
//go:embed fonts/wqy-microhei.ttf
var Font []byte

// UIFontName is the file name of UIFont.
const UIFontName = "wqy-microhei-ui.ttf"

// UIFont is the window's font: Font without Korean Hangul, hinting and the Han ideographs outside
// the 通用规范汉字表 and GB 2312, made by fonts/make-ui-font.sh. Fyne keeps every outline of the
// window font in memory once per text style, 12 MB a copy for Font and 4.5 MB for this subset; a
// character it lacks is drawn from the system's fonts.
//
//go:embed fonts/wqy-microhei-ui.ttf
var UIFont []byte

// Kai is AR PL KaitiM GB (文鼎ＰＬ简中楷, gkai00mp.ttf from Debian's fonts-arphic-gkai00mp), a
// 楷体 under the Arphic Public License, which allows copying and distributing the unmodified
// font with other works (fonts/LICENSE-arphic.txt). The PDF sets （一） headings in it where no
// 楷体 is installed.
//
//go:embed fonts/gkai00mp.ttf
var Kai []byte

// Song is AR PL SungtiL GB (文鼎ＰＬ简报宋, gbsn00lp.ttf from fonts-arphic-gbsn00lp), a 宋体 under
// the same licence: the PDF's title, body and tables where no 仿宋, 小标宋 or 宋体 is installed.
//
//go:embed fonts/gbsn00lp.ttf
var Song []byte

// Icon is the app icon (PNG, also named in FyneApp.toml for packaging).
//
//go:embed icon.png
var Icon []byte
