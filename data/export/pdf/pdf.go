// Package pdf writes a report as a PDF for printing: the same 公文 document as the Word export
// (data/export/layout), set with gopdf on A4 with the GB/T 9704 margins, the title, headings
// and paragraphs with a two-character first-line indent and Chinese line breaking (避头尾),
// page numbers 「— N —」 at the outer edge, and tables 2–4 in their official shape that break
// between rows, repeat their header rows on every page and continue a row-spanning group label
// on the next page. Fonts are embedded as subsets: the bundled font always, the system's 仿宋,
// 黑体, 楷体, 宋体 and 小标宋 where installed.
package pdf

import (
	"io"

	"github.com/signintech/gopdf"

	"nianbao/data/export/layout"
	"nianbao/data/report"
)

// Options adjust the PDF export.
type Options struct {
	// Fonts are the faces the document is set in; the zero value sets everything in the bundled
	// font, which keeps the output the same on every computer (tests use that).
	Fonts Fonts
}

// Write writes r as a PDF set in the faces installed on this computer where they are found
// (SystemFonts) and in the bundled open-licensed faces otherwise (Fonts.WithOpenFaces).
func Write(w io.Writer, r *report.Report) error {
	return WriteWith(w, r, Options{Fonts: SystemFonts().WithOpenFaces()})
}

// WriteWith writes r as a PDF with the given options.
func WriteWith(w io.Writer, r *report.Report, opt Options) error {
	d := layout.Build(r)
	t := newTypesetter(opt.Fonts)
	t.pdf.SetInfo(gopdf.PdfInfo{Title: d.Title, Author: d.Agency, Creator: "年报通", Producer: "年报通", CreationDate: d.Created})
	t.document(d)
	if t.err != nil {
		return t.err
	}
	_, err := t.pdf.WriteTo(w)
	return err
}
