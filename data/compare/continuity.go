package compare

import (
	"strings"

	"nianbao/data/report"
	"nianbao/data/rules"
	"nianbao/data/schema"
)

// CellRef names one cell of one year's report.
type CellRef struct {
	Year  int
	Key   string
	Label string
}

// Continuity is a break between the two years found by YOY-CARRY or YOY-IN-FORCE.
type Continuity struct {
	Finding rules.Finding // with Expected (from the base year) and Actual (the later year)
	// Fix is the later year's cell the finding proposes to mend.
	Fix CellRef
	// Against is the base year's cell it was checked against: mend that one instead when last
	// year's report was wrong.
	Against CellRef
}

// yearFindings runs the rule catalogue on the later year against the base year and keeps the
// findings that compare the two: YOY-* only when the years are adjacent (carry-over means
// nothing across a gap), TXT-SIMILAR always.
func yearFindings(a, b *report.Report, adjacent bool) []rules.Finding {
	var out []rules.Finding
	for _, f := range rules.Check(b, a) {
		switch {
		case f.Rule == "TXT-SIMILAR", adjacent && strings.HasPrefix(f.Rule, "YOY-"):
			out = append(out, f)
		}
	}
	return out
}

// continuity locates the cells of each YOY finding in both years.
func continuity(a, b *report.Report, findings []rules.Finding) []Continuity {
	var out []Continuity
	for _, f := range findings {
		_, subject, _ := strings.Cut(f.ID, "/")
		var fix, against string
		switch f.Rule {
		case "YOY-CARRY":
			fix, against = schema.CellKey("t3", "carried", subject), schema.CellKey("t3", "carry_next", subject)
		case "YOY-IN-FORCE":
			fix = schema.CellKey("t2", subject, "in_force")
			against = fix
		default:
			continue
		}
		out = append(out, Continuity{Finding: f, Fix: ref(b, fix), Against: ref(a, against)})
	}
	return out
}

func ref(r *report.Report, key string) CellRef {
	c := CellRef{Year: r.Meta.Year, Key: key}
	if cell, ok := schema.Lookup(key); ok {
		c.Label = cell.Label()
	}
	return c
}
