package rules

import (
	"os"
	"strings"
	"testing"

	"nianbao/data/report"
)

// The shipped profile of 武威市 (武政办发〔2025〕54号) reads, and S1-LENGTH warns of a 总体情况
// over 1000 characters, citing the notice.
func TestShippedProfile(t *testing.T) {
	data, err := os.ReadFile("profiles/wuwei-2025.json")
	if err != nil {
		t.Fatal(err)
	}
	p, err := ParseProfile(data)
	if err != nil {
		t.Fatal(err)
	}
	if p.Name != "武威市" || p.S1MaxChars != 1000 || p.S1Source.Number != "武政办发〔2025〕54号" {
		t.Fatalf("profile: %+v", p)
	}
	r := report.New("武威市凉州区教育局", 2025)
	r.SetText("s1.intro", strings.Repeat("主动公开政府信息。", 60)) // 540 characters
	r.SetText("s1.active", strings.Repeat("发布政策解读。", 70))  // 490
	has := func(env Env) *Finding {
		for _, f := range env.Check(r, nil) {
			if f.Rule == "S1-LENGTH" {
				return &f
			}
		}
		return nil
	}
	if f := has(Env{}); f != nil {
		t.Errorf("the national rules limit 总体情况: %v", f)
	}
	f := has(Env{Profile: p})
	if f == nil || !strings.Contains(f.Message, "共1030字，超过武威市要求的1000字") || !strings.Contains(f.Message, "武政办发〔2025〕54号，2025年12月19日") {
		t.Fatalf("S1-LENGTH: %v", f)
	}
	r.SetText("s1.active", "发布政策解读。")
	if f := has(Env{Profile: p}); f != nil {
		t.Errorf("within the limit: %v", f)
	}
}

func TestParseProfileRefuses(t *testing.T) {
	src := `"source": {"document": "《通知》", "date": "2025-12-19"}`
	for text, want := range map[string]string{
		`{"kind": "nianbao-profile", "version": 1, "name": "某市", "rules": [{"rule": "S1-LENGTH", "max_chars": 800}]}`:                "source.document",
		`{"kind": "nianbao-profile", "version": 1, "name": "某市", "rules": [{"rule": "TXT-SIMILAR", "threshold": 0.8, ` + src + `}]}`: "只能更严",
		`{"kind": "nianbao-profile", "version": 1, "name": "某市", "rules": [{"rule": "DUE", "date": "02-30", ` + src + `}]}`:          "月-日",
		`{"kind": "nianbao-profile", "version": 1, "name": "某市", "rules": [{"rule": "S1-LENGHT", "max_chars": 800, ` + src + `}]}`:   "未知的规则",
		`{"kind": "nianbao-profile", "version": 1, "name": "某市", "rules": [{"rule": "S1-LENGTH", "max": 800, ` + src + `}]}`:         "不是有效的 JSON",
		"{\"kind\": \"nianbao-profile\",\n \"version\": 1,\n \"name\": \"某市\",\n \"rules\": [}":                                      "第 4 行",
		`{"kind": "nianbao-report", "version": 1}`:                "不是年报通规则配置文件",
		`{"kind": "nianbao-profile", "version": 2, "name": "某市"}`: "版本 2",
		`{"kind": "nianbao-profile", "version": 1, "name": " "}`:  "名称",
	} {
		if _, err := ParseProfile([]byte(text)); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: %v, want an error saying %q", text, err, want)
		}
	}
}

// A profile's similarity threshold and due dates take effect, citing their source.
func TestProfileSimilarityAndDue(t *testing.T) {
	p, err := ParseProfile([]byte(`{"kind": "nianbao-profile", "version": 1, "name": "某市", "rules": [
		{"rule": "TXT-SIMILAR", "threshold": 0.3, "source": {"document": "《考核细则》", "number": "某政办〔2025〕9号", "date": "2025-03-01"}},
		{"rule": "DUE", "date": "01-15", "government": false, "source": {"document": "《通知》", "date": "2025-12-01"}}]}`))
	if err != nil {
		t.Fatal(err)
	}
	if d := (Env{Profile: p}).Deadline(report.Meta{Agency: "某区财政局", Year: 2025}); report.FormatDate(d.Due) != "2026-01-15" || !strings.Contains(d.Basis, "《通知》") {
		t.Errorf("due: %+v", d)
	}
	if d := (Env{Profile: p}).Deadline(report.Meta{Agency: "某区人民政府", Year: 2025, Government: true}); report.FormatDate(d.Due) != "2026-03-31" {
		t.Errorf("government due: %+v", d)
	}
	prev := report.New("某区财政局", 2024)
	prev.SetText("s5", "存在的主要问题是公开内容不够全面，信息更新不够及时，政策解读形式单一。下一步将加强培训，完善制度，提高公开质量和时效，丰富解读形式。")
	cur := report.New("某区财政局", 2025)
	cur.SetText("s5", "存在的主要问题是公开内容不够全面，信息更新不够及时。下一步我们将进一步加强业务培训，健全工作制度，切实提高公开质量，多用图解和视频开展解读，回应群众关切，推动政务公开工作再上新台阶。")
	count := func(env Env) (n int, msg string) {
		for _, f := range env.Check(cur, prev) {
			if f.Rule == "TXT-SIMILAR" {
				n, msg = n+1, f.Message
			}
		}
		return n, msg
	}
	national, _ := count(Env{})
	profiled, msg := count(Env{Profile: p})
	if national != 0 || profiled != 1 || !strings.Contains(msg, "某政办〔2025〕9号") {
		t.Errorf("TXT-SIMILAR: national %d, profile %d %q", national, profiled, msg)
	}
}
