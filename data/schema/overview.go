package schema

import (
	"strings"
	"unicode/utf8"
)

// overviewKeys lists 一、总体情况's narrative keys in reading order: the lead paragraph before
// （一）, then the five sub-items. Built from the narratives so that the order lives in one place.
var overviewKeys = func() []string {
	var keys []string
	for _, n := range narratives {
		if n.Section == "s1" {
			keys = append(keys, n.Key)
		}
	}
	return keys
}()

// OverviewKeys returns the narrative keys of 一、总体情况: index 0 is the lead paragraph
// (s1.intro), indexes 1…5 the sub-items （一）…（五）. Importers use the index to tell whether a
// heading moves forward through the section.
func OverviewKeys() []string { return overviewKeys }

// OverviewIndex returns key's index in OverviewKeys, or 0 (the lead paragraph) for any other key.
func OverviewIndex(key string) int {
	for i, k := range overviewKeys {
		if k == key {
			return i
		}
	}
	return 0
}

const subItemEnumerators = "一二三四五"

// LeadingEnumerator reads a sub-item enumerator 「（N）」 or 「(N)」, N in 一…五, at the start of s,
// tolerating spaces inside the brackets as pages copied from the web have them. rest is the text
// after it, without the separator that usually follows (space, colon or full stop).
func LeadingEnumerator(s string) (n int, rest string, ok bool) {
	open, size := utf8.DecodeRuneInString(s)
	if open != '（' && open != '(' {
		return 0, "", false
	}
	s = strings.TrimLeft(s[size:], " \u3000")
	num, size := utf8.DecodeRuneInString(s)
	i := strings.IndexRune(subItemEnumerators, num)
	if i < 0 {
		return 0, "", false
	}
	s = strings.TrimLeft(s[size:], " \u3000")
	closing, size := utf8.DecodeRuneInString(s)
	if closing != '）' && closing != ')' {
		return 0, "", false
	}
	return i/len("一") + 1, strings.TrimLeft(s[size:], " \u3000：:。."), true
}
