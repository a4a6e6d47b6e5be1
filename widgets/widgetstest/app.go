// Package widgetstest sets up headless Fyne test apps that render like 年报通: with the bundled font
// and the widgets theme, so golden files do not depend on the fonts of the machine running the tests.
//
// It is a separate package so that the app binary does not link Fyne's test driver.
package widgetstest

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"nianbao/widgets"
)

// NewApp returns a headless test app using widgets.NewTheme(widgets.BundledFont(), 1, nil); the previous
// app is restored when the test ends.
func NewApp(t testing.TB) fyne.App {
	return NewAppScaled(t, 1)
}

// NewAppScaled is NewApp with the text-size setting scale.
func NewAppScaled(t testing.TB, scale float32) fyne.App {
	a := test.NewTempApp(t)
	th := widgets.NewTheme(widgets.BundledFont(), scale, nil)
	a.Settings().SetTheme(th)
	return a
}
