package schema

import (
	"strings"
	"unicode"
)

// Normalize folds a label as written in the wild to a canonical form for matching: full-width
// ASCII becomes half-width, brackets and punctuation variants are unified, and all white space
// and quotes are dropped, so 「(一) 予以公开」, 「（一）予以公开」 and 「（一）予以 公开」 compare equal.
func Normalize(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if r >= 0xFF01 && r <= 0xFF5E { // full-width ASCII block
			r -= 0xFEE0
		}
		switch r {
		case '“', '”', '"', '‘', '’', '\'', '「', '」':
			continue
		case '、', '．', '。':
			r = '.'
		case '【', '〔', '［':
			r = '['
		case '】', '〕', '］':
			r = ']'
		case '：':
			r = ':'
		}
		if unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff' {
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// stripNumbering removes a leading enumerator such as 「1.」「（一）」「一、」「(3)」 from a
// normalised label, so a row can be recognised when a report renumbers or omits it.
func stripNumbering(s string) string {
	if strings.HasPrefix(s, "(") {
		if i := strings.IndexByte(s, ')'); i > 0 && i <= 12 && isEnumerator(s[1:i]) {
			return s[i+1:]
		}
	}
	if i := strings.IndexByte(s, '.'); i > 0 && i <= 12 && isEnumerator(s[:i]) {
		return s[i+1:]
	}
	return s
}

func isEnumerator(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !unicode.IsDigit(r) && !strings.ContainsRune("一二三四五六七八九十", r) {
			return false
		}
	}
	return true
}

// MatchRow finds the row of table t whose label (or an alias) matches label as written in a
// published report. Exact normalised matches win; a label whose enumerator differs or is missing
// matches on the rest when that is unique within the table. sub, when not empty, is the
// second-level group the label stands under (e.g. （三）不予公开) and disambiguates labels such as
// 「3.其他」.
func MatchRow(t *Table, label, sub string) (*Block, *Row, bool) {
	n := Normalize(label)
	if n == "" {
		return nil, nil, false
	}
	ns := Normalize(sub)
	inSub := func(row *Row) bool { return ns == "" || row.Sub == "" || Normalize(row.Sub) == ns }
	var found []rowRef
	for _, ref := range exactLabels[t][n] {
		if inSub(ref.row) {
			found = append(found, ref)
		}
	}
	if len(found) == 1 {
		return found[0].blk, found[0].row, true
	}
	bare := stripNumbering(n)
	found = found[:0]
	for b := range t.Blocks {
		for r := range t.Blocks[b].Rows {
			row := &t.Blocks[b].Rows[r]
			if !inSub(row) {
				continue
			}
			for _, cand := range rowLabels(row) {
				if stripNumbering(Normalize(cand)) == bare {
					found = append(found, rowRef{&t.Blocks[b], row})
					break
				}
			}
		}
	}
	if len(found) == 1 {
		return found[0].blk, found[0].row, true
	}
	return nil, nil, false
}

// rowRef is a row with the block it stands in.
type rowRef struct {
	blk *Block
	row *Row
}

func rowLabels(row *Row) []string { return append([]string{row.Label}, row.Aliases...) }

// exactLabels indexes each table's rows by their normalised labels and aliases, so that the
// common case (a label written as the format writes it) is one map lookup: importers match every
// line of a document against every table.
var exactLabels = func() map[*Table]map[string][]rowRef {
	m := map[*Table]map[string][]rowRef{}
	for _, t := range tables {
		m[t] = map[string][]rowRef{}
		for b := range t.Blocks {
			for r := range t.Blocks[b].Rows {
				row := &t.Blocks[b].Rows[r]
				for _, l := range rowLabels(row) {
					n := Normalize(l)
					m[t][n] = append(m[t][n], rowRef{&t.Blocks[b], row})
				}
			}
		}
	}
	return m
}()

// MatchColumn finds the column of block b whose label matches label as written in the wild
// (「结果 维持」, 「本年收费金额(单位:万元)」).
func MatchColumn(b *Block, label string) (*Column, bool) {
	n := Normalize(label)
	for c := range b.Columns {
		col := &b.Columns[c]
		if Normalize(col.Label) == n || (col.Short != "" && Normalize(col.Short) == n) {
			return col, true
		}
	}
	return nil, false
}

// MatchSection finds the section whose heading matches a heading line as written in a report,
// ignoring markdown markers and enumerator style (「## 三、收到和处理…」, 「三.收到和处理…」).
func MatchSection(line string) (Section, bool) {
	n := strings.TrimLeft(Normalize(line), "#*")
	for _, s := range sections {
		if Normalize(s.Heading) == n {
			return s, true
		}
	}
	return Section{}, false
}

// MatchNarrative finds the sub-item of 一、总体情况 whose heading starts the text, and returns it
// with the rest of the text (「(二) 依申请公开：2023 年…」 → s1.request, 「2023 年…」).
func MatchNarrative(text string) (Narrative, string, bool) {
	trimmed := strings.TrimLeft(text, " \t\u3000#*")
	for _, nf := range narratives {
		if nf.Heading == "" {
			continue
		}
		want := Normalize(nf.Heading)
		// Walk the text rune by rune, normalising as we go, until the heading is consumed.
		var acc strings.Builder
		for i, r := range trimmed {
			acc.WriteString(Normalize(string(r)))
			got := acc.String()
			if got == want {
				return nf, trimHeadingTail(trimmed[i+len(string(r)):]), true
			}
			if !strings.HasPrefix(want, got) {
				break
			}
		}
	}
	return Narrative{}, "", false
}

// trimHeadingTail drops what commonly follows a sub-item heading before its text: a word such
// as 方面 or 情况 directly after the heading, and the punctuation after that.
func trimHeadingTail(s string) string {
	const punct = " \t\u3000：:。.，,、"
	for _, w := range []string{"方面", "情况", "工作"} {
		if rest, ok := strings.CutPrefix(s, w); ok && (rest == "" || strings.ContainsRune(punct, []rune(rest)[0])) {
			return strings.TrimLeft(rest, punct)
		}
	}
	return strings.TrimLeft(s, punct)
}
