package document

import (
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestFileName(t *testing.T) {
	for _, tc := range []struct{ base, ext, want string }{
		{"孟津区西霞院街道办事处2023年政府信息公开工作年度报告", ".docx", "孟津区西霞院街道办事处2023年政府信息公开工作年度报告.docx"},
		{"../../x2023年报告", ".pdf", "_.._x2023年报告.pdf"},
		{`C:\Windows\x`, ".txt", "C__Windows_x.txt"},
		{"..", ".md", "报告.md"},
		{"", ".json", "报告.json"},
		{"甲局\x00\n乙局\u202e", ".html", "甲局乙局.html"},
		{"什么<是>\"公开\"?|*", ".xlsx", "什么_是__公开____.xlsx"},
		{"报告. . ", ".txt", "报告.txt"},
		{"CON", ".txt", "_CON.txt"},
		{"com1", ".docx", "_com1.docx"},
		{"COMPANY", ".docx", "COMPANY.docx"},
	} {
		if got := FileName(tc.base, tc.ext); got != tc.want {
			t.Errorf("FileName(%q, %q) = %q, want %q", tc.base, tc.ext, got, tc.want)
		}
	}
	long := FileName(strings.Repeat("局", 1_000_000), ".docx")
	if len(long) > maxFileNameBytes || !strings.HasSuffix(long, "局.docx") || !utf8.ValidString(long) {
		t.Errorf("a long name gives %d bytes ending %q", len(long), long[len(long)-10:])
	}
}

// FuzzFileName: whatever the base, the name joined to a folder stays directly in that folder.
func FuzzFileName(f *testing.F) {
	for _, s := range []string{"../../x", `..\..\x`, "a/b", "..", ".", " ", "CON", "\x00", "甲局\u202e"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, base string) {
		name := FileName(base, ".docx")
		dir := filepath.Join("some", "folder")
		if got := filepath.Dir(filepath.Join(dir, name)); got != dir {
			t.Fatalf("FileName(%q) = %q leaves the folder (%q)", base, name, got)
		}
		if strings.ContainsAny(name, `/\<>:"|?*`) || !utf8.ValidString(name) || len(name) > maxFileNameBytes {
			t.Fatalf("FileName(%q) = %q", base, name)
		}
	})
}
