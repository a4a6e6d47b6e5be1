package report

import "testing"

// A date that parses writes back as DateLayout and parses again to the same day.
func FuzzParseDate(f *testing.F) {
	f.Fuzz(func(t *testing.T, in string) {
		d, err := ParseDate(in)
		if err != nil {
			return
		}
		again, err := ParseDate(FormatDate(d))
		if err != nil || !again.Equal(d) {
			t.Fatalf("ParseDate(%q) = %s, which reads back as %s (%v)", in, FormatDate(d), again, err)
		}
	})
}
