// Package docxdoc reads a report written as a Word document (.docx, as Word, WPS and LibreOffice
// write it) into a document.Document: its paragraphs with their outline level and list numbers
// (「一、」 that exists only as Word numbering is written out, as the reader sees it), and its
// tables with merged cells (gridSpan, vMerge) as spans. Tracked changes are read as shown: insertions
// kept, deletions left out; field codes are left out, their results kept.
package docxdoc

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"nianbao/data/document"
)

// Kind is what the reader calls the document in messages.
const Kind = "Word 文档"

// Limits far above any annual report (a few hundred kilobytes of XML), so that a zip bomb or a
// file built to exhaust memory is refused with a message instead.
const (
	maxPart   = 64 << 20 // uncompressed bytes of one part (document.xml, numbering.xml)
	maxBlocks = 100000   // paragraphs and tables
	maxDepth  = 64       // nesting of tables in tables
)

// Read reads the .docx in b; name is the file name for messages.
func Read(b []byte, name string) (*document.Document, error) {
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		return nil, fmt.Errorf("「%s」不是有效的 Word 文档（.docx），文件可能已损坏或只下载了一部分", name)
	}
	main, err := part(zr, "word/document.xml")
	if err != nil {
		return nil, fmt.Errorf("「%s」%v", name, err)
	}
	if main == nil {
		return nil, fmt.Errorf("「%s」不是 Word 文档：缺少正文（word/document.xml）", name)
	}
	num, err := part(zr, "word/numbering.xml")
	if err != nil {
		return nil, fmt.Errorf("「%s」%v", name, err)
	}
	core, err := part(zr, "docProps/core.xml")
	if err != nil {
		return nil, fmt.Errorf("「%s」%v", name, err)
	}
	r := &reader{doc: &document.Document{Name: name, Kind: Kind, Title: coreTitle(core)}, numbers: readNumbering(num), counters: map[string][]int{}}
	if err := r.read(main); err != nil {
		return nil, fmt.Errorf("「%s」无法作为 Word 文档读取：%v", name, err)
	}
	return r.doc, nil
}

// part returns the uncompressed bytes of the zip entry name, nil if there is none.
func part(zr *zip.Reader, name string) ([]byte, error) {
	for _, f := range zr.File {
		if f.Name != name {
			continue
		}
		if f.UncompressedSize64 > maxPart {
			return nil, fmt.Errorf("中的 %s 过大（%d MB），不是一份年度报告", name, f.UncompressedSize64>>20)
		}
		rc, err := f.Open()
		if err != nil {
			return nil, fmt.Errorf("已损坏：%s 无法解压", name)
		}
		defer rc.Close()
		b, err := io.ReadAll(io.LimitReader(rc, maxPart+1))
		if err != nil {
			return nil, fmt.Errorf("已损坏：%s 无法解压", name)
		}
		if len(b) > maxPart {
			return nil, fmt.Errorf("中的 %s 过大，不是一份年度报告", name)
		}
		return b, nil
	}
	return nil, nil
}

// reader walks document.xml.
type reader struct {
	doc      *document.Document
	numbers  numbering
	counters map[string][]int // list counters by numId
	para     int              // paragraphs read, for positions
}

// The WordprocessingML elements the reader acts on, by local name.
const (
	elP        = "p"
	elT        = "t"
	elTab      = "tab"
	elBr       = "br"
	elDel      = "del"
	elInstr    = "instrText"
	elTbl      = "tbl"
	elTr       = "tr"
	elTc       = "tc"
	elPStyle   = "pStyle"
	elOutline  = "outlineLvl"
	elNumID    = "numId"
	elIlvl     = "ilvl"
	elGridSpan = "gridSpan"
	elVMerge   = "vMerge"
)

// paraState is the paragraph being read.
type paraState struct {
	text   strings.Builder
	level  int
	numID  string
	ilvl   int
	hasNum bool
}

// cellState is the table cell being read.
type cellState struct {
	text   strings.Builder
	span   int
	vMerge string // "": none; "restart"; "continue"
}

// tableState is a table being read: its rows so far and the cell being read.
type tableState struct {
	rows  [][]tcell
	row   []tcell
	cell  *cellState
	start int // paragraph number where it began
}

// tcell is a read cell before vertical merges are resolved.
type tcell struct {
	document.Cell
	vMerge string
}

func (r *reader) read(b []byte) error {
	dec := xml.NewDecoder(bytes.NewReader(b))
	var p *paraState
	var outer []*paraState // paragraphs around a text box's paragraphs
	var tables []*tableState
	deleted := 0 // depth inside w:del
	blocks := 0
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return errors.New("XML 结构错误，文件可能已损坏")
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case elDel:
				deleted++
			case elP:
				if p != nil {
					outer = append(outer, p)
				}
				p = &paraState{}
			case elT:
				if deleted > 0 {
					continue
				}
				var s string
				if err := dec.DecodeElement(&s, &t); err != nil {
					return errors.New("XML 结构错误，文件可能已损坏")
				}
				if p != nil {
					p.text.WriteString(s)
				}
			case elTab:
				if p != nil && deleted == 0 && !inProps(t) {
					p.text.WriteByte('\t')
				}
			case elBr:
				if p != nil && deleted == 0 {
					p.text.WriteByte('\n')
				}
			case elInstr:
				if err := dec.Skip(); err != nil {
					return errors.New("XML 结构错误，文件可能已损坏")
				}
			case elPStyle:
				if p != nil {
					if lvl, ok := headingStyle(attr(t, "val")); ok {
						p.level = lvl
					}
				}
			case elOutline:
				if p != nil {
					if n, err := strconv.Atoi(attr(t, "val")); err == nil && n >= 0 && n < 9 {
						p.level = n + 1
					}
				}
			case elNumID:
				if p != nil {
					p.numID, p.hasNum = attr(t, "val"), true
				}
			case elIlvl:
				if p != nil {
					p.ilvl, _ = strconv.Atoi(attr(t, "val"))
				}
			case elTbl:
				if len(tables) >= maxDepth {
					return errors.New("表格嵌套过深")
				}
				tables = append(tables, &tableState{start: r.para + 1})
			case elTc:
				if len(tables) > 0 {
					tables[len(tables)-1].cell = &cellState{span: 1}
				}
			case elGridSpan:
				if c := cur(tables); c != nil {
					if n, err := strconv.Atoi(attr(t, "val")); err == nil && n > 1 {
						c.span = min(n, 1000)
					}
				}
			case elVMerge:
				if c := cur(tables); c != nil {
					c.vMerge = "continue"
					if attr(t, "val") == "restart" {
						c.vMerge = "restart"
					}
				}
			}
		case xml.EndElement:
			switch t.Name.Local {
			case elDel:
				deleted = max(0, deleted-1)
			case elP:
				if p == nil {
					continue
				}
				r.para++
				text := r.numberOf(p) + p.text.String()
				if c := cur(tables); c != nil {
					if c.text.Len() > 0 {
						c.text.WriteByte('\n')
					}
					c.text.WriteString(text)
				} else if len(tables) == 0 {
					if blocks++; blocks > maxBlocks {
						return errors.New("段落过多，不是一份年度报告")
					}
					r.doc.AddPara(text, p.level, document.Pos{Line: r.para})
				}
				p = nil
				if n := len(outer); n > 0 {
					p, outer = outer[n-1], outer[:n-1]
				}
			case elTc:
				if len(tables) == 0 {
					continue
				}
				tb := tables[len(tables)-1]
				if tb.cell != nil {
					tb.row = append(tb.row, tcell{Cell: document.Cell{Text: tb.cell.text.String(), ColSpan: tb.cell.span, RowSpan: 1,
						Pos: document.Pos{Line: r.para}}, vMerge: tb.cell.vMerge})
					tb.cell = nil
				}
			case elTr:
				if len(tables) > 0 {
					tb := tables[len(tables)-1]
					tb.rows = append(tb.rows, tb.row)
					tb.row = nil
				}
			case elTbl:
				if len(tables) == 0 {
					continue
				}
				tb := tables[len(tables)-1]
				tables = tables[:len(tables)-1]
				if len(tables) > 0 {
					// A table inside a cell: its text joins the cell's.
					if c := cur(tables); c != nil {
						c.text.WriteString(flatText(tb.rows))
					}
					continue
				}
				if blocks++; blocks > maxBlocks {
					return errors.New("表格过多，不是一份年度报告")
				}
				r.doc.AddTable(&document.Table{Rows: mergeRows(tb.rows), Pos: document.Pos{Line: tb.start}})
			}
		}
	}
}

// cur is the cell being read in the innermost table, or nil.
func cur(tables []*tableState) *cellState {
	if len(tables) == 0 {
		return nil
	}
	return tables[len(tables)-1].cell
}

// inProps reports whether a w:tab element is a tab stop definition (it has w:pos) rather than a
// tab character in the text.
func inProps(t xml.StartElement) bool { return attr(t, "pos") != "" }

func attr(t xml.StartElement, local string) string {
	for _, a := range t.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

// headingStyle reads a paragraph style's heading level: Word's Heading1…9, WPS's and the Chinese
// Word's 标题 1…9, and LibreOffice's numbered ids; Title is the document's title.
func headingStyle(id string) (int, bool) {
	s := strings.ToLower(strings.ReplaceAll(id, " ", ""))
	if s == "title" || s == "标题" {
		return document.LevelTitle, true
	}
	for _, prefix := range []string{"heading", "标题"} {
		if rest, ok := strings.CutPrefix(s, prefix); ok {
			if n, err := strconv.Atoi(rest); err == nil && n >= 1 && n <= 9 {
				return n, true
			}
		}
	}
	return 0, false
}

// flatText is the text of a nested table, cell by cell.
func flatText(rows [][]tcell) string {
	var b strings.Builder
	for _, row := range rows {
		for _, c := range row {
			b.WriteString(c.Text)
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// mergeRows turns Word's vertical merges into row spans: a cell marked to continue the merge
// above is dropped and the cell that restarted it spans one row more, as the HTML table model
// that document.Table follows has it.
func mergeRows(rows [][]tcell) [][]document.Cell {
	out := make([][]document.Cell, len(rows))
	open := map[int]*document.Cell{} // grid column → the cell a vertical merge there started with
	for r, row := range rows {
		var starts []int
		var restarts []bool
		col := 0
		for _, c := range row {
			if o := open[col]; c.vMerge == "continue" && o != nil {
				o.RowSpan++
				col += c.ColSpan
				continue
			}
			delete(open, col)
			out[r] = append(out[r], c.Cell)
			starts = append(starts, col)
			restarts = append(restarts, c.vMerge == "restart")
			col += c.ColSpan
		}
		for i := range out[r] {
			if restarts[i] {
				open[starts[i]] = &out[r][i]
			}
		}
	}
	return out
}

// coreTitle is the title in the document's properties (docProps/core.xml), "" if none.
func coreTitle(b []byte) string {
	if b == nil {
		return ""
	}
	var x struct {
		Title string `xml:"title"`
	}
	if xml.Unmarshal(b, &x) != nil {
		return ""
	}
	return strings.TrimSpace(x.Title)
}
