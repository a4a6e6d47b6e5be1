// Package exporttest holds the reports the export formats are tested with, kept once for all of
// them. Both carry the numbers of the official clean layout (clean-layout-2025.html) and fill
// every narrative field; they differ in what they put to the test.
package exporttest

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"flag"
	"io"
	"os"
	"testing"

	"nianbao/data/report"
)

var (
	//go:embed testdata/full.json
	fullJSON []byte
	//go:embed testdata/long.json
	longJSON []byte
)

// FullReport has a fractional fee (316441.25 万元), a region, automatic totals and a short
// paragraph or two in each narrative field: the fixture of the screen and spreadsheet formats.
func FullReport(t testing.TB) *report.Report {
	t.Helper()
	return decode(t, fullJSON)
}

// LongReport has a whole-number fee and the narratives of a real report, paragraphs long enough
// to wrap over lines and pages: the fixture of the printed formats.
func LongReport(t testing.TB) *report.Report {
	t.Helper()
	return decode(t, longJSON)
}

// Export runs one format's writer on r and returns what it wrote.
func Export(t testing.TB, r *report.Report, write func(io.Writer, *report.Report) error) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := write(&buf, r); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// update is the -update flag of each format's tests: rewrite the golden files.
var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// Golden checks that export gives the same bytes twice and that they are those of the golden
// file at path; with -update it first writes them there.
func Golden(t *testing.T, path string, export func() []byte) {
	t.Helper()
	got := export()
	if again := export(); !bytes.Equal(got, again) {
		t.Fatal("two exports of the same report differ")
	}
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err, " (run go test -update to create it)")
	}
	if !bytes.Equal(got, want) {
		t.Errorf("output differs from %s (%d bytes, want %d); if the change is intended, run go test -update", path, len(got), len(want))
	}
}

// decode returns a fresh report each call, so that a test may change it freely.
func decode(t testing.TB, data []byte) *report.Report {
	t.Helper()
	r := &report.Report{}
	if err := json.Unmarshal(data, r); err != nil {
		t.Fatal(err)
	}
	return r
}
