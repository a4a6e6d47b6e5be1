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
}

var kinds = []Kind{
	{Name: "json", Label: "年报通文件（JSON）", Extensions: []string{".json"}},
	{Name: "txt", Label: "纯文本", Extensions: []string{".txt"}},
	{Name: "md", Label: "Markdown", Extensions: []string{".md", ".markdown"}},
	{Name: "xlsx", Label: "Excel 工作簿", Extensions: []string{".xlsx"}},
	{Name: "html", Label: "网页", Extensions: []string{".html", ".htm", ".shtml", ".xhtml"}},
	{Name: "docx", Label: "Word 文档", Extensions: []string{".docx", ".docm", ".dotx"}},
	{Name: "doc", Label: "旧版 Word 文档", Extensions: []string{".doc", ".wps"}},
	{Name: "pdf", Label: "PDF 文件", Extensions: []string{".pdf"}},
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
