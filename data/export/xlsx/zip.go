package xlsx

import (
	"archive/zip"
	"bytes"
	"errors"
	"io"
	"io/fs"
	"slices"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"
)

// zipTime is the modification time of every entry: the earliest a zip file can record, as
// reproducible builds use.
var zipTime = time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC)

// stableZip collects the parts excelize writes and stores them in a fixed order with a fixed
// time on Close. excelize writes streamed sheets in map order, so without it the same report
// would give different bytes from run to run.
type stableZip struct {
	w     io.Writer
	parts map[string]*bytes.Buffer
}

func newStableZip(w io.Writer) excelize.ZipWriter {
	return &stableZip{w: w, parts: map[string]*bytes.Buffer{}}
}

// Create starts a part.
func (z *stableZip) Create(name string) (io.Writer, error) {
	if _, dup := z.parts[name]; dup {
		return nil, errors.New("xlsx: duplicate part " + name)
	}
	b := &bytes.Buffer{}
	z.parts[name] = b
	return b, nil
}

// AddFS is not used by excelize when saving; it is part of the interface only.
func (z *stableZip) AddFS(fs.FS) error {
	return errors.New("xlsx: AddFS not supported")
}

// Close writes the parts: [Content_Types].xml and the package relationships first, as Office
// writes them, then the rest by name.
func (z *stableZip) Close() error {
	names := make([]string, 0, len(z.parts))
	for n := range z.parts {
		names = append(names, n)
	}
	rank := func(n string) int {
		switch {
		case n == "[Content_Types].xml":
			return 0
		case strings.HasPrefix(n, "_rels/"):
			return 1
		}
		return 2
	}
	slices.SortFunc(names, func(a, b string) int {
		if ra, rb := rank(a), rank(b); ra != rb {
			return ra - rb
		}
		return strings.Compare(a, b)
	})
	zw := zip.NewWriter(z.w)
	for _, n := range names {
		fw, err := zw.CreateHeader(&zip.FileHeader{Name: n, Method: zip.Deflate, Modified: zipTime})
		if err != nil {
			return err
		}
		if _, err := fw.Write(z.parts[n].Bytes()); err != nil {
			return err
		}
	}
	return zw.Close()
}
