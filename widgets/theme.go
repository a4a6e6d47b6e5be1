package widgets

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"nianbao/assets"
)

// Colour names the app and these widgets use on top of Fyne's own. Each has a light and a dark
// value, so marks stay visible whichever variant the system uses.
const (
	// ColorNameError is the background tint of a cell marked as an error or holding invalid text.
	ColorNameError fyne.ThemeColorName = "nianbao.error"
	// ColorNameWarning is the background tint of a cell marked with a warning.
	ColorNameWarning fyne.ThemeColorName = "nianbao.warning"
	// ColorNameComputed is the background of a read-only computed cell (a total), so that the
	// clerk sees at a glance which cells are not typed.
	ColorNameComputed fyne.ThemeColorName = "nianbao.computed"
	// ColorNameGridLine is the colour of the lines between table cells; Fyne's separator is too
	// faint on white to read a printed-form table.
	ColorNameGridLine fyne.ThemeColorName = "nianbao.gridLine"
)

// ownColors holds the light and dark values of the colour names above.
var ownColors = map[fyne.ThemeColorName][2]color.Color{
	ColorNameError:    {color.NRGBA{R: 0xfd, G: 0xe2, B: 0xe0, A: 0xff}, color.NRGBA{R: 0x4d, G: 0x1f, B: 0x1c, A: 0xff}},
	ColorNameWarning:  {color.NRGBA{R: 0xff, G: 0xef, B: 0xcf, A: 0xff}, color.NRGBA{R: 0x4a, G: 0x36, B: 0x10, A: 0xff}},
	ColorNameComputed: {color.NRGBA{R: 0xdc, G: 0xe6, B: 0xf2, A: 0xff}, color.NRGBA{R: 0x26, G: 0x32, B: 0x40, A: 0xff}},
	ColorNameGridLine: {color.NRGBA{R: 0xb4, G: 0xba, B: 0xc2, A: 0xff}, color.NRGBA{R: 0x4a, G: 0x4d, B: 0x53, A: 0xff}},
}

// BundledFont returns the window font shipped in assets (assets.UIFont) as a Fyne resource, for
// NewTheme.
func BundledFont() fyne.Resource {
	return fyne.NewStaticResource(assets.UIFontName, assets.UIFont)
}

// VariantFunc chooses the variant a theme draws when Fyne asks for the colours of variant v. Fyne
// reports dark on desktops that never said which they prefer (a Linux session without a desktop
// portal), so an app that wants light there decides with a VariantFunc.
type VariantFunc func(v fyne.ThemeVariant) fyne.ThemeVariant

// NewTheme returns Fyne's default theme with font used for all text (regular, bold, italic and
// monospace — one face renders the same on every machine, with or without CJK system fonts), text
// sizes multiplied by scale (the text-size setting; values ≤ 0 mean 1), light or dark as pick
// says for the variant Fyne asks for (nil: as Fyne asks), and the colour names of this package.
//
// font must be a single TrueType face (.ttf); Fyne cannot load a collection (.ttc).
func NewTheme(font fyne.Resource, scale float32, pick VariantFunc) fyne.Theme {
	if scale <= 0 {
		scale = 1
	}
	return &appTheme{base: theme.DefaultTheme(), font: font, scale: scale, pick: pick}
}

type appTheme struct {
	base  fyne.Theme
	font  fyne.Resource
	scale float32
	pick  VariantFunc
}

var _ fyne.Theme = (*appTheme)(nil)

func (t *appTheme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	if t.pick != nil {
		v = t.pick(v)
	}
	if c, ok := ownColors[n]; ok {
		if v == theme.VariantLight {
			return c[0]
		}
		return c[1]
	}
	return t.base.Color(n, v)
}

// Font keeps Fyne's symbol font: it carries the glyphs of icons drawn as text.
func (t *appTheme) Font(style fyne.TextStyle) fyne.Resource {
	if style.Symbol {
		return t.base.Font(style)
	}
	return t.font
}

func (t *appTheme) Icon(n fyne.ThemeIconName) fyne.Resource {
	return t.base.Icon(n)
}

func (t *appTheme) Size(n fyne.ThemeSizeName) float32 {
	s := t.base.Size(n)
	switch n {
	case theme.SizeNameText, theme.SizeNameHeadingText, theme.SizeNameSubHeadingText, theme.SizeNameCaptionText:
		return s * t.scale
	}
	return s
}

// textScale is how much larger than Fyne's default the theme th draws text; widget geometry given
// in units at the default size (such as GridSpec.ColumnWidths) grows by this factor.
func textScale(th fyne.Theme) float32 {
	return th.Size(theme.SizeNameText) / theme.DefaultTheme().Size(theme.SizeNameText)
}

// themeColor is the colour n of th in the variant the app currently uses.
func themeColor(th fyne.Theme, n fyne.ThemeColorName) color.Color {
	return th.Color(n, fyne.CurrentApp().Settings().ThemeVariant())
}
