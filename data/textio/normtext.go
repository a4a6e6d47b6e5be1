package textio

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"nianbao/data/schema"
)

// normText is a piece of raw text together with its schema.Normalize form and, for every byte of
// the normalised form, the raw offset it came from. Crawled pages run labels and numbers
// together; searching the normalised form and slicing the raw one lets the importer find labels
// written with other brackets or stray spaces and still cut the numbers out exactly.
type normText struct {
	raw  string
	norm string
	off  []int // len(norm)+1 raw offsets; off[len(norm)] == len(raw)
}

func newNormText(raw string) normText {
	var b strings.Builder
	off := make([]int, 0, len(raw)+1)
	for i, r := range raw {
		n := normRune(r)
		if n == "" {
			continue
		}
		b.WriteString(n)
		for range len(n) {
			off = append(off, i)
		}
	}
	off = append(off, len(raw))
	return normText{raw: raw, norm: b.String(), off: off}
}

// normRune is schema.Normalize for one rune, with fast paths for plain ASCII and the CJK
// ideographs, which Normalize leaves alone.
func normRune(r rune) string {
	if r >= 0x4E00 && r <= 0x9FFF {
		return string(r)
	}
	if r < utf8.RuneSelf {
		if unicode.IsSpace(r) || r == '"' || r == '\'' {
			return ""
		}
		return string(r)
	}
	return schema.Normalize(string(r))
}

// index finds needle (already normalised) at or after normalised position from.
func (t normText) index(needle string, from int) (start, end int, ok bool) {
	if needle == "" || from > len(t.norm) {
		return 0, 0, false
	}
	i := strings.Index(t.norm[from:], needle)
	if i < 0 {
		return 0, 0, false
	}
	return from + i, from + i + len(needle), true
}

// rawSlice returns the raw text between two normalised positions.
func (t normText) rawSlice(start, end int) string {
	return t.raw[t.off[start]:t.off[end]]
}

// vocabulary holds the normalised header words of the tables: block headings, column and group
// labels, table 3's note, table 4's group labels. A line made only of these is a header, and the
// text between two rows of a run-together table may hold only these.
var vocabulary = func() map[string]bool {
	v := map[string]bool{}
	add := func(s string) {
		if n := schema.Normalize(s); n != "" {
			v[n] = true
		}
	}
	for _, w := range []string{schema.InfoContent, schema.Applicants, schema.Litigation,
		"小计", "法人小计", "合计", "单位：件", "（单位：件）", "单位：万元", "（单位：万元）", "项目"} {
		add(w)
	}
	for _, t := range schema.Tables() {
		add(t.Note)
		for _, b := range t.Blocks {
			add(b.Heading)
			for _, c := range b.Columns {
				add(c.Label)
				add(c.Short)
				add(c.Group)
			}
			for _, r := range b.Rows {
				add(r.Group)
				add(r.Sub)
				add(r.Super)
				if t.Key == "t4" {
					add(r.Label)
				}
			}
		}
	}
	return v
}()

// maxVocabLen is the length of the longest vocabulary entry, bounding the word-break search.
var maxVocabLen = func() int {
	n := 0
	for w := range vocabulary {
		n = max(n, len(w))
	}
	return n
}()

// maxHeaderBytes is far longer than any header line; longer text is not header words, and the
// word-break searches below never look further, which keeps their time bounded.
const maxHeaderBytes = 4096

// isVocabulary reports whether the normalised string s is a concatenation of header words.
func isVocabulary(s string) bool {
	if s == "" {
		return true
	}
	if len(s) > maxHeaderBytes {
		return false
	}
	// ok[i]: s[:i] splits into vocabulary words.
	ok := make([]bool, len(s)+1)
	ok[0] = true
	for i := 1; i <= len(s); i++ {
		for j := max(0, i-maxVocabLen); j < i && !ok[i]; j++ {
			ok[i] = ok[j] && vocabulary[s[j:i]]
		}
	}
	return ok[len(s)]
}

// vocabularyPrefix returns the length of the longest prefix of s that splits into header words,
// and the last word of that split.
func vocabularyPrefix(s string) (n int, last string) {
	if len(s) > maxHeaderBytes {
		s = s[:maxHeaderBytes]
	}
	ok := make([]bool, len(s)+1)
	lastWord := make([]string, len(s)+1)
	ok[0] = true
	for i := 1; i <= len(s); i++ {
		for j := max(0, i-maxVocabLen); j < i && !ok[i]; j++ {
			if ok[j] && vocabulary[s[j:i]] {
				ok[i], lastWord[i] = true, s[j:i]
			}
		}
		if ok[i] {
			n, last = i, lastWord[i]
		}
	}
	return n, last
}

// trimLine drops surrounding white space, including the ideographic space and zero-width marks.
func trimLine(s string) string {
	return strings.TrimFunc(s, func(r rune) bool { return unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff' })
}

// cleanHeading strips Markdown decoration from a line that may be a heading: leading #, bold
// markers, a trailing colon.
func cleanHeading(s string) string {
	s = trimLine(s)
	s = strings.TrimLeft(s, "#")
	s = trimLine(s)
	for _, m := range []string{"**", "__"} {
		if strings.HasPrefix(s, m) && strings.HasSuffix(s, m) && len(s) > 2*len(m) {
			s = s[len(m) : len(s)-len(m)]
		}
	}
	s = strings.TrimRight(trimLine(s), "#")
	return trimLine(strings.TrimRight(s, "：:"))
}
