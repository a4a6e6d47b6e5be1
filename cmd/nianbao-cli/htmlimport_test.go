package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

var (
	htmlClean = filepath.Join("..", "..", "data", "htmlimport", "testdata", "clean-layout-2025.html")
	htmlSite  = filepath.Join("..", "..", "data", "htmlimport", "testdata", "site-chrome-2024.html")
)

// A report published as a web page is checked like any other file: the clean layout has no
// error, the site page has the three arithmetic errors of its tables and lists what it could not
// read.
func TestCheckWebPages(t *testing.T) {
	els, _ := checkJSONOf(t, 1, htmlClean, htmlSite)
	if len(els) != 2 {
		t.Fatalf("%d elements", len(els))
	}
	clean, site := els[0], els[1]
	if clean.File != htmlClean || clean.Agency != "测试市" || clean.Year != 2025 || clean.Format != "2021" ||
		string(clean.Cells["t3.new.total"]) != "14069" || string(clean.Cells["t4.after_review.total"]) != "156" ||
		len(clean.ImportNotes) != 0 {
		t.Errorf("clean layout: %s %d %s, notes %q", clean.Agency, clean.Year, clean.Format, clean.ImportNotes)
	}
	for _, f := range clean.Findings {
		if f.Severity == "error" {
			t.Errorf("clean layout: error %s %s", f.Rule, f.Message)
		}
	}
	if site.Agency != "测试县人民政府办公室" || site.Year != 2024 || string(site.Cells["t3.new.total"]) != "34" ||
		string(site.Cells["t2.rules.issued"]) != "null" || string(site.Cells["t3.rejected.publication.legal"]) != "null" || site.Invalid["t3.rejected.publication.legal"] != "见附件" {
		t.Errorf("site page: %s %d, cells %s %s", site.Agency, site.Year, site.Cells["t3.new.total"], site.Cells["t2.rules.issued"])
	}
	var errs []string
	for _, f := range site.Findings {
		if f.Severity == "error" {
			errs = append(errs, f.Rule+" "+string(f.Expected)+"≠"+string(f.Actual))
		}
	}
	slices.Sort(errs)
	if want := []string{"CELL-INVALID null≠null", "T3-BALANCE 36≠35", "T3-ROW-SUM 33≠34", "T4-SUM 2≠3"}; !slices.Equal(errs, want) {
		t.Errorf("site page errors %q, want %q", errs, want)
	}
	if len(site.ImportNotes) != 3 || !strings.Contains(site.ImportNotes[1], "（八）其他情形") {
		t.Errorf("site page notes %q", site.ImportNotes)
	}
}

func TestCheckWebPageText(t *testing.T) {
	code, out, _ := runCLI("check", htmlSite)
	if code != 1 {
		t.Fatalf("exit %d", code)
	}
	for _, want := range []string{"测试县人民政府办公室2024年政府信息公开工作年度报告", "[T4-SUM]", "导入说明", "“见附件”不是数字"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

// A web page that holds no report is an input that cannot be read: exit 2, the file named.
func TestCheckWebPageNotReport(t *testing.T) {
	page := filepath.Join(t.TempDir(), "新闻.html")
	if err := os.WriteFile(page, []byte(`<html><head><title>县政府召开常务会议</title></head><body><p>会议研究了有关事项。</p></body></html>`), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, errOut := runCLI("check", page)
	if code != 2 || !strings.Contains(errOut, page) || !strings.Contains(errOut, "没有找到政府信息公开工作年度报告") {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
}
