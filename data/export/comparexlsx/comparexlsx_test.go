package comparexlsx

import (
	"bytes"
	"testing"

	"github.com/xuri/excelize/v2"

	"nianbao/data/compare"
	"nianbao/data/report"
)

const agency = "孟津区西霞院街道办事处"

// sample compares two years with a rise, a big swing, a blank base, a carry-over break and a
// copied section.
func sample() *compare.Comparison {
	a, b := report.New(agency, 2022), report.New(agency, 2023)
	for i := range a.Cells {
		a.Cells[i], b.Cells[i] = report.Count(0), report.Count(0)
	}
	a.Set("t3.new.total", report.Count(74))
	b.Set("t3.new.total", report.Count(81))
	a.Set("t3.granted.total", report.Count(40))
	b.Set("t3.granted.total", report.Count(12))
	a.Set("t3.result_total.total", report.Count(50))
	b.Set("t3.result_total.total", report.Count(20))
	a.Set("t2.license.decisions", report.Value{})
	b.Set("t2.license.decisions", report.Count(7))
	b.Set("t2.fees.amount", report.Num(1250000))
	a.Set("t3.carry_next.natural", report.Count(3))
	s5 := "本机关政府信息公开工作仍存在一些不足：一是信息发布的及时性有待提高，二是政策解读的形式较为单一，三是工作人员业务水平参差不齐。下一步将加强培训，完善制度。"
	a.SetText("s5", s5)
	b.SetText("s5", s5)
	return compare.Compare(a, b)
}

func write(t *testing.T, c *compare.Comparison) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := Write(&buf, c); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestWorkbook(t *testing.T) {
	c := sample()
	data := write(t, c)
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if got := f.GetSheetList(); len(got) != 4 || got[0] != SheetFigures || got[1] != SheetRatios || got[2] != SheetContinuity || got[3] != SheetText {
		t.Fatalf("sheets %v", got)
	}
	rows, err := f.GetRows(SheetFigures)
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 1+len(c.Rows) {
		t.Fatalf("%d rows on %s", len(rows), SheetFigures)
	}
	if h := rows[0]; h[0] != "项目" || h[1] != "2022年" || h[2] != "2023年" || h[3] != "增减" || h[4] != "增减幅度（%）" {
		t.Errorf("header %v", h)
	}
	byKey := map[string][]string{}
	for _, r := range rows[1:] {
		byKey[r[6]] = r
	}
	check := func(key string, want ...string) {
		t.Helper()
		got := byKey[key]
		for i, w := range want {
			if i >= len(got) || got[i] != w {
				t.Errorf("%s: %q, want %q", key, got, want)
				return
			}
		}
	}
	check("t3.new.total", "表三 一、本年新收政府信息公开申请数量 · 总计", "74", "81", "7", "9.46", "↑ 增加")
	check("t3.granted.total", "表三 （一）予以公开 · 总计", "40", "12", "-28", "-70.00", "↓ 减少，大幅变动")
	check("t2.license.decisions", "表二 行政许可 · 本年处理决定数量", "", "7", "", "—", "")
	check("t2.fees.amount", "表二 行政事业性收费 · 收费金额（万元）", "0", "1.25", "1.25", "—", "↑ 增加")
	check("t4.review.total", "表四 行政复议 · 总计", "0", "0", "0", "—", "持平")

	style, _ := f.GetCellStyle(SheetFigures, "A1")
	st, _ := f.GetStyle(style)
	if st.Font == nil || st.Font.Family != "宋体" || !st.Font.Bold {
		t.Errorf("header font %+v", st.Font)
	}
	panes, _ := f.GetPanes(SheetFigures)
	if !panes.Freeze || panes.YSplit != 1 {
		t.Errorf("header not frozen: %+v", panes)
	}
	if w, _ := f.GetColWidth(SheetFigures, "A"); w < 40 {
		t.Errorf("label column width %v", w)
	}

	ratios, _ := f.GetRows(SheetRatios)
	if len(ratios) != 6 || ratios[1][0] != "公开率" || ratios[1][1] != "80.00" || ratios[1][2] != "60.00" {
		t.Errorf("ratios %v", ratios)
	}
	cont, _ := f.GetRows(SheetContinuity)
	if len(cont) != 2 || cont[1][0] != "YOY-CARRY" || cont[1][2] != "3" || cont[1][3] != "0" ||
		cont[1][4] != "2023年 表三 二、上年结转政府信息公开申请数量 · 自然人" {
		t.Errorf("continuity %v", cont)
	}
	text, _ := f.GetRows(SheetText)
	if len(text) != 1+3+8 || text[2][0] != "五、存在的主要问题及改进情况" || text[2][1] != "100.00" || text[2][2] == "" {
		t.Errorf("text %v", text)
	}
}

func TestNoContinuityRow(t *testing.T) {
	a, b := report.New(agency, 2021), report.New(agency, 2023)
	f, err := excelize.OpenReader(bytes.NewReader(write(t, compare.Compare(a, b))))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if v, _ := f.GetCellValue(SheetContinuity, "A2"); v != "两个年度不相邻，不检查上年结转与现行有效件数的衔接" {
		t.Errorf("A2 = %q", v)
	}
}

func TestDeterministic(t *testing.T) {
	c := sample()
	if !bytes.Equal(write(t, c), write(t, c)) {
		t.Error("two writes of one comparison differ")
	}
}

func TestFileName(t *testing.T) {
	if got := FileName(sample()); got != agency+"2022年与2023年年报对比.xlsx" {
		t.Errorf("FileName = %q", got)
	}
	// A name stored before names were checked still gives a name inside the chosen folder.
	c := sample()
	c.Agency = "../../x"
	if got := FileName(c); got != "_.._x2022年与2023年年报对比.xlsx" {
		t.Errorf("FileName of %q = %q", c.Agency, got)
	}
}
