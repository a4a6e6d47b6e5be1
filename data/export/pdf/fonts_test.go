package pdf

import (
	"path/filepath"
	"slices"
	"testing"
)

func TestWindowsFontFolders(t *testing.T) {
	env := map[string]string{`WINDIR`: `D:\Win`, `LOCALAPPDATA`: `C:\Users\张三\AppData\Local`}
	got := fontDirs("windows", func(k string) string { return env[k] }, `C:\Users\张三`)
	want := []string{filepath.Join(`D:\Win`, "Fonts"), filepath.Join(`C:\Users\张三\AppData\Local`, "Microsoft", "Windows", "Fonts")}
	if !slices.Equal(got, want) {
		t.Errorf("font folders = %q, want %q", got, want)
	}
	// Without WINDIR (a stripped environment) the fonts are still looked for where Windows keeps them.
	got = fontDirs("windows", func(string) string { return "" }, "")
	if want := []string{filepath.Join(`C:\Windows`, "Fonts")}; !slices.Equal(got, want) {
		t.Errorf("font folders without WINDIR = %q, want %q", got, want)
	}
}

func TestWindowsFontNamesAreLookedFor(t *testing.T) {
	for _, c := range []struct {
		names []string
		file  string
	}{{fontFiles.fangSong, "simfang.ttf"}, {fontFiles.hei, "simhei.ttf"}, {fontFiles.kai, "simkai.ttf"}} {
		if !slices.Contains(c.names, c.file) {
			t.Errorf("%s is not among %q", c.file, c.names)
		}
	}
}
