package rules

import "testing"

// Whatever a profile file holds, ParseProfile returns a profile or an error; a profile it returns
// checks a report without panicking.
func FuzzParseProfile(f *testing.F) {
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := ParseProfile(data)
		if err != nil {
			return
		}
		if p.Name == "" || p.S1MaxChars < 0 || p.Similarity < 0 || p.Similarity > SimilarityThreshold {
			t.Fatalf("accepted %+v", p)
		}
		Env{Profile: p}.Check(dueReport("某区财政局", false, "县级", ""), nil)
	})
}
