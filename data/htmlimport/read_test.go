package htmlimport

import (
	"bytes"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/text/encoding/simplifiedchinese"

	exporthtml "nianbao/data/export/html"
	"nianbao/data/report"
	"nianbao/data/rules"
	"nianbao/data/schema"
)

const (
	cleanPath = "testdata/clean-layout-2025.html"
	sitePath  = "testdata/site-chrome-2024.html"
)

func readFile(t testing.TB, path string) *report.Report {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r, err := Read(f, path)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func readString(t *testing.T, page string) *report.Report {
	t.Helper()
	r, err := Read(strings.NewReader(page), "page.html")
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// wantCells checks cells by key; "" is blank and "/" not applicable.
func wantCells(t *testing.T, r *report.Report, want map[string]string) {
	t.Helper()
	for key, w := range want {
		if got := r.Get(key).String(); got != w {
			t.Errorf("%s = %q, want %q", key, got, w)
		}
	}
}

// errorIDs lists the error-severity findings of a report.
func errorIDs(r *report.Report) []string {
	var ids []string
	for _, f := range rules.Check(r, nil) {
		if f.Severity == rules.Error {
			ids = append(ids, f.ID)
		}
	}
	slices.Sort(ids)
	return ids
}

func TestReadCleanLayout(t *testing.T) {
	r := readFile(t, cleanPath)
	if r.Meta.Agency != "测试市" || r.Meta.Year != 2025 || r.Meta.Format != "2021" || r.Meta.AutoTotals ||
		r.Source.File != cleanPath || r.Source.FeeInYuan || len(r.Source.OldFormat) != 0 || len(r.Source.ImportNotes) != 0 {
		t.Errorf("meta %+v, source %+v", r.Meta, r.Source)
	}
	if want := "根据《中华人民共和国政府信息公开条例》规定编制本报告。本报告中所列数据统计期限为2025年1月1日至12月31日。"; r.Meta.Opening != want {
		t.Errorf("opening %q", r.Meta.Opening)
	}
	wantNarrative := map[string]string{
		"s1.intro":   "2025年，全市各级行政机关扎实推进政务公开工作。主动公开方面成效明显。",
		"s1.active":  "发布规章与规范性文件若干。",
		"s1.request": "规范办理程序。",
		"s5":         "对照新要求新任务，仍存在以下短板：一是主动公开工作还需进一步规范。",
		"s6":         "依据《政府信息公开信息处理费管理办法》规定，2025年全市实际收取信息处理费共计400元。",
	}
	if !reflect.DeepEqual(r.Narrative, wantNarrative) {
		t.Errorf("narrative:\n%q\nwant\n%q", r.Narrative, wantNarrative)
	}
	wantCells(t, r, map[string]string{
		"t2.rules.issued": "3", "t2.rules.in_force": "74", "t2.normative.repealed": "984",
		"t2.license.decisions": "11398889", "t2.penalty.decisions": "6937489", "t2.coercion.decisions": "166105",
		"t2.fees.amount": "316441",
		"t3.new.natural": "13612", "t3.new.total": "14069", "t3.carried.legal": "18",
		"t3.granted.social": "41", "t3.partial.other": "2", "t3.denied.secret.natural": "13",
		"t3.denied.query.other": "2", "t3.unable.not_held.legal": "89", "t3.rejected.confirm.total": "5",
		"t3.other.no_fee.social": "1", "t3.other.other.total": "965", "t3.result_total.natural": "13364",
		"t3.result_total.total": "13810", "t3.carry_next.total": "819",
		"t4.review.upheld": "376", "t4.review.total": "790", "t4.direct.pending": "27",
		"t4.after_review.upheld": "74", "t4.after_review.total": "156",
	})
	for _, c := range schema.Cells() {
		if !r.Cells[c.Index].IsNumber() {
			t.Errorf("%s is %v, want a number", c.Key, r.Cells[c.Index].State)
		}
	}
	// Every relation of the page holds (README: "every relation holds"), so the checker reports no
	// error: no arithmetic finding, no trial format, no bad cell.
	if ids := errorIDs(r); len(ids) != 0 {
		t.Errorf("errors %v", ids)
	}
}

// The site page has the chrome of a real government site around the article (menus, breadcrumbs,
// a sidebar listing other years' reports, an information table, a hidden draft, print and share
// buttons, a footer), Word's markup inside it, a 法人小计 column and subtotal rows in table 3, a
// cell that is no number, a row the format does not have, and three arithmetic errors: the 总计 of
// 一、本年新收 is 34 where its columns add up to 33, which also breaks the balance of the 总计
// column (34+2 ≠ 33+2), and table 4's 行政复议 总计 is 3 where 1+0+0+1 = 2.
func TestReadSiteChrome(t *testing.T) {
	r := readFile(t, sitePath)
	if r.Meta.Agency != "测试县人民政府办公室" || r.Meta.Year != 2024 || r.Meta.Level != report.LevelCounty ||
		r.Meta.Format != "2021" || r.Meta.AutoTotals {
		t.Errorf("meta %+v", r.Meta)
	}
	wantOpening := "根据《中华人民共和国政府信息公开条例》（以下简称<条例>）的规定，本报告由测试县人民政府办公室编制。本报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止。\n" +
		"如对本报告有疑问，请与测试县人民政府办公室联系（电话：0000-1234567）。"
	if r.Meta.Opening != wantOpening {
		t.Errorf("opening %q", r.Meta.Opening)
	}
	wantNarrative := map[string]string{
		"s1.intro":      "2024年，测试县人民政府办公室坚持以公开为常态、不公开为例外。\n全年政务公开工作稳步推进，“五公开”落实到位。",
		"s1.active":     "全年主动公开政府信息 1,234 条，其中政策文件 45 件。",
		"s1.request":    "全年新收政府信息公开申请33件，上年结转2件，均按时答复。",
		"s1.management": "动态更新政府信息公开指南和目录 & 完善保密审查。",
		"s1.platform":   "优化政府网站政务公开专栏，改版上线了移动端。",
		"s1.oversight":  "将政务公开工作纳入年度绩效考核，开展社会评议，本年度未发生责任追究情况。",
		"s5":            "一是政策解读形式较为单一；二是“互联网+政务服务”与政务公开融合不够。下一步，我办将丰富解读形式&加强融合。",
		"s6":            "本年度未收取信息处理费。\n测试县人民政府办公室\n2025年1月20日",
	}
	if !reflect.DeepEqual(r.Narrative, wantNarrative) {
		t.Errorf("narrative:\n%q\nwant\n%q", r.Narrative, wantNarrative)
	}
	wantCells(t, r, map[string]string{
		"t2.rules.issued": "/", "t2.rules.in_force": "/", "t2.normative.issued": "12", "t2.normative.in_force": "45",
		"t2.license.decisions": "1234", "t2.penalty.decisions": "87", "t2.coercion.decisions": "5", "t2.fees.amount": "12.5",
		// The 法人小计 column (3 in this row) is dropped; 总计 is the last column.
		"t3.new.natural": "30", "t3.new.other": "0", "t3.new.total": "34",
		"t3.granted.commercial": "1", "t3.granted.total": "13", "t3.partial.social": "1",
		"t3.denied.safety.natural": "1", "t3.unable.not_held.total": "7", "t3.rejected.excessive.natural": "0",
		"t3.rejected.publication.legal": "见附件", "t3.rejected.publication.natural": "0",
		"t3.other.other.total": "1", "t3.result_total.total": "33", "t3.carry_next.natural": "2",
		"t4.review.upheld": "1", "t4.review.pending": "1", "t4.review.total": "3", "t4.after_review.total": "0",
	})
	wantNotes := []string{
		"表三 （五）不予处理3.要求提供公开出版物 · 法律服务机构：“见附件”不是数字，请填写数字（不适用填“/”），按原文保留",
		"表三第31行（（八）其他情形）：表三中没有这一行，未读取",
		"发布日期按原文的“发布时间”记为 2025-01-20，请核对",
	}
	if r.Meta.Published != "2025-01-20" {
		t.Errorf("发布日期 %q, want the page's 发布时间", r.Meta.Published)
	}
	if !reflect.DeepEqual(r.Source.ImportNotes, wantNotes) {
		t.Errorf("notes:\n%q\nwant\n%q", r.Source.ImportNotes, wantNotes)
	}
	want := []string{"CELL-INVALID/t3.rejected.publication.legal", "T3-BALANCE/total", "T3-ROW-SUM/t3.new", "T4-SUM/review"}
	if ids := errorIDs(r); !reflect.DeepEqual(ids, want) {
		t.Errorf("errors %v, want %v", ids, want)
	}
}

// Subtotal rows (小计 under a group, or the group label itself with numbers) and subtotal
// columns (小计, 法人小计, or 合计 beside 总计) are accepted and dropped wherever they stand.
func TestReadDropsSubtotals(t *testing.T) {
	cases := map[string]string{
		"法人小计 between 其他 and 总计": t3Page(`<tr><td colspan="2">项目</td><td>自然人</td><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td><td>法人小计</td><td>总计</td></tr>`, 6, "9"),
		"小计 before the five":     t3Page(`<tr><td colspan="2">项目</td><td>自然人</td><td>小计</td><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td><td>总计</td></tr>`, 1, "9"),
		"合计 beside 总计":           t3Page(`<tr><td colspan="2">项目</td><td>自然人</td><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td><td>合计</td><td>总计</td></tr>`, 6, "9"),
	}
	for name, page := range cases {
		t.Run(name, func(t *testing.T) {
			r := readString(t, page)
			if len(r.Source.ImportNotes) != 0 {
				t.Errorf("notes %q", r.Source.ImportNotes)
			}
			wantCells(t, r, map[string]string{
				"t3.new.natural": "1", "t3.new.commercial": "2", "t3.new.other": "6", "t3.new.total": "21",
				"t3.denied.secret.natural": "1", "t3.denied.secret.total": "21",
				"t3.other.other.legal": "5", "t3.result_total.total": "21",
			})
		})
	}
	// Without a 小计 column, a 合计 column is the total.
	r := readString(t, t3Page(`<tr><td colspan="2">项目</td><td>自然人</td><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td><td>合计</td></tr>`, -1, ""))
	wantCells(t, r, map[string]string{"t3.new.other": "6", "t3.new.total": "21"})
	if len(r.Source.ImportNotes) != 0 {
		t.Errorf("notes %q", r.Source.ImportNotes)
	}
}

// t3Rows are the rows of a table 3 where every row reads 1 2 3 4 5 6 and 总计 21, with
// subtotal rows for （三）–（六） written in the two ways reports write them.
var t3Rows = []string{
	`<tr><td colspan="2">一、本年新收政府信息公开申请数量</td>%s</tr>`,
	`<tr><td colspan="2">二、上年结转政府信息公开申请数量</td>%s</tr>`,
	`<tr><td rowspan="2">三、本年度办理结果</td><td>（一）予以公开</td>%s</tr>`,
	`<tr><td>（二）部分公开</td>%s</tr>`,
	`<tr><td colspan="2">（三）不予公开</td>%s</tr>`,
	`<tr><td colspan="2">1.属于国家秘密</td>%s</tr>`,
	`<tr><td rowspan="2">（六）其他处理</td><td>小计</td>%s</tr>`,
	`<tr><td>3.其他</td>%s</tr>`,
	`<tr><td colspan="2">（七）总计</td>%s</tr>`,
}

// t3Page is a page with table 3 under the given header row; the subtotal column, if any, stands
// after subtotalAt of the six applicant values and holds sub.
func t3Page(header string, subtotalAt int, sub string) string {
	vals := []string{"1", "2", "3", "4", "5", "6"}
	if subtotalAt >= 0 {
		vals = slices.Insert(vals, subtotalAt, sub)
	}
	vals = append(vals, "21")
	cells := "<td>" + strings.Join(vals, "</td><td>") + "</td>"
	var b strings.Builder
	b.WriteString("<html><head><title>测试局2024年政府信息公开工作年度报告</title></head><body><p>三、收到和处理政府信息公开申请情况</p><table>")
	b.WriteString(header)
	for _, row := range t3Rows {
		b.WriteString(strings.Replace(row, "%s", cells, 1))
	}
	b.WriteString("</table></body></html>")
	return b.String()
}

// Markup and character references in every place: labels split by <br> and spans, quotes as
// entities, numbers as numeric references, narrative text that holds what looks like markup.
func TestReadEscaping(t *testing.T) {
	page := `<html><head><title>&#27979;&#35797;&#23616;2024&#24180;政府信息公开工作年度报告 | 某市</title></head><body>
<p>一、总体情况</p>
<p>（一）主动公开：公开&lt;script&gt;alert(1)&lt;/script&gt;字样 &amp;amp; “引号” &quot;直引号&quot; &#x1F600; a&nbsp;&nbsp;b</p>
<p>三、收到和处理政府信息公开申请情况</p>
<table>
<tr><td>项目</td><td>自然人</td><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td><td>总计</td></tr>
<tr><td><span>3.危及</span>&ldquo;三安全<br/>一稳定&rdquo;</td><td>&#49;&#50;</td><td>&#x30;</td><td>&nbsp;0&nbsp;</td><td><font>0</font></td><td>1&#44;000</td><td>&#65296;</td><td>1012</td></tr>
</table>
</body></html>`
	r := readString(t, page)
	if r.Meta.Agency != "测试局" || r.Meta.Year != 2024 {
		t.Errorf("meta %+v", r.Meta)
	}
	if want := `公开<script>alert(1)</script>字样 &amp; “引号” "直引号" 😀 a b`; r.Text("s1.active") != want {
		t.Errorf("s1.active = %q, want %q", r.Text("s1.active"), want)
	}
	wantCells(t, r, map[string]string{
		"t3.denied.safety.natural": "12", "t3.denied.safety.commercial": "0", "t3.denied.safety.research": "0",
		"t3.denied.safety.social": "0", "t3.denied.safety.legal": "1000", "t3.denied.safety.other": "0",
		"t3.denied.safety.total": "1012",
	})
	if len(r.Source.ImportNotes) != 0 {
		t.Errorf("notes %q", r.Source.ImportNotes)
	}
}

// Layouts met on other sites: table 2 as four tables with the fee in 元, table 3 split over two
// tables at a page break, table 4 with one labelled row per group.
func TestReadLayoutVariants(t *testing.T) {
	page := `<html><body>
<h1>测试镇人民政府2024年度政府信息公开工作年度报告</h1>
<p>二、主动公开政府信息情况</p>
<table><tr><td colspan="4">第二十条第（一）项</td></tr>
<tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>
<tr><td>规章</td><td>0</td><td>0</td><td>0</td></tr>
<tr><td>规范性文件</td><td>1</td><td></td><td>7</td></tr></table>
<table><tr><td colspan="2">第二十条第（五）项</td></tr><tr><td>信息内容</td><td>本年处理决定数量</td></tr><tr><td>行政许可</td><td>4</td></tr></table>
<table><tr><td colspan="2">第二十条第（八）项</td></tr><tr><td>信息内容</td><td>本年收费金额（单位：元）</td></tr><tr><td>行政事业性收费</td><td>3000</td></tr></table>
<p>三、收到和处理政府信息公开申请情况</p>
<table>
<tr><td colspan="2">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td><td>自然人</td><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td><td>总计</td></tr>
<tr><td colspan="2">一、本年新收政府信息公开申请数量</td><td>5</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>5</td></tr>
</table>
<p>第 2 页</p>
<table>
<tr><td colspan="2">二、上年结转政府信息公开申请数量</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>1</td></tr>
<tr><td colspan="2">四、结转下年度继续办理</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>/</td><td>0</td></tr>
</table>
<p>四、政府信息公开行政复议、行政诉讼情况</p>
<table>
<tr><td>项目</td><td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td></tr>
<tr><td>行政复议</td><td>1</td><td>0</td><td>0</td><td>0</td><td>1</td></tr>
<tr><td>未经复议直接起诉</td><td>0</td><td>0</td><td>2</td><td>0</td><td>2</td></tr>
<tr><td>复议后起诉</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>
</table>
<p>五、存在的主要问题及改进情况</p><p>问题。</p>
<p>六、其他事项</p><p>无。</p>
</body></html>`
	r := readString(t, page)
	if r.Meta.Agency != "测试镇人民政府" || r.Meta.Year != 2024 || r.Meta.Level != report.LevelTownship {
		t.Errorf("meta %+v", r.Meta)
	}
	if !r.Source.FeeInYuan {
		t.Error("fee column in 元 not noticed")
	}
	wantCells(t, r, map[string]string{
		"t2.rules.issued": "0", "t2.normative.issued": "1", "t2.normative.repealed": "", "t2.normative.in_force": "7",
		"t2.license.decisions": "4", "t2.penalty.decisions": "", "t2.fees.amount": "3000",
		"t3.new.natural": "5", "t3.new.total": "5", "t3.carried.natural": "1", "t3.carry_next.other": "/",
		"t4.review.upheld": "1", "t4.review.total": "1", "t4.direct.other": "2", "t4.direct.total": "2",
		"t4.after_review.total": "0",
	})
	if r.Text("s5") != "问题。" || r.Text("s6") != "无。" {
		t.Errorf("s5 %q s6 %q", r.Text("s5"), r.Text("s6"))
	}
	if len(r.Source.ImportNotes) != 0 {
		t.Errorf("notes %q", r.Source.ImportNotes)
	}
}

// A page of the 2019 trial format is recognised; its tables are not read into the 2021 cells.
func TestReadTrialFormat(t *testing.T) {
	page := `<html><body><h1>测试局2019年政府信息公开工作年度报告</h1>
<p>一、总体情况</p><p>按照年度报告格式(试行)编制。</p>
<p>二、主动公开政府信息情况</p>
<table><tr><td colspan="4">第二十条第（一）项</td></tr>
<tr><td>信息内容</td><td>本年新制作数量</td><td>本年新公开数量</td><td>对外公开总数量</td></tr>
<tr><td>规章</td><td>1</td><td>1</td><td>5</td></tr></table>
</body></html>`
	r := readString(t, page)
	if r.Meta.Format != "2019" || !reflect.DeepEqual(r.Source.OldFormat, []string{"年度报告格式（试行）", "本年新制作数量"}) {
		t.Errorf("format %q, old %q", r.Meta.Format, r.Source.OldFormat)
	}
	if r.Get("t2.rules.issued").State != report.Blank {
		t.Error("a trial-format table was read into the 2021 cells")
	}
	if len(r.Source.ImportNotes) != 1 || !strings.Contains(r.Source.ImportNotes[0], "2019年试行格式") {
		t.Errorf("notes %q", r.Source.ImportNotes)
	}
	if ids := errorIDs(r); !slices.Contains(ids, "FMT-OLD") {
		t.Errorf("errors %v, want FMT-OLD", ids)
	}

	// The trial format's table 3 had （六）其他处理 as one row with numbers; a 2021 report that merges
	// the row is still a 2021 report: its tables are read and checked, the merged row noted.
	single := `<html><body><h1>测试局2020年政府信息公开工作年度报告</h1><p>三、收到和处理政府信息公开申请情况</p><table>
<tr><td colspan="2">项目</td><td>自然人</td><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td><td>总计</td></tr>
<tr><td colspan="2">一、本年新收政府信息公开申请数量</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>1</td></tr>
<tr><td rowspan="2">三、本年度办理结果</td><td>（一）予以公开</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>1</td></tr>
<tr><td>（六）其他处理</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>
</table></body></html>`
	r = readString(t, single)
	if r.Meta.Format != "2021" || r.Source.OldFormat != nil {
		t.Errorf("format %q, old %q", r.Meta.Format, r.Source.OldFormat)
	}
	if r.Get("t3.new.total") != report.Count(1) || r.Get("t3.granted.natural") != report.Count(1) {
		t.Errorf("the tables were not read: %v, %v", r.Get("t3.new.total"), r.Get("t3.granted.natural"))
	}
	if len(r.Source.ImportNotes) != 1 || !strings.Contains(r.Source.ImportNotes[0], "表三“（六）其他处理”只写了一行") ||
		!strings.Contains(r.Source.ImportNotes[0], "表三第4行") {
		t.Errorf("notes %q", r.Source.ImportNotes)
	}
	if ids := errorIDs(r); slices.Contains(ids, "FMT-OLD") {
		t.Errorf("errors %v: FMT-OLD for a 2021 report", ids)
	}
}

// A GBK page (older sites) declares its charset; it reads as the UTF-8 page does.
func TestReadGBK(t *testing.T) {
	raw, err := os.ReadFile(sitePath)
	if err != nil {
		t.Fatal(err)
	}
	gbk, err := simplifiedchinese.GBK.NewEncoder().Bytes(bytes.Replace(raw, []byte("charset=utf-8"), []byte("charset=gb2312"), 1))
	if err != nil {
		t.Fatal(err)
	}
	want := readFile(t, sitePath)
	for name, b := range map[string][]byte{"declared": gbk, "undeclared": bytes.Replace(gbk, []byte("charset=gb2312"), []byte(""), 1)} {
		t.Run(name, func(t *testing.T) {
			got, err := Read(bytes.NewReader(b), sitePath)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("GBK page reads differently:\n%+v\n%+v", got.Meta, want.Meta)
			}
		})
	}
}

// A page written by the html export reads back as the report it was written from.
func TestReadExportedPage(t *testing.T) {
	r := readFile(t, cleanPath)
	r.Meta.Agency = "测试市人民政府办公室"
	r.Meta.Opening += "\n本报告电子版可在测试市人民政府门户网站下载。"
	r.SetText("s1.management", "加强政府信息管理。")
	r.SetText("s1.platform", "依托政府门户网站发布信息。")
	r.SetText("s1.oversight", "将政务公开纳入绩效考核。")
	r.Cells[schema.MustIndex("t2.fees.amount")] = report.Num(report.Fixed(3164412500))
	var page bytes.Buffer
	if err := exporthtml.Write(&page, r); err != nil {
		t.Fatal(err)
	}
	back, err := Read(&page, "exported.html")
	if err != nil {
		t.Fatal(err)
	}
	r.Source.File = "exported.html"
	r.Meta.Level, r.Meta.Government = back.Meta.Level, back.Meta.Government
	if !reflect.DeepEqual(back.Meta, r.Meta) || !reflect.DeepEqual(back.Narrative, r.Narrative) ||
		!reflect.DeepEqual(back.Cells, r.Cells) || len(back.Source.ImportNotes) != 0 {
		t.Errorf("export does not read back:\n%+v\n%+v\n%q\n%q\n%q", back.Meta, r.Meta, back.Narrative, r.Narrative, back.Source.ImportNotes)
	}
}

func TestReadRefuses(t *testing.T) {
	for name, page := range map[string]string{
		"a news page": `<html><head><title>县政府召开常务会议</title></head><body><p>会议研究了有关事项。</p></body></html>`,
		"empty":       ``,
		"only chrome": `<html><body><div class="footer">版权所有：测试县人民政府</div></body></html>`,
	} {
		_, err := Read(strings.NewReader(page), "新闻.html")
		if err == nil || !strings.Contains(err.Error(), "「新闻.html」") || !strings.Contains(err.Error(), "没有找到政府信息公开工作年度报告") {
			t.Errorf("%s: err = %v", name, err)
		}
	}
	big := strings.NewReader(strings.Repeat("<p>一、总体情况</p>", maxInput/10))
	if _, err := Read(big, "大.html"); err == nil || !strings.Contains(err.Error(), "「大.html」超过") {
		t.Errorf("oversized page: err = %v", err)
	}
}

// Spans far beyond any report table cannot make the table large.
func TestTableBounds(t *testing.T) {
	var b strings.Builder
	b.WriteString("<table>")
	for range 2000 {
		b.WriteString(`<tr><td rowspan="65534" colspan="1000">1</td><td colspan="999999999">2</td></tr>`)
	}
	b.WriteString("</table>")
	doc, err := html.Parse(strings.NewReader(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	pg := extract(doc)
	if len(pg.blocks) != 1 || pg.blocks[0].rows == nil {
		t.Fatalf("blocks %v", pg.blocks)
	}
	rows := pg.blocks[0].rows
	if len(rows) > maxTableRows {
		t.Errorf("%d rows", len(rows))
	}
	for _, row := range rows {
		for _, c := range row {
			if c.RowSpan > maxSpan || c.ColSpan > maxSpan {
				t.Fatalf("span %d × %d", c.RowSpan, c.ColSpan)
			}
		}
	}
}

// Agency and year come from the best place that names them: a title line in the article, a
// headline near it (not a sidebar link to another year's report), the <title>, the opening.
func TestReadTitleSources(t *testing.T) {
	const body = `<div class="article"><p>一、总体情况</p><p>（一）主动公开：正文。</p><p>二、主动公开政府信息情况</p>` +
		`<table><tr><td colspan="2">第二十条第（五）项</td></tr><tr><td>信息内容</td><td>本年处理决定数量</td></tr><tr><td>行政许可</td><td>4</td></tr></table>` +
		`<p>五、存在的主要问题及改进情况</p><p>无。</p></div>`
	cases := []struct {
		name, page, agency string
		year               int
	}{
		{"headline near the article", `<html><head><title>测试县人民政府</title></head><body>
<ul><li><a href="#">测试县农业农村局2023年政府信息公开工作年度报告</a></li></ul>
<div><div>测试县农业农村局2024年政府信息公开工作年度报告</div>` + body + `</div></body></html>`, "测试县农业农村局", 2024},
		{"the page title", `<html><head><title>2024年度测试县农业农村局政府信息公开工作年度报告 - 测试县人民政府</title></head><body>` + body + `</body></html>`, "测试县农业农村局", 2024},
		{"a year-less headline and the opening", `<html><body><div class="article"><h1>测试县农业农村局政府信息公开工作年度报告</h1><p>本年度统计期限为2024年1月1日至12月31日。</p>` + body[len(`<div class="article">`):] + `</body></html>`, "测试县农业农村局", 2024},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := readString(t, c.page)
			if r.Meta.Agency != c.agency || r.Meta.Year != c.year || len(r.Source.ImportNotes) != 0 {
				t.Errorf("agency %q year %d, notes %q", r.Meta.Agency, r.Meta.Year, r.Source.ImportNotes)
			}
		})
	}
	// 「本报告由……编制」 names the office that wrote the report, which for a 人民政府 is its 办公室:
	// the year comes from the statistics period, the agency is left to the user.
	r := readString(t, `<html><body><div class="article"><p>本报告由测试县人民政府办公室依据《条例》编制，统计期限为2024年1月1日至12月31日。</p>`+body[len(`<div class="article">`):]+`</body></html>`)
	if r.Meta.Agency != "" || r.Meta.Year != 2024 || len(r.Source.ImportNotes) != 1 || !strings.Contains(r.Source.ImportNotes[0], "没有找到报告标题") {
		t.Errorf("the opening: %+v, notes %q", r.Meta, r.Source.ImportNotes)
	}
	r = readString(t, `<html><body>`+body+`</body></html>`)
	if r.Meta.Agency != "" || r.Meta.Year != 0 || len(r.Source.ImportNotes) != 1 || !strings.Contains(r.Source.ImportNotes[0], "没有找到报告标题") {
		t.Errorf("no title: %+v, notes %q", r.Meta, r.Source.ImportNotes)
	}
}

// A report whose tables could not be read at all is refused, saying so, rather than taken as a
// report of blank cells.
func TestReadRefusesNoTableValues(t *testing.T) {
	page := `<html><body><h1>测试县农业农村局2024年政府信息公开工作年度报告</h1><p>一、总体情况</p><p>（一）主动公开：正文。</p><p>五、存在的主要问题及改进情况</p><p>无。</p></body></html>`
	_, err := Read(strings.NewReader(page), "page.html")
	if err == nil || !strings.Contains(err.Error(), "没有读到统计表中的任何数值") || !strings.Contains(err.Error(), "page.html") {
		t.Fatalf("error %v", err)
	}
}
