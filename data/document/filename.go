package document

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxFileNameBytes keeps a suggested name within what every file system takes (255 bytes on
// ext4, 255 UTF-16 units on NTFS), leaving room for a 「 (2)」 a dialog may add.
const maxFileNameBytes = 200

// FileName turns base and an extension (a Kind's Ext) into a plain file name that can only land in
// the folder it is saved into, on Windows as on Linux: no path separators or parent-folder
// steps, none of the characters Windows refuses (<>:"|?*), no control or invisible format
// characters, no trailing dots or spaces, not a reserved device name (CON, NUL, COM1 …), and
// not longer than file systems allow. What is removed becomes 「_」, so the name stays
// recognisable; an empty result becomes 「报告」.
func FileName(base, ext string) string {
	var b strings.Builder
	for _, r := range base {
		switch {
		case r == utf8.RuneError, unicode.IsControl(r), unicode.Is(unicode.Cf, r), r == '\u2028', r == '\u2029':
		case strings.ContainsRune(`/\<>:"|?*`, r):
			b.WriteRune('_')
		default:
			b.WriteRune(r)
		}
	}
	name := strings.TrimSpace(b.String())
	for len(name) > maxFileNameBytes-len(ext) {
		_, size := utf8.DecodeLastRuneInString(name)
		name = name[:len(name)-size]
	}
	name = strings.TrimRight(name, ". ")
	name = strings.TrimLeft(name, ".")
	if name == "" {
		name = "报告"
	}
	if reserved(name) {
		name = "_" + name
	}
	return name + ext
}

// reserved reports whether name (before any extension) is a device name Windows will not create
// a file under.
func reserved(name string) bool {
	stem, _, _ := strings.Cut(name, ".")
	switch strings.ToUpper(strings.TrimSpace(stem)) {
	case "CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$":
		return true
	}
	s := strings.ToUpper(stem)
	return len(s) == 4 && (strings.HasPrefix(s, "COM") || strings.HasPrefix(s, "LPT")) && s[3] >= '0' && s[3] <= '9'
}
