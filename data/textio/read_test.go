package textio

import (
	"os"
	"strings"
	"testing"

	"nianbao/data/assemble"
	"nianbao/data/report"
	"nianbao/data/schema"
)

const seedPath = "testdata/xixiayuan-2023.txt"

func TestReadSeed(t *testing.T) {
	r := readFile(t, seedPath)
	if r.Meta.Agency != "孟津区西霞院街道办事处" || r.Meta.Year != 2023 {
		t.Errorf("agency/year = %q %d", r.Meta.Agency, r.Meta.Year)
	}
	if r.Meta.Format != "2021" || r.Meta.AutoTotals || r.Meta.Level != report.LevelTownship || r.Meta.Government {
		t.Errorf("meta = %+v", r.Meta)
	}
	if r.Meta.Opening != "" || r.Text("s1.intro") != "" {
		t.Errorf("opening %q, intro %q: the seed has neither", r.Meta.Opening, r.Text("s1.intro"))
	}
	for i, v := range r.Cells {
		if v != report.Count(0) {
			t.Errorf("%s = %+v, want 0", schema.CellAt(i).Key, v)
		}
	}
	want := map[string]string{
		"s1.active":     "2023 年西霞院街道始终将政务公开工作纳入重要议事日程。",
		"s1.request":    "2023 年，西霞院街道没有接到群众主动要求公开政府信息的申请。目前尚无发现应主动公开政府信息而未予公开的情况。",
		"s1.management": "2023 年，西霞院街道制发规章、行政规范性文件数量为 0。",
		"s1.platform":   "2023 年，西霞院街道在人民政府网站发布政务信息",
		"s1.oversight":  "以政务平台为抓手，夯实政务公开基础加强政府网站运维监管。",
		"s5":            "目前我街道政务公开存在的问题为，",
		"s6":            "无",
	}
	for key, prefix := range want {
		if got := r.Text(key); !strings.HasPrefix(got, prefix) || (key == "s6" || key == "s1.request" || key == "s1.management") && got != prefix {
			t.Errorf("%s = %q, want it to start with %q", key, assemble.ClipText(got, 40), prefix)
		}
	}
	if got := strings.Count(r.Text("s5"), "\n"); got != 1 {
		t.Errorf("s5 has %d paragraph breaks, want 1 (two paragraphs)", got)
	}
	if len(r.Source.ImportNotes) != 0 || len(r.Source.OldFormat) != 0 || r.Source.FeeInYuan {
		t.Errorf("source = %+v", r.Source)
	}
	if r.Source.File != seedPath {
		t.Errorf("source file = %q", r.Source.File)
	}
}

func TestReadCrawledPage(t *testing.T) {
	r := readFile(t, "testdata/pingtan-2021.page.txt")
	if r.Meta.Agency != "平潭综合实验区" || r.Meta.Year != 2021 {
		t.Errorf("agency/year = %q %d", r.Meta.Agency, r.Meta.Year)
	}
	if !strings.HasPrefix(r.Meta.Opening, "根据《中华人民共和国政府信息公开条例》") || !strings.HasSuffix(r.Meta.Opening, "0591-23165370。") {
		t.Errorf("opening = %q", assemble.ClipText(r.Meta.Opening, 40))
	}
	starts := map[string]string{
		"s1.intro":      "2021年，我区以习近平新时代中国特色社会主义思想为指导",
		"s1.active":     "按照“公开为常态，不公开为例外”的要求",
		"s1.request":    "我区高度重视依申请公开工作的办理",
		"s1.management": "一是加强组织领导。",
		"s1.platform":   "平台载体建设方面。按照《国务院办公厅秘书局",
		"s1.oversight":  "常态化开展督查检查",
		"s5":            "（一）存在的主要问题:",
		"s6":            "2021年，无收取信息处理费情况。",
	}
	for key, prefix := range starts {
		if !strings.HasPrefix(r.Text(key), prefix) {
			t.Errorf("%s = %q, want it to start with %q", key, assemble.ClipText(r.Text(key), 40), prefix)
		}
	}
	if r.Text("s6") != "2021年，无收取信息处理费情况。" {
		t.Errorf("s6 keeps page furniture: %q", r.Text("s6"))
	}
	// What the page states unambiguously is read ...
	cells := map[string]report.Value{
		"t2.rules.issued": report.Count(0), "t2.rules.in_force": report.Count(0),
		"t2.license.decisions": report.Count(2293), "t2.penalty.decisions": report.Count(1282),
		"t2.coercion.decisions": report.Count(42),
		"t3.carried.total":      report.Count(0),
		"t3.partial.natural":    report.Count(5), "t3.partial.commercial": report.Count(0), "t3.partial.total": report.Count(5),
		"t3.denied.enforcement.natural": report.Count(6), "t3.other.other.total": report.Count(1),
		"t3.carry_next.natural": report.Count(1), "t3.carry_next.total": report.Count(1),
		// Cut by the sum relation, each with a note.
		"t3.new.natural": report.Count(64), "t3.new.social": report.Count(2), "t3.new.other": report.Count(4), "t3.new.total": report.Count(70),
		"t3.result_total.natural": report.Count(63), "t3.result_total.total": report.Count(69),
		"t4.review.upheld": report.Count(1), "t4.review.other": report.Count(2), "t4.review.total": report.Count(3),
		"t4.direct.upheld": report.Count(12), "t4.direct.total": report.Count(12), "t4.after_review.total": report.Count(0),
		// Two splits fit each of these rows; only one pair of them fits table 3's column totals.
		"t3.granted.natural": report.Count(27), "t3.granted.commercial": report.Count(0), "t3.granted.other": report.Count(1),
		"t3.granted.total": report.Count(30), "t3.unable.not_held.natural": report.Count(22),
		"t3.unable.not_held.commercial": report.Count(0), "t3.unable.not_held.total": report.Count(25),
	}
	for key, want := range cells {
		if got := r.Get(key); got != want {
			t.Errorf("%s = %q, want %q", key, got.String(), want.String())
		}
	}
	// ... the fee, published to the 分 (24252.311082 万元 = 242,523,110.82 元), exactly ...
	if got := r.Get("t2.fees.amount"); got != report.Num(24252311082) {
		t.Errorf("t2.fees.amount = %+v, want 24252.311082 exactly", got)
	}
	// ... every cell cut by the sums carries its note, the cells read as written none ...
	for key, inferred := range map[string]bool{"t3.new.natural": true, "t3.granted.total": true, "t4.direct.upheld": true, "t3.carried.total": false} {
		if note := r.Source.CellNotes[key]; strings.Contains(note, "由合计推断") != inferred || (inferred && !strings.HasPrefix(note, "第10行：")) {
			t.Errorf("%s: cell note %q", key, note)
		}
	}
	// ... and the rest is left blank, never invented.
	for _, key := range []string{"t2.normative.issued", "t2.normative.in_force"} {
		if got := r.Get(key); got.State != report.Blank {
			t.Errorf("%s = %q, want blank", key, got.String())
		}
	}
	wantNotes := []string{
		"第2行：发布日期按原文的“发布时间”记为 2022-02-08，请核对",
		"第10行：表二“行政规范性文件”行的数字连在一起（“693665”），无法确定如何分到3列，未读取",
		"第10行：表三“一、本年新收政府信息公开申请数量”行的数字连在一起（“640020470”），已按“总计等于各列之和”唯一拆分为 64、0、0、2、0、4、70（由合计推断），请对照原文核对",
		"第10行：表三“（一）予以公开”行的数字连在一起（“270020130”），有2种拆分都满足“总计等于各列之和”，其中只有 27、0、0、2、0、1、30 与表中其他合计相符，已采用（由合计推断），请对照原文核对",
		"第10行：表三“1.本机关不掌握相关政府信息”行的数字连在一起（“220000325”），有2种拆分都满足“总计等于各列之和”，其中只有 22、0、0、0、0、3、25 与表中其他合计相符，已采用（由合计推断），请对照原文核对",
		"第10行：表三“（七）总计”行的数字连在一起（“630020469”），已按“总计等于各列之和”唯一拆分为 63、0、0、2、0、4、69（由合计推断），请对照原文核对",
		"第10行：表四的数字连在一起（“10203120001200000”），已按每组“总计等于各列之和”唯一拆分为 行政复议 1、0、2、0、3；未经复议直接起诉 12、0、0、0、12；复议后起诉 0、0、0、0、0（由合计推断），请对照原文核对",
	}
	if strings.Join(r.Source.ImportNotes, "\n") != strings.Join(wantNotes, "\n") {
		t.Errorf("notes:\n%s\nwant:\n%s", strings.Join(r.Source.ImportNotes, "\n"), strings.Join(wantNotes, "\n"))
	}
}

// seedWith is the seed's text with replacements applied, each of which must apply.
func seedWith(t *testing.T, pairs ...string) string {
	t.Helper()
	text := seedText(t)
	for i := 0; i < len(pairs); i += 2 {
		if !strings.Contains(text, pairs[i]) {
			t.Fatalf("seed has no %q", pairs[i])
		}
		text = strings.Replace(text, pairs[i], pairs[i+1], 1)
	}
	return text
}

func seedText(t testing.TB) string {
	t.Helper()
	return mustReadFile(t, seedPath)
}

func mustReadFile(t testing.TB, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func read(t *testing.T, text string) *report.Report {
	t.Helper()
	r, err := Read(strings.NewReader(text), "test.txt")
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func expectCells(t *testing.T, r *report.Report, want map[string]string) {
	t.Helper()
	for key, w := range want {
		if got := r.Get(key); got.String() != w || (w == "" && got.State != report.Blank) {
			t.Errorf("%s = %q (state %d), want %q", key, got.String(), got.State, w)
		}
	}
}

func expectNotes(t *testing.T, r *report.Report, want ...string) {
	t.Helper()
	if strings.Join(r.Source.ImportNotes, "\n") != strings.Join(want, "\n") {
		t.Errorf("notes:\n%s\nwant:\n%s", strings.Join(r.Source.ImportNotes, "\n"), strings.Join(want, "\n"))
	}
}

func TestReadCellValues(t *testing.T) {
	r := read(t, seedWith(t,
		"规章\t0\t0\t0", "规章\t１２\t1,234\t—",
		"行政规范性文件\t0\t0\t0", "规范性文件\t/\t\t不适用",
		"行政事业性收费\t0", "行政事业性收费\t12.5万元",
		"(七) 总计\t0\t0", "(七) 总计\t1，234件\t0",
	))
	expectCells(t, r, map[string]string{
		"t2.rules.issued": "12", "t2.rules.repealed": "1234", "t2.rules.in_force": "/",
		"t2.normative.issued": "/", "t2.normative.repealed": "", "t2.normative.in_force": "/",
		"t2.fees.amount": "12.5", "t3.result_total.natural": "1234", "t3.result_total.commercial": "0",
	})
	expectNotes(t, r)
}

func TestReadLayouts(t *testing.T) {
	cases := []struct {
		name  string
		pairs []string
		cells map[string]string
		notes []string
	}{
		{"pipe rows", []string{"规章\t0\t0\t0", "| 规章 | 3 | 4 | 5 |", "行政许可\t0\t\t", "|行政许可|7|||"},
			map[string]string{"t2.rules.issued": "3", "t2.rules.in_force": "5", "t2.license.decisions": "7"}, nil},
		{"space separated", []string{"规章\t0\t0\t0", "规章    3  4   5", "行政强制\t0\t\t", "行政强制 9"},
			map[string]string{"t2.rules.repealed": "4", "t2.coercion.decisions": "9"}, nil},
		{"single spaces", []string{"规章\t0\t0\t0", "规章 3 4 5"},
			map[string]string{"t2.rules.issued": "3", "t2.rules.repealed": "4", "t2.rules.in_force": "5"}, nil},
		{"full-width brackets", []string{"→(一) 予以公开"[len("→"):], "（一）予以公开", "\t(二) 部分公开（区分处理的，只计这一情形，不计其他情形）\t0",
			"\t（二）部分公开\t8"},
			map[string]string{"t3.partial.natural": "8"}, nil},
		{"labelled table-4 rows", []string{"0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0",
			"行政复议\t1\t0\t0\t0\t1\n未经复议直接起诉\t0\t2\t0\t0\t2\n复议后起诉  0  0  0  3  3"},
			map[string]string{"t4.review.upheld": "1", "t4.direct.corrected": "2", "t4.after_review.total": "3"}, nil},
		{"blank first cell of table 4", []string{"0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0", "\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0"},
			map[string]string{"t4.review.upheld": "", "t4.review.corrected": "0"}, nil},
		{"published subtotals", []string{
			"\t(三) 不予公开\t1.属于国家秘密", "\t(三) 不予公开\t\t9\t0\t0\t0\t0\t0\t9\n\t\t1.属于国家秘密",
			"\t\t2.重复申请\t0", "\t\t小计\t4\t0\t0\t0\t0\t0\t4\n\t\t2.重复申请\t0"},
			map[string]string{"t3.denied.secret.natural": "0", "t3.rejected.duplicate.natural": "0"}, nil},
		{"legal-person subtotal column", []string{
			"\t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t\t", "\t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t法人小计\t",
			"一、本年新收政府信息公开申请数量\t\t0\t0\t0\t0\t0\t0\t0\t", "一、本年新收政府信息公开申请数量\t\t1\t2\t3\t0\t0\t0\t5\t6\t"},
			map[string]string{"t3.new.natural": "1", "t3.new.commercial": "2", "t3.new.other": "0", "t3.new.total": "6",
				"t3.carried.total": "0"}, nil},
		{"ambiguous blank", []string{"一、本年新收政府信息公开申请数量\t\t0\t0\t0\t0\t0\t0\t0\t", "一、本年新收政府信息公开申请数量\t\t\t0\t0\t0\t0\t0\t0\t"},
			map[string]string{"t3.new.natural": "", "t3.new.total": ""},
			[]string{"第39行：表三“一、本年新收政府信息公开申请数量”行有空白单元格，无法确定是哪一列空白，未读取"}},
		{"unreadable cell", []string{"行政处罚\t0", "行政处罚\t十二"},
			map[string]string{"t2.penalty.decisions": "十二", "t2.coercion.decisions": "0"},
			[]string{"第28行：表二 行政处罚 · 本年处理决定数量：“十二”不是数字，请填写数字（不适用填“/”），按原文保留"}},
		{"unknown row", []string{"行政强制\t0\t\t", "行政强制\t0\t\t\n行政征收\t5\t\t"},
			map[string]string{"t2.coercion.decisions": "0"},
			[]string{"第30行：表二中无法识别“行政征收”，未读取"}},
		{"stray text in a table section", []string{"## 二、主动公开政府信息情况\n", "## 二、主动公开政府信息情况\n本年度主动公开情况如下表。\n"},
			nil, []string{"第18行：表二中无法识别“本年度主动公开情况如下表。”，未读取"}},
		{"repeated row", []string{"行政强制\t0\t\t", "行政强制\t0\t\t\n行政强制\t4\t\t"},
			map[string]string{"t2.coercion.decisions": "4"}, []string{"第30行：与第29行是同一行，以本行为准"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := read(t, seedWith(t, c.pairs...))
			expectCells(t, r, c.cells)
			expectNotes(t, r, c.notes...)
			if r.Meta.Format != "2021" {
				t.Errorf("format = %q", r.Meta.Format)
			}
		})
	}
}

func TestReadHeadingsAndSubItems(t *testing.T) {
	doc := strings.Join([]string{
		"**洛阳市民政局 ２０２２ 年度政府信息公开工作年度报告**",
		"根据《条例》编制。",
		"一. 总体情况",
		"2022年，我局扎实推进政务公开。",
		"### （一）主动公开情况",
		"　　主动公开第一段。",
		"主动公开第二段。",
		"(二)依申请公开方面：依申请公开的内容。",
		"（三）政府信息管理。管理的内容。",
		"（四）平台建设情况：平台的内容。",
		"（五）监督保障：监督的内容。",
		"二、主动公开政府信息情况",
		"规章\t0\t0\t0",
		"#### 五、存在的主要问题及改进情况",
		"问题。",
		"六、其他需要报告的事项",
		"本年度未收取信息处理费。",
	}, "\n")
	r := read(t, doc)
	if r.Meta.Agency != "洛阳市民政局" || r.Meta.Year != 2022 || r.Meta.Level != report.LevelCity {
		t.Errorf("meta = %+v", r.Meta)
	}
	want := map[string]string{
		"s1.intro": "2022年，我局扎实推进政务公开。", "s1.active": "主动公开第一段。\n主动公开第二段。",
		"s1.request": "依申请公开的内容。", "s1.management": "管理的内容。", "s1.platform": "平台建设情况：平台的内容。",
		"s1.oversight": "监督的内容。", "s5": "问题。", "s6": "本年度未收取信息处理费。",
	}
	for key, w := range want {
		if r.Text(key) != w {
			t.Errorf("%s = %q, want %q", key, r.Text(key), w)
		}
	}
	if r.Meta.Opening != "根据《条例》编制。" {
		t.Errorf("opening = %q", r.Meta.Opening)
	}
	expectCells(t, r, map[string]string{"t2.rules.issued": "0", "t2.normative.issued": ""})
}

func TestReadInlineSubItems(t *testing.T) {
	doc := "某县司法局2024年政府信息公开工作年度报告\n一、总体情况\n" +
		"全年工作概述。（一）主动公开方面。依据《条例》第二十条第（一）项公开规章。（二）依申请公开：收到申请3件。" +
		"（三）政府信息管理方面。清理文件。（四）平台载体建设方面。维护网站。（五）监督保障方面。开展考核。\n" +
		"二、主动公开政府信息情况\n行政许可\t3\n"
	r := read(t, doc)
	want := map[string]string{
		"s1.intro": "全年工作概述。", "s1.active": "依据《条例》第二十条第（一）项公开规章。", "s1.request": "收到申请3件。",
		"s1.management": "清理文件。", "s1.platform": "平台载体建设方面。维护网站。", "s1.oversight": "开展考核。",
	}
	for key, w := range want {
		if r.Text(key) != w {
			t.Errorf("%s = %q, want %q", key, r.Text(key), w)
		}
	}
}

func TestReadFeeInYuan(t *testing.T) {
	for name, pairs := range map[string][]string{
		"header": {"本年收费金额（单位：万元）", "本年收费金额（单位：元）", "行政事业性收费\t0", "行政事业性收费\t35000"},
		"value":  {"行政事业性收费\t0", "行政事业性收费\t35000元"},
	} {
		t.Run(name, func(t *testing.T) {
			r := read(t, seedWith(t, pairs...))
			if !r.Source.FeeInYuan {
				t.Error("FeeInYuan not set")
			}
			expectCells(t, r, map[string]string{"t2.fees.amount": "35000"})
			expectNotes(t, r)
		})
	}
}

// A 2021 report that writes （六）其他处理 as one row, as the 2019 format did, is still a 2021
// report: its tables are read and checked, the merged row is noted and its three rows left blank.
func TestReadSingleOtherRow(t *testing.T) {
	r := read(t, seedWith(t,
		"\t(六) 其他处理\t1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请\t0\t0\t0\t0\t0\t0\t0\n\t\t2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请\t0\t0\t0\t0\t0\t0\t0\n3.其他\t\t0\t0\t0\t0\t0\t0\t0\t\n",
		"\t(六) 其他处理\t0\t0\t0\t0\t0\t0\t0\n"))
	if r.Meta.Format != "2021" || r.Source.OldFormat != nil {
		t.Errorf("format %q, old format %q", r.Meta.Format, r.Source.OldFormat)
	}
	if r.Get("t3.new.total").State == report.Blank || r.Get("t3.other.no_fee.total").State != report.Blank {
		t.Errorf("t3.new.total %v, t3.other.no_fee.total %v", r.Get("t3.new.total"), r.Get("t3.other.no_fee.total"))
	}
	if n := r.Source.ImportNotes; len(n) != 1 || !strings.Contains(n[0], "只写了一行") || !strings.HasPrefix(n[0], "第") {
		t.Errorf("notes %q", n)
	}
}

func TestReadOldFormat(t *testing.T) {
	cases := map[string]struct {
		pairs  []string
		phrase string
	}{
		"item (9)":        {[]string{"第二十条第（八）项", "第二十条第（九）项"}, "第二十条第（九）项"},
		"new columns":     {[]string{"本年制发件数", "本年新制作数量"}, "本年新制作数量"},
		"cites the trial": {[]string{"#### 六、其他需要报告的事项\n", "#### 六、其他需要报告的事项\n本报告按《政府信息公开工作年度报告格式（试行）》编制。\n"}, "年度报告格式（试行）"},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			r := read(t, seedWith(t, c.pairs...))
			if r.Meta.Format != "2019" || len(r.Source.OldFormat) != 1 || r.Source.OldFormat[0] != c.phrase {
				t.Errorf("format %q, old format %q", r.Meta.Format, r.Source.OldFormat)
			}
			if r.Get("t3.new.total").State != report.Blank {
				t.Error("trial-format tables must not be read into 2021 cells")
			}
			if len(r.Source.ImportNotes) != 1 || !strings.Contains(r.Source.ImportNotes[0], "2019年试行格式") {
				t.Errorf("notes = %q", r.Source.ImportNotes)
			}
			if r.Text("s1.management") == "" {
				t.Error("narrative must still be read")
			}
		})
	}
}

func TestReadMetaFallbacks(t *testing.T) {
	r := read(t, "发布时间：2023-01-20\n孟津区民政局2022年政府信息公开工作年度报告\n一、总体情况\n正文。\n二、主动公开政府信息情况\n行政许可\t3\n")
	if r.Meta.Agency != "孟津区民政局" || r.Meta.Year != 2022 {
		t.Errorf("meta = %+v", r.Meta)
	}
	expectNotes(t, r, "第1行：标题前的内容未导入：发布时间：2023-01-20", "第1行：发布日期按原文的“发布时间”记为 2023-01-20，请核对")
	if r.Meta.Published != "2023-01-20" {
		t.Errorf("发布日期 %q", r.Meta.Published)
	}

	// 「本报告由……编制」 names who wrote the report (a 人民政府's 办公室), not whose it is: the year
	// comes from the statistics period, the agency is left to the user.
	r = read(t, "本报告由洛阳市人民政府办公室根据《条例》编制，统计期限自2022年1月1日起至2022年12月31日止。\n一、总体情况\n正文。\n二、主动公开政府信息情况\n行政许可\t3\n")
	if r.Meta.Agency != "" || r.Meta.Year != 2022 || !strings.HasPrefix(r.Meta.Opening, "本报告由") {
		t.Errorf("meta = %+v", r.Meta)
	}
	expectNotes(t, r, "第1行：没有找到标题行（如“××机关2023年政府信息公开工作年度报告”），请核对机关名称和年度")

	r = read(t, "一、总体情况\n正文。\n二、主动公开政府信息情况\n行政许可\t3\n")
	if r.Meta.Agency != "" || r.Meta.Year != 0 {
		t.Errorf("meta = %+v", r.Meta)
	}
	expectNotes(t, r, "第1行：没有找到标题行（如“××机关2023年政府信息公开工作年度报告”），请核对机关名称和年度")
}

func TestReadRejects(t *testing.T) {
	for name, in := range map[string]string{
		"empty":        "",
		"not a report": "会议纪要\n今天开会。\n",
		"not utf-8":    "\xd2\xbb\xa1\xa2\xd7\xdc\xcc\xe5\xc7\xe9\xbf\xf6",
	} {
		t.Run(name, func(t *testing.T) {
			_, err := Read(strings.NewReader(in), "x.txt")
			if err == nil || !strings.Contains(err.Error(), "x.txt") {
				t.Errorf("err = %v, want a message naming the file", err)
			}
		})
	}
}

// A text in which no table cell could be read is refused, saying so.
func TestReadRefusesNoTableValues(t *testing.T) {
	_, err := Read(strings.NewReader("某县司法局2024年政府信息公开工作年度报告\n一、总体情况\n正文。\n"), "test.txt")
	if err == nil || !strings.Contains(err.Error(), "没有读到统计表中的任何数值") {
		t.Fatalf("error %v", err)
	}
}

// Section headings worded with extra words, or followed by their text on the same line, are
// read as every document kind reads them (assemble.Headings).
func TestReadHeadingVariants(t *testing.T) {
	r := read(t, "测试县民政局2024年政府信息公开工作年度报告\n一、总体情况 2024年，本局认真贯彻落实《条例》。\n"+
		"二、主动公开政府信息情况\n行政许可\t3\n"+
		"五、政府信息公开工作存在的主要问题及改进情况\n存在的问题是培训不足。\n"+
		"六、其他需要报告的事项\n本年度未收取信息处理费。\n")
	if got := r.Text("s1.intro"); got != "2024年，本局认真贯彻落实《条例》。" {
		t.Errorf("s1.intro = %q", got)
	}
	if r.Text("s5") != "存在的问题是培训不足。" || r.Text("s6") != "本年度未收取信息处理费。" {
		t.Errorf("s5 = %q, s6 = %q", r.Text("s5"), r.Text("s6"))
	}
}

// A row label with a character wrong is read by the clearly nearest label, with a note naming
// the line; the reading is the one every document kind uses (schema.NearestRow).
func TestReadNearLabel(t *testing.T) {
	r := read(t, seedWith(t, "行政许可\t0", "行政许司\t6"))
	expectCells(t, r, map[string]string{"t2.license.decisions": "6"})
	expectNotes(t, r, "第25行：表二行名“行政许司”与格式中的“行政许可”最接近，已按“行政许可”读取，请对照原文核对")
	if n := r.Source.CellNotes; len(n) != 1 || n["t2.license.decisions"] != r.Source.ImportNotes[0] {
		t.Errorf("cell notes %q", n)
	}
}
