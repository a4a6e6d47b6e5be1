package report

import (
	"strings"
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

// AgencyOrder compares agency names as CompareAgencies does, keeping one sort key per distinct
// name, so a long list is sorted without a collation per comparison. The zero value is not
// usable: make one with NewAgencyOrder for each sort.
type AgencyOrder map[string]string

// NewAgencyOrder returns an empty AgencyOrder.
func NewAgencyOrder() AgencyOrder { return AgencyOrder{} }

// Compare orders a and b by pinyin.
func (o AgencyOrder) Compare(a, b string) int { return strings.Compare(o.key(a), o.key(b)) }

func (o AgencyOrder) key(name string) string {
	k, ok := o[name]
	if !ok {
		k = agencyKey(name)
		o[name] = k
	}
	return k
}

// agencyKey is a sort key for an agency name: keys compare as strings in CompareAgencies' order.
func agencyKey(name string) string {
	agencyCollator.Lock()
	defer agencyCollator.Unlock()
	key := string(agencyCollator.KeyFromString(&agencyCollator.buf, name))
	agencyCollator.buf.Reset()
	return key
}
