package main

import (
	"context"
	"encoding/json"
	"strings"
	"testing"

	"nianbao/data/report"
	"nianbao/data/store"
)

const cmpAgency = "孟津区西霞院街道办事处"

// copiedS5 is long enough for TXT-SIMILAR and is kept word for word from one year to the next.
const copiedS5 = "本机关政府信息公开工作仍存在一些不足：一是信息发布的及时性有待提高，二是政策解读的形式较为单一，" +
	"三是工作人员业务水平参差不齐。下一步将加强培训，完善制度，提升公开质量。"

// compareDB stores 2022 and 2023 of one agency in a database file under t.TempDir and returns
// its path.
func compareDB(t *testing.T) string {
	t.Helper()
	path := t.TempDir() + "/history.db"
	st, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	for year, vals := range map[int]map[string]int64{
		2022: {"t3.new.natural": 74, "t3.result_total.natural": 71, "t3.granted.natural": 71, "t3.carry_next.natural": 3},
		2023: {"t3.new.natural": 81, "t3.carried.natural": 2, "t3.result_total.natural": 83, "t3.granted.natural": 83},
	} {
		r := report.New(cmpAgency, year)
		for i := range r.Cells {
			r.Cells[i] = report.Count(0)
		}
		for k, v := range vals {
			r.Set(k, report.Count(v))
		}
		r.ComputeTotals()
		r.SetText("s5", copiedS5)
		r.SetText("s1.active", map[int]string{2022: "本年度重点公开了财政预决算信息。", 2023: "今年围绕乡村振兴、安全生产发布各类信息一百余条。"}[year])
		if _, err := st.Save(context.Background(), r); err != nil {
			t.Fatal(err)
		}
	}
	return path
}

func TestCompareJSON(t *testing.T) {
	path := compareDB(t)
	code, out, errOut := runDBCmd(t, path, "compare", cmpAgency, "2022", "2023", "--json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var got struct {
		Agency string `json:"agency"`
		Years  []int  `json:"years"`
		Rows   []struct {
			Key    string     `json:"key"`
			Values []*float64 `json:"values"`
			Delta  *float64   `json:"delta"`
			Pct    *float64   `json:"pct"`
		} `json:"rows"`
		Findings []struct {
			Rule     string   `json:"rule"`
			Cells    []string `json:"cells"`
			Expected *float64 `json:"expected"`
			Actual   *float64 `json:"actual"`
		} `json:"findings"`
		Similarity map[string]float64 `json:"similarity"`
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if got.Agency != cmpAgency || len(got.Years) != 2 || got.Years[0] != 2022 || got.Years[1] != 2023 {
		t.Errorf("agency %q years %v", got.Agency, got.Years)
	}
	if len(got.Rows) != 200 {
		t.Fatalf("%d rows, want every cell key", len(got.Rows))
	}
	rows := map[string]int{}
	for i, r := range got.Rows {
		rows[r.Key] = i
	}
	newTotal := got.Rows[rows["t3.new.total"]]
	if *newTotal.Values[0] != 74 || *newTotal.Values[1] != 81 || *newTotal.Delta != 7 || *newTotal.Pct != 9.46 {
		t.Errorf("t3.new.total %+v", newTotal)
	}
	carried := got.Rows[rows["t3.carried.total"]]
	if *carried.Values[0] != 0 || *carried.Delta != 2 || carried.Pct != nil {
		t.Errorf("t3.carried.total with base 0: %+v", carried)
	}
	var rules []string
	for _, f := range got.Findings {
		rules = append(rules, f.Rule)
		if f.Cells == nil {
			t.Errorf("%s: cells null", f.Rule)
		}
		if f.Rule == "YOY-CARRY" && (*f.Expected != 3 || *f.Actual != 2) {
			t.Errorf("YOY-CARRY expected %v actual %v", *f.Expected, *f.Actual)
		}
	}
	// natural and total columns break the carry-over; s5 was copied.
	if strings.Join(rules, " ") != "YOY-CARRY YOY-CARRY TXT-SIMILAR" {
		t.Errorf("findings %v", rules)
	}
	if got.Similarity["s5"] != 1 || got.Similarity["s1"] > 0.2 || len(got.Similarity) != 3 {
		t.Errorf("similarity %v", got.Similarity)
	}
}

func TestCompareText(t *testing.T) {
	path := compareDB(t)
	code, out, errOut := runDBCmd(t, path, "compare", cmpAgency, "2023", "2022")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{
		cmpAgency + " 2022年与2023年对比",
		"74         81       +7    +9.46%  ↑            一、本年新收政府信息公开申请数量",
		"[YOY-CARRY]",
		"请核对2023年“表三 二、上年结转政府信息公开申请数量 · 自然人”，或2022年“表三 四、结转下年度继续办理 · 自然人”",
		"五、存在的主要问题及改进情况",
		"与上年文字重复较多",
		"本年度新收政府信息公开申请81件，较上年增长9.46%",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("text output lacks %q:\n%s", want, out)
		}
	}
}

func TestCompareErrors(t *testing.T) {
	path := compareDB(t)
	cases := []struct {
		args []string
		msg  string
	}{
		{[]string{cmpAgency, "2021", "2023"}, "库中没有“" + cmpAgency + "”2021年的报告"},
		{[]string{"不存在的机关", "2022", "2023"}, "不存在的机关"},
		{[]string{cmpAgency, "二〇二二", "2023"}, "年度“二〇二二”不是数字"},
		{[]string{cmpAgency, "2023", "2023"}, "两个不同的年度"},
		{[]string{cmpAgency, "2023"}, "用法"},
	}
	for _, c := range cases {
		code, out, errOut := runDBCmd(t, path, append([]string{"compare"}, c.args...)...)
		if code == 0 || out != "" || !strings.Contains(errOut, c.msg) {
			t.Errorf("%v: exit %d, stdout %q, stderr %q (want %q)", c.args, code, out, errOut, c.msg)
		}
	}
}
