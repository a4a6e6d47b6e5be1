package store

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"nianbao/data/report"
)

// The child process of the crash and multi-process tests: the test binary run again with these
// variables set, saving one report over and over and printing each value once Save has returned.
const (
	envChild  = "NIANBAO_STORE_CHILD_DB"
	envAgency = "NIANBAO_STORE_CHILD_AGENCY"
	envSaves  = "NIANBAO_STORE_CHILD_SAVES" // 0: until killed
)

const childYear = 2023

func TestMain(m *testing.M) {
	if path := os.Getenv(envChild); path != "" {
		if err := childSaves(path, os.Getenv(envAgency), os.Getenv(envSaves)); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(3)
		}
		os.Exit(0)
	}
	code := m.Run()
	cleanupFixture()
	os.Exit(code)
}

// childSaves continues the agency's counter from what the database holds: t3.new.natural and
// the s5 text carry the number of the save.
func childSaves(path, agency, saves string) error {
	limit, _ := strconv.Atoi(saves)
	s, err := Open(path)
	if err != nil {
		return err
	}
	defer s.Close()
	r, _, err := s.Load(context.Background(), agency, childYear)
	if errors.Is(err, ErrNotFound) {
		r, err = sample(agency, childYear, 0, 0, 0), nil
	}
	if err != nil {
		return err
	}
	n := r.Get("t3.new.natural").N.Whole()
	for i := 0; limit == 0 || i < limit; i++ {
		n++
		r.Set("t3.new.natural", report.Count(n))
		r.SetText("s5", fmt.Sprintf("第%d次保存：存在的主要问题是公开内容不够全面，下一步将加强培训，完善制度。", n))
		r.ComputeTotals()
		if _, err := s.Save(context.Background(), r); err != nil {
			return err
		}
		fmt.Printf("saved %d\n", n)
	}
	return nil
}

// startChild starts a child saving to path; its printed save numbers arrive on the channel,
// which closes when the child's output ends.
func startChild(t *testing.T, path, agency string, saves int) (*exec.Cmd, <-chan int64) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), envChild+"="+path, envAgency+"="+agency, envSaves+"="+strconv.Itoa(saves))
	cmd.Stderr = os.Stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	ch := make(chan int64, 1<<16)
	go func() {
		defer close(ch)
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			if v, ok := strings.CutPrefix(sc.Text(), "saved "); ok {
				n, _ := strconv.ParseInt(v, 10, 64)
				ch <- n
			}
		}
	}()
	return cmd, ch
}

// savedValues returns the save numbers found in the report's revisions.
func savedValues(t *testing.T, s *Store, agency string) map[int64]bool {
	t.Helper()
	revs, err := s.Revisions(ctx, agency, childYear)
	if err != nil {
		t.Fatal(err)
	}
	got := map[int64]bool{}
	for _, rev := range revs {
		r, err := s.LoadRevision(ctx, rev.ID)
		if err != nil {
			t.Fatal(err)
		}
		got[r.Get("t3.new.natural").N.Whole()] = true
	}
	return got
}

// A process killed at any moment (kill -9), again and again, leaves a database that opens, passes
// integrity_check and holds every save that returned.
func TestKilledWhileSaving(t *testing.T) {
	if testing.Short() {
		t.Skip("starts 30 processes")
	}
	const agency, rounds = "某某县民政局", 30
	path := filepath.Join(t.TempDir(), "nianbao.db")
	var returned []int64
	for round := range rounds {
		cmd, ch := startChild(t, path, agency, 0)
		// Early rounds may land in Open and the first migration; later ones mid-save.
		time.Sleep(time.Duration(rand.IntN(150)+round*5) * time.Millisecond)
		cmd.Process.Kill()
		for n := range ch {
			returned = append(returned, n)
		}
		cmd.Wait()

		s, err := Open(path)
		if err != nil {
			t.Fatalf("round %d: database does not open after kill -9: %v", round, err)
		}
		integrity(t, s)
		if len(returned) > 0 {
			r, _ := mustLoad(t, s, agency, childYear)
			if got, last := r.Get("t3.new.natural").N.Whole(), returned[len(returned)-1]; got < last {
				t.Fatalf("round %d: stored save %d, but save %d had returned", round, got, last)
			}
		}
		s.Close()
	}
	if len(returned) < rounds {
		t.Fatalf("only %d saves returned in %d rounds; the child barely ran", len(returned), rounds)
	}
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	have := savedValues(t, s, agency)
	for _, n := range returned {
		if !have[n] {
			t.Errorf("save %d returned but is not in the history", n)
		}
	}
	t.Logf("%d rounds, %d saves returned, all present", rounds, len(returned))
}

// Two processes saving into one database at the same time both succeed, each waiting for the
// other's transaction, and nothing is lost or corrupted.
func TestTwoProcesses(t *testing.T) {
	const saves = 40
	path := filepath.Join(t.TempDir(), "nianbao.db")
	agencies := []string{"甲县民政局", "乙县民政局"}
	var wg sync.WaitGroup
	results := make([][]int64, len(agencies))
	for i, agency := range agencies {
		cmd, ch := startChild(t, path, agency, saves)
		wg.Go(func() {
			for n := range ch {
				results[i] = append(results[i], n)
			}
			if err := cmd.Wait(); err != nil {
				t.Errorf("%s: child failed: %v", agency, err)
			}
		})
	}
	wg.Wait()
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	integrity(t, s)
	for i, agency := range agencies {
		if len(results[i]) != saves {
			t.Errorf("%s: %d saves returned, want %d", agency, len(results[i]), saves)
		}
		have := savedValues(t, s, agency)
		if len(have) != saves {
			t.Errorf("%s: %d revisions, want %d", agency, len(have), saves)
		}
	}
}

// Two connections of one process writing the same report concurrently: every save lands.
func TestConcurrentWriters(t *testing.T) {
	a, path := openTemp(t)
	b, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	const agency, saves = "某某县民政局", 25
	var wg sync.WaitGroup
	for w, s := range []*Store{a, b} {
		wg.Go(func() {
			for i := range saves {
				r := sample(agency, childYear, int64(1000*w+i), 0, 0)
				if _, err := s.Save(ctx, r); err != nil {
					t.Errorf("writer %d save %d: %v", w, i, err)
					return
				}
			}
		})
	}
	wg.Wait()
	integrity(t, a)
	if have := savedValues(t, a, agency); len(have) != 2*saves {
		t.Errorf("%d distinct saves in the history, want %d", len(have), 2*saves)
	}
}

// A database held longer than the busy timeout gives a clear message, not a cryptic error.
func TestBusyMessage(t *testing.T) {
	path := filepath.Join(t.TempDir(), "nianbao.db")
	holder, err := open(path, 100*time.Millisecond, modeReadWrite, "")
	if err != nil {
		t.Fatal(err)
	}
	defer holder.Close()
	waiter, err := open(path, 100*time.Millisecond, modeReadWrite, "")
	if err != nil {
		t.Fatal(err)
	}
	defer waiter.Close()
	tx, err := holder.db.BeginTx(ctx, nil) // BEGIN IMMEDIATE: holds the write lock
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	start := time.Now()
	_, err = waiter.Save(ctx, sample("某某县民政局", 2023, 1, 0, 0))
	if !errors.Is(err, ErrBusy) || !strings.Contains(err.Error(), "占用") || !strings.Contains(err.Error(), "100毫秒") {
		t.Fatalf("save against a held lock: %v", err)
	}
	if waited := time.Since(start); waited < 90*time.Millisecond {
		t.Errorf("gave up after %v without waiting for the busy timeout", waited)
	}
	// Readers are not blocked by a writer.
	if _, err := waiter.List(ctx); err != nil {
		t.Errorf("list while another process writes: %v", err)
	}
	tx.Rollback()
	if _, err := waiter.Save(ctx, sample("某某县民政局", 2023, 1, 0, 0)); err != nil {
		t.Errorf("save after the lock is released: %v", err)
	}
}
