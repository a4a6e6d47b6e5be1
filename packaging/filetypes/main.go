// Command filetypes writes what the packages declare about the kinds of file 年报通 imports
// (docio.Kinds), so that the packages' lists are the importers' own. packaging/dist.sh runs it:
//
//	filetypes nsis      the installer's lines listing 年报通 under Explorer's 打开方式 for each
//	                    extension (packaging/windows.nsi includes them as FILETYPES)
//	filetypes desktop   the MimeType value of the Linux menu entry
package main

import (
	"fmt"
	"os"
	"strings"

	"nianbao/data/docio"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "用法：filetypes nsis|desktop")
		os.Exit(2)
	}
	switch os.Args[1] {
	case "nsis":
		for _, ext := range docio.Extensions {
			fmt.Printf("WriteRegStr HKCU \"${APPKEY}\\SupportedTypes\" \"%s\" \"\"\n", ext)
		}
	case "desktop":
		var types []string
		for _, k := range docio.Kinds() {
			types = append(types, k.MIMETypes...)
		}
		fmt.Println(strings.Join(types, ";") + ";")
	default:
		fmt.Fprintf(os.Stderr, "filetypes：不认识的输出 %q（nsis 或 desktop）\n", os.Args[1])
		os.Exit(2)
	}
}
