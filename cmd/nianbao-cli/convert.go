package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"nianbao/data/docio"
	"nianbao/data/errtext"
	"nianbao/data/export"
	"nianbao/data/rules"
)

func init() {
	register("convert", "转换报告文件的格式（json、txt、md、xlsx、docx、pdf、html）", runConvert)
}

func convertUsage() string {
	var names []string
	for _, f := range export.Formats() {
		names = append(names, f.Name)
	}
	return `用法：nianbao-cli convert [--to 格式] -o 输出文件 输入文件
  --to   输出格式：` + strings.Join(names, "、") + `；不写时按输出文件的扩展名
  -o     输出文件；写 - 时输出到屏幕（须写 --to）`
}

type convertOptions struct {
	to, out, in string
}

// parseConvertArgs reads convert's flags; ok false: exit with code.
func parseConvertArgs(args []string, stdout, stderr io.Writer) (o convertOptions, code int, ok bool) {
	fs := newFlags("convert")
	for _, name := range []string{"to", "t"} {
		fs.StringVar(&o.to, name, "", "输出格式")
	}
	for _, name := range []string{"o", "out", "output"} {
		fs.StringVar(&o.out, name, "", "输出文件")
	}
	files, code, ok := parseFlags(fs, convertUsage(), args, stdout, stderr)
	switch {
	case !ok:
		return o, code, false
	case len(files) != 1:
		return o, usageError(stderr, "convert", convertUsage(), "要写一个输入文件（现在是 %d 个）", len(files)), false
	case o.out == "":
		return o, usageError(stderr, "convert", convertUsage(), "要用 -o 写出输出文件"), false
	}
	o.in = files[0]
	return o, 0, true
}

// runConvert reads a report in any format docio opens and writes it in the format --to names or
// the output file's extension implies. The output is written to a temporary file first and renamed
// into place, so a failed conversion never leaves a half-written or destroyed output file.
func runConvert(args []string, stdout, stderr io.Writer) int {
	o, code, ok := parseConvertArgs(args, stdout, stderr)
	if !ok {
		return code
	}
	format, err := convertFormat(o)
	if err != nil {
		printErr(stderr, "convert", err)
		return 2
	}
	r, err := docio.Open(o.in)
	if err != nil {
		printErr(stderr, "convert", err)
		return 2
	}
	if notes := r.Source.ImportNotes; len(notes) > 0 {
		fmt.Fprintf(stderr, "注意：导入「%s」时有 %d 条说明（未能读取的单元格留空，推断的数值已注明），请对照原文核对：\n", o.in, len(notes))
		for _, n := range notes {
			fmt.Fprintf(stderr, "  %s\n", n)
		}
	}
	// Text that is no value is written as it stands, never as some number: said here, since a
	// command cannot ask first as the app does.
	if invalid := rules.InvalidCells(r); len(invalid) > 0 {
		fmt.Fprintf(stderr, "注意：「%s」有 %d 个单元格填的不是数值，已照原样写出（检查时为 CELL-INVALID 错误）：\n", o.in, len(invalid))
		for _, f := range invalid {
			fmt.Fprintf(stderr, "  %s\n", f.Message)
		}
	}
	var buf bytes.Buffer
	if err := format.Write(&buf, r); err != nil {
		fmt.Fprintf(stderr, "nianbao-cli convert：生成%s失败：%s\n", format.Label, errtext.Of(err))
		return 2
	}
	if o.out == "-" {
		if _, err := stdout.Write(buf.Bytes()); err != nil {
			printErr(stderr, "convert", err)
			return 2
		}
		return 0
	}
	if err := writeFileAtomic(o.out, buf.Bytes()); err != nil {
		fmt.Fprintf(stderr, "nianbao-cli convert：无法写入「%s」：%s\n", o.out, errtext.Of(err))
		return 2
	}
	fmt.Fprintf(stdout, "已转换：%s → %s（%s）\n", o.in, o.out, format.Label)
	return 0
}

// convertFormat is the format --to names, or else the one the output file's extension implies.
func convertFormat(o convertOptions) (export.Format, error) {
	if o.to != "" {
		if f, ok := export.Lookup(o.to); ok {
			return f, nil
		}
		return export.Format{}, fmt.Errorf("不认识的格式“%s”。%s", o.to, formatList())
	}
	if o.out == "-" {
		return export.Format{}, fmt.Errorf("输出到屏幕时要用 --to 写明格式。%s", formatList())
	}
	ext := filepath.Ext(o.out)
	if f, ok := export.Lookup(ext); ok && ext != "" {
		return f, nil
	}
	return export.Format{}, fmt.Errorf("从输出文件名「%s」看不出格式，请用 --to 写明。%s", o.out, formatList())
}

func formatList() string {
	var names []string
	for _, f := range export.Formats() {
		names = append(names, f.Name+"（"+f.Label+"）")
	}
	return "可用的格式：" + strings.Join(names, "、")
}

// writeFileAtomic writes data to a temporary file next to path and renames it over path.
func writeFileAtomic(path string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}
