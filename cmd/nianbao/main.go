//go:build cgo

// Command nianbao is the 年报通 desktop app.
package main

import (
	"fmt"
	"os"
	"runtime/debug"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"

	"nianbao"
	"nianbao/app"
	"nianbao/assets"
	"nianbao/data/store"
)

// gcPercent is the app's GOGC: the heap may grow by half its live size between collections, not by
// all of it (Go's default). The live heap is small (about 30 MB, mostly font outlines), so this
// keeps about 11 MB less resident for well under a millisecond more a keystroke (make check-memory).
const gcPercent = 50

func main() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(gcPercent)
	}
	files := app.StartFiles(os.Args[1:]) // reports opened with 年报通 from the file manager
	path, err := store.DefaultPath()
	var inst *app.Instance
	if err == nil {
		var running bool
		if inst, running = app.ClaimInstance(path, files); running {
			return // the 年报通 already open on this database came to the front with the files
		}
		defer inst.Close()
	}
	// FyneApp.toml's values (read by package nianbao), which a plain go build does not give Fyne
	// (fyneDo: every UI call from a goroutine goes through fyne.Do).
	fyneapp.SetMetadata(fyne.AppMetadata{ID: store.AppID, Name: nianbao.Name, Version: nianbao.Version, Build: nianbao.Build,
		Icon: fyne.NewStaticResource("icon.png", assets.Icon), Migrations: map[string]bool{"fyneDo": true}})
	a := fyneapp.New()
	if err := app.LoadTranslations(); err != nil {
		fyne.LogError("translations", err)
	}
	if err == nil {
		var st *store.Store
		st, err = store.Open(path)
		if err == nil {
			defer st.Close()
			app.Run(a, st, inst, files)
			return
		}
	}
	fmt.Fprintln(os.Stderr, "年报通：", err)
	app.RunFailed(a, err)
	os.Exit(1)
}
