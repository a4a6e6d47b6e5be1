package app

import (
	"nianbao/widgets/filechooser"

	"golang.org/x/sys/windows"
)

// openWithSystem opens a file or folder with the handler Windows associates with it (the PDF
// viewer, Explorer for a folder) through ShellExecute: no console window flashes, and the path
// reaches the handler as it is — Chinese characters, spaces, & or % included — instead of going
// through cmd's parser as `cmd /c start` would.
func openWithSystem(path string) error {
	return shellExecute("open", path)
}

// printWithSystem hands the file to its handler's print verb (the PDF viewer prints it); when
// the handler has none (some PDF viewers), the file is opened and the user prints from there.
func printWithSystem(path string) error {
	if shellExecute("print", path) == nil {
		return nil
	}
	return openWithSystem(path)
}

// realPrintEnv is this machine for planPrint: Windows prints through the shell's print verb.
func realPrintEnv() printEnv {
	return printEnv{goos: "windows", shellPrint: printWithSystem, documents: filechooser.DocumentsDir}
}

func shellExecute(verb, path string) error {
	v, err := windows.UTF16PtrFromString(verb)
	if err != nil {
		return err
	}
	p, err := windows.UTF16PtrFromString(path)
	if err != nil {
		return err
	}
	return windows.ShellExecute(0, v, p, nil, nil, windows.SW_SHOWNORMAL)
}
