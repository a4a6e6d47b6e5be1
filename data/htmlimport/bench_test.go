package htmlimport

import (
	"bytes"
	"os"
	"testing"
)

func benchmarkRead(b *testing.B, path string) {
	page, err := os.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(page)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Read(bytes.NewReader(page), path); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkReadCleanLayout(b *testing.B) { benchmarkRead(b, cleanPath) }

func BenchmarkReadSiteChrome(b *testing.B) { benchmarkRead(b, sitePath) }
