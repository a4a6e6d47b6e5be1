package textio

import (
	"fmt"
	"strings"

	"nianbao/data/assemble"
	"nianbao/data/schema"
)

// scanLine reads a table line that has no cell separators: 「行政许可 2293」, or a crawled table
// whose labels and numbers run together 「规章 000行政规范性文件693665第二十条第（五）项…」. Rows are
// found by their labels in official order; the text between a label and the next holds that
// row's numbers, possibly followed by header words. Numbers are split into cells where the split
// is unambiguous, or made so by the row's sum relation (see divideRun).
func (p *parser) scanLine(no int, text string) {
	if len(text) > maxScanBytes {
		p.tbl.seen = true
		p.tablef(no, "%s中这一行过长（%d 字节），不像表格，未读取", p.tbl.t.Name, len(text))
		return
	}
	nt := newNormText(text)
	if nt.norm == "" {
		return
	}
	p.tbl.seen = true
	if assemble.IsFeeInYuan(nt.norm) {
		p.tbl.feeInYuan = true
	}
	if isVocabulary(nt.norm) {
		return
	}
	if p.tbl.t.Key == "t4" {
		p.scanT4(no, nt)
		return
	}
	type hit struct {
		blk        *schema.Block
		row        *schema.Row
		start, end int
	}
	var hits []hit
	pos := 0
	t := p.tbl.t
	for b := range t.Blocks {
		for r := range t.Blocks[b].Rows {
			row := &t.Blocks[b].Rows[r]
			best := hit{start: -1}
			for _, cand := range append([]string{row.Label}, row.Aliases...) {
				if s, e, ok := nt.index(schema.Normalize(cand), pos); ok && (best.start < 0 || s < best.start) {
					best = hit{blk: &t.Blocks[b], row: row, start: s, end: e}
				}
			}
			if best.start >= 0 {
				hits = append(hits, best)
				pos = best.end
			}
		}
	}
	if len(hits) == 0 {
		p.tablef(no, "%s中无法识别“%s”，未读取", t.Name, assemble.ClipText(text, 30))
		return
	}
	if lead := nt.norm[:hits[0].start]; !assemble.IsFeeInYuan(lead) && !isVocabulary(lead) {
		p.tablef(no, "%s中无法识别“%s”，未读取", t.Name, assemble.ClipText(nt.rawSlice(0, hits[0].start), 30))
	}
	for i, h := range hits {
		next := len(nt.norm)
		if i+1 < len(hits) {
			next = hits[i+1].start
		}
		p.scanRow(no, nt, h.blk, h.row, h.end, next)
	}
}

// maxScanBytes bounds a run-together table line: a whole crawled table 3 is some 3 KB.
const maxScanBytes = 64 << 10

// scanRow reads the numbers of one row found by scanLine, between normalised positions start
// and end.
func (p *parser) scanRow(no int, nt normText, blk *schema.Block, row *schema.Row, start, end int) {
	t := p.tbl.t
	folded := foldValueRunes(nt.rawSlice(start, end))
	k := len(folded) - len(strings.TrimLeft(folded, valueRunes))
	numbers, rest := folded[:k], newNormText(folded[k:]).norm
	if rest != "" && !isVocabulary(rest) && !assemble.IsFeeInYuan(rest) && !p.subtotalRow(no, rest) {
		p.tablef(no, "%s“%s”行后有无法识别的内容“%s”，未读取该内容", t.Name, row.Label, assemble.ClipText(trimLine(folded[k:]), 30))
	}
	if strings.HasPrefix(row.Key, "other.") {
		p.tbl.sawOtherRows = true
	}
	tokens := strings.Fields(numbers)
	if len(tokens) == 0 {
		return
	}
	split := p.divideRun(tokens, blk, []schema.Row{*row})
	what := fmt.Sprintf("%s“%s”行的数字连在一起（“%s”）", t.Name, row.Label, assemble.ClipText(strings.Join(tokens, " "), 40))
	keys := make([]string, len(blk.Columns))
	for i, c := range blk.Columns {
		keys[i] = schema.CellKey(t.Key, row.Key, c.Key)
	}
	if split.note != "" {
		p.tablef(no, "%s，%s", what, split.note)
		p.noteRow(t.Key + "." + row.Key)
	}
	if split.choices != nil {
		p.runs = append(p.runs, pendingRun{note: len(p.notes) - 1, rowKey: t.Key + "." + row.Key, keys: keys,
			choices: split.choices, what: what + "，" + split.ambiguity})
		return
	}
	if split.vals == nil {
		return
	}
	p.assign(no, t.Key+"."+row.Key, keys, split.vals)
}

// subtotalRow reports whether rest (normalised) is header words ending in a table-3 group label
// followed by that group's published subtotal, which is dropped. A lone （六）其他处理 with numbers
// is remembered: without its three rows it marks the 2019 layout.
func (p *parser) subtotalRow(no int, rest string) bool {
	n, last := vocabularyPrefix(rest)
	if n == 0 {
		return false
	}
	sub, ok := assemble.SubGroup(last)
	if !ok || strings.Trim(rest[n:], valueRunes) != "" {
		return false
	}
	if sub == assemble.OtherGroup && p.tbl.singleOther == 0 {
		p.tbl.singleOther = no
	}
	return true
}

// valueRunes may appear in the numbers of a run-together row.
const valueRunes = "0123456789.,/-— \t"

// foldValueRunes turns the full-width forms of value characters into ASCII.
func foldValueRunes(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= '０' && r <= '９':
			return r - '０' + '0'
		case r == '．':
			return '.'
		case r == '，':
			return ','
		case r == '／':
			return '/'
		case r == '－' || r == '–':
			return '-'
		case r == '\u3000':
			return ' '
		}
		return r
	}, s)
}

// scanT4 reads a table-4 line without separators: header words, then either the five numbers of
// one group (when the last header word names it) or all fifteen.
func (p *parser) scanT4(no int, nt normText) {
	blk := &p.tbl.t.Blocks[0]
	n, last := vocabularyPrefix(nt.norm)
	rest := foldValueRunes(nt.rawSlice(n, len(nt.norm)))
	if strings.Trim(rest, valueRunes) != "" {
		p.tablef(no, "表四中无法识别“%s”，未读取", assemble.ClipText(trimLine(rest), 30))
		return
	}
	tokens := strings.Fields(rest)
	if len(tokens) == 0 {
		return
	}
	split, rows := runSplit{}, blk.Rows
	for _, r := range blk.Rows {
		if schema.Normalize(r.Label) == last {
			split, rows = p.divideRun(tokens, blk, []schema.Row{r}), []schema.Row{r}
		}
	}
	// Numbers under a header ending in a group's label may still be all fifteen.
	if split.vals == nil {
		if all := p.divideRun(tokens, blk, blk.Rows); all.vals != nil || split.readings == 0 {
			split, rows = all, blk.Rows
		}
	}
	if split.note != "" {
		what := "表四"
		if len(rows) == 1 {
			what += "“" + rows[0].Label + "”行"
		}
		p.tablef(no, "%s的数字连在一起（“%s”），%s", what, assemble.ClipText(strings.Join(tokens, " "), 40), split.note)
		for _, r := range rows {
			p.noteRow("t4." + r.Key)
		}
	}
	if split.vals != nil {
		p.assignT4(no, rows, split.vals)
	}
}

// runSplit is how the numbers of a run-together line were divided among the cells of its rows.
type runSplit struct {
	vals     []string // the cells; nil when the numbers are left unread
	readings int      // readings of the numbers as the cells, ignoring sums, capped at 2
	note     string   // for the import note: how vals were inferred or why there are none; "" when they are as written
	// choices are the few splits that satisfy the sum relation when there is more than one;
	// the table's other relations may still pick one (see resolveRuns). ambiguity says so.
	choices   [][]string
	ambiguity string
}

// divideRun divides the numbers of a run-together line among the cells of rows of blk. The only
// reading is taken as written. Several readings of plain digits are narrowed by the block's sum
// relation: the one reading that satisfies it is taken, and noted as inferred because the
// checker can no longer catch a wrong total in it.
func (p *parser) divideRun(tokens []string, blk *schema.Block, rows []schema.Row) runSplit {
	n := len(rows) * len(blk.Columns)
	vals, readings := splitRun(tokens, n)
	out := runSplit{vals: vals, readings: readings}
	refused := fmt.Sprintf("无法确定如何分到%d列，未读取", n)
	rel, ok := sumRelationOf(blk, rows)
	if readings < 2 || !ok || !allDigits(tokens) {
		if readings != 1 {
			out.note = refused
		}
		return out
	}
	found := splitBySum(tokens, rel, &p.splitSteps)
	switch {
	case found.vals != nil:
		out.vals = found.vals
		out.note = fmt.Sprintf("已按%s唯一拆分为 %s（由合计推断），请对照原文核对", rel.phrase(), rel.describe(found.vals))
	case found.gaveUp:
		out.note = "可能的拆分太多，未能逐一核对合计，" + refused
	case found.matches == 0:
		out.note = fmt.Sprintf("没有满足%s的拆分，%s", rel.phrase(), refused)
	default:
		out.ambiguity = fmt.Sprintf("有%d种拆分都满足%s", found.matches, rel.phrase())
		out.note = out.ambiguity + "，" + refused
		out.choices = found.splits
	}
	return out
}

func allDigits(tokens []string) bool {
	for _, t := range tokens {
		if !isDigits(t) {
			return false
		}
	}
	return true
}

func (p *parser) assignT4(no int, rows []schema.Row, vals []string) {
	cols := p.tbl.t.Blocks[0].Columns
	for i, r := range rows {
		keys := make([]string, len(cols))
		for j, c := range cols {
			keys[j] = schema.CellKey("t4", r.Key, c.Key)
		}
		p.assign(no, "t4."+r.Key, keys, vals[i*len(cols):(i+1)*len(cols)])
	}
}
