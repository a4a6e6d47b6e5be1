// Package nianbao holds what every build of 年报通 shares about itself: its name, version and build,
// read from FyneApp.toml (the one place the version is written) so the app, the CLI, the About box
// and the installers agree.
package nianbao

import (
	_ "embed"
	"regexp"
	"strconv"
)

//go:embed FyneApp.toml
var fyneApp string

// Commit is the source revision of this build, stamped by `make` with
// -ldflags "-X nianbao.Commit=…"; empty in a plain go build.
var Commit string

// Version is the release version of 年报通, e.g. "0.1.0".
var Version = tomlValue("Version")

// Build is the build number of this version (FyneApp.toml's Build).
var Build, _ = strconv.Atoi(tomlValue("Build"))

// Name is the app's display name.
var Name = tomlValue("Name")

// ID is the app ID (reverse domain) under which Fyne stores the settings and the database.
var ID = tomlValue("ID")

// BuildLabel is the version as users see it: "0.1.0（构建 3，a1b2c3d）".
func BuildLabel() string {
	s := Version + "（构建 " + strconv.Itoa(Build)
	if Commit != "" {
		s += "，" + Commit
	}
	return s + "）"
}

// tomlValue reads key = value from the [Details] section of FyneApp.toml, the only keys it holds
// that are not unique being in other sections (which come after [Details]).
func tomlValue(key string) string {
	m := regexp.MustCompile(`(?m)^` + key + `\s*=\s*"?([^"\n]*)"?\s*$`).FindStringSubmatch(fyneApp)
	if m == nil {
		panic("FyneApp.toml has no " + key)
	}
	return m[1]
}
