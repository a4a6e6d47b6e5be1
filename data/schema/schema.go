// Package schema declares the 2021 national format of the annual report on government
// information disclosure (国办公开办函〔2021〕30号) once, as data. Forms, rules, exports and
// importers all walk these declarations instead of repeating labels or keys.
package schema

// Format is the version string of the format declared here.
const Format = "2021"

// Kind says what a cell holds.
type Kind uint8

const (
	// Count is a non-negative whole number (件数, 决定数量).
	Count Kind = iota
	// Money is a non-negative amount in 万元, meaningful to 4 decimals.
	Money
)

// Section is one of the six top-level parts of the report.
type Section struct {
	Key     string // s1 … s6
	Heading string // 一、总体情况 …
	Table   string // key of the table the section holds ("" for narrative sections)
}

// Narrative is a free-text field of the report.
type Narrative struct {
	Key     string // s1.intro, s1.active … s5, s6
	Section string // the section the field belongs to
	Heading string // official sub-heading, "" where the field has none
}

// Table is one of the three statistical tables.
type Table struct {
	Key     string // t2, t3, t4
	Name    string // 表二, 表三, 表四
	Section string
	Heading string
	Note    string // table 3's top-left note, verbatim
	Blocks  []Block
}

// Block is a part of a table with its own column set: table 2 has four (one per 第二十条 item),
// tables 3 and 4 have one each.
type Block struct {
	Heading string // 第二十条第（一）项 for table 2, "" otherwise
	Columns []Column
	Rows    []Row
}

// Column is a column of a block; in table 4 the columns are the five result columns that repeat
// in each of the three groups.
type Column struct {
	Key   string
	Label string
	Group string // header spanning several columns, e.g. 法人或其他组织
	Total bool   // the column is the sum of the block's other columns
	// Short is a compact label for narrow grids (defaults to Label).
	Short string
}

// Row is a row of a block; in table 4 each "row" is one of the three groups laid out side by side.
type Row struct {
	Key     string
	Label   string
	Group   string   // first-level group label spanning rows, e.g. 三、本年度办理结果
	Sub     string   // second-level group label, e.g. （三）不予公开
	Super   string   // table 4: header over several groups, e.g. 行政诉讼
	Leaf    bool     // table 3: one of the 21 leaf result rows summed into （七）总计
	Total   bool     // the row is the sum of the leaf rows
	Aliases []string // other spellings met in published reports
	Kind    Kind
}

// Header labels that are not cells but appear in every official layout.
const (
	// InfoContent heads the label column of each table-2 block.
	InfoContent = "信息内容"
	// Applicants spans the seven column headers of table 3.
	Applicants = "申请人情况"
	// Litigation spans the two court groups of table 4.
	Litigation = "行政诉讼"
)

var t2 = Table{
	Key:     "t2",
	Name:    "表二",
	Section: "s2",
	Heading: "二、主动公开政府信息情况",
	Blocks: []Block{
		{
			Heading: "第二十条第（一）项",
			Columns: []Column{
				{Key: "issued", Label: "本年制发件数"},
				{Key: "repealed", Label: "本年废止件数"},
				{Key: "in_force", Label: "现行有效件数"},
			},
			Rows: []Row{
				{Key: "rules", Label: "规章"},
				{Key: "normative", Label: "行政规范性文件", Aliases: []string{"规范性文件"}},
			},
		},
		{
			Heading: "第二十条第（五）项",
			Columns: []Column{{Key: "decisions", Label: "本年处理决定数量"}},
			Rows:    []Row{{Key: "license", Label: "行政许可"}},
		},
		{
			Heading: "第二十条第（六）项",
			Columns: []Column{{Key: "decisions", Label: "本年处理决定数量"}},
			Rows: []Row{
				{Key: "penalty", Label: "行政处罚"},
				{Key: "coercion", Label: "行政强制"},
			},
		},
		{
			Heading: "第二十条第（八）项",
			Columns: []Column{{Key: "amount", Label: "本年收费金额（单位：万元）", Short: "收费金额（万元）"}},
			Rows:    []Row{{Key: "fees", Label: "行政事业性收费", Kind: Money}},
		},
	},
}

const (
	t3Results = "三、本年度办理结果"
	t3Denied  = "（三）不予公开"
	t3Unable  = "（四）无法提供"
	t3Reject  = "（五）不予处理"
	t3Other   = "（六）其他处理"
)

var t3 = Table{
	Key:     "t3",
	Name:    "表三",
	Section: "s3",
	Heading: "三、收到和处理政府信息公开申请情况",
	Note:    "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
	Blocks: []Block{{
		Columns: []Column{
			{Key: "natural", Label: "自然人"},
			{Key: "commercial", Label: "商业企业", Group: "法人或其他组织"},
			{Key: "research", Label: "科研机构", Group: "法人或其他组织"},
			{Key: "social", Label: "社会公益组织", Group: "法人或其他组织"},
			{Key: "legal", Label: "法律服务机构", Group: "法人或其他组织"},
			{Key: "other", Label: "其他", Group: "法人或其他组织"},
			{Key: "total", Label: "总计", Total: true},
		},
		Rows: []Row{
			{Key: "new", Label: "一、本年新收政府信息公开申请数量"},
			{Key: "carried", Label: "二、上年结转政府信息公开申请数量"},
			{Key: "granted", Label: "（一）予以公开", Group: t3Results, Leaf: true},
			{Key: "partial", Label: "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", Group: t3Results, Leaf: true,
				Aliases: []string{"（二）部分公开"}},
			{Key: "denied.secret", Label: "1.属于国家秘密", Group: t3Results, Sub: t3Denied, Leaf: true},
			{Key: "denied.law", Label: "2.其他法律行政法规禁止公开", Group: t3Results, Sub: t3Denied, Leaf: true},
			{Key: "denied.safety", Label: "3.危及“三安全一稳定”", Group: t3Results, Sub: t3Denied, Leaf: true},
			{Key: "denied.third_party", Label: "4.保护第三方合法权益", Group: t3Results, Sub: t3Denied, Leaf: true},
			{Key: "denied.internal", Label: "5.属于三类内部事务信息", Group: t3Results, Sub: t3Denied, Leaf: true},
			{Key: "denied.process", Label: "6.属于四类过程性信息", Group: t3Results, Sub: t3Denied, Leaf: true},
			{Key: "denied.enforcement", Label: "7.属于行政执法案卷", Group: t3Results, Sub: t3Denied, Leaf: true},
			{Key: "denied.query", Label: "8.属于行政查询事项", Group: t3Results, Sub: t3Denied, Leaf: true},
			{Key: "unable.not_held", Label: "1.本机关不掌握相关政府信息", Group: t3Results, Sub: t3Unable, Leaf: true},
			{Key: "unable.needs_creation", Label: "2.没有现成信息需要另行制作", Group: t3Results, Sub: t3Unable, Leaf: true},
			{Key: "unable.unclear", Label: "3.补正后申请内容仍不明确", Group: t3Results, Sub: t3Unable, Leaf: true},
			{Key: "rejected.petition", Label: "1.信访举报投诉类申请", Group: t3Results, Sub: t3Reject, Leaf: true},
			{Key: "rejected.duplicate", Label: "2.重复申请", Group: t3Results, Sub: t3Reject, Leaf: true},
			{Key: "rejected.publication", Label: "3.要求提供公开出版物", Group: t3Results, Sub: t3Reject, Leaf: true},
			{Key: "rejected.excessive", Label: "4.无正当理由大量反复申请", Group: t3Results, Sub: t3Reject, Leaf: true},
			{Key: "rejected.confirm", Label: "5.要求行政机关确认或重新出具已获取信息", Group: t3Results, Sub: t3Reject, Leaf: true},
			{Key: "other.no_correction", Label: "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", Group: t3Results, Sub: t3Other, Leaf: true},
			{Key: "other.no_fee", Label: "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", Group: t3Results, Sub: t3Other, Leaf: true},
			{Key: "other.other", Label: "3.其他", Group: t3Results, Sub: t3Other, Leaf: true},
			{Key: "result_total", Label: "（七）总计", Group: t3Results, Total: true},
			{Key: "carry_next", Label: "四、结转下年度继续办理"},
		},
	}},
}

var t4 = Table{
	Key:     "t4",
	Name:    "表四",
	Section: "s4",
	Heading: "四、政府信息公开行政复议、行政诉讼情况",
	Blocks: []Block{{
		Columns: []Column{
			{Key: "upheld", Label: "结果维持"},
			{Key: "corrected", Label: "结果纠正"},
			{Key: "other", Label: "其他结果"},
			{Key: "pending", Label: "尚未审结"},
			{Key: "total", Label: "总计", Total: true},
		},
		Rows: []Row{
			{Key: "review", Label: "行政复议"},
			{Key: "direct", Label: "未经复议直接起诉", Super: Litigation},
			{Key: "after_review", Label: "复议后起诉", Super: Litigation},
		},
	}},
}

var sections = []Section{
	{Key: "s1", Heading: "一、总体情况"},
	{Key: "s2", Heading: "二、主动公开政府信息情况", Table: "t2"},
	{Key: "s3", Heading: "三、收到和处理政府信息公开申请情况", Table: "t3"},
	{Key: "s4", Heading: "四、政府信息公开行政复议、行政诉讼情况", Table: "t4"},
	{Key: "s5", Heading: "五、存在的主要问题及改进情况"},
	{Key: "s6", Heading: "六、其他需要报告的事项"},
}

var narratives = []Narrative{
	{Key: "s1.intro", Section: "s1"},
	{Key: "s1.active", Section: "s1", Heading: "（一）主动公开"},
	{Key: "s1.request", Section: "s1", Heading: "（二）依申请公开"},
	{Key: "s1.management", Section: "s1", Heading: "（三）政府信息管理"},
	{Key: "s1.platform", Section: "s1", Heading: "（四）政府信息公开平台建设"},
	{Key: "s1.oversight", Section: "s1", Heading: "（五）监督保障"},
	{Key: "s5", Section: "s5"},
	{Key: "s6", Section: "s6"},
}

var tables = []*Table{&t2, &t3, &t4}
