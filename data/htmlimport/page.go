package htmlimport

import (
	"nianbao/data/assemble"
	"nianbao/data/document"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// block is a paragraph or a data table of the page, in reading order.
type block struct {
	text string            // a paragraph's text, white space collapsed; "" for a table
	rows [][]document.Cell // a table's rows; nil for a paragraph
	node *html.Node        // the innermost block-level element the paragraph came from, or the table
}

// page is what a web page holds for the importer: its <title> and its visible blocks.
type page struct {
	title  string
	blocks []block
}

// extract walks the document and cuts its visible text into blocks: every block-level element
// and every <br> ends a paragraph, inline markup (<span>, <font>, <strong>, Word's <o:p>) does
// not. Scripts, styles, forms' controls, navigation and hidden elements are left out.
func extract(doc *html.Node) page {
	e := &extractor{layout: map[*html.Node]bool{}}
	markLayout(doc, e.layout)
	e.walk(doc, doc)
	e.flush()
	return page{title: e.title, blocks: e.blocks}
}

type extractor struct {
	blocks []block
	title  string
	buf    strings.Builder
	owner  *html.Node          // the block-level element of the text in buf
	layout map[*html.Node]bool // tables that hold tables, see markLayout
}

func (e *extractor) walk(n, owner *html.Node) {
	switch n.Type {
	case html.TextNode:
		if e.buf.Len() == 0 {
			e.owner = owner
		}
		e.buf.WriteString(n.Data)
		return
	case html.ElementNode:
		switch {
		case n.DataAtom == atom.Title:
			if e.title == "" {
				e.title = assemble.Collapse(nodeText(n))
			}
			return
		case n.DataAtom == atom.Br:
			e.flush()
			return
		case skipped(n):
			return
		case n.DataAtom == atom.Table && !e.layout[n] && isWideTable(n):
			e.flush()
			e.blocks = append(e.blocks, block{rows: tableCells(n), node: n})
			return
		case blockLevel[n.DataAtom]:
			e.flush()
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				e.walk(c, n)
			}
			e.flush()
			return
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		e.walk(c, owner)
	}
}

// flush ends the paragraph being collected.
func (e *extractor) flush() {
	if e.buf.Len() == 0 {
		return
	}
	if t := assemble.Collapse(e.buf.String()); t != "" {
		e.blocks = append(e.blocks, block{text: t, node: e.owner})
	}
	e.buf.Reset()
}

// blockLevel are the elements that start and end a paragraph. Table parts are among them so
// that the cells of a layout table read as paragraphs.
var blockLevel = func() map[atom.Atom]bool {
	m := map[atom.Atom]bool{}
	for _, a := range []atom.Atom{atom.Html, atom.Body, atom.P, atom.Div, atom.H1, atom.H2, atom.H3,
		atom.H4, atom.H5, atom.H6, atom.Ul, atom.Ol, atom.Li, atom.Dl, atom.Dt, atom.Dd, atom.Section,
		atom.Article, atom.Main, atom.Header, atom.Blockquote, atom.Pre, atom.Address, atom.Center,
		atom.Form, atom.Fieldset, atom.Figure, atom.Figcaption, atom.Hr, atom.Caption, atom.Table,
		atom.Thead, atom.Tbody, atom.Tfoot, atom.Tr, atom.Td, atom.Th} {
		m[a] = true
	}
	return m
}()

// skippedElements never hold report text: code, controls, embedded objects, and the navigation
// and footer parts of HTML5 pages.
var skippedElements = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true, atom.Iframe: true,
	atom.Object: true, atom.Embed: true, atom.Svg: true, atom.Math: true, atom.Select: true,
	atom.Button: true, atom.Input: true, atom.Textarea: true, atom.Nav: true, atom.Footer: true,
	atom.Aside: true, atom.Link: true, atom.Meta: true, atom.Base: true,
}

// skipped reports whether an element and everything in it is left out: an element that never
// holds report text, or one the page hides.
func skipped(n *html.Node) bool {
	if skippedElements[n.DataAtom] {
		return true
	}
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "style":
			s := strings.ToLower(strings.ReplaceAll(a.Val, " ", ""))
			if strings.Contains(s, "display:none") || strings.Contains(s, "visibility:hidden") {
				return true
			}
		}
	}
	return false
}

// markLayout marks the tables that hold other tables: sites wrap whole articles in tables, and
// such a table is layout, its cells read as ordinary content. It reports whether n is or holds a
// table, walking the document once.
func markLayout(n *html.Node, layout map[*html.Node]bool) bool {
	holds := false
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		holds = markLayout(c, layout) || holds
	}
	if n.Type == html.ElementNode && n.DataAtom == atom.Table {
		if holds {
			layout[n] = true
		}
		return true
	}
	return holds
}

// isWideTable reports whether some row of a table has two cells or more. A table of one cell per
// row is layout too (a frame around the article), not a table of figures.
func isWideTable(t *html.Node) bool {
	for _, tr := range tableRows(t) {
		cells := 0
		for c := tr.FirstChild; c != nil; c = c.NextSibling {
			if isCell(c) {
				cells++
			}
		}
		if cells > 1 {
			return true
		}
	}
	return false
}

func isCell(n *html.Node) bool {
	return n.Type == html.ElementNode && (n.DataAtom == atom.Td || n.DataAtom == atom.Th)
}

// tableRows lists the rows of a table in document order, leaving out rows of nested tables.
func tableRows(t *html.Node) []*html.Node {
	var rows []*html.Node
	for c := t.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		switch c.DataAtom {
		case atom.Tr:
			rows = append(rows, c)
		case atom.Thead, atom.Tbody, atom.Tfoot:
			for r := c.FirstChild; r != nil; r = r.NextSibling {
				if r.Type == html.ElementNode && r.DataAtom == atom.Tr {
					rows = append(rows, r)
				}
			}
		}
	}
	return rows
}

// nodeText is the visible text of an element; block-level children and <br> are separated by a
// line break, which assemble.Collapse drops again between Chinese characters.
func nodeText(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			b.WriteString(n.Data)
			return
		case html.ElementNode:
			if skipped(n) {
				return
			}
			if n.DataAtom == atom.Br || blockLevel[n.DataAtom] {
				b.WriteByte('\n')
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}
