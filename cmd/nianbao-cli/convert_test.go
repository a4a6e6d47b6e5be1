package main

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"nianbao/data/report"
)

func TestConvert(t *testing.T) {
	seed := openReport(t, seedFile)
	dir := t.TempDir()
	for _, c := range []struct {
		args []string
		out  string
	}{
		{[]string{"--to", "json"}, "seed.data"},
		{nil, "seed.md"},
		{[]string{"--to=txt"}, "seed.txt"},
		{nil, "seed.xlsx"},
	} {
		out := filepath.Join(dir, c.out)
		args := append(append([]string{"convert"}, c.args...), "-o", out, seedFile)
		code, stdout, stderr := runCLI(args...)
		if code != 0 || !strings.Contains(stdout, "已转换") {
			t.Fatalf("%v: exit %d, stderr %s", args, code, stderr)
		}
		got := openReport(t, out)
		if !reflect.DeepEqual(seed.Meta, got.Meta) || !reflect.DeepEqual(seed.Narrative, got.Narrative) ||
			!reflect.DeepEqual(seed.Cells, got.Cells) {
			t.Errorf("%s does not read back as the seed", c.out)
		}
	}
}

func TestConvertToStdout(t *testing.T) {
	code, out, stderr := runCLI("convert", "--to", "md", "-o", "-", seedFile)
	if code != 0 || !strings.HasPrefix(out, "# 孟津区西霞院街道办事处2023年政府信息公开工作年度报告\n") {
		t.Errorf("exit %d, stderr %s, output %.80q", code, stderr, out)
	}
}

func TestConvertRefuses(t *testing.T) {
	dir := t.TempDir()
	kept := filepath.Join(dir, "kept.json")
	if err := os.WriteFile(kept, []byte("earlier work"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"convert", "-o", kept, filepath.Join(dir, "missing.txt")}, "文件不存在"},
		{[]string{"convert", "-o", kept, checkNotReport}, "没有找到"},
		{[]string{"convert", "--to", "rtf", "-o", kept, seedFile}, "不认识的格式“rtf”"},
		{[]string{"convert", "-o", filepath.Join(dir, "x.abc"), seedFile}, "看不出格式"},
		{[]string{"convert", "-o", "-", seedFile}, "要用 --to"},
		{[]string{"convert", seedFile}, "-o"},
		{[]string{"convert", "-o", kept}, "输入文件"},
		{[]string{"convert", "-o", filepath.Join(dir, "no", "such", "dir.json"), seedFile}, "无法写入"},
	} {
		code, _, stderr := runCLI(c.args...)
		if code != 2 || !strings.Contains(stderr, c.want) {
			t.Errorf("%v: exit %d, stderr %q, want %q", c.args, code, stderr, c.want)
		}
	}
	if b, _ := os.ReadFile(kept); string(b) != "earlier work" {
		t.Error("a failed conversion must leave the existing output file alone")
	}
}

func TestConvertWarnsOfUnreadRows(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in.txt")
	b, err := os.ReadFile(seedFile)
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Replace(string(b), "行政处罚\t0", "行政处罚\t十二", 1)
	if err := os.WriteFile(in, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, stderr := runCLI("convert", "-o", filepath.Join(dir, "out.json"), in)
	if code != 0 || !strings.Contains(stderr, "第28行：表二 行政处罚") {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}
}

// A cell whose text is no value is converted as written, never as some other number, and the
// command says which cells they are.
func TestConvertKeepsInvalidCellsAndSaysSo(t *testing.T) {
	r := openReport(t, seedFile)
	r.Set("t3.new.natural", report.InvalidText("5x"))
	dir := t.TempDir()
	in := filepath.Join(dir, "in.json")
	b, err := r.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(in, b, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"out.json", "out.md", "out.txt", "out.xlsx"} {
		out := filepath.Join(dir, name)
		code, _, stderr := runCLI("convert", "-o", out, in)
		if code != 0 || !strings.Contains(stderr, "1 个单元格填的不是数值，已照原样写出") || !strings.Contains(stderr, "自然人") {
			t.Errorf("%s: exit %d, stderr %q", name, code, stderr)
		}
		if got := openReport(t, out).Get("t3.new.natural"); got != report.InvalidText("5x") {
			t.Errorf("%s holds %+v, want the text 5x", name, got)
		}
	}
}
