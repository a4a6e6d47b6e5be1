package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"nianbao/data/docio"
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
  publish 机关名称 年度 --date 发布日期 [--url 网址]  登记报告的发布日期和网址（--date "" 清除）
  rename 原名称 新名称             机关更名，或把同一机关的两种写法合并为一个（两者不能有相同年度）
  backup 文件                     把整个历史库备份到一个文件
  restore 文件                    从备份恢复（库中较新的报告不会被覆盖）
不指定 --db 时使用环境变量 ` + store.EnvPath + ` 或年报通自己的数据库。`

// dbCommand is a subcommand of db; it runs on the open store. A command that only reads opens
// the store read-only: it never creates a database and works on one the user may not write.
type dbCommand struct {
	run   func(ctx context.Context, st *store.Store, args []string, stdout, stderr io.Writer) int
	reads bool
}

// dbCommands are the subcommands of db.
var dbCommands = map[string]dbCommand{
	"import":   {run: dbImport},
	"list":     {run: dbList, reads: true},
	"show":     {run: dbShow, reads: true},
	"compare":  {run: dbCompare, reads: true},
	"rollup":   {run: dbRollUp},
	"rename":   {run: dbRename},
	"publish":  {run: dbPublish},
	"units":    {run: dbUnits}, // --set writes
	"findings": {run: dbFindings, reads: true},
	"backup":   {run: dbBackup, reads: true},
	"restore":  {run: dbRestore},
}

// runDB parses `db [--db PATH] SUBCOMMAND ARGS…` (--db is also accepted after the subcommand),
// opens the store and runs the subcommand.
func runDB(args []string, stdout, stderr io.Writer) int {
	path := ""
	var rest []string
	for i := 0; i < len(args); i++ {
		switch a := args[i]; {
		case a == "--db" || a == "-db":
			if i+1 >= len(args) {
				fmt.Fprintln(stderr, "nianbao-cli db：--db 后面要写数据库文件的路径")
				return 2
			}
			path = args[i+1]
			i++
		case strings.HasPrefix(a, "--db="):
			path = strings.TrimPrefix(a, "--db=")
		default:
			rest = append(rest, a)
		}
	}
	if len(rest) == 0 || rest[0] == "-h" || rest[0] == "--help" || rest[0] == "help" {
		fmt.Fprintln(stderr, dbUsage)
		return 2
	}
	cmd, ok := dbCommands[rest[0]]
	if !ok {
		fmt.Fprintf(stderr, "nianbao-cli db：未知的子命令 %q\n\n%s\n", rest[0], dbUsage)
		return 2
	}
	if path == "" {
		var err error
		if path, err = store.DefaultPath(); err != nil {
			fmt.Fprintf(stderr, "nianbao-cli db：%v\n", err)
			return 2
		}
	}
	open := store.Open
	if cmd.reads {
		open = store.OpenReadOnly
	}
	st, err := open(path)
	if err != nil {
		fmt.Fprintf(stderr, "nianbao-cli db：%v\n", err)
		return 2
	}
	defer st.Close()
	return cmd.run(context.Background(), st, rest[1:], stdout, stderr)
}

// splitJSONFlag removes --json from args and reports whether it was there.
func splitJSONFlag(args []string) (bool, []string) {
	asJSON := false
	var rest []string
	for _, a := range args {
		if a == "--json" || a == "-json" {
			asJSON = true
		} else {
			rest = append(rest, a)
		}
	}
	return asJSON, rest
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
func dbImport(ctx context.Context, st *store.Store, args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprintln(stderr, "用法：nianbao-cli db import 文件或文件夹...")
		return 2
	}
	code := 0
	for _, file := range expandFolders(args, stderr, &code) {
		r, err := docio.Open(file)
		if err != nil {
			fmt.Fprintf(stderr, "nianbao-cli db import：%s：%v\n", file, err)
			code = 2
			continue
		}
		info, outcome, err := st.Import(ctx, r)
		if err != nil {
			fmt.Fprintf(stderr, "nianbao-cli db import：%s：%v\n", file, err)
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

func dbList(ctx context.Context, st *store.Store, args []string, stdout, stderr io.Writer) int {
	asJSON, rest := splitJSONFlag(args)
	if len(rest) > 0 {
		fmt.Fprintln(stderr, "用法：nianbao-cli db list [--json]")
		return 2
	}
	list, err := st.List(ctx)
	if err != nil {
		fmt.Fprintf(stderr, "nianbao-cli db list：%v\n", err)
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
			fmt.Fprintf(stderr, "nianbao-cli db list：%v\n", err)
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
func dbShow(ctx context.Context, st *store.Store, args []string, stdout, stderr io.Writer) int {
	asJSON, rest := splitJSONFlag(args)
	if len(rest) != 2 {
		fmt.Fprintln(stderr, "用法：nianbao-cli db show 机关名称 年度 [--json]")
		return 2
	}
	year, err := parseYear(rest[1])
	if err != nil {
		fmt.Fprintf(stderr, "nianbao-cli db show：%v\n", err)
		return 2
	}
	r, fs, err := st.Check(ctx, rest[0], year)
	if err != nil {
		fmt.Fprintf(stderr, "nianbao-cli db show：%v\n", err)
		if errors.Is(err, store.ErrNotFound) {
			fmt.Fprintln(stderr, "用 nianbao-cli db list 查看库中有哪些报告。")
		}
		return 2
	}
	errs, warns, infos := rules.Counts(fs)
	if asJSON {
		if err := writeJSON(stdout, newReportJSON(r.Source.File, r, fs)); err != nil {
			fmt.Fprintf(stderr, "nianbao-cli db show：%v\n", err)
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

func dbBackup(ctx context.Context, st *store.Store, args []string, stdout, stderr io.Writer) int {
	if len(args) != 1 {
		fmt.Fprintln(stderr, "用法：nianbao-cli db backup 备份文件")
		return 2
	}
	if err := st.Backup(ctx, args[0]); err != nil {
		fmt.Fprintf(stderr, "nianbao-cli db backup：%v\n", err)
		return 2
	}
	list, err := st.List(ctx)
	if err != nil {
		fmt.Fprintf(stderr, "nianbao-cli db backup：%v\n", err)
		return 2
	}
	fmt.Fprintf(stdout, "已把 %d 份报告（含全部修订记录）备份到 %s\n", len(list), args[0])
	return 0
}

func dbRestore(ctx context.Context, st *store.Store, args []string, stdout, stderr io.Writer) int {
	if len(args) != 1 {
		fmt.Fprintln(stderr, "用法：nianbao-cli db restore 备份文件")
		return 2
	}
	res, err := st.Restore(ctx, args[0])
	if err != nil {
		fmt.Fprintf(stderr, "nianbao-cli db restore：%v\n", err)
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
