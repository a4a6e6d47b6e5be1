package report

import (
	"maps"
	"strconv"
	"strings"

	"nianbao/data/schema"
)

// Level is the administrative level of the reporting agency.
type Level string

// Agency levels as the format names them.
const (
	LevelUnknown  Level = ""
	LevelState    Level = "国务院部门"
	LevelProvince Level = "省级"
	LevelCity     Level = "市级"
	LevelCounty   Level = "县级"
	LevelTownship Level = "乡镇街道"
)

// Levels lists the levels in order, for choosers.
var Levels = []Level{LevelState, LevelProvince, LevelCity, LevelCounty, LevelTownship}

// Status is where a report stands in its year.
type Status string

// Report statuses.
const (
	StatusDraft Status = "draft" // 草稿
	StatusFinal Status = "final" // 定稿
)

// Label is the status as clerks call it: 草稿 or 定稿 (an unknown status reads as a draft).
func (s Status) Label() string {
	if s == StatusFinal {
		return "定稿"
	}
	return "草稿"
}

// Meta is what the document says about itself.
type Meta struct {
	Agency     string // 机关名称
	Year       int    // 报告年度
	Level      Level
	Government bool   // an 人民政府 (not a 部门): 监督保障 must cover 考核、评议、追究
	Format     string // "2021", or "2019" for the trial format
	Opening    string // paragraph before 一、总体情况
	Region     string // optional: 省/市/县 the agency belongs to
	Published  string // 发布日期 as YYYY-MM-DD (see ParseDate); "" while the report is not published
	URL        string // where the report was published
	// AutoTotals is true for reports typed in the app: total cells are computed. Reports imported
	// from published documents keep their stated totals so that their errors show.
	AutoTotals bool
}

// Source records what an importer saw that rules need to know.
type Source struct {
	File        string   // the file the report came from, if any
	Kind        string   // what kind of document it was read from: 「Word 文档」「网页」…
	FeeInYuan   bool     // the fee column was headed or written in 元 rather than 万元
	OldFormat   []string // phrases of the 2019 trial format found in the document
	ImportNotes []string // lines an importer could not read, with their line numbers
	// CellNotes says, by cell key, how an importer came to a value it did not read as plainly
	// written: cut from digits run together by the sums, or read under the nearest row label.
	// The checker reports each such cell until the user has compared it with the original.
	CellNotes map[string]string `json:",omitempty"`
}

// NoteRow notes every cell of a table row (the cells whose keys start with prefix, such as
// 「t3.granted.」) that holds a value.
func (r *Report) NoteRow(prefix, note string) {
	for i, c := range schema.Cells() {
		if strings.HasPrefix(c.Key, prefix) && r.Cells[i].State != Blank {
			if r.Source.CellNotes == nil {
				r.Source.CellNotes = map[string]string{}
			}
			r.Source.CellNotes[c.Key] = note
		}
	}
}

// Report is one agency's annual report for one year.
type Report struct {
	Meta      Meta
	Narrative map[string]string // keyed by schema narrative keys (s1.intro … s6)
	Cells     []Value           // indexed by schema cell index
	Source    Source
}

// New returns an empty 2021-format report: every cell blank, totals computed.
func New(agency string, year int) *Report {
	return &Report{
		Meta: Meta{Agency: agency, Year: year, Format: schema.Format, Level: GuessLevel(agency),
			Government: strings.Contains(agency, "人民政府"), AutoTotals: true},
		Narrative: map[string]string{},
		Cells:     make([]Value, schema.NumCells()),
	}
}

// Get returns the value of a cell by key; an unknown key reads as blank.
func (r *Report) Get(key string) Value {
	if i := schema.Index(key); i >= 0 {
		return r.Cells[i]
	}
	return Value{}
}

// Set stores the value of a cell by key and reports whether the key exists.
func (r *Report) Set(key string, v Value) bool {
	i := schema.Index(key)
	if i < 0 {
		return false
	}
	r.Cells[i] = v
	return true
}

// Text returns a narrative field ("" when absent).
func (r *Report) Text(key string) string { return r.Narrative[key] }

// SetText stores a narrative field.
func (r *Report) SetText(key, text string) {
	if r.Narrative == nil {
		r.Narrative = map[string]string{}
	}
	r.Narrative[key] = text
}

// Clone returns a deep copy.
func (r *Report) Clone() *Report {
	c := *r
	c.Cells = append([]Value(nil), r.Cells...)
	c.Narrative = make(map[string]string, len(r.Narrative))
	for k, v := range r.Narrative {
		c.Narrative[k] = v
	}
	c.Source.OldFormat = append([]string(nil), r.Source.OldFormat...)
	c.Source.ImportNotes = append([]string(nil), r.Source.ImportNotes...)
	c.Source.CellNotes = maps.Clone(r.Source.CellNotes)
	return &c
}

// Title is the document title: 「<机关><年度>年政府信息公开工作年度报告」.
func (r *Report) Title() string {
	return r.Meta.Agency + strconv.Itoa(r.Meta.Year) + "年政府信息公开工作年度报告"
}

// GuessLevel infers the level from an agency name by its most local place marker; the user can
// correct it.
func GuessLevel(agency string) Level {
	hasAny := func(subs ...string) bool {
		for _, sub := range subs {
			if strings.Contains(agency, sub) {
				return true
			}
		}
		return false
	}
	municipality := false
	for _, m := range []string{"北京市", "上海市", "天津市", "重庆市"} {
		if strings.HasPrefix(agency, m) {
			municipality, agency = true, strings.TrimPrefix(agency, m)
		}
	}
	withoutAutonomousRegion := strings.ReplaceAll(agency, "自治区", "")
	switch {
	case agency == "" && !municipality:
		return LevelUnknown
	case hasAny("街道", "乡人民政府", "镇人民政府", "乡政府", "镇政府") || strings.HasSuffix(agency, "乡") || strings.HasSuffix(agency, "镇"):
		return LevelTownship
	case hasAny("县", "旗") || strings.Contains(withoutAutonomousRegion, "区"):
		return LevelCounty
	case hasAny("市", "州", "盟"):
		return LevelCity
	case municipality || hasAny("省", "自治区"):
		return LevelProvince
	case strings.HasPrefix(agency, "国家") || strings.HasPrefix(agency, "国务院") || strings.HasPrefix(agency, "中华人民共和国"):
		return LevelState
	}
	return LevelUnknown
}
