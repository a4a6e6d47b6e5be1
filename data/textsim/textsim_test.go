package textsim

import (
	"strings"
	"testing"
)

const para1 = "本年度我单位始终将政务公开工作纳入重要议事日程，明确分管领导和专职人员，形成了层层抓落实的工作格局。"
const para2 = "围绕重点领域深化信息公开，做好财政预决算、重大建设项目和公共资源配置等领域的信息发布与解读。"
const para3 = "加强政府网站和政务新媒体的运维监管，对错别字、敏感信息和无效链接开展常态化巡查整改。"
const other = "今年春季雨水充沛，河道两岸的柳树早早发芽，农民朋友们抓紧时节播种玉米和大豆，田野里一派繁忙景象。"

func TestSimilarity(t *testing.T) {
	text := para1 + para2 + para3
	if s := Similarity(text, text); s < 0.999 {
		t.Errorf("identical = %v", s)
	}
	if s := Similarity(text, other); s > 0.1 {
		t.Errorf("unrelated = %v", s)
	}
	changed := para1 + "今年新建了依申请公开办理台账，所有申请均在法定期限内答复，并逐件开展回访。" + para3
	if s := Similarity(text, changed); s < 0.4 || s > 0.8 {
		t.Errorf("one paragraph changed = %v, want in between", s)
	}
	if s := Similarity("", ""); s != 0 {
		t.Errorf("empty = %v", s)
	}
	// Changed year and figures do not hide a copy.
	a := "2022年共收到政府信息公开申请12件，全部按期办结。"
	b := "2023年共收到政府信息公开申请35件，全部按期办结。"
	if s := Similarity(a, b); s < 0.999 {
		t.Errorf("figures changed = %v", s)
	}
}

func TestCompare(t *testing.T) {
	got := Compare(para1+para2, para1+"\n"+other)
	if len(got) != 2 || !got[0].Repeated || got[1].Repeated {
		t.Fatalf("Compare = %+v", got)
	}
	if n := len(Sentences("一。二！三？\n四")); n != 4 {
		t.Errorf("Sentences = %d", n)
	}
}

func BenchmarkSimilarity5000(b *testing.B) {
	x := strings.Repeat(para1+para2+para3, 40)[:15000]
	y := strings.Repeat(para3+other+para1, 40)[:15000]
	b.ResetTimer()
	for b.Loop() {
		Similarity(x, y)
	}
}
