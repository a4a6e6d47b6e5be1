package report

import (
	"bytes"
	"encoding/json"
	"fmt"

	"nianbao/data/schema"
)

// FileVersion is the version of the native JSON encoding written by MarshalJSON. Readers accept
// every version up to this one and refuse newer files with a message rather than misread them.
const FileVersion = 1

// fileKind marks a JSON document as a 年报通 report.
const fileKind = "nianbao-report"

// notApplicableJSON is how a not-applicable cell is written in JSON.
const notApplicableJSON = "/"

type jsonReport struct {
	Kind       string                     `json:"kind"`
	Version    int                        `json:"version"`
	Agency     string                     `json:"agency"`
	Year       int                        `json:"year"`
	Level      Level                      `json:"level,omitempty"`
	Government bool                       `json:"government,omitempty"`
	Format     string                     `json:"format"`
	Region     string                     `json:"region,omitempty"`
	Published  string                     `json:"published,omitempty"`
	URL        string                     `json:"url,omitempty"`
	AutoTotals bool                       `json:"auto_totals,omitempty"`
	Opening    string                     `json:"opening,omitempty"`
	Narrative  map[string]string          `json:"narrative"`
	Cells      map[string]json.RawMessage `json:"cells"`
	Source     *Source                    `json:"source,omitempty"`
}

// MarshalJSON writes the versioned native encoding: metadata, narrative, and every cell as a
// number, "/" (not applicable), a string (the text of an invalid cell, as written) or null (blank). Map keys are sorted, so output is deterministic.
func (r *Report) MarshalJSON() ([]byte, error) {
	j := jsonReport{
		Kind: fileKind, Version: FileVersion,
		Agency: r.Meta.Agency, Year: r.Meta.Year, Level: r.Meta.Level, Government: r.Meta.Government,
		Format: r.Meta.Format, Region: r.Meta.Region, Published: r.Meta.Published, URL: r.Meta.URL, AutoTotals: r.Meta.AutoTotals, Opening: r.Meta.Opening,
		Narrative: map[string]string{}, Cells: make(map[string]json.RawMessage, len(r.Cells)),
	}
	for k, v := range r.Narrative {
		if v != "" {
			j.Narrative[k] = v
		}
	}
	for i, c := range schema.Cells() {
		j.Cells[c.Key] = cellJSON(r.Cells[i])
	}
	if r.Source.File != "" || r.Source.Kind != "" || r.Source.FeeInYuan || len(r.Source.OldFormat) > 0 || len(r.Source.ImportNotes) > 0 || len(r.Source.CellNotes) > 0 {
		src := r.Source
		j.Source = &src
	}
	return json.Marshal(j)
}

func cellJSON(v Value) json.RawMessage {
	switch v.State {
	case Number:
		return json.RawMessage(v.N.String())
	case NotApplicable:
		return json.RawMessage(`"` + notApplicableJSON + `"`)
	case Invalid:
		b, _ := json.Marshal(v.Text) // a string always marshals
		return b
	}
	return json.RawMessage("null")
}

// MarshalJSON writes a cell as the native file does: a number, "/", the text of an invalid cell
// as written, or null.
func (v Value) MarshalJSON() ([]byte, error) { return cellJSON(v), nil }

// UnmarshalJSON reads a cell written by MarshalJSON: a string that is no value is an invalid
// cell holding it.
func (v *Value) UnmarshalJSON(b []byte) error {
	val, err := parseCellJSON(b)
	if err != nil {
		return err
	}
	*v = val
	return nil
}

// UnmarshalJSON reads the native encoding. Unknown cell keys, a newer version or a cell that is
// neither a number, a string nor null are errors naming the cell; a string that is no value is
// kept as an invalid cell, which the rules report.
func (r *Report) UnmarshalJSON(b []byte) error {
	var j jsonReport
	dec := json.NewDecoder(bytes.NewReader(b))
	if err := dec.Decode(&j); err != nil {
		return fmt.Errorf("不是有效的年报通 JSON 文件：%v", err)
	}
	if j.Kind != fileKind {
		return fmt.Errorf("不是年报通报告文件（缺少 \"kind\": %q）", fileKind)
	}
	if j.Version > FileVersion {
		return fmt.Errorf("文件版本 %d 比本程序支持的版本 %d 新，请升级年报通后再打开", j.Version, FileVersion)
	}
	n := Report{
		Meta: Meta{Agency: j.Agency, Year: j.Year, Level: j.Level, Government: j.Government,
			Format: j.Format, Region: j.Region, Published: j.Published, URL: j.URL, AutoTotals: j.AutoTotals, Opening: j.Opening},
		Narrative: map[string]string{},
		Cells:     make([]Value, schema.NumCells()),
	}
	if n.Meta.Published != "" {
		d, err := ParseDate(n.Meta.Published)
		if err != nil {
			return fmt.Errorf("发布日期：%v", err)
		}
		n.Meta.Published = FormatDate(d)
	}
	if n.Meta.Format == "" {
		n.Meta.Format = schema.Format
	}
	for k, v := range j.Narrative {
		if _, ok := schema.NarrativeByKey(k); !ok {
			return fmt.Errorf("未知的文字栏目 %q", k)
		}
		n.Narrative[k] = v
	}
	for k, raw := range j.Cells {
		i := schema.Index(k)
		if i < 0 {
			return fmt.Errorf("未知的单元格 %q", k)
		}
		v, err := parseCellJSON(raw)
		if err != nil {
			return fmt.Errorf("单元格 %s（%s）：%v", k, schema.CellAt(i).Label(), err)
		}
		n.Cells[i] = v
	}
	if j.Source != nil {
		n.Source = *j.Source
	}
	var present map[string]json.RawMessage
	if err := json.Unmarshal(b, &present); err != nil {
		return fmt.Errorf("不是有效的年报通 JSON 文件：%v", err)
	}
	for _, part := range requiredJSON {
		if _, ok := present[part.key]; !ok {
			return fmt.Errorf("缺少 %q（%s），不是完整的年报通报告文件", part.key, part.what)
		}
	}
	*r = n
	return nil
}

// requiredJSON are the parts every report file has (MarshalJSON always writes them): a file
// without one is cut short or made by hand, and taken as it stands it would replace the stored
// report's cells or text with blanks.
var requiredJSON = []struct{ key, what string }{
	{"agency", "机关名称"},
	{"year", "报告年度"},
	{"narrative", "各部分的文字"},
	{"cells", "表二至表四的单元格"},
}

func parseCellJSON(raw json.RawMessage) (Value, error) {
	t := bytes.TrimSpace(raw)
	switch {
	case len(t) == 0 || string(t) == "null":
		return Value{}, nil
	case t[0] == '"':
		var s string
		if err := json.Unmarshal(t, &s); err != nil {
			return Value{}, err
		}
		return ReadCell(s), nil
	}
	f, err := ParseFixed(string(t))
	if err != nil {
		return Value{}, fmt.Errorf("“%s”%v", t, err)
	}
	return Num(f), nil
}
