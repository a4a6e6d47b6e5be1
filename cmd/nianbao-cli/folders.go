package main

import (
	"io"

	"nianbao/data/docio"
)

// expandFolders replaces each folder among paths by the report files in it. A folder that cannot
// be read or holds none is reported on stderr and sets *status to 2; the rest go on.
func expandFolders(paths []string, stderr io.Writer, status *int) []string {
	var files []string
	for _, p := range paths {
		more, err := docio.Expand(p)
		if err != nil {
			printErr(stderr, "", err)
			*status = 2
		}
		files = append(files, more...)
	}
	return files
}
