package rules_test

import (
	"os"
	"strings"
	"testing"

	"nianbao/data/rules"
	"nianbao/data/textio"
)

func findings(fs []rules.Finding, rule string) []rules.Finding {
	var out []rules.Finding
	for _, f := range fs {
		if f.Rule == rule {
			out = append(out, f)
		}
	}
	return out
}

// The new rules raise nothing on the real reports the repository keeps.
func TestReviewRulesQuietOnRealReports(t *testing.T) {
	for _, path := range []string{"../textio/testdata/xixiayuan-2023.txt", "../textio/testdata/pingtan-2021.page.txt"} {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		r, err := textio.Read(strings.NewReader(string(b)), path)
		if err != nil {
			t.Fatal(err)
		}
		for _, rule := range []string{"TXT-PERIOD", "TXT-TERM", "S1-GOV-ASSESS", "YOY-SAME-TABLES", "YOY-PREV-YEAR"} {
			if fs := findings(rules.Check(r, nil), rule); len(fs) != 0 {
				t.Errorf("%s: %v", path, fs)
			}
		}
	}
}
