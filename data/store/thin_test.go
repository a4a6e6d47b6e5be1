package store

import (
	"strings"
	"testing"
	"time"
)

// Autosaves older than a day are thinned to the last of each day; the last day's, and revisions
// with a note, all stay.
func TestRevisionsThinOut(t *testing.T) {
	s := memory(t)
	var now time.Time
	s.now = func() time.Time { return now }
	const agency = "某某县民政局"
	n := int64(0)
	saveAt := func(at time.Time) {
		now, n = at, n+1
		mustSave(t, s, sample(agency, 2024, n, 0, 0))
	}
	history := func() string {
		t.Helper()
		revs, err := s.Revisions(ctx, agency, 2024)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, r := range revs {
			out = append(out, r.Saved.Format("01-02 15:04")+r.Note)
		}
		return strings.Join(out, ", ")
	}

	now = time.Date(2024, 3, 10, 8, 0, 0, 0, time.Local)
	imported := sample(agency, 2024, 100, 0, 0)
	imported.Source.File = "/home/clerk/报告.txt"
	if _, _, err := s.Import(ctx, imported); err != nil {
		t.Fatal(err)
	}
	for i := range 4 {
		saveAt(time.Date(2024, 3, 10, 9, i, 0, 0, time.Local))
	}
	if got, want := history(), "03-10 09:03, 03-10 09:02, 03-10 09:01, 03-10 09:00, 03-10 08:00导入「报告.txt」"; got != want {
		t.Errorf("within a day:\n%s\nwant\n%s", got, want)
	}
	for i := range 3 {
		saveAt(time.Date(2024, 3, 11, 15, i, 0, 0, time.Local))
	}
	if got, want := history(), "03-11 15:02, 03-11 15:01, 03-11 15:00, 03-10 09:03, 03-10 08:00导入「报告.txt」"; got != want {
		t.Errorf("a day later:\n%s\nwant\n%s", got, want)
	}
	saveAt(time.Date(2024, 3, 13, 8, 0, 0, 0, time.Local))
	if got, want := history(), "03-13 08:00, 03-11 15:02, 03-10 09:03, 03-10 08:00导入「报告.txt」"; got != want {
		t.Errorf("three days later:\n%s\nwant\n%s", got, want)
	}
}
