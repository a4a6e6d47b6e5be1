//go:build cgo

// Command barewindow is the yardstick of `make check-memory`: a bare Fyne window of the app's
// size, built with Fyne's defaults, whose memory the app's is compared with.
package main

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/widget"
)

func main() {
	a := app.NewWithID("nianbao.barewindow")
	w := a.NewWindow("barewindow")
	w.SetContent(widget.NewLabel("Fyne"))
	w.Resize(fyne.NewSize(1280, 700))
	w.ShowAndRun()
}
