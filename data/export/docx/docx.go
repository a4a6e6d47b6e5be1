// Package docx writes a report as a Word document (.docx) set as a 公文 after GB/T 9704-2012:
// A4 with margins of 37/35/28/26 mm, the title in 方正小标宋简体 二号, body text in 仿宋_GB2312 三号
// on the 22 × 28 document grid of GB/T 9704 with a two-character first-line indent, 一、 headings in 黑体 and
// （一） headings in 楷体_GB2312, page numbers 「— N —」 in 宋体 四号 at the outer edge, and tables
// 2–4 in their official shape in 宋体 with merged cells, repeated header rows and rows that never
// split across pages. Every heading of the official structure is kept; an empty narrative field
// stays empty (layout.Build). The package is written directly with archive/zip
// so that the output is small, fast and the same bytes for the same report.
package docx

import (
	"archive/zip"
	"io"

	"nianbao/data/export/layout"
	"nianbao/data/report"
)

// part is one file of the package.
type part struct {
	name string
	body string
}

// Write writes r as a .docx document.
func Write(w io.Writer, r *report.Report) error { return WriteDocument(w, layout.Build(r)) }

// WriteDocument writes a laid-out document as a .docx document in the report's 公文 layout: other
// documents a reviewer sends (the 问题清单) are set the same way.
func WriteDocument(w io.Writer, d *layout.Document) error {
	parts := []part{
		{"[Content_Types].xml", contentTypes},
		{"_rels/.rels", packageRels},
		{"docProps/core.xml", coreProps(d)},
		{"docProps/app.xml", appProps},
		{"word/document.xml", document(d)},
		{"word/_rels/document.xml.rels", documentRels},
		{"word/styles.xml", styles},
		{"word/settings.xml", settings},
		{"word/fontTable.xml", fontTable},
		{footerOdd, footer(true)},
		{footerEven, footer(false)},
	}
	z := zip.NewWriter(w)
	for _, p := range parts {
		f, err := z.CreateHeader(&zip.FileHeader{Name: p.name, Method: zip.Deflate, Modified: d.Created})
		if err != nil {
			return err
		}
		if _, err := io.WriteString(f, p.body); err != nil {
			return err
		}
	}
	return z.Close()
}
