package report

import (
	"fmt"
	"strings"
	"unicode"
)

// State is what a cell holds.
type State uint8

const (
	// Blank is a cell never filled; it is a finding, and relations that read it are uncertain.
	Blank State = iota
	// Number is a filled cell; 0 is a number.
	Number
	// NotApplicable is a cell a report marked "/", "—", "不适用" or "无".
	NotApplicable
	// Invalid is a cell holding text that is no value ("5x", "abc"): kept exactly as written, so
	// that what the user sees is what is stored, and an error (CELL-INVALID) until corrected.
	Invalid
)

// Value is one cell: its state, for State Number its number, for State Invalid its text.
type Value struct {
	State State
	N     Fixed
	Text  string
}

// Num returns a number value.
func Num(n Fixed) Value { return Value{State: Number, N: n} }

// Count returns a whole-number value.
func Count(n int64) Value { return Value{State: Number, N: Int(n)} }

// InvalidText returns a cell holding text that is not a value, kept as written.
func InvalidText(text string) Value { return Value{State: Invalid, Text: text} }

// IsNumber reports whether v holds a number.
func (v Value) IsNumber() bool { return v.State == Number }

// String formats v as a report writes it: the number, "/" for not applicable, the text as
// written for an invalid cell, "" for blank.
func (v Value) String() string {
	switch v.State {
	case Number:
		return v.N.String()
	case NotApplicable:
		return "/"
	case Invalid:
		return v.Text
	}
	return ""
}

// ReadCell reads a cell as typed or written, like ParseValue, but never drops what it cannot
// read: text that is no value becomes an Invalid cell holding the text exactly as written.
func ReadCell(s string) Value {
	v, err := ParseValue(s)
	if err != nil {
		return InvalidText(s)
	}
	return v
}

// Problem says in Chinese what is wrong with an invalid cell's text ("" for any other cell).
func (v Value) Problem() string {
	if v.State != Invalid {
		return ""
	}
	if _, err := ParseValue(v.Text); err != nil {
		return err.Error()
	}
	return ""
}

// notApplicableMarks are what published reports write in a cell that does not apply.
var notApplicableMarks = map[string]bool{
	"/": true, "／": true, "-": true, "—": true, "－": true, "--": true, "——": true, "–": true,
	"不适用": true, "无": true, "\\": true,
}

// ParseValue reads a cell as typed by a user or written in a published report. It accepts
// full-width digits, thousands separators (1,234 / 1，234), surrounding spaces and a trailing
// 件/万元/元; blank text gives a Blank value and the marks of not applicable give NotApplicable.
// The error is a Chinese phrase for the user; callers add which cell it was.
func ParseValue(s string) (Value, error) {
	t := strings.TrimFunc(s, func(r rune) bool { return unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff' })
	if t == "" {
		return Value{}, nil
	}
	if notApplicableMarks[t] {
		return Value{State: NotApplicable}, nil
	}
	var b strings.Builder
	for _, r := range t {
		switch {
		case r >= '０' && r <= '９':
			b.WriteRune(r - '０' + '0')
		case r == '．' || r == '。':
			b.WriteByte('.')
		case r == '－' || r == '−':
			b.WriteByte('-')
		case r == '＋':
			b.WriteByte('+')
		case r == ',' || r == '，':
			// thousands separator: dropped
		default:
			b.WriteRune(r)
		}
	}
	num := b.String()
	for _, unit := range []string{"万元", "元", "件", "个", "次", "条"} {
		if rest, ok := strings.CutSuffix(num, unit); ok {
			num = strings.TrimSpace(rest)
			break
		}
	}
	f, err := ParseFixed(num)
	if err != nil {
		if err == ErrSyntax {
			return Value{}, fmt.Errorf("“%s”%s，请填写数字（不适用填“/”）", clip(t, 20), err)
		}
		return Value{}, fmt.Errorf("“%s”%s", clip(t, 20), err)
	}
	return Num(f), nil
}

// clip shortens s to n runes for messages.
func clip(s string, n int) string {
	r := []rune(strings.ToValidUTF8(s, "�"))
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}
