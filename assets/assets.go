// Package assets embeds the files the app and its exports ship with: the CJK font (so the window
// and every PDF render the same on machines without Chinese fonts), the open-licensed 楷体 and
// 宋体 the PDF falls back to, and the app icon.
package assets

import _ "embed"

// FontName is the file name of the bundled font.
const FontName = "wqy-microhei.ttf"

// Font is WenQuanYi Micro Hei, one TrueType face (Apache-2.0, see fonts/LICENSE-wqy-microhei.txt).
//
//go:embed fonts/wqy-microhei.ttf
var Font []byte

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
