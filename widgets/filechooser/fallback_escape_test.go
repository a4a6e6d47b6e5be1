package filechooser

import (
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
)

// pressEscape gives Escape to what the window would: the focused widget, else the canvas's handler.
func pressEscape(win fyne.Window) {
	esc := &fyne.KeyEvent{Name: fyne.KeyEscape}
	if f := win.Canvas().Focused(); f != nil {
		f.TypedKey(esc)
		return
	}
	win.Canvas().OnTypedKey()(esc)
}

func TestFallbackEscapeCancelsWhereverTheFocusIs(t *testing.T) {
	win, dir := fallbackFixture(t)
	var before []string
	win.Canvas().SetOnTypedKey(func(k *fyne.KeyEvent) { before = append(before, string(k.Name)) })
	focus := map[string]func(b *browser){
		"the file name": func(b *browser) { win.Canvas().Focus(b.name) },
		"the location":  func(b *browser) { win.Canvas().Focus(b.path) },
		"the file list": func(b *browser) { b.list.Select(1); win.Canvas().Focus(b.list) },
		"nothing":       func(*browser) { win.Canvas().Unfocus() },
	}
	for where, put := range focus {
		b, answers := shown(win, modeSave, Options{Folder: dir, FileName: "报告.pdf", Filters: pdfOnly})
		put(b)
		pressEscape(win)
		if len(*answers) != 1 || (*answers)[0] != "" {
			t.Errorf("Escape in %s: answers %q, want one cancel", where, *answers)
		}
		if top := win.Canvas().Overlays().Top(); top != nil {
			t.Errorf("Escape in %s left the dialog shown", where)
		}
	}
	win.Canvas().Unfocus()
	win.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyF5})
	if len(before) != 1 || before[0] != string(fyne.KeyF5) {
		t.Errorf("the window's own key handler after the dialogs got %q, want F5", before)
	}
}

func TestFallbackEscapeClosesTheQuestionOnly(t *testing.T) {
	win, dir := fallbackFixture(t)
	b, answers := shown(win, modeSave, Options{Folder: dir, Filters: pdfOnly})
	b.name.SetText("年报") // 年报.pdf is there: the replace question
	b.confirm()
	win.Canvas().Unfocus()
	pressEscape(win)
	if len(*answers) != 0 || b.question != nil {
		t.Fatalf("Escape on the replace question: answers %q, question %v", *answers, b.question)
	}
	if top := win.Canvas().Overlays().Top(); top == nil {
		t.Fatal("Escape on the replace question closed the dialog too")
	}

	b.askNewFolder()
	pressEscape(win) // the folder name box has the focus
	if b.question != nil || len(*answers) != 0 {
		t.Fatalf("Escape on 新建文件夹: question %v, answers %q", b.question, *answers)
	}
	pressEscape(win)
	if len(*answers) != 1 || (*answers)[0] != "" {
		t.Errorf("the second Escape: answers %q, want a cancel", *answers)
	}
	if entries, _ := filepath.Glob(filepath.Join(dir, "*")); len(entries) != 4 {
		t.Errorf("the folder changed: %q", entries)
	}
}
