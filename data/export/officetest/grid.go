package officetest

import (
	"encoding/xml"
	"math"
	"slices"
	"strconv"
	"testing"
	"unicode"
	"unicode/utf8"

	"nianbao/data/export/layout"
)

// GridLine is one line of text as pdftotext -bbox-layout finds it, in millimetres.
type GridLine struct {
	Page                     int
	Left, Right, Top, Bottom float64
	Text                     string
}

// Lines reads the lines of every page of a PDF with pdftotext -bbox-layout.
func Lines(t *testing.T, pdf string) []GridLine {
	t.Helper()
	var doc struct {
		Pages []struct {
			Lines []struct {
				XMin  string   `xml:"xMin,attr"`
				XMax  string   `xml:"xMax,attr"`
				YMin  string   `xml:"yMin,attr"`
				YMax  string   `xml:"yMax,attr"`
				Words []string `xml:"word"`
			} `xml:"flow>block>line"`
		} `xml:"body>doc>page"`
	}
	if err := xml.Unmarshal(Run(t, "pdftotext", "-bbox-layout", pdf, "-"), &doc); err != nil {
		t.Fatalf("pdftotext -bbox-layout %s: %v", pdf, err)
	}
	mm := func(s string) float64 { f, _ := strconv.ParseFloat(s, 64); return f / layout.PointsPerMM }
	var out []GridLine
	for p, page := range doc.Pages {
		for _, l := range page.Lines {
			text := ""
			for _, w := range l.Words {
				text += w
			}
			out = append(out, GridLine{Page: p + 1, Left: mm(l.XMin), Right: mm(l.XMax), Top: mm(l.YMin), Bottom: mm(l.YMax), Text: text})
		}
	}
	return out
}

// GridReport is what CheckGrid measured: the most characters on a line of plain 汉字, the most
// body lines on a page, the line pitch and the extremes of the text.
type GridReport struct {
	MaxChars, MaxLines       int
	PitchMM                  float64
	Left, Right, Top, Bottom float64
}

// CheckGrid measures the body text of a PDF against the grid of GB/T 9704: lines of only
// full-width characters that run to the right margin hold 28 (26 after the indent), a full
// page holds 22 body lines at one pitch, and no line leaves the 156 × 225 mm text area.
func CheckGrid(t *testing.T, pdf, what string) GridReport {
	t.Helper()
	var g GridReport
	g.Left, g.Top = math.Inf(1), math.Inf(1)
	body := map[int][]GridLine{} // lines in the size of the body, by page
	var lines []GridLine         // the same, in reading order
	var full []int               // indexes in lines of the lines of 汉字 that reach the right margin
	textRight := layout.PageWidthMM - layout.MarginRightMM
	for _, l := range Lines(t, pdf) {
		if l.Top > layout.PageHeightMM-layout.MarginBottomMM { // the page number
			continue
		}
		g.Left, g.Right = min(g.Left, l.Left), max(g.Right, l.Right)
		g.Top, g.Bottom = min(g.Top, l.Top), max(g.Bottom, l.Bottom)
		if h := l.Bottom - l.Top; h < 5.5 || h > 8.5 { // title and table text are other sizes
			continue
		}
		if ls := body[l.Page]; len(ls) > 0 && math.Abs(ls[len(ls)-1].Top-l.Top) < 1 {
			continue // another piece of a line already counted
		}
		body[l.Page] = append(body[l.Page], l)
		lines = append(lines, l)
		wide := true
		for _, r := range l.Text {
			wide = wide && r >= 0x2E80 && !unicode.IsSpace(r)
		}
		if n := utf8.RuneCountInString(l.Text); wide && l.Right > textRight-3 && n >= 20 { // a full line of 汉字
			full = append(full, len(lines)-1)
			g.MaxChars = max(g.MaxChars, n)
		}
	}
	for _, i := range full {
		n := utf8.RuneCountInString(lines[i].Text)
		// A line is one short where its last character would take a closing mark along with it
		// to the next line (避头尾: 「支|撑，」 moves down whole).
		pushed := false
		if i+1 < len(lines) {
			next := []rune(lines[i+1].Text)
			pushed = len(next) > 1 && layout.NoLineStart(next[1])
		}
		if ok := n == layout.CharsPerLine || n == layout.CharsPerLine-layout.IndentChars; !ok && !(pushed && (n == layout.CharsPerLine-1 || n == layout.CharsPerLine-layout.IndentChars-1)) {
			t.Errorf("%s: page %d: a full line holds %d characters, want %d: %s", what, lines[i].Page, n, layout.CharsPerLine, lines[i].Text)
		}
	}
	want := layout.LineSpacing / layout.PointsPerMM
	var steps []float64 // distances between neighbouring body lines: their median is the pitch
	for p, ls := range body {
		g.MaxLines = max(g.MaxLines, len(ls))
		if len(ls) > layout.LinesPerPage {
			t.Errorf("%s: page %d holds %d body lines, more than %d", what, p, len(ls), layout.LinesPerPage)
		}
		for i := 1; i < len(ls); i++ {
			steps = append(steps, ls[i].Top-ls[i-1].Top)
		}
	}
	if len(steps) > 0 {
		slices.Sort(steps)
		g.PitchMM = steps[len(steps)/2]
	}
	if g.MaxChars != layout.CharsPerLine {
		t.Errorf("%s: the fullest line holds %d characters, want %d", what, g.MaxChars, layout.CharsPerLine)
	}
	if g.MaxLines != layout.LinesPerPage {
		t.Errorf("%s: the fullest page holds %d body lines, want %d", what, g.MaxLines, layout.LinesPerPage)
	}
	if math.Abs(g.PitchMM-want) > 0.2 {
		t.Errorf("%s: line pitch %.2f mm, want %.2f", what, g.PitchMM, want)
	}
	const slack = 1.0 // mm: glyph boxes are a little wider than the type
	if g.Left < layout.MarginLeftMM-slack || g.Right > textRight+slack || g.Top < layout.MarginTopMM-slack ||
		g.Bottom > layout.PageHeightMM-layout.MarginBottomMM+slack {
		t.Errorf("%s: text runs over %.1f–%.1f × %.1f–%.1f mm, outside the text area %.0f–%.0f × %.0f–%.0f", what,
			g.Left, g.Right, g.Top, g.Bottom, layout.MarginLeftMM, textRight, layout.MarginTopMM, layout.PageHeightMM-layout.MarginBottomMM)
	}
	t.Logf("%s: at most %d characters a line, %d body lines a page at %.2f mm; text %.1f–%.1f × %.1f–%.1f mm",
		what, g.MaxChars, g.MaxLines, g.PitchMM, g.Left, g.Right, g.Top, g.Bottom)
	return g
}
