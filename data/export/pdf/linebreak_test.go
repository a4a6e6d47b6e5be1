package pdf

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"nianbao/data/export/layout"
)

// em measures a full-width character as 1 and anything below U+0370 as 0.5.
func em(r rune) float64 {
	if r < 0x0370 {
		return 0.5
	}
	return 1
}

func texts(lines []line) []string {
	var out []string
	for _, l := range lines {
		out = append(out, string(l.text))
	}
	return out
}

func TestWrapBreaksBetweenCJKCharacters(t *testing.T) {
	got := texts(wrap("一二三四五六七八九十", 4, 5, em))
	want := []string{"一二三四", "五六七八九", "十"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestWrapKeepsPunctuationOffLineStarts(t *testing.T) {
	// 「，」 would start the second line; it stays with 「四」, which moves down with it.
	got := texts(wrap("一二三四，五六", 4, 4, em))
	if got[1][0:3] == "，" || got[0] != "一二三" {
		t.Errorf("got %q", got)
	}
	// An opening quote does not end a line.
	got = texts(wrap("一二三“四五”", 4, 4, em))
	if strings.HasSuffix(got[0], "“") {
		t.Errorf("line ends with an opening quote: %q", got)
	}
}

func TestWrapKeepsNumbersWhole(t *testing.T) {
	got := texts(wrap("共发布12345条信息", 6, 6, em))
	for _, l := range got {
		if strings.Contains(l, "123") && !strings.Contains(l, "12345") {
			t.Errorf("number split: %q", got)
		}
	}
	got = texts(wrap("网址 www.example.gov.cn/abcdef/ghijkl 查阅", 6, 6, em))
	if strings.ReplaceAll(strings.Join(got, ""), " ", "") != "网址www.example.gov.cn/abcdef/ghijkl查阅" || got[0] != "网址" {
		t.Errorf("an over-long address must start its own line and be cut, not lost: %q", got)
	}
}

func FuzzWrap(f *testing.F) {
	for _, s := range []string{"2025年，全市各级行政机关扎实推进政务公开工作。", "（一）主动公开：“三到位”……", "a b  c", "", "——。，"} {
		f.Add(s, 7.0)
	}
	f.Fuzz(func(t *testing.T, text string, width float64) {
		if !utf8.ValidString(text) || width < 1 || width > 1000 {
			return
		}
		lines := wrap(text, width, width, em)
		var kept, want []rune
		for _, l := range lines {
			kept = append(kept, l.text...)
			if l.width > width+1e-6 && utf8.RuneCount([]byte(string(l.text))) > 1 {
				t.Fatalf("line %q is %.1f wide, limit %.1f", string(l.text), l.width, width)
			}
		}
		for _, r := range text {
			if !unicode.IsSpace(r) {
				want = append(want, r)
			}
		}
		var got []rune
		for _, r := range kept {
			if !unicode.IsSpace(r) {
				got = append(got, r)
			}
		}
		if string(got) != string(want) {
			t.Fatalf("wrap lost text: %q became %q", text, texts(lines))
		}
		// When every unbreakable piece fits a line, no line starts with closing punctuation
		// unless a space stands before it in the text.
		for _, tok := range tokens(text) {
			w := 0.0
			for _, r := range tok {
				w += em(r)
			}
			if w > width {
				return
			}
		}
		afterSpace := map[rune]bool{}
		prev := 'x'
		for _, r := range text {
			if unicode.IsSpace(prev) {
				afterSpace[r] = true
			}
			prev = r
		}
		for _, l := range lines[1:] {
			if len(l.text) > 0 && layout.NoLineStart(l.text[0]) && !afterSpace[l.text[0]] {
				t.Fatalf("line %q starts with closing punctuation (lines %q)", string(l.text), texts(lines))
			}
		}
	})
}
