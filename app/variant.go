package app

import (
	"os"
	"sync/atomic"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// systemVariantKnown is set once the desktop has said which variant it prefers, so that the
// variant Fyne reports is the user's choice and not Fyne's dark fallback. Windows and macOS always
// say (see variant_other.go); on Linux the desktop portal answers or not (variant_xdg.go).
var systemVariantKnown atomic.Bool

// pickVariant is the variant the app draws: light like the office software the clerks know,
// unless the system asks for dark — FYNE_THEME=dark, or the desktop's own setting where it has
// one. Fyne asks for dark on a Linux desktop without a portal (and under Xvfb), which is no choice
// of the user's.
func pickVariant(v fyne.ThemeVariant) fyne.ThemeVariant {
	switch os.Getenv("FYNE_THEME") {
	case "dark":
		return theme.VariantDark
	case "light":
		return theme.VariantLight
	}
	if v == theme.VariantDark && systemVariantKnown.Load() {
		return theme.VariantDark
	}
	return theme.VariantLight
}
