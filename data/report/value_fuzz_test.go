package report

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzParseValue feeds arbitrary cell text to ParseValue. It must never panic; a value it accepts
// must read back unchanged from its own written form; a refusal must be a readable message that
// quotes the input. (Text reaching ParseValue is UTF-8: the importers check files, JSON decoding
// replaces bad bytes; invalid input is only required not to crash.) The seed corpus is in
// testdata/fuzz/FuzzParseValue.
func FuzzParseValue(f *testing.F) {
	f.Fuzz(func(t *testing.T, in string) {
		// Whatever is typed is kept: as a value, or as the text exactly, which JSON carries back.
		cell := ReadCell(in)
		if cell.State == Invalid && cell.String() != in {
			t.Fatalf("ReadCell(%q) shows %q", in, cell.String())
		}
		if b, err := cell.MarshalJSON(); err == nil && utf8.ValidString(in) {
			var back Value
			if err := back.UnmarshalJSON(b); err != nil || back != cell {
				t.Fatalf("ReadCell(%q) = %+v reads back from %s as %+v (%v)", in, cell, b, back, err)
			}
		}
		v, err := ParseValue(in)
		if err != nil {
			msg := err.Error()
			if utf8.ValidString(in) && !utf8.ValidString(msg) || !strings.HasPrefix(msg, "“") {
				t.Fatalf("ParseValue(%q): message %q does not quote the input", in, msg)
			}
			return
		}
		back, err := ParseValue(v.String())
		if err != nil || back != v {
			t.Fatalf("ParseValue(%q) = %+v, but its text %q reads back as %+v (%v)", in, v, v.String(), back, err)
		}
		if v.State == Number && (v.N > Int(maxWhole)+Scale || v.N < -Int(maxWhole)-Scale) {
			t.Fatalf("ParseValue(%q) = %v, beyond the accepted range", in, v.N)
		}
	})
}
