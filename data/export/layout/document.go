package layout

import (
	"strconv"
	"strings"
	"time"
	"unicode"

	"nianbao/data/report"
	"nianbao/data/schema"
)

// Kind says how a block is set.
type Kind uint8

const (
	// Body is a paragraph of 仿宋 text with a first-line indent of two characters.
	Body Kind = iota
	// Heading is a first-level heading (一、…) in 黑体.
	Heading
	// SubHeading is a second-level heading (（一）…) in 楷体.
	SubHeading
	// TableBlock is one of tables 2–4.
	TableBlock
)

// Block is one paragraph, heading or table of the document, in reading order.
type Block struct {
	Kind  Kind
	Text  string // the text of a paragraph or heading
	Table *Grid  // the table of a TableBlock
	// NewPage starts the block on a new page (the 问题清单 gives each unit its own; a report has none).
	NewPage bool
}

// Document is the whole report as it is typeset.
type Document struct {
	Title string
	// TitleParts are the places a title too long for one line is broken: the agency, then
	// 「<年度>年政府信息公开工作年度报告」, so that neither half is torn apart.
	TitleParts []string
	Agency     string
	Year       int
	// Created is the fixed creation time both files carry: 1 January of the year after the
	// report year, when such reports are written. A fixed time makes the output the same bytes
	// for the same report.
	Created time.Time
	Blocks  []Block
}

// Build lays out a report: the agency's level (report.LevelLine, so that importing the file
// gives it back), the opening paragraph, then the six sections in official order.
// Every heading is kept; a narrative field that is empty stays empty — the heading is followed
// directly by the next one — because words the agency did not write (「无。」) would be read
// back as its own when the file is imported again.
func Build(r *report.Report) *Document {
	d := &Document{
		Title:      r.Title(),
		TitleParts: []string{r.Meta.Agency, strconv.Itoa(r.Meta.Year) + "年政府信息公开工作年度报告"},
		Agency:     r.Meta.Agency,
		Year:       r.Meta.Year,
		Created:    created(r.Meta.Year),
	}
	d.paragraphs(report.LevelLine(r.Meta.Level))
	d.paragraphs(r.Meta.Opening)
	for _, s := range schema.Sections() {
		d.Blocks = append(d.Blocks, Block{Kind: Heading, Text: s.Heading})
		if s.Table != "" {
			t, _ := schema.TableByKey(s.Table)
			d.Blocks = append(d.Blocks, Block{Kind: TableBlock, Table: BuildGrid(t, r)})
			continue
		}
		fields := sectionNarratives(s.Key)
		for _, n := range fields {
			text := r.Text(n.Key)
			if n.Heading != "" {
				d.Blocks = append(d.Blocks, Block{Kind: SubHeading, Text: n.Heading})
			}
			d.paragraphs(text)
		}
	}
	return d
}

// paragraphs appends one Body block per non-empty line of text.
func (d *Document) paragraphs(text string) {
	for _, p := range Paragraphs(text) {
		d.Blocks = append(d.Blocks, Block{Kind: Body, Text: p})
	}
}

// Paragraphs splits user text into paragraphs: one per line, with the indentation people type
// (spaces, full-width spaces, tabs) removed because the style indents every paragraph, and
// control characters pasted from other programs dropped.
func Paragraphs(text string) []string {
	var out []string
	for _, line := range strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n") {
		line = strings.TrimSpace(strings.Map(func(r rune) rune {
			switch {
			case r == '\t':
				return ' '
			case unicode.IsControl(r):
				return -1
			}
			return r
		}, line))
		if line != "" {
			out = append(out, line)
		}
	}
	return out
}

// TitleLines returns the title as it is set: on one line when it fits the text width at the
// title size, otherwise broken between its parts (each part may still wrap on its own).
func (d *Document) TitleLines() []string {
	if EmWidth(d.Title)*SizeTitle <= MM(TextWidthMM) {
		return []string{d.Title}
	}
	var lines []string
	for _, p := range d.TitleParts {
		if p != "" {
			lines = append(lines, p)
		}
	}
	return lines
}

// EmWidth estimates the width of text in ems: one for a full-width character, half for ASCII.
// It is for decisions both writers must take alike without measuring a font.
func EmWidth(text string) float64 {
	w := 0.0
	for _, r := range text {
		if r < 0x80 {
			w += 0.5
		} else {
			w++
		}
	}
	return w
}

func sectionNarratives(section string) []schema.Narrative {
	var out []schema.Narrative
	for _, n := range schema.Narratives() {
		if n.Section == section {
			out = append(out, n)
		}
	}
	return out
}

func created(reportYear int) time.Time {
	year := reportYear + 1
	if year < 1981 || year > 9999 {
		year = 1981 // zip timestamps start in 1980; keep every writer's dates valid
	}
	return time.Date(year, time.January, 1, 0, 0, 0, 0, time.UTC)
}
