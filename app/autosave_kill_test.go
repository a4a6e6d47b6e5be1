package app

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"sync"
	"testing"
	"time"

	"nianbao/data/report"
	"nianbao/data/schema"
	"nianbao/data/store"
	"nianbao/widgets/widgetstest"
)

// envTypingChild makes TestAutosaveTypingChild the child process of TestAutosaveSurvivesKill:
// the test binary run again, typing into a window on the database at this path until killed.
const envTypingChild = "NIANBAO_AUTOSAVE_CHILD_DB"

const (
	killAgency = "测试县民政局"
	killYear   = 2024
	// typingPause is the time between two keystrokes of the child, far below autosaveDelay.
	typingPause = 20 * time.Millisecond
	// typingFor is how long the child types before it is killed.
	typingFor = 4 * time.Second
	// saveSlack is what a save may take on a busy machine, on top of autosaveMaxWait.
	saveSlack = 700 * time.Millisecond
)

// editableCells are the cells of tables 2–4 a new report lets the user type into, in form order.
func editableCells() []string {
	var out []string
	for _, c := range schema.Cells() {
		if !c.Computed {
			out = append(out, c.Key)
		}
	}
	return out
}

// keystroke is what the child types at keystroke k: the round over all cells, in the next cell.
func keystroke(cells []string, k int) (key string, value int) {
	return cells[k%len(cells)], k/len(cells) + 1
}

// A clerk types without a pause for four seconds and the power fails (kill -9): the database holds
// everything typed up to autosaveMaxWait before (and a little slack for the save itself).
func TestAutosaveSurvivesKill(t *testing.T) {
	if testing.Short() {
		t.Skip("types in a child process for four seconds")
	}
	path := filepath.Join(t.TempDir(), "nianbao.db")
	cmd := exec.Command(os.Args[0], "-test.run=^TestAutosaveTypingChild$")
	cmd.Env = append(os.Environ(), envTypingChild+"="+path)
	cmd.Stderr = os.Stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	var typedAt []time.Time // by keystroke
	sc := bufio.NewScanner(out)
	for sc.Scan() {
		var k int
		var at int64
		if _, err := fmt.Sscanf(sc.Text(), "typed %d %d", &k, &at); err != nil {
			continue
		}
		typedAt = append(typedAt, time.Unix(0, at))
		if typedAt[len(typedAt)-1].Sub(typedAt[0]) >= typingFor {
			break
		}
	}
	cmd.Process.Kill()
	killed := time.Now()
	cmd.Wait()
	if len(typedAt) == 0 {
		t.Fatal("the child typed nothing")
	}

	st, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	r, _, err := st.Load(t.Context(), killAgency, killYear)
	if err != nil {
		t.Fatal(err)
	}
	cells := editableCells()
	kept := 0
	for k, at := range typedAt {
		if killed.Sub(at) < autosaveMaxWait+saveSlack {
			break
		}
		key, value := keystroke(cells, k)
		if got := r.Get(key); !got.IsNumber() || got.N < report.Int(int64(value)) {
			t.Fatalf("keystroke %d (%s = %d), typed %v before the kill, is lost: the store holds %+v",
				k, key, value, killed.Sub(at).Round(time.Millisecond), got)
		}
		kept++
	}
	if kept == 0 {
		t.Fatalf("no keystroke was typed %v before the kill", autosaveMaxWait+saveSlack)
	}
	t.Logf("%d keystrokes typed, the %d made %v before the kill are all stored", len(typedAt), kept, autosaveMaxWait+saveSlack)
}

// TestAutosaveTypingChild is the child of TestAutosaveSurvivesKill (skipped otherwise): a window
// with the app's own scheduler (timers, saves on their own goroutines; the UI goroutine stood for
// by a lock) on a database file, typing a digit into the next cell every typingPause and printing
// "typed K UNIXNANO" after each keystroke.
func TestAutosaveTypingChild(t *testing.T) {
	path := os.Getenv(envTypingChild)
	if path == "" {
		t.Skip("the child of TestAutosaveSurvivesKill")
	}
	st, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := st.Save(t.Context(), report.New(killAgency, killYear)); err != nil {
		t.Fatal(err)
	}
	r, info, err := st.Load(t.Context(), killAgency, killYear)
	if err != nil {
		t.Fatal(err)
	}
	var ui sync.Mutex
	sched := realScheduler()
	sched.ui = func(f func()) {
		ui.Lock()
		defer ui.Unlock()
		f()
	}
	a := widgetstest.NewApp(t)
	h := &harness{t: t, app: a, st: st}
	h.w = newWindow(a, newTestWindow(t), st, sched)
	h.w.files = &fakeFiles{}
	sched.ui(func() { h.w.showReport(r, info, nil, nil) })
	cells := editableCells()
	for k := 0; k < int(time.Minute/typingPause); k++ { // the parent kills it long before

		key, value := keystroke(cells, k)
		sched.ui(func() { h.typeInto(key, strconv.Itoa(value)) })
		fmt.Printf("typed %d %d\n", k, time.Now().UnixNano())
		time.Sleep(typingPause)
	}
}
