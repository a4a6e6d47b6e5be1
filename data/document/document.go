// Package document is what every reader of a report document hands the assembler: paragraphs
// with their level and tables as rows of cells with their merges, in reading order, each with
// where it stood in the source (page and line) so that import notes can point there. Readers of
// PDF, Word, web pages and text fill it; the assembler turns it into a report, so that a fix to
// reading titles, headings or table rows helps every kind of document at once.
package document

import "fmt"

// Document is one source file as its reader saw it.
type Document struct {
	Name   string  // the file name, for messages
	Kind   string  // what kind of document it was, as a clerk calls it: "PDF 文件"、"Word 文档"
	Title  string  // the title the file's properties give (as a web page's <title>), if any
	Blocks []Block // in reading order
}

// Block is one paragraph or one table; exactly one of Para and Table is set.
type Block struct {
	Para  *Paragraph
	Table *Table
	// Aside marks what stands around the report rather than in it: a web site's menus, sidebars
	// and footer. The assembler reads no content from it, only the report's title where the report
	// itself names none.
	Aside bool
}

// Paragraph is one paragraph of running text, a heading or a title.
type Paragraph struct {
	Text string
	// Level is how the source marks the paragraph: LevelBody, LevelTitle, or a heading level as
	// the source gives it (Word's outline level, HTML's h1–h6); readers that cannot tell leave
	// LevelBody and the assembler judges by the words.
	Level int
	Pos   Pos
}

// Paragraph levels.
const (
	LevelBody  = 0
	LevelTitle = -1 // the document's title, where the source marks it
	// Headings are 1 (the highest) and up.
)

// Table is one table as rows of cells. It follows the HTML table model: a row lists the cells
// that start in it, left to right; a cell takes the first free column of its row, and a cell
// with RowSpan > 1 reserves its columns in the rows below. A table the source broke across pages
// may come as several Tables; the assembler joins a table without headers of its own to the one
// before it.
type Table struct {
	Rows [][]Cell
	Pos  Pos
}

// Cell is one cell of a table; RowSpan and ColSpan are at least 1 (0 reads as 1).
type Cell struct {
	Text             string
	RowSpan, ColSpan int
	Pos              Pos
}

// Pos is where something stood in the source: Page is 1-based, 0 for kinds without pages;
// Line is 1-based within the page (or the file), 0 when unknown.
type Pos struct {
	Page, Line int
}

// String says where, as an import note names it: 「第3页第12行」, 「第12行」, or "" when unknown.
func (p Pos) String() string {
	switch {
	case p.Page > 0 && p.Line > 0:
		return fmt.Sprintf("第%d页第%d行", p.Page, p.Line)
	case p.Page > 0:
		return fmt.Sprintf("第%d页", p.Page)
	case p.Line > 0:
		return fmt.Sprintf("第%d行", p.Line)
	}
	return ""
}

// AddPara appends a paragraph.
func (d *Document) AddPara(text string, level int, pos Pos) {
	d.Blocks = append(d.Blocks, Block{Para: &Paragraph{Text: text, Level: level, Pos: pos}})
}

// AddTable appends a table.
func (d *Document) AddTable(t *Table) {
	d.Blocks = append(d.Blocks, Block{Table: t})
}
