package main

import (
	"strings"
	"testing"

	"nianbao"
)

func TestVersionFlag(t *testing.T) {
	code, out, _ := runCLI("--version")
	if code != 0 || !strings.Contains(out, nianbao.Version) {
		t.Fatalf("--version: code %d, out %q", code, out)
	}
}
