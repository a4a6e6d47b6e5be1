package app

import (
	"embed"

	"fyne.io/fyne/v2/lang"
)

// translationFS holds the UI strings: zh-Hans (the keys themselves, so that any locale without a
// translation falls back to Chinese) and en.
//
//go:embed translations
var translationFS embed.FS

// LoadTranslations registers the app's translations with Fyne; call it before building windows.
func LoadTranslations() error {
	return lang.AddTranslationsFS(translationFS, "translations")
}
