// Package htmlimport reads an annual report published as a web page: the article of a
// government site's 政府信息公开专栏, with tables 2–4 in their official merged layout
// (rowspan/colspan), amid the site's menus, breadcrumbs and footer, in whatever markup the site's
// editor produced. It finds the article and hands its paragraphs and tables to data/assemble,
// which every kind of document goes through.
package htmlimport

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding/simplifiedchinese"

	"nianbao/data/assemble"
	"nianbao/data/document"
	"nianbao/data/report"
)

// maxInput bounds what Read accepts: a report page with the site around it is some hundreds of
// kilobytes; a far larger file is not one and would only cost time.
const maxInput = 8 << 20

// Read imports a report from a web page. name is the file name used in messages and kept in
// Source.File. Imported reports keep their stated totals (Meta.AutoTotals is false) so the
// checker sees the report as published. A page with no recognisable report is an error.
func Read(rd io.Reader, name string) (*report.Report, error) {
	b, err := io.ReadAll(io.LimitReader(rd, maxInput+1))
	if err != nil {
		return nil, fmt.Errorf("读取「%s」失败：%v", displayName(name), err)
	}
	if len(b) > maxInput {
		return nil, fmt.Errorf("「%s」超过 %d MB，不是一份年度报告网页", displayName(name), maxInput>>20)
	}
	doc, err := html.Parse(strings.NewReader(toUTF8(b)))
	if err != nil {
		return nil, fmt.Errorf("「%s」无法作为网页读取：%v", displayName(name), err)
	}
	return assemble.Assemble(toDocument(name, extract(doc)))
}

// toDocument hands the page to the assembler: the blocks outside the article as asides (a title
// may still be found there), and those set as headlines marked as titles.
func toDocument(name string, pg page) *document.Document {
	art := findArticle(pg.blocks)
	d := &document.Document{Name: name, Kind: "网页", Title: pg.title}
	for _, b := range pg.blocks {
		var blk document.Block
		if b.rows != nil {
			blk.Table = &document.Table{Rows: b.rows}
		} else {
			level := document.LevelBody
			if isHeadline(b.node) {
				level = document.LevelTitle
			}
			blk.Para = &document.Paragraph{Text: b.text, Level: level}
		}
		blk.Aside = !art.contains(b)
		d.Blocks = append(d.Blocks, blk)
	}
	return d
}

func displayName(name string) string {
	if name == "" {
		return "网页"
	}
	return name
}

// toUTF8 decodes a page: by its byte-order mark; as UTF-8 when it is valid UTF-8 (a page saved
// again by an editor may keep a stale charset declaration); else by its <meta charset>; else as
// GB18030, which covers the GB2312 and GBK of older Chinese sites.
func toUTF8(b []byte) string {
	enc, name, certain := charset.DetermineEncoding(b, "")
	switch {
	case certain:
	case utf8.Valid(b):
		return string(b)
	case name == "windows-1252" || name == "utf-8":
		enc = simplifiedchinese.GB18030
	}
	out, err := enc.NewDecoder().Bytes(b)
	if err != nil {
		out = b
	}
	return string(bytes.ToValidUTF8(out, []byte("\uFFFD")))
}

// isHeadline reports whether an element, or the element around it, is where a page sets an
// article's title: a heading element, or one whose class or id says title.
func isHeadline(n *html.Node) bool {
	for i := 0; i < 2 && n != nil && n.Type == html.ElementNode; i, n = i+1, n.Parent {
		switch n.DataAtom {
		case atom.H1, atom.H2, atom.H3:
			return true
		}
		for _, a := range n.Attr {
			if (a.Key == "class" || a.Key == "id") && strings.Contains(strings.ToLower(a.Val), "title") {
				return true
			}
		}
	}
	return false
}
