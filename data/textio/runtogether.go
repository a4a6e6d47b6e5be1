package textio

import "nianbao/data/schema"

// sectionNorms are the normalised section headings in order.
var sectionNorms = func() []string {
	var n []string
	for _, s := range schema.Sections() {
		n = append(n, schema.Normalize(s.Heading))
	}
	return n
}()

// splitRunTogether cuts the lines of a document in which no line starts with a section heading
// (a crawled page whose body is one long line) at the section headings, found in official order,
// so that each heading stands on a line of its own. The pieces keep their original line number.
func splitRunTogether(lines []line) []line {
	var out []line
	next := 0
	for _, ln := range lines {
		nt := newNormText(ln.text)
		cur := 0 // normalised position of the text not yet emitted
		for {
			// The earliest heading of a later section; a section a report leaves out is skipped.
			found, fs, fe := -1, 0, 0
			for k := next; k < len(sectionNorms); k++ {
				if s, e, ok := nt.index(sectionNorms[k], cur); ok && (found < 0 || s < fs) {
					found, fs, fe = k, s, e
				}
			}
			if found < 0 {
				break
			}
			out = append(out, line{no: ln.no, text: nt.rawSlice(cur, fs)}, line{no: ln.no, text: nt.rawSlice(fs, fe)})
			cur, next = fe, found+1
		}
		out = append(out, line{no: ln.no, text: nt.rawSlice(cur, len(nt.norm))})
	}
	return out
}
