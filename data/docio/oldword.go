package docio

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"time"

	"nianbao/data/report"
)

// officeTimeout bounds one conversion by LibreOffice; a report converts in a few seconds.
const officeTimeout = 2 * time.Minute

// readOldWord reads a Word 97–2003 (.doc) or WPS (.wps) file by having LibreOffice, when it is
// installed, convert it to .docx; without it the message says how to save the file as .docx.
func readOldWord(b []byte, _, name string) (*report.Report, error) {
	soffice := officeProgram()
	if soffice == "" {
		return nil, fmt.Errorf("「%s」是旧版 Word/WPS 文档（.doc/.wps）。请在 Word 或 WPS 中打开它，用“文件 › 另存为”保存为 Word 文档（.docx）后再导入；安装 LibreOffice 后年报通也可直接读取", name)
	}
	dir, err := os.MkdirTemp("", "nianbao-doc-")
	if err != nil {
		return nil, fmt.Errorf("「%s」：无法创建临时文件夹：%v", name, err)
	}
	defer os.RemoveAll(dir)
	in := filepath.Join(dir, "report"+filepath.Ext(name))
	if err := os.WriteFile(in, b, 0o600); err != nil {
		return nil, fmt.Errorf("「%s」：无法写入临时文件：%v", name, err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), officeTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, soffice, "--headless", "--norestore", "-env:UserInstallation=file://"+filepath.ToSlash(filepath.Join(dir, "profile")),
		"--convert-to", "docx", "--outdir", dir, in)
	if out, err := cmd.CombinedOutput(); err != nil {
		return nil, fmt.Errorf("「%s」：LibreOffice 转换失败（%v），请在 Word 或 WPS 中另存为 .docx 后再导入：%s", name, err, clipOutput(out))
	}
	docx, err := os.ReadFile(filepath.Join(dir, "report.docx"))
	if err != nil {
		return nil, fmt.Errorf("「%s」：LibreOffice 没有生成 .docx，请在 Word 或 WPS 中另存为 .docx 后再导入", name)
	}
	return readWord(docx, "", name)
}

// officeProgram finds LibreOffice's command, "" when it is not installed.
func officeProgram() string {
	for _, p := range []string{"soffice", "libreoffice"} {
		if path, err := exec.LookPath(p); err == nil {
			return path
		}
	}
	return ""
}

func clipOutput(out []byte) string {
	const n = 200
	if len(out) > n {
		out = out[:n]
	}
	return string(out)
}
