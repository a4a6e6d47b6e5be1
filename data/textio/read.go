// Package textio reads and writes a report as plain text or Markdown, in the form government
// websites produce when a published report is copied as text: a title line, section headings,
// narrative paragraphs and the tables as tab-separated rows. The reader is tolerant of the
// variations met in the wild and never guesses silently: what it cannot read is listed in
// Source.ImportNotes with its line number.
package textio

import (
	"fmt"
	"io"
	"regexp"
	"sort"
	"strings"
	"unicode/utf8"

	"nianbao/data/assemble"
	"nianbao/data/document"
	"nianbao/data/report"
	"nianbao/data/schema"
)

// maxInput bounds what Read accepts: a report is some tens of kilobytes, and a far larger file is
// not one and would only cost time.
const maxInput = 4 << 20

// line is one line of the input with its 1-based number, which import notes cite.
type line struct {
	no   int
	text string
}

// Read imports a report from plain text or Markdown. name is the file name used in messages and
// kept in Source.File. Imported reports keep their stated totals (Meta.AutoTotals is false) so the
// checker sees the report as published. A text with no recognisable report is an error.
func Read(rd io.Reader, name string) (*report.Report, error) {
	b, err := io.ReadAll(io.LimitReader(rd, maxInput+1))
	if err != nil {
		return nil, fmt.Errorf("读取「%s」失败：%v", displayName(name), err)
	}
	if len(b) > maxInput {
		return nil, fmt.Errorf("「%s」超过 %d MB，不是一份年度报告", displayName(name), maxInput>>20)
	}
	if !utf8.Valid(b) {
		return nil, fmt.Errorf("「%s」不是 UTF-8 编码的文本，请用记事本“另存为”UTF-8 编码后再导入", displayName(name))
	}
	p := &parser{name: name, md: isMarkdown(name), paras: map[string][]string{}, filled: map[string]int{}, splitSteps: maxDocSplitSteps}
	return p.parse(splitLines(string(b)))
}

func displayName(name string) string {
	if name == "" {
		return "文本"
	}
	return name
}

func splitLines(s string) []line {
	s = strings.TrimPrefix(s, "\ufeff")
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	parts := strings.Split(s, "\n")
	lines := make([]line, len(parts))
	for i, t := range parts {
		lines[i] = line{no: i + 1, text: t}
	}
	return lines
}

// isMarkdown reports whether a file's name says Markdown (document.Kinds), whose escapes the
// reader removes.
func isMarkdown(name string) bool {
	k, ok := document.KindOf(name)
	return ok && k.Name == "md"
}

// parser holds the state of one import.
type parser struct {
	name string
	md   bool // a Markdown file: thematic breaks are dropped and backslash escapes removed

	agency      string
	year        int
	level       report.Level // stated on the line under the title (report.LevelLine)
	titleFound  bool
	runTogether bool // no line starts with a section heading: a crawled page run into one line

	heads    assemble.Headings   // the section headings met so far
	section  string              // current section key, "" before 一、总体情况
	opening  []string            // paragraphs before 一、总体情况
	paras    map[string][]string // narrative paragraphs by key
	field    string              // narrative field receiving paragraphs
	subItem  int                 // 总体情况 sub-item reached: 0 intro, 1…5 （一）…（五）
	sections int                 // section headings seen

	pending []note // lines before the title, kept until we know whether a title follows
	tbl     tableState
	filled  map[string]int // table row key → line that filled it, to report duplicates
	old     []oldPhrase
	notes   []note
	// splitSteps is what is left of the document's budget for cutting runs of digits by their
	// sums (see splitBySum).
	splitSteps int
	runs       []pendingRun // rows several splits fit, settled once the tables are read
	rowNotes   []rowNote    // rows whose values were inferred or read under the nearest label
	published  line         // the line above the report stating its 发布时间, if any (no 0)
}

// maxPublishedRunes: a line stating the 发布日期 and no more is short.
const maxPublishedRunes = 40

// publishedBefore finds the line above the first section heading that states the report's
// publication (assemble.PublishedOn).
func publishedBefore(lines []line) line {
	var h assemble.Headings
	for _, ln := range lines {
		if _, _, ok := sectionHeading(&h, ln.text); ok {
			break
		}
		if _, ok := assemble.PublishedOn(ln.text); ok {
			return ln
		}
	}
	return line{}
}

// rowNote ties a table row (its cell-key prefix, 「t3.granted.」) to the import note that says how
// its values were come to; the note becomes each cell's Source.CellNotes entry.
type rowNote struct {
	prefix string
	note   int // index into parser.notes
}

// noteRow ties the last import note to the row rowKey (「t3.granted」).
func (p *parser) noteRow(rowKey string) {
	p.rowNotes = append(p.rowNotes, rowNote{prefix: rowKey + ".", note: len(p.notes) - 1})
}

// note is an import note; table notes are dropped when the tables are not imported at all.
type note struct {
	no    int
	text  string
	table bool
}

func (p *parser) notef(no int, format string, args ...any) {
	p.notes = append(p.notes, note{no: no, text: fmt.Sprintf(format, args...)})
}

// tablef notes a table line that could not be read.
func (p *parser) tablef(no int, format string, args ...any) {
	p.notes = append(p.notes, note{no: no, text: fmt.Sprintf(format, args...), table: true})
}

func keepNonTable(notes []note) []note {
	var out []note
	for _, n := range notes {
		if !n.table {
			out = append(out, n)
		}
	}
	return out
}

// horizontalRule is a Markdown thematic break (---, ***, ___), which carries no content.
var horizontalRule = regexp.MustCompile(`^([-*_])(\s*[-*_]){2,}$`)

// crawlerBody marks where a crawler's page dump starts its body; lines above it are
// 「标题: …」「发布时间: …」 headers.
var crawlerBody = regexp.MustCompile(`^=+\s*正文\s*=+$`)

func (p *parser) parse(lines []line) (*report.Report, error) {
	p.published = publishedBefore(lines)
	lines = p.crawlerHeader(lines)
	p.old = findOldFormat(lines)
	if !anySectionHeading(lines) {
		p.runTogether = true
		lines = splitRunTogether(lines)
	}
	for _, ln := range lines {
		p.line(ln)
	}
	if p.sections == 0 {
		return nil, fmt.Errorf("「%s」中没有找到政府信息公开工作年度报告：缺少“一、总体情况”“二、主动公开政府信息情况”等章节标题", displayName(p.name))
	}
	r := p.finish()
	if err := report.RequireTableValues(r, displayName(p.name), "文本"); err != nil {
		return nil, err
	}
	return r, nil
}

// crawlerHeader reads the title from a crawler's header block and returns the body lines.
func (p *parser) crawlerHeader(lines []line) []line {
	for i, ln := range lines {
		if !crawlerBody.MatchString(trimLine(ln.text)) {
			continue
		}
		for _, h := range lines[:i] {
			t := trimLine(h.text)
			if strings.HasPrefix(t, "标题:") || strings.HasPrefix(t, "标题：") {
				if a, y, ok := parseTitle(t); ok {
					p.setTitle(a, y)
				}
			}
		}
		return lines[i+1:]
	}
	return lines
}

func (p *parser) setTitle(agency string, year int) {
	p.agency, p.year, p.titleFound = agency, year, true
}

// anySectionHeading reports whether some line is a section heading on its own.
func anySectionHeading(lines []line) bool {
	var h assemble.Headings
	for _, ln := range lines {
		if _, rest, ok := sectionHeading(&h, ln.text); ok && rest == "" {
			return true
		}
	}
	return false
}

// sectionHeading reports whether a line is a section heading or starts with one, as the
// assembler of every document kind judges it (assemble.Headings), once the line's Markdown
// marks are gone; rest is the text after the heading. A table row (cells split by tabs or
// pipes) is never a heading.
func sectionHeading(h *assemble.Headings, text string) (s schema.Section, rest string, ok bool) {
	c := cleanHeading(text)
	if strings.ContainsAny(c, "\t|") {
		return schema.Section{}, "", false
	}
	return h.Match(c)
}

// line routes one line to the part of the report it belongs to.
func (p *parser) line(ln line) {
	text := trimLine(ln.text)
	if text == "" || p.md && horizontalRule.MatchString(text) {
		return
	}
	if s, rest, ok := sectionHeading(&p.heads, text); ok {
		p.section, p.field = s.Key, s.Key
		p.sections++
		if s.Key == "s1" {
			p.field, p.subItem = "s1.intro", 0
		}
		p.tbl.enter(s.Table)
		if text = trimLine(rest); text == "" {
			return
		}
		ln.text = text
	}
	if p.md && p.section != "s2" && p.section != "s3" && p.section != "s4" {
		text = unescapeMarkdown(text)
	}
	switch p.section {
	case "":
		p.preamble(ln.no, text)
	case "s1":
		p.overview(text)
	case "s2", "s3", "s4":
		p.tableLine(ln)
	default:
		p.paras[p.field] = append(p.paras[p.field], text)
	}
}

// preamble handles a line before 一、总体情况: the title, then opening paragraphs. Lines above
// the title are page furniture; they are reported, not kept.
func (p *parser) preamble(no int, text string) {
	if !p.titleFound && len(p.opening) == 0 {
		if a, y, ok := parseTitle(text); ok {
			p.setTitle(a, y)
			for _, o := range p.pending {
				p.notef(o.no, "标题前的内容未导入：%s", assemble.ClipText(o.text, 30))
			}
			p.pending = nil
			return
		}
		if !p.runTogether {
			p.pending = append(p.pending, note{no: no, text: text})
			return
		}
	}
	if l, ok := report.ParseLevelLine(text); ok && p.titleFound && len(p.opening) == 0 && p.level == "" {
		p.level = l
		return
	}
	if _, ok := assemble.PublishedOn(text); ok && p.titleFound && len(p.opening) == 0 && utf8.RuneCountInString(text) <= maxPublishedRunes {
		return // the 发布日期 line of an export (read by publishedBefore)
	}
	p.opening = append(p.opening, text)
}

// finish assembles the report.
func (p *parser) finish() *report.Report {
	if !p.titleFound {
		// No title line: what stood before 一、总体情况 is the opening.
		for _, o := range p.pending {
			p.opening = append(p.opening, o.text)
		}
	}
	full := strings.Join(p.opening, "\n")
	opening := full
	if p.runTogether {
		opening = crawledOpening(full)
	}
	if !p.titleFound || p.agency == "" || p.year == 0 {
		a, y := assemble.MetaFromOpening(full)
		if p.agency == "" {
			p.agency = a
		}
		if p.year == 0 {
			p.year = y
		}
	}
	r := report.New(p.agency, p.year)
	r.Meta.AutoTotals = false
	if d, ok := assemble.PublishedOn(p.published.text); ok {
		r.Meta.Published = d
		p.notef(p.published.no, "%s", assemble.PublishedNote(d))
	}
	r.Meta.Opening = opening
	if p.level != report.LevelUnknown {
		r.Meta.Level = p.level
	}
	r.Source.File = p.name
	for key, paras := range p.paras {
		if t := strings.Join(paras, "\n"); t != "" {
			r.SetText(key, t)
		}
	}
	trimPageFurniture(r)
	p.tbl.store(r)
	p.resolveRuns(r)
	for _, rn := range p.rowNotes {
		n := p.notes[rn.note]
		r.NoteRow(rn.prefix, fmt.Sprintf("第%d行：%s", n.no, n.text))
	}
	if p.tbl.singleOther != 0 && !p.tbl.sawOtherRows {
		p.tablef(p.tbl.singleOther, "%s", assemble.SingleOtherNote())
	}
	if len(p.old) > 0 {
		r.Meta.Format = "2019"
		for _, o := range p.old {
			r.Source.OldFormat = append(r.Source.OldFormat, o.phrase)
		}
		if p.tbl.seen {
			// The trial format's tables have other rows and columns; reading them into the 2021
			// cells would misread them.
			r.Cells = make([]report.Value, schema.NumCells())
			r.Source.FeeInYuan = false
			r.Source.CellNotes = nil
			p.notes = keepNonTable(p.notes)
			p.notef(p.old[0].no, "本文件使用2019年试行格式（%s），表格未按2021年格式导入，请按新格式重新填写", p.old[0].phrase)
		}
	} else {
		r.Source.FeeInYuan = p.tbl.feeInYuan
	}
	if !p.titleFound && (p.agency == "" || p.year == 0) {
		p.notef(1, "没有找到标题行（如“××机关2023年政府信息公开工作年度报告”），请核对机关名称和年度")
	}
	sort.SliceStable(p.notes, func(i, j int) bool { return p.notes[i].no < p.notes[j].no })
	for _, n := range p.notes {
		r.Source.ImportNotes = append(r.Source.ImportNotes, fmt.Sprintf("第%d行：%s", n.no, n.text))
	}
	return r
}

// crawledOpening keeps the opening of a crawled page from its 「根据…」 sentence on: what comes
// before it on such a page is breadcrumbs and share buttons.
func crawledOpening(s string) string {
	for _, w := range []string{"根据", "依据", "按照"} {
		if i := strings.Index(s, w); i >= 0 {
			return trimLine(s[i:])
		}
	}
	return ""
}

// pageFurniture are words a web page puts after the article, which a copy picks up.
var pageFurniture = []string{"附件下载", "打印本页", "关闭窗口", "【打印本页】", "【关闭窗口】", "【打印】", "【关闭】", "[打印]", "[关闭]"}

// trimPageFurniture removes page furniture from the end of the last narrative field.
func trimPageFurniture(r *report.Report) {
	narr := schema.Narratives()
	for i := len(narr) - 1; i >= 0; i-- {
		t := r.Text(narr[i].Key)
		if t == "" {
			continue
		}
		for changed := true; changed; {
			changed = false
			for _, w := range pageFurniture {
				if rest, ok := strings.CutSuffix(t, w); ok {
					t, changed = trimLine(rest), true
				}
			}
		}
		if t == "" {
			delete(r.Narrative, narr[i].Key)
		} else {
			r.SetText(narr[i].Key, t)
		}
		return
	}
}
