package nianbao

import (
	"strings"
	"testing"
)

func TestVersionFromFyneApp(t *testing.T) {
	if Version == "" || strings.ContainsAny(Version, `" `) {
		t.Fatalf("Version = %q", Version)
	}
	if Build < 1 {
		t.Fatalf("Build = %d", Build)
	}
	if Name != "年报通" || ID != "org.nianbao.desktop" {
		t.Fatalf("Name %q ID %q", Name, ID)
	}
	Commit = "abc1234"
	defer func() { Commit = "" }()
	if got := BuildLabel(); !strings.Contains(got, Version) || !strings.Contains(got, "abc1234") {
		t.Fatalf("BuildLabel() = %q", got)
	}
}
