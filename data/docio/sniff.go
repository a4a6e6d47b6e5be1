package docio

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
)

// kind is what a file turned out to be.
type kind int

const (
	kindUnknown kind = iota
	kindJSON         // 年报通's own file
	kindXLSX         // an Excel workbook
	kindText         // plain text or Markdown
	kindWord         // a Word document
	kindPDF
	kindOldOffice // .doc / .xls of Office 97–2003
	kindHTML      // a web page, in whatever encoding it declares
)

// refusal says why a kind of file cannot be opened, and what to do instead.
func (k kind) refusal() string {
	switch k {
	case kindWord:
		return "是 Word 文档，年报通不能从 Word 读取报告：请在 Word 中“另存为”纯文本（.txt）后再打开"
	case kindPDF:
		return "是 PDF 文件，年报通不能从 PDF 读取报告：请复制其中的文字，另存为纯文本（.txt）后再打开"
	case kindOldOffice:
		return "是旧版 Office 文件（.doc/.xls），请先另存为纯文本（.txt）或 Excel 工作簿（.xlsx）"
	}
	return "不是年报通能读取的报告文件（可打开 .json、.txt、.md、.xlsx、.html）"
}

// sniff decides what b holds, by its first bytes and, where content cannot tell, its extension.
// For text it also returns the decoded text.
func sniff(b []byte, ext string) (kind, string) {
	switch {
	case bytes.HasPrefix(b, []byte("PK\x03\x04")):
		switch ext {
		case ".docx", ".docm", ".dotx", ".odt", ".wps":
			return kindWord, ""
		}
		return kindXLSX, "" // a zip that is not a workbook is refused by the workbook reader
	case bytes.HasPrefix(b, []byte("%PDF")):
		return kindPDF, ""
	case bytes.HasPrefix(b, []byte("\xD0\xCF\x11\xE0")):
		return kindOldOffice, ""
	}
	text, ok := decodeText(b)
	isPage := ext == ".html" || ext == ".htm" || ext == ".shtml" || ext == ".xhtml"
	if !ok && isPage {
		// A page declares its own charset, which the page reader follows.
		return kindHTML, ""
	}
	if !ok {
		return kindUnknown, ""
	}
	head := strings.TrimLeft(text, " \t\r\n")
	switch {
	case strings.HasPrefix(head, "{"):
		return kindJSON, text
	case isPage || hasPrefixFold(head, "<!doctype html") || hasPrefixFold(head, "<html"):
		return kindHTML, ""
	}
	return kindText, text
}

func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// decodeText turns the bytes of a text file into a string: UTF-8 (with or without BOM), UTF-16
// with a BOM (Windows Notepad's “Unicode”), or GB18030/GBK, which older Windows editors still
// write for Chinese text. ok is false for bytes that are none of these, or hold control
// characters text files do not have.
func decodeText(b []byte) (string, bool) {
	var s string
	switch {
	case bytes.HasPrefix(b, []byte("\xEF\xBB\xBF")):
		s = string(b[3:])
	case bytes.HasPrefix(b, []byte("\xFF\xFE")):
		s = decodeUTF16(b[2:], false)
	case bytes.HasPrefix(b, []byte("\xFE\xFF")):
		s = decodeUTF16(b[2:], true)
	case utf8.Valid(b):
		s = string(b)
	default:
		out, err := simplifiedchinese.GB18030.NewDecoder().Bytes(b)
		if err != nil || bytes.ContainsRune(out, utf8.RuneError) {
			return "", false
		}
		s = string(out)
	}
	if !utf8.ValidString(s) {
		return "", false
	}
	for _, r := range s {
		if unicode.IsControl(r) && r != '\n' && r != '\r' && r != '\t' && r != '\f' {
			return "", false
		}
	}
	return s, true
}

func decodeUTF16(b []byte, bigEndian bool) string {
	u := make([]uint16, len(b)/2)
	for i := range u {
		if bigEndian {
			u[i] = uint16(b[2*i])<<8 | uint16(b[2*i+1])
		} else {
			u[i] = uint16(b[2*i+1])<<8 | uint16(b[2*i])
		}
	}
	return string(utf16.Decode(u))
}
