package app

import (
	"sync"
	"time"

	"nianbao/data/report"
)

// autosaveDelay is how long after the last keystroke the report is saved.
const autosaveDelay = time.Second

// autosaveMaxWait is the longest an edit waits to be saved while typing goes on without the pause
// of autosaveDelay: a clerk who types for minutes loses at most this much when the power fails.
const autosaveMaxWait = 2 * time.Second

// scheduler is what autosave needs of time and threads; tests replace it to fire timers at will
// and to run everything on the test goroutine.
type scheduler struct {
	// after runs f once d has passed and returns a function that cancels it.
	after func(d time.Duration, f func()) (cancel func())
	// ui runs f on the Fyne goroutine (fyne.Do in the app).
	ui func(f func())
	// background runs f off the UI goroutine (go f() in the app).
	background func(f func())
	now        func() time.Time
}

// autosaver saves the open report about a second after the last edit, and at the latest
// maxWait after the first edit not yet saved, one save at a time and never on the UI goroutine. The UI goroutine owns the model: the snapshot to save is taken
// there, and the result is reported back there.
type autosaver struct {
	sched   scheduler
	delay   time.Duration
	maxWait time.Duration
	// snapshot returns a copy of the model to save; called on the UI goroutine.
	snapshot func() *report.Report
	// save writes a snapshot; called off the UI goroutine, one call at a time.
	save func(snapshot *report.Report) error
	// report tells the window how saving went; called on the UI goroutine.
	report func(saveState)

	cancel  func()
	due     time.Time // when the pending countdown runs out
	since   time.Time // the first edit not yet in a save's snapshot; zero when there is none
	edits   uint64    // edits made so far; a save covers the edits counted when its snapshot was taken
	saved   uint64    // edits covered by the last save that succeeded
	writing sync.Mutex
}

// saveState is what the header shows about saving.
type saveState struct {
	Dirty  bool      // edits not yet saved
	Saving bool      // a save is running
	At     time.Time // when the last save succeeded
	Err    error     // the last save failed with this
}

// Edited records an edit and restarts the countdown to the next save, but never past maxWait
// after the first unsaved edit: once the countdown reaches that deadline, further edits leave it.
func (a *autosaver) Edited() {
	a.edits++
	now := a.sched.now()
	if a.since.IsZero() {
		a.since = now
	}
	due := now.Add(a.delay)
	if deadline := a.since.Add(a.maxWait); a.maxWait > 0 && deadline.Before(due) {
		due = deadline
	}
	if a.cancel == nil || !due.Equal(a.due) {
		if a.cancel != nil {
			a.cancel()
		}
		a.due = due
		a.cancel = a.sched.after(max(due.Sub(now), 0), func() { a.sched.ui(a.SaveNow) })
	}
	a.report(saveState{Dirty: true})
}

// Dirty reports whether edits are waiting to be saved.
func (a *autosaver) Dirty() bool { return a.edits != a.saved }

// SaveNow saves at once (Ctrl+S, or the countdown ran out) when there is anything to save.
// Must be called on the UI goroutine.
func (a *autosaver) SaveNow() {
	if a.cancel != nil {
		a.cancel()
		a.cancel = nil
	}
	if !a.Dirty() {
		return
	}
	snap, upTo := a.snapshot(), a.edits
	a.since = time.Time{}
	a.report(saveState{Dirty: true, Saving: true})
	a.sched.background(func() {
		a.writing.Lock()
		err := a.save(snap)
		a.writing.Unlock()
		a.sched.ui(func() { a.finished(upTo, err) })
	})
}

// SaveAndWait saves synchronously, for closing the window: it waits for a running save and then
// writes whatever is still unsaved. Must be called on the UI goroutine.
func (a *autosaver) SaveAndWait() error {
	if a.cancel != nil {
		a.cancel()
		a.cancel = nil
	}
	a.writing.Lock()
	defer a.writing.Unlock()
	if !a.Dirty() {
		return nil
	}
	upTo := a.edits
	a.since = time.Time{}
	err := a.save(a.snapshot())
	a.finished(upTo, err)
	return err
}

func (a *autosaver) finished(upTo uint64, err error) {
	if err != nil {
		a.report(saveState{Dirty: true, Err: err})
		return
	}
	if upTo > a.saved {
		a.saved = upTo
	}
	a.report(saveState{Dirty: a.Dirty(), At: a.sched.now()})
}

// Stop cancels a pending countdown, for when the report is closed after a final save.
func (a *autosaver) Stop() {
	if a.cancel != nil {
		a.cancel()
		a.cancel = nil
	}
}
