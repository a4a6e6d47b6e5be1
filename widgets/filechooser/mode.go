package filechooser

// dialogMode is which of the three dialogs is asked for.
type dialogMode int

const (
	modeOpen dialogMode = iota
	modeSave
	modeFolder
)
