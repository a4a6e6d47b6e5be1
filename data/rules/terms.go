package rules

// wrongTerms are misspellings of the format's terms that reached publication in real reports,
// each with the right term (TXT-TERM). Only sequences that are never right in a report belong
// here, so that the rule raises no false alarm.
var wrongTerms = []struct{ wrong, right string }{
	{"转结下年度", "结转下年度"},
	{"上年转结", "上年结转"},
	{"转结政府信息公开申请", "结转政府信息公开申请"},
	{"予已公开", "予以公开"},
	{"行政复义", "行政复议"},
	{"政府信息公开条列", "政府信息公开条例"},
	{"信息处里费", "信息处理费"},
	{"依申情公开", "依申请公开"},
	{"不于公开", "不予公开"},
	{"不予处里", "不予处理"},
}
