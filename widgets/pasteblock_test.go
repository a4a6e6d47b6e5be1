package widgets

import (
	"reflect"
	"strings"
	"testing"
)

func TestSplitBlock(t *testing.T) {
	tests := []struct {
		name, in string
		want     [][]string
	}{
		{"one cell from Excel", "12\r\n", [][]string{{"12"}}},
		{"row", "1\t2\t3", [][]string{{"1", "2", "3"}}},
		{"rows with CRLF and a trailing break", "1\t2\r\n3\t4\r\n", [][]string{{"1", "2"}, {"3", "4"}}},
		{"old Mac line ends", "1\r2", [][]string{{"1"}, {"2"}}},
		{"empty cells kept in place", "\t5\n\t", [][]string{{"", "5"}, {"", ""}}},
		{"blank line between rows", "1\n\n2", [][]string{{"1"}, {""}, {"2"}}},
		{"quoted cell with a line break", "\"a\nb\"\t7\n8", [][]string{{"a\nb", "7"}, {"8"}}},
		{"doubled quote", "\"say \"\"hi\"\"\"\t1", [][]string{{`say "hi"`, "1"}}},
		{"quote inside a cell is literal", "5\"\t6", [][]string{{`5"`, "6"}}},
		{"unterminated quote is literal", "\"12\t3", [][]string{{`"12`, "3"}}},
		{"quote closed mid-cell is literal", "\"1\"2\t3", [][]string{{`"1"2`, "3"}}},
	}
	for _, tt := range tests {
		if got := splitBlock(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: splitBlock(%q) = %q, want %q", tt.name, tt.in, got, tt.want)
		}
	}
}

// FuzzSplitBlock checks that any clipboard text splits without panicking and, when it has no
// quotes, into exactly its lines and tab-separated fields (nothing lost, nothing moved).
func FuzzSplitBlock(f *testing.F) {
	for _, s := range []string{"1\t2\r\n3\t4\r\n", "\"a\nb\"\t1", "", "\n", "\t", "\"", "\"\"\"\t\""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		rows := splitBlock(s)
		if len(rows) == 0 {
			t.Fatal("no rows")
		}
		if strings.Contains(s, `"`) {
			return
		}
		norm := strings.TrimSuffix(strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n"), "\n")
		lines := strings.Split(norm, "\n")
		if len(rows) != len(lines) {
			t.Fatalf("%d rows for %d lines", len(rows), len(lines))
		}
		for i, line := range lines {
			if got := strings.Join(rows[i], "\t"); got != line {
				t.Fatalf("row %d: %q, want %q", i, got, line)
			}
		}
	})
}
