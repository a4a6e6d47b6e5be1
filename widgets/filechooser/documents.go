package filechooser

// DocumentsDir is the user's documents folder (文档), where dialogs open by default.
func DocumentsDir() string { return documentsDir() }
