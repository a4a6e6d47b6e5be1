package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"nianbao/widgets"
)

// prefTextSize is the preference key of the text-size setting (a scale factor; 1 is Fyne's size).
const prefTextSize = "textSize"

// textSizes are the choices of 视图 › 文字大小; many clerks prefer large text.
var textSizes = []struct {
	label string
	scale float64
}{
	{"标准", 1}, {"较大", 1.15}, {"大", 1.3}, {"特大", 1.5},
}

// textSize is the saved text-size setting.
func textSize(a fyne.App) float64 {
	return a.Preferences().FloatWithFallback(prefTextSize, 1)
}

// applyTextSize installs the app theme — the bundled CJK font, light unless the system asks for
// dark (pickVariant) — at the given text scale and remembers the choice.
func applyTextSize(a fyne.App, scale float64) {
	a.Preferences().SetFloat(prefTextSize, scale)
	a.Settings().SetTheme(widgets.NewTheme(bundledFont, float32(scale), pickVariant))
}

// bundledFont is loaded once; every theme change reuses it.
var bundledFont = widgets.BundledFont()

// textSizeLabel is the menu label of a text-size choice.
func textSizeLabel(i int) string { return lang.L(textSizes[i].label) }
