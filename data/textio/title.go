package textio

import (
	"strconv"
	"strings"

	"nianbao/data/assemble"
)

// parseTitle reads agency and year from a line that is a title. A leading 「标题:」 (crawler
// headers) and Markdown markers are ignored.
func parseTitle(line string) (agency string, year int, ok bool) {
	s := cleanHeading(line)
	for _, p := range []string{"标题:", "标题："} {
		s = trimLine(strings.TrimPrefix(s, p))
	}
	return assemble.ParseTitle(s)
}

// writeTitle is the title line an exporter writes; it is what parseTitle reads back.
func writeTitle(agency string, year int) string {
	if year == 0 {
		if agency == "" {
			return ""
		}
		return agency + assemble.TitleSuffix
	}
	return agency + strconv.Itoa(year) + "年" + assemble.TitleSuffix
}
