package pdfdoc

import (
	"math"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"nianbao/data/document"
)

// A page as the reader takes it from PDFium, in points with y growing downwards from the top of
// the page, so that reading order is top to bottom.
type page struct {
	no            int // 1-based
	width, height float64
	chars         []char
	hlines        []hline // horizontal ruling lines
	vlines        []vline // vertical ruling lines
	// opensAt and runsOn say whether the page's first paragraph may continue the previous
	// page's (it starts at the margin, with no item number) and whether its last one may go on
	// (its last line runs to the margin): a paragraph broken by the page.
	opensAt, runsOn bool
}

// char is one character of the text layer with its box.
type char struct {
	text                     string
	left, top, right, bottom float64
}

func (c char) cx() float64 { return (c.left + c.right) / 2 }
func (c char) cy() float64 { return (c.top + c.bottom) / 2 }

// hline is a horizontal ruling at y from x1 to x2; vline a vertical one at x from y1 to y2.
type hline struct{ y, x1, x2 float64 }
type vline struct{ x, y1, y2 float64 }

// Tolerances in points: lines drawn as thin boxes or as the edges of cell rectangles meet
// within a line width; characters of one line share most of their height.
const (
	snap      = 2.0 // rulings this close are one
	thinLine  = 3.0 // a path box this thin is a line
	minTable  = 2   // rows and columns a ruled table has at least
	maxRules  = 5000
	edgeShare = 0.12 // top and bottom bands of a page where running heads and page numbers stand
)

// addBox adds the ruling a path's bounds stand for: a thin box is a line, a larger one a
// rectangle whose four edges are lines (cells drawn as rectangles).
func (p *page) addBox(left, top, right, bottom float64, rect bool) {
	if len(p.hlines)+len(p.vlines) > maxRules {
		return
	}
	w, h := right-left, bottom-top
	switch {
	case w <= thinLine && h > thinLine:
		p.vlines = append(p.vlines, vline{(left + right) / 2, top, bottom})
	case h <= thinLine && w > thinLine:
		p.hlines = append(p.hlines, hline{(top + bottom) / 2, left, right})
	case rect && w > thinLine && h > thinLine:
		p.hlines = append(p.hlines, hline{top, left, right}, hline{bottom, left, right})
		p.vlines = append(p.vlines, vline{left, top, bottom}, vline{right, top, bottom})
	}
}

// ruledTable is a table found from ruling lines: its column and row boundaries and which
// boundaries between neighbouring grid cells are drawn.
type ruledTable struct {
	xs, ys []float64
	top    float64
	hl     []hline
	vl     []vline
}

// tables finds the ruled tables of the page: groups of rulings that touch each other.
func (p *page) tables() []*ruledTable {
	n := len(p.hlines) + len(p.vlines)
	parent := make([]int, n)
	for i := range parent {
		parent[i] = i
	}
	find := func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	for i, h := range p.hlines {
		for j, v := range p.vlines {
			if v.x >= h.x1-snap && v.x <= h.x2+snap && h.y >= v.y1-snap && h.y <= v.y2+snap {
				parent[find(i)] = find(len(p.hlines) + j)
			}
		}
	}
	groups := map[int]*ruledTable{}
	var order []int
	for i, h := range p.hlines {
		r := find(i)
		if groups[r] == nil {
			groups[r] = &ruledTable{}
			order = append(order, r)
		}
		groups[r].hl = append(groups[r].hl, h)
	}
	for j, v := range p.vlines {
		r := find(len(p.hlines) + j)
		if groups[r] == nil {
			groups[r] = &ruledTable{}
			order = append(order, r)
		}
		groups[r].vl = append(groups[r].vl, v)
	}
	var out []*ruledTable
	for _, r := range order {
		t := groups[r]
		for _, h := range t.hl {
			t.ys = append(t.ys, h.y)
		}
		for _, v := range t.vl {
			t.xs = append(t.xs, v.x)
		}
		t.xs, t.ys = cluster(t.xs), cluster(t.ys)
		if len(t.xs) < minTable+1 || len(t.ys) < minTable {
			continue
		}
		t.top = t.ys[0]
		out = append(out, t)
	}
	slices.SortFunc(out, func(a, b *ruledTable) int { return cmpFloat(a.top, b.top) })
	return out
}

// cluster sorts positions and merges those within snap of each other.
func cluster(v []float64) []float64 {
	slices.Sort(v)
	var out []float64
	for _, x := range v {
		if len(out) > 0 && x-out[len(out)-1] <= snap {
			continue
		}
		out = append(out, x)
	}
	return out
}

func cmpFloat(a, b float64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// vDrawn reports whether a vertical ruling at x crosses the band between y1 and y2.
func (t *ruledTable) vDrawn(x, y1, y2 float64) bool {
	mid := (y1 + y2) / 2
	for _, v := range t.vl {
		if math.Abs(v.x-x) <= snap && v.y1-snap <= mid && mid <= v.y2+snap {
			return true
		}
	}
	return false
}

// hDrawn reports whether a horizontal ruling at y crosses the band between x1 and x2.
func (t *ruledTable) hDrawn(y, x1, x2 float64) bool {
	mid := (x1 + x2) / 2
	for _, h := range t.hl {
		if math.Abs(h.y-y) <= snap && h.x1-snap <= mid && mid <= h.x2+snap {
			return true
		}
	}
	return false
}

// contains reports whether a point lies inside the table.
func (t *ruledTable) contains(x, y float64) bool {
	return x >= t.xs[0] && x <= t.xs[len(t.xs)-1] && y >= t.ys[0] && y <= t.ys[len(t.ys)-1]
}

// cells rebuilds the table's cells from its grid: neighbouring grid cells without a drawn
// boundary between them are one merged cell, and the characters inside a cell are its text.
// Rows follow the HTML model: a row lists the cells that start in it.
func (t *ruledTable) cells(chars []char, pageNo int) *document.Table {
	rows, cols := len(t.ys)-1, len(t.xs)-1
	id := make([][]int, rows)
	for r := range id {
		id[r] = make([]int, cols)
		for c := range id[r] {
			id[r][c] = -1
		}
	}
	type box struct{ r0, c0, r1, c1 int }
	var boxes []box
	for r := range rows {
		for c := range cols {
			if id[r][c] >= 0 {
				continue
			}
			// Grow right while no vertical boundary is drawn, then down while no horizontal
			// boundary is drawn under the whole width.
			c1 := c
			for c1+1 < cols && !t.vDrawn(t.xs[c1+1], t.ys[r], t.ys[r+1]) {
				c1++
			}
			r1 := r
			for r1+1 < rows {
				open := true
				for k := c; k <= c1; k++ {
					if t.hDrawn(t.ys[r1+1], t.xs[k], t.xs[k+1]) || id[r1+1][k] >= 0 {
						open = false
						break
					}
				}
				if !open {
					break
				}
				r1++
			}
			for rr := r; rr <= r1; rr++ {
				for cc := c; cc <= c1; cc++ {
					id[rr][cc] = len(boxes)
				}
			}
			boxes = append(boxes, box{r, c, r1, c1})
		}
	}
	texts := make([][]char, len(boxes))
	for _, ch := range chars {
		r := slot(t.ys, ch.cy())
		c := slot(t.xs, ch.cx())
		if r >= 0 && c >= 0 {
			texts[id[r][c]] = append(texts[id[r][c]], ch)
		}
	}
	out := &document.Table{Rows: make([][]document.Cell, rows), Pos: document.Pos{Page: pageNo}}
	for i, b := range boxes {
		out.Rows[b.r0] = append(out.Rows[b.r0], document.Cell{Text: lineText(texts[i]), RowSpan: b.r1 - b.r0 + 1,
			ColSpan: b.c1 - b.c0 + 1, Pos: document.Pos{Page: pageNo}})
	}
	// Rows that are no more than a ruling's double line hold nothing: drop them.
	kept := out.Rows[:0]
	for r, row := range out.Rows {
		if t.ys[r+1]-t.ys[r] > snap*2 || len(row) > 0 && hasText(row) {
			kept = append(kept, row)
		}
	}
	out.Rows = kept
	return out
}

func hasText(row []document.Cell) bool {
	for _, c := range row {
		if strings.TrimSpace(c.Text) != "" {
			return true
		}
	}
	return false
}

// slot is the index of the interval of bounds that holds v, -1 outside.
func slot(bounds []float64, v float64) int {
	for i := 0; i+1 < len(bounds); i++ {
		if v >= bounds[i] && v < bounds[i+1] {
			return i
		}
	}
	return -1
}

// textLine is one line of text: its characters left to right.
type textLine struct {
	chars             []char
	top, bottom, left float64
	right             float64
	text              string
}

// lines groups characters into lines: characters whose vertical centre lies within the height
// of the line being built belong to it. Line-end markers of the text layer are dropped.
func lines(chars []char) []textLine {
	var cs []char
	for _, c := range chars {
		if c.text == "\r" || c.text == "\n" || c.text == "" {
			continue
		}
		cs = append(cs, c)
	}
	slices.SortStableFunc(cs, func(a, b char) int { return cmpFloat(a.cy(), b.cy()) })
	var out []textLine
	for _, c := range cs {
		// A character joins a recent line its box overlaps for most of the smaller height, so
		// that quotation marks and punctuation set high or low stay in their line.
		joined := false
		for k := len(out) - 1; k >= max(0, len(out)-3); k-- {
			l := &out[k]
			overlap := min(l.bottom, c.bottom) - max(l.top, c.top)
			if smaller := min(l.bottom-l.top, c.bottom-c.top); overlap > 0 && overlap >= smaller*0.5 || smaller <= 0 && overlap >= 0 {
				l.chars = append(l.chars, c)
				l.top, l.bottom = min(l.top, c.top), max(l.bottom, c.bottom)
				joined = true
				break
			}
		}
		if !joined {
			out = append(out, textLine{chars: []char{c}, top: c.top, bottom: c.bottom})
		}
	}
	slices.SortStableFunc(out, func(a, b textLine) int { return cmpFloat(a.top, b.top) })
	for i := range out {
		l := &out[i]
		slices.SortStableFunc(l.chars, func(a, b char) int { return cmpFloat(a.left, b.left) })
		l.left, l.right = l.chars[0].left, l.chars[len(l.chars)-1].right
		l.text = joinChars(l.chars)
	}
	return out
}

// joinChars writes a line's characters. A space stands where the text layer has one or where
// a gap wider than a character separates them, except next to Chinese text, which has none
// (PDF writers put spaces where text was justified or set in cells).
func joinChars(cs []char) string {
	var b strings.Builder
	pendingSpace := false
	var last rune
	// Glyph boxes are ink, not advance: a "1" is narrow. Gaps are measured against the size
	// of the type, taken as the tallest character.
	em := 1.0
	for _, c := range cs {
		em = max(em, c.bottom-c.top)
	}
	for i, c := range cs {
		if c.text == " " || c.text == "\u00a0" {
			pendingSpace = b.Len() > 0
			continue
		}
		if i > 0 {
			pendingSpace = pendingSpace || b.Len() > 0 && c.left-cs[i-1].right > em*0.6
		}
		first, _ := utf8.DecodeRuneInString(c.text)
		if pendingSpace && !wide(last) && !wide(first) {
			b.WriteByte(' ')
		}
		pendingSpace = false
		b.WriteString(c.text)
		last, _ = utf8.DecodeLastRuneInString(c.text)
	}
	return strings.TrimSpace(collapseSpaces(b.String()))
}

var spaces = regexp.MustCompile(`\s+`)

func collapseSpaces(s string) string { return spaces.ReplaceAllString(s, " ") }

// lineText is the text of a cell's characters, line by line.
func lineText(cs []char) string {
	var parts []string
	for _, l := range lines(cs) {
		parts = append(parts, l.text)
	}
	return strings.Join(parts, "\n")
}

// pageNumber matches what a page's foot or head carries as its number: 「— 3 —」「- 3 -」「3」
// 「第3页」「第 3 页 共 6 页」「3/6」.
var pageNumber = regexp.MustCompile(`^[-—–－‐\s]*(第\s*)?\d{1,4}(\s*页)?(\s*(/|共)\s*\d{1,4}\s*页?)?[-—–－‐\s]*$`)

// paragraphs joins the lines outside tables into paragraphs: a line starts a new paragraph when
// it is indented, when the line before it ended short of the right margin, or after a gap
// larger than a line. Page numbers in the head or foot of the page are dropped.
func (p *page) paragraphs(ls []textLine) []*document.Paragraph {
	left, right := math.Inf(1), math.Inf(-1)
	for _, l := range ls {
		left, right = min(left, l.left), max(right, l.right)
	}
	var out []*document.Paragraph
	var prev *textLine
	for i := range ls {
		l := &ls[i]
		if (l.bottom < p.height*edgeShare || l.top > p.height*(1-edgeShare)) && pageNumber.MatchString(l.text) {
			continue
		}
		em := l.bottom - l.top
		startNew := prev == nil || l.left > left+em*1.2 || prev.right < right-em*1.5 ||
			l.top-prev.bottom > em*1.2 || startsItem(l.text)
		if startNew {
			if prev == nil {
				p.opensAt = l.left <= left+em*1.2 && !startsItem(l.text)
			}
			out = append(out, &document.Paragraph{Text: l.text, Pos: document.Pos{Page: p.no, Line: i + 1}})
		} else {
			last := out[len(out)-1]
			last.Text = joinLines(last.Text, l.text)
		}
		prev = l
	}
	p.runsOn = prev != nil && prev.right >= right-(prev.bottom-prev.top)*1.5
	return out
}

// startsItem reports whether a line begins with a heading's or an item's number (「一、」「（二）」
// 「3.」「4、」), which starts a paragraph even when the line before it ran to the margin.
func startsItem(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	switch {
	case strings.ContainsRune("一二三四五六七八九十", r):
		rest := strings.TrimLeft(s, "一二三四五六七八九十")
		return strings.HasPrefix(rest, "、")
	case r == '（' || r == '(':
		return strings.HasPrefix(strings.TrimLeft(s[utf8.RuneLen(r):], "一二三四五六七八九十"), "）") ||
			strings.HasPrefix(strings.TrimLeft(s[utf8.RuneLen(r):], "一二三四五六七八九十"), ")")
	}
	return false
}

// joinLines joins a wrapped line to its paragraph: Chinese text wraps without a space, words
// of other scripts with one.
func joinLines(a, b string) string {
	ra, _ := utf8.DecodeLastRuneInString(a)
	rb, _ := utf8.DecodeRuneInString(b)
	if wide(ra) || wide(rb) {
		return a + b
	}
	return a + " " + b
}

func wide(r rune) bool {
	return unicode.Is(unicode.Han, r) || r >= 0x2000 && (unicode.IsPunct(r) || unicode.IsSymbol(r)) || r >= 0xff00 && r <= 0xffef
}

// blocks lays out the page in reading order: its tables and the paragraphs between them.
func (p *page) blocks() []document.Block {
	tables := p.tables()
	var free []char
	inTable := make([][]char, len(tables))
outer:
	for _, c := range p.chars {
		for i, t := range tables {
			if t.contains(c.cx(), c.cy()) {
				inTable[i] = append(inTable[i], c)
				continue outer
			}
		}
		free = append(free, c)
	}
	type placed struct {
		top   float64
		block document.Block
	}
	var out []placed
	ls := lines(free)
	ls, unruled, tops := unruledTables(ls, p.no)
	for i, t := range unruled {
		out = append(out, placed{top: tops[i], block: document.Block{Table: t}})
	}
	for _, para := range p.paragraphs(ls) {
		out = append(out, placed{top: lineTop(ls, para.Pos.Line), block: document.Block{Para: para}})
	}
	for i, t := range tables {
		out = append(out, placed{top: t.top, block: document.Block{Table: t.cells(inTable[i], p.no)}})
	}
	slices.SortStableFunc(out, func(a, b placed) int { return cmpFloat(a.top, b.top) })
	blocks := make([]document.Block, len(out))
	for i, o := range out {
		blocks[i] = o.block
	}
	return blocks
}

func lineTop(ls []textLine, line int) float64 {
	if line >= 1 && line <= len(ls) {
		return ls[line-1].top
	}
	return 0
}
