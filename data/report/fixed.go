// Package report holds the report model: metadata, narrative fields and every cell of tables
// 2–4 with its state. It knows the schema but no rules, storage or file formats.
package report

import (
	"errors"
	"strconv"
	"strings"
)

// Scale is the number of Fixed units in 1: values keep 6 decimals, exact to the 分 for an amount
// in 万元 (reports publish fees as 0.012345 万元), with no binary floating point drift.
const Scale = 1_000_000

// decimals is the number of decimals Scale keeps.
const decimals = 6

// Fixed is a decimal number with 6 fixed decimals, stored as an integer count of 1/1000000.
type Fixed int64

// Int returns the Fixed for a whole number.
func Int(n int64) Fixed { return Fixed(n * Scale) }

// IsWhole reports whether f has no fraction.
func (f Fixed) IsWhole() bool { return f%Scale == 0 }

// Whole returns the integer part of f, truncated toward zero.
func (f Fixed) Whole() int64 { return int64(f / Scale) }

// Float returns f as a float64, for display and charts only; never compute with it.
func (f Fixed) Float() float64 { return float64(f) / Scale }

// String formats f with as few decimals as needed: 12, 12.5, 0.0001, -3.
func (f Fixed) String() string {
	neg := f < 0
	u := uint64(f)
	if neg {
		u = uint64(-f)
	}
	s := strconv.FormatUint(u/Scale, 10)
	if frac := u % Scale; frac != 0 {
		fs := strconv.FormatUint(frac+Scale, 10)[1:]
		s += "." + strings.TrimRight(fs, "0")
	}
	if neg {
		s = "-" + s
	}
	return s
}

// MarshalJSON writes f as a JSON number.
func (f Fixed) MarshalJSON() ([]byte, error) { return []byte(f.String()), nil }

// UnmarshalJSON reads a JSON number.
func (f *Fixed) UnmarshalJSON(b []byte) error {
	v, err := ParseFixed(string(b))
	if err != nil {
		return err
	}
	*f = v
	return nil
}

// Errors returned by ParseFixed; callers wrap them with the place they came from.
var (
	ErrSyntax    = errors.New("不是数字")
	ErrPrecision = errors.New("小数超过6位")
	ErrRange     = errors.New("数值过大")
)

// maxWhole keeps every sum of a report's cells, and a roll-up of a thousand units, far from
// int64 overflow; no count or amount in 万元 of a report comes near it.
const maxWhole = 1_000_000_000

// ParseFixed parses a plain ASCII decimal ("-12", "3.25", "0.0001"). Input normalisation
// (full-width digits, separators, units) belongs to ParseValue.
func ParseFixed(s string) (Fixed, error) {
	if s == "" {
		return 0, ErrSyntax
	}
	neg := false
	switch s[0] {
	case '-':
		neg, s = true, s[1:]
	case '+':
		s = s[1:]
	}
	whole, frac, _ := strings.Cut(s, ".")
	if whole == "" && frac == "" {
		return 0, ErrSyntax
	}
	if len(frac) > decimals {
		if strings.Trim(frac[decimals:], "0") != "" {
			return 0, ErrPrecision
		}
		frac = frac[:decimals]
	}
	var w uint64
	for _, r := range whole {
		if r < '0' || r > '9' {
			return 0, ErrSyntax
		}
		w = w*10 + uint64(r-'0')
		if w > maxWhole {
			return 0, ErrRange
		}
	}
	var fr uint64
	for i := range decimals {
		fr *= 10
		if i < len(frac) {
			r := frac[i]
			if r < '0' || r > '9' {
				return 0, ErrSyntax
			}
			fr += uint64(r - '0')
		}
	}
	v := Fixed(w*Scale + fr)
	if neg {
		v = -v
	}
	return v, nil
}
