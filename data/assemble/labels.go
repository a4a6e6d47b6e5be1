package assemble

import (
	"fmt"
	"strings"

	"nianbao/data/document"
	"nianbao/data/report"
	"nianbao/data/schema"
)

// labelTables maps the normalised labels that belong to one table only (block headings, row and
// column labels, group headers, table 3's note) to that table. Labels shared by tables, such as
// 总计, are left out: they tell nothing.
var labelTables = func() map[string]*schema.Table {
	owner := map[string]*schema.Table{}
	shared := map[string]bool{}
	add := func(t *schema.Table, label string) {
		n := schema.Normalize(label)
		if n == "" {
			return
		}
		if o, ok := owner[n]; ok && o != t {
			shared[n] = true
		}
		owner[n] = t
	}
	for _, t := range schema.Tables() {
		add(t, t.Note)
		for _, b := range t.Blocks {
			add(t, b.Heading)
			for _, c := range b.Columns {
				add(t, c.Label)
				add(t, c.Group)
			}
			for _, r := range b.Rows {
				for _, l := range append([]string{r.Label, r.Group, r.Sub, r.Super}, r.Aliases...) {
					add(t, l)
				}
			}
		}
	}
	t2, _ := schema.TableByKey("t2")
	t3, _ := schema.TableByKey("t3")
	add(t2, schema.InfoContent)
	add(t3, schema.Applicants)
	for n := range shared {
		delete(owner, n)
	}
	return owner
}()

// minLabelHits is how many distinct labels of a table a grid must hold to be taken for it; one
// label alone may be a site's own table mentioning 行政许可.
const minLabelHits = 2

// maxLabelBytes is longer than any label of the format; longer cells are not labels.
const maxLabelBytes = 400

// classify names the table of the report a grid holds by the labels in its cells, or nil.
func classify(g *grid) *schema.Table {
	hits := map[*schema.Table]int{}
	seen := map[string]bool{}
	for r := range g.rows {
		for _, c := range g.row(r) {
			if c.copied || c.text == "" || len(c.text) > maxLabelBytes {
				continue
			}
			n := schema.Normalize(c.text)
			if t, ok := labelTables[n]; ok && !seen[n] {
				seen[n] = true
				hits[t]++
			}
		}
	}
	var best *schema.Table
	for _, t := range schema.Tables() {
		if hits[t] >= minLabelHits && (best == nil || hits[t] > hits[best]) {
			best = t
		}
	}
	return best
}

// hasValues reports whether some cell of a grid reads as a value.
func hasValues(g *grid) bool {
	for r := range g.rows {
		for _, c := range g.rows[r] {
			if c.text != "" && IsValue(c.text) {
				return true
			}
		}
	}
	return false
}

// valueWords are the Chinese characters a value may hold: units and the not-applicable marks.
const valueWords = "件个次条元万不适用无"

// IsValue reports whether a non-empty cell reads as a value (a number or a not-applicable mark)
// rather than a label.
func IsValue(c string) bool {
	if c != "" && strings.Trim(c, "0123456789") == "" {
		return true
	}
	for _, r := range c {
		if r >= 0x2E80 && r < 0xFF00 && !strings.ContainsRune(valueWords, r) {
			return false
		}
	}
	_, err := report.ParseValue(c)
	return err == nil
}

// IsFeeInYuan reports whether a header names the fee column in 元 instead of 万元.
func IsFeeInYuan(label string) bool {
	n := schema.Normalize(label)
	return strings.Contains(n, "收费金额") && strings.Contains(n, "元") && !strings.Contains(n, "万元")
}

// isYuanText reports whether an amount was written with the unit 元 rather than 万元.
func isYuanText(s string) bool {
	s = strings.TrimSpace(s)
	return strings.HasSuffix(s, "元") && !strings.HasSuffix(s, "万元")
}

// subtotalWords label published subtotal rows and columns, which the format does not have and
// the importer drops.
var subtotalWords = map[string]bool{"小计": true, "合计": true, "法人小计": true, "法人或其他组织小计": true}

// Table 3's group labels: t3Results is the first-level group over the result rows
// (三、本年度办理结果, normalised), t3Subs maps each normalised second-level group (（三）不予公开 …)
// to its spelling, and OtherGroup is the last of them, （六）其他处理: a single row in the 2019
// format, three rows in the 2021 one.
var t3Results, t3Subs, OtherGroup = func() (string, map[string]string, string) {
	t, _ := schema.TableByKey("t3")
	results, subs, last := "", map[string]string{}, ""
	for _, r := range t.Blocks[0].Rows {
		if r.Group != "" {
			results = schema.Normalize(r.Group)
		}
		if r.Sub != "" {
			subs[schema.Normalize(r.Sub)] = r.Sub
			last = r.Sub
		}
	}
	return results, subs, last
}()

// SubGroup reports whether a cell is one of table 3's second-level group labels (（三）不予公开 …),
// returning it in the schema's spelling.
func SubGroup(cell string) (string, bool) {
	sub, ok := t3Subs[schema.Normalize(cell)]
	return sub, ok
}

// IsResultsGroup reports whether a cell is table 3's first-level group label over the result
// rows, 三、本年度办理结果.
func IsResultsGroup(cell string) bool { return schema.Normalize(cell) == t3Results }

// blockOf finds the table-2 block whose heading a cell holds (「第二十条第（五）项」, also
// within a longer text such as 「《条例》第二十条第（五）项」).
func blockOf(t *schema.Table, text string) (*schema.Block, bool) {
	n := schema.Normalize(text)
	if !strings.Contains(n, "第二十条") {
		return nil, false
	}
	for b := range t.Blocks {
		if strings.Contains(n, schema.Normalize(t.Blocks[b].Heading)) {
			return &t.Blocks[b], true
		}
	}
	return nil, false
}

// nearRow is schema.NearestRow for a row label no row matches exactly, noting what was read as
// what; at says where the row stood.
func (p *importer) nearRow(at string, t *schema.Table, label, sub string) (*schema.Block, *schema.Row, bool) {
	if len(label) > maxLabelBytes {
		return nil, nil, false
	}
	blk, row, ok := schema.NearestRow(t, label, sub)
	if ok {
		p.tablef("%s：%s", at, NearNote(label, row.Label))
		p.rowNotes = append(p.rowNotes, rowNote{t.Key + "." + row.Key + ".", p.notes[len(p.notes)-1].text})
	}
	return blk, row, ok
}

// NearNote is the note for a row read by the nearest label (schema.NearestRow).
func NearNote(label, official string) string {
	return fmt.Sprintf("行名“%s”与格式中的“%s”最接近，已按“%s”读取，请对照原文核对", ClipText(label, 30), official, official)
}

// matchRow is schema.MatchRow with no match for texts far longer than any label, which a page's
// layout tables hold.
func matchRow(t *schema.Table, label, sub string) (*schema.Block, *schema.Row, bool) {
	if label == "" || len(label) > maxLabelBytes {
		return nil, nil, false
	}
	return schema.MatchRow(t, label, sub)
}

// TableOf names the table of the report (2, 3 or 4) that a table's cells hold by their labels,
// or nil: readers that must tell the report from what surrounds it (a web page's layout tables)
// ask it.
func TableOf(rows [][]document.Cell) *schema.Table {
	return classify(gridOf(rows))
}

// SingleOtherNote is the note for a table 3 that writes （六）其他处理 as one row with figures, as
// the 2019 trial format did. Alone that does not make the report one of the trial format (a 2021
// report may merge the row); its figures cannot be divided among the three rows, which stay
// blank for the user to fill.
func SingleOtherNote() string {
	return fmt.Sprintf("表三“%s”只写了一行（2019年试行格式的写法），这一行的数字未读取，其下三行留空，请按2021年格式分行填写", OtherGroup)
}
