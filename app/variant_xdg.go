//go:build linux || freebsd || openbsd || netbsd

package app

import (
	"github.com/rymdport/portal/settings/appearance"
)

// watchSystemVariant asks the desktop portal (as Fyne does) whether the user set a colour scheme;
// only then is Fyne's dark the user's. The question can hang on some desktops, so it is asked off
// the UI goroutine, and redraw is called on it when the answer changes what is drawn.
func watchSystemVariant(redraw func()) {
	go func() {
		s, err := appearance.GetColorScheme()
		if err != nil || s == appearance.NoPreference {
			return
		}
		systemVariantKnown.Store(true)
		redraw()
	}()
}
