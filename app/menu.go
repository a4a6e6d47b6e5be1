package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"

	"nianbao"
	"nianbao/data/export"
)

// saveShortcut is Ctrl+S (⌘S on macOS).
var saveShortcut = &desktop.CustomShortcut{KeyName: fyne.KeyS, Modifier: fyne.KeyModifierShortcutDefault}

// mainMenu builds the menu bar: 文件, 导出, 视图, 设置, 帮助. Fyne adds 退出 to the first menu.
func (w *window) mainMenu() *fyne.MainMenu {
	save := fyne.NewMenuItem(lang.L("保存"), w.saveNow)
	save.Shortcut = saveShortcut
	file := fyne.NewMenu(lang.L("文件"),
		fyne.NewMenuItem(lang.L("报告列表"), w.showHistory),
		fyne.NewMenuItem(lang.L("新建报告…"), w.askNewReport),
		fyne.NewMenuItem(lang.L("导入…"), w.askImport),
		fyne.NewMenuItem(lang.L("导入文件夹…"), w.askImportFolder),
		fyne.NewMenuItem(lang.L("汇总下级单位…"), w.askRollUp),
		fyne.NewMenuItemSeparator(),
		save,
		fyne.NewMenuItem(lang.L("历史版本…"), w.showOpenRevisions),
	)
	var exports []*fyne.MenuItem
	for _, f := range export.Formats() {
		exports = append(exports, fyne.NewMenuItem(lang.L("导出为{{.Format}}…", map[string]any{"Format": f.Label}), func() { w.askExport(f) }))
	}
	exports = append(exports, fyne.NewMenuItemSeparator(), fyne.NewMenuItem(lang.L("打印…"), w.print))
	var sizes []*fyne.MenuItem
	for i := range textSizes {
		item := fyne.NewMenuItem(textSizeLabel(i), nil)
		item.Checked = textSize(w.app) == textSizes[i].scale
		item.Action = func() {
			applyTextSize(w.app, textSizes[i].scale)
			w.win.SetMainMenu(w.mainMenu())
			w.refreshMenu()
		}
		sizes = append(sizes, item)
	}
	textSizeItem := fyne.NewMenuItem(lang.L("文字大小"), nil)
	textSizeItem.ChildMenu = fyne.NewMenu("", sizes...)
	return fyne.NewMainMenu(file,
		fyne.NewMenu(lang.L("导出"), exports...),
		fyne.NewMenu(lang.L("视图"), textSizeItem),
		fyne.NewMenu(lang.L("设置"), fyne.NewMenuItem(lang.L("规则配置…"), w.showProfile)),
		fyne.NewMenu(lang.L("帮助"), fyne.NewMenuItem(lang.L("关于年报通"), w.showAbout)),
	)
}

// refreshMenu enables the items that need an open report only while one is open.
func (w *window) refreshMenu() {
	menu := w.win.MainMenu()
	if menu == nil {
		return
	}
	open := w.view != nil
	for _, m := range menu.Items {
		for _, item := range m.Items {
			switch item.Label {
			case lang.L("保存"), lang.L("历史版本…"), lang.L("打印…"):
				item.Disabled = !open
			}
		}
		if m.Label == lang.L("导出") {
			for _, item := range m.Items {
				if !item.IsSeparator {
					item.Disabled = !open
				}
			}
		}
	}
	menu.Refresh()
}

// addShortcuts registers Ctrl+S on the window for when the menu bar does not see it (no native
// menu, or a test window).
func (w *window) addShortcuts() {
	w.win.Canvas().AddShortcut(saveShortcut, func(fyne.Shortcut) { w.saveNow() })
}

func (w *window) showAbout() {
	dialog.ShowInformation(lang.L("关于年报通"), lang.L("年报通 {{.Version}}\n政府信息公开工作年度报告的编制、检查、保存和发布工具。\n按国办公开办函〔2021〕30号印发的格式。", map[string]any{"Version": nianbao.BuildLabel()}), w.win)
}
