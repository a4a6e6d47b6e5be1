package textio

import (
	"bytes"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"nianbao/data/schema"
)

// FuzzRead feeds arbitrary text to the importer. It must never panic, must either refuse the text
// with a readable message or give a complete report, and what it reads must survive its own
// export: reading the exported text gives the same report again.
// The seed corpus is in testdata/fuzz/FuzzRead: the seed report, the crawled page, layout variants.
func FuzzRead(f *testing.F) {
	f.Fuzz(func(t *testing.T, in string) {
		r, err := Read(strings.NewReader(in), "fuzz.txt")
		if err != nil {
			if !utf8.ValidString(err.Error()) || !strings.Contains(err.Error(), "fuzz.txt") {
				t.Fatalf("bad error message %q", err)
			}
			return
		}
		if len(r.Cells) != schema.NumCells() {
			t.Fatalf("report has %d cells", len(r.Cells))
		}
		for name, write := range map[string]func(*bytes.Buffer) error{
			"fuzz.txt": func(b *bytes.Buffer) error { return WriteText(b, r) },
			"fuzz.md":  func(b *bytes.Buffer) error { return WriteMarkdown(b, r) },
		} {
			var buf bytes.Buffer
			if err := write(&buf); err != nil {
				t.Fatal(err)
			}
			back, err := Read(&buf, name)
			if err != nil {
				t.Fatalf("export of an imported report does not read back: %v\n%s", err, buf.String())
			}
			if !reflect.DeepEqual(r.Meta, back.Meta) || !reflect.DeepEqual(r.Narrative, back.Narrative) ||
				!reflect.DeepEqual(r.Cells, back.Cells) {
				t.Fatalf("export does not read back the same:\n%+v\n%+v\n%q\n%q\n%s", r.Meta, back.Meta, r.Narrative, back.Narrative, buf.String())
			}
		}
	})
}
