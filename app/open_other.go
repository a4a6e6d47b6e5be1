//go:build !windows

package app

import (
	"os/exec"
	"runtime"
)

// openWithSystem opens a file or folder in the program the desktop associates with it: the PDF
// viewer for 打印, the file manager for 打开所在文件夹.
func openWithSystem(path string) error {
	name, args := openCommand(runtime.GOOS, path)
	cmd := exec.Command(name, args...)
	if err := cmd.Start(); err != nil {
		return err
	}
	// Reap the child when it exits so it does not linger as a zombie.
	go func() { _ = cmd.Wait() }()
	return nil
}

// printWithSystem opens the file in its viewer, from whose print dialog the user prints: Linux
// and macOS desktops have no print verb for a file.
func printWithSystem(path string) error {
	return openWithSystem(path)
}

// openCommand is the command that opens path on goos. The path is one argument of its own,
// never put through a shell, so spaces and any characters in it need no quoting.
func openCommand(goos, path string) (string, []string) {
	if goos == "darwin" {
		return "open", []string{path}
	}
	return "xdg-open", []string{path}
}
