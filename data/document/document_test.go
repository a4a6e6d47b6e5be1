package document

import "testing"

func TestPosString(t *testing.T) {
	for _, c := range []struct {
		p    Pos
		want string
	}{{Pos{3, 12}, "第3页第12行"}, {Pos{0, 12}, "第12行"}, {Pos{2, 0}, "第2页"}, {Pos{}, ""}} {
		if got := c.p.String(); got != c.want {
			t.Errorf("%+v: %q, want %q", c.p, got, c.want)
		}
	}
}

func TestAdd(t *testing.T) {
	var d Document
	d.AddPara("一、总体情况", 1, Pos{1, 3})
	d.AddTable(&Table{Rows: [][]Cell{{{Text: "规章", ColSpan: 1, RowSpan: 1}}}})
	if len(d.Blocks) != 2 || d.Blocks[0].Para.Level != 1 || d.Blocks[1].Table == nil {
		t.Errorf("blocks %+v", d.Blocks)
	}
}
