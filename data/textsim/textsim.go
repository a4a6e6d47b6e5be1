// Package textsim measures how much of one Chinese narrative repeats another, for TXT-SIMILAR and
// the comparison view. Texts are compared as sets of character trigrams over their letters only:
// punctuation, white space and digits are dropped first, so a paragraph copied from last year with
// the year and figures changed still counts as copied.
package textsim

import (
	"slices"
	"strings"
	"unicode"
)

// letters keeps the characters that carry wording: Han characters and letters.
func letters(s string) []rune {
	out := make([]rune, 0, len(s)/3)
	for _, r := range s {
		if unicode.Is(unicode.Han, r) || unicode.IsLetter(r) {
			out = append(out, unicode.ToLower(r))
		}
	}
	return out
}

// shingles returns the sorted, de-duplicated hashes of the character trigrams of s (bigrams and
// the single character for very short texts, so they still compare).
func shingles(s string) []uint64 {
	rs := letters(s)
	n := 3
	if len(rs) < n {
		n = len(rs)
	}
	if n == 0 {
		return nil
	}
	out := make([]uint64, 0, len(rs))
	for i := 0; i+n <= len(rs); i++ {
		var h uint64
		for _, r := range rs[i : i+n] {
			h = h<<21 | uint64(r)
		}
		out = append(out, h)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// common counts the hashes two sorted sets share.
func common(a, b []uint64) int {
	n, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			n++
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return n
}

// Similarity is the Dice coefficient of the two texts' trigram sets: 1 for the same wording,
// about 0 for unrelated texts. Two empty texts are not similar (0): there is nothing copied.
func Similarity(a, b string) float64 {
	sa, sb := shingles(a), shingles(b)
	if len(sa)+len(sb) == 0 {
		return 0
	}
	return 2 * float64(common(sa, sb)) / float64(len(sa)+len(sb))
}

// Sentence is a sentence of this year's text, marked when it repeats last year's.
type Sentence struct {
	Text     string
	Repeated bool
}

// repeatedShare is how much of a sentence's trigrams must occur in last year's text for the
// sentence to count as repeated: near-identical, allowing changed figures and a word or two.
const repeatedShare = 0.8

// Sentences splits a text into sentences after 。！？； and line breaks, keeping the punctuation.
func Sentences(text string) []string {
	var out []string
	var b strings.Builder
	flush := func() {
		if s := strings.TrimSpace(b.String()); s != "" {
			out = append(out, s)
		}
		b.Reset()
	}
	for _, r := range text {
		if r == '\n' || r == '\r' {
			flush()
			continue
		}
		b.WriteRune(r)
		if strings.ContainsRune("。！？；!?;", r) {
			flush()
		}
	}
	flush()
	return out
}

// Compare splits cur into sentences and marks those whose wording already stands in prev.
func Compare(prev, cur string) []Sentence {
	base := shingles(prev)
	var out []Sentence
	for _, s := range Sentences(cur) {
		sh := shingles(s)
		rep := len(sh) > 0 && float64(common(sh, base)) >= repeatedShare*float64(len(sh))
		out = append(out, Sentence{Text: s, Repeated: rep})
	}
	return out
}
