package main

import (
	"fmt"
	"io"

	"nianbao/data/docio"
	"nianbao/data/errtext"
	"nianbao/data/report"
	"nianbao/data/rules"
	"nianbao/data/schema"
)

func init() {
	register("check", "检查报告文件：表格勾稽关系、空白单元格、文字说明等", runCheck)
}

var checkUsage = `用法：nianbao-cli check [--json] [--prev 上年报告文件] [--profile 规则配置文件] 文件...
  --json     以 JSON 输出（每个文件一个元素）
  --prev     同一机关上一年度的报告，用于核对结转数、现行有效件数和文字重复
  --profile  本地区的规则配置（如总体情况字数上限、内部截止日期），在全国规则之上增加或收紧
文件可以是` + docio.KindsText() + `；
给出文件夹时检查其中所有这些文件（如下级单位报送的报告）。
退出码：0 没有错误；1 有错误；2 有文件无法读取。`

// checkJSON is one element of `check --json`: the shared report element, plus what the importer
// could not read and, for a file that could not be read at all, why.
type checkJSON struct {
	reportJSON
	ImportNotes []string `json:"import_notes,omitempty"`
	Error       string   `json:"error,omitempty"`
}

type checkOptions struct {
	json    bool
	prev    string
	profile string
	files   []string
}

// parseCheckArgs reads check's flags (before, between or after the files); ok false: exit with code.
func parseCheckArgs(args []string, stdout, stderr io.Writer) (o checkOptions, code int, ok bool) {
	fs := newFlags("check")
	fs.BoolVar(&o.json, "json", false, "以 JSON 输出")
	fs.StringVar(&o.prev, "prev", "", "上一年度的报告")
	fs.StringVar(&o.profile, "profile", "", "规则配置文件")
	if o.files, code, ok = parseFlags(fs, checkUsage, args, stdout, stderr); !ok {
		return o, code, false
	}
	if len(o.files) == 0 {
		return o, usageError(stderr, "check", checkUsage, "没有指定要检查的文件"), false
	}
	return o, 0, true
}

// checked is the outcome for one input file.
type checked struct {
	file     string
	report   *report.Report // nil when the file could not be read
	findings []rules.Finding
	err      error
}

// runCheck checks every file, also when some cannot be read, and prints one JSON array or a
// readable list. Exit status: 2 when an input could not be read, else 1 when a finding is an
// error, else 0.
func runCheck(args []string, stdout, stderr io.Writer) int {
	o, code, ok := parseCheckArgs(args, stdout, stderr)
	if !ok {
		return code
	}
	var env rules.Env
	if o.profile != "" {
		var err error
		if env.Profile, err = readProfile(o.profile); err != nil {
			printErr(stderr, "check", err)
			return 2
		}
	}
	status := 0
	var prev *report.Report
	if o.prev != "" {
		var err error
		if prev, err = docio.Open(o.prev); err != nil {
			fmt.Fprintf(stderr, "nianbao-cli check：上一年度报告无法读取，不做跨年度核对：%s\n", errtext.Of(err))
			status = 2
		}
	}
	results := make([]checked, 0, len(o.files))
	for _, f := range expandFolders(o.files, stderr, &status) {
		c := checked{file: f}
		if c.report, c.err = docio.Open(f); c.err != nil {
			printErr(stderr, "check", c.err)
			status = 2
		} else {
			c.findings = env.Check(c.report, prev)
			if errs, _, _ := rules.Counts(c.findings); errs > 0 && status == 0 {
				status = 1
			}
		}
		results = append(results, c)
	}
	if o.json {
		if err := writeJSON(stdout, checkElements(results)); err != nil {
			printErr(stderr, "check", err)
			return 2
		}
	} else {
		writeCheckText(stdout, results, prev != nil)
	}
	return status
}

func checkElements(results []checked) []checkJSON {
	out := make([]checkJSON, 0, len(results))
	for _, c := range results {
		if c.err != nil {
			out = append(out, checkJSON{
				reportJSON: reportJSON{File: c.file, Cells: map[string]*report.Fixed{}, Findings: []rules.Finding{}},
				Error:      errtext.Of(c.err),
			})
			continue
		}
		out = append(out, checkJSON{reportJSON: newReportJSON(c.file, c.report, c.findings),
			ImportNotes: c.report.Source.ImportNotes})
	}
	return out
}

// severityText names a severity as clerks say it.
var severityText = map[rules.Severity]string{rules.Error: "错误", rules.Warning: "警告", rules.Info: "提示"}

// writeCheckText prints, per file, the findings grouped by section, what the importer could not
// read, and a count; then a summary line over all files.
func writeCheckText(w io.Writer, results []checked, withPrev bool) {
	var errs, warns, infos, unreadable int
	for i, c := range results {
		if i > 0 {
			fmt.Fprintln(w)
		}
		if c.err != nil {
			unreadable++
			fmt.Fprintf(w, "%s：无法读取（%s）\n", c.file, errtext.Of(c.err))
			continue
		}
		r := c.report
		fmt.Fprintf(w, "%s：%s（%s年格式%s）\n", c.file, r.Title(), r.Meta.Format, sourceOf(r))
		for _, g := range groupBySection(c.findings) {
			fmt.Fprintf(w, "  %s\n", g.heading)
			for _, f := range g.findings {
				fmt.Fprintf(w, "    %s [%s] %s\n", severityText[f.Severity], f.Rule, f.Message)
			}
		}
		if len(r.Source.ImportNotes) > 0 {
			fmt.Fprintln(w, "  导入说明（未能读取或由推断得出，请对照原文核对）")
			for _, n := range r.Source.ImportNotes {
				fmt.Fprintf(w, "    %s\n", n)
			}
		}
		e, wa, in := rules.Counts(c.findings)
		errs, warns, infos = errs+e, warns+wa, infos+in
		if len(c.findings) == 0 {
			fmt.Fprintln(w, "  未发现问题")
		}
		fmt.Fprintf(w, "  错误 %d 个，警告 %d 个，提示 %d 个\n", e, wa, in)
	}
	summary := fmt.Sprintf("共检查 %d 个文件：错误 %d 个，警告 %d 个，提示 %d 个", len(results), errs, warns, infos)
	if unreadable > 0 {
		summary += fmt.Sprintf("，%d 个文件无法读取", unreadable)
	}
	if !withPrev {
		summary += "（未提供上一年度报告，未做跨年度核对）"
	}
	fmt.Fprintf(w, "\n%s\n", summary)
}

// findingGroup is the findings of one section, under the section's heading.
type findingGroup struct {
	heading  string
	findings []rules.Finding
}

// groupBySection orders findings by section: whole-report findings first, then sections 一 to 六.
func groupBySection(fs []rules.Finding) []findingGroup {
	keys := []string{"meta"}
	headings := map[string]string{"meta": "报告整体"}
	for _, s := range schema.Sections() {
		keys = append(keys, s.Key)
		headings[s.Key] = s.Heading
	}
	by := map[string][]rules.Finding{}
	for _, f := range fs {
		key := f.Section
		if _, ok := headings[key]; !ok {
			key = "meta"
		}
		by[key] = append(by[key], f)
	}
	var groups []findingGroup
	for _, k := range keys {
		if len(by[k]) > 0 {
			groups = append(groups, findingGroup{heading: headings[k], findings: by[k]})
		}
	}
	return groups
}

// sourceOf says, for a report read from a document, what kind it was and how many table cells
// came from it: 「，Word 文档，读到 200/200 个单元格」.
func sourceOf(r *report.Report) string {
	if r.Source.Kind == "" {
		return ""
	}
	return fmt.Sprintf("，%s，读到 %d/%d 个单元格", r.Source.Kind, report.FilledCells(r), len(r.Cells))
}
