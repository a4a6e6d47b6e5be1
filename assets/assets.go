// Package assets embeds the files the app and its exports ship with: the CJK font (so the window
// and every PDF render the same on machines without Chinese fonts) and the app icon.
package assets

import _ "embed"

// FontName is the file name of the bundled font.
const FontName = "wqy-microhei.ttf"

// Font is WenQuanYi Micro Hei, one TrueType face (Apache-2.0, see fonts/LICENSE-wqy-microhei.txt).
//
//go:embed fonts/wqy-microhei.ttf
var Font []byte

// Icon is the app icon (PNG, also named in FyneApp.toml for packaging).
//
//go:embed icon.png
var Icon []byte
