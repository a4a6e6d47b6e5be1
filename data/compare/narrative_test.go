package compare

import (
	"strings"
	"testing"
)

func TestNarrativeCopied(t *testing.T) {
	a, b := pair(t)
	cmp := Compare(a, b)
	if len(cmp.Sections) != 3 || len(cmp.Fields) != 8 {
		t.Fatalf("%d sections, %d fields", len(cmp.Sections), len(cmp.Fields))
	}
	for _, s := range cmp.Sections {
		switch s.Key {
		case "s1", "s5":
			if s.Similarity < 0.99 || !s.Similar {
				t.Errorf("%s copied: similarity %.3f, flagged %v", s.Key, s.Similarity, s.Similar)
			}
		case "s6": // 「无」: alike, but too short for TXT-SIMILAR
			if s.Similar {
				t.Errorf("s6 %q flagged", s.Texts[1])
			}
		}
	}
	var flagged []string
	for _, f := range cmp.Findings {
		if f.Rule == "TXT-SIMILAR" {
			flagged = append(flagged, f.Section)
		}
	}
	if strings.Join(flagged, " ") != "s1 s5" {
		t.Errorf("TXT-SIMILAR on %v", flagged)
	}
	for _, f := range cmp.Fields {
		for _, s := range f.Sentences {
			if !s.Repeated {
				t.Errorf("%s: copied sentence %q not marked repeated", f.Key, s.Text)
			}
		}
	}
	if cmp.Fields[0].Heading != "一、总体情况（导语）" || cmp.Fields[1].Heading != "（一）主动公开" || cmp.Fields[7].Heading != "六、其他需要报告的事项" {
		t.Errorf("headings %q %q %q", cmp.Fields[0].Heading, cmp.Fields[1].Heading, cmp.Fields[7].Heading)
	}
}

func TestNarrativeRewritten(t *testing.T) {
	a, b := pair(t)
	p1, p2, p3 := text(t, "xixiayuan-active.txt"), text(t, "xixiayuan-s5.txt"), text(t, "pingtan-management.txt")
	fresh := text(t, "pingtan-active.txt")
	a.SetText("s5", p1+"\n"+p2+"\n"+p3)
	b.SetText("s5", p1+"\n"+fresh+"\n"+p3)
	a.SetText("s1.active", fresh)
	cmp := Compare(a, b)
	active := cmp.Fields[1]
	if active.Key != "s1.active" || active.Similarity > 0.1 {
		t.Errorf("unrelated s1.active: similarity %.3f", active.Similarity)
	}
	s5 := cmp.Sections[1]
	if s5.Key != "s5" || s5.Similarity < 0.5 || s5.Similarity > 0.8 || !s5.Similar {
		t.Errorf("s5 with its middle paragraph rewritten: similarity %.3f, flagged %v", s5.Similarity, s5.Similar)
	}
	for _, s := range s5.Sentences {
		if inFresh := strings.Contains(fresh, s.Text); inFresh == s.Repeated {
			t.Errorf("sentence %q: repeated %v", s.Text, s.Repeated)
		}
	}
}
