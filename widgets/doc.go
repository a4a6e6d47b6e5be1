// Package widgets holds the generic Fyne widgets of 年报通: a theme with the bundled CJK font and
// a text-size setting, a numeric cell entry, a form grid of such cells with multi-level headers,
// a grouped list of findings and a line chart.
//
// The widgets know nothing of SQL or of the report format: the app gives them labels, parsers
// and callbacks. Every user-visible string comes from the app.
package widgets
