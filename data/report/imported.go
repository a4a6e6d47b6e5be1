package report

import "fmt"

// FilledCells counts the cells of tables 2–4 that hold anything: a number, "/" or text.
func FilledCells(r *Report) int {
	n := 0
	for _, v := range r.Cells {
		if v.State != Blank {
			n++
		}
	}
	return n
}

// RequireTableValues is what every importer says of a 2021-format report read from a document
// (name, of kind, e.g. 网页) in which no cell of tables 2–4 could be read: an error naming the
// file, never a report of blank cells that checks as if nothing were wrong. A 2019-format
// report passes: its tables are left out on purpose and a note says so.
func RequireTableValues(r *Report, name, kind string) error {
	if r.Meta.Format == "2019" || FilledCells(r) > 0 {
		return nil
	}
	return fmt.Errorf("「%s」中找到了年度报告，但没有读到统计表中的任何数值：%s里的表二、表三、表四无法识别，请对照原文录入或改用其他格式的文件", name, kind)
}
