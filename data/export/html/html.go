// Package html writes a report as one self-contained web page for the 政府信息公开专栏: the title,
// the opening, every section heading and paragraph, and tables 2–4 as semantic tables in their
// official merged layout. The page carries its own style sheet (screen, phone and print) and no
// script; every piece of user text is escaped by html/template.
package html

import (
	_ "embed"
	"html/template"
	"io"
	"strings"

	"nianbao/data/export/layout"
	"nianbao/data/report"
	"nianbao/data/schema"
)

//go:embed page.html.tmpl
var pageTemplate string

//go:embed page.css
var pageCSS string

var page = template.Must(template.New("page").Parse(pageTemplate))

// view is what the template renders.
type view struct {
	Title  string
	CSS    template.CSS
	Blocks []block
}

// block is a heading, a paragraph or a table, in reading order.
type block struct {
	H2, H3, P string
	Table     *table
}

// table is one of tables 2–4 split into its header rows and row groups.
type table struct {
	Key     string
	Caption string
	Head    []row
	Bodies  [][]row
}

type row []cell

// cell is one th or td of a table.
type cell struct {
	Header           bool // th rather than td
	Scope            string
	RowSpan, ColSpan int
	Class            string
	Text             string
}

// Write writes r as a web page. The page is the same document the Word and PDF exports set
// (data/export/layout): empty sub-items stay empty.
func Write(w io.Writer, r *report.Report) error {
	doc := layout.Build(r)
	v := view{Title: doc.Title, CSS: template.CSS(pageCSS)}
	for _, b := range doc.Blocks {
		switch b.Kind {
		case layout.Heading:
			v.Blocks = append(v.Blocks, block{H2: b.Text})
		case layout.SubHeading:
			v.Blocks = append(v.Blocks, block{H3: b.Text})
		case layout.Body:
			v.Blocks = append(v.Blocks, block{P: b.Text})
		case layout.TableBlock:
			v.Blocks = append(v.Blocks, block{Table: tableOf(b.Table)})
		}
	}
	return page.Execute(w, v)
}

// tableOf turns a layout grid into an HTML table: the header rows go to thead; the body is cut
// into row groups (tbody) where a table-2 block begins with its heading row and around a group
// label in the first column (三、本年度办理结果), whose th then has scope="rowgroup" because it
// heads exactly its tbody.
func tableOf(g *layout.Grid) *table {
	t, _ := schema.TableByKey(g.Key)
	out := &table{Key: g.Key, Caption: t.Name + "　" + withoutEnumerator(t.Heading)}
	cuts := map[int]bool{}
	for ri, r := range g.Rows {
		for _, c := range r.Cells {
			switch {
			case c.Role == layout.Header && c.ColSpan == len(g.Widths) && !r.Header:
				cuts[ri] = true
			case c.Role == layout.GroupLabel && c.Col == 0:
				cuts[ri], cuts[ri+c.RowSpan] = true, true
			}
		}
	}
	slots := g.Slots()
	var body []row
	for ri, r := range g.Rows {
		cells := make(row, 0, len(r.Cells))
		for _, c := range r.Cells {
			hc := cellOf(t, g, r, c)
			if hc.Scope == "col" && c.ColSpan > 1 && headsBelow(slots, ri, c) {
				hc.Scope = "colgroup"
			}
			cells = append(cells, hc)
		}
		if r.Header {
			out.Head = append(out.Head, cells)
			continue
		}
		if cuts[ri] && len(body) > 0 {
			out.Bodies = append(out.Bodies, body)
			body = nil
		}
		body = append(body, cells)
	}
	if len(body) > 0 {
		out.Bodies = append(out.Bodies, body)
	}
	return out
}

func cellOf(t *schema.Table, g *layout.Grid, r layout.Row, c layout.Cell) cell {
	out := cell{RowSpan: c.RowSpan, ColSpan: c.ColSpan, Text: c.Text}
	switch c.Role {
	case layout.Value:
		if sc, ok := schema.Lookup(c.Key); ok && sc.Computed {
			out.Class = "total"
		}
		return out
	case layout.RowLabel:
		out.Header, out.Scope, out.Class = true, "row", "label"
	case layout.GroupLabel:
		out.Header, out.Scope, out.Class = true, "row", "group"
		if c.Col == 0 {
			out.Scope = "rowgroup"
		}
	case layout.Header:
		if c.Text == t.Note {
			out.Class = "note" // the corner note heads nothing: a plain cell
			return out
		}
		out.Header, out.Scope = true, "col"
		if !r.Header && c.ColSpan == len(g.Widths) {
			out.Class = "block"
		}
	}
	return out
}

// headsBelow reports whether the column headers of the next row start under a header cell, which
// makes it the header of a group of columns (申请人情况, 行政诉讼, a 第二十条 block) rather than
// of one column stretched over several (本年处理决定数量).
func headsBelow(slots [][]layout.Slot, ri int, c layout.Cell) bool {
	next := ri + c.RowSpan
	if next >= len(slots) {
		return false
	}
	for col := c.Col; col < c.Col+c.ColSpan; col++ {
		if s := slots[next][col]; s.Row == next && s.Cell.Role == layout.Header {
			return true
		}
	}
	return false
}

// withoutEnumerator drops the leading 「二、」 of a heading, for the table caption.
func withoutEnumerator(heading string) string {
	if _, rest, ok := strings.Cut(heading, "、"); ok {
		return rest
	}
	return heading
}
