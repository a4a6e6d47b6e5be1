// Package reporttest holds the real report the data packages are tested with, kept once for all
// of them: 孟津区西霞院街道办事处's report for 2023, its metadata and seven narrative fields as
// published. The published tables are all 0.
package reporttest

import (
	_ "embed"
	"testing"

	"nianbao/data/report"
)

//go:embed testdata/xixiayuan-2023.json
var seedJSON []byte

// Seed returns the report as published, every cell 0. Each call returns a fresh copy that the
// test may change freely.
func Seed(t testing.TB) *report.Report {
	t.Helper()
	r := SeedBlank(t)
	for i := range r.Cells {
		r.Cells[i] = report.Count(0)
	}
	return r
}

// SeedBlank returns the report's metadata and narrative with every cell blank, for a test that
// fills the tables itself.
func SeedBlank(t testing.TB) *report.Report {
	t.Helper()
	r := &report.Report{}
	if err := r.UnmarshalJSON(seedJSON); err != nil {
		t.Fatal(err)
	}
	return r
}
