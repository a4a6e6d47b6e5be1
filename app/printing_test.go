package app

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// fakeMachine is a machine for planPrint: the programs installed, what each command prints,
// and what was started or run.
type fakeMachine struct {
	display  string
	programs []string
	answers  map[string]string // "lpstat -p" → its output
	failing  map[string]bool   // commands that exit with an error
	ran      []string
}

func (m *fakeMachine) env() printEnv {
	return printEnv{
		goos:   "linux",
		getenv: func(k string) string { return map[string]string{"DISPLAY": m.display}[k] },
		lookPath: func(f string) (string, error) {
			if slices.Contains(m.programs, f) {
				return "/usr/bin/" + f, nil
			}
			return "", errors.New("not found")
		},
		output: func(name string, args ...string) ([]byte, error) {
			cmd := strings.Join(append([]string{name}, args...), " ")
			m.ran = append(m.ran, cmd)
			key := strings.Join(append([]string{name}, args...)[:min(2, len(args)+1)], " ")
			if m.failing[key] {
				return []byte(m.answers[key]), errors.New("exit status 1")
			}
			return []byte(m.answers[key]), nil
		},
		start: func(name string, args ...string) error {
			m.ran = append(m.ran, "start "+strings.Join(append([]string{name}, args...), " "))
			if m.failing[name] {
				return errors.New("exec: " + name + ": failed")
			}
			return nil
		},
	}
}

const lpstatP = "printer 财务室 is idle.  enabled since Mon 01 Dec 2026\nprinter old disabled since Sun\nprinter HP_LaserJet now printing HP-3.  enabled since Tue\n"

func TestPlanPrintPrefersTheDesktopViewer(t *testing.T) {
	m := &fakeMachine{display: ":0", programs: []string{"xdg-open", "xdg-mime", "lp", "lpstat"},
		answers: map[string]string{"xdg-mime query": "org.gnome.Evince.desktop\n", "lpstat -p": lpstatP}}
	plan, err := startPrint(m.env(), planPrint(m.env()), "/tmp/a b.pdf")
	if err != nil || plan.way != printViewer {
		t.Fatalf("plan %+v, %v; want the viewer", plan, err)
	}
	if !slices.Contains(m.ran, "start xdg-open /tmp/a b.pdf") {
		t.Errorf("ran %q, want xdg-open of the file", m.ran)
	}
}

// Without a display, or with no application for PDFs but 年报通, the viewer is not used: xdg-open
// would return before failing, or import the PDF, and nobody would see it printed.
func TestPlanPrintUsesLpWithoutAViewer(t *testing.T) {
	for name, m := range map[string]*fakeMachine{
		"no display": {programs: []string{"xdg-open", "lp", "lpstat"}, answers: map[string]string{
			"lpstat -p": lpstatP, "lpstat -d": "system default destination: HP_LaserJet\n"}},
		"no pdf app": {display: ":0", programs: []string{"xdg-open", "xdg-mime", "lp", "lpstat"}, answers: map[string]string{
			"xdg-mime query": "\n", "lpstat -p": lpstatP, "lpstat -d": "system default destination: HP_LaserJet\n"}},
		// 年报通's own entry would import the PDF, not show it.
		"only 年报通": {display: ":0", programs: []string{"xdg-open", "xdg-mime", "lp", "lpstat"}, answers: map[string]string{
			"xdg-mime query": "org.nianbao.desktop.desktop\n", "lpstat -p": lpstatP, "lpstat -d": "system default destination: HP_LaserJet\n"}},
	} {
		plan := planPrint(m.env())
		if plan.way != printLp || !slices.Equal(plan.printers, []string{"财务室", "HP_LaserJet"}) || plan.defaultPrinter != "HP_LaserJet" {
			t.Errorf("%s: plan %+v, want lp with the two enabled printers and the default", name, plan)
		}
	}
}

func TestPlanPrintNowhere(t *testing.T) {
	for name, m := range map[string]*fakeMachine{
		"nothing":          {},
		"lp but no server": {programs: []string{"lp", "lpstat"}, failing: map[string]bool{"lpstat -p": true}},
		"no printers":      {programs: []string{"lp", "lpstat"}, answers: map[string]string{"lpstat -p": "", "lpstat -d": "no system default destination\n"}},
	} {
		if plan := planPrint(m.env()); plan.way != printNowhere {
			t.Errorf("%s: plan %+v, want nowhere", name, plan)
		}
	}
}

// A viewer that cannot start falls back to lp, and the failure is kept for the message.
func TestStartPrintFallsBackWhenTheViewerFails(t *testing.T) {
	m := &fakeMachine{display: ":0", programs: []string{"xdg-open", "lp", "lpstat"},
		answers: map[string]string{"lpstat -p": lpstatP}, failing: map[string]bool{"xdg-open": true}}
	plan, err := startPrint(m.env(), planPrint(m.env()), "/tmp/x.pdf")
	if plan.way != printLp || err == nil {
		t.Errorf("plan %+v, err %v; want lp and the viewer's failure", plan, err)
	}
	m.programs = []string{"xdg-open"}
	if plan, err := startPrint(m.env(), planPrint(m.env()), "/tmp/x.pdf"); plan.way != printNowhere || err == nil {
		t.Errorf("plan %+v, err %v; want nowhere and the viewer's failure", plan, err)
	}
}

func TestStartPrintWindowsUsesTheShell(t *testing.T) {
	var got string
	env := printEnv{goos: "windows", shellPrint: func(p string) error { got = p; return nil }}
	if plan, err := startPrint(env, planPrint(env), `C:\报告 1.pdf`); plan.way != printShell || err != nil || got != `C:\报告 1.pdf` {
		t.Errorf("plan %+v, %v, printed %q", plan, err, got)
	}
	env.shellPrint = func(string) error { return errors.New("no association") }
	if plan, err := startPrint(env, planPrint(env), `C:\x.pdf`); plan.way != printNowhere || err == nil {
		t.Errorf("failed shell: plan %+v, %v; want nowhere with the cause", plan, err)
	}
}

func TestLpPrintReportsTheJobOrWhatLpSaid(t *testing.T) {
	m := &fakeMachine{answers: map[string]string{"lp -d": "request id is 财务室-12 (1 file(s))\n"}}
	job, err := lpPrint(m.env(), "财务室", "/tmp/-x.pdf")
	if err != nil || job != "财务室-12" {
		t.Errorf("job %q, %v", job, err)
	}
	if !slices.Contains(m.ran, "lp -d 财务室 -- /tmp/-x.pdf") {
		t.Errorf("ran %q; the path must follow --", m.ran)
	}
	m.failing = map[string]bool{"lp -d": true}
	m.answers["lp -d"] = "lp: The printer or class does not exist.\n"
	if _, err := lpPrint(m.env(), "gone", "/tmp/x.pdf"); err == nil || !strings.Contains(err.Error(), "does not exist") {
		t.Errorf("err %v, want lp's own words", err)
	}
}

// Only files older than a day go: a viewer opened by 打印 may still be reading a newer one.
func TestCleanPrintTempKeepsRecentFiles(t *testing.T) {
	dir := t.TempDir()
	now := time.Now()
	old, recent := filepath.Join(dir, "old.pdf"), filepath.Join(dir, "recent.pdf")
	for _, p := range []string{old, recent} {
		if err := os.WriteFile(p, []byte("%PDF"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Chtimes(old, now.Add(-25*time.Hour), now.Add(-25*time.Hour)); err != nil {
		t.Fatal(err)
	}
	cleanPrintTemp(dir, now, printTempMaxAge)
	if _, err := os.Stat(old); !os.IsNotExist(err) {
		t.Error("a two-day-old print file was kept")
	}
	if _, err := os.Stat(recent); err != nil {
		t.Errorf("a fresh print file was removed: %v", err)
	}
}

// The kept copy never overwrites a file the user already has, and the temporary file goes.
func TestKeepPrintCopyDoesNotOverwrite(t *testing.T) {
	tmpDir, docs := t.TempDir(), t.TempDir()
	tmp := filepath.Join(tmpDir, "nianbao-1.pdf")
	os.WriteFile(tmp, []byte("new"), 0o600)
	os.WriteFile(filepath.Join(docs, "2023 年报.pdf"), []byte("mine"), 0o600)
	got, err := keepPrintCopy(tmp, docs, "2023 年报.pdf")
	if err != nil || got != filepath.Join(docs, "2023 年报 (2).pdf") {
		t.Fatalf("kept at %q, %v", got, err)
	}
	if b, _ := os.ReadFile(filepath.Join(docs, "2023 年报.pdf")); string(b) != "mine" {
		t.Error("the user's file was overwritten")
	}
	if b, _ := os.ReadFile(got); string(b) != "new" {
		t.Error("the copy does not hold the PDF")
	}
	if _, err := os.Stat(tmp); !os.IsNotExist(err) {
		t.Error("the temporary file is still there")
	}
}

// printHarness is a window with a report open whose 打印 sees m, keeping PDFs in docs, with
// its temporary files in a folder of the test's own.
func printHarness(t *testing.T, m *fakeMachine) (h *harness, docs string) {
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	t.Setenv("TMP", tmp)
	h = newHarness(t)
	h.openNew("测试县民政局", 2024)
	docs = t.TempDir()
	h.w.printEnv = m.env()
	h.w.printEnv.documents = func() string { return docs }
	return h, docs
}

// With no viewer and no printer, 打印 says so and names the PDF it kept in 文档.
func TestPrintWithNothingToPrintNamesTheKeptPDF(t *testing.T) {
	h, docs := printHarness(t, &fakeMachine{})
	h.w.print()
	msg := h.overlayText()
	kept, _ := filepath.Glob(filepath.Join(docs, "*.pdf"))
	if len(kept) != 1 {
		t.Fatalf("kept %q in 文档, want one PDF", kept)
	}
	for _, want := range []string{"没有能打印或打开 PDF 的程序", kept[0], "请用 PDF 阅读器打开它后打印"} {
		if !strings.Contains(msg, want) {
			t.Errorf("message %q lacks %q", msg, want)
		}
	}
	if left, _ := os.ReadDir(printTempDir()); len(left) != 0 {
		t.Errorf("temporary files left: %v", left)
	}
	tapInDialog(t, h, "关闭")
}

// With lp's printers and no viewer, 打印 asks which printer (the default chosen), sends the PDF
// there, says which job it became, and removes the spooled temporary file.
func TestPrintThroughLpAsksForThePrinter(t *testing.T) {
	m := &fakeMachine{programs: []string{"lp", "lpstat"}, answers: map[string]string{
		"lpstat -p": lpstatP, "lpstat -d": "system default destination: HP_LaserJet\n",
		"lp -d": "request id is HP_LaserJet-7 (1 file(s))\n"}}
	h, _ := printHarness(t, m)
	h.w.print()
	tapInDialog(t, h, "打印")
	if n := slices.IndexFunc(m.ran, func(c string) bool { return strings.HasPrefix(c, "lp -d HP_LaserJet -- ") }); n < 0 {
		t.Fatalf("ran %q, want lp to the default printer", m.ran)
	}
	if msg := h.overlayText(); !strings.Contains(msg, "已发送到打印机「HP_LaserJet」（任务 HP_LaserJet-7）") {
		t.Errorf("message %q", msg)
	}
	if left, _ := os.ReadDir(printTempDir()); len(left) != 0 {
		t.Errorf("temporary files left after lp: %v", left)
	}
}

// A printer that refuses the job is named with lp's words, and the PDF is kept.
func TestPrintThroughLpThatFailsKeepsThePDF(t *testing.T) {
	m := &fakeMachine{programs: []string{"lp", "lpstat"},
		answers: map[string]string{"lpstat -p": lpstatP, "lp -d": "lp: Printer is not accepting jobs.\n"},
		failing: map[string]bool{"lp -d": true}}
	h, docs := printHarness(t, m)
	h.w.print()
	tapInDialog(t, h, "打印")
	kept, _ := filepath.Glob(filepath.Join(docs, "*.pdf"))
	msg := h.overlayText()
	if len(kept) != 1 || !strings.Contains(msg, "打印机「财务室」没有接受打印任务") || !strings.Contains(msg, "not accepting jobs") || !strings.Contains(msg, kept[0]) {
		t.Errorf("kept %q, message %q", kept, msg)
	}
}

// A report with errors is printed only after the user agreed, as it is exported.
func TestPrintWarnsAboutErrors(t *testing.T) {
	h, docs := printHarness(t, &fakeMachine{})
	h.unbalanceTable3()
	h.w.print()
	if msg := h.overlayText(); !strings.Contains(msg, "仍要打印吗") {
		t.Fatalf("no warning before printing: %q", msg)
	}
	if kept, _ := filepath.Glob(filepath.Join(docs, "*.pdf")); len(kept) != 0 {
		t.Fatalf("printed before the user agreed: %q", kept)
	}
	tapInDialog(t, h, "仍然打印")
	if kept, _ := filepath.Glob(filepath.Join(docs, "*.pdf")); len(kept) != 1 {
		t.Errorf("kept %q after 仍然打印, want one PDF", kept)
	}
}
