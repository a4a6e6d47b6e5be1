package textio

import (
	"bytes"
	"strings"
	"testing"
)

func TestEscapeMarkdown(t *testing.T) {
	for in, want := range map[string]string{
		`<script>alert(1)</script>`: `\<script\>alert(1)\</script\>`,
		`&amp; 与 &lt;`:              `\&amp; 与 \&lt;`,
		`*重点* 与 _要点_ ~~删~~`:         `\*重点\* 与 \_要点\_ \~\~删\~\~`,
		"# 不是标题":                    `\# 不是标题`,
		"1. 不是列表":                   `1\. 不是列表`,
		"2025年1月":                   "2025年1月",
		"12) 项":                     `12\) 项`,
		"- 项":                       `\- 项`,
		"+ 项":                       `\+ 项`,
		"---":                       `\---`,
		"===":                       `\===`,
		"> 引用":                      `\> 引用`,
		"见[附件](x) ![图](y)":          `见\[附件\](x) !\[图\](y)`,
		`反斜杠 \ 与 ` + "`代码`":         `反斜杠 \\ 与 ` + "\\`代码\\`",
		"| 甲 | 乙 |":                 `\| 甲 \| 乙 \|`,
		"中间的 # 与 - 不变":              "中间的 # 与 - 不变",
	} {
		got := escapeMarkdown(in, true)
		if got != want {
			t.Errorf("escape %q = %q, want %q", in, got, want)
		}
		if back := unescapeMarkdown(got); back != in {
			t.Errorf("unescape %q = %q, want %q", got, back, in)
		}
	}
}

// TestMarkdownExportIsInert: what a narrative says is shown as text when the .md is rendered —
// no live tag, entity, heading or list — and reads back exactly.
func TestMarkdownExportIsInert(t *testing.T) {
	r := fullReport()
	r.Meta.Agency, r.Meta.Year = `A&B<局>`, 2025
	r.SetText("s5", "<script>alert(1)</script> &amp;\n# 标题\n- 列表\n1. 列表\n| 表 |")
	var buf bytes.Buffer
	if err := WriteMarkdown(&buf, r); err != nil {
		t.Fatal(err)
	}
	md := buf.String()
	for _, inert := range []string{`\<script\>alert(1)\</script\>`, `\&amp;`, "\n\\# 标题", "\n\\- 列表", "\n1\\. 列表", "\n\\| 表 \\|"} {
		if !strings.Contains(md, inert) {
			t.Errorf("the .md lacks %q:\n%s", inert, md)
		}
	}
	back, err := Read(strings.NewReader(md), "报告.md")
	if err != nil {
		t.Fatal(err)
	}
	if back.Meta.Agency != r.Meta.Agency || back.Text("s5") != r.Text("s5") {
		t.Errorf("read back %q %q", back.Meta.Agency, back.Text("s5"))
	}
	if !strings.Contains(md, `# A\&B\<局\>2025年`) {
		t.Errorf("the title is not escaped:\n%s", md)
	}
}
