package compare

import (
	"strings"
	"testing"
	"unicode/utf8"

	"nianbao/data/textsim"
)

// section5000 builds a narrative section of 5,000 characters from real report paragraphs,
// rotated by shift so that two sections differ in order and partly in content.
func section5000(b *testing.B, shift int) string {
	names := []string{"xixiayuan-active.txt", "xixiayuan-s5.txt", "pingtan-active.txt", "pingtan-management.txt"}
	var sb strings.Builder
	for i := 0; utf8.RuneCountInString(sb.String()) < 5000; i++ {
		sb.WriteString(text(b, names[(i+shift)%len(names)]))
		sb.WriteString("\n")
	}
	return string([]rune(sb.String())[:5000])
}

// BenchmarkSimilarity5000 measures the narrative comparison of one section of 5,000 characters
// in both years: the similarity and the sentence marking of the side-by-side view (target ≤ 5 ms).
func BenchmarkSimilarity5000(b *testing.B) {
	prev, cur := section5000(b, 0), section5000(b, 1)
	b.ResetTimer()
	for b.Loop() {
		textsim.Similarity(prev, cur)
		textsim.Compare(prev, cur)
	}
}

// BenchmarkCompare measures Compare on two full years with long narratives, without the store.
func BenchmarkCompare(b *testing.B) {
	x, y := pair(b)
	for i, n := range []string{"s1.active", "s1.request", "s5", "s6"} {
		x.SetText(n, section5000(b, i))
		y.SetText(n, section5000(b, i+1))
	}
	b.ResetTimer()
	for b.Loop() {
		Compare(x, y)
	}
}
