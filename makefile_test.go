package nianbao

import (
	"os"
	"regexp"
	"testing"
	"time"
)

// make fuzz minimises a new input only briefly: with Go's default of 60 s, a short run spends its
// time minimising what it found instead of exploring (150 runs of the xlsx reader in 30 s).
func TestFuzzMinimizeTime(t *testing.T) {
	b, err := os.ReadFile("Makefile")
	if err != nil {
		t.Fatal(err)
	}
	if !regexp.MustCompile(`-fuzzminimizetime \$\(FUZZMINIMIZE\)`).Match(b) {
		t.Fatal("make fuzz does not pass -fuzzminimizetime")
	}
	m := regexp.MustCompile(`(?m)^FUZZMINIMIZE \?= (\S+)$`).FindSubmatch(b)
	if m == nil {
		t.Fatal("no FUZZMINIMIZE default in the Makefile")
	}
	if d, err := time.ParseDuration(string(m[1])); err != nil || d > 10*time.Second {
		t.Errorf("FUZZMINIMIZE ?= %s: want a duration of at most 10s", m[1])
	}
}
