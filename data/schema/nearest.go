package schema

import "unicode/utf8"

// NearestRow finds the row of table t whose label is clearly the nearest to a label that
// MatchRow does not match: one written with a character missing, added or wrong (typing and OCR
// errors: 「行政许司」, 「本机关不掌握相关政府信」). It matches only when the nearest label is few
// edits away for its length and every other label of the table is further,
// so that a label halfway between two rows (「行政处可」: 行政许可 or 行政处罚?) matches none.
func NearestRow(t *Table, label, sub string) (*Block, *Row, bool) {
	got := []rune(stripNumbering(Normalize(label)))
	if len(got) < minNearRunes {
		return nil, nil, false
	}
	ns := Normalize(sub)
	var (
		blk          *Block
		row          *Row
		best, second = -1, -1
	)
	for b := range t.Blocks {
		for r := range t.Blocks[b].Rows {
			rw := &t.Blocks[b].Rows[r]
			if ns != "" && rw.Sub != "" && Normalize(rw.Sub) != ns {
				continue
			}
			d := -1 // the row's distance: its nearest label or alias
			for _, cand := range rowLabels(rw) {
				want := []rune(stripNumbering(Normalize(cand)))
				if e := editDistance(got, want, maxNearEdits+2); d < 0 || e < d {
					d = e
				}
			}
			switch {
			case best < 0 || d < best:
				second, best = best, d
				blk, row = &t.Blocks[b], rw
			case second < 0 || d < second:
				second = d
			}
		}
	}
	if row == nil || best == 0 || best > allowedEdits(utf8.RuneCountInString(stripNumbering(Normalize(row.Label)))) ||
		(second >= 0 && second <= best) {
		return nil, nil, false
	}
	return blk, row, true
}

// minNearRunes: shorter labels (「其他」) are too short to tell a typing error from another word.
const minNearRunes = 4

// maxNearEdits is the most allowedEdits gives.
const maxNearEdits = 3

// allowedEdits is how many characters a label of n characters may have wrong and still be
// recognised: one in a short label, two in a line, three in a long one.
func allowedEdits(n int) int {
	switch {
	case n <= 6:
		return 1
	case n <= 15:
		return 2
	}
	return 3
}

// editDistance is the Levenshtein distance of a and b, or limit+1 once it exceeds limit (the
// labels compared are short; the bound keeps a long cell of text cheap).
func editDistance(a, b []rune, limit int) int {
	if d := len(a) - len(b); d > limit || -d > limit {
		return limit + 1
	}
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := range a {
		cur[0] = i + 1
		low := cur[0]
		for j := range b {
			cost := 1
			if a[i] == b[j] {
				cost = 0
			}
			cur[j+1] = min(prev[j]+cost, prev[j+1]+1, cur[j]+1)
			low = min(low, cur[j+1])
		}
		if low > limit {
			return limit + 1
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
