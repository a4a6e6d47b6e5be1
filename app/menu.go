package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"

	"nianbao"
	"nianbao/data/export"
	"nianbao/widgets"
)

// saveShortcut is Ctrl+S (⌘S on macOS).
var saveShortcut = &desktop.CustomShortcut{KeyName: fyne.KeyS, Modifier: fyne.KeyModifierShortcutDefault}

// mainMenu builds the menu bar: 文件, 编辑, 导出, 视图, 设置, 帮助. Fyne adds 退出 to the first menu.
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
		w.editMenu(),
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
	var undo, redo *undoStep
	if open {
		undo, redo = w.view.doc.NextUndo(), w.view.doc.NextRedo()
	}
	w.undoItem.Label, w.undoItem.Disabled = w.historyItem(lang.L("撤销"), undo)
	w.redoItem.Label, w.redoItem.Disabled = w.historyItem(lang.L("重做"), redo)
	menu.Refresh()
}

// editMenu is 编辑: 撤销 and 重做 of the report's history, and 复制, 粘贴 and 全选 of the field
// being edited. Each item does what its key does: the key goes to the focused field (a table cell
// or narrative field hands undo and redo to the report's history, other fields keep their own),
// and to the report's history when no field has the focus.
func (w *window) editMenu() *fyne.Menu {
	item := func(label string, s fyne.Shortcut) *fyne.MenuItem {
		m := fyne.NewMenuItem(label, func() { w.typeShortcut(s) })
		m.Shortcut = s
		return m
	}
	clip := w.app.Clipboard()
	w.undoItem, w.redoItem = item(lang.L("撤销"), &fyne.ShortcutUndo{}), item(lang.L("重做"), &fyne.ShortcutRedo{})
	w.undoItem.Disabled, w.redoItem.Disabled = true, true
	return fyne.NewMenu(lang.L("编辑"),
		w.undoItem,
		w.redoItem,
		fyne.NewMenuItemSeparator(),
		item(lang.L("复制"), &fyne.ShortcutCopy{Clipboard: clip}),
		item(lang.L("粘贴"), &fyne.ShortcutPaste{Clipboard: clip}),
		item(lang.L("全选"), &fyne.ShortcutSelectAll{}),
	)
}

// typeShortcut gives s to the focused widget, as the key would, or else applies undo and redo to
// the open report. A disabled field only copies.
func (w *window) typeShortcut(s fyne.Shortcut) {
	if f, ok := w.win.Canvas().Focused().(fyne.Shortcutable); ok {
		if d, ok := f.(fyne.Disableable); ok && d.Disabled() && s.ShortcutName() != "Copy" {
			return
		}
		f.TypedShortcut(s)
		return
	}
	w.historyShortcut(s)
}

// historyShortcut applies undo or redo to the open report; other shortcuts it ignores.
func (w *window) historyShortcut(s fyne.Shortcut) {
	if w.view == nil {
		return
	}
	switch s.ShortcutName() {
	case (&fyne.ShortcutUndo{}).ShortcutName():
		w.view.undo()
	case (&fyne.ShortcutRedo{}).ShortcutName(), widgets.RedoAlternative().ShortcutName():
		w.view.redo()
	}
}

// refreshHistoryItems names the steps 撤销 and 重做 would take, redrawing the menu only when that
// changed (it is called on every edit).
func (w *window) refreshHistoryItems() {
	if w.undoItem == nil || w.view == nil {
		return
	}
	undo, noUndo := w.historyItem(lang.L("撤销"), w.view.doc.NextUndo())
	redo, noRedo := w.historyItem(lang.L("重做"), w.view.doc.NextRedo())
	if undo == w.undoItem.Label && noUndo == w.undoItem.Disabled && redo == w.redoItem.Label && noRedo == w.redoItem.Disabled {
		return
	}
	w.refreshMenu()
}

// historyItem is the label of 撤销 or 重做 (verb) for step s, and whether the item is disabled:
// 「撤销：粘贴」, or the bare verb, disabled, when there is no step.
func (w *window) historyItem(verb string, s *undoStep) (string, bool) {
	if s == nil {
		return verb, true
	}
	return lang.L("{{.Verb}}：{{.Action}}", map[string]any{"Verb": verb, "Action": s.describe()}), false
}

// describe names what the user did in a step, as the 编辑 menu shows it.
func (s *undoStep) describe() string {
	switch s.kind {
	case stepPasted:
		return lang.L("粘贴")
	case stepFixed:
		return s.fix
	case stepRecomputed:
		return lang.L("重算合计")
	case stepWritten:
		return lang.L("修改文字")
	}
	return lang.L("输入")
}

// addShortcuts registers Ctrl+S, and undo and redo (with Ctrl+Shift+Z), on the window for when
// the menu bar does not see them (no native menu, a test window) and no field has the focus.
func (w *window) addShortcuts() {
	c := w.win.Canvas()
	c.AddShortcut(saveShortcut, func(fyne.Shortcut) { w.saveNow() })
	for _, s := range []fyne.Shortcut{&fyne.ShortcutUndo{}, &fyne.ShortcutRedo{}, widgets.RedoAlternative()} {
		c.AddShortcut(s, w.historyShortcut)
	}
}

func (w *window) showAbout() {
	dialog.ShowInformation(lang.L("关于年报通"), lang.L("年报通 {{.Version}}\n政府信息公开工作年度报告的编制、检查、保存和发布工具。\n按国办公开办函〔2021〕30号印发的格式。", map[string]any{"Version": nianbao.BuildLabel()}), w.win)
}
