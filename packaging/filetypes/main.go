// Command filetypes writes the installer's lines that list 年报通 under Explorer's 打开方式 for
// every kind of file it imports, so the installer's list is the importers' own (docio.Extensions).
// packaging/dist.sh runs it and hands the output to packaging/windows.nsi as FILETYPES.
package main

import (
	"fmt"

	"nianbao/data/docio"
)

func main() {
	for _, ext := range docio.Extensions {
		fmt.Printf("WriteRegStr HKCU \"${APPKEY}\\SupportedTypes\" \"%s\" \"\"\n", ext)
	}
}
