package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// Mark is what a cell shows about the checks that read it. Every mark other than MarkNone is drawn
// with a colour and an icon, so it does not rely on colour vision.
type Mark int

const (
	// MarkNone shows nothing.
	MarkNone Mark = iota
	// MarkError marks a cell in a failing relation that must be fixed.
	MarkError
	// MarkWarning marks a cell the clerk should look at.
	MarkWarning
	// MarkVerified marks a cell whose finding the clerk has confirmed as correct.
	MarkVerified
)

// icon is the icon drawn in a cell with mark m, or nil.
func (m Mark) icon() fyne.Resource {
	switch m {
	case MarkError:
		return theme.NewErrorThemedResource(theme.ErrorIcon())
	case MarkWarning:
		return theme.NewWarningThemedResource(theme.WarningIcon())
	case MarkVerified:
		return theme.NewSuccessThemedResource(theme.ConfirmIcon())
	}
	return nil
}

// borderColor names the border colour of a cell with mark m; "" keeps the normal border.
func (m Mark) borderColor() fyne.ThemeColorName {
	switch m {
	case MarkError:
		return theme.ColorNameError
	case MarkWarning:
		return theme.ColorNameWarning
	case MarkVerified:
		return theme.ColorNameSuccess
	}
	return ""
}

// tint names the background tint of a cell with mark m; "" keeps the normal background.
func (m Mark) tint() fyne.ThemeColorName {
	switch m {
	case MarkError:
		return ColorNameError
	case MarkWarning:
		return ColorNameWarning
	}
	return ""
}
