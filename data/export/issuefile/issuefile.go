// Package issuefile is the one list of the file formats a 问题清单 is written in, by extension,
// for the CLI and the app alike.
package issuefile

import (
	"io"

	"nianbao/data/document"
	"nianbao/data/export/issuedocx"
	"nianbao/data/export/issuexlsx"
	"nianbao/data/issuelist"
)

// Format is one file format of the 问题清单.
type Format struct {
	Kind  string // the document kind's name (data/document), for file dialogs
	Write func(io.Writer, *issuelist.List) error
}

// formats are the formats, by the document kinds whose extensions they are written under.
var formats = []Format{
	{"docx", issuedocx.Write},
	{"xlsx", issuexlsx.Write},
}

// ForPath returns the format a file name asks for by its extension (a Word or Excel file).
func ForPath(path string) (Format, bool) {
	k, ok := document.KindOf(path)
	if !ok {
		return Format{}, false
	}
	return Named(k.Name)
}

// Named returns the format of a document kind ("docx", "xlsx").
func Named(kind string) (Format, bool) {
	for _, f := range formats {
		if f.Kind == kind {
			return f, true
		}
	}
	return Format{}, false
}
