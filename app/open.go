package app

import (
	"os/exec"
	"runtime"
)

// openWithSystem opens a file or folder in the program the system associates with it: the PDF
// viewer for 打印, the file manager for 打开所在文件夹.
func openWithSystem(path string) error {
	var cmd *exec.Cmd
	switch runtime.GOOS {
	case "windows":
		// start's first quoted argument is the window title; the empty one keeps paths with
		// spaces from being taken for it.
		cmd = exec.Command("cmd", "/c", "start", "", path)
	case "darwin":
		cmd = exec.Command("open", path)
	default:
		cmd = exec.Command("xdg-open", path)
	}
	if err := cmd.Start(); err != nil {
		return err
	}
	// Reap the child when it exits so it does not linger as a zombie.
	go func() { _ = cmd.Wait() }()
	return nil
}
