package textio

import (
	"os"
	"strings"
	"testing"

	"nianbao/data/report"
)

// pingtanWith is the crawled Pingtan page with replacements applied, each of which must apply.
func pingtanWith(t *testing.T, pairs ...string) *report.Report {
	t.Helper()
	b, err := os.ReadFile("testdata/pingtan-2021.page.txt")
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	for i := 0; i < len(pairs); i += 2 {
		if !strings.Contains(text, pairs[i]) {
			t.Fatalf("page has no %q", pairs[i])
		}
		text = strings.Replace(text, pairs[i], pairs[i+1], 1)
	}
	r, err := Read(strings.NewReader(text), "pingtan.txt")
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// Rows that several splits fit are read only when exactly one combination of their splits fits
// the rest of table 3; otherwise they stay blank and their notes say why.
func TestAmbiguousRowsNeedTheWholeTable(t *testing.T) {
	tests := []struct {
		name    string
		pairs   []string
		granted string // t3.granted.natural as read; "" for blank
		note    string // what the note on 予以公开 ends with
	}{
		{"column totals decide", nil, "27", "其中只有 27、0、0、2、0、1、30 与表中其他合计相符，已采用（由合计推断），请对照原文核对"},
		{"a missing row leaves the column totals undecided",
			[]string{"2.重复申请0000000", ""}, "", "有2种拆分都满足“总计等于各列之和”，无法确定如何分到7列，未读取"},
		{"a published total that fits no combination",
			[]string{"（七）总计630020469", "（七）总计640020470"}, "", "有2种拆分都满足“总计等于各列之和”，无法确定如何分到7列，未读取"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := pingtanWith(t, tt.pairs...)
			got := r.Get("t3.granted.natural")
			if (tt.granted == "" && got.State != report.Blank) || (tt.granted != "" && got.String() != tt.granted) {
				t.Errorf("t3.granted.natural = %q, want %q", got.String(), tt.granted)
			}
			for _, n := range r.Source.ImportNotes {
				if strings.Contains(n, "“（一）予以公开”") {
					if !strings.HasSuffix(n, tt.note) {
						t.Errorf("note %q, want it to end with %q", n, tt.note)
					}
					return
				}
			}
			t.Errorf("no note on 予以公开: %q", r.Source.ImportNotes)
		})
	}
}

// A row that another line of the document gives is not overwritten by a choice of splits.
func TestAmbiguousRowGivenElsewhereStands(t *testing.T) {
	keys := []string{"t3.granted.natural", "t3.granted.commercial", "t3.granted.research", "t3.granted.social",
		"t3.granted.legal", "t3.granted.other", "t3.granted.total"}
	r := report.New("测试县民政局", 2024)
	r.Set("t3.granted.natural", report.Count(26))
	p := &parser{
		filled: map[string]int{"t3.granted": 12},
		notes:  []note{{no: 10, text: "未读取", table: true}},
		runs: []pendingRun{{note: 0, rowKey: "t3.granted", keys: keys,
			choices: [][]string{{"27", "0", "0", "2", "0", "1", "30"}, {"2", "7", "0", "0", "20", "1", "30"}}}},
	}
	p.resolveRuns(r)
	if got := r.Get("t3.granted.natural"); got != report.Count(26) {
		t.Errorf("t3.granted.natural = %q, want the 26 given elsewhere", got.String())
	}
	if p.notes[0].text != "未读取" {
		t.Errorf("note rewritten: %q", p.notes[0].text)
	}
}
