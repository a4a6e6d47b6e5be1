package filechooser

import "strings"

// fileType is one entry of a system dialog's file-type list: the name shown and the
// semicolon-separated glob patterns, as the Explorer dialog takes them ("*.pdf;*.docx").
type fileType struct {
	Name, Pattern string
}

// fileTypes turns the caller's filters into the dialog's list: each filter with its patterns
// appended to the name, because the Explorer dialog shows only the name, then the every-file entry.
func fileTypes(filters []Filter) []fileType {
	types := make([]fileType, 0, len(filters)+1)
	for _, f := range filters {
		p := pattern(f.Extensions)
		types = append(types, fileType{Name: f.Name + " (" + p + ")", Pattern: p})
	}
	return append(types, fileType{Name: Text.AllFiles, Pattern: "*.*"})
}

// pattern is the glob list for extensions, "*.*" for none.
func pattern(exts []string) string {
	if len(exts) == 0 {
		return "*.*"
	}
	globs := make([]string, len(exts))
	for i, e := range exts {
		globs[i] = "*." + strings.TrimPrefix(e, ".")
	}
	return strings.Join(globs, ";")
}

// defaultExtension is the extension a save dialog adds to a name typed without one: the first
// filter's first, without the dot; "" when there is none.
func defaultExtension(filters []Filter) string {
	if len(filters) == 0 || len(filters[0].Extensions) == 0 {
		return ""
	}
	return strings.TrimPrefix(filters[0].Extensions[0], ".")
}
