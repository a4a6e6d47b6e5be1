package pdf

import (
	"bytes"
	"io"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"nianbao/assets"
	"nianbao/data/export/exporttest"
	"nianbao/data/report"
)

// render writes r in the bundled font only, so the output is the same on every machine.
func render(t testing.TB, r *report.Report) []byte {
	t.Helper()
	return exporttest.Export(t, r, func(w io.Writer, r *report.Report) error { return WriteWith(w, r, Options{}) })
}

var pageObject = regexp.MustCompile(`/Type /Page\b`)

func pageCount(pdf []byte) int {
	n := 0
	for _, m := range pageObject.FindAllIndex(pdf, -1) {
		if !bytes.HasPrefix(pdf[m[1]:], []byte("s")) {
			n++
		}
	}
	return n
}

func TestStructure(t *testing.T) {
	out := render(t, exporttest.LongReport(t))
	if !bytes.HasPrefix(out, []byte("%PDF-")) || !bytes.Contains(out[len(out)-16:], []byte("%%EOF")) {
		t.Fatal("not a complete PDF")
	}
	if n := pageCount(out); n < 4 || n > 6 {
		t.Errorf("%d pages, want 4–6 for the full report", n)
	}
	if !bytes.Contains(out, []byte("/FontFile2")) {
		t.Error("no embedded TrueType font (/FontFile2)")
	}
	if len(out) > 400<<10 {
		t.Errorf("PDF is %d KB: the 4.6 MB font is not subset", len(out)>>10)
	}
	if !bytes.Contains(out, []byte("/MediaBox [ 0 0 595.28 841.89 ]")) {
		t.Errorf("page is not A4")
	}
}

func TestInjectedFacesAreEmbedded(t *testing.T) {
	var buf bytes.Buffer
	// The bundled data stands in for system faces: what matters is which roles use which family.
	if err := WriteWith(&buf, exporttest.LongReport(t), Options{Fonts: Fonts{FangSong: bytes.Clone(assets.Font), Hei: bytes.Clone(assets.Font)}}); err != nil {
		t.Fatal(err)
	}
	out := buf.Bytes()
	for _, f := range []string{"FangSong", "Hei", bundledFamily} {
		if !bytes.Contains(out, []byte("/BaseFont /"+f+"\n")) {
			t.Errorf("font %s is not embedded", f)
		}
	}
	if n := bytes.Count(out, []byte("/FontFile2")); n != 3 {
		t.Errorf("%d embedded font files, want 3 (body, headings and title, bundled for the rest)", n)
	}
}

func TestOneFileForTwoRolesIsEmbeddedOnce(t *testing.T) {
	face := bytes.Clone(assets.Font)
	var buf bytes.Buffer
	if err := WriteWith(&buf, exporttest.LongReport(t), Options{Fonts: Fonts{FangSong: face, Kai: face}}); err != nil {
		t.Fatal(err)
	}
	if n := bytes.Count(buf.Bytes(), []byte("/FontFile2")); n != 2 {
		t.Errorf("%d embedded font files, want 2 (the shared face and the bundled one)", n)
	}
}

func TestUnreadableFaceFallsBackToBundled(t *testing.T) {
	broken := append([]byte{0, 1, 0, 0}, bytes.Repeat([]byte{0xff}, 64)...)
	var buf bytes.Buffer
	if err := WriteWith(&buf, exporttest.LongReport(t), Options{Fonts: Fonts{FangSong: broken}}); err != nil {
		t.Fatalf("a face that cannot be read must not fail the export: %v", err)
	}
	if bytes.Contains(buf.Bytes(), []byte("/BaseFont /FangSong")) || !bytes.Contains(buf.Bytes(), []byte("/BaseFont /"+bundledFamily)) {
		t.Error("the unreadable face was not replaced by the bundled font")
	}
}

func TestOnlyTrueTypeFilesAreTaken(t *testing.T) {
	pad := bytes.Repeat([]byte{0}, 16)
	for _, c := range []struct {
		head string
		want bool
	}{{"\x00\x01\x00\x00", true}, {"true", true}, {"OTTO", false}, {"ttcf", false}} {
		if got := isTrueType(append([]byte(c.head), pad...)); got != c.want {
			t.Errorf("isTrueType(%q) = %v, want %v", c.head, got, c.want)
		}
	}
	if !isTrueType(assets.Font) {
		t.Error("the bundled font is not taken")
	}
}

func TestGolden(t *testing.T) {
	exporttest.Golden(t, filepath.Join("testdata", "full-2025.pdf"), func() []byte { return render(t, exporttest.LongReport(t)) })
}

func BenchmarkWrite(b *testing.B) {
	r := exporttest.LongReport(b)
	var buf bytes.Buffer
	_ = WriteWith(&buf, r, Options{}) // the font is parsed once per process, not per export
	for b.Loop() {
		buf.Reset()
		if err := WriteWith(&buf, r, Options{}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(buf.Len()), "bytes")
}

// BenchmarkWriteFiveFaces sets every role in a face of its own, as on a computer with 仿宋, 黑体,
// 楷体, 宋体 and 小标宋 installed (clones of the bundled font stand in for them).
func BenchmarkWriteFiveFaces(b *testing.B) {
	r := exporttest.LongReport(b)
	f := Fonts{XiaoBiaoSong: bytes.Clone(assets.Font), Hei: bytes.Clone(assets.Font), Kai: bytes.Clone(assets.Font),
		FangSong: bytes.Clone(assets.Font), Song: bytes.Clone(assets.Font)}
	var buf bytes.Buffer
	_ = WriteWith(&buf, r, Options{Fonts: f}) // the faces are parsed once per process, not per export
	for b.Loop() {
		buf.Reset()
		if err := WriteWith(&buf, r, Options{Fonts: f}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(buf.Len()), "bytes")
}

func TestEmptyAndUnusualReports(t *testing.T) {
	empty := render(t, report.New("", 0))
	if n := pageCount(empty); n < 2 || n > 4 {
		t.Errorf("an empty report takes %d pages, want 2–4", n)
	}
	r := exporttest.LongReport(t)
	long := strings.Repeat("政务公开工作扎实推进，“三到位”落实到位。https://www.example.gov.cn/xxgk/2025/index_1234567890.html ", 120)
	r.SetText("s5", "控制字符\x00\x0b、emoji 😀 与 <标签> & 引号\n"+long)
	out := render(t, r)
	if n, base := pageCount(out), pageCount(render(t, exporttest.LongReport(t))); n <= base {
		t.Errorf("a long section 五 takes %d pages, no more than without it (%d)", n, base)
	}
}
