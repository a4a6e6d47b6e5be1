// Package export lists the file formats a report can be written to. Each format lives in its own
// package (data/export/xlsx, …); this registry is what the CLI's convert and the app's 导出 menu walk.
package export

import (
	"encoding/json"
	"io"
	"strings"

	"nianbao/data/export/docx"
	"nianbao/data/export/html"
	"nianbao/data/export/pdf"
	"nianbao/data/export/xlsx"
	"nianbao/data/report"
	"nianbao/data/textio"
)

// Format is one export format.
type Format struct {
	Name  string // the --to name: json, txt, md, xlsx, docx, pdf, html
	Ext   string // file extension with the dot
	Label string // the menu label, in Chinese
	Write func(w io.Writer, r *report.Report) error
}

// Formats returns every format in menu order.
func Formats() []Format {
	return []Format{
		{Name: "json", Ext: ".json", Label: "年报通文件（JSON）", Write: writeJSON},
		{Name: "txt", Ext: ".txt", Label: "纯文本", Write: textio.WriteText},
		{Name: "md", Ext: ".md", Label: "Markdown", Write: textio.WriteMarkdown},
		{Name: "xlsx", Ext: ".xlsx", Label: "Excel 工作簿", Write: xlsx.Write},
		{Name: "docx", Ext: ".docx", Label: "Word 文档", Write: docx.Write},
		{Name: "pdf", Ext: ".pdf", Label: "PDF", Write: pdf.Write},
		{Name: "html", Ext: ".html", Label: "网页", Write: html.Write},
	}
}

// Lookup finds a format by its --to name or extension, case-insensitively.
func Lookup(name string) (Format, bool) {
	name = strings.TrimPrefix(strings.ToLower(name), ".")
	for _, f := range Formats() {
		if f.Name == name || f.Ext == "."+name {
			return f, true
		}
	}
	return Format{}, false
}

// FileName is the default file name for a report in a format:
// 「<机关><年度>年政府信息公开工作年度报告.<ext>」.
func FileName(r *report.Report, f Format) string {
	return r.Title() + f.Ext
}

func writeJSON(w io.Writer, r *report.Report) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(r)
}
