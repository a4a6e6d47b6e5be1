// Package exporttest holds the reports the export formats are tested with, kept once for all of
// them. Both carry the numbers of the official clean layout (clean-layout-2025.html) and fill
// every narrative field; they differ in what they put to the test.
package exporttest

import (
	_ "embed"
	"encoding/json"
	"testing"

	"nianbao/data/report"
)

var (
	//go:embed full.json
	fullJSON []byte
	//go:embed long.json
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

// decode returns a fresh report each call, so that a test may change it freely.
func decode(t testing.TB, data []byte) *report.Report {
	t.Helper()
	r := &report.Report{}
	if err := json.Unmarshal(data, r); err != nil {
		t.Fatal(err)
	}
	return r
}
