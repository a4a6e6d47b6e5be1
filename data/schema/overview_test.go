package schema

import "testing"

func TestOverviewKeys(t *testing.T) {
	want := []string{"s1.intro", "s1.active", "s1.request", "s1.management", "s1.platform", "s1.oversight"}
	got := OverviewKeys()
	if len(got) != len(want) {
		t.Fatalf("OverviewKeys() = %v, want %v", got, want)
	}
	for i, k := range want {
		if got[i] != k || OverviewIndex(k) != i {
			t.Errorf("key %d: got %q (index %d), want %q", i, got[i], OverviewIndex(k), k)
		}
	}
	if OverviewIndex("s5") != 0 {
		t.Errorf("OverviewIndex(s5) = %d, want 0 (not a sub-item)", OverviewIndex("s5"))
	}
}

func TestLeadingEnumerator(t *testing.T) {
	tests := []struct {
		in   string
		n    int
		rest string
		ok   bool
	}{
		{"（一）主动公开", 1, "主动公开", true},
		{"(五) 监督保障", 5, "监督保障", true},
		{"（ 三 ）：政府信息管理", 3, "政府信息管理", true},
		{"（四）。平台建设", 4, "平台建设", true},
		{"（六）其他", 0, "", false},
		{"（一", 0, "", false},
		{"一、总体情况", 0, "", false},
		{"", 0, "", false},
	}
	for _, tt := range tests {
		n, rest, ok := LeadingEnumerator(tt.in)
		if n != tt.n || rest != tt.rest || ok != tt.ok {
			t.Errorf("LeadingEnumerator(%q) = %d, %q, %v; want %d, %q, %v", tt.in, n, rest, ok, tt.n, tt.rest, tt.ok)
		}
	}
}
