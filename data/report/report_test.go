package report

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"nianbao/data/schema"
)

func TestParseValue(t *testing.T) {
	cases := []struct {
		in    string
		want  Value
		fails bool
	}{
		{"", Value{}, false},
		{"  ", Value{}, false},
		{"0", Count(0), false},
		{"１２３", Count(123), false},
		{"1,234", Count(1234), false},
		{"1，234件", Count(1234), false},
		{" 12.5万元 ", Num(12500000), false},
		{"0.0001", Num(100), false},
		{"/", Value{State: NotApplicable}, false},
		{"—", Value{State: NotApplicable}, false},
		{"不适用", Value{State: NotApplicable}, false},
		{"-3", Num(Int(-3)), false},
		{"abc", Value{}, true},
		{"0.000001", Num(1), false},
		{"24252.311082", Num(24252311082), false},
		{"1.0000001", Value{}, true},
		{"1e5", Value{}, true},
		{"99999999999999999999", Value{}, true},
		{"1000000001", Value{}, true},
	}
	for _, c := range cases {
		got, err := ParseValue(c.in)
		if (err != nil) != c.fails {
			t.Errorf("ParseValue(%q) error = %v", c.in, err)
			continue
		}
		if !c.fails && got != c.want {
			t.Errorf("ParseValue(%q) = %+v, want %+v", c.in, got, c.want)
		}
	}
	if _, err := ParseValue("十二"); err == nil || !strings.Contains(err.Error(), "十二") {
		t.Errorf("error must quote the input: %v", err)
	}
}

func TestFixedString(t *testing.T) {
	for f, want := range map[Fixed]string{0: "0", Int(12): "12", 12500000: "12.5", 1: "0.000001", 100: "0.0001", -Int(3): "-3", -500000: "-0.5"} {
		if got := f.String(); got != want {
			t.Errorf("%d.String() = %q, want %q", int64(f), got, want)
		}
	}
}

func TestJSONRoundTrip(t *testing.T) {
	r := New("孟津区西霞院街道办事处", 2023)
	r.Meta.Opening = "根据《条例》编制。"
	r.SetText("s1.active", "主动公开情况。")
	r.SetText("s6", "本年度未收取信息处理费。")
	r.Set("t3.new.natural", Count(5))
	r.Set("t2.fees.amount", Num(1234500))
	r.Set("t4.review.other", Value{State: NotApplicable})
	r.Set("t4.review.upheld", InvalidText(" 5x"))
	r.Set("t4.review.corrected", Count(-3))
	r.Source.ImportNotes = []string{"第3行：无法识别"}
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	var back Report
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(r, &back) {
		t.Errorf("round trip differs:\n%+v\n%+v", r, &back)
	}
	if r.Meta.Level != LevelTownship {
		t.Errorf("level = %q", r.Meta.Level)
	}
	b2, _ := json.Marshal(&back)
	if string(b) != string(b2) {
		t.Error("encoding not deterministic")
	}
}

func TestJSONRejects(t *testing.T) {
	for _, in := range []string{
		`{"kind":"nianbao-report","version":99,"cells":{}}`,
		`{"kind":"other"}`,
		`{"kind":"nianbao-report","version":1,"cells":{"t9.x.y":1}}`,
		`{"kind":"nianbao-report","version":1,"cells":{"t3.new.total":true}}`,
		`{"kind":"nianbao-report","version":1,"agency":"甲","year":2023,"narrative":{}}`,
		`{"kind":"nianbao-report","version":1,"agency":"甲","year":2023,"cells":{}}`,
		`{"kind":"nianbao-report","version":1,"year":2023,"narrative":{},"cells":{}}`,
		`not json`,
	} {
		var r Report
		if err := json.Unmarshal([]byte(in), &r); err == nil {
			t.Errorf("accepted %s", in)
		}
	}
}

func TestComputeTotals(t *testing.T) {
	r := New("测试县民政局", 2024)
	r.Set("t3.new.natural", Count(3))
	r.Set("t3.new.legal", Count(2))
	r.Set("t3.granted.natural", Count(1))
	r.Set("t3.other.other.commercial", Count(4))
	r.Set("t4.direct.upheld", Count(2))
	r.ComputeTotals()
	for key, want := range map[string]Value{
		"t3.new.total": Count(5), "t3.result_total.natural": Count(1), "t3.result_total.commercial": Count(4),
		"t3.result_total.total": Count(5), "t3.carried.total": {}, "t4.direct.total": Count(2), "t4.review.total": {},
	} {
		if got := r.Get(key); got != want {
			t.Errorf("%s = %+v, want %+v", key, got, want)
		}
	}
	if schema.NumCells() != len(r.Cells) {
		t.Fatal("cells length")
	}
}

func TestGuessLevel(t *testing.T) {
	for name, want := range map[string]Level{
		"孟津区西霞院街道办事处": LevelTownship, "洛阳市人民政府": LevelCity, "河南省交通运输厅": LevelProvince,
		"北京市人民政府": LevelProvince, "北京市朝阳区人民政府": LevelCounty, "平潭综合实验区": LevelCounty,
		"国家统计局": LevelState, "广西壮族自治区人民政府": LevelProvince, "某某镇": LevelTownship,
	} {
		if got := GuessLevel(name); got != want {
			t.Errorf("GuessLevel(%s) = %q, want %q", name, got, want)
		}
	}
}

// What is typed is what is kept: a value that is not one stays as written, a minus is a
// negative number and only the marks of not applicable mean "/".
func TestReadCell(t *testing.T) {
	for _, c := range []struct {
		in   string
		want Value
	}{
		{"1.5", Num(1500000)},
		{"-3", Count(-3)},
		{"－3", Count(-3)},
		{"5x", InvalidText("5x")},
		{"abc", InvalidText("abc")},
		{" 1 2 ", InvalidText(" 1 2 ")},
		{"-", Value{State: NotApplicable}},
		{"不适用", Value{State: NotApplicable}},
		{"", Value{}},
		{"１２件", Count(12)},
	} {
		got := ReadCell(c.in)
		if got != c.want {
			t.Errorf("ReadCell(%q) = %+v, want %+v", c.in, got, c.want)
		}
		if got.State == Invalid && (got.String() != c.in || got.Problem() == "") {
			t.Errorf("ReadCell(%q): shown as %q, problem %q", c.in, got.String(), got.Problem())
		}
	}
}

// An invalid cell in a file is read back as written, not refused and not turned into a number.
func TestJSONInvalidCell(t *testing.T) {
	var r Report
	in := `{"kind":"nianbao-report","version":1,"agency":"甲","year":2023,"narrative":{},"cells":{"t3.new.total":"abc","t3.new.natural":"-2"}}`
	if err := json.Unmarshal([]byte(in), &r); err != nil {
		t.Fatal(err)
	}
	if got := r.Get("t3.new.total"); got != InvalidText("abc") {
		t.Errorf("t3.new.total = %+v", got)
	}
	if got := r.Get("t3.new.natural"); got != Count(-2) {
		t.Errorf("t3.new.natural = %+v", got)
	}
}

func TestParseDate(t *testing.T) {
	for in, want := range map[string]string{
		"2026-01-20": "2026-01-20", "2026/1/20": "2026-01-20", "2026.1.5": "2026-01-05",
		"2026年1月20日": "2026-01-20", " ２０２６年１月２０日 ": "2026-01-20", "2026年 1 月 20 日": "2026-01-20",
	} {
		d, err := ParseDate(in)
		if err != nil || FormatDate(d) != want {
			t.Errorf("ParseDate(%q) = %v, %v; want %s", in, d, err, want)
		}
	}
	for _, in := range []string{"", "2026-02-30", "2026-13-01", "20260120", "明天", "26-1-20"} {
		if _, err := ParseDate(in); err == nil {
			t.Errorf("ParseDate(%q) accepted", in)
		}
	}
}

// The 发布日期 and URL travel in the native file; a 发布日期 that is no date is refused.
func TestJSONPublication(t *testing.T) {
	r := New("孟津区财政局", 2025)
	r.Meta.Published, r.Meta.URL = "2026-01-20", "https://example.gov.cn/a.html"
	b, err := r.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	var back Report
	if err := back.UnmarshalJSON(b); err != nil || back.Meta.Published != r.Meta.Published || back.Meta.URL != r.Meta.URL {
		t.Fatalf("read back %q %q (%v)", back.Meta.Published, back.Meta.URL, err)
	}
	bad := []byte(`{"kind":"nianbao-report","version":1,"agency":"甲","year":2025,"format":"2021","published":"下周","narrative":{},"cells":{}}`)
	if err := back.UnmarshalJSON(bad); err == nil || !strings.Contains(err.Error(), "发布日期") {
		t.Errorf("a 发布日期 that is no date: %v", err)
	}
}
