package document

import (
	"path/filepath"
	"strings"
)

// Kind is one kind of document a report comes in or is written to. This table is the one list
// of them: the importers (data/docio), the export formats (data/export), the app's file dialogs,
// folder import and the CLI take names, labels and file name endings from here.
type Kind struct {
	Name       string   // short name, as `convert --to` takes it: json, txt, md, xlsx, html, docx, doc, pdf
	Label      string   // as a clerk calls it, in dialogs and summaries
	Extensions []string // file name endings with the dot, the usual one first
	// MIMETypes are the media types desktops file documents of the kind under (shared-mime-info's
	// names, and WPS Office's for .wps), so that the Linux menu entry offers 年报通 for them.
	MIMETypes []string
}

var kinds = []Kind{
	{Name: "json", Label: "年报通文件（JSON）", Extensions: []string{".json"}, MIMETypes: []string{"application/json"}},
	{Name: "txt", Label: "纯文本", Extensions: []string{".txt"}, MIMETypes: []string{"text/plain"}},
	{Name: "md", Label: "Markdown", Extensions: []string{".md", ".markdown"}, MIMETypes: []string{"text/markdown"}},
	{Name: "xlsx", Label: "Excel 工作簿", Extensions: []string{".xlsx"},
		MIMETypes: []string{"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}},
	{Name: "html", Label: "网页", Extensions: []string{".html", ".htm", ".shtml", ".xhtml"},
		MIMETypes: []string{"text/html", "application/xhtml+xml"}},
	{Name: "docx", Label: "Word 文档", Extensions: []string{".docx", ".docm", ".dotx"}, MIMETypes: []string{
		"application/vnd.openxmlformats-officedocument.wordprocessingml.document",
		"application/vnd.ms-word.document.macroEnabled.12",
		"application/vnd.openxmlformats-officedocument.wordprocessingml.template"}},
	{Name: "doc", Label: "旧版 Word 文档", Extensions: []string{".doc", ".wps"},
		MIMETypes: []string{"application/msword", "application/vnd.ms-works", "application/wps-office.wps"}},
	{Name: "pdf", Label: "PDF 文件", Extensions: []string{".pdf"}, MIMETypes: []string{"application/pdf"}},
}

// Kinds lists every kind.
func Kinds() []Kind { return append([]Kind(nil), kinds...) }

// KindNamed returns the kind of a short name; it panics on a name not in the table, which is a
// mistake in the program, not in its input.
func KindNamed(name string) Kind {
	for _, k := range kinds {
		if k.Name == name {
			return k
		}
	}
	panic("document: no kind " + name)
}

// KindOf returns the kind a file name's ending says, if any (in any case).
func KindOf(fileName string) (Kind, bool) {
	ext := strings.ToLower(filepath.Ext(fileName))
	for _, k := range kinds {
		for _, e := range k.Extensions {
			if e == ext {
				return k, true
			}
		}
	}
	return Kind{}, false
}

// Ext is the usual file name ending of the kind.
func (k Kind) Ext() string { return k.Extensions[0] }
