package compare

import (
	"nianbao/data/report"
	"nianbao/data/rules"
	"nianbao/data/schema"
	"nianbao/data/textsim"
)

// TextComparison is one narrative section or field in both years.
type TextComparison struct {
	Key     string    // s1, s5, s6 for sections; s1.intro … s6 for fields
	Heading string    // 一、总体情况, （一）主动公开 …
	Texts   [2]string // base year, later year
	// Similarity is the share of the later text that repeats the base text, 0–1.
	Similarity float64
	// Similar is true when TXT-SIMILAR fires for the section (never set on fields: the rule
	// reads whole sections).
	Similar bool
	// Sentences are the later year's sentences, each marked repeated or new.
	Sentences []textsim.Sentence
}

// similaritySections are the sections TXT-SIMILAR reads; s1 joins its five sub-items.
var similaritySections = []string{"s1", "s5", "s6"}

// narratives compares each section and each field of the narrative.
func narratives(a, b *report.Report, findings []rules.Finding) (sections, fields []TextComparison) {
	flagged := map[string]bool{}
	for _, f := range findings {
		if f.Rule == "TXT-SIMILAR" {
			flagged[f.Section] = true
		}
	}
	for _, key := range similaritySections {
		s, _ := schema.SectionByKey(key)
		t := compareText(key, s.Heading, rules.SectionText(a, key), rules.SectionText(b, key))
		t.Similar = flagged[key]
		sections = append(sections, t)
	}
	for _, n := range schema.Narratives() {
		fields = append(fields, compareText(n.Key, fieldHeading(n), a.Text(n.Key), b.Text(n.Key)))
	}
	return sections, fields
}

func compareText(key, heading, base, later string) TextComparison {
	return TextComparison{Key: key, Heading: heading, Texts: [2]string{base, later},
		Similarity: textsim.Similarity(base, later), Sentences: textsim.Compare(base, later)}
}

// fieldHeading names a narrative field for the user: its official sub-heading, or for fields
// without one the section heading (and 导语 for the lead paragraph of 一、总体情况).
func fieldHeading(n schema.Narrative) string {
	if n.Heading != "" {
		return n.Heading
	}
	s, _ := schema.SectionByKey(n.Section)
	if n.Section == "s1" {
		return s.Heading + "（导语）"
	}
	return s.Heading
}
