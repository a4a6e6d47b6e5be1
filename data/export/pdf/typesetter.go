package pdf

import (
	"fmt"
	"strconv"

	"github.com/signintech/gopdf"

	"nianbao/assets"
	"nianbao/data/export/layout"
)

// role is what a piece of text is in the document; each role has its face.
type role uint8

const (
	roleTitle role = iota
	roleHeading
	roleSub
	roleBody
	roleSong // tables and page numbers
	numRoles
)

const bundledFamily = "WenQuanYiMicroHei"

type glyphKey struct {
	family string
	r      rune
}

// typesetter lays the document out on pages, top to bottom, and draws it with gopdf. Drawing
// calls record the first error in err and do nothing after it.
type typesetter struct {
	pdf     *gopdf.GoPdf
	family  [numRoles]string  // the family each role is set in
	faces   map[string][]byte // family → TrueType data, registered with gopdf on first use
	cjkOnly map[string]bool   // families set only for Chinese characters (the bundled Arphic faces)
	loaded  map[string]bool
	has     map[glyphKey]bool
	advance map[glyphKey]float64 // width of a rune at 1 pt
	curFam  string
	curSize float64
	page    int
	y       float64 // top of the next line, from the top of the page
	top     float64
	bottom  float64
	left    float64
	right   float64
	tables  map[*layout.Grid]*tableLayout
	err     error
}

func newTypesetter(f Fonts) *typesetter {
	t := &typesetter{
		pdf:     &gopdf.GoPdf{},
		faces:   map[string][]byte{bundledFamily: assets.Font},
		cjkOnly: map[string]bool{},
		loaded:  map[string]bool{},
		has:     map[glyphKey]bool{},
		advance: map[glyphKey]float64{},
		tables:  map[*layout.Grid]*tableLayout{},
		top:     layout.MM(layout.MarginTopMM),
		bottom:  layout.MM(layout.PageHeightMM - layout.MarginBottomMM),
		left:    layout.MM(layout.MarginLeftMM),
		right:   layout.MM(layout.PageWidthMM - layout.MarginRightMM),
	}
	t.pdf.Start(gopdf.Config{Unit: gopdf.UnitPT, PageSize: gopdf.Rect{W: layout.MM(layout.PageWidthMM), H: layout.MM(layout.PageHeightMM)}})
	title, song := f.XiaoBiaoSong, f.Song
	if title == nil {
		title = f.Hei
	}
	if song == nil {
		song = f.FangSong
	}
	shared := map[*byte]string{}
	for _, face := range []struct {
		role role
		name string
		data []byte
	}{{roleHeading, "Hei", f.Hei}, {roleSub, "Kai", f.Kai}, {roleBody, "FangSong", f.FangSong},
		{roleTitle, "XiaoBiaoSong", title}, {roleSong, "Song", song}} {
		t.family[face.role] = bundledFamily
		if len(face.data) == 0 {
			continue
		}
		// One file serving several roles is embedded once, under the first role's name.
		if name, ok := shared[&face.data[0]]; ok {
			t.family[face.role] = name
			continue
		}
		shared[&face.data[0]] = face.name
		t.family[face.role] = face.name
		t.faces[face.name] = face.data
		// The Arphic faces' Latin letters and digits are set apart and read back out of order
		// by PDF readers; the bundled font sets everything but the Chinese text.
		for _, open := range [][]byte{assets.Kai, assets.Song} {
			if &face.data[0] == &open[0] {
				t.cjkOnly[face.name] = true
			}
		}
	}
	return t
}

// ready registers a family with gopdf on its first use, so that only fonts the document uses
// are embedded, and returns the family to use: a system face gopdf cannot read is replaced by
// the bundled font for every role that used it.
func (t *typesetter) ready(family string) string {
	if t.loaded[family] || t.err != nil {
		return family
	}
	fc, err := parsedFace(family, t.faces[family])
	if err == nil {
		err = t.pdf.AddTTFFontFromFontContainer(family, fc)
	}
	switch {
	case err == nil:
		t.loaded[family] = true
		return family
	case family == bundledFamily:
		t.err = fmt.Errorf("内置字体无法使用：%w", err)
		return family
	}
	for ro := range t.family {
		if t.family[ro] == family {
			t.family[ro] = bundledFamily
		}
	}
	return t.ready(bundledFamily)
}

func (t *typesetter) setFont(family string, size float64) {
	if t.err != nil || (family == t.curFam && size == t.curSize) {
		return
	}
	if err := t.pdf.SetFont(family, "", size); err != nil {
		t.err = err
		return
	}
	t.curFam, t.curSize = family, size
}

// faceOf is the family a rune of a role is drawn in: the role's face, or the bundled font for
// a character the face lacks.
func (t *typesetter) faceOf(ro role, r rune) string {
	fam := t.ready(t.family[ro])
	if fam == bundledFamily || t.err != nil {
		return fam
	}
	if r < 0x2E80 && t.cjkOnly[fam] {
		return t.ready(bundledFamily)
	}
	k := glyphKey{fam, r}
	has, ok := t.has[k]
	if !ok {
		t.setFont(fam, layout.SizeBody)
		has, _ = t.pdf.IsCurrFontContainGlyph(r)
		t.has[k] = has
	}
	if has {
		return fam
	}
	return t.ready(bundledFamily)
}

// measure returns the advance function of a role at a size, for wrap.
func (t *typesetter) measure(ro role, size float64) func(rune) float64 {
	return func(r rune) float64 { return t.width(t.faceOf(ro, r), r) * size }
}

func (t *typesetter) width(family string, r rune) float64 {
	k := glyphKey{family, r}
	if w, ok := t.advance[k]; ok {
		return w
	}
	t.setFont(family, 1000)
	w, err := t.pdf.MeasureTextWidth(string(r))
	if err != nil && t.err == nil {
		t.err = err
	}
	w /= 1000
	t.advance[k] = w
	return w
}

// text draws runes from x on a baseline, each in its role's face (or the bundled font), with
// extra space tc after every character for justified lines.
func (t *typesetter) text(ro role, size, x, baseline float64, text []rune, tc float64) {
	for i := 0; i < len(text) && t.err == nil; {
		fam := t.faceOf(ro, text[i])
		j := i + 1
		for j < len(text) && t.faceOf(ro, text[j]) == fam {
			j++
		}
		t.setFont(fam, size)
		_ = t.pdf.SetCharSpacing(tc)
		t.pdf.SetXY(x, baseline)
		if err := t.pdf.Text(string(text[i:j])); err != nil {
			t.err = err
			return
		}
		for _, r := range text[i:j] {
			x += t.width(fam, r)*size + tc
		}
		i = j
	}
}

// baseline places text of a size in the middle of a line box, as Word does with exact spacing.
func baseline(lineTop, lineHeight, size float64) float64 {
	return lineTop + lineHeight/2 + 0.36*size
}

func (t *typesetter) newPage() {
	t.pdf.AddPage()
	t.page++
	t.y = t.top
	t.pageNumber()
}

func (t *typesetter) atTop() bool { return t.y <= t.top+0.01 }

// pageNumber draws 「— N —」 in 宋体 四号 below the text area: odd pages at the right, even pages
// at the left, one character in from the edge (GB/T 9704-2012 7.5).
func (t *typesetter) pageNumber() {
	label := []rune("— " + strconv.Itoa(t.page) + " —")
	size := layout.SizePageNumber
	w := 0.0
	adv := t.measure(roleSong, size)
	for _, r := range label {
		w += adv(r)
	}
	x := t.left + size
	if t.page%2 == 1 {
		x = t.right - size - w
	}
	t.text(roleSong, size, x, layout.MM(layout.PageHeightMM-layout.FooterMM)-0.25*size, label, 0)
}

// document sets the whole document: title, then every block, keeping each heading on the page
// of what follows it.
func (t *typesetter) document(d *layout.Document) {
	t.newPage()
	t.title(d.TitleLines())
	last := layout.Body
	for i, b := range d.Blocks {
		if last == layout.TableBlock && !t.atTop() {
			t.y += layout.SpaceAfterTable
		}
		switch b.Kind {
		case layout.TableBlock:
			t.table(t.tableLayout(b.Table))
		case layout.Heading:
			t.paragraph(roleHeading, b.Text, t.keepAfter(d.Blocks[i+1:]), true)
		case layout.SubHeading:
			t.paragraph(roleSub, b.Text, t.keepAfter(d.Blocks[i+1:]), false)
		default:
			t.paragraph(roleBody, b.Text, 0, false)
		}
		last = b.Kind
	}
}

// title sets the title lines centred in 二号, then leaves one blank body line.
func (t *typesetter) title(lines []string) {
	size := layout.SizeTitle
	width := t.right - t.left
	adv := t.measure(roleTitle, size)
	for _, text := range lines {
		for _, l := range wrap(text, width, width, adv) {
			x := t.left + (width-l.width)/2
			t.text(roleTitle, size, x, baseline(t.y, layout.TitleLineSpacing, size), l.text, 0)
			t.y += layout.TitleLineSpacing
		}
	}
	t.y += layout.LineSpacing
}

// keepAfter is the height that must fit below a heading on its page: the first line of a
// paragraph, a following heading with what it keeps, or a table (its first rows when it is
// longer than a page).
func (t *typesetter) keepAfter(rest []layout.Block) float64 {
	if len(rest) == 0 {
		return 0
	}
	switch b := rest[0]; b.Kind {
	case layout.TableBlock:
		// A table that fits on a page moves to the next page whole, and its heading with it.
		tl := t.tableLayout(b.Table)
		if whole := tl.headerHeight() + tl.height(tl.g.HeaderRows(), len(tl.g.Rows)); whole <= t.bottom-t.top+0.01 {
			return whole
		}
		return tl.headerHeight() + tl.chunk(tl.g.HeaderRows())
	case layout.Heading, layout.SubHeading:
		return layout.LineSpacing + t.keepAfter(rest[1:])
	}
	return layout.LineSpacing
}

// gridSpacing is the space added after every character of the body and the headings so that
// full-width characters advance by the grid's pitch (layout.CharPitch), 28 to a line.
const gridSpacing = layout.CharPitch - layout.SizeBody

// gridLines breaks a paragraph of a role into lines on the body grid: the first line after the
// two-character indent, every character advancing by its width plus gridSpacing.
func (t *typesetter) gridLines(ro role, text string) []line {
	width := t.right - t.left
	indent := layout.IndentChars * layout.CharPitch
	adv := t.measure(ro, layout.SizeBody)
	return wrap(text, width-indent, width, func(r rune) float64 { return adv(r) + gridSpacing })
}

// paragraph sets text in 三号 at the fixed line pitch with a two-character first-line indent,
// justified except for its last line; keep is the height that must follow on the same page.
func (t *typesetter) paragraph(ro role, text string, keep float64, outline bool) {
	size := layout.SizeBody
	indent := layout.IndentChars * layout.CharPitch
	width := t.right - t.left
	lines := t.gridLines(ro, text)
	if t.y+float64(len(lines))*layout.LineSpacing+keep > t.bottom+0.01 && keep > 0 && !t.atTop() {
		t.newPage()
	}
	if outline {
		t.pdf.AddOutline(text)
	}
	for i, l := range lines {
		if t.y+layout.LineSpacing > t.bottom+0.01 {
			t.newPage()
		}
		x, avail := t.left, width
		if i == 0 {
			x, avail = t.left+indent, width-indent
		}
		tc := gridSpacing
		if extra := avail - l.width; i < len(lines)-1 && len(l.text) > 1 && extra > 0 && extra < 3*size {
			tc += extra / float64(len(l.text)-1)
		}
		t.text(ro, size, x, baseline(t.y, layout.LineSpacing, size), l.text, tc)
		t.y += layout.LineSpacing
	}
}
