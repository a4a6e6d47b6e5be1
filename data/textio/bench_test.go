package textio

import (
	"io"
	"strings"
	"testing"
)

func BenchmarkRead(b *testing.B) {
	text := seedText(b)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		if _, err := Read(strings.NewReader(text), "seed.txt"); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkReadCrawledPage(b *testing.B) {
	text := mustReadFile(b, "testdata/pingtan-2021.page.txt")
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		if _, err := Read(strings.NewReader(text), "page.txt"); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkWriteText(b *testing.B) {
	r := readFile(b, seedPath)
	for b.Loop() {
		if err := WriteText(io.Discard, r); err != nil {
			b.Fatal(err)
		}
	}
}
