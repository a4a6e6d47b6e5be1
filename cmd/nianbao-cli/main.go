// Command nianbao-cli is 年报通 without a window: batch checks, conversions and the history store,
// for servers and scripts. It is pure Go and needs no display.
package main

import (
	"fmt"
	"io"
	"os"
	"sort"

	"nianbao"
)

// command is one subcommand; run gets the arguments after the subcommand name and returns the
// exit status (0 fine, 1 findings of error severity, 2 unreadable input or bad usage). Each parses
// its arguments with a flag set of its own (parseFlags) before it opens or creates anything:
// -h prints its usage to stdout and exits 0.
type command struct {
	summary string
	run     func(args []string, stdout, stderr io.Writer) int
}

// commands is filled by each subcommand's file, so adding one touches no other file.
var commands = map[string]command{}

func register(name, summary string, run func(args []string, stdout, stderr io.Writer) int) {
	commands[name] = command{summary: summary, run: run}
}

func main() {
	os.Exit(dispatch(os.Args[1:], os.Stdout, os.Stderr))
}

func dispatch(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		usage(stderr)
		return 2
	}
	if args[0] == "-h" || args[0] == "-help" || args[0] == "--help" || args[0] == "help" {
		usage(stdout)
		return 0
	}
	if args[0] == "--version" || args[0] == "version" {
		fmt.Fprintln(stdout, "nianbao-cli", nianbao.BuildLabel())
		return 0
	}
	cmd, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(stderr, "nianbao-cli：未知的子命令 %q\n\n", args[0])
		usage(stderr)
		return 2
	}
	return cmd.run(args[1:], stdout, stderr)
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "用法：nianbao-cli <子命令> [参数]（--version 显示版本）")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-8s %s\n", n, commands[n].summary)
	}
}
