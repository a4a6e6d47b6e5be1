package textsim

import (
	"os"
	"strings"
	"testing"
)

func load(t testing.TB, name string) string {
	t.Helper()
	b, err := os.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return strings.TrimSpace(string(b))
}

func TestSimilarity(t *testing.T) {
	active := load(t, "xixiayuan-active.txt")
	s5 := load(t, "xixiayuan-s5.txt")
	other := load(t, "pingtan-active.txt")
	mgmt := load(t, "pingtan-management.txt")
	lastYear := active + "\n\n" + s5 + "\n\n" + mgmt
	thisYear := active + "\n\n" + s5 + "\n\n" + other

	cases := []struct {
		name     string
		a, b     string
		min, max float64
	}{
		{"identical", active, active, 1, 1},
		{"same text, new year, punctuation and spacing", "2022年，我街道加强培训。共发布信息160余条。",
			"2023 年 我街道加强培训，共发布信息 175 余条", 1, 1},
		{"unrelated texts on the same subject", active, other, 0, 0.1},
		{"unrelated sections of one report", active, s5, 0, 0.1},
		{"one paragraph of three replaced", lastYear, thisYear, 0.5, 0.8},
		{"empty", "", active, 0, 0},
		{"both empty", "", "", 0, 0},
		{"digits and punctuation only", "2023。", "2023。", 0, 0},
		{"short identical", "无", "无", 1, 1},
		{"short different", "无", "暂无", 0, 0},
	}
	for _, c := range cases {
		got := Similarity(c.a, c.b)
		if got < c.min || got > c.max {
			t.Errorf("%s: Similarity = %.3f, want in [%.2f, %.2f]", c.name, got, c.min, c.max)
		}
		if back := Similarity(c.b, c.a); back != got {
			t.Errorf("%s: not symmetric: %.3f vs %.3f", c.name, got, back)
		}
	}
}

func TestLetters(t *testing.T) {
	if got := Letters("2023年，共 160 条。ＡＢ"); got != 5 {
		t.Errorf("Letters = %d, want 5", got)
	}
}

func TestSentences(t *testing.T) {
	got := Sentences(" 一是加强培训。二是规范发布！\n\n三是？；无 ")
	want := []string{"一是加强培训。", "二是规范发布！", "三是？", "无"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("Sentences = %q, want %q", got, want)
	}
	if len(Sentences("")) != 0 || len(Sentences(" 。\n")) != 0 {
		t.Error("empty text must give no sentences")
	}
}

func TestCompare(t *testing.T) {
	prev := "2022年，西霞院街道加强政务公开培训。每季度召开一次业务培训会。建立健全审核机制。无"
	cur := "2023年，西霞院街道加强政务公开培训。全年新建政务公开专区两个，群众满意度明显提升。" +
		"建立健全信息发布审核机制。无"
	got := Compare(prev, cur)
	want := []Sentence{
		{"2023年，西霞院街道加强政务公开培训。", true},
		{"全年新建政务公开专区两个，群众满意度明显提升。", false},
		{"建立健全信息发布审核机制。", false},
		{"无", true},
	}
	if len(got) != len(want) {
		t.Fatalf("Compare = %+v", got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("sentence %d = %+v, want %+v", i, got[i], want[i])
		}
	}
	if got := Compare("", "第一句。"); len(got) != 1 || got[0].Repeated {
		t.Errorf("against empty prev: %+v", got)
	}
	if got := Compare("第一句。", ""); len(got) != 0 {
		t.Errorf("empty cur: %+v", got)
	}
}

// section builds a narrative section of n characters from the test texts.
func section(t testing.TB, n int, names ...string) string {
	var all []rune
	for len(all) < n {
		for _, name := range names {
			all = append(all, []rune(load(t, name))...)
		}
	}
	return string(all[:n])
}

func BenchmarkSimilarity5000(b *testing.B) {
	a := section(b, 5000, "xixiayuan-active.txt", "pingtan-active.txt", "xixiayuan-s5.txt")
	c := section(b, 5000, "pingtan-management.txt", "xixiayuan-s5.txt", "pingtan-active.txt")
	b.ReportAllocs()
	for b.Loop() {
		Similarity(a, c)
	}
}

func BenchmarkCompare5000(b *testing.B) {
	a := section(b, 5000, "xixiayuan-active.txt", "pingtan-active.txt", "xixiayuan-s5.txt")
	c := section(b, 5000, "pingtan-management.txt", "xixiayuan-s5.txt", "pingtan-active.txt")
	b.ReportAllocs()
	for b.Loop() {
		Compare(a, c)
	}
}
