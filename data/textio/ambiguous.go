package textio

import (
	"fmt"
	"strings"

	"nianbao/data/report"
	"nianbao/data/rules"
)

// maxRunCombinations bounds the combinations of splits tried across a table's ambiguous rows.
const maxRunCombinations = 64

// pendingRun is a table row whose run-together numbers several splits fit, each satisfying the
// row's own total. Whether one of them also fits the rest of the table is known only once the
// whole table is read.
type pendingRun struct {
	note    int // index in parser.notes of the row's note, which says it was not read until a choice is made
	rowKey  string
	keys    []string
	choices [][]string
	what    string // the start of the note: which row, its numbers, how many splits fit
}

// resolveRuns settles the rows that several splits fit. Every combination of their splits is
// put into r; when exactly one combination makes every arithmetic relation reading those cells
// hold (table 3's column totals and its balance as well as the row totals), it is taken and
// noted as inferred. Otherwise the rows stay blank, their notes saying why.
func (p *parser) resolveRuns(r *report.Report) {
	var runs []pendingRun
	var keys []string
	combinations := 1
	for _, run := range p.runs {
		if _, ok := p.filled[run.rowKey]; ok {
			continue // another line gave this row's numbers; those stand
		}
		runs = append(runs, run)
		keys = append(keys, run.keys...)
		combinations *= len(run.choices)
		if combinations > maxRunCombinations {
			break
		}
	}
	if len(runs) == 0 {
		return
	}
	var chosen []int
	fits := 0
	if combinations <= maxRunCombinations {
		pick := make([]int, len(runs))
		for c := range combinations {
			for i, run := range runs {
				pick[i] = c % len(run.choices)
				c /= len(run.choices)
				setCells(r, run.keys, run.choices[pick[i]])
			}
			if rules.Hold(r, keys) {
				fits++
				chosen = append(chosen[:0], pick...)
			}
		}
	}
	for i, run := range runs {
		if fits != 1 {
			setCells(r, run.keys, make([]string, len(run.keys)))
			continue
		}
		vals := run.choices[chosen[i]]
		setCells(r, run.keys, vals)
		p.notes[run.note].text = fmt.Sprintf("%s，其中只有 %s 与表中其他合计相符，已采用（由合计推断），请对照原文核对", run.what, strings.Join(vals, "、"))
		p.rowNotes = append(p.rowNotes, rowNote{prefix: run.rowKey + ".", note: run.note})
	}
}

// setCells writes the digits of a split into the cells named by keys; "" leaves a cell blank.
func setCells(r *report.Report, keys, texts []string) {
	for i, k := range keys {
		v, _ := report.ParseValue(texts[i])
		r.Set(k, v)
	}
}
