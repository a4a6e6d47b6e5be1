package app

import "fyne.io/fyne/v2"

// boldStyle is the text style of headings inside tabs.
var boldStyle = fyne.TextStyle{Bold: true}
