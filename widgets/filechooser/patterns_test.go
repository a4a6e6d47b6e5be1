package filechooser

import (
	"reflect"
	"testing"
)

func TestFileTypes(t *testing.T) {
	got := fileTypes([]Filter{
		{Name: "Word 文档", Extensions: []string{"docx", ".doc"}},
		{Name: "PDF 文档", Extensions: []string{"pdf"}},
		{Name: "任意", Extensions: nil},
	})
	want := []fileType{
		{"Word 文档 (*.docx;*.doc)", "*.docx;*.doc"},
		{"PDF 文档 (*.pdf)", "*.pdf"},
		{"任意 (*.*)", "*.*"},
		{Text.AllFiles, "*.*"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("fileTypes = %q, want %q", got, want)
	}
}

func TestFileTypesWithoutFiltersOffersEveryFile(t *testing.T) {
	want := []fileType{{Text.AllFiles, "*.*"}}
	if got := fileTypes(nil); !reflect.DeepEqual(got, want) {
		t.Errorf("fileTypes(nil) = %q, want %q", got, want)
	}
}

func TestDefaultExtension(t *testing.T) {
	for _, c := range []struct {
		filters []Filter
		want    string
	}{
		{nil, ""},
		{[]Filter{{Name: "任意"}}, ""},
		{[]Filter{{Name: "PDF", Extensions: []string{".pdf", "txt"}}, {Name: "W", Extensions: []string{"docx"}}}, "pdf"},
		{[]Filter{{Name: "W", Extensions: []string{"docx"}}}, "docx"},
	} {
		if got := defaultExtension(c.filters); got != c.want {
			t.Errorf("defaultExtension(%v) = %q, want %q", c.filters, got, c.want)
		}
	}
}
