// Package issuefile is the one list of the file formats a 问题清单 is written in, by extension,
// for the CLI and the app alike.
package issuefile

import (
	"io"
	"path/filepath"
	"strings"

	"nianbao/data/export/issuedocx"
	"nianbao/data/export/issuexlsx"
	"nianbao/data/issuelist"
)

// Format is one file format of the 问题清单.
type Format struct {
	Kind  string // the document kind's name (data/document), for file dialogs
	Write func(io.Writer, *issuelist.List) error
}

// formats are the formats by file extension.
var formats = map[string]Format{
	".docx": {"docx", issuedocx.Write},
	".xlsx": {"xlsx", issuexlsx.Write},
}

// ForPath returns the format a file name asks for by its extension (.docx or .xlsx).
func ForPath(path string) (Format, bool) {
	f, ok := formats[strings.ToLower(filepath.Ext(path))]
	return f, ok
}
