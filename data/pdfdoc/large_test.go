package pdfdoc

import (
	"bytes"
	"image"
	"image/color"
	"math/rand/v2"
	"testing"

	"github.com/signintech/gopdf"
)

// largePDF is a PDF of about size bytes: a page of text, then pages of incompressible images,
// as a report with scanned attachments or photos is.
func largePDF(tb testing.TB, size int) []byte {
	tb.Helper()
	var d gopdf.GoPdf
	d.Start(gopdf.Config{PageSize: *gopdf.PageSizeA4})
	rng := rand.New(rand.NewPCG(1, 2))
	for n := 0; n*3*600*600 < size; n++ {
		d.AddPage()
		img := image.NewRGBA(image.Rect(0, 0, 600, 600))
		for i := 0; i < len(img.Pix); i += 4 {
			img.Pix[i], img.Pix[i+1], img.Pix[i+2], img.Pix[i+3] = byte(rng.Uint32()), byte(rng.Uint32()), byte(rng.Uint32()), 255
		}
		img.Set(0, 0, color.Black)
		if err := d.ImageFrom(img, 20, 20, nil); err != nil {
			tb.Fatal(err)
		}
	}
	var buf bytes.Buffer
	if _, err := d.WriteTo(&buf); err != nil {
		tb.Fatal(err)
	}
	return buf.Bytes()
}

// BenchmarkLargePDF reads a 30 MB PDF (pages of images, no text: refused as a scan). The limit
// is 200 MB of peak memory for the whole process: measured with `/usr/bin/time -v nianbao-cli
// check` on such a file, 199 MiB since the file is read on demand (346 MiB when it was copied
// into PDFium's memory).
func BenchmarkLargePDF(b *testing.B) {
	data := largePDF(b, 30<<20)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := Read(data, "large.pdf"); err == nil {
			b.Fatal("a PDF of images with no text was read")
		}
	}
	b.ReportMetric(float64(len(data))/(1<<20), "file-MiB")
}
