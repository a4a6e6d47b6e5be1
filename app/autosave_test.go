package app

import (
	"errors"
	"testing"
	"time"

	"nianbao/data/report"
)

// fakeClock fires timers when the test says so and runs everything on the test goroutine.
type fakeClock struct {
	now     time.Time
	pending []*fakeTimer
}

type fakeTimer struct {
	f        func()
	canceled bool
}

func (c *fakeClock) scheduler() scheduler {
	return scheduler{
		after: func(_ time.Duration, f func()) func() {
			t := &fakeTimer{f: f}
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

func TestAutosaveDebouncesEdits(t *testing.T) {
	clock := &fakeClock{now: time.Date(2024, 1, 15, 10, 32, 0, 0, time.Local)}
	value, saves := 0, []int{}
	r := report.New("测试县民政局", 2024)
	var last saveState
	a := &autosaver{
		sched: clock.scheduler(), delay: autosaveDelay,
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
		sched: clock.scheduler(), delay: autosaveDelay,
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
