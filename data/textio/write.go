package textio

import (
	"bufio"
	"io"
	"strings"

	"nianbao/data/assemble"
	"nianbao/data/report"
	"nianbao/data/schema"
)

// WriteText writes r as plain text in the style of a report copied from a government website:
// title, section headings and paragraphs on lines of their own, the 总体情况 sub-items as
// paragraphs that start with their heading (「（一）主动公开：…」), and the tables in the official
// layout as tab-separated rows ("/" for not applicable, an empty cell for blank). Read gives back
// the same report.
func WriteText(w io.Writer, r *report.Report) error {
	return write(w, r, false)
}

// WriteMarkdown writes r as WriteText does, with Markdown headings for the title and sections and
// pipe tables. The 总体情况 sub-items stay paragraphs that start with their heading, as in the
// published form, so a paragraph of a sub-item can never be taken for the next sub-item's heading.
func WriteMarkdown(w io.Writer, r *report.Report) error {
	return write(w, r, true)
}

// writer accumulates the document; bufio keeps the first write error and Flush returns it.
type writer struct {
	w  *bufio.Writer
	md bool
}

func (x *writer) line(s string) {
	x.w.WriteString(s)
	x.w.WriteByte('\n')
}

// heading writes a heading of the given Markdown level (1 title, 2 section).
func (x *writer) heading(level int, s string) {
	if x.md {
		s = strings.Repeat("#", level) + " " + escapeMarkdown(s, false)
	}
	x.line(s)
	x.line("")
}

// paragraphs writes each non-empty line of text as a paragraph; first, when not empty, is put in
// front of the first paragraph (a sub-item heading written inline).
func (x *writer) paragraphs(text, first string) {
	wrote := false
	for _, p := range strings.Split(text, "\n") {
		if p = trimLine(p); p == "" {
			continue
		}
		if x.md {
			p = escapeMarkdown(p, wrote || first == "")
		}
		if !wrote {
			p, wrote = first+p, true
		}
		x.line(p)
		x.line("")
	}
	if !wrote && first != "" {
		x.line(first)
		x.line("")
	}
}

// row writes one table row: tab-separated, or as a Markdown pipe row.
func (x *writer) row(cells []string) {
	if x.md {
		escaped := make([]string, len(cells))
		for i, c := range cells {
			escaped[i] = escapeMarkdown(c, false)
		}
		x.line("| " + strings.Join(escaped, " | ") + " |")
		return
	}
	x.line(strings.Join(cells, "\t"))
}

// table writes rows; in Markdown the first row is the table header and is followed by the
// separator row.
func (x *writer) table(rows [][]string) {
	for i, cells := range rows {
		x.row(cells)
		if x.md && i == 0 {
			sep := make([]string, len(cells))
			for j := range sep {
				sep[j] = "---"
			}
			x.row(sep)
		}
	}
	x.line("")
}

func write(w io.Writer, r *report.Report, md bool) error {
	x := &writer{w: bufio.NewWriter(w), md: md}
	if t := writeTitle(r.Meta.Agency, r.Meta.Year); t != "" {
		x.heading(1, t)
	}
	x.paragraphs(report.LevelLine(r.Meta.Level), "")
	if r.Meta.Published != "" {
		x.paragraphs(assemble.PublishedLine(r.Meta.Published), "")
	}
	x.paragraphs(r.Meta.Opening, "")
	for _, s := range schema.Sections() {
		x.heading(2, s.Heading)
		switch {
		case s.Key == "s1":
			x.overview(r)
		case s.Table != "":
			x.table(tableRows(r, s.Table))
		default:
			x.paragraphs(r.Text(s.Key), "")
		}
	}
	return x.w.Flush()
}

// overview writes 一、总体情况: the lead paragraph, then the five sub-items.
func (x *writer) overview(r *report.Report) {
	x.paragraphs(r.Text("s1.intro"), "")
	for _, n := range schema.Narratives() {
		if n.Section != "s1" || n.Heading == "" {
			continue
		}
		x.paragraphs(r.Text(n.Key), n.Heading+"：")
	}
}

// tableRows lays a table out as rows of cells in the official layout.
func tableRows(r *report.Report, tableKey string) [][]string {
	t, _ := schema.TableByKey(tableKey)
	switch tableKey {
	case "t2":
		return t2Rows(r, t)
	case "t3":
		return t3Rows(r, t)
	}
	return t4Rows(r, t)
}

// t2Rows: each block is its heading, a 「信息内容」 header and its rows, four cells wide.
func t2Rows(r *report.Report, t *schema.Table) [][]string {
	width := 1
	for _, b := range t.Blocks {
		width = max(width, 1+len(b.Columns))
	}
	var rows [][]string
	for _, b := range t.Blocks {
		rows = append(rows, pad([]string{b.Heading}, width))
		head := []string{schema.InfoContent}
		for _, c := range b.Columns {
			head = append(head, c.Label)
		}
		rows = append(rows, pad(head, width))
		for _, row := range b.Rows {
			cells := []string{row.Label}
			for _, c := range b.Columns {
				cells = append(cells, r.Get(schema.CellKey(t.Key, row.Key, c.Key)).String())
			}
			rows = append(rows, pad(cells, width))
		}
	}
	return rows
}

// t3Rows: three label columns (group, sub-group, row label) and seven value columns under a
// three-line header. A row's label stands in the label column right before the numbers, so that
// a blank cell is never mistaken for layout padding when the text is read back.
func t3Rows(r *report.Report, t *schema.Table) [][]string {
	const labels = 3
	b := t.Blocks[0]
	width := labels + len(b.Columns)
	top := pad([]string{t.Note, "", "", schema.Applicants}, width)
	mid := make([]string, width)
	low := make([]string, width)
	for i, c := range b.Columns {
		switch {
		case c.Group == "":
			mid[labels+i] = c.Label
		default:
			if i == 0 || b.Columns[i-1].Group != c.Group {
				mid[labels+i] = c.Group
			}
			low[labels+i] = c.Label
		}
	}
	rows := [][]string{top, mid, low}
	prevGroup, prevSub := "", ""
	for _, row := range b.Rows {
		cells := make([]string, labels, width)
		if row.Group != prevGroup {
			cells[0] = row.Group
		}
		if row.Sub != prevSub {
			cells[1] = row.Sub
		}
		cells[2] = row.Label
		prevGroup, prevSub = row.Group, row.Sub
		for _, c := range b.Columns {
			cells = append(cells, r.Get(schema.CellKey(t.Key, row.Key, c.Key)).String())
		}
		rows = append(rows, cells)
	}
	return rows
}

// t4Rows: the group header, the column header with the court groups, their column header, and
// the single row of fifteen numbers.
func t4Rows(r *report.Report, t *schema.Table) [][]string {
	b := t.Blocks[0]
	n := len(b.Columns)
	width := n * len(b.Rows)
	groups := make([]string, width)
	heads := make([]string, width)
	subheads := make([]string, width)
	var values []string
	for gi, row := range b.Rows {
		at := gi * n
		if row.Super == "" {
			groups[at] = row.Label
			for ci, c := range b.Columns {
				heads[at+ci] = c.Label
			}
		} else {
			if gi == 0 || b.Rows[gi-1].Super != row.Super {
				groups[at] = row.Super
			}
			heads[at] = row.Label
			for ci, c := range b.Columns {
				subheads[at+ci] = c.Label
			}
		}
		for _, c := range b.Columns {
			values = append(values, r.Get(schema.CellKey(t.Key, row.Key, c.Key)).String())
		}
	}
	return [][]string{groups, heads, subheads, values}
}

func pad(cells []string, width int) []string {
	for len(cells) < width {
		cells = append(cells, "")
	}
	return cells
}
