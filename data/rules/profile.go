package rules

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"nianbao/data/report"
	"nianbao/data/schema"
)

// Profile is a region's rules on top of the national catalogue (the national rules alone are the
// default profile, a nil *Profile): earlier internal due dates and tighter limits, each citing
// the notice it comes from. Profiles are files (ParseProfile) a user picks.
type Profile struct {
	Name string    // whose rules: 「武威市」
	Due  []DueRule // internal due dates; only one earlier than the statutory date counts
	// S1MaxChars limits the length of 一、总体情况 (S1-LENGTH); 0 for no limit.
	S1MaxChars int
	S1Source   Source
	// Similarity lowers the share of last year's wording from which TXT-SIMILAR warns; 0 keeps
	// the national SimilarityThreshold.
	Similarity       float64
	SimilaritySource Source
}

// Source is the document a profile rule comes from.
type Source struct {
	Document string `json:"document"`        // 《关于做好……的通知》
	Number   string `json:"number"`          // 武政办发〔2025〕54号
	Date     string `json:"date"`            // its date, YYYY-MM-DD
	URL      string `json:"url,omitempty"`   // where it is published
	Quote    string `json:"quote,omitempty"` // the words the rule rests on
}

// String cites the source as a message does: 「武政办发〔2025〕54号，2025年12月19日」.
func (s Source) String() string {
	var parts []string
	for _, p := range []string{s.Document, s.Number} {
		if p != "" {
			parts = append(parts, p)
		}
	}
	if d, err := report.ParseDate(s.Date); err == nil {
		parts = append(parts, chineseDate(d))
	}
	return strings.Join(parts, "，")
}

// DueRule is an internal due date: a day of the year after the report year, for the reports it
// applies to (all, an 人民政府's or the departments', or agencies whose name contains a text).
type DueRule struct {
	Month, Day int
	Government *bool  // nil: both; true: 人民政府 reports; false: the others
	Agency     string // "": every agency; otherwise the name must contain it
	Source     Source
}

func (d DueRule) applies(m report.Meta) bool {
	if d.Government != nil && *d.Government != (m.Government && m.Level != report.LevelTownship) {
		return false
	}
	return d.Agency == "" || strings.Contains(m.Agency, d.Agency)
}

// on is the rule's date for a report of year.
func (d DueRule) on(year int) time.Time {
	return time.Date(year+1, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC)
}

// profileKind marks a JSON document as a 年报通 rule profile.
const profileKind = "nianbao-profile"

// profileFile is the file format of a profile: JSON, like the report files, so that it needs no
// parser beyond the standard library, and read strictly, so that a misspelt key is an error
// rather than a rule silently not applied.
type profileFile struct {
	Kind    string        `json:"kind"`
	Version int           `json:"version"`
	Name    string        `json:"name"`
	Rules   []profileRule `json:"rules"`
}

// profileRule is one rule of a profile file; rule says which, and which fields it takes.
type profileRule struct {
	Rule       string  `json:"rule"`                 // S1-LENGTH, TXT-SIMILAR or DUE
	MaxChars   int     `json:"max_chars,omitempty"`  // S1-LENGTH
	Threshold  float64 `json:"threshold,omitempty"`  // TXT-SIMILAR, 0–1
	Date       string  `json:"date,omitempty"`       // DUE: MM-DD of the year after the report year
	Government *bool   `json:"government,omitempty"` // DUE: only 人民政府 reports (true) or only the others (false)
	Agency     string  `json:"agency,omitempty"`     // DUE: only agencies whose name contains this
	Source     Source  `json:"source"`
}

// ParseProfile reads a profile file. Every rule must cite its source (document and date); a
// rule that would loosen the national rules is refused. Errors are in Chinese and name the rule
// (by its place in the file) or the line of a JSON mistake.
func ParseProfile(data []byte) (*Profile, error) {
	var f profileFile
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&f); err != nil {
		return nil, fmt.Errorf("规则配置文件不是有效的 JSON：%s", jsonProblem(data, err))
	}
	if f.Kind != profileKind {
		return nil, fmt.Errorf("不是年报通规则配置文件（缺少 \"kind\": %q）", profileKind)
	}
	if f.Version != 1 {
		return nil, fmt.Errorf("规则配置文件版本 %d 不受支持（本程序支持版本 1）", f.Version)
	}
	p := &Profile{Name: strings.TrimSpace(f.Name)}
	if p.Name == "" {
		return nil, errors.New("规则配置文件没有写名称（\"name\"）")
	}
	for i, r := range f.Rules {
		where := fmt.Sprintf("第 %d 条规则（%s）", i+1, r.Rule)
		if strings.TrimSpace(r.Source.Document) == "" {
			return nil, fmt.Errorf("%s没有写依据的文件（source.document）", where)
		}
		if _, err := report.ParseDate(r.Source.Date); err != nil {
			return nil, fmt.Errorf("%s的依据没有写对日期（source.date）：%v", where, err)
		}
		switch r.Rule {
		case "S1-LENGTH":
			if r.MaxChars <= 0 {
				return nil, fmt.Errorf("%s要写一个正整数 max_chars（总体情况最多多少字）", where)
			}
			p.S1MaxChars, p.S1Source = r.MaxChars, r.Source
		case "TXT-SIMILAR":
			if r.Threshold <= 0 || r.Threshold > SimilarityThreshold {
				return nil, fmt.Errorf("%s的 threshold 应大于 0、不大于全国规则的 %.2f（只能更严）", where, SimilarityThreshold)
			}
			p.Similarity, p.SimilaritySource = r.Threshold, r.Source
		case "DUE":
			var month, day int
			if _, err := fmt.Sscanf(r.Date, "%d-%d", &month, &day); err != nil || month < 1 || month > 12 || day < 1 ||
				day > time.Date(2001, time.Month(month)+1, 0, 0, 0, 0, 0, time.UTC).Day() {
				return nil, fmt.Errorf("%s的 date 应写成“01-20”这样的月-日（报告年度的下一年）", where)
			}
			p.Due = append(p.Due, DueRule{Month: month, Day: day, Government: r.Government, Agency: r.Agency, Source: r.Source})
		default:
			return nil, fmt.Errorf("%s：未知的规则，可用的有 S1-LENGTH、TXT-SIMILAR、DUE", where)
		}
	}
	return p, nil
}

// jsonProblem says where a JSON error is, by line.
func jsonProblem(data []byte, err error) string {
	var syntax *json.SyntaxError
	var typ *json.UnmarshalTypeError
	offset := int64(-1)
	switch {
	case errors.As(err, &syntax):
		offset = syntax.Offset
	case errors.As(err, &typ):
		offset = typ.Offset
	}
	if offset < 0 {
		return err.Error()
	}
	line := 1 + bytes.Count(data[:min(int(offset), len(data))], []byte("\n"))
	return fmt.Sprintf("第 %d 行：%v", line, err)
}

// similarity is the share of last year's wording from which TXT-SIMILAR warns in env, and why.
func (env *Env) similarity() (float64, string) {
	if env.Profile != nil && env.Profile.Similarity > 0 {
		return env.Profile.Similarity, env.Profile.SimilaritySource.String()
	}
	return SimilarityThreshold, ""
}

// countChars counts the characters of a text as a 字数 does: everything but white space.
func countChars(s string) int {
	n := 0
	for _, r := range s {
		if !unicode.IsSpace(r) {
			n++
		}
	}
	return n
}

// s1Length is S1-LENGTH: 一、总体情况 longer than the profile allows.
func s1Length(r *report.Report, env *Env, out []Finding) []Finding {
	if env.Profile == nil || env.Profile.S1MaxChars == 0 {
		return out
	}
	n := countChars(SectionText(r, "s1"))
	if n <= env.Profile.S1MaxChars {
		return out
	}
	s, _ := schema.SectionByKey("s1")
	quote := ""
	if q := env.Profile.S1Source.Quote; q != "" && utf8.RuneCountInString(q) <= 40 {
		quote = "：“" + q + "”"
	}
	return append(out, Finding{Rule: "S1-LENGTH", Severity: Warning, Cells: []string{}, Section: "s1", ID: "S1-LENGTH",
		Message: fmt.Sprintf("“%s”共%d字，超过%s要求的%d字（%s%s）", s.Heading, n, env.Profile.Name, env.Profile.S1MaxChars,
			env.Profile.S1Source, quote)})
}

// Lines describes the profile's rules, one a line, each with its source.
func (p *Profile) Lines() []string {
	var out []string
	if p.S1MaxChars > 0 {
		out = append(out, fmt.Sprintf("S1-LENGTH：总体情况不超过 %d 字（%s）", p.S1MaxChars, p.S1Source))
	}
	if p.Similarity > 0 {
		out = append(out, fmt.Sprintf("TXT-SIMILAR：与上年文字重复达到 %.0f%% 即提示（%s）", p.Similarity*100, p.SimilaritySource))
	}
	for _, d := range p.Due {
		out = append(out, fmt.Sprintf("DUE：次年%d月%d日前公开（%s）", d.Month, d.Day, d.Source))
	}
	return out
}
