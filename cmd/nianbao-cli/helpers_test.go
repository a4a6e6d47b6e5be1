package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"nianbao/data/docio"
	"nianbao/data/report"
)

// seedFile is the real report (plain text as published), carried in testdata.
var seedFile = filepath.Join("testdata", "xixiayuan-2023.txt")

// runCLI runs `nianbao-cli args…` in process.
func runCLI(args ...string) (code int, stdout, stderr string) {
	var out, errOut bytes.Buffer
	code = dispatch(args, &out, &errOut)
	return code, out.String(), errOut.String()
}

// runDBCmd runs `nianbao-cli db --db path args…` in process.
func runDBCmd(t *testing.T, path string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	return runCLI(append([]string{"db", "--db", path}, args...)...)
}

// openReport reads a report file of any format docio knows.
func openReport(t *testing.T, path string) *report.Report {
	t.Helper()
	r, err := docio.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// writeReport writes r as a native JSON file in dir and returns its path.
func writeReport(t *testing.T, dir string, r *report.Report) string {
	t.Helper()
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, strings.ReplaceAll(r.Meta.Agency+"-"+r.Title(), "/", "_")+".json")
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}
