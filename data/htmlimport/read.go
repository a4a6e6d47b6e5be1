// Package htmlimport reads an annual report published as a web page: the article of a
// government site's 政府信息公开专栏, with tables 2–4 in their official merged layout
// (rowspan/colspan), amid the site's menus, breadcrumbs and footer, in whatever markup the site's
// editor produced. Like the plain-text reader it never guesses silently: a row it cannot read is
// listed in Source.ImportNotes, naming the table and the row.
package htmlimport

import (
	"bytes"
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding/simplifiedchinese"

	"nianbao/data/document"
	"nianbao/data/report"
	"nianbao/data/schema"
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
	p := &importer{name: name, kind: "网页", paras: map[string][]string{}, tbl: newTableState()}
	return p.read(extract(doc))
}

// Assemble turns a document read by any reader (a Word file, a PDF, …) into a report with the
// same steps as a web page: its title, opening, sections and tables are found by their words
// and labels, so that a fix to those steps serves every kind of document.
func Assemble(doc *document.Document) (*report.Report, error) {
	pg := page{title: collapse(doc.Title)}
	for _, b := range doc.Blocks {
		switch {
		case b.Table != nil:
			pg.blocks = append(pg.blocks, block{table: gridOf(b.Table.Rows)})
		case b.Para != nil:
			if t := collapse(b.Para.Text); t != "" {
				pg.blocks = append(pg.blocks, block{text: t})
			}
		}
	}
	kind := doc.Kind
	if kind == "" {
		kind = "文件"
	}
	p := &importer{name: doc.Name, kind: kind, paras: map[string][]string{}, tbl: newTableState()}
	return p.read(pg)
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

// importer holds the state of one import.
type importer struct {
	name string
	kind string // what the document is, for messages: 网页, Word 文档, PDF 文件

	heads    headings
	sections int                 // section headings seen
	section  string              // current section key, "" before 一、总体情况
	subItem  int                 // 总体情况 sub-item reached: 0 intro, 1…5 （一）…（五）
	preamble []string            // article paragraphs before 一、总体情况
	paras    map[string][]string // narrative paragraphs by key
	ended    bool                // the site's footer was met after the last section

	tbl   tableState
	old   []string // trial-format phrases found
	notes []note
}

// note is an import note; table notes are dropped when the tables are not imported at all.
type note struct {
	text  string
	table bool
}

func (p *importer) notef(format string, args ...any) {
	p.notes = append(p.notes, note{text: fmt.Sprintf(format, args...)})
}

// tablef notes a table row or cell that could not be read.
func (p *importer) tablef(format string, args ...any) {
	p.notes = append(p.notes, note{text: fmt.Sprintf(format, args...), table: true})
}

func (p *importer) read(pg page) (*report.Report, error) {
	art := findArticle(pg.blocks)
	for _, b := range pg.blocks {
		if !art.contains(b) {
			continue
		}
		if b.table != nil {
			p.trialPhrasesInTable(b.table)
			p.readTable(b.table, b.kind)
			continue
		}
		p.addOld(TrialFormatPhrases(b.text))
		p.paragraph(b.text)
	}
	if p.sections == 0 && !p.tbl.seen {
		return nil, fmt.Errorf("「%s」中没有找到政府信息公开工作年度报告：%s里没有“一、总体情况”“二、主动公开政府信息情况”等章节标题，也没有年度报告的统计表", displayName(p.name), p.kind)
	}
	r := p.finish(pg, art)
	if err := report.RequireTableValues(r, displayName(p.name), p.kind); err != nil {
		return nil, err
	}
	return r, nil
}

func (p *importer) addOld(phrases []string) {
	for _, ph := range phrases {
		if !slices.Contains(p.old, ph) {
			p.old = append(p.old, ph)
		}
	}
}

func (p *importer) trialPhrasesInTable(g *grid) {
	for r := range g.rows {
		for _, c := range g.row(r) {
			if !c.copied {
				p.addOld(TrialFormatPhrases(c.text))
			}
		}
	}
}

// paragraph routes one paragraph of the article to the part of the report it belongs to.
func (p *importer) paragraph(text string) {
	if p.ended {
		return
	}
	if s, rest, ok := p.heads.match(text); ok {
		p.section = s.Key
		p.sections++
		if s.Key == "s1" {
			p.subItem = 0
		}
		if text = rest; text == "" {
			return
		}
	}
	switch p.section {
	case "":
		p.preamble = append(p.preamble, text)
	case "s1":
		if !isChrome(text) {
			p.overview(text)
		}
	case "s2", "s3", "s4":
		p.besideTables(text)
	default:
		if isChrome(text) {
			p.ended = true
			return
		}
		p.addPara(p.section, text)
	}
}

func (p *importer) addPara(key, text string) {
	if text = strings.TrimSpace(text); text != "" {
		p.paras[key] = append(p.paras[key], text)
	}
}

// maxCaptionRunes: a paragraph in a table section up to this long is a caption or unit line
// (「（单位：件）」); a longer one is text the format has no place for, and is reported.
const maxCaptionRunes = 30

func (p *importer) besideTables(text string) {
	if utf8.RuneCountInString(text) > maxCaptionRunes && !isChrome(text) {
		s, _ := schema.SectionByKey(p.section)
		p.notef("“%s”下的文字未导入（该部分只有表格）：%s", s.Heading, clipText(text, 30))
	}
}

// finish assembles the report.
func (p *importer) finish(pg page, art article) *report.Report {
	p.preamble = joinTitleLines(p.preamble)
	opening, titleAt := openingOf(p.preamble)
	agency, year := p.meta(pg, art, titleAt, opening)
	r := report.New(agency, year)
	r.Meta.AutoTotals = false
	r.Meta.Opening = strings.Join(opening, "\n")
	r.Source.File = p.name
	for key, paras := range p.paras {
		r.SetText(key, strings.Join(paras, "\n"))
	}
	p.tbl.store(r)
	if p.tbl.singleOther != "" && !p.tbl.sawOther {
		p.addOld([]string{t3Other + "（单行）"})
	}
	if len(p.old) > 0 {
		r.Meta.Format = "2019"
		r.Source.OldFormat = p.old
		if p.tbl.seen {
			// The trial format's tables have other rows and columns; reading them into the 2021
			// cells would misread them.
			r.Cells = make([]report.Value, schema.NumCells())
			kept := p.notes[:0]
			for _, n := range p.notes {
				if !n.table {
					kept = append(kept, n)
				}
			}
			p.notes = kept
			p.notef("本%s使用2019年试行格式（%s），表格未按2021年格式导入，请按新格式重新填写", p.kind, p.old[0])
		}
	} else {
		r.Source.FeeInYuan = p.tbl.feeInYuan
	}
	if agency == "" || year == 0 {
		p.notef("没有找到报告标题（如“××机关2023年政府信息公开工作年度报告”），请核对机关名称和年度")
	}
	for _, n := range p.notes {
		r.Source.ImportNotes = append(r.Source.ImportNotes, n.text)
	}
	return r
}

// joinTitleLines joins a title set on two or three lines (「××街道办事处」 over 「2023年政府信息
// 公开工作年度报告」, as printed documents break it) into one line where the joined lines read
// as a title with an agency and a year and the last line alone does not name the agency.
func joinTitleLines(lines []string) []string {
	for i := range lines {
		for n := 2; n <= 3 && i+n <= len(lines); n++ {
			joined := strings.Join(lines[i:i+n], "")
			last, _, _ := parseTitle(lines[i+n-1])
			if a, y, ok := parseTitle(joined); ok && a != "" && y != 0 && last == "" {
				out := append(append(append([]string(nil), lines[:i]...), joined), lines[i+n:]...)
				return out
			}
		}
	}
	return lines
}

// openingOf picks the opening paragraphs out of what stood before 一、总体情况 in the article:
// after the title line when there is one (above it are the site's lines), without the site's
// lines (发布时间, 字号, breadcrumbs) and the short lines that are no sentence (a date, the
// agency's name under the title). titleAt is the index of the title line, -1 if none.
func openingOf(preamble []string) (opening []string, titleAt int) {
	titleAt = -1
	for i, t := range preamble {
		if _, _, ok := parseTitle(t); ok {
			titleAt = i
			break
		}
	}
	for _, t := range preamble[titleAt+1:] {
		if !isChrome(t) && (utf8.RuneCountInString(t) >= 20 || strings.ContainsAny(t, "。，；")) {
			opening = append(opening, t)
		}
	}
	return opening, titleAt
}

// Ranks of the places a page names its agency and year, best first.
const (
	rankArticleTitle = iota // a title line inside the article
	rankHeadline            // a title in a heading element or a title-classed element of the page
	rankPageTitle           // the <title>
	rankOtherLine           // a title-like line elsewhere before the report (a sidebar link, perhaps)
	rankOpening             // 「本报告由…编制」「统计期限为2025年1月1日…」
	rankNone
)

// meta finds agency and year: each from the best place that names it.
func (p *importer) meta(pg page, art article, titleAt int, opening []string) (agency string, year int) {
	agencyRank, yearRank := rankNone, rankNone
	offer := func(rank int, a string, y int) {
		if a != "" && rank < agencyRank {
			agency, agencyRank = a, rank
		}
		if y != 0 && rank < yearRank {
			year, yearRank = y, rank
		}
	}
	if titleAt >= 0 {
		a, y, _ := parseTitle(p.preamble[titleAt])
		offer(rankArticleTitle, a, y)
	}
	end := art.first
	if end < 0 {
		end = len(pg.blocks)
	}
	// Nearest to the article first: a sidebar listing other years' reports stands further away
	// than the article's own headline.
	for i := end - 1; i >= 0; i-- {
		b := pg.blocks[i]
		if b.table != nil || art.contains(b) {
			continue
		}
		if a, y, ok := parseTitle(b.text); ok {
			rank := rankOtherLine
			if isHeadline(b.node) {
				rank = rankHeadline
			}
			offer(rank, a, y)
		}
	}
	if a, y, ok := parsePageTitle(pg.title); ok {
		offer(rankPageTitle, a, y)
	}
	a, y := metaFromOpening(strings.Join(opening, "\n"))
	offer(rankOpening, a, y)
	return agency, year
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
