package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"nianbao/data/docio"
	"nianbao/data/errtext"
	"nianbao/data/export/issuefile"
	"nianbao/data/report"
	"nianbao/data/rules"
	"nianbao/data/store"
)

func init() {
	register("db", "历史库：导入、列出、查看、比较、汇总、备份和恢复各年度报告", runDB)
}

// dbUsage lists the db subcommands.
const dbUsage = `用法：nianbao-cli db [--db 数据库文件] <子命令>
  import 文件或文件夹...          导入报告（机关+年度相同的替换旧的，旧的留作修订记录）
  list [--json]                   列出库中所有报告及其错误、警告数
  show 机关名称 年度 [--json]     查看一份报告的检查结果（含与上一年度的比对）
  compare 机关名称 年度A 年度B [--json]  比较同一机关的两个年度
  rollup 机关名称 年度 [下级单位...]  把下级单位的表格数据汇总到本机关该年度的报告（文字保留；
                                  不写下级单位时用上次汇总的单位）
  units 本机关 年度 [--json] [--set 下级单位...]  各下级单位该年度报告的状态（未报/草稿/定稿/已发布、
                                  逾期）和错误、警告数；--set 重新指定下级单位
  findings 本机关 年度 -o 文件.docx|.xlsx  各下级单位的问题清单（每个单位一节，另附汇总和已核实事项）
  profile [show | set 文件 | clear]  查看、启用或停用本地区的规则配置（与年报通「设置」中的相同）
  publish 机关名称 年度 --date 发布日期 [--url 网址]  登记报告的发布日期和网址（--date "" 清除）
  rename 原名称 新名称             机关更名，或把同一机关的两种写法合并为一个（两者不能有相同年度）
  backup 文件                     把整个历史库备份到一个文件
  restore 文件                    从备份恢复（库中较新的报告不会被覆盖）
不指定 --db 时使用环境变量 ` + store.EnvPath + ` 或年报通自己的数据库。`

// dbCommand is a subcommand of db: its usage, its flags (names of dbArgs' fields: json, date,
// url, set), how many other arguments it takes, and the run on the open store. A command that only
// reads opens the store read-only: it never creates a database and works on one the user may not
// write.
type dbCommand struct {
	usage    string
	flags    []string
	min, max int // arguments besides flags; max -1: any number
	reads    bool
	valid    func(a dbArgs) error // what else the arguments must satisfy; nil: nothing
	run      func(ctx context.Context, st *store.Store, a dbArgs, stdout, stderr io.Writer) int
}

// dbArgs are a db subcommand's arguments as parsed.
type dbArgs struct {
	pos       []string // the arguments besides flags
	json      bool     // --json
	date, url string   // publish --date, --url
	dateGiven bool     // --date was given (--date "" clears the date)
	set       bool     // units --set: the arguments after the year are the units
	out       string   // findings -o: the output file
}

// define adds the flags named to fs.
func (a *dbArgs) define(fs *flag.FlagSet, names []string) {
	for _, name := range names {
		switch name {
		case "json":
			fs.BoolVar(&a.json, "json", false, "以 JSON 输出")
		case "date":
			fs.Func("date", "发布日期", func(v string) error { a.date, a.dateGiven = v, true; return nil })
		case "url":
			fs.StringVar(&a.url, "url", "", "网址")
		case "set":
			fs.BoolVar(&a.set, "set", false, "重新指定下级单位")
		case "out":
			fs.StringVar(&a.out, "o", "", "输出文件")
			fs.StringVar(&a.out, "out", "", "输出文件")
		}
	}
}

// dbCommands are the subcommands of db.
var dbCommands = map[string]dbCommand{
	"import":  {usage: "nianbao-cli db import 文件或文件夹...", min: 1, max: -1, run: dbImport},
	"list":    {usage: "nianbao-cli db list [--json]", flags: []string{"json"}, reads: true, run: dbList},
	"show":    {usage: "nianbao-cli db show 机关名称 年度 [--json]", flags: []string{"json"}, min: 2, max: 2, reads: true, run: dbShow},
	"compare": {usage: "nianbao-cli db compare 机关名称 年度A 年度B [--json]", flags: []string{"json"}, min: 3, max: 3, reads: true, run: dbCompare},
	"rollup":  {usage: "nianbao-cli db rollup 机关名称 年度 [下级单位...]", min: 2, max: -1, run: dbRollUp},
	"rename":  {usage: "nianbao-cli db rename 原名称 新名称", min: 2, max: 2, run: dbRename},
	"publish": {usage: "nianbao-cli db publish 机关名称 年度 --date 发布日期 [--url 网址]", flags: []string{"date", "url"}, min: 2, max: 2,
		valid: func(a dbArgs) error {
			if !a.dateGiven {
				return errors.New("要用 --date 写出发布日期")
			}
			return nil
		}, run: dbPublish},
	// units writes with --set.
	"units": {usage: "nianbao-cli db units 本机关 年度 [--json] [--set 下级单位...]", flags: []string{"json", "set"}, min: 2, max: -1,
		valid: func(a dbArgs) error {
			if !a.set && len(a.pos) > 2 {
				return errors.New("下级单位要写在 --set 之后")
			}
			return nil
		}, run: dbUnits},
	"findings": {usage: "nianbao-cli db findings 本机关 年度 -o 输出文件.docx|.xlsx", flags: []string{"out"}, min: 2, max: 2, reads: true,
		valid: func(a dbArgs) error {
			if _, ok := issuefile.ForPath(a.out); !ok {
				return errors.New("要用 -o 写出输出文件，以 .docx 或 .xlsx 结尾")
			}
			return nil
		}, run: dbFindings},
	// profile writes with set and clear.
	"profile": {usage: "nianbao-cli db profile [show | set 规则配置文件 | clear]", max: 2,
		valid: func(a dbArgs) error {
			switch p := a.pos; {
			case len(p) == 0, len(p) == 1 && (p[0] == "show" || p[0] == "clear"), len(p) == 2 && p[0] == "set":
				return nil
			}
			return errors.New("要写 show、set 规则配置文件 或 clear")
		}, run: dbProfile},
	"backup":  {usage: "nianbao-cli db backup 备份文件", min: 1, max: 1, reads: true, run: dbBackup},
	"restore": {usage: "nianbao-cli db restore 备份文件", min: 1, max: 1, run: dbRestore},
}

// runDB parses `db [--db PATH] SUBCOMMAND ARGS…` (--db is also accepted after the subcommand) and
// the subcommand's own flags and arguments, then opens the store and runs the subcommand.
// Nothing is opened or created before the arguments are known to be right.
func runDB(args []string, stdout, stderr io.Writer) int {
	path := ""
	top := newFlags("db")
	top.StringVar(&path, "db", "", "数据库文件")
	if err := top.Parse(args); errors.Is(err, flag.ErrHelp) {
		fmt.Fprintln(stdout, dbUsage)
		return 0
	} else if err != nil {
		return usageError(stderr, "db", dbUsage, "%s", errtext.Of(err))
	}
	rest := top.Args()
	if len(rest) == 0 {
		fmt.Fprintln(stderr, dbUsage)
		return 2
	}
	if rest[0] == "help" {
		fmt.Fprintln(stdout, dbUsage)
		return 0
	}
	name := rest[0]
	cmd, ok := dbCommands[name]
	if !ok {
		return usageError(stderr, "db", dbUsage, "未知的子命令 %q", name)
	}
	usage := "用法：" + cmd.usage + "\n（--db 数据库文件 可写在子命令前后；不写时用环境变量 " + store.EnvPath + " 或年报通自己的数据库）"
	var a dbArgs
	fs := newFlags("db " + name)
	fs.StringVar(&path, "db", path, "数据库文件")
	a.define(fs, cmd.flags)
	pos, code, ok := parseFlags(fs, usage, rest[1:], stdout, stderr)
	if !ok {
		return code
	}
	if len(pos) < cmd.min || cmd.max >= 0 && len(pos) > cmd.max {
		return usageError(stderr, "db "+name, usage, "参数个数不对（写了 %d 个）", len(pos))
	}
	a.pos = pos
	if cmd.valid != nil {
		if err := cmd.valid(a); err != nil {
			return usageError(stderr, "db "+name, usage, "%v", err)
		}
	}
	if path == "" {
		var err error
		if path, err = store.DefaultPath(); err != nil {
			printErr(stderr, "db", err)
			return 2
		}
	}
	open := store.Open
	if cmd.reads {
		open = store.OpenReadOnly
	}
	st, err := open(path)
	if err != nil {
		printErr(stderr, "db", err)
		return 2
	}
	defer st.Close()
	if err := st.Verify(context.Background()); err != nil {
		printErr(stderr, "db", err)
		return 2
	}
	return cmd.run(context.Background(), st, a, stdout, stderr)
}

// parseYear reads a year as users write it: 2023 or 2023年.
func parseYear(s string) (int, error) {
	y, err := strconv.Atoi(strings.TrimSuffix(strings.TrimSpace(s), "年"))
	if err != nil {
		return 0, fmt.Errorf("年度“%s”不是数字，请写成 2023 这样的四位年份", s)
	}
	return y, nil
}

// writeJSON prints v indented, with Chinese left readable.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// importOutcomeText says what db import did with a file's report.
var importOutcomeText = map[store.Outcome]string{
	store.Added:     "新增",
	store.Replaced:  "替换（原内容已保留为修订记录）",
	store.Unchanged: "未变（与库中内容相同）",
}

// dbImport adds or replaces each file's report and says what it did; a file that cannot be read
// is reported and the others are still imported.
func dbImport(ctx context.Context, st *store.Store, a dbArgs, stdout, stderr io.Writer) int {
	code := 0
	for _, file := range expandFolders(a.pos, stderr, &code) {
		r, err := docio.Open(file)
		if err != nil {
			printErr(stderr, "db import", err) // docio names the file
			code = 2
			continue
		}
		info, outcome, err := st.Import(ctx, r)
		if err != nil {
			fmt.Fprintf(stderr, "nianbao-cli db import：%s：%s\n", file, errtext.Of(err))
			code = 2
			continue
		}
		fmt.Fprintf(stdout, "%s %d年：%s，错误 %d 个，警告 %d 个，空白单元格 %d 个（%s）\n",
			r.Meta.Agency, r.Meta.Year, importOutcomeText[outcome], info.Errors, info.Warnings, info.Blanks, file)
	}
	return code
}

// listJSON is one element of `db list --json`: agency, year, status, errors and warnings are the
// spec's contract; blanks, updated, due, published, url and late are additions. published is null
// while the report is not published.
type listJSON struct {
	Agency    string        `json:"agency"`
	Year      int           `json:"year"`
	Status    report.Status `json:"status"`
	Errors    int           `json:"errors"`
	Warnings  int           `json:"warnings"`
	Blanks    int           `json:"blanks"`
	Updated   time.Time     `json:"updated"`
	Due       string        `json:"due"`
	Published *string       `json:"published"`
	URL       string        `json:"url"`
	Late      bool          `json:"late"`
}

// optionalDate is a stored date for JSON: null when there is none.
func optionalDate(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func dbList(ctx context.Context, st *store.Store, a dbArgs, stdout, stderr io.Writer) int {
	asJSON := a.json
	list, err := st.List(ctx)
	if err != nil {
		printErr(stderr, "db list", err)
		return 2
	}
	if asJSON {
		out := make([]listJSON, len(list))
		for i, s := range list {
			out[i] = listJSON{Agency: s.Agency, Year: s.Year, Status: s.Status, Errors: s.Errors,
				Warnings: s.Warnings, Blanks: s.Blanks, Updated: s.Updated, Due: report.FormatDate(s.Due),
				Published: optionalDate(s.Published), URL: s.URL, Late: s.Late}
		}
		if err := writeJSON(stdout, out); err != nil {
			printErr(stderr, "db list", err)
			return 2
		}
		return 0
	}
	if len(list) == 0 {
		fmt.Fprintln(stdout, "库中还没有报告。用 nianbao-cli db import 文件 导入。")
		return 0
	}
	for _, s := range list {
		fmt.Fprintf(stdout, "%s\t%d年\t%s\t错误 %d\t警告 %d\t空白 %d\t%s\t修改于 %s\n", s.Agency, s.Year, s.Status.Label(),
			s.Errors, s.Warnings, s.Blanks, dueText(s), s.Updated.Format("2006-01-02 15:04"))
	}
	return 0
}

// dbShow prints a stored report's findings, the year-over-year rules run against the stored
// previous year. Exit status as for check: 1 when a finding is an error.
func dbShow(ctx context.Context, st *store.Store, a dbArgs, stdout, stderr io.Writer) int {
	asJSON, rest := a.json, a.pos
	year, err := parseYear(rest[1])
	if err != nil {
		printErr(stderr, "db show", err)
		return 2
	}
	r, fs, err := st.Check(ctx, rest[0], year)
	if err != nil {
		printErr(stderr, "db show", err)
		if errors.Is(err, store.ErrNotFound) {
			fmt.Fprintln(stderr, "用 nianbao-cli db list 查看库中有哪些报告。")
		}
		return 2
	}
	errs, warns, infos := rules.Counts(fs)
	if asJSON {
		if err := writeJSON(stdout, newReportJSON(r.Source.File, r, fs)); err != nil {
			printErr(stderr, "db show", err)
			return 2
		}
	} else {
		fmt.Fprintf(stdout, "%s\n错误 %d 个，警告 %d 个，提示 %d 个，空白单元格 %d 个\n", r.Title(), errs, warns, infos, rules.BlankCells(r))
		severity := map[rules.Severity]string{rules.Error: "错误", rules.Warning: "警告", rules.Info: "提示"}
		for _, f := range fs {
			fmt.Fprintf(stdout, "  %s [%s] %s\n", severity[f.Severity], f.Rule, f.Message)
		}
	}
	if errs > 0 {
		return 1
	}
	return 0
}

func dbBackup(ctx context.Context, st *store.Store, a dbArgs, stdout, stderr io.Writer) int {
	args := a.pos
	if err := st.Backup(ctx, args[0]); err != nil {
		printErr(stderr, "db backup", err)
		return 2
	}
	list, err := st.List(ctx)
	if err != nil {
		printErr(stderr, "db backup", err)
		return 2
	}
	fmt.Fprintf(stdout, "已把 %d 份报告（含全部修订记录）备份到 %s\n", len(list), args[0])
	return 0
}

func dbRestore(ctx context.Context, st *store.Store, a dbArgs, stdout, stderr io.Writer) int {
	args := a.pos
	res, err := st.Restore(ctx, args[0])
	if err != nil {
		printErr(stderr, "db restore", err)
		return 2
	}
	for _, k := range res.Added {
		fmt.Fprintf(stdout, "新增：%s %d年\n", k.Agency, k.Year)
	}
	for _, k := range res.Replaced {
		fmt.Fprintf(stdout, "替换：%s %d年（备份中的较新，本机原内容已保留为修订记录）\n", k.Agency, k.Year)
	}
	for _, s := range res.Skipped {
		why := "与备份相同"
		if s.Local.After(s.Backup) {
			why = fmt.Sprintf("本机的修改（%s）比备份（%s）新，保留本机的", s.Local.Format("2006-01-02 15:04"), s.Backup.Format("2006-01-02 15:04"))
		}
		fmt.Fprintf(stdout, "跳过：%s %d年（%s）\n", s.Key.Agency, s.Key.Year, why)
	}
	fmt.Fprintf(stdout, "恢复完成：新增 %d 份，替换 %d 份，跳过 %d 份\n", len(res.Added), len(res.Replaced), len(res.Skipped))
	return 0
}
