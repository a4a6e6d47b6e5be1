// Package assemble turns a document as any reader hands it over (paragraphs with their level,
// tables as rows of cells with their merges; see data/document) into a report: the title gives
// agency and year, the section headings route the paragraphs, the tables' labels find tables 2–4
// and their rows and columns. Web pages, Word files and PDFs all go through Assemble, and the
// plain-text reader uses the same steps (titles, headings, value and label tests), so that a fix
// to one of them helps every kind of document. Nothing is guessed silently: a row that cannot be
// read is listed in Source.ImportNotes, naming the table and the row.
package assemble

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"nianbao/data/document"
	"nianbao/data/report"
	"nianbao/data/schema"
)

// Assemble turns a document into a report. Imported reports keep their stated totals
// (Meta.AutoTotals is false) so that the checker sees the report as published. A document with
// neither section headings nor a table of the report is an error, and so is one from whose tables
// no value was read.
func Assemble(doc *document.Document) (*report.Report, error) {
	pg := page{title: Collapse(doc.Title)}
	for _, b := range doc.Blocks {
		switch {
		case b.Table != nil:
			pg.blocks = append(pg.blocks, block{table: gridOf(b.Table.Rows), aside: b.Aside})
		case b.Para != nil:
			if t := Collapse(b.Para.Text); t != "" {
				pg.blocks = append(pg.blocks, block{text: t, aside: b.Aside, headline: b.Para.Level != document.LevelBody})
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

// page is a document as the importer walks it.
type page struct {
	title  string
	blocks []block
}

// block is a paragraph or a table of the document, in reading order.
type block struct {
	text     string        // a paragraph's text, white space collapsed; "" for a table
	table    *grid         // a table's cells; nil for a paragraph
	aside    bool          // around the report (a site's menus, sidebars, footer): only a title is taken from it
	headline bool          // set as a title or heading by the source
	kind     *schema.Table // the table of the report a table block holds, by its labels
}

func displayName(name string) string {
	if name == "" {
		return "文件"
	}
	return name
}

// importer holds the state of one import.
type importer struct {
	name string
	kind string // what the document is, for messages: 网页, Word 文档, PDF 文件

	heads    Headings
	sections int                 // section headings seen
	section  string              // current section key, "" before 一、总体情况
	subItem  int                 // 总体情况 sub-item reached: 0 intro, 1…5 （一）…（五）
	preamble []string            // article paragraphs before 一、总体情况
	paras    map[string][]string // narrative paragraphs by key
	ended    bool                // the site's footer was met after the last section

	tbl      tableState
	old      []string // trial-format phrases found
	notes    []note
	rowNotes []rowNote // rows read under the nearest label
}

// rowNote is a row's cell-key prefix (「t2.license.」) and the import note about it, which
// becomes each of its cells' Source.CellNotes entry.
type rowNote struct{ prefix, note string }

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
	first := classifyBlocks(pg.blocks)
	for _, b := range pg.blocks {
		if b.aside {
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
	r := p.finish(pg, first)
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
	if s, rest, ok := p.heads.Match(text); ok {
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
		p.notef("“%s”下的文字未导入（该部分只有表格）：%s", s.Heading, ClipText(text, 30))
	}
}

// finish assembles the report.
func (p *importer) finish(pg page, first int) *report.Report {
	p.preamble = joinTitleLines(p.preamble)
	opening, titleAt := openingOf(p.preamble)
	agency, year := p.meta(pg, first, titleAt, opening)
	r := report.New(agency, year)
	end := first
	if end < 0 {
		end = len(pg.blocks)
	}
	for _, b := range pg.blocks[:end] {
		if d, ok := PublishedOn(b.text); ok && b.table == nil {
			r.Meta.Published = d
			p.notef("%s", PublishedNote(d))
			break
		}
	}
	r.Meta.AutoTotals = false
	r.Meta.Opening = strings.Join(opening, "\n")
	for _, t := range p.preamble[titleAt+1:] {
		if l, ok := report.ParseLevelLine(t); ok {
			r.Meta.Level = l // stated by the export that wrote the file, under its title
			break
		}
	}
	r.Source.File = p.name
	for key, paras := range p.paras {
		r.SetText(key, strings.Join(paras, "\n"))
	}
	p.tbl.store(r)
	for _, rn := range p.rowNotes {
		r.NoteRow(rn.prefix, rn.note)
	}
	if p.tbl.singleOther != "" && !p.tbl.sawOther {
		p.tablef("%s：%s", p.tbl.singleOther, SingleOtherNote())
	}
	if len(p.old) > 0 {
		r.Meta.Format = "2019"
		r.Source.OldFormat = p.old
		if p.tbl.seen {
			// The trial format's tables have other rows and columns; reading them into the 2021
			// cells would misread them.
			r.Cells = make([]report.Value, schema.NumCells())
			r.Source.CellNotes = nil
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
			last, _, _ := ParseTitle(lines[i+n-1])
			if a, y, ok := ParseTitle(joined); ok && a != "" && y != 0 && last == "" {
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
		if _, _, ok := ParseTitle(t); ok {
			titleAt = i
			break
		}
	}
	for _, t := range preamble[titleAt+1:] {
		if _, level := report.ParseLevelLine(t); !level && !isChrome(t) && (utf8.RuneCountInString(t) >= 20 || strings.ContainsAny(t, "。，；")) {
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
func (p *importer) meta(pg page, first, titleAt int, opening []string) (agency string, year int) {
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
		a, y, _ := ParseTitle(p.preamble[titleAt])
		offer(rankArticleTitle, a, y)
	}
	end := first
	if end < 0 {
		end = len(pg.blocks)
	}
	// Nearest to the article first: a sidebar listing other years' reports stands further away
	// than the article's own headline.
	for i := end - 1; i >= 0; i-- {
		b := pg.blocks[i]
		if b.table != nil || !b.aside {
			continue
		}
		if a, y, ok := ParseTitle(b.text); ok {
			rank := rankOtherLine
			if b.headline {
				rank = rankHeadline
			}
			offer(rank, a, y)
		}
	}
	if a, y, ok := parsePageTitle(pg.title); ok {
		offer(rankPageTitle, a, y)
	}
	a, y := MetaFromOpening(strings.Join(opening, "\n"))
	offer(rankOpening, a, y)
	return agency, year
}

// classifyBlocks names the table of the report each table block holds and returns the index of
// the first block that is a section heading or such a table, -1 if none.
func classifyBlocks(blocks []block) int {
	var h Headings
	first := -1
	for i := range blocks {
		b := &blocks[i]
		anchor := false
		if b.table != nil {
			b.kind = classify(b.table)
			anchor = b.kind != nil
		} else if _, _, ok := h.Match(b.text); ok {
			anchor = true
		}
		if anchor && first < 0 {
			first = i
		}
	}
	return first
}
