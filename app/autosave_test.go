package app

import (
	"errors"
	"strings"
	"testing"
	"time"

	"nianbao/data/report"
	"nianbao/data/schema"
)

// fakeClock fires timers when the test says so and runs everything on the test goroutine.
type fakeClock struct {
	now     time.Time
	pending []*fakeTimer
}

type fakeTimer struct {
	f        func()
	at       time.Time
	canceled bool
}

func (c *fakeClock) scheduler() scheduler {
	return scheduler{
		after: func(d time.Duration, f func()) func() {
			t := &fakeTimer{f: f, at: c.now.Add(d)}
			c.pending = append(c.pending, t)
			return func() { t.canceled = true }
		},
		ui:         func(f func()) { f() },
		background: func(f func()) { f() },
		now:        func() time.Time { return c.now },
	}
}

// fire runs the timers that are due and not cancelled and reports how many ran.
func (c *fakeClock) fire() int {
	due := c.pending
	c.pending = nil
	n := 0
	for _, t := range due {
		if !t.canceled {
			t.f()
			n++
		}
	}
	return n
}

// advance moves the clock on by d and runs the timers that are then due, in the order they were
// started.
func (c *fakeClock) advance(d time.Duration) {
	c.now = c.now.Add(d)
	due := c.pending
	c.pending = nil
	for _, t := range due {
		switch {
		case t.canceled:
		case t.at.After(c.now):
			c.pending = append(c.pending, t)
		default:
			t.f()
		}
	}
}

func TestAutosaveDebouncesEdits(t *testing.T) {
	clock := &fakeClock{now: time.Date(2024, 1, 15, 10, 32, 0, 0, time.Local)}
	value, saves := 0, []int{}
	r := report.New("测试县民政局", 2024)
	var last saveState
	a := &autosaver{
		sched: clock.scheduler(), delay: autosaveDelay, maxWait: autosaveMaxWait,
		snapshot: func() *report.Report {
			c := r.Clone()
			c.Set("t3.new.natural", report.Count(int64(value)))
			return c
		},
		save: func(s *report.Report) error {
			saves = append(saves, int(s.Get("t3.new.natural").N.Whole()))
			return nil
		},
		report: func(s saveState) { last = s },
	}
	for value = 1; value <= 3; value++ {
		a.Edited()
	}
	if !last.Dirty || len(saves) != 0 {
		t.Fatalf("saved before the countdown ran out: %v %+v", saves, last)
	}
	if n := clock.fire(); n != 1 {
		t.Fatalf("%d timers fired, want only the last", n)
	}
	if len(saves) != 1 || saves[0] != 4 {
		t.Fatalf("saves = %v, want one save of the last value", saves)
	}
	if last.Dirty || !last.At.Equal(clock.now) {
		t.Errorf("state after save = %+v", last)
	}
	a.SaveNow()
	if len(saves) != 1 {
		t.Error("saved with nothing to save")
	}
}

func TestAutosaveKeepsDirtyOnFailureAndSavesOnClose(t *testing.T) {
	clock := &fakeClock{}
	fail := true
	var last saveState
	saved := 0
	a := &autosaver{
		sched: clock.scheduler(), delay: autosaveDelay, maxWait: autosaveMaxWait,
		snapshot: func() *report.Report { return nil },
		save: func(*report.Report) error {
			if fail {
				return errors.New("磁盘已满")
			}
			saved++
			return nil
		},
		report: func(s saveState) { last = s },
	}
	a.Edited()
	clock.fire()
	if !a.Dirty() || last.Err == nil {
		t.Fatalf("a failed save must leave the edits dirty: %+v", last)
	}
	fail = false
	if err := a.SaveAndWait(); err != nil || a.Dirty() || saved != 1 {
		t.Fatalf("close save: err=%v dirty=%v saved=%d", err, a.Dirty(), saved)
	}
}

// Typing that never pauses for autosaveDelay is still saved, at the latest autosaveMaxWait after
// the first unsaved keystroke: a keystroke every 100 ms for 5 s, each into the next cell of table
// 3, and the store always holds every keystroke made up to autosaveMaxWait before.
func TestAutosaveWhileTypingContinues(t *testing.T) {
	h := newHarness(t)
	h.openNew("测试县民政局", 2024)
	var cells []string
	for _, c := range schema.Cells() {
		if strings.HasPrefix(c.Key, "t3.") && !c.Computed {
			cells = append(cells, c.Key)
		}
	}
	const keystroke = 100 * time.Millisecond
	for k := range 50 {
		h.typeInto(cells[k], "1")
		h.clock.advance(keystroke)
		elapsed := time.Duration(k+1) * keystroke
		if elapsed < 2*time.Second {
			continue
		}
		stored := h.stored("测试县民政局", 2024)
		for j := 0; j <= int((elapsed-2*time.Second)/keystroke); j++ {
			if got := stored.Get(cells[j]); got != report.Count(1) {
				t.Fatalf("after %v of typing the store lacks keystroke %d (%s = %+v)", elapsed, j, cells[j], got)
			}
		}
	}
}
