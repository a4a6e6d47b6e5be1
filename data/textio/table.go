package textio

import (
	"fmt"
	"regexp"
	"strings"

	"nianbao/data/assemble"
	"nianbao/data/report"
	"nianbao/data/schema"
)

// tableState is what the reader knows about the table it is in.
type tableState struct {
	t     *schema.Table
	sub   string        // table 3: the second-level group (（三）不予公开 …) rows stand under
	block *schema.Block // table 2: the block whose heading was seen last
	// order maps a table-2 block to its value columns in the order its header line gave them.
	order map[*schema.Block][]*schema.Column
	// subtotalAt is, for a table 3 with a published 法人小计 column, that column's position among
	// the value cells (-1 when there is none).
	subtotalAt int
	headerPos  map[string]int // table 3: header cell position of each column label, for subtotalAt

	cells        map[int]report.Value
	seen         bool // some table content was met
	feeInYuan    bool
	singleOther  int  // line of a table-3 row 「（六）其他处理」 with numbers of its own
	sawOtherRows bool // the three rows under （六）其他处理 were read
}

func (ts *tableState) enter(tableKey string) {
	ts.t, ts.sub, ts.block = nil, "", nil
	if t, ok := schema.TableByKey(tableKey); ok {
		ts.t = t
	}
	if ts.order == nil {
		ts.order = map[*schema.Block][]*schema.Column{}
		ts.headerPos = map[string]int{}
		ts.cells = map[int]report.Value{}
		ts.subtotalAt = -1
	}
}

func (ts *tableState) store(r *report.Report) {
	for i, v := range ts.cells {
		r.Cells[i] = v
	}
}

// tableLine reads one line of a table section.
func (p *parser) tableLine(ln line) {
	if p.tbl.t == nil {
		return
	}
	cells, separated := splitCells(ln.text)
	if !separated || p.runTogether {
		p.scanLine(ln.no, trimLine(ln.text))
		return
	}
	if cells == nil {
		return // a Markdown separator row
	}
	p.tbl.seen = true
	if !slicesContainValue(cells) && p.header(cells) {
		return
	}
	// Leading cells: empty padding and, in table 3, the group labels the row stands under; then
	// the row label; then the values. A table-4 row of numbers has no label.
	i, groups := 0, 0
	for ; i < len(cells); i++ {
		if cells[i] == "" {
			continue
		}
		if p.tbl.t.Key != "t3" || !p.t3Group(cells[i]) {
			break
		}
		groups++
	}
	label, values := "", cells
	if i < len(cells) && !assemble.IsValue(cells[i]) {
		label, values = cells[i], cells[i+1:]
	}
	if label == "" && groups > 0 && p.tbl.t.Key == "t3" {
		p.t3Subtotal(ln.no)
		return
	}
	switch p.tbl.t.Key {
	case "t2":
		p.t2Row(ln.no, label, values)
	case "t3":
		p.t3Row(ln.no, label, values)
	case "t4":
		p.t4Row(ln.no, label, values)
	}
}

var (
	multiSpace   = regexp.MustCompile(`[ \x{3000}]{2,}`)
	mdSeparator  = regexp.MustCompile(`^:?-+:?$`)
	cellTrimmer  = strings.NewReplacer("\u200b", "", "\ufeff", "")
	fullWidthBar = strings.NewReplacer("｜", "|")
)

// splitCells splits a table row into trimmed cells: by tabs, by Markdown pipes, or by runs of two
// or more spaces. separated is false for a line with none of these (a label followed by numbers
// separated by single spaces, or a crawled table run into one line). A Markdown separator row
// gives nil cells.
func splitCells(raw string) (cells []string, separated bool) {
	raw = strings.TrimRight(cellTrimmer.Replace(raw), "\r")
	trimmed := trimLine(raw)
	var parts []string
	switch {
	case strings.Contains(raw, "\t"):
		parts = strings.Split(raw, "\t")
	case isPipeRow(trimmed):
		s := fullWidthBar.Replace(trimmed)
		s = strings.TrimPrefix(s, "|")
		if !strings.HasSuffix(s, `\|`) {
			s = strings.TrimSuffix(s, "|")
		}
		parts = splitPipes(s)
		sep := true
		for _, c := range parts {
			sep = sep && mdSeparator.MatchString(trimLine(c))
		}
		if sep {
			return nil, true
		}
	case multiSpace.MatchString(trimmed):
		parts = multiSpace.Split(trimmed, -1)
	default:
		return nil, false
	}
	for i := range parts {
		parts[i] = trimLine(parts[i])
	}
	return parts, true
}

func isPipeRow(s string) bool {
	s = fullWidthBar.Replace(s)
	return strings.HasPrefix(s, "|") || strings.Count(s, "|") >= 2
}

func slicesContainValue(cells []string) bool {
	for _, c := range cells {
		if c != "" && assemble.IsValue(c) {
			return true
		}
	}
	return false
}

// t3Group reports whether a cell is one of table 3's group labels (三、本年度办理结果 or a
// second-level group such as （三）不予公开), and follows the second-level group.
func (p *parser) t3Group(cell string) bool {
	if sub, ok := assemble.SubGroup(cell); ok {
		p.tbl.sub = sub
		return true
	}
	return assemble.IsResultsGroup(cell)
}

// t3Subtotal handles a row of numbers under a group label alone: a published subtotal of
// （三）–（六）, which is dropped. A lone （六）其他处理 row with numbers is the 2019 layout, unless
// its three rows follow.
func (p *parser) t3Subtotal(no int) {
	if p.tbl.sub == assemble.OtherGroup && p.tbl.singleOther == 0 {
		p.tbl.singleOther = no
	}
}

// header handles a line made only of header words and reports whether it was one.
func (p *parser) header(cells []string) bool {
	yuan := false
	for _, c := range cells {
		n := schema.Normalize(c)
		switch {
		case n == "":
		case assemble.IsFeeInYuan(n):
			yuan = true
		case !vocabulary[n] && !isVocabulary(n):
			return false
		}
	}
	if yuan {
		p.tbl.feeInYuan = true
	}
	switch p.tbl.t.Key {
	case "t2":
		p.t2Header(cells)
	case "t3":
		p.t3Header(cells)
	}
	return true
}

// t2Header notes a block heading, or the column order of a 「信息内容」 header line.
func (p *parser) t2Header(cells []string) {
	t := p.tbl.t
	for b := range t.Blocks {
		if schema.Normalize(t.Blocks[b].Heading) == schema.Normalize(cells[0]) {
			p.tbl.block = &t.Blocks[b]
			return
		}
	}
	if schema.Normalize(cells[0]) != schema.Normalize(schema.InfoContent) || p.tbl.block == nil {
		return
	}
	var order []*schema.Column
	for _, c := range cells[1:] {
		if col, ok := schema.MatchColumn(p.tbl.block, c); ok {
			order = append(order, col)
		} else if c != "" && assemble.IsFeeInYuan(schema.Normalize(c)) {
			order = append(order, &p.tbl.block.Columns[0])
		}
	}
	if len(order) == len(p.tbl.block.Columns) {
		p.tbl.order[p.tbl.block] = order
	}
}

// t3Header records where the column labels and a 小计 column stand, so that a published subtotal
// column can be dropped from the rows.
func (p *parser) t3Header(cells []string) {
	blk := &p.tbl.t.Blocks[0]
	for i, c := range cells {
		if sub, ok := assemble.SubGroup(c); ok {
			p.tbl.sub = sub
		}
		n := schema.Normalize(c)
		if n == "小计" || n == "法人小计" {
			p.tbl.headerPos["小计"] = i
		} else if col, ok := schema.MatchColumn(blk, c); ok {
			p.tbl.headerPos[col.Key] = i
		}
	}
	pos, ok := p.tbl.headerPos["小计"]
	if !ok {
		return
	}
	// The subtotal's value position is the number of columns whose labels stood before it; 总计
	// always closes the row.
	p.tbl.subtotalAt = 0
	for _, c := range blk.Columns {
		if at, ok := p.tbl.headerPos[c.Key]; ok && at < pos && !c.Total {
			p.tbl.subtotalAt++
		}
	}
}

func (p *parser) t2Row(no int, label string, values []string) {
	if label == "" {
		p.tablef(no, "表二的这一行没有行名，未读取")
		return
	}
	blk, row, ok := schema.MatchRow(p.tbl.t, label, "")
	if !ok {
		blk, row, ok = p.nearRow(no, p.tbl.t, label, "")
	}
	if !ok {
		p.tablef(no, "表二中无法识别“%s”，未读取", assemble.ClipText(label, 30))
		return
	}
	cols := p.tbl.order[blk]
	if cols == nil {
		for c := range blk.Columns {
			cols = append(cols, &blk.Columns[c])
		}
	}
	vals, problem := fitValues(values, len(cols))
	if problem != "" {
		p.tablef(no, "表二“%s”行%s，未读取", row.Label, problem)
		return
	}
	keys := make([]string, len(cols))
	for i, c := range cols {
		keys[i] = schema.CellKey("t2", row.Key, c.Key)
	}
	p.assign(no, "t2."+row.Key, keys, vals)
}

// Labels of published subtotal rows, dropped on import.
var subtotalLabels = map[string]bool{"小计": true, "合计": true}

func (p *parser) t3Row(no int, label string, values []string) {
	t := p.tbl.t
	if label == "" {
		p.tablef(no, "表三的这一行没有行名，未读取")
		return
	}
	n := schema.Normalize(label)
	if subtotalLabels[n] {
		return
	}
	_, row, ok := schema.MatchRow(t, label, p.tbl.sub)
	if !ok {
		_, row, ok = schema.MatchRow(t, label, "")
	}
	if !ok {
		_, row, ok = p.nearRow(no, t, label, p.tbl.sub)
	}
	if !ok {
		p.tablef(no, "表三中无法识别“%s”，未读取", assemble.ClipText(label, 30))
		return
	}
	if row.Sub != "" {
		p.tbl.sub = row.Sub
	}
	if strings.HasPrefix(row.Key, "other.") {
		p.tbl.sawOtherRows = true
	}
	cols := t.Blocks[0].Columns
	want := len(cols)
	if p.tbl.subtotalAt >= 0 {
		want++
	}
	vals, problem := fitValues(values, want)
	if problem != "" && p.tbl.subtotalAt >= 0 {
		// Some rows of a report with a 小计 column may leave it out.
		want = len(cols)
		if v, pr := fitValues(values, want); pr == "" {
			vals, problem = v, ""
		}
	}
	if problem != "" {
		p.tablef(no, "表三“%s”行%s，未读取", row.Label, problem)
		return
	}
	if want > len(cols) {
		vals = append(vals[:p.tbl.subtotalAt:p.tbl.subtotalAt], vals[p.tbl.subtotalAt+1:]...)
	}
	keys := make([]string, len(cols))
	for i, c := range cols {
		keys[i] = schema.CellKey("t3", row.Key, c.Key)
	}
	p.assign(no, "t3."+row.Key, keys, vals)
}

func (p *parser) t4Row(no int, label string, values []string) {
	blk := &p.tbl.t.Blocks[0]
	rows := blk.Rows
	if label != "" {
		_, row, ok := schema.MatchRow(p.tbl.t, label, "")
		if !ok {
			p.tablef(no, "表四中无法识别“%s”，未读取", assemble.ClipText(label, 30))
			return
		}
		rows = []schema.Row{*row}
	}
	want := len(rows) * len(blk.Columns)
	vals, problem := fitValues(values, want)
	if problem != "" {
		p.tablef(no, "表四%s，未读取", problem)
		return
	}
	var keys []string
	for _, r := range rows {
		for _, c := range blk.Columns {
			keys = append(keys, schema.CellKey("t4", r.Key, c.Key))
		}
	}
	for i, r := range rows {
		p.assign(no, "t4."+r.Key, keys[i*len(blk.Columns):(i+1)*len(blk.Columns)], vals[i*len(blk.Columns):(i+1)*len(blk.Columns)])
	}
}

// fitValues lines up the cells after a row's label with the n columns. Copies of published
// tables pad rows with empty cells before or after the numbers (the seed has both); padding is
// stripped only while it is surplus. When padding had to be stripped and a real blank remains,
// nobody can tell which column is blank, and the row is refused rather than guessed. problem is a
// Chinese phrase, "" when the row fits.
func fitValues(values []string, n int) (vals []string, problem string) {
	if len(values) == n {
		return values, ""
	}
	v := values
	for len(v) > n && v[0] == "" {
		v = v[1:]
	}
	for len(v) > n && v[len(v)-1] == "" {
		v = v[:len(v)-1]
	}
	filled := 0
	for _, c := range v {
		if c != "" {
			filled++
		}
	}
	switch {
	case filled == 0:
		return make([]string, n), ""
	case len(v) > n:
		return nil, fmt.Sprintf("有%d个数值，多于%d列", filled, n)
	case len(v) < n:
		return nil, fmt.Sprintf("只有%d个单元格，应有%d列，无法确定哪一列空白", len(v), n)
	case filled < n:
		return nil, "有空白单元格，无法确定是哪一列空白"
	}
	return v, ""
}

// assign parses and stores the values of one row.
func (p *parser) assign(no int, rowKey string, keys, texts []string) {
	if prev, ok := p.filled[rowKey]; ok {
		p.tablef(no, "与第%d行是同一行，以本行为准", prev)
	}
	p.filled[rowKey] = no
	for j, key := range keys {
		i := schema.MustIndex(key)
		// Text that is no value is kept as written: the rules report it (CELL-INVALID) and the
		// clerk sees what the document said, rather than a blank or some other number.
		v, err := report.ParseValue(texts[j])
		if err != nil {
			p.tablef(no, "%s：%v，按原文保留", schema.CellAt(i).Label(), err)
			v = report.InvalidText(strings.TrimSpace(texts[j]))
		}
		if schema.CellAt(i).Kind == schema.Money && isYuanText(texts[j]) {
			p.tbl.feeInYuan = true
		}
		p.tbl.cells[i] = v
	}
}

// isYuanText reports whether an amount was written with the unit 元 rather than 万元.
func isYuanText(s string) bool {
	s = trimLine(s)
	return strings.HasSuffix(s, "元") && !strings.HasSuffix(s, "万元")
}

// nearRow is schema.NearestRow for a row label no row matches exactly, noting on line no what
// was read as what.
func (p *parser) nearRow(no int, t *schema.Table, label, sub string) (*schema.Block, *schema.Row, bool) {
	blk, row, ok := schema.NearestRow(t, label, sub)
	if ok {
		p.tablef(no, "%s%s", t.Name, assemble.NearNote(label, row.Label))
		p.noteRow(t.Key + "." + row.Key)
	}
	return blk, row, ok
}

// splitPipes splits a Markdown table row at its unescaped pipes and removes the Markdown
// escapes from each cell (a cell whose text is 「|」 is written 「\|」).
func splitPipes(s string) []string {
	var parts []string
	start := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\\':
			i++
		case '|':
			parts = append(parts, unescapeMarkdown(s[start:i]))
			start = i + 1
		}
	}
	return append(parts, unescapeMarkdown(s[start:]))
}
