package app

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"

	"nianbao/data/report"
	"nianbao/data/store"
	"nianbao/widgets/widgetstest"
)

func TestMain(m *testing.M) {
	// The golden files and assertions are in Chinese, the app's own language, whatever the
	// machine's locale.
	os.Setenv("LANGUAGE", "zh_CN")
	if err := LoadTranslations(); err != nil {
		panic(err)
	}
	os.Exit(m.Run())
}

// harness is a window on an in-memory store with a fake clock; everything runs on the test
// goroutine.
type harness struct {
	t     testing.TB
	app   fyne.App
	w     *window
	st    *store.Store
	clock *fakeClock
}

func newHarness(t testing.TB) *harness {
	t.Helper()
	a := widgetstest.NewApp(t)
	st, err := store.OpenMemory()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	clock := &fakeClock{now: time.Date(2025, 1, 20, 10, 32, 0, 0, time.Local)}
	fw := newTestWindow(t)
	h := &harness{t: t, app: a, st: st, clock: clock}
	h.w = newWindow(a, fw, st, clock.scheduler())
	h.w.files = &fakeFiles{}
	return h
}

// newTestWindow is a test window closed when the test ends unless the test closed it.
func newTestWindow(t testing.TB) fyne.Window {
	fw := test.NewWindow(nil)
	closed := false
	fw.SetOnClosed(func() { closed = true })
	t.Cleanup(func() {
		if !closed {
			fw.Close()
		}
	})
	fw.Resize(windowSize)
	return fw
}

// openNew creates a new report in the store and opens it.
func (h *harness) openNew(agency string, year int) *reportView {
	h.t.Helper()
	h.w.create(report.New(agency, year))
	if h.w.view == nil {
		h.t.Fatal("report not opened")
	}
	return h.w.view
}

// stored loads the report as the store has it.
func (h *harness) stored(agency string, year int) *report.Report {
	h.t.Helper()
	r, _, err := h.st.Load(context.Background(), agency, year)
	if err != nil {
		h.t.Fatal(err)
	}
	return r
}

func TestOpenNewReport(t *testing.T) {
	h := newHarness(t)
	v := h.openNew("测试县民政局", 2024)
	if got := v.header.title.Text; got != "测试县民政局 2024年" {
		t.Errorf("title = %q", got)
	}
	if lang.L("草稿") != "草稿" {
		t.Error("translations")
	}
}

// damagedStore is a store whose check, finished after the window opened, found the file damaged.
type damagedStore struct{ *store.Store }

func (damagedStore) Verify(context.Context) error {
	return fmt.Errorf("%w：「/x/nianbao.db」没有通过 SQLite 的完整性检查", store.ErrDamaged)
}

// Damage the check of the history finds after the window opened is shown at once.
func TestDamageShownWhenFound(t *testing.T) {
	a := widgetstest.NewApp(t)
	st, err := store.OpenMemory()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	clock := &fakeClock{now: time.Date(2025, 1, 20, 10, 32, 0, 0, time.Local)}
	h := &harness{t: t, app: a, st: st, clock: clock}
	h.w = newWindow(a, newTestWindow(t), damagedStore{st}, clock.scheduler())
	h.w.files = &fakeFiles{}
	if all := dialogText(h); !strings.Contains(all, "已损坏") || !strings.Contains(all, "/x/nianbao.db") {
		t.Errorf("dialog:\n%s", all)
	}
}
