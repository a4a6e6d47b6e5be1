package export

import (
	"testing"

	"nianbao/data/report"
)

// The suggested name of an export is a plain file name, whatever the agency is called: a report
// read from a file (convert, import preview) has not been through the store's name check.
func TestFileNameStaysInFolder(t *testing.T) {
	docx, _ := Lookup("docx")
	for agency, want := range map[string]string{
		"孟津区西霞院街道办事处": "孟津区西霞院街道办事处2023年政府信息公开工作年度报告.docx",
		"../../x":     "_.._x2023年政府信息公开工作年度报告.docx",
		`a\b:c`:       "a_b_c2023年政府信息公开工作年度报告.docx",
	} {
		if got := FileName(report.New(agency, 2023), docx); got != want {
			t.Errorf("FileName(%q) = %q, want %q", agency, got, want)
		}
	}
}
