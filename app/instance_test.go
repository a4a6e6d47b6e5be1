package app

import (
	"net"
	"path/filepath"
	"testing"
	"time"
)

// A second start on the same database hands over to the first, which is asked to come to the
// front; the second then exits instead of opening another window.
func TestSecondStartActivatesTheRunningOne(t *testing.T) {
	db := filepath.Join(t.TempDir(), "年度 报告", "nianbao.db")
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
func TestActivationBeforeTheWindowIsKept(t *testing.T) {
	db := filepath.Join(t.TempDir(), "nianbao.db")
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
func TestForeignProgramOnThePortIsIgnored(t *testing.T) {
	db := filepath.Join(t.TempDir(), "nianbao.db")
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
	dir := t.TempDir()
	if instanceAddr(filepath.Join(dir, "a.db")) == instanceAddr(filepath.Join(dir, "b.db")) {
		t.Skip("the two paths hash to one port")
	}
	a, _ := ClaimInstance(filepath.Join(dir, "a.db"))
	defer a.Close()
	b, running := ClaimInstance(filepath.Join(dir, "b.db"))
	if b == nil || running {
		t.Errorf("another database: instance %v, running %v; want its own", b, running)
	}
	b.Close()
	var none *Instance
	none.OnActivate(func() {})
	none.Close()
}
