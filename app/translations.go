package app

import (
	"embed"
	"nianbao/widgets/filechooser"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"github.com/jeandeaual/go-locale"
)

// translationFS holds the UI strings: zh-Hans (the keys themselves) and en.
//
//go:embed translations
var translationFS embed.FS

// LoadTranslations registers the app's translations with Fyne; call it before building windows.
// Fyne falls back to English for a locale it has no translation for, and lang.SystemLocale
// reports "en" when the system names none (a bare Linux session), so English is loaded only when
// the system explicitly asks for it: everywhere else the keys, the Chinese strings, are shown.
func LoadTranslations() error {
	loc, _ := locale.GetLocale()
	return loadTranslations(strings.HasPrefix(strings.ToLower(loc), "en"))
}

func loadTranslations(english bool) error {
	// Fyne's own words (the buttons of its dialogs, an entry's menu) in the terms Chinese office
	// software uses: Fyne's translation says 「好」 for OK, 「不」 for No and 「撤消」 for Undo.
	fyneWords, err := translationFS.ReadFile("translations/fyne/zh-Hans.json")
	if err != nil {
		return err
	}
	if err := lang.AddTranslationsForLocale(fyneWords, "zh-Hans"); err != nil {
		return err
	}
	locales := []string{"zh-Hans"}
	if english {
		locales = append(locales, "en")
		filechooser.Text = filechooser.English
	}
	for _, l := range locales {
		data, err := translationFS.ReadFile("translations/" + l + ".json")
		if err != nil {
			return err
		}
		if err := lang.AddTranslationsForLocale(data, fyne.Locale(l)); err != nil {
			return err
		}
	}
	return nil
}
