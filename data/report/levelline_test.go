package report

import "testing"

func TestLevelLineRoundTrip(t *testing.T) {
	for _, l := range Levels {
		got, ok := ParseLevelLine(LevelLine(l))
		if !ok || got != l {
			t.Errorf("%q read back as %q, %v", LevelLine(l), got, ok)
		}
	}
	if LevelLine(LevelUnknown) != "" {
		t.Error("an unknown level writes a line")
	}
	for _, s := range []string{"", "机关层级：", "机关层级：中央", "本机关层级：县级", "县级"} {
		if _, ok := ParseLevelLine(s); ok {
			t.Errorf("%q taken as a level line", s)
		}
	}
	if l, ok := ParseLevelLine(" 机关层级: 市级 "); !ok || l != LevelCity {
		t.Errorf("ASCII colon and spaces: %q %v", l, ok)
	}
}
