package textio

import (
	"bytes"
	"io"
	"os"
	"reflect"
	"testing"

	"nianbao/data/report"
	"nianbao/data/schema"
)

// fullReport fills every narrative field and the opening, and uses every kind of cell value.
func fullReport() *report.Report {
	r := report.New("洛阳市孟津区人民政府", 2024)
	r.Meta.AutoTotals = false
	r.Meta.Opening = "根据《中华人民共和国政府信息公开条例》编制本报告。\n统计期限自2024年1月1日起至2024年12月31日止。"
	for i, n := range schema.Narratives() {
		r.SetText(n.Key, n.Key+"：第一段，"+string(rune('甲'+i))+"。\n第二段，含数字12件。")
	}
	for i := range schema.NumCells() {
		switch i % 5 {
		case 0:
			r.Cells[i] = report.Count(int64(i * 37))
		case 1:
			r.Cells[i] = report.Value{}
		case 2:
			r.Cells[i] = report.Value{State: report.NotApplicable}
		default:
			r.Cells[i] = report.Count(int64(i % 3))
		}
	}
	r.Set("t2.fees.amount", report.Num(12345678900)) // 12345.6789 万元
	r.Set("t3.new.natural", report.Value{})          // a blank in the first value column
	r.Set("t3.carry_next.total", report.Value{})     // and in the last
	r.Set("t4.review.upheld", report.Value{})
	r.Set("t4.after_review.total", report.Value{})
	return r
}

func roundTrip(t *testing.T, r *report.Report, write func(io.Writer, *report.Report) error, name string) *report.Report {
	t.Helper()
	var buf bytes.Buffer
	if err := write(&buf, r); err != nil {
		t.Fatal(err)
	}
	back, err := Read(&buf, name)
	if err != nil {
		t.Fatalf("read back: %v\n%s", err, buf.String())
	}
	return back
}

func diffReports(t *testing.T, want, got *report.Report) {
	t.Helper()
	if !reflect.DeepEqual(want.Meta, got.Meta) {
		t.Errorf("meta differs:\nwant %+v\ngot  %+v", want.Meta, got.Meta)
	}
	for _, n := range schema.Narratives() {
		if want.Text(n.Key) != got.Text(n.Key) {
			t.Errorf("%s differs:\nwant %q\ngot  %q", n.Key, want.Text(n.Key), got.Text(n.Key))
		}
	}
	for i, c := range schema.Cells() {
		if want.Cells[i] != got.Cells[i] {
			t.Errorf("%s: want %q, got %q", c.Key, want.Cells[i].String(), got.Cells[i].String())
		}
	}
	if !reflect.DeepEqual(want, got) {
		t.Errorf("reports differ beyond meta, narrative and cells:\nwant %+v\ngot  %+v", want.Source, got.Source)
	}
}

func TestRoundTrip(t *testing.T) {
	seed := readFile(t, "testdata/xixiayuan-2023.txt")
	for _, f := range []struct {
		name  string
		write func(io.Writer, *report.Report) error
	}{{"txt", WriteText}, {"md", WriteMarkdown}} {
		t.Run(f.name+"/seed", func(t *testing.T) {
			diffReports(t, seed, roundTrip(t, seed, f.write, seed.Source.File))
		})
		t.Run(f.name+"/full", func(t *testing.T) {
			r := fullReport()
			diffReports(t, r, roundTrip(t, r, f.write, ""))
		})
	}
}

func readFile(t testing.TB, path string) *report.Report {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r, err := Read(f, path)
	if err != nil {
		t.Fatal(err)
	}
	return r
}
