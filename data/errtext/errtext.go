// Package errtext turns what libraries and the operating system say in English into the Chinese a
// clerk reads: the one place where known error texts are translated, used wherever a message
// reaches the user (nianbao-cli's output, the app's dialogs). Messages of 年报通 itself are
// already Chinese and pass through unchanged.
package errtext

import (
	"regexp"
	"strings"
)

// phrases are the English error texts 年报通's libraries are known to produce, longest first where
// one contains another, with what they mean for the user's file.
var phrases = []struct{ en, zh string }{
	{"flag provided but not defined: ", "不认识的参数 "},
	{"flag needs an argument: ", "这个参数后面要写值："},
	{"zip: not a valid zip file", "不是有效的压缩包（.xlsx、.docx 都是压缩包；文件可能已损坏，或只是改了扩展名）"},
	{"zip: checksum error", "压缩包内容校验失败，文件已损坏"},
	{"zip: unsupported compression algorithm", "压缩包使用了不支持的压缩方式"},
	{"unexpected EOF", "文件不完整（可能没有下载或复制完）"},
	{"html: open stack of elements exceeds 512 nodes", "网页中的元素嵌套超过 512 层，无法读取"},
	{"database disk image is malformed", "数据库文件已损坏"},
	{"file is not a database", "不是数据库文件"},
	{"attempt to write a readonly database", "数据库文件只读，不能写入"},
	{"database or disk is full", "磁盘已满"},
	{"disk I/O error", "磁盘读写出错"},
	{"unable to open database file", "无法打开数据库文件"},
	{"no such file or directory", "文件或文件夹不存在"},
	{"The system cannot find the file specified.", "文件不存在"},
	{"The system cannot find the path specified.", "文件夹不存在"},
	{"permission denied", "没有权限"},
	{"Access is denied.", "没有权限"},
	{"no space left on device", "磁盘已满"},
	{"There is not enough space on the disk.", "磁盘已满"},
	{"disk quota exceeded", "超出磁盘配额"},
	{"read-only file system", "磁盘只读，不能写入"},
	{"is a directory", "是文件夹，不是文件"},
	{"not a directory", "路径中有一段不是文件夹"},
	{"file already exists", "文件已存在"},
	{"file name too long", "文件名太长"},
	{"invalid argument", "参数无效"},
	{"input/output error", "磁盘读写出错"},
}

// pathOp matches how Go's os package begins an error: «open /path/file: », «mkdir /path: ».
var pathOp = regexp.MustCompile(`\b(open|read|write|mkdir|stat|lstat|remove|rename|readdir|fdopendir|close|sync|truncate|chmod|seek|link|symlink|unlinkat|openat|CreateFile|GetFileAttributesEx|FindFirstFile) ([^\s：]+): `)

// flagValue matches the flag package's refusal of a value: «invalid value "x" for flag -to: …».
var flagValue = regexp.MustCompile(`invalid (?:boolean )?value ("[^"]*") for (?:flag )?(-\S+): .*`)

// sqliteCode matches the number SQLite's driver appends to its messages: « (11)», « (4618)».
var sqliteCode = regexp.MustCompile(` \((\d+)\)`)

// Chinese returns msg with every known English error text replaced by its Chinese meaning, an
// operating-system operation on a path shown as the quoted path, and SQLite's result numbers
// dropped once their text is translated.
func Chinese(msg string) string {
	translated := false
	for _, p := range phrases {
		if strings.Contains(msg, p.en) {
			msg = strings.ReplaceAll(msg, p.en, p.zh)
			translated = true
		}
	}
	msg = flagValue.ReplaceAllString(msg, "参数 $2 的值 $1 无效")
	msg = pathOp.ReplaceAllString(msg, "「$2」：")
	if translated {
		msg = sqliteCode.ReplaceAllString(msg, "")
	}
	return msg
}

// Of is Chinese(err.Error()), or "" for nil.
func Of(err error) string {
	if err == nil {
		return ""
	}
	return Chinese(err.Error())
}
