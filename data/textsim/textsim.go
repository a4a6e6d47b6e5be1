// Package textsim measures how much of one Chinese narrative text repeats another, so that the
// rule engine can warn when a report section copies last year's text (TXT-SIMILAR) and the
// comparison view can mark repeated sentences side by side.
//
// Method: both texts are normalised to their letters only (Han characters and Latin letters,
// full-width folded to half-width, lower-cased); punctuation, white space and every digit are
// dropped, so a changed year (2022 → 2023) or a changed count does not hide a copied paragraph.
// The normalised text is cut into overlapping character trigrams (shingles). Chinese has no
// word boundaries, and trigrams are long enough that two unrelated texts on the same subject
// share few of them (bigrams such as 公开 or 信息 are in every report), yet short enough that an
// edited phrase only disturbs the two or three shingles around it. Similarity is the Dice
// coefficient of the two shingle sets, 2·|A∩B| / (|A|+|B|): the share of text the two have in
// common, so keeping two of three paragraphs gives about two thirds.
package textsim

import "unicode"

// shingleLen is the number of characters in a shingle.
const shingleLen = 3

// normalise returns the letters of text that take part in the comparison, appended to buf.
func normalise(text string, buf []rune) []rune {
	for _, r := range text {
		switch {
		case r >= 0x4E00 && r <= 0x9FFF: // CJK unified ideographs: the bulk of the text
		case r >= 0xFF21 && r <= 0xFF5A: // full-width Latin letters
			r = unicode.ToLower(r - 0xFEE0)
		case unicode.IsLetter(r):
			r = unicode.ToLower(r)
		default:
			continue
		}
		buf = append(buf, r)
	}
	return buf
}

// eachShingle calls f with every trigram shingle of normalised text, packed into one word (a
// rune fits in 21 bits, so three pack without collisions). A text shorter than a trigram yields
// itself as its only shingle, so that 「无」 still equals 「无」; the top bit keeps such short
// shingles apart from trigrams. No shingle is 0.
func eachShingle(norm []rune, f func(uint64)) {
	if len(norm) == 0 {
		return
	}
	if len(norm) < shingleLen {
		var s uint64
		for _, r := range norm {
			s = s<<21 | uint64(r)
		}
		f(s | 1<<63)
		return
	}
	for i := 0; i+shingleLen <= len(norm); i++ {
		f(uint64(norm[i])<<42 | uint64(norm[i+1])<<21 | uint64(norm[i+2]))
	}
}

// shingleSet is an open-addressing hash set of shingles; 0 marks an empty slot. Hashing keeps a
// comparison linear in the length of the texts (sorting was the bulk of the cost).
type shingleSet struct {
	slots []uint64
	shift uint
	n     int // number of distinct shingles
}

// newShingleSet returns a set with room for up to n shingles at a load of at most one half.
func newShingleSet(n int) *shingleSet {
	bits := uint(4)
	for 1<<bits < 2*n {
		bits++
	}
	return &shingleSet{slots: make([]uint64, 1<<bits), shift: 64 - bits}
}

// slot returns the index where k is or would go.
func (s *shingleSet) slot(k uint64) int {
	mask := len(s.slots) - 1
	i := int((k * 0x9E3779B97F4A7C15) >> s.shift)
	for s.slots[i] != 0 && s.slots[i] != k {
		i = (i + 1) & mask
	}
	return i
}

// add inserts k and reports whether it was new.
func (s *shingleSet) add(k uint64) bool {
	i := s.slot(k)
	if s.slots[i] == k {
		return false
	}
	s.slots[i] = k
	s.n++
	return true
}

// has reports whether k is in the set.
func (s *shingleSet) has(k uint64) bool { return s.slots[s.slot(k)] == k }

// setOf returns the shingle set of normalised text.
func setOf(norm []rune) *shingleSet {
	s := newShingleSet(len(norm))
	eachShingle(norm, func(k uint64) { s.add(k) })
	return s
}

// Similarity returns how much of two texts is the same, from 0 (nothing in common) to 1 (the
// same letters in the same order, whatever the punctuation, spacing and digits). A text with
// nothing to compare (empty, or only digits and punctuation) is similar to nothing: the result
// is 0 even when both are empty, so an empty section is never reported as copied.
func Similarity(a, b string) float64 {
	na := normalise(a, make([]rune, 0, len(a)/3+1))
	nb := normalise(b, make([]rune, 0, len(b)/3+1))
	if len(na) == 0 || len(nb) == 0 {
		return 0
	}
	sa := setOf(na)
	sb := newShingleSet(len(nb))
	both := 0
	eachShingle(nb, func(k uint64) {
		if sb.add(k) && sa.has(k) {
			both++
		}
	})
	return 2 * float64(both) / float64(sa.n+sb.n)
}

// Letters returns the number of characters of text that take part in the comparison; rules use
// it to leave very short texts such as 「无」 out of similarity checks.
func Letters(text string) int {
	n := 0
	for _, r := range text {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}
