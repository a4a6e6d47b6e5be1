package docxdoc

import (
	"os"
	"testing"

	"nianbao/data/assemble"
	"nianbao/data/export/docx"
	"nianbao/data/export/exporttest"
	"nianbao/data/rules"
)

// FuzzRead feeds arbitrary bytes, and mangled Word files, to the reader and the assembler: they
// must never panic, and a refusal names the file. Seeds: the app's own export, a LibreOffice
// document and a small Word-style file; the corpus is in testdata/fuzz/FuzzRead.
func FuzzRead(f *testing.F) {
	f.Add(exporttest.Export(f, exporttest.FullReport(f), docx.Write))
	if b, err := os.ReadFile("testdata/clean-layout-2025.libreoffice.docx"); err == nil {
		f.Add(b)
	}
	f.Add(wordFile(f, para("某县2024年政府信息公开工作年度报告")+para("一、总体情况"), ""))
	f.Fuzz(func(t *testing.T, b []byte) {
		doc, err := Read(b, "fuzz.docx")
		if err != nil {
			return
		}
		if r, err := assemble.Assemble(doc); err == nil {
			rules.Check(r, nil)
		}
	})
}

// BenchmarkReadCheck reads a long report's .docx, assembles and checks it (target: ≥ 20 a
// second on one core, i.e. ≤ 50 ms each).
func BenchmarkReadCheck(b *testing.B) {
	data := exporttest.Export(b, exporttest.LongReport(b), docx.Write)
	for b.Loop() {
		doc, err := Read(data, "long.docx")
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
