package main

import (
	"context"
	"fmt"
	"io"
	"math"

	"nianbao/data/compare"
	"nianbao/data/report"
	"nianbao/data/rules"
	"nianbao/data/store"
)

// dbCompare runs `db compare AGENCY YEAR_A YEAR_B [--json]` on an open store: the two years of
// one agency side by side, as JSON per the spec or as readable Chinese text.
func dbCompare(ctx context.Context, st *store.Store, a dbArgs, stdout, stderr io.Writer) int {
	asJSON, pos := a.json, a.pos
	agency := pos[0]
	var years [2]int
	for i, s := range pos[1:] {
		y, err := parseYear(s)
		if err != nil {
			printErr(stderr, "db compare", err)
			return 2
		}
		years[i] = y
	}
	if years[0] == years[1] {
		fmt.Fprintf(stderr, "nianbao-cli db compare：请给出两个不同的年度（两次都是%d年）\n", years[0])
		return 2
	}
	if years[0] > years[1] {
		years[0], years[1] = years[1], years[0]
	}
	var reps [2]*report.Report
	for i, y := range years {
		r, _, err := st.Load(ctx, agency, y)
		if err != nil {
			printErr(stderr, "db compare", err)
			return 2
		}
		reps[i] = r
	}
	c := compare.Compare(reps[0], reps[1])
	if asJSON {
		if err := writeJSON(stdout, newCompareJSON(c)); err != nil {
			printErr(stderr, "db compare", err)
			return 2
		}
		return 0
	}
	writeCompareText(stdout, c)
	return 0
}

// compareJSON is the output of `db compare --json`; agency, years, rows, findings and similarity
// are the spec's stable contract, the other fields are additions.
type compareJSON struct {
	Agency     string             `json:"agency"`
	Years      [2]int             `json:"years"`
	Rows       []compareRowJSON   `json:"rows"`
	Findings   []rules.Finding    `json:"findings"`
	Similarity map[string]float64 `json:"similarity"`

	Adjacent        bool               `json:"adjacent"`
	Main            []compareRowJSON   `json:"main"`
	Ratios          []ratioJSON        `json:"ratios"`
	FieldSimilarity map[string]float64 `json:"field_similarity"`
	Draft           string             `json:"draft"`
}

// compareRowJSON is one figure: values null when blank or not applicable, pct null when the base
// is 0, blank or not applicable.
type compareRowJSON struct {
	Key      string           `json:"key"`
	Label    string           `json:"label"`
	Values   [2]*report.Fixed `json:"values"`
	Delta    *report.Fixed    `json:"delta"`
	Pct      *float64         `json:"pct"`
	BigSwing bool             `json:"big_swing"`
}

type ratioJSON struct {
	Key    string      `json:"key"`
	Label  string      `json:"label"`
	Values [2]*float64 `json:"values"`
}

func newCompareJSON(c *compare.Comparison) compareJSON {
	j := compareJSON{Agency: c.Agency, Years: c.Years, Adjacent: c.Adjacent,
		Rows: rowsJSON(c.Rows), Main: rowsJSON(c.Main), Findings: make([]rules.Finding, len(c.Findings)),
		Similarity: map[string]float64{}, FieldSimilarity: map[string]float64{}, Draft: compare.Draft(c)}
	for i, f := range c.Findings {
		if f.Cells == nil {
			f.Cells = []string{} // the contract shows a list, never null
		}
		j.Findings[i] = f
	}
	for _, r := range c.Ratios {
		j.Ratios = append(j.Ratios, ratioJSON{Key: r.Key, Label: r.Label, Values: r.Values})
	}
	for _, s := range c.Sections {
		j.Similarity[s.Key] = round4(s.Similarity)
	}
	for _, f := range c.Fields {
		j.FieldSimilarity[f.Key] = round4(f.Similarity)
	}
	return j
}

func rowsJSON(rows []compare.Row) []compareRowJSON {
	out := make([]compareRowJSON, len(rows))
	for i, r := range rows {
		out[i] = compareRowJSON{Key: r.Key, Label: r.Label, Delta: r.Delta, Pct: r.Pct, BigSwing: r.BigSwing}
		for y, v := range r.Values {
			if v.IsNumber() {
				out[i].Values[y] = &v.N
			}
		}
	}
	return out
}

// round4 keeps a 0–1 similarity to 4 decimals: enough to tell 0.4999 from the 0.5 threshold.
func round4(x float64) float64 { return math.Round(x*10000) / 10000 }
