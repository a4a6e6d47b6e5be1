package pdfdoc

import (
	"testing"

	"nianbao/data/assemble"
	"nianbao/data/export/exporttest"
	"nianbao/data/export/pdf"
	"nianbao/data/rules"
)

// FuzzRead feeds arbitrary bytes and mangled PDFs to the reader and the assembler: never a
// panic, a refusal names the file. Seeds: the app's own export; the corpus is in
// testdata/fuzz/FuzzRead.
func FuzzRead(f *testing.F) {
	f.Add(exporttest.Export(f, exporttest.FullReport(f), pdf.Write))
	f.Add([]byte("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF"))
	f.Fuzz(func(t *testing.T, b []byte) {
		doc, err := Read(b, "fuzz.pdf")
		if err != nil {
			return
		}
		if r, err := assemble.Assemble(doc); err == nil {
			rules.Check(r, nil)
		}
	})
}

// BenchmarkReadCheck reads, assembles and checks the long report's PDF (six pages) after the
// engine has started (target: ≤ 150 ms).
func BenchmarkReadCheck(b *testing.B) {
	data := exporttest.Export(b, exporttest.LongReport(b), pdf.Write)
	if _, err := Read(data, "warm.pdf"); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		doc, err := Read(data, "long.pdf")
		if err != nil {
			b.Fatal(err)
		}
		r, err := assemble.Assemble(doc)
		if err != nil {
			b.Fatal(err)
		}
		rules.Check(r, nil)
	}
}
