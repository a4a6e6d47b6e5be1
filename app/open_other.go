//go:build !windows

package app

import (
	"context"
	"nianbao/widgets/filechooser"
	"os"
	"os/exec"
	"runtime"
	"time"
)

// openWithSystem opens a file or folder in the program the desktop associates with it: the PDF
// viewer for 打印, the file manager for 打开所在文件夹.
func openWithSystem(path string) error {
	name, args := openCommand(runtime.GOOS, path)
	return startDetached(name, args...)
}

// startDetached starts a program without waiting for it, and reaps it when it exits so it does
// not linger as a zombie.
func startDetached(name string, args ...string) error {
	cmd := exec.Command(name, args...)
	if err := cmd.Start(); err != nil {
		return err
	}
	go func() { _ = cmd.Wait() }()
	return nil
}

// realPrintEnv is this machine for planPrint: Linux and macOS have no print verb for a file, so
// 打印 goes through the PDF viewer or lp.
func realPrintEnv() printEnv {
	return printEnv{
		goos:     runtime.GOOS,
		getenv:   os.Getenv,
		lookPath: exec.LookPath,
		output: func(name string, args ...string) ([]byte, error) {
			// A printer that does not answer must not leave 打印 waiting for ever.
			ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
			defer cancel()
			cmd := exec.CommandContext(ctx, name, args...)
			cmd.Env = append(os.Environ(), "LC_ALL=C")
			return cmd.CombinedOutput()
		},
		start:     startDetached,
		documents: filechooser.DocumentsDir,
	}
}

// openCommand is the command that opens path on goos. The path is one argument of its own,
// never put through a shell, so spaces and any characters in it need no quoting.
func openCommand(goos, path string) (string, []string) {
	if goos == "darwin" {
		return "open", []string{path}
	}
	return "xdg-open", []string{path}
}
