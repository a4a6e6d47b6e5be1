package pdf

import (
	"bytes"
	"io"
	"strings"
	"testing"

	"nianbao/data/export/exporttest"
	"nianbao/data/report"
)

// TestOpenFacesKeepRolesApart: on a computer without Chinese fonts the title and body (宋),
// the 一、 headings (黑) and the （一） headings (楷) are set in three different faces, all
// embedded, each holding the characters of the report.
func TestOpenFacesKeepRolesApart(t *testing.T) {
	ts := newTypesetter(Fonts{}.WithOpenFaces())
	for _, r := range "总体情况主动公开根据" {
		for _, ro := range []role{roleTitle, roleHeading, roleSub, roleBody} {
			ts.faceOf(ro, r)
		}
	}
	if ts.err != nil {
		t.Fatal(ts.err)
	}
	body, head, sub := ts.family[roleBody], ts.family[roleHeading], ts.family[roleSub]
	if body == head || body == sub || head == sub {
		t.Errorf("body %s, 一、 %s, （一） %s: two roles share a face", body, head, sub)
	}
	for _, ro := range []role{roleBody, roleSub} {
		if f := ts.faceOf(ro, '政'); f == bundledFamily {
			t.Errorf("role %d: 政 falls back to the bundled sans", ro)
		}
	}
	out := exporttest.Export(t, exporttest.LongReport(t), func(w io.Writer, r *report.Report) error {
		return WriteWith(w, r, Options{Fonts: Fonts{}.WithOpenFaces()})
	})
	if n := bytes.Count(out, []byte("/FontFile2")); n < 3 {
		t.Errorf("%d fonts embedded, want at least 3", n)
	}
}

func TestTTFFilesFromFontconfig(t *testing.T) {
	out := "/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf\n/usr/share/fonts/x/NotoSansCJK.ttc\n" +
		"/opt/apps/fonts/SIMFANG.TTF\n\n/usr/share/fonts/y.otf\n"
	got := strings.Join(ttfFiles([]byte(out)), "|")
	if got != "/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf|/opt/apps/fonts/SIMFANG.TTF" {
		t.Errorf("ttfFiles = %q", got)
	}
}
