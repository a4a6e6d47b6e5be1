package report

import "strings"

// levelLinePrefix opens the line under the title with which every export states the agency's
// level, visibly, so that importing the file again gives it back (published reports do not
// state it, and it cannot always be guessed from the name).
const levelLinePrefix = "机关层级："

// LevelLine is the line an export writes under the title for a level, "" when it is unknown.
func LevelLine(l Level) string {
	if l == LevelUnknown {
		return ""
	}
	return levelLinePrefix + string(l)
}

// ParseLevelLine reads a line written by LevelLine (also with an ASCII colon or spaces); ok is
// false for any other line, and for a level that is not one of Levels.
func ParseLevelLine(line string) (Level, bool) {
	s := strings.TrimSpace(line)
	s = strings.Replace(s, ":", "：", 1)
	rest, found := strings.CutPrefix(s, levelLinePrefix)
	if !found {
		return LevelUnknown, false
	}
	rest = strings.TrimSpace(rest)
	for _, l := range Levels {
		if rest == string(l) {
			return l, true
		}
	}
	return LevelUnknown, false
}
