package app

import (
	"errors"
	"fmt"
	"io"
	"nianbao/data/store"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// printEnv is the machine as 打印 sees it. The fields are functions so that tests decide what is
// installed and what each command answers, without printers or a desktop.
type printEnv struct {
	goos string
	// shellPrint, set on Windows only, hands a file to its handler's print verb.
	shellPrint func(path string) error
	getenv     func(key string) string
	lookPath   func(file string) (string, error)
	// output runs a command to its end (in the C locale, so lpstat's answers can be read) and
	// returns what it printed.
	output func(name string, args ...string) ([]byte, error)
	// start launches a program and does not wait for it: the viewer stays open after 打印.
	start func(name string, args ...string) error
	// documents is the folder a PDF is kept in when nothing prints it (filechooser.DocumentsDir).
	documents func() string
}

// printWay is how a PDF gets printed on this machine.
type printWay int

const (
	// printNowhere: nothing here can print or open the PDF; a copy is kept for the user.
	printNowhere printWay = iota
	// printShell: Windows's print verb.
	printShell
	// printViewer: the desktop's PDF viewer, from whose print dialog the user prints.
	printViewer
	// printLp: CUPS's lp, to a printer the user picks.
	printLp
)

// printPlan is what planPrint found: the way, the viewer's opener, and lp's printers.
type printPlan struct {
	way      printWay
	opener   string
	printers []string
	// defaultPrinter is lpstat's system default, empty when there is none.
	defaultPrinter string
}

// planPrint decides how to print. A viewer comes first because its dialog offers everything a
// printer can do (copies, pages, duplex); lp with a printer chooser is for machines with
// printers but no desktop PDF viewer.
func planPrint(env printEnv) printPlan {
	if env.shellPrint != nil {
		return printPlan{way: printShell}
	}
	if env.goos == "darwin" {
		return printPlan{way: printViewer, opener: "open"}
	}
	if hasPDFViewer(env) {
		return printPlan{way: printViewer, opener: "xdg-open"}
	}
	if printers, def := lpPrinters(env); len(printers) > 0 {
		return printPlan{way: printLp, printers: printers, defaultPrinter: def}
	}
	return printPlan{way: printNowhere}
}

// ownDesktopEntry is the name packaging/dist.sh gives 年报通's menu entry, which offers it for
// PDFs (to import them), and so may be the desktop's only application for them.
const ownDesktopEntry = store.AppID + ".desktop"

// hasPDFViewer says whether xdg-open would show a PDF: a display to show it on, xdg-open, and
// (when xdg-mime is there to ask) an application for PDFs other than 年报通, which would import
// the PDF instead of printing it. xdg-open itself returns before the viewer fails, so what it
// would do is asked first.
func hasPDFViewer(env printEnv) bool {
	if env.getenv("DISPLAY") == "" && env.getenv("WAYLAND_DISPLAY") == "" {
		return false
	}
	if _, err := env.lookPath("xdg-open"); err != nil {
		return false
	}
	if _, err := env.lookPath("xdg-mime"); err != nil {
		return true
	}
	out, err := env.output("xdg-mime", "query", "default", "application/pdf")
	app := strings.TrimSpace(string(out))
	return err == nil && app != "" && app != ownDesktopEntry
}

// lpPrinters lists the enabled printers lpstat knows, and its default destination.
func lpPrinters(env printEnv) (printers []string, def string) {
	if _, err := env.lookPath("lp"); err != nil {
		return nil, ""
	}
	if _, err := env.lookPath("lpstat"); err != nil {
		return nil, ""
	}
	out, err := env.output("lpstat", "-p")
	if err != nil {
		return nil, ""
	}
	for _, line := range strings.Split(string(out), "\n") {
		f := strings.Fields(line)
		if len(f) >= 2 && f[0] == "printer" && !strings.Contains(line, " disabled") {
			printers = append(printers, f[1])
		}
	}
	if out, err := env.output("lpstat", "-d"); err == nil {
		if _, name, ok := strings.Cut(string(out), "system default destination:"); ok {
			def = strings.TrimSpace(name)
		}
	}
	return printers, def
}

// startPrint hands path to the plan's program. When that fails the plan falls back to lp, or to
// keeping a copy, and the failure is returned so the message can name it.
func startPrint(env printEnv, plan printPlan, path string) (printPlan, error) {
	var err error
	switch plan.way {
	case printShell:
		err = env.shellPrint(path)
	case printViewer:
		err = env.start(plan.opener, path)
	default:
		return plan, nil
	}
	if err == nil {
		return plan, nil
	}
	if env.lookPath != nil {
		if printers, def := lpPrinters(env); len(printers) > 0 {
			return printPlan{way: printLp, printers: printers, defaultPrinter: def}, err
		}
	}
	return printPlan{way: printNowhere}, err
}

// lpPrint sends path to printer and returns the job CUPS gave it (「request id is P-12 (1
// file(s))」). lp has copied the file to the spooler when it returns, so the file may go.
func lpPrint(env printEnv, printer, path string) (job string, err error) {
	out, err := env.output("lp", "-d", printer, "--", path)
	text := strings.TrimSpace(string(out))
	if err != nil {
		if text != "" {
			return "", fmt.Errorf("%s", text)
		}
		return "", err
	}
	if _, rest, ok := strings.Cut(text, "request id is "); ok {
		if id, _, _ := strings.Cut(rest, " "); id != "" {
			return id, nil
		}
	}
	return text, nil
}

// printTempDir holds the PDFs 打印 writes, and only those, so cleaning it touches nothing else.
func printTempDir() string {
	return filepath.Join(os.TempDir(), "nianbao-print")
}

// printTempMaxAge is how long a printed PDF is kept: a viewer opened from 打印 may still be
// reading it after the app has quit, so only day-old files are removed.
const printTempMaxAge = 24 * time.Hour

// cleanPrintTemp removes the files in dir last written before now-maxAge. It runs when the app
// starts and when it quits; errors are ignored because a file still open elsewhere (Windows)
// is simply tried again next time.
func cleanPrintTemp(dir string, now time.Time, maxAge time.Duration) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		info, err := e.Info()
		if err != nil || !info.Mode().IsRegular() || now.Sub(info.ModTime()) < maxAge {
			continue
		}
		_ = os.Remove(filepath.Join(dir, e.Name()))
	}
}

// keepPrintCopy moves the temporary PDF to dir under name, not overwriting a file already
// there (「name (2).pdf」…), so the user can find it when nothing here prints it.
func keepPrintCopy(tmp, dir, name string) (string, error) {
	ext := filepath.Ext(name)
	base := strings.TrimSuffix(name, ext)
	for i := 1; i < 100; i++ {
		dst := filepath.Join(dir, name)
		if i > 1 {
			dst = filepath.Join(dir, fmt.Sprintf("%s (%d)%s", base, i, ext))
		}
		out, err := os.OpenFile(dst, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
		if errors.Is(err, os.ErrExist) {
			continue
		}
		if err != nil {
			return "", err
		}
		in, err := os.Open(tmp)
		if err == nil {
			_, err = io.Copy(out, in)
			in.Close()
		}
		if cerr := out.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			os.Remove(dst)
			return "", err
		}
		os.Remove(tmp)
		return dst, nil
	}
	return "", fmt.Errorf("%s 中同名文件过多", dir)
}
