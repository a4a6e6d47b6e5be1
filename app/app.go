// Package app is the 年报通 desktop window: a start screen listing every stored report, and a
// tabbed form per report that checks the tables while the clerk types and saves on its own. It
// wires the generic widgets to the report model, the rules and the history store; it holds no
// SQL and no rules of its own.
package app

import (
	"context"
	"errors"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"nianbao/data/errtext"
	"nianbao/data/report"
	"nianbao/data/rules"
	"nianbao/data/store"
	"nianbao/widgets/filechooser"
)

// windowSize fits a 1366×768 screen with the taskbar and window frame.
var windowSize = fyne.NewSize(1280, 700)

// window is the main window: the start screen, or the report being edited.
type window struct {
	app   fyne.App
	win   fyne.Window
	store Store
	sched scheduler
	ctx   context.Context

	history *historyView
	view    *reportView    // nil on the start screen
	profile *rules.Profile // the rule profile in force (nil: the national rules), as the store keeps it
	busy    dialog.Dialog

	// undoItem and redoItem are 编辑 › 撤销 and 重做, which name the step they would undo or redo.
	undoItem, redoItem *fyne.MenuItem
	// printEnv is the machine 打印 uses; tests put a fake one here.
	printEnv printEnv
	// files shows the open, save and folder dialogs; tests put a fake one here.
	files filechooser.Chooser
	// handed are files handed over by starts of the app, or dropped, and not yet imported;
	// stopGathering cancels the wait for more (importHanded).
	handed        []fyne.URI
	stopGathering func()
}

// Run opens the main window on st and runs the app until it is closed; files (StartFiles) are
// imported once the window shows. A later start on the same database (inst, nil when unclaimed)
// brings this window to the front and hands over the files it was given.
func Run(a fyne.App, st Store, inst *Instance, files []string) {
	watchSystemVariant(func() { fyne.Do(func() { a.Settings().SetTheme(a.Settings().Theme()) }) })
	w := newWindow(a, a.NewWindow(lang.L("年报通")), st, realScheduler())
	// Dialogs need the window on screen, so the start's own files wait for it.
	a.Lifecycle().SetOnStarted(func() { w.importHanded(files) })
	inst.OnActivate(func(files []string) {
		fyne.Do(func() {
			w.toFront()
			w.importHanded(files)
		})
	})
	w.win.Resize(windowSize)
	w.win.CenterOnScreen()
	w.win.ShowAndRun()
}

// realScheduler runs timers with the clock, UI work with fyne.Do and the rest on goroutines.
func realScheduler() scheduler {
	return scheduler{
		after: func(d time.Duration, f func()) func() {
			t := time.AfterFunc(d, f)
			return func() { t.Stop() }
		},
		ui:         fyne.Do,
		background: func(f func()) { go f() },
		now:        time.Now,
	}
}

func newWindow(a fyne.App, fw fyne.Window, st Store, sched scheduler) *window {
	w := &window{app: a, win: fw, store: st, sched: sched, ctx: context.Background(), printEnv: realPrintEnv(), files: filechooser.New(fw)}
	applyTextSize(a, textSize(a))
	w.history = newHistoryView(w)
	fw.SetMainMenu(w.mainMenu())
	w.addShortcuts()
	fw.SetCloseIntercept(w.quit)
	fw.SetOnDropped(func(_ fyne.Position, uris []fyne.URI) { w.importDropped(uris) })
	w.loadProfile()
	w.showHistory()
	w.sched.background(func() {
		cleanPrintTemp(printTempDir(), w.sched.now(), printTempMaxAge)
		// A large history is still being checked when the window opens; damage found is said
		// at once, not only at the next save.
		if err := st.Verify(w.ctx); err != nil {
			w.sched.ui(func() { w.showError(err.Error()) })
		}
	})
	return w
}

// showHistory leaves the open report (saving it) and shows the list of stored reports.
func (w *window) showHistory() {
	w.closeReport(func() {
		w.win.SetTitle(lang.L("年报通"))
		w.win.SetContent(w.history.content)
		w.history.reload()
		w.refreshMenu()
	})
}

// closeReport saves the open report and drops it, then calls next; when saving fails the user
// decides whether to leave anyway.
func (w *window) closeReport(next func()) {
	if w.view == nil {
		next()
		return
	}
	if err := w.view.saver.SaveAndWait(); err != nil {
		w.confirm(lang.L("保存失败"),
			lang.L("最近的修改没能保存：{{.Err}}\n仍要离开这份报告吗？离开会丢失这些修改。", map[string]any{"Err": errtext.Of(err)}),
			lang.L("不保存，离开"), func() {
				w.view.saver.Stop()
				w.view = nil
				next()
			})
		return
	}
	w.view.saver.Stop()
	w.view = nil
	next()
}

// toFront shows the window to the clerk who started 年报通 again, un-minimized and focused.
func (w *window) toFront() {
	restoreMinimized(w.win)
	w.win.Show()
	w.win.RequestFocus()
}

// quit saves and closes the window (the close button and 退出).
func (w *window) quit() {
	w.closeReport(func() {
		cleanPrintTemp(printTempDir(), w.sched.now(), printTempMaxAge)
		w.win.Close()
	})
}

// open loads a stored report off the UI goroutine and shows it.
func (w *window) open(agency string, year int) {
	w.closeReport(func() {
		w.showBusy(lang.L("正在打开报告…"))
		w.sched.background(func() {
			r, info, err := w.store.Load(w.ctx, agency, year)
			var prev *report.Report
			var decisions map[string]store.Decision
			if err == nil {
				prev, err = w.store.Previous(w.ctx, agency, year)
			}
			if err == nil {
				decisions, err = w.store.Decisions(w.ctx, agency, year)
			}
			w.sched.ui(func() {
				w.hideBusy()
				if err != nil {
					w.showError(lang.L("无法打开报告：{{.Err}}", map[string]any{"Err": errtext.Of(err)}))
					return
				}
				w.showReport(r, info, prev, decisions)
			})
		})
	})
}

// showReport puts a loaded report on screen.
func (w *window) showReport(r *report.Report, info store.Info, prev *report.Report, decisions map[string]store.Decision) {
	doc := newDocument(r, prev, info.Status, decisions, w.rulesEnv())
	saver := &autosaver{sched: w.sched, delay: autosaveDelay, maxWait: autosaveMaxWait,
		snapshot: func() *report.Report { return doc.r.Clone() },
		save: func(snap *report.Report) error {
			_, err := w.store.Save(w.ctx, snap)
			return err
		},
	}
	v := newReportView(w, doc, saver)
	saver.report = v.header.showSave
	v.header.showSave(saveState{At: info.Updated})
	w.view = v
	w.win.SetTitle(lang.L("{{.Title}} - 年报通", map[string]any{"Title": r.Title()}))
	w.win.SetContent(v.content)
	w.refreshMenu()
}

// rulesEnv is what the rules of an open report read besides it: today, by the scheduler's clock.
func (w *window) rulesEnv() rules.Env {
	return rules.Env{Profile: w.profile, Today: report.Day(w.sched.now())}
}

// saveNow is Ctrl+S.
func (w *window) saveNow() {
	if w.view != nil {
		w.view.saver.SaveNow()
	}
}

// setStatus records 草稿/定稿 in the store.
func (w *window) setStatus(agency string, year int, status report.Status) {
	w.sched.background(func() {
		err := w.store.SetStatus(w.ctx, agency, year, status)
		if err != nil {
			w.sched.ui(func() { w.showError(err.Error()) })
		}
	})
}

// askDecision asks for the note of a 「已核实」 decision and records it.
func (w *window) askDecision(id, message string) {
	if w.view == nil {
		return
	}
	v := w.view
	note := widget.NewMultiLineEntry()
	note.Wrapping = fyne.TextWrapBreak
	note.SetPlaceHolder(lang.L("核实说明，例如：经核对原始台账，数据无误"))
	note.SetMinRowsVisible(3)
	msg := widget.NewLabel(message)
	msg.Wrapping = fyne.TextWrapWord
	items := []*widget.FormItem{widget.NewFormItem(lang.L("问题"), msg), widget.NewFormItem(lang.L("说明"), note)}
	d := dialog.NewForm(lang.L("标为已核实"), lang.L("已核实"), lang.L("取消"), items, func(ok bool) {
		if !ok {
			return
		}
		agency, year, text := v.doc.r.Meta.Agency, v.doc.r.Meta.Year, note.Text
		w.sched.background(func() {
			err := w.store.SetDecision(w.ctx, agency, year, id, text)
			w.sched.ui(func() {
				if err != nil {
					w.showError(w.saveFirstHint(err))
					return
				}
				v.doc.decisions[id] = store.Decision{Note: text, Decided: w.sched.now()}
				v.refreshFindings()
			})
		})
	}, w.win)
	d.Resize(fyne.NewSize(560, 320))
	d.Show()
}

// clearDecision withdraws a 「已核实」 decision.
func (w *window) clearDecision(id string) {
	if w.view == nil {
		return
	}
	v := w.view
	agency, year := v.doc.r.Meta.Agency, v.doc.r.Meta.Year
	w.sched.background(func() {
		err := w.store.ClearDecision(w.ctx, agency, year, id)
		w.sched.ui(func() {
			if err != nil {
				w.showError(err.Error())
				return
			}
			delete(v.doc.decisions, id)
			v.refreshFindings()
		})
	})
}

// saveFirstHint explains an error about a report the store does not hold yet.
func (w *window) saveFirstHint(err error) string {
	if errors.Is(err, store.ErrNotFound) {
		return lang.L("报告还没有保存，请稍候再试。")
	}
	return err.Error()
}

// focus puts the keyboard focus on a widget of the window.
func (w *window) focus(f fyne.Focusable) {
	w.win.Canvas().Focus(f)
}

// confirm asks a yes-or-no question whose answer button says what it does (「替换」, 「删除」),
// and calls ok when the user agrees.
func (w *window) confirm(title, msg, action string, ok func()) {
	d := dialog.NewConfirm(title, msg, func(yes bool) {
		if yes {
			ok()
		}
	}, w.win)
	d.SetConfirmText(action)
	d.SetDismissText(lang.L("取消"))
	d.Show()
}

// showError shows a message in a dialog; what libraries say in English is translated here, where
// every error reaches the user.
func (w *window) showError(msg string) {
	d := dialog.NewError(errors.New(errtext.Chinese(msg)), w.win)
	d.SetDismissText(lang.L("知道了"))
	d.Show()
}

func (w *window) showInfo(msg string) {
	d := dialog.NewInformation(lang.L("年报通"), msg, w.win)
	d.SetDismissText(lang.L("知道了"))
	d.Show()
}

// showBusy shows a progress dialog for work that takes a moment; hideBusy closes it.
func (w *window) showBusy(msg string) {
	w.hideBusy()
	bar := widget.NewProgressBarInfinite()
	w.busy = dialog.NewCustomWithoutButtons(msg, bar, w.win)
	w.busy.Show()
}

func (w *window) hideBusy() {
	if w.busy != nil {
		w.busy.Hide()
		w.busy = nil
	}
}

// RunFailed shows why the app cannot start (the database cannot be opened) in a window, since
// a clerk who double-clicked the app never sees the terminal.
func RunFailed(a fyne.App, err error) {
	applyTextSize(a, textSize(a))
	fw := a.NewWindow(lang.L("年报通"))
	msg := widget.NewLabel(lang.L("年报通无法启动：{{.Err}}", map[string]any{"Err": errtext.Of(err)}))
	msg.Wrapping = fyne.TextWrapWord
	quit := widget.NewButton(lang.L("退出"), fw.Close)
	fw.SetContent(container.NewBorder(nil, container.NewCenter(quit), nil, nil, msg))
	fw.Resize(fyne.NewSize(560, 240))
	fw.ShowAndRun()
}
