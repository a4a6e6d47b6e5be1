// Package export lists the file formats a report can be written to. Each format lives in its own
// package (data/export/xlsx, …); this registry is what the CLI's convert and the app's 导出 menu walk.
package export

import (
	"encoding/json"
	"io"
	"strings"

	"nianbao/data/document"
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
		format("json", writeJSON),
		format("txt", textio.WriteText),
		format("md", textio.WriteMarkdown),
		format("xlsx", xlsx.Write),
		format("docx", docx.Write),
		format("pdf", pdf.Write),
		format("html", html.Write),
	}
}

// format is the export of a document kind, named and labelled as the kind is.
func format(kind string, write func(io.Writer, *report.Report) error) Format {
	k := document.KindNamed(kind)
	return Format{Name: k.Name, Ext: k.Ext(), Label: k.Label, Write: write}
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
// 「<机关><年度>年政府信息公开工作年度报告.<ext>」, a plain name whatever the agency is called, so
// that a save dialog can only put it into the folder the user chose.
func FileName(r *report.Report, f Format) string {
	return document.FileName(r.Title(), f.Ext)
}

func writeJSON(w io.Writer, r *report.Report) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(r)
}
