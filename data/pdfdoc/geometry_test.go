package pdfdoc

import (
	"strings"
	"testing"
)

// glyphs lays out a string as characters of size 10 from x on the line at y.
func glyphs(s string, x, y float64) []char {
	var out []char
	for _, r := range s {
		out = append(out, char{text: string(r), left: x, right: x + 9, top: y, bottom: y + 10})
		x += 10
	}
	return out
}

// A ruled grid whose middle boundary is not drawn in the top row gives a merged cell; a label
// wrapped onto two lines inside its cell stays one label.
func TestRuledTableMerges(t *testing.T) {
	p := &page{no: 1, width: 600, height: 800}
	// Three columns at x 0, 100, 200, 300; rows at y 100, 130, 190.
	p.addBox(0, 99, 300, 101, false)
	p.addBox(0, 129, 300, 131, false)
	p.addBox(0, 189, 300, 191, false)
	for _, x := range []float64{0, 300} {
		p.addBox(x-1, 100, x+1, 190, false)
	}
	p.addBox(99, 130, 101, 190, false) // the boundary at 100 only below the top row
	p.addBox(199, 100, 201, 190, false)
	p.chars = append(p.chars, glyphs("行政复议", 20, 110)...)
	p.chars = append(p.chars, glyphs("诉讼", 220, 110)...)
	p.chars = append(p.chars, glyphs("一、本年新收", 5, 135)...)
	p.chars = append(p.chars, glyphs("申请数量", 5, 150)...)
	p.chars = append(p.chars, glyphs("12", 120, 140)...)
	p.chars = append(p.chars, glyphs("3", 220, 140)...)
	blocks := p.blocks()
	if len(blocks) != 1 || blocks[0].Table == nil {
		t.Fatalf("blocks %+v", blocks)
	}
	rows := blocks[0].Table.Rows
	if len(rows) != 2 || len(rows[0]) != 2 || rows[0][0].ColSpan != 2 || rows[0][0].Text != "行政复议" {
		t.Fatalf("top row %+v", rows)
	}
	if len(rows[1]) != 3 || strings.ReplaceAll(rows[1][0].Text, "\n", "") != "一、本年新收申请数量" || rows[1][1].Text != "12" {
		t.Errorf("second row %+v", rows[1])
	}
}

// Running heads and page numbers stay out of the text; a wrapped paragraph is one paragraph,
// and an item number starts a new one.
func TestParagraphs(t *testing.T) {
	p := &page{no: 2, width: 600, height: 800}
	p.chars = append(p.chars, glyphs(strings.Repeat("文", 40), 50, 100)...)
	p.chars = append(p.chars, glyphs(strings.Repeat("字", 10), 50, 115)...)
	p.chars = append(p.chars, glyphs("（二）依申请公开", 50, 130)...)
	p.chars = append(p.chars, glyphs("— 2 —", 280, 760)...)
	var texts []string
	for _, b := range p.blocks() {
		texts = append(texts, b.Para.Text)
	}
	if len(texts) != 2 || texts[0] != strings.Repeat("文", 40)+strings.Repeat("字", 10) || texts[1] != "（二）依申请公开" {
		t.Errorf("paragraphs %q", texts)
	}
	for _, s := range []string{"— 3 —", "- 12 -", "第 3 页", "3/6", "第3页 共6页"} {
		if !pageNumber.MatchString(s) {
			t.Errorf("%q not taken as a page number", s)
		}
	}
}
