package app

import (
	"net"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"
)

// dbPath is a database path of the test's own; nothing is created there (the instance only
// hashes the path), so the tests also run under Wine, whose temporary folders Go cannot remove.
func dbPath(t *testing.T, name string) string {
	return filepath.Join(os.TempDir(), "年度 报告", t.Name(), name)
}

// A second start on the same database hands over to the first, which is asked to come to the
// front and import the files the second was opened with (any characters in their paths); the
// second then exits instead of opening another window.
func TestInstanceSecondStartActivatesTheRunningOne(t *testing.T) {
	db := dbPath(t, "nianbao.db")
	first, running := ClaimInstance(db, nil)
	if first == nil || running {
		t.Fatalf("first start: instance %v, running %v; want a claimed instance", first, running)
	}
	defer first.Close()
	activated := make(chan []string, 2)
	first.OnActivate(func(files []string) { activated <- files })

	files := []string{filepath.Join(os.TempDir(), "来文", "西峡县 2023 年报.pdf"), filepath.Join(os.TempDir(), "a\nb \"c\".docx")}
	for _, want := range [][]string{nil, files} {
		second, running := ClaimInstance(db, want)
		if second != nil || !running {
			t.Fatalf("second start: instance %v, running %v; want it handed over", second, running)
		}
		select {
		case got := <-activated:
			if !slices.Equal(got, want) {
				t.Errorf("handed over %q, want %q", got, want)
			}
		case <-time.After(5 * time.Second):
			t.Fatal("the running instance was not asked to come to the front")
		}
	}
}

// Starts that arrive before the window exists are not lost: the window comes up in front with
// the files of all of them.
func TestInstanceActivationBeforeTheWindowIsKept(t *testing.T) {
	db := dbPath(t, "nianbao.db")
	first, _ := ClaimInstance(db, nil)
	if first == nil {
		t.Fatal("first start did not claim the database")
	}
	defer first.Close()
	for _, f := range []string{"/来文/一.pdf", "/来文/二.docx"} {
		if _, running := ClaimInstance(db, []string{f}); !running {
			t.Fatal("second start was not handed over")
		}
	}
	var got []string
	activated := false
	first.OnActivate(func(files []string) { activated, got = true, files })
	if !activated || !slices.Equal(got, []string{"/来文/一.pdf", "/来文/二.docx"}) {
		t.Errorf("the early requests: activated %v with %q", activated, got)
	}
}

// Another program on the port is not taken for 年报通: the app starts on its own.
func TestInstanceForeignProgramOnThePortIsIgnored(t *testing.T) {
	db := dbPath(t, "nianbao.db")
	ln, err := net.Listen("tcp", instanceAddr(db))
	if err != nil {
		t.Skipf("port taken: %v", err)
	}
	defer ln.Close()
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			_, _ = c.Write([]byte("HTTP/1.0 400 Bad Request\r\n\r\n"))
			c.Close()
		}
	}()
	inst, running := ClaimInstance(db, nil)
	if inst != nil || running {
		t.Errorf("with a foreign program on the port: instance %v, running %v; want a plain start", inst, running)
	}
}

// Each database has its own running 年报通, and a nil Instance (nothing claimed) is harmless.
func TestInstancesPerDatabase(t *testing.T) {
	if instanceAddr(dbPath(t, "a.db")) == instanceAddr(dbPath(t, "b.db")) {
		t.Skip("the two paths hash to one port")
	}
	a, _ := ClaimInstance(dbPath(t, "a.db"), nil)
	defer a.Close()
	b, running := ClaimInstance(dbPath(t, "b.db"), nil)
	if b == nil || running {
		t.Errorf("another database: instance %v, running %v; want its own", b, running)
	}
	b.Close()
	var none *Instance
	none.OnActivate(func([]string) {})
	none.Close()
}
