package summary

import (
	"strconv"

	"nianbao/data/report"
)

// Opening is the customary paragraph before 一、总体情况, generated from the report's metadata:
// the legal basis, what the report contains, the statistical period and whom to ask. The user
// edits it afterwards (adding the web address and contact details of the agency).
func Opening(m report.Meta) string {
	year := strconv.Itoa(m.Year)
	agency := m.Agency
	if agency == "" {
		agency = "本机关"
	}
	return "本报告由" + agency + "根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和" +
		"《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）要求编制。" +
		"全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、" +
		"政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。" +
		"本报告所列数据的统计期限自" + year + "年1月1日起至" + year + "年12月31日止。" +
		"如对本报告有疑问，请与" + agency + "联系。"
}
