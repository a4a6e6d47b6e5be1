package pdf

import (
	"math"
	"strings"
	"testing"

	"nianbao/data/export/layout"
)

// TestBodyIsSetOnTheGrid checks the 22 × 28 grid of GB/T 9704: a paragraph of plain 汉字 holds
// 26 characters on its indented first line and 28 on every other, and 22 lines fill the text
// area without a 23rd fitting.
func TestBodyIsSetOnTheGrid(t *testing.T) {
	ts := newTypesetter(Fonts{})
	lines := ts.gridLines(roleBody, strings.Repeat("政府信息公开工作年度报告", 10))
	for i, l := range lines[:len(lines)-1] {
		want := layout.CharsPerLine
		if i == 0 {
			want -= layout.IndentChars
		}
		if len(l.text) != want {
			t.Errorf("line %d holds %d characters, want %d: %q", i+1, len(l.text), want, string(l.text))
		}
	}
	height := ts.bottom - ts.top
	if n := int(math.Floor(height / layout.LineSpacing)); n != layout.LinesPerPage {
		t.Errorf("%d lines fit the text area of %.1f pt at %.2f pt, want %d", n, height, layout.LineSpacing, layout.LinesPerPage)
	}
}

// TestClosingBracketsNeverStartALine: the 〕 of a 文号 stays with what precedes it.
func TestClosingBracketsNeverStartALine(t *testing.T) {
	text := "依据国办公开办函〔2021〕30号"
	for width := 3.0; width <= 16; width++ {
		for _, l := range wrap(text, width, width, em) {
			if r := l.text[0]; layout.NoLineStart(r) {
				t.Errorf("width %.0f: a line starts with %q: %q", width, r, string(l.text))
			}
			if r := l.text[len(l.text)-1]; layout.NoLineEnd(r) && len(l.text) > 1 {
				t.Errorf("width %.0f: a line ends with %q: %q", width, r, string(l.text))
			}
		}
	}
	for _, r := range "。，、；：？！）》」』〕〉】" {
		if !layout.NoLineStart(r) {
			t.Errorf("%q may start a line", r)
		}
	}
}
