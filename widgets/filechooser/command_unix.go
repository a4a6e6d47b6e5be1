//go:build !windows

package filechooser

import (
	"strconv"
	"strings"
)

// dialogTool is a program that shows a desktop's own file dialog: zenity (GNOME, UOS, Kylin and
// most GTK desktops) or kdialog (KDE).
type dialogTool string

const (
	zenity  dialogTool = "zenity"
	kdialog dialogTool = "kdialog"
)

// pickTool chooses the dialog program: none without a display; kdialog first on KDE, where
// zenity's GTK dialog looks foreign; zenity first everywhere else.
func pickTool(getenv func(string) string, has func(string) bool) (dialogTool, bool) {
	if getenv("DISPLAY") == "" && getenv("WAYLAND_DISPLAY") == "" {
		return "", false
	}
	order := []dialogTool{zenity, kdialog}
	if strings.Contains(strings.ToUpper(getenv("XDG_CURRENT_DESKTOP")), "KDE") {
		order = []dialogTool{kdialog, zenity}
	}
	for _, t := range order {
		if has(string(t)) {
			return t, true
		}
	}
	return "", false
}

// commandArgs are the arguments that make tool show the dialog; start is the folder (with the
// suggested name for a save) the dialog opens at, and parent the X11 window it belongs to (0
// when unknown). Every value is an argument of its own, never put through a shell.
func commandArgs(tool dialogTool, mode dialogMode, opts Options, start string, parent uintptr, all string) []string {
	if tool == kdialog {
		args := []string{"--title", opts.Title}
		if parent != 0 {
			args = append(args, "--attach", strconv.FormatUint(uint64(parent), 10))
		}
		switch {
		case mode == modeOpen && opts.many:
			return append(args, "--getopenfilename", start, kdialogFilter(opts.Filters, all), "--multiple", "--separate-output")
		case mode == modeOpen:
			return append(args, "--getopenfilename", start, kdialogFilter(opts.Filters, all))
		case mode == modeSave:
			return append(args, "--getsavefilename", start, kdialogFilter(opts.Filters, all))
		default:
			return append(args, "--getexistingdirectory", start)
		}
	}
	args := []string{"--file-selection", "--title=" + opts.Title, "--filename=" + start, "--modal"}
	if parent != 0 {
		args = append(args, "--attach="+strconv.FormatUint(uint64(parent), 10))
	}
	switch {
	case mode == modeSave:
		args = append(args, "--save", "--confirm-overwrite")
	case mode == modeFolder:
		return append(args, "--directory")
	case opts.many:
		args = append(args, "--multiple", "--separator="+pathSeparator)
	}
	for _, f := range opts.Filters {
		args = append(args, "--file-filter="+f.Name+" | "+strings.Join(globs(f.Extensions), " "))
	}
	if len(opts.Filters) > 0 {
		args = append(args, "--file-filter="+all+" | *")
	}
	return args
}

// kdialogFilter is kdialog's filter argument: one 「patterns|name」 line per type, every file last.
func kdialogFilter(filters []Filter, all string) string {
	var lines []string
	for _, f := range filters {
		lines = append(lines, strings.Join(globs(f.Extensions), " ")+"|"+f.Name)
	}
	return strings.Join(append(lines, "*|"+all), "\n")
}

// globs are the patterns of extensions in both cases: the dialogs match case-sensitively, and
// files from Windows machines are often 「报告.PDF」.
func globs(exts []string) []string {
	var g []string
	for _, e := range exts {
		e = strings.ToLower(e)
		g = append(g, "*."+e)
		if up := strings.ToUpper(e); up != e {
			g = append(g, "*."+up)
		}
	}
	return g
}

// pathSeparator separates the paths zenity prints for several files, as kdialog's
// --separate-output does: a line each. A file name can hold zenity's default 「|」, and hardly ever
// a line break.
const pathSeparator = "\n"

// answerPaths are the paths a dialog program printed, a line each.
func answerPaths(out []byte) []string {
	var paths []string
	for _, line := range strings.Split(string(out), pathSeparator) {
		if line = strings.TrimRight(line, "\r"); line != "" {
			paths = append(paths, line)
		}
	}
	return paths
}
