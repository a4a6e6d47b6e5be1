package main

import (
	"errors"
	"flag"
	"fmt"
	"io"

	"nianbao/data/errtext"
)

// newFlags returns the flag set of a subcommand. It prints nothing itself: parseFlags says what
// went wrong, in Chinese, and prints the command's own usage.
func newFlags(name string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	return fs
}

// parseFlags parses args with fs, accepting flags before, between and after the other arguments
// (everything after "--" is an argument), and returns the other arguments. When ok is false the
// command is over and exits with code: 0 after -h or --help (usage printed to stdout), 2 after a
// usage error (the message and the usage on stderr). Nothing has been opened or created by then.
func parseFlags(fs *flag.FlagSet, usage string, args []string, stdout, stderr io.Writer) (pos []string, code int, ok bool) {
	for {
		err := fs.Parse(args)
		if errors.Is(err, flag.ErrHelp) {
			fmt.Fprintln(stdout, usage)
			return nil, 0, false
		}
		if err != nil {
			return nil, usageError(stderr, fs.Name(), usage, "%s", errtext.Of(err)), false
		}
		rest := fs.Args()
		if used := len(args) - len(rest); used > 0 && args[used-1] == "--" || len(rest) == 0 {
			return append(pos, rest...), 0, true
		}
		pos, args = append(pos, rest[0]), rest[1:]
	}
}

// usageError prints what is wrong with a command's arguments and its usage, and returns exit
// status 2.
func usageError(stderr io.Writer, name, usage, format string, args ...any) int {
	fmt.Fprintf(stderr, "nianbao-cli %s：%s\n%s\n", name, fmt.Sprintf(format, args...), usage)
	return 2
}

// printErr prints an error of a command for the user: the command's name and the message, with
// what libraries say in English translated (errtext).
func printErr(w io.Writer, name string, err error) {
	if name != "" {
		name = " " + name
	}
	fmt.Fprintf(w, "nianbao-cli%s：%s\n", name, errtext.Of(err))
}
