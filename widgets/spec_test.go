package widgets_test

import "nianbao/widgets"

// table3Spec is the layout of table 3 of the 2021 format (25 rows × 7 data columns under 3 label
// columns), written out here because widgets must not import the report format.
func table3Spec() widgets.GridSpec {
	input := func(total bool) []widgets.GridCell {
		cells := make([]widgets.GridCell, 7)
		for i := range cells {
			cells[i].Editable = !total && i < 6
		}
		return cells
	}
	row := func(labels ...widgets.HeaderCell) widgets.GridRow {
		return widgets.GridRow{Labels: labels, Cells: input(false)}
	}
	l := func(text string) widgets.HeaderCell { return widgets.HeaderCell{Text: text} }
	group := func(text string, rows int) widgets.HeaderCell { return widgets.HeaderCell{Text: text, Span: rows} }

	rows := []widgets.GridRow{
		row(l("一、本年新收政府信息公开申请数量")),
		row(l("二、上年结转政府信息公开申请数量")),
		row(group("三、本年度办理结果", 22), l("（一）予以公开")),
		row(l("（二）部分公开（区分处理的，只计这一情形，不计其他情形）")),
		row(group("（三）不予公开", 8), l("1.属于国家秘密")),
		row(l("2.其他法律行政法规禁止公开")),
		row(l("3.危及“三安全一稳定”")),
		row(l("4.保护第三方合法权益")),
		row(l("5.属于三类内部事务信息")),
		row(l("6.属于四类过程性信息")),
		row(l("7.属于行政执法案卷")),
		row(l("8.属于行政查询事项")),
		row(group("（四）无法提供", 3), l("1.本机关不掌握相关政府信息")),
		row(l("2.没有现成信息需要另行制作")),
		row(l("3.补正后申请内容仍不明确")),
		row(group("（五）不予处理", 5), l("1.信访举报投诉类申请")),
		row(l("2.重复申请")),
		row(l("3.要求提供公开出版物")),
		row(l("4.无正当理由大量反复申请")),
		row(l("5.要求行政机关确认或重新出具已获取信息")),
		row(group("（六）其他处理", 3), l("1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请")),
		row(l("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请")),
		row(l("3.其他")),
		{Labels: []widgets.HeaderCell{l("（七）总计")}, Cells: input(true)},
		row(l("四、结转下年度继续办理")),
	}
	return widgets.GridSpec{
		Corner: "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
		HeaderRows: [][]widgets.HeaderCell{
			{{Text: "申请人情况", Span: 7}},
			{l("自然人"), {Text: "法人或其他组织", Span: 5}, l("总计")},
			{l(""), l("商业企业"), l("科研机构"), l("社会公益组织"), l("法律服务机构"), l("其他"), l("")},
		},
		LabelCols: 3,
		Rows:      rows,
		Columns:   7,
	}
}
