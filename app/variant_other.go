//go:build !(linux || freebsd || openbsd || netbsd)

package app

// watchSystemVariant records that the variant Fyne reports is the system's: on Windows and macOS
// Fyne reads the user's setting, light when none is set.
func watchSystemVariant(func()) {
	systemVariantKnown.Store(true)
}
