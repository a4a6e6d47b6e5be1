package pdfdoc

import (
	"strings"

	"nianbao/data/assemble"
	"nianbao/data/document"
)

// Tables printed without ruling lines (a web page converted by LibreOffice drops the CSS
// borders; some editors draw none) are rebuilt from the text positions: a row is a line whose
// right-hand part is values standing apart from each other and from the label (gaps wider than
// a character), with the label's wrapped lines below it; rows that follow each other closely
// make one table. Everything else stays text. Header lines are left as text, so that values are
// taken by their order in the row, never by a header guessed from scattered words.

// Gaps in units of the line's type size.
const (
	figureGap       = 0.3 // next to a figure, a gap this wide separates cells of a row
	textGap         = 1.5 // between two runs of text, a gap this wide does
	wrapGap         = 0.7 // a label's next line follows within this gap
	rowGap          = 3.0 // rows of one table follow within this gap
	minValuesNoText = 5   // a row of values alone (表四 as one row of 15) has at least this many
)

// segment is a run of a line's characters between cell gaps.
type segment struct {
	text        string
	left, right float64
}

// segments cuts a line at its cell gaps. Figures stand apart from each other and from the label
// by more than digits of one number do; two runs of Chinese text only by a wide gap, since the
// ink of 「、」 or 「（」 leaves a gap of its own. The text layer's spaces are no characters here.
func segments(l textLine) []segment {
	em := l.bottom - l.top
	var cs []char
	for _, c := range l.chars {
		if strings.TrimSpace(c.text) != "" {
			cs = append(cs, c)
		}
	}
	var out []segment
	start := 0
	for i := 1; i <= len(cs); i++ {
		if i < len(cs) && !cellBreak(cs[i-1], cs[i], em) {
			continue
		}
		run := cs[start:i]
		if t := joinChars(run); t != "" {
			out = append(out, segment{text: t, left: run[0].left, right: run[len(run)-1].right})
		}
		start = i
	}
	return out
}

// cellBreak reports whether the gap between two characters of a line separates cells.
func cellBreak(a, b char, em float64) bool {
	gap := b.left - a.right
	if figure(a.text) || figure(b.text) {
		return gap > em*figureGap
	}
	return gap > em*textGap
}

// figure reports whether a character is part of a value: a digit, a decimal point, a dash or
// slash for 不适用.
func figure(s string) bool {
	return s != "" && strings.Trim(s, "0123456789.．/／-—") == ""
}

// unruledRow is one row being built: its label, its values, where the values start.
type unruledRow struct {
	label           string
	labelLeft       float64
	valuesLeft      float64
	values          []string
	top, bottom, em float64
	line            int // 1-based line of the page
}

// dataRow reads a line as a table row: text segments then at least one value segment, or values
// alone when there are enough of them.
func dataRow(l textLine, line int) (unruledRow, bool) {
	segs := segments(l)
	first := len(segs)
	for first > 0 && assemble.IsValue(segs[first-1].text) {
		first--
	}
	n := len(segs) - first
	if n == 0 || (first == 0 && n < minValuesNoText) {
		return unruledRow{}, false
	}
	row := unruledRow{valuesLeft: segs[first].left, top: l.top, bottom: l.bottom, em: l.bottom - l.top, line: line}
	for _, s := range segs[first:] {
		row.values = append(row.values, s.text)
	}
	if first > 0 {
		row.label, row.labelLeft = segs[first-1].text, segs[first-1].left
	}
	return row, true
}

// unruledTables takes the rows of unruled tables out of a page's lines. It returns the lines
// that stay text and the tables with the top of each. A row's label may be set over several
// lines with its values on the first or, centred, on a middle one: the lines right above a row
// that stand left of its values and do not belong to the row before (which an item number
// tells: 「4.」「（二）」) and the lines right under it are the label's.
func unruledTables(ls []textLine, pageNo int) (rest []textLine, tables []*document.Table, tops []float64) {
	var cur []unruledRow
	var above []int // lines (indexes into ls) since the last row, not yet known to be text
	flush := func() {
		if len(cur) == 0 {
			return
		}
		t := &document.Table{Pos: document.Pos{Page: pageNo, Line: cur[0].line}}
		for _, r := range cur {
			var cells []document.Cell
			at := document.Pos{Page: pageNo, Line: r.line}
			if r.label != "" {
				cells = append(cells, document.Cell{Text: r.label, Pos: at})
			}
			for _, v := range r.values {
				cells = append(cells, document.Cell{Text: v, Pos: at})
			}
			t.Rows = append(t.Rows, cells)
		}
		tables, tops = append(tables, t), append(tops, cur[0].top)
		cur = nil
	}
	keepAbove := func() {
		for _, i := range above {
			rest = append(rest, ls[i])
		}
		above = nil
	}
	for i, l := range ls {
		row, ok := dataRow(l, i+1)
		if !ok {
			if len(cur) > 0 && len(above) == 0 {
				last := &cur[len(cur)-1]
				if wrapped, ok := labelWrap(l, last); ok {
					last.label = joinLines(last.label, wrapped)
					last.bottom = l.bottom
					continue
				}
			}
			if len(above) > 0 && l.top-ls[above[len(above)-1]].bottom > (l.bottom-l.top)*wrapGap {
				if len(cur) > 0 {
					flush()
				}
				keepAbove()
			}
			above = append(above, i)
			continue
		}
		if n := labelAbove(ls, above, row); n > 0 {
			// The lines before those stay text.
			keep := above[:len(above)-n]
			took := above[len(above)-n:]
			above = keep
			if len(keep) > 0 && len(cur) > 0 {
				flush()
			}
			keepAbove()
			var parts []string
			for _, k := range took {
				parts = append(parts, ls[k].text)
			}
			row.label = joinLines(strings.Join(parts, ""), row.label)
			row.top = ls[took[0]].top
		} else if len(above) > 0 {
			flush()
			keepAbove()
		}
		if len(cur) > 0 && row.top-cur[len(cur)-1].bottom > row.em*rowGap {
			flush()
		}
		cur = append(cur, row)
	}
	flush()
	keepAbove()
	return rest, tables, tops
}

// labelAbove is how many of the lines above (the last ones) are the first lines of row's label:
// lines chained closely down to the row, left of its values, the first of them starting with an
// item number when the row has no label of its own.
func labelAbove(ls []textLine, above []int, row unruledRow) int {
	n := 0
	next := row.top
	for k := len(above) - 1; k >= 0; k-- {
		l := ls[above[k]]
		if next-l.bottom > row.em*wrapGap || l.right > row.valuesLeft {
			break
		}
		n++
		next = l.top
		if startsItem(l.text) || startsNumber(l.text) {
			return n
		}
	}
	if row.label == "" {
		return n
	}
	return 0
}

// startsNumber reports whether a line begins with an item number 「4.」「4、」.
func startsNumber(s string) bool {
	i := strings.IndexFunc(s, func(r rune) bool { return r < '0' || r > '9' })
	return i > 0 && strings.ContainsAny(s[i:i+1], ".、．")
}

// labelWrap reports whether a line right under a row is part of the row: text standing left of
// its values that starts no item of its own. The part in the label's column continues the label;
// what stands further left is a group label set over several rows (「三、本年度办理结果」 broken
// into 「度办理结」「果」), which the row's own label already places.
func labelWrap(l textLine, row *unruledRow) (string, bool) {
	if l.top-row.bottom > row.em*wrapGap || l.right > row.valuesLeft || startsItem(l.text) || startsNumber(l.text) {
		return "", false
	}
	var parts []string
	for _, s := range segments(l) {
		if row.label == "" || s.left >= row.labelLeft-row.em*0.5 {
			parts = append(parts, s.text)
		}
	}
	return strings.Join(parts, ""), true
}
