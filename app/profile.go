package app

import (
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	dockind "nianbao/data/document"
	"nianbao/data/errtext"
	"nianbao/data/rules"
	"nianbao/widgets/filechooser"
)

// loadProfile reads the rule profile in force off the UI goroutine, for the reports opened next.
func (w *window) loadProfile() {
	w.sched.background(func() {
		p, _, err := w.store.Profile(w.ctx)
		w.sched.ui(func() {
			if err != nil {
				w.showError(lang.L("无法读取规则配置：{{.Err}}", map[string]any{"Err": err.Error()}))
				return
			}
			w.profile = p
		})
	})
}

// profileText says which rules are in force, for the 规则配置 dialog.
func profileText(p *rules.Profile) string {
	if p == nil {
		return lang.L("当前只用全国规则。可以选择本地区的规则配置文件（如市政府办公室通知中的字数上限、内部截止日期），在全国规则之上增加或收紧检查。")
	}
	return lang.L("当前规则配置：{{.Name}}", map[string]any{"Name": p.Name}) + "\n" + strings.Join(p.Lines(), "\n")
}

// showProfile is 设置 › 规则配置…: the profile in force, and a file to put another in force or
// the national rules alone. The store keeps it, so nianbao-cli counts the same findings.
func (w *window) showProfile() {
	text := widget.NewLabel(profileText(w.profile))
	text.Wrapping = fyne.TextWrapWord
	var d dialog.Dialog
	pick := widget.NewButton(lang.L("选择规则配置文件…"), func() {
		d.Hide()
		opts := filechooser.Options{Title: lang.L("选择规则配置文件"), Filters: []filechooser.Filter{kindFilter(dockind.KindNamed("json"))}}
		w.files.Open(opts, onChosen(w, func(path string) {
			data, err := os.ReadFile(path)
			if err != nil {
				w.showError(lang.L("无法读取 {{.File}}：{{.Err}}", map[string]any{"File": filepath.Base(path), "Err": errtext.Of(err)}))
				return
			}
			w.setProfile(data, filepath.Base(path))
		}))
	})
	national := widget.NewButton(lang.L("只用全国规则"), func() {
		d.Hide()
		w.setProfile(nil, "")
	})
	if w.profile == nil {
		national.Disable()
	}
	d = dialog.NewCustom(lang.L("规则配置"), lang.L("关闭"), container.NewVBox(text, container.NewHBox(pick, national)), w.win)
	d.Resize(fyne.NewSize(640, 320))
	d.Show()
}

// setProfile puts a profile file's text in force (nil: the national rules) off the UI goroutine;
// the list's counts follow, and reports opened from now on are checked by it.
func (w *window) setProfile(data []byte, file string) {
	w.showBusy(lang.L("正在按新的规则重新检查库中的报告…"))
	w.sched.background(func() {
		p, err := w.store.SetProfile(w.ctx, data)
		w.sched.ui(func() {
			w.hideBusy()
			if err != nil {
				w.showError(lang.L("规则配置「{{.File}}」没有启用：{{.Err}}", map[string]any{"File": file, "Err": err.Error()}))
				return
			}
			w.profile = p
			if w.view == nil {
				w.history.reload()
			}
			w.showInfo(profileText(p))
		})
	})
}
