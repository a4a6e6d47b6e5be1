package report

import (
	"sync"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"
)

// agencyCollator orders names as a Chinese reader looks them up, by pinyin (丙, 城关, 甲 …), where
// code points would put 乙 before 甲. A Collator is not safe for concurrent use.
var agencyCollator = struct {
	sync.Mutex
	*collate.Collator
	buf collate.Buffer
}{Collator: collate.New(language.SimplifiedChinese)}

// CompareAgencies orders two agency names by pinyin, for choosers and short lists.
func CompareAgencies(a, b string) int {
	agencyCollator.Lock()
	defer agencyCollator.Unlock()
	return agencyCollator.CompareString(a, b)
}

// AgencyKey is a sort key for an agency name: keys compare as strings in CompareAgencies' order,
// so a long list is sorted with one key per distinct name instead of a collation per comparison.
func AgencyKey(name string) string {
	agencyCollator.Lock()
	defer agencyCollator.Unlock()
	key := string(agencyCollator.KeyFromString(&agencyCollator.buf, name))
	agencyCollator.buf.Reset()
	return key
}
