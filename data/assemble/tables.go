package assemble

import (
	"fmt"
	"slices"
	"strings"

	"nianbao/data/report"
	"nianbao/data/schema"
)

// tableState is what the reader has learnt about tables 2–4 across the page's <table>s; a table
// split over two <table>s (at a page break of the source document) continues with it.
type tableState struct {
	cells     map[int]report.Value
	filled    map[string]string // row key (t3.new) → where it was read, to report a row read twice
	seen      bool              // some table of the report was read
	feeInYuan bool

	block  *schema.Block                    // table 2: the block whose heading was seen last
	t2cols map[*schema.Block]map[int]string // table 2: grid column → column key, per block

	t3cols      map[int]string // table 3: grid column → column key, or subtotalColumn
	sub         string         // table 3: the second-level group rows stand under
	singleOther string         // table 3: where a lone （六）其他处理 row with numbers stood
	sawOther    bool           // table 3: the rows under （六）其他处理 were read

	t4rows map[int]string // table 4: grid column → group (row key) from the header rows
	t4cols map[int]string // table 4: grid column → column key
}

// subtotalColumn marks a published 小计 column of table 3 in t3cols; its values are dropped.
const subtotalColumn = "-"

func newTableState() tableState {
	return tableState{cells: map[int]report.Value{}, filled: map[string]string{},
		t2cols: map[*schema.Block]map[int]string{}}
}

// tableRun is the reading of one <table>: which of tables 2–4 it holds (a heading row inside it
// may switch), and which header maps it has replaced already — header rows of a new <table>
// start new maps, header rows after the first one add to them.
type tableRun struct {
	t        *schema.Table
	replaced map[string]bool
}

// readTable reads one <table> of the page. A table is taken for table 2, 3 or 4 by its labels; a
// table without labels of its own continues the table of the section it stands in.
func (p *importer) readTable(g *grid, t *schema.Table) {
	if t == nil {
		s, _ := schema.SectionByKey(p.section)
		if s.Table == "" || !hasValues(g) {
			return
		}
		t, _ = schema.TableByKey(s.Table)
	}
	p.tbl.seen = true
	run := &tableRun{t: t, replaced: map[string]bool{}}
	for r := range g.rows {
		cells := g.row(r)
		if s, ok := headingRow(cells); ok {
			if t, ok := schema.TableByKey(s.Table); ok {
				run.t, run.replaced = t, map[string]bool{}
			}
			continue
		}
		switch run.t.Key {
		case "t2":
			p.t2Row(run, r, cells)
		case "t3":
			p.t3Row(run, r, cells)
		case "t4":
			p.t4Row(run, r, cells)
		}
	}
}

// headingRow reports whether a row holds only a section heading (「三、收到和处理政府信息公开申请情况」
// set as the first row of a table).
func headingRow(cells []rowCell) (schema.Section, bool) {
	text := ""
	for _, c := range cells {
		if c.text != "" {
			if text != "" {
				return schema.Section{}, false
			}
			text = c.text
		}
	}
	if text == "" || len(text) > maxLabelBytes {
		return schema.Section{}, false
	}
	return schema.MatchSection(text)
}

// setMap stores a header map made from one header row: it replaces the map of an earlier <table>
// at the first header row of this one, and adds to it afterwards.
func (run *tableRun) setMap(name string, dst *map[int]string, found map[int]string) {
	if len(found) == 0 {
		return
	}
	if !run.replaced[name] || *dst == nil {
		*dst = map[int]string{}
		run.replaced[name] = true
	}
	for gc, key := range found {
		(*dst)[gc] = key
	}
}

// splitRow divides a row into its labels and the cells holding its values. With a header map the
// values are the cells from the first mapped column on, whatever they hold; without one they are
// the cells after the last label before the first value.
func splitRow(cells []rowCell, cols map[int]string) (labels, rest []rowCell) {
	if len(cols) > 0 {
		first := firstColumn(cols)
		for i, c := range cells {
			if c.left >= first {
				return labels, cells[i:]
			}
			if c.text != "" {
				labels = append(labels, c)
			}
		}
		return labels, nil
	}
	start := 0
	for i, c := range cells {
		if c.text == "" {
			continue
		}
		if IsValue(c.text) {
			break
		}
		labels, start = append(labels, c), i+1
	}
	return labels, cells[start:]
}

func firstColumn(cols map[int]string) int {
	first := -1
	for gc := range cols {
		if first < 0 || gc < first {
			first = gc
		}
	}
	return first
}

func anyValue(cells []rowCell) bool {
	for _, c := range cells {
		if c.text != "" && IsValue(c.text) {
			return true
		}
	}
	return false
}

// complete reports whether a header map names every one of keys.
func complete(cols map[int]string, keys []string) bool {
	for _, k := range keys {
		found := false
		for _, v := range cols {
			found = found || v == k
		}
		if !found {
			return false
		}
	}
	return true
}

// byMap reads the value cells of a row through a header map: each cell goes to the column its
// grid columns fall under. problem is a Chinese phrase, "" when every value found its column.
func byMap(rest []rowCell, cols map[int]string) (texts map[string]string, problem string) {
	texts = map[string]string{}
	for _, c := range rest {
		key := ""
		for gc := c.left; gc < c.right && key == ""; gc++ {
			key = cols[gc]
		}
		switch {
		case key == subtotalColumn:
			continue
		case key == "":
			if c.text != "" {
				return nil, fmt.Sprintf("“%s”不在任何一列之下", ClipText(c.text, 20))
			}
			continue
		}
		if prev, ok := texts[key]; ok && prev != "" && c.text != "" {
			return nil, "有两个数值在同一列之下"
		}
		if c.text != "" || texts[key] == "" {
			texts[key] = c.text
		}
	}
	return texts, ""
}

// byOrder lines up the value cells of a row with n columns when no header tells where each
// column stands. Empty cells are real blanks; only surplus empty cells at either end (a row
// padded to the table's width) are dropped. problem is a Chinese phrase, "" when the row fits.
func byOrder(rest []rowCell, n int) (texts []string, problem string) {
	v := make([]string, len(rest))
	filled := 0
	for i, c := range rest {
		v[i] = c.text
		if c.text != "" {
			filled++
		}
	}
	for len(v) > n && v[0] == "" {
		v = v[1:]
	}
	for len(v) > n && v[len(v)-1] == "" {
		v = v[:len(v)-1]
	}
	switch {
	case len(v) > n:
		return nil, fmt.Sprintf("有%d个数值，多于%d列", filled, n)
	case len(v) < n && filled > 0:
		return nil, fmt.Sprintf("只有%d个单元格，应有%d列，无法确定各数值属于哪一列", len(v), n)
	}
	return append(v, make([]string, n-len(v))...), ""
}

// where names a row of a table for import notes, with the page of a printed document:
// 「表三第12行（1.属于国家秘密，第3页）」.
func where(t *schema.Table, r int, label string, cells []rowCell) string {
	page := ""
	for _, c := range cells {
		if c.pos.Page > 0 {
			// Printed documents: the page a reader finds the row on. (A Word file's paragraph count
			// would help nobody find it.)
			page = fmt.Sprintf("第%d页", c.pos.Page)
			break
		}
	}
	switch {
	case label == "" && page == "":
		return fmt.Sprintf("%s第%d行", t.Name, r+1)
	case label == "":
		return fmt.Sprintf("%s第%d行（%s）", t.Name, r+1, page)
	case page == "":
		return fmt.Sprintf("%s第%d行（%s）", t.Name, r+1, ClipText(label, 24))
	}
	return fmt.Sprintf("%s第%d行（%s，%s）", t.Name, r+1, ClipText(label, 24), page)
}

// assign parses and stores the values of one row of the format. texts are by column key.
func (p *importer) assign(at, rowKey string, keys []string, texts []string) {
	if prev, ok := p.tbl.filled[rowKey]; ok {
		p.tablef("%s：与%s是同一行，以本行为准", at, prev)
	}
	p.tbl.filled[rowKey] = at
	for j, key := range keys {
		i := schema.MustIndex(key)
		// Text that is no value is kept as written: the rules report it (CELL-INVALID) and the
		// clerk sees what the document said, rather than a blank or some other number.
		v, err := report.ParseValue(texts[j])
		if err != nil {
			p.tablef("%s：%v，按原文保留", schema.CellAt(i).Label(), err)
			v = report.InvalidText(strings.TrimSpace(texts[j]))
		}
		if schema.CellAt(i).Kind == schema.Money && isYuanText(texts[j]) {
			p.tbl.feeInYuan = true
		}
		p.tbl.cells[i] = v
	}
}

// assignRow stores a row read either through a complete header map or in column order.
func (p *importer) assignRow(at, table, rowKey string, cols []schema.Column, rest []rowCell, colMap map[int]string) {
	keys := make([]string, len(cols))
	colKeys := make([]string, len(cols))
	for i, c := range cols {
		keys[i] = schema.CellKey(table, rowKey, c.Key)
		colKeys[i] = c.Key
	}
	texts, problem := lineUp(rest, colMap, colKeys)
	if problem != "" {
		p.tablef("%s%s，未读取", at, problem)
		return
	}
	p.assign(at, table+"."+rowKey, keys, texts)
}

// lineUp gives the texts of a row's value cells in the order of keys: through the header map
// when it names every key, otherwise by position. problem is a Chinese phrase, "" when the row
// fits.
func lineUp(rest []rowCell, colMap map[int]string, keys []string) (texts []string, problem string) {
	if !complete(colMap, keys) {
		return byOrder(rest, len(keys))
	}
	byKey, problem := byMap(rest, colMap)
	if problem != "" {
		return nil, problem
	}
	for _, k := range keys {
		texts = append(texts, byKey[k])
	}
	return texts, ""
}

// t2Row reads a row of table 2: a block heading, a 信息内容 header giving the block's column
// order, or a row of values.
func (p *importer) t2Row(run *tableRun, r int, cells []rowCell) {
	t := run.t
	for _, c := range cells {
		if b, ok := blockOf(t, c.text); ok && !c.copied {
			p.tbl.block = b
		}
	}
	labels, rest := splitRow(cells, p.tbl.t2cols[p.tbl.block])
	var label string
	for _, l := range labels {
		if _, ok := blockOf(t, l.text); !ok && schema.Normalize(l.text) != schema.InfoContent {
			label = l.text
		}
	}
	values := anyValue(rest)
	if !values && (label == "" || p.t2Header(run, cells)) {
		return // a header or a block heading
	}
	blk, row, matched := matchRow(t, label, "")
	if !values && !matched {
		return // a caption or note inside the table
	}
	at := where(t, r, label, cells)
	if label == "" {
		p.tablef("%s没有行名，未读取", at)
		return
	}
	if !matched {
		blk, row, matched = p.nearRow(at, t, label, "")
	}
	if !matched {
		p.tablef("%s：表二中没有这一行，未读取", at)
		return
	}
	if blk != p.tbl.block {
		// The block of the row is not the one whose header was seen: its columns by order.
		_, rest = splitRow(cells, nil)
	}
	p.assignRow(at, t.Key, row.Key, blk.Columns, rest, p.tbl.t2cols[blk])
}

// t2Header maps the grid columns of a 信息内容 header row to the current block's columns and
// reports whether the row was one.
func (p *importer) t2Header(run *tableRun, cells []rowCell) bool {
	blk := p.tbl.block
	if blk == nil {
		return false
	}
	found := map[int]string{}
	for _, c := range cells {
		col, ok := schema.MatchColumn(blk, c.text)
		if !ok && blk.Columns[0].Key == "amount" && IsFeeInYuan(c.text) {
			col, ok = &blk.Columns[0], true
			p.tbl.feeInYuan = true
		}
		if ok {
			for gc := c.left; gc < c.right; gc++ {
				found[gc] = col.Key
			}
		}
	}
	m := p.tbl.t2cols[blk]
	run.setMap("t2 "+blk.Heading, &m, found)
	p.tbl.t2cols[blk] = m
	return len(found) > 0
}

// t3Row reads a row of table 3: header rows give the grid column of each applicant column (and of
// a published 小计 column, dropped); a data row's labels are its groups and its row label.
// Published subtotal rows (小计, or a group label with numbers) are dropped.
func (p *importer) t3Row(run *tableRun, r int, cells []rowCell) {
	t := run.t
	labels, rest := splitRow(cells, p.tbl.t3cols)
	for _, l := range labels {
		if sub, ok := t3Subs[schema.Normalize(l.text)]; ok {
			p.tbl.sub = sub
		}
	}
	label := ""
	if len(labels) > 0 {
		label = labels[len(labels)-1].text
	}
	n := schema.Normalize(label)
	_, isSub := t3Subs[n]
	values := anyValue(rest)
	if !values && (isSub || label == "" || p.t3Header(run, cells)) {
		return // a header, an empty row, or a group label on a row of its own
	}
	at := where(t, r, label, cells)
	switch {
	case label == "":
		p.tablef("%s没有行名，未读取", at)
		return
	case isSub:
		if p.tbl.sub == OtherGroup && p.tbl.singleOther == "" {
			p.tbl.singleOther = at
		}
		return
	case n == t3Results || subtotalWords[n]:
		return
	}
	_, row, matched := matchRow(t, label, p.tbl.sub)
	if !matched {
		_, row, matched = matchRow(t, label, "")
	}
	if !matched && values {
		_, row, matched = p.nearRow(at, t, label, p.tbl.sub)
	}
	switch {
	case !matched && !values:
		return // a caption or note inside the table
	case !matched:
		p.tablef("%s：表三中没有这一行，未读取", at)
		return
	}
	if row.Sub != "" {
		p.tbl.sub = row.Sub
	}
	if strings.HasPrefix(row.Key, "other.") {
		p.tbl.sawOther = true
	}
	cols := t.Blocks[0].Columns
	if !complete(p.tbl.t3cols, columnKeys(cols)) && len(p.tbl.t3cols) > 0 {
		_, rest = splitRow(cells, nil)
	}
	p.assignRow(at, t.Key, row.Key, cols, rest, p.tbl.t3cols)
}

func columnKeys(cols []schema.Column) []string {
	keys := make([]string, len(cols))
	for i, c := range cols {
		keys[i] = c.Key
	}
	return keys
}

// t3Header maps the grid columns of a header row of table 3 and reports whether the row was one.
// A 合计 column is the 总计 column of reports that call it so, and a subtotal when 总计 is
// there too.
func (p *importer) t3Header(run *tableRun, cells []rowCell) bool {
	blk := &run.t.Blocks[0]
	found := map[int]string{}
	var sums []rowCell
	for _, c := range cells {
		n := schema.Normalize(c.text)
		col, ok := schema.MatchColumn(blk, c.text)
		switch {
		case ok:
			for gc := c.left; gc < c.right; gc++ {
				found[gc] = col.Key
			}
		case n == "合计":
			sums = append(sums, c)
		case subtotalWords[n]:
			for gc := c.left; gc < c.right; gc++ {
				found[gc] = subtotalColumn
			}
		}
	}
	total := slices.Contains(mapValues(found), "total") || slices.Contains(mapValues(p.tbl.t3cols), "total")
	for _, c := range sums {
		for gc := c.left; gc < c.right; gc++ {
			found[gc] = "total"
			if total {
				found[gc] = subtotalColumn
			}
		}
	}
	run.setMap("t3", &p.tbl.t3cols, found)
	return len(found) > 0
}

func mapValues(m map[int]string) []string {
	vals := make([]string, 0, len(m))
	for _, v := range m {
		vals = append(vals, v)
	}
	return vals
}

// t4Row reads a row of table 4. The official layout has three header rows — the groups 行政复议,
// 未经复议直接起诉 and 复议后起诉 over their five columns — and one row of fifteen values; some
// reports give each group a row of its own, labelled.
func (p *importer) t4Row(run *tableRun, r int, cells []rowCell) {
	t := run.t
	blk := &t.Blocks[0]
	labels, rest := splitRow(cells, p.tbl.t4cols)
	label := ""
	if len(labels) > 0 {
		label = labels[len(labels)-1].text
	}
	if !anyValue(rest) {
		p.t4Header(run, cells)
		return
	}
	at := where(t, r, label, cells)
	if _, row, ok := matchRow(t, label, ""); ok {
		p.assignRow(at, t.Key, row.Key, blk.Columns, rest, p.tbl.t4cols)
		return
	}
	// A row of all fifteen values, under the group headers.
	var keys []string
	full := map[int]string{}
	for gc, col := range p.tbl.t4cols {
		if row, ok := p.tbl.t4rows[gc]; ok {
			full[gc] = row + "." + col
		}
	}
	var groupCols []string
	for _, row := range blk.Rows {
		for _, c := range blk.Columns {
			keys = append(keys, schema.CellKey(t.Key, row.Key, c.Key))
			groupCols = append(groupCols, row.Key+"."+c.Key)
		}
	}
	texts, problem := lineUp(rest, full, groupCols)
	if problem != "" {
		p.tablef("%s%s，未读取", at, problem)
		return
	}
	for i, row := range blk.Rows {
		n := len(blk.Columns)
		p.assign(at, t.Key+"."+row.Key, keys[i*n:(i+1)*n], texts[i*n:(i+1)*n])
	}
}

// t4Header maps the grid columns of a header row of table 4 to groups and columns.
func (p *importer) t4Header(run *tableRun, cells []rowCell) {
	t := run.t
	rows, cols := map[int]string{}, map[int]string{}
	for _, c := range cells {
		if c.text == "" || len(c.text) > maxLabelBytes {
			continue
		}
		if col, ok := schema.MatchColumn(&t.Blocks[0], c.text); ok {
			for gc := c.left; gc < c.right; gc++ {
				cols[gc] = col.Key
			}
		} else if _, row, ok := matchRow(t, c.text, ""); ok {
			for gc := c.left; gc < c.right; gc++ {
				rows[gc] = row.Key
			}
		}
	}
	run.setMap("t4rows", &p.tbl.t4rows, rows)
	run.setMap("t4cols", &p.tbl.t4cols, cols)
}

// store copies what was read into the report.
func (ts *tableState) store(r *report.Report) {
	for i, v := range ts.cells {
		r.Cells[i] = v
	}
}
