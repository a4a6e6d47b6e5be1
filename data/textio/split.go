package textio

import "strings"

// maxDigits is the longest number a count cell can hold (report.ParseFixed refuses more than
// 10^12), so a run of digits never forms a part longer than this.
const maxDigits = 13

// splitRun divides the value tokens of a run-together row into exactly n cells, but only when
// that can be done in a single way. Crawled pages lose the separators between cells
// (「640020470」 for seven cells); a token made of digits may then stand for several cells. A
// number is never written with a leading zero, so 「0000000」 is seven zeros and 「500000 5」
// is 5,0,0,0,0,0,5; 「640020470」 into seven cells has several readings and is refused here.
// Tokens with anything but digits (「12.5」, 「/」, 「1,234」) are one cell each. readings is the
// number of readings, capped at 2. No arithmetic is used here; a row with several readings may
// still be cut by its sum relation (splitBySum), which the importer then reports as inferred.
func splitRun(tokens []string, n int) (vals []string, readings int) {
	if len(tokens) == 0 || len(tokens) > n {
		return nil, 0
	}
	// ways[t][k]: readings of token t as k cells, capped at 2 (we only need 0, 1 or "many").
	ways := make([][]int, len(tokens))
	for t, tok := range tokens {
		ways[t] = tokenWays(tok, n)
	}
	// total[t][m]: readings of tokens[:t] as m cells, capped at 2.
	total := make([][]int, len(tokens)+1)
	for t := range total {
		total[t] = make([]int, n+1)
	}
	total[0][0] = 1
	for t := range tokens {
		for m := 0; m <= n; m++ {
			if total[t][m] == 0 {
				continue
			}
			for k := 1; m+k <= n; k++ {
				total[t+1][m+k] = min(2, total[t+1][m+k]+total[t][m]*ways[t][k])
			}
		}
	}
	if readings = total[len(tokens)][n]; readings != 1 {
		return nil, readings
	}
	// Exactly one reading: walk back to find how many cells each token holds.
	counts := make([]int, len(tokens))
	m := n
	for t := len(tokens) - 1; t >= 0; t-- {
		for k := 1; k <= m; k++ {
			if ways[t][k] > 0 && total[t][m-k] > 0 {
				counts[t] = k
				break
			}
		}
		m -= counts[t]
	}
	for t, tok := range tokens {
		vals = append(vals, splitToken(tok, counts[t])...)
	}
	return vals, 1
}

// tokenWays returns, for k = 0…n, how many ways tok reads as k cells (capped at 2).
func tokenWays(tok string, n int) []int {
	w := make([]int, n+1)
	if !isDigits(tok) {
		w[1] = 1
		return w
	}
	if len(tok) > n*maxDigits {
		return w
	}
	f := prefixWays(tok, n)
	copy(w, f[len(tok)])
	return w
}

// prefixWays[i][k]: readings of tok[:i] as k cells with no leading zeros, capped at 2.
func prefixWays(tok string, n int) [][]int {
	f := make([][]int, len(tok)+1)
	for i := range f {
		f[i] = make([]int, n+1)
	}
	f[0][0] = 1
	for i := 1; i <= len(tok); i++ {
		for j := max(0, i-maxDigits); j < i; j++ {
			if tok[j] == '0' && i-j > 1 {
				continue
			}
			for k := 1; k <= n; k++ {
				f[i][k] = min(2, f[i][k]+f[j][k-1])
			}
		}
	}
	return f
}

// splitToken cuts tok into k cells along its only reading (the caller has checked there is one).
func splitToken(tok string, k int) []string {
	if k == 1 {
		return []string{tok}
	}
	f := prefixWays(tok, k)
	parts := make([]string, k)
	i := len(tok)
	for c := k; c > 0; c-- {
		for j := max(0, i-maxDigits); j < i; j++ {
			if (tok[j] != '0' || i-j == 1) && f[j][c-1] > 0 {
				parts[c-1] = tok[j:i]
				i = j
				break
			}
		}
	}
	return parts
}

func isDigits(s string) bool {
	return s != "" && strings.Trim(s, "0123456789") == ""
}
