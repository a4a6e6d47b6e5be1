package htmlimport

import (
	"strings"
	"testing"
	"unicode/utf8"

	"nianbao/data/schema"
)

// FuzzRead feeds arbitrary bytes to the importer. It must never panic, must either refuse the
// page with a readable message naming it or give a complete report in valid UTF-8, and must not
// take long (the fuzzer reports inputs that hang). The seed corpus is in testdata/fuzz/FuzzRead:
// the clean layout, the site page, layout variants, subtotals, entities, the trial format and
// malformed spans.
func FuzzRead(f *testing.F) {
	f.Fuzz(func(t *testing.T, in []byte) {
		r, err := Read(strings.NewReader(string(in)), "fuzz.html")
		if err != nil {
			if !utf8.ValidString(err.Error()) || !strings.Contains(err.Error(), "fuzz.html") {
				t.Fatalf("bad error message %q", err)
			}
			return
		}
		if len(r.Cells) != schema.NumCells() || r.Meta.AutoTotals || r.Source.File != "fuzz.html" {
			t.Fatalf("report has %d cells, meta %+v", len(r.Cells), r.Meta)
		}
		texts := append([]string{r.Meta.Agency, r.Meta.Opening}, r.Source.ImportNotes...)
		for key, text := range r.Narrative {
			if _, ok := schema.NarrativeByKey(key); !ok {
				t.Fatalf("unknown narrative key %q", key)
			}
			texts = append(texts, text)
		}
		for _, s := range texts {
			if !utf8.ValidString(s) {
				t.Fatalf("invalid UTF-8 %q", s)
			}
		}
	})
}
