package app

import (
	"net"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// dbPath is a database path of the test's own; nothing is created there (the instance only
// hashes the path), so the tests also run under Wine, whose temporary folders Go cannot remove.
func dbPath(t *testing.T, name string) string {
	return filepath.Join(os.TempDir(), "年度 报告", t.Name(), name)
}

// A second start on the same database hands over to the first, which is asked to come to the
// front; the second then exits instead of opening another window.
func TestInstanceSecondStartActivatesTheRunningOne(t *testing.T) {
	db := dbPath(t, "nianbao.db")
	first, running := ClaimInstance(db)
	if first == nil || running {
		t.Fatalf("first start: instance %v, running %v; want a claimed instance", first, running)
	}
	defer first.Close()
	activated := make(chan struct{}, 2)
	first.OnActivate(func() { activated <- struct{}{} })

	second, running := ClaimInstance(db)
	if second != nil || !running {
		t.Fatalf("second start: instance %v, running %v; want it handed over", second, running)
	}
	select {
	case <-activated:
	case <-time.After(5 * time.Second):
		t.Fatal("the running instance was not asked to come to the front")
	}
}

// A start that arrives before the window exists is not lost: the window comes up in front.
func TestInstanceActivationBeforeTheWindowIsKept(t *testing.T) {
	db := dbPath(t, "nianbao.db")
	first, _ := ClaimInstance(db)
	if first == nil {
		t.Fatal("first start did not claim the database")
	}
	defer first.Close()
	if _, running := ClaimInstance(db); !running {
		t.Fatal("second start was not handed over")
	}
	activated := false
	first.OnActivate(func() { activated = true })
	if !activated {
		t.Error("the early request to come to the front was dropped")
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
	inst, running := ClaimInstance(db)
	if inst != nil || running {
		t.Errorf("with a foreign program on the port: instance %v, running %v; want a plain start", inst, running)
	}
}

// Each database has its own running 年报通, and a nil Instance (nothing claimed) is harmless.
func TestInstancesPerDatabase(t *testing.T) {
	if instanceAddr(dbPath(t, "a.db")) == instanceAddr(dbPath(t, "b.db")) {
		t.Skip("the two paths hash to one port")
	}
	a, _ := ClaimInstance(dbPath(t, "a.db"))
	defer a.Close()
	b, running := ClaimInstance(dbPath(t, "b.db"))
	if b == nil || running {
		t.Errorf("another database: instance %v, running %v; want its own", b, running)
	}
	b.Close()
	var none *Instance
	none.OnActivate(func() {})
	none.Close()
}
