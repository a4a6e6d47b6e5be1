package html

import (
	"bytes"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"

	xhtml "golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"nianbao/data/export/exporttest"
	"nianbao/data/report"
	"nianbao/data/schema"
)

func render(t testing.TB, r *report.Report) []byte {
	t.Helper()
	return exporttest.Export(t, r, Write)
}

func parse(t testing.TB, b []byte) *xhtml.Node {
	t.Helper()
	doc, err := xhtml.Parse(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// all returns the elements under n with the given tag, in document order.
func all(n *xhtml.Node, a atom.Atom) []*xhtml.Node {
	var out []*xhtml.Node
	for d := range n.Descendants() {
		if d.Type == xhtml.ElementNode && d.DataAtom == a {
			out = append(out, d)
		}
	}
	return out
}

func attr(n *xhtml.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func text(n *xhtml.Node) string {
	var b strings.Builder
	for d := range n.Descendants() {
		if d.Type == xhtml.TextNode {
			b.WriteString(d.Data)
		}
	}
	return strings.TrimSpace(b.String())
}

func span(n *xhtml.Node, key string) int {
	if v, err := strconv.Atoi(attr(n, key)); err == nil && v > 0 {
		return v
	}
	return 1
}

// grid expands a table into the text at every position, a merged cell repeating its text over
// the positions it covers.
func grid(table *xhtml.Node) [][]string {
	var out [][]string
	for ri, tr := range all(table, atom.Tr) {
		for len(out) <= ri {
			out = append(out, nil)
		}
		col := 0
		for c := tr.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != xhtml.ElementNode || (c.DataAtom != atom.Td && c.DataAtom != atom.Th) {
				continue
			}
			for col < len(out[ri]) && out[ri][col] != "\x00" {
				col++
			}
			rs, cs := span(c, "rowspan"), span(c, "colspan")
			for r := ri; r < ri+rs; r++ {
				for len(out) <= r {
					out = append(out, nil)
				}
				for len(out[r]) < col+cs {
					out[r] = append(out[r], "\x00")
				}
				for k := col; k < col+cs; k++ {
					out[r][k] = text(c)
				}
			}
			col += cs
		}
	}
	return out
}

func TestGolden(t *testing.T) {
	exporttest.Golden(t, "testdata/full.golden.html", func() []byte { return render(t, exporttest.FullReport(t)) })
}

func TestPageIsSelfContained(t *testing.T) {
	doc := parse(t, render(t, exporttest.FullReport(t)))
	htmlEl := all(doc, atom.Html)[0]
	if attr(htmlEl, "lang") != "zh-CN" {
		t.Errorf("lang = %q", attr(htmlEl, "lang"))
	}
	var charset, viewport bool
	for _, m := range all(doc, atom.Meta) {
		charset = charset || strings.EqualFold(attr(m, "charset"), "utf-8")
		viewport = viewport || (attr(m, "name") == "viewport" && strings.Contains(attr(m, "content"), "width=device-width"))
	}
	if !charset || !viewport {
		t.Errorf("meta charset %v, viewport %v", charset, viewport)
	}
	if n := len(all(doc, atom.Script)) + len(all(doc, atom.Link)) + len(all(doc, atom.Img)); n != 0 {
		t.Errorf("%d script, link or img elements: the page must stand alone", n)
	}
	styles := all(doc, atom.Style)
	if len(styles) != 1 || !strings.Contains(text(styles[0]), "@media print") || !strings.Contains(text(styles[0]), "size: A4") {
		t.Error("want one style sheet with an A4 print style")
	}
	if titles := all(doc, atom.Title); len(titles) != 1 || text(titles[0]) != exporttest.FullReport(t).Title() {
		t.Error("the page title must be the report title")
	}
	for _, tbl := range all(doc, atom.Table) {
		wrap := tbl.Parent
		if !strings.Contains(attr(wrap, "class"), "table-wrap") || attr(wrap, "tabindex") != "0" || attr(wrap, "role") != "region" {
			t.Error("a table must sit in a focusable, scrolling region, so that a phone can scroll it sideways")
		}
	}
}

func TestHeadingsAndNarrative(t *testing.T) {
	r := exporttest.FullReport(t)
	doc := parse(t, render(t, r))
	var headings, paras []string
	for _, h := range all(doc, atom.H2) {
		headings = append(headings, text(h))
	}
	for _, h := range all(doc, atom.H3) {
		headings = append(headings, text(h))
	}
	for _, p := range all(doc, atom.P) {
		paras = append(paras, text(p))
	}
	for _, s := range schema.Sections() {
		if !slices.Contains(headings, s.Heading) {
			t.Errorf("no heading %s", s.Heading)
		}
	}
	for _, n := range schema.Narratives() {
		if n.Heading != "" && !slices.Contains(headings, n.Heading) {
			t.Errorf("no heading %s", n.Heading)
		}
		for _, p := range strings.Split(r.Text(n.Key), "\n") {
			if !slices.Contains(paras, p) {
				t.Errorf("%s: paragraph %q missing", n.Key, p)
			}
		}
	}
	for _, p := range strings.Split(r.Meta.Opening, "\n") {
		if !slices.Contains(paras, p) {
			t.Errorf("opening paragraph %q missing", p)
		}
	}
	if h1 := all(doc, atom.H1); len(h1) != 1 || text(h1[0]) != r.Title() {
		t.Error("want the title as the one h1")
	}
}

func tables(t *testing.T, doc *xhtml.Node) map[string]*xhtml.Node {
	t.Helper()
	out := map[string]*xhtml.Node{}
	for _, tbl := range all(doc, atom.Table) {
		out[strings.TrimPrefix(attr(tbl, "class"), "table-")] = tbl
	}
	if len(out) != 3 {
		t.Fatalf("%d tables, want 3", len(out))
	}
	return out
}

func TestTableSemantics(t *testing.T) {
	doc := parse(t, render(t, exporttest.FullReport(t)))
	tbls := tables(t, doc)
	for key, tbl := range tbls {
		st, _ := schema.TableByKey(key)
		caps := all(tbl, atom.Caption)
		if len(caps) != 1 || !strings.HasPrefix(text(caps[0]), st.Name) {
			t.Errorf("%s: caption %v", key, caps)
		}
		for _, th := range all(tbl, atom.Th) {
			if s := attr(th, "scope"); !slices.Contains([]string{"col", "row", "colgroup", "rowgroup"}, s) {
				t.Errorf("%s: th %q has scope %q", key, text(th), s)
			}
		}
	}
	var group *xhtml.Node
	for _, th := range all(tbls["t3"], atom.Th) {
		if text(th) == "三、本年度办理结果" {
			group = th
		}
	}
	if group == nil || attr(group, "rowspan") != "22" || attr(group, "scope") != "rowgroup" {
		t.Fatalf("三、本年度办理结果 must head 22 rows as a row group: %v", group)
	}
	if tbody := group.Parent.Parent; tbody.DataAtom != atom.Tbody || len(all(tbody, atom.Tr)) != 22 {
		t.Error("三、本年度办理结果 must have a tbody of its 22 rows")
	}
	for _, want := range []struct {
		table, text, scope string
		rows, cols         int
	}{
		{"t3", "申请人情况", "colgroup", 1, 7},
		{"t3", "自然人", "col", 2, 1},
		{"t3", "法人或其他组织", "colgroup", 1, 5},
		{"t3", "总计", "col", 2, 1},
		{"t3", "（三）不予公开", "row", 8, 1},
		{"t3", "（七）总计", "row", 1, 2},
		{"t4", "行政复议", "colgroup", 1, 5},
		{"t4", "行政诉讼", "colgroup", 1, 10},
		{"t4", "未经复议直接起诉", "colgroup", 1, 5},
		{"t2", "第二十条第（八）项", "colgroup", 1, 4},
		{"t2", "本年收费金额（单位：万元）", "col", 1, 3},
	} {
		found := false
		for _, th := range all(tbls[want.table], atom.Th) {
			if text(th) == want.text {
				found = true
				if attr(th, "scope") != want.scope || span(th, "rowspan") != want.rows || span(th, "colspan") != want.cols {
					t.Errorf("%s %s: scope %s rowspan %d colspan %d, want %s %d %d", want.table, want.text,
						attr(th, "scope"), span(th, "rowspan"), span(th, "colspan"), want.scope, want.rows, want.cols)
				}
			}
		}
		if !found {
			t.Errorf("%s: no th %s", want.table, want.text)
		}
	}
	note := all(tbls["t3"], atom.Td)[0]
	if text(note) != schema.Tables()[1].Note || span(note, "rowspan") != 3 || span(note, "colspan") != 3 {
		t.Errorf("table 3 must open with its note over 3 × 3 cells: %q", text(note))
	}
}

// TestValuesBesideTheirLabels finds every row label of tables 2 and 3 and checks the values in
// its row, and the one data row of table 4.
func TestValuesBesideTheirLabels(t *testing.T) {
	r := exporttest.FullReport(t)
	r.Set("t3.carried.research", report.Value{})
	r.Set("t4.direct.other", report.Value{State: report.NotApplicable})
	tbls := tables(t, parse(t, render(t, r)))
	for _, st := range schema.Tables() {
		g := grid(tbls[st.Key])
		for _, b := range st.Blocks {
			for _, row := range b.Rows {
				var want []string
				for _, c := range b.Columns {
					want = append(want, r.Get(schema.CellKey(st.Key, row.Key, c.Key)).String())
				}
				if st.Key == "t4" {
					continue
				}
				found := false
				for _, line := range g {
					if slices.Contains(line, row.Label) {
						found = true
						// A block with one value column stretches it over the rest: its last
						// position holds the value.
						if got := line[len(line)-len(b.Columns):]; !slices.Equal(got, want) {
							t.Errorf("%s %s: %q, want %q", st.Name, row.Label, got, want)
						}
					}
				}
				if !found {
					t.Errorf("%s: no row %s", st.Name, row.Label)
				}
			}
		}
	}
	var want []string
	for _, c := range schema.Tables()[2].Cells() {
		want = append(want, r.Cells[c.Index].String())
	}
	g := grid(tbls["t4"])
	if got := g[len(g)-1]; !slices.Equal(got, want) {
		t.Errorf("表四 data row %q, want %q", got, want)
	}
}

// TestMatchesOfficialLayout compares each table, position by position, with the official clean
// layout (the importer's copy of it), whose blank cells under 自然人, 总计 and the table-4 result labels are what our row spans
// cover.
func TestMatchesOfficialLayout(t *testing.T) {
	b, err := os.ReadFile("../../htmlimport/testdata/clean-layout-2025.html")
	if err != nil {
		t.Fatal(err)
	}
	official := all(parse(t, b), atom.Table)
	r := exporttest.FullReport(t)
	r.Set("t2.fees.amount", report.Count(316441)) // the official example's whole-number fee
	ours := tables(t, parse(t, render(t, r)))
	for i, key := range []string{"t2", "t3", "t4"} {
		want, got := grid(official[i]), grid(ours[key])
		if len(want) != len(got) {
			t.Errorf("%s: %d rows, official %d", key, len(got), len(want))
			continue
		}
		for ri := range want {
			if len(want[ri]) != len(got[ri]) {
				t.Errorf("%s row %d: %d columns, official %d", key, ri+1, len(got[ri]), len(want[ri]))
				continue
			}
			for ci, w := range want[ri] {
				if w == "" && ri > 0 {
					w = want[ri-1][ci] // the official's blank continuation of the cell above
				}
				if got[ri][ci] != w {
					t.Errorf("%s row %d col %d: %q, official %q", key, ri+1, ci+1, got[ri][ci], w)
				}
			}
		}
	}
}

func TestUserTextIsEscaped(t *testing.T) {
	const hostile = `<script>alert("x")</script><img src=x onerror=alert(1)>`
	r := exporttest.FullReport(t)
	r.Meta.Agency = "测试局" + hostile
	r.SetText("s5", "问题 & 改进 "+hostile)
	r.Meta.Opening = "</p><p>"
	out := render(t, r)
	doc := parse(t, out)
	if n := len(all(doc, atom.Script)) + len(all(doc, atom.Img)); n != 0 {
		t.Fatalf("user text became %d elements", n)
	}
	if h1 := all(doc, atom.H1)[0]; text(h1) != r.Title() {
		t.Errorf("title = %q", text(h1))
	}
	var paras []string
	for _, p := range all(doc, atom.P) {
		paras = append(paras, text(p))
	}
	for _, want := range []string{r.Text("s5"), "</p><p>"} {
		if !slices.Contains(paras, want) {
			t.Errorf("paragraph %q not shown as text", want)
		}
	}
	if bytes.Contains(out, []byte("<script>")) {
		t.Error("a raw <script> tag is in the page")
	}
}

func BenchmarkWrite(b *testing.B) {
	r := exporttest.FullReport(b)
	for b.Loop() {
		if err := Write(&bytes.Buffer{}, r); err != nil {
			b.Fatal(err)
		}
	}
}
