package report

import (
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// MaxAgencyRunes bounds an agency name: the longest real names (a 街道 under a 区 of a 市 with its
// full 办事处 title) are about 40 characters.
const MaxAgencyRunes = 100

// CheckAgency returns the agency name as it is to be stored (trimmed) or a message saying what is
// wrong with it. Every entry point (new report, import, rename, roll-up) goes through it, so that a
// stored name can always be shown, typed again, and used in a file name: it holds no control
// characters (NUL, newline), no bidirectional or invisible format characters (U+202E would make
// a name display exactly like another agency's) and no path separators.
func CheckAgency(name string) (string, error) {
	name = strings.TrimSpace(name)
	if name == "" {
		return "", errors.New("机关名称不能为空")
	}
	if !utf8.ValidString(name) {
		return "", errors.New("机关名称含有无法识别的字符（不是有效的 UTF-8 文字）")
	}
	if n := utf8.RuneCountInString(name); n > MaxAgencyRunes {
		return "", fmt.Errorf("机关名称有 %d 个字，超过了 %d 个字的上限", n, MaxAgencyRunes)
	}
	for i, r := range name {
		switch {
		case r == '/' || r == '\\':
			return "", fmt.Errorf("机关名称第 %d 个字是斜杠「%c」，机关名称中不能有斜杠", runePos(name, i), r)
		case unicode.IsControl(r):
			return "", fmt.Errorf("机关名称第 %d 个字是控制字符（U+%04X，如换行、制表符），请删去", runePos(name, i), r)
		case unicode.Is(unicode.Cf, r), r == '\u2028', r == '\u2029':
			return "", fmt.Errorf("机关名称第 %d 个字是不可见的格式字符（U+%04X），请删去", runePos(name, i), r)
		}
	}
	return name, nil
}

// runePos is the 1-based character position of byte offset i in s.
func runePos(s string, i int) int { return utf8.RuneCountInString(s[:i]) + 1 }
