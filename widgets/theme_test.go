package widgets_test

import (
	"bytes"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"nianbao/assets"
	"nianbao/widgets"
	"nianbao/widgets/widgetstest"
)

func TestBundledFontIsOneTrueTypeFace(t *testing.T) {
	f := widgets.BundledFont()
	if f.Name() != assets.UIFontName {
		t.Errorf("name %q, want %q", f.Name(), assets.UIFontName)
	}
	// A collection (.ttc, magic "ttcf") makes Fyne crash; a TrueType face starts with 0x00010000.
	if !bytes.HasPrefix(f.Content(), []byte{0, 1, 0, 0}) {
		t.Errorf("font does not start with the TrueType magic: % x", f.Content()[:4])
	}
}

func TestThemeFontsAndSizes(t *testing.T) {
	widgetstest.NewApp(t)
	font := widgets.BundledFont()
	th := widgets.NewTheme(font, 1.5, nil)
	for _, style := range []fyne.TextStyle{{}, {Bold: true}, {Italic: true}, {Bold: true, Italic: true}, {Monospace: true}} {
		if th.Font(style) != font {
			t.Errorf("style %+v does not use the given font", style)
		}
	}
	if th.Font(fyne.TextStyle{Symbol: true}) == font {
		t.Error("symbol style should keep Fyne's symbol font")
	}
	def := theme.DefaultTheme()
	for _, n := range []fyne.ThemeSizeName{theme.SizeNameText, theme.SizeNameHeadingText, theme.SizeNameSubHeadingText, theme.SizeNameCaptionText} {
		if got, want := th.Size(n), def.Size(n)*1.5; got != want {
			t.Errorf("size %s = %v, want %v", n, got, want)
		}
	}
	if got, want := th.Size(theme.SizeNamePadding), def.Size(theme.SizeNamePadding); got != want {
		t.Errorf("padding = %v, want it unscaled %v", got, want)
	}
	if got, want := widgets.NewTheme(font, 0, nil).Size(theme.SizeNameText), def.Size(theme.SizeNameText); got != want {
		t.Errorf("scale 0: text size %v, want the default %v", got, want)
	}
}

func TestThemeColorsFollowVariant(t *testing.T) {
	widgetstest.NewApp(t)
	th := widgets.NewTheme(widgets.BundledFont(), 1, nil)
	def := theme.DefaultTheme()
	for _, v := range []fyne.ThemeVariant{theme.VariantLight, theme.VariantDark} {
		if th.Color(theme.ColorNameBackground, v) != def.Color(theme.ColorNameBackground, v) {
			t.Errorf("variant %d: background differs from Fyne's", v)
		}
		for _, n := range []fyne.ThemeColorName{widgets.ColorNameComputed, widgets.ColorNameError, widgets.ColorNameWarning} {
			if th.Color(n, v) == th.Color(theme.ColorNameInputBackground, v) {
				t.Errorf("variant %d: %s looks like an input cell", v, n)
			}
		}
	}
	for _, n := range []fyne.ThemeColorName{widgets.ColorNameComputed, widgets.ColorNameError, widgets.ColorNameWarning, widgets.ColorNameGridLine} {
		if th.Color(n, theme.VariantLight) == th.Color(n, theme.VariantDark) {
			t.Errorf("%s is the same in light and dark", n)
		}
	}
}

func TestThemeVariantPicked(t *testing.T) {
	widgetstest.NewApp(t)
	light := func(fyne.ThemeVariant) fyne.ThemeVariant { return theme.VariantLight }
	th := widgets.NewTheme(widgets.BundledFont(), 1, light)
	def := theme.DefaultTheme()
	if got, want := th.Color(theme.ColorNameBackground, theme.VariantDark), def.Color(theme.ColorNameBackground, theme.VariantLight); got != want {
		t.Errorf("dark asked, light picked: background %v, want %v", got, want)
	}
	if got, want := th.Color(widgets.ColorNameGridLine, theme.VariantDark), widgets.NewTheme(widgets.BundledFont(), 1, nil).Color(widgets.ColorNameGridLine, theme.VariantLight); got != want {
		t.Errorf("dark asked, light picked: grid line %v, want %v", got, want)
	}
}
