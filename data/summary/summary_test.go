package summary

import (
	"strings"
	"testing"

	"nianbao/data/report"
	"nianbao/data/rules"
)

func filled() *report.Report {
	r := report.New("测试县民政局", 2024)
	r.Set("t3.new.natural", report.Count(7))
	r.Set("t3.new.legal", report.Count(2))
	r.Set("t3.carried.natural", report.Count(1))
	r.Set("t3.granted.natural", report.Count(4))
	r.Set("t3.denied.secret.natural", report.Count(1))
	r.Set("t3.denied.process.legal", report.Count(1))
	r.Set("t3.unable.not_held.natural", report.Count(2))
	r.Set("t3.carry_next.natural", report.Count(2))
	r.Set("t4.review.upheld", report.Count(2))
	r.Set("t4.review.corrected", report.Count(1))
	r.Set("t4.direct.pending", report.Count(1))
	r.Set("t4.after_review.upheld", report.Count(1))
	r.ComputeTotals()
	return r
}

func TestRequestSentence(t *testing.T) {
	got := RequestSentence(filled())
	want := "本年度共收到政府信息公开申请9件，上年结转1件；办结8件，其中予以公开4件，不予公开2件，无法提供2件；结转下年度继续办理2件。"
	if got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

func TestRequestSentenceUsesStatedTotals(t *testing.T) {
	r := filled()
	r.Set("t3.new.total", report.Count(10)) // an imported report whose stated total is wrong
	if got := RequestSentence(r); !strings.HasPrefix(got, "本年度共收到政府信息公开申请10件") {
		t.Errorf("stated total not used: %s", got)
	}
	r.Set("t3.new.total", report.Value{})
	if got := RequestSentence(r); !strings.HasPrefix(got, "本年度共收到政府信息公开申请9件") {
		t.Errorf("blank total not summed: %s", got)
	}
}

func TestRequestSentenceEmpty(t *testing.T) {
	if got := RequestSentence(report.New("某镇人民政府", 2024)); got != "本年度未收到政府信息公开申请，无上年结转申请。" {
		t.Errorf("got %s", got)
	}
}

func TestReviewSentence(t *testing.T) {
	r := filled()
	want := "本年度因政府信息公开被申请行政复议3件，其中结果维持2件，结果纠正1件；" +
		"被提起行政诉讼2件（未经复议直接起诉1件，复议后起诉1件），其中结果维持1件，尚未审结1件。"
	if got := ReviewSentence(r); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	empty := report.New("某镇人民政府", 2024)
	if got := ReviewSentence(empty); got != "本年度未发生政府信息公开行政复议、行政诉讼案件。" {
		t.Errorf("empty: %s", got)
	}
	onlySuits := report.New("某镇人民政府", 2024)
	onlySuits.Set("t4.direct.upheld", report.Count(1))
	if got := ReviewSentence(onlySuits); got != "本年度未发生因政府信息公开被申请行政复议的情况；被提起行政诉讼1件（未经复议直接起诉1件，复议后起诉0件），其中结果维持1件。" {
		t.Errorf("suits only: %s", got)
	}
	onlyReview := report.New("某镇人民政府", 2024)
	onlyReview.Set("t4.review.pending", report.Count(2))
	if got := ReviewSentence(onlyReview); got != "本年度因政府信息公开被申请行政复议2件，其中尚未审结2件；未被提起政府信息公开行政诉讼。" {
		t.Errorf("review only: %s", got)
	}
}

func TestInsertReplacesEarlierSummary(t *testing.T) {
	r := filled()
	s := RequestSentence(r)
	text := Insert("我局依法办理申请。", s)
	if text != "我局依法办理申请。\n"+s {
		t.Fatalf("append: %q", text)
	}
	r.Set("t3.new.natural", report.Count(8))
	r.ComputeTotals()
	s2 := RequestSentence(r)
	again := Insert(text+"\n其他说明。", s2)
	if again != "我局依法办理申请。\n"+s2+"\n其他说明。" {
		t.Errorf("replace: %q", again)
	}
	both := Insert(again, ReviewSentence(r))
	if strings.Count(both, "本年度") != 2 {
		t.Errorf("a review summary must not replace the request summary: %q", both)
	}
	if got := Insert("  \n", s); got != s {
		t.Errorf("empty text: %q", got)
	}
}

func TestOpening(t *testing.T) {
	m := report.New("测试县民政局", 2024).Meta
	got := Opening(m)
	for _, want := range []string{"本报告由测试县民政局根据", "国办公开办函〔2021〕30号", "自2024年1月1日起至2024年12月31日止"} {
		if !strings.Contains(got, want) {
			t.Errorf("opening lacks %q: %s", want, got)
		}
	}
}

// The sentences must read back as the same figures for the rule that compares narrative figures
// with the tables, or the button would create the very warning it is meant to prevent.
func TestSentencesAgreeWithTXTNumber(t *testing.T) {
	for _, r := range []*report.Report{filled(), report.New("某镇人民政府", 2024)} {
		r.SetText("s1.request", RequestSentence(r)+"\n"+ReviewSentence(r))
		fill := rules.FillBlanks(r, "t3")
		fill.Apply(r)
		fill = rules.FillBlanks(r, "t4")
		fill.Apply(r)
		for _, f := range rules.Check(r, nil) {
			if f.Rule == "TXT-NUMBER" || f.Rule == "TXT-YEAR" {
				t.Errorf("%s: %s", f.Rule, f.Message)
			}
		}
	}
}
