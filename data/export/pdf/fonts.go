package pdf

import (
	"bytes"
	"context"
	"errors"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/signintech/gopdf"

	"nianbao/assets"
)

// Fonts are the TrueType faces the PDF is set in, one per role of GB/T 9704. A nil face is set
// in the bundled font (assets.Font), which is also embedded for any character a face lacks, so
// the PDF never depends on the fonts of the computer that opens it.
type Fonts struct {
	XiaoBiaoSong []byte // the title (方正小标宋简体); without it the title uses Hei
	Hei          []byte // 一、 headings (黑体)
	Kai          []byte // （一） headings (楷体)
	FangSong     []byte // body text (仿宋)
	Song         []byte // tables and page numbers (宋体); without it they use FangSong
}

// fontFiles are the file names, lower-cased, under which the faces are installed: Windows's own
// simhei/simkai/simfang, the GB2312 faces offices install for 公文, and the 华文 faces of macOS
// Office, then LXGW WenKai (霞鹜文楷, open licence) where installed. TrueType collections (.ttc) and CFF OpenType fonts cannot be embedded by gopdf, so
// only .ttf files are looked for (simsun is a .ttc on Windows, so tables are usually set in 仿宋).
var fontFiles = struct{ xiaoBiaoSong, hei, kai, fangSong, song []string }{
	xiaoBiaoSong: []string{"方正小标宋简体.ttf", "fzxbsjw.ttf", "fzxbsk.ttf", "方正小标宋_gbk.ttf"},
	hei:          []string{"simhei.ttf", "黑体.ttf", "stheiti.ttf"},
	kai:          []string{"楷体_gb2312.ttf", "simkai.ttf", "kt_gb2312.ttf", "楷体.ttf", "stkaiti.ttf", "lxgwwenkai-regular.ttf"},
	fangSong:     []string{"仿宋_gb2312.ttf", "simfang.ttf", "fs_gb2312.ttf", "仿宋.ttf", "stfangso.ttf"},
	song:         []string{"simsun.ttf", "宋体.ttf", "stsong.ttf"},
}

var (
	systemOnce  sync.Once
	systemFonts Fonts
)

// SystemFonts returns the faces installed on this computer, looked up once per process in the
// usual font folders of Windows, macOS and Linux and in every file fontconfig knows (fc-list,
// for the folders a distribution such as UOS or Kylin adds); a face not found (or not
// embeddable) is nil.
func SystemFonts() Fonts {
	systemOnce.Do(func() {
		found := map[string]string{}
		home, _ := os.UserHomeDir()
		for _, dir := range fontDirs(runtime.GOOS, os.Getenv, home) {
			_ = filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
				if err != nil {
					return nil // unreadable folders are skipped, not fatal
				}
				name := strings.ToLower(d.Name())
				if !d.IsDir() && strings.HasSuffix(name, ".ttf") {
					if _, seen := found[name]; !seen {
						found[name] = path
					}
				}
				return nil
			})
		}
		for _, path := range fontconfigFiles() {
			if name := strings.ToLower(filepath.Base(path)); found[name] == "" {
				found[name] = path
			}
		}
		read := map[string][]byte{} // one file serving two roles is read, and embedded, once
		pick := func(names []string) []byte {
			for _, n := range names {
				if path, ok := found[n]; ok {
					if data, ok := read[path]; ok {
						return data
					}
					if data, err := os.ReadFile(path); err == nil && isTrueType(data) {
						read[path] = data
						return data
					}
				}
			}
			return nil
		}
		systemFonts = Fonts{
			XiaoBiaoSong: pick(fontFiles.xiaoBiaoSong),
			Hei:          pick(fontFiles.hei),
			Kai:          pick(fontFiles.kai),
			FangSong:     pick(fontFiles.fangSong),
			Song:         pick(fontFiles.song),
		}
	})
	return systemFonts
}

// WithOpenFaces fills the roles no installed face serves with the open-licensed faces bundled in
// assets, so that title, headings and body stay distinguishable on a computer without Chinese
// fonts: 楷体 (AR PL KaitiM GB) for （一） headings, 宋体 (AR PL SungtiL GB, the nearest open
// relative of 仿宋 and 小标宋) for the title, the body and tables; 一、 headings keep the bundled
// WenQuanYi Micro Hei, itself a 黑体.
func (f Fonts) WithOpenFaces() Fonts {
	if f.Kai == nil {
		f.Kai = assets.Kai
	}
	if f.FangSong == nil {
		f.FangSong = assets.Song
	}
	if f.XiaoBiaoSong == nil {
		f.XiaoBiaoSong = assets.Song
	}
	if f.Song == nil {
		f.Song = assets.Song
	}
	return f
}

// fontconfigFiles lists the TrueType files fontconfig knows; nil where fc-list is missing (as
// on Windows) or fails.
func fontconfigFiles() []string {
	path, err := exec.LookPath("fc-list")
	if err != nil {
		return nil
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	out, err := exec.CommandContext(ctx, path, "--format", "%{file}\n").Output()
	if err != nil {
		return nil
	}
	return ttfFiles(out)
}

// ttfFiles picks the .ttf paths out of fc-list's output, one path a line.
func ttfFiles(out []byte) []string {
	var files []string
	for _, l := range strings.Split(string(out), "\n") {
		if l = strings.TrimSpace(l); strings.HasSuffix(strings.ToLower(l), ".ttf") {
			files = append(files, l)
		}
	}
	return files
}

// isTrueType accepts glyf-outline TrueType files, the only kind gopdf embeds; CFF OpenType
// ("OTTO") and collections ("ttcf") are refused even when named .ttf.
func isTrueType(data []byte) bool {
	return len(data) > 12 && (bytes.HasPrefix(data, []byte{0, 1, 0, 0}) || bytes.HasPrefix(data, []byte("true")))
}

// fontDirs lists the font folders of goos, with getenv and home for the user's; a pure function
// so the Windows list is tested on any machine. Windows keeps 仿宋/黑体/楷体 (simfang, simhei,
// simkai) in %WINDIR%\Fonts, C:\Windows\Fonts when the variable is missing, and fonts a user
// installed without administrator rights in %LOCALAPPDATA%\Microsoft\Windows\Fonts.
func fontDirs(goos string, getenv func(string) string, home string) []string {
	switch goos {
	case "windows":
		windir := getenv("WINDIR")
		if windir == "" {
			windir = getenv("SystemRoot")
		}
		if windir == "" {
			windir = `C:\Windows`
		}
		dirs := []string{filepath.Join(windir, "Fonts")}
		if local := getenv("LOCALAPPDATA"); local != "" {
			dirs = append(dirs, filepath.Join(local, "Microsoft", "Windows", "Fonts"))
		}
		return dirs
	case "darwin":
		return []string{filepath.Join(home, "Library", "Fonts"), "/Library/Fonts", "/System/Library/Fonts"}
	default:
		return []string{filepath.Join(home, ".local", "share", "fonts"), filepath.Join(home, ".fonts"),
			"/usr/local/share/fonts", "/usr/share/fonts"}
	}
}

// parsed keeps every face parsed once per process: parsing a TrueType file of several
// megabytes costs more than typesetting the whole report. gopdf copies a parsed face into
// each document and only reads it, so one parse serves every export.
var parsed struct {
	sync.Mutex
	faces map[faceKey]*gopdf.FontContainer
}

type faceKey struct {
	family string
	data   *byte
	size   int
}

func parsedFace(family string, data []byte) (*gopdf.FontContainer, error) {
	if len(data) == 0 {
		return nil, errors.New("空字体文件")
	}
	key := faceKey{family, &data[0], len(data)}
	parsed.Lock()
	defer parsed.Unlock()
	if fc, ok := parsed.faces[key]; ok {
		return fc, nil
	}
	fc := &gopdf.FontContainer{}
	if err := fc.AddTTFFontData(family, data); err != nil {
		return nil, err
	}
	if parsed.faces == nil {
		parsed.faces = map[faceKey]*gopdf.FontContainer{}
	}
	parsed.faces[key] = fc
	return fc, nil
}
