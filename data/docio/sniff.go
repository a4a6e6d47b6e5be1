package docio

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"

	"nianbao/data/document"
)

// sniff decides what kind of document b holds (a short name of document.Kinds, "" when it is
// none 年报通 knows), by its first bytes and, where content cannot tell, its extension. For text
// it also returns the decoded text.
func sniff(b []byte, ext string) (kind string, text string) {
	named, _ := document.KindOf("x" + ext)
	switch {
	case bytes.HasPrefix(b, []byte("PK\x03\x04")):
		if named.Name == "docx" || ext == ".odt" || ext == ".wps" {
			return "docx", ""
		}
		return "xlsx", "" // a zip that is not a workbook is refused by the workbook reader
	case bytes.HasPrefix(b, []byte("%PDF")):
		return "pdf", ""
	case bytes.HasPrefix(b, []byte("\xD0\xCF\x11\xE0")):
		if named.Name == "doc" || named.Name == "docx" {
			return "doc", ""
		}
		return oldOffice, ""
	}
	text, ok := decodeText(b)
	isPage := named.Name == "html"
	if !ok && isPage {
		// A page declares its own charset, which the page reader follows.
		return "html", ""
	}
	if !ok {
		return "", ""
	}
	head := strings.TrimLeft(text, " \t\r\n")
	switch {
	case strings.HasPrefix(head, "{"):
		return "json", text
	case isPage || hasPrefixFold(head, "<!doctype html") || hasPrefixFold(head, "<html"):
		return "html", ""
	}
	return "txt", text
}

// oldOffice is what sniff calls an Office 97–2003 file that is not a Word document (.xls, .ppt).
const oldOffice = "old-office"

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
