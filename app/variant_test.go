package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// background is the window background the app's theme draws in the variant Fyne reports.
func background(a fyne.App) any {
	return a.Settings().Theme().Color(theme.ColorNameBackground, a.Settings().ThemeVariant())
}

func TestThemeIsLightByDefault(t *testing.T) {
	t.Setenv("FYNE_THEME", "")
	h := newHarness(t)
	want := theme.DefaultTheme().Color(theme.ColorNameBackground, theme.VariantLight)
	if got := background(h.app); got != want {
		t.Errorf("background %v, want Fyne's light %v", got, want)
	}
	// Fyne's dark on a Linux desktop that never said what it prefers is no request for dark.
	if got := h.app.Settings().Theme().Color(theme.ColorNameBackground, theme.VariantDark); got != want {
		t.Errorf("dark asked without the system saying so: background %v, want light %v", got, want)
	}
}

func TestThemeDarkWhenAsked(t *testing.T) {
	t.Setenv("FYNE_THEME", "dark")
	h := newHarness(t)
	want := theme.DefaultTheme().Color(theme.ColorNameBackground, theme.VariantDark)
	if got := background(h.app); got != want {
		t.Errorf("FYNE_THEME=dark: background %v, want Fyne's dark %v", got, want)
	}

	t.Setenv("FYNE_THEME", "")
	systemVariantKnown.Store(true)
	t.Cleanup(func() { systemVariantKnown.Store(false) })
	if got := h.app.Settings().Theme().Color(theme.ColorNameBackground, theme.VariantDark); got != want {
		t.Errorf("desktop set dark: background %v, want Fyne's dark %v", got, want)
	}
}
