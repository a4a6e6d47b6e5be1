//go:build tools

package nianbao

import (
	_ "fyne.io/fyne/v2/app"
	_ "fyne.io/fyne/v2/container"
	_ "fyne.io/fyne/v2/dialog"
	_ "fyne.io/fyne/v2/lang"
	_ "fyne.io/fyne/v2/test"
	_ "fyne.io/fyne/v2/widget"
	_ "github.com/signintech/gopdf"
	_ "github.com/xuri/excelize/v2"
	_ "modernc.org/sqlite"
)
