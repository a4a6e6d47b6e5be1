// Package storetest holds what tests of the history, in the store and in the commands that use
// it, share.
package storetest

import (
	"math/rand/v2"
	"os"
	"testing"
)

// Damage writes 8 KiB of random bytes (the same every run) into the middle of the file at path,
// as a failing disk or a stray program might.
func Damage(tb testing.TB, path string) {
	tb.Helper()
	st, err := os.Stat(path)
	if err != nil {
		tb.Fatal(err)
	}
	junk := make([]byte, 8<<10)
	rng := rand.New(rand.NewPCG(14, 1))
	for i := range junk {
		junk[i] = byte(rng.Uint32())
	}
	f, err := os.OpenFile(path, os.O_WRONLY, 0)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	if _, err := f.WriteAt(junk, st.Size()/2); err != nil {
		tb.Fatal(err)
	}
}
