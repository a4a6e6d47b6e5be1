package textio

import (
	"nianbao/data/assemble"
	"nianbao/data/schema"
)

// overview handles a line of 一、总体情况, cut into its sub-items as every document kind's are
// (assemble.SubItems).
func (p *parser) overview(text string) {
	for _, part := range assemble.SubItems(text, p.subItem) {
		p.startSubItem(part.N)
		p.addPara(part.Text)
	}
}

func (p *parser) startSubItem(n int) {
	p.subItem, p.field = n, schema.OverviewKeys()[n]
}

func (p *parser) addPara(s string) {
	if s = trimLine(s); s != "" {
		p.paras[p.field] = append(p.paras[p.field], s)
	}
}
