package schema

import "testing"

func TestCellCountAndKeys(t *testing.T) {
	if got := NumCells(); got != 200 {
		t.Fatalf("NumCells = %d, want 200", got)
	}
	for _, key := range []string{"t2.rules.issued", "t2.fees.amount", "t3.new.total",
		"t3.denied.secret.natural", "t3.other.other.other", "t3.carry_next.legal", "t4.after_review.total"} {
		if _, ok := Lookup(key); !ok {
			t.Errorf("missing cell %s", key)
		}
	}
	leaves := 0
	for _, r := range t3.Blocks[0].Rows {
		if r.Leaf {
			leaves++
		}
	}
	// The spec's prose says 20, but its own row list (granted … other.other) has 21, and
	// 三、本年度办理结果 spans 22 rows = 21 leaves + （七）总计 in the official layout.
	if leaves != 21 {
		t.Errorf("leaf rows = %d, want 21", leaves)
	}
	c, _ := Lookup("t2.fees.amount")
	if c.Kind != Money {
		t.Error("fees must be money")
	}
	for i, c := range Cells() {
		if c.Index != i || Index(c.Key) != i {
			t.Fatalf("index mismatch at %d", i)
		}
	}
	if got := len(t3.Cells()); got != 175 {
		t.Errorf("table 3 cells = %d", got)
	}
}

func TestMatchRow(t *testing.T) {
	cases := []struct{ table, label, sub, want string }{
		{"t3", "(一) 予以公开", "", "granted"},
		{"t3", "（一）予以公开", "", "granted"},
		{"t3", "(二) 部分公开（区分处理的，只计这一情形，不计其他情形）", "", "partial"},
		{"t3", "（二）部分公开", "", "partial"},
		{"t3", "3.危及\"三安全一稳定\"", "", "denied.safety"},
		{"t3", "3.其他", "", "other.other"},
		{"t3", "3.其他", "（六）其他处理", "other.other"},
		{"t3", "１．属于国家秘密", "", "denied.secret"},
		{"t3", "（七） 总计", "", "result_total"},
		{"t3", "四、结转下年度继续办理", "", "carry_next"},
		{"t2", "规范性文件", "", "normative"},
		{"t2", "行政 许可", "", "license"},
	}
	for _, c := range cases {
		tbl, _ := TableByKey(c.table)
		_, row, ok := MatchRow(tbl, c.label, c.sub)
		if !ok || row.Key != c.want {
			got := ""
			if ok {
				got = row.Key
			}
			t.Errorf("MatchRow(%q, %q) = %q, want %q", c.label, c.sub, got, c.want)
		}
	}
	if _, _, ok := MatchRow(&t3, "本年新制作数量", ""); ok {
		t.Error("unrelated label matched")
	}
}

func TestMatchColumnAndSection(t *testing.T) {
	if c, ok := MatchColumn(&t4.Blocks[0], "结果 维持"); !ok || c.Key != "upheld" {
		t.Error("结果 维持")
	}
	if c, ok := MatchColumn(&t2.Blocks[3], "本年收费金额(单位:万元)"); !ok || c.Key != "amount" {
		t.Error("fee column")
	}
	if s, ok := MatchSection("### 三、收到和处理政府信息公开申请情况"); !ok || s.Key != "s3" {
		t.Error("section 3")
	}
	nf, rest, ok := MatchNarrative("(二) 依申请公开：2023 年，西霞院")
	if !ok || nf.Key != "s1.request" || rest != "2023 年，西霞院" {
		t.Errorf("MatchNarrative = %v %q %v", nf.Key, rest, ok)
	}
	for in, want := range map[string]string{"（一）主动公开情况": "", "（一）主动公开：工作格局，": "工作格局，"} {
		if _, rest, _ := MatchNarrative(in); rest != want {
			t.Errorf("MatchNarrative(%q) rest = %q, want %q", in, rest, want)
		}
	}
	nf, rest, ok = MatchNarrative("（一）主动公开方面。按照要求")
	if !ok || nf.Key != "s1.active" || rest != "按照要求" {
		t.Errorf("MatchNarrative = %v %q %v", nf.Key, rest, ok)
	}
}
