package textsim

import "strings"

// RepeatThreshold is the share of a sentence's shingles that must occur in the previous text for
// the sentence to count as repeated. It tolerates a changed word or two (an agency name, a
// count written in words) but not a rewritten sentence.
const RepeatThreshold = 0.8

// Sentence is one sentence of the current text in a side-by-side comparison.
type Sentence struct {
	Text     string // the sentence as written, with its closing punctuation
	Repeated bool   // the sentence repeats (near-identically) the previous text
}

// isTerminator reports whether r ends a sentence.
func isTerminator(r rune) bool {
	switch r {
	case '。', '！', '？', '；', '!', '?', ';', '\n':
		return true
	}
	return false
}

// Sentences splits a text into sentences at 。！？； (full- or half-width) and line breaks,
// keeping each sentence's closing punctuation and dropping surrounding white space and empty
// pieces.
func Sentences(text string) []string {
	var out []string
	start := 0
	for i, r := range text {
		if !isTerminator(r) {
			continue
		}
		end := i + len(string(r))
		if s := strings.TrimSpace(text[start:end]); s != "" && !allTerminators(s) {
			out = append(out, s)
		}
		start = end
	}
	if s := strings.TrimSpace(text[start:]); s != "" {
		out = append(out, s)
	}
	return out
}

func allTerminators(s string) bool {
	for _, r := range s {
		if !isTerminator(r) {
			return false
		}
	}
	return true
}

// Compare splits cur into sentences and marks those that repeat prev. A sentence repeats prev
// when at least RepeatThreshold of its shingles occur anywhere in prev (so sentences that were
// moved, merged or split still count); a sentence too short to have a trigram repeats only when
// prev holds a sentence with the same letters. Sentences without letters are never marked.
func Compare(prev, cur string) []Sentence {
	prevSet := setOf(normalise(prev, nil))
	short := map[string]bool{}
	for _, s := range Sentences(prev) {
		if n := normalise(s, nil); len(n) > 0 && len(n) < shingleLen {
			short[string(n)] = true
		}
	}
	sentences := Sentences(cur)
	out := make([]Sentence, len(sentences))
	var norm []rune
	seen := newShingleSet(0)
	for i, s := range sentences {
		out[i].Text = s
		norm = normalise(s, norm[:0])
		switch {
		case len(norm) == 0:
		case len(norm) < shingleLen:
			out[i].Repeated = short[string(norm)]
		default:
			if len(seen.slots) < 2*len(norm) {
				seen = newShingleSet(len(norm))
			} else {
				clear(seen.slots)
				seen.n = 0
			}
			found := 0
			eachShingle(norm, func(k uint64) {
				if seen.add(k) && prevSet.has(k) {
					found++
				}
			})
			out[i].Repeated = float64(found) >= RepeatThreshold*float64(seen.n)
		}
	}
	return out
}
