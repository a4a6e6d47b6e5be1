package app

import (
	"context"
	"nianbao/data/rules"
	"nianbao/data/schema"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// importTestFile imports a file of testdata as 导入 does, up to its preview.
func importTestFile(t *testing.T, h *harness, name string) {
	t.Helper()
	path, _ := filepath.Abs(name)
	rc, err := storage.Reader(storage.NewFileURI(path))
	if err != nil {
		t.Fatal(err)
	}
	h.w.importFrom(rc)
}

func TestImportPublishedReport(t *testing.T) {
	h := newHarness(t)
	importFile := func() { importTestFile(t, h, "testdata/xixiayuan-2023.txt") }
	importFile()
	if _, _, err := h.st.Load(context.Background(), "孟津区西霞院街道办事处", 2023); h.w.view != nil || err == nil {
		t.Fatal("saved before the preview was confirmed")
	}
	if all := dialogText(h); !strings.Contains(all, "纯文本，读到 200/200 个单元格") {
		t.Errorf("preview:\n%s", all)
	}
	tapInDialog(t, h, "保存")
	v := h.w.view
	if v == nil || v.doc.r.Meta.Agency != "孟津区西霞院街道办事处" || v.doc.r.Meta.Year != 2023 {
		t.Fatal("imported report not opened")
	}
	if v.doc.r.Meta.AutoTotals || h.cell("t3.new.total").ReadOnly() {
		t.Error("an imported report keeps its stated totals, editable")
	}
	// Importing the same report again asks before replacing it.
	h.w.showHistory()
	importFile()
	if h.w.view != nil {
		t.Fatal("replaced without asking")
	}
	if !strings.Contains(dialogText(h), "保存将用导入的内容替换它") {
		t.Errorf("the preview does not say the stored report is replaced:\n%s", dialogText(h))
	}
	tapInDialog(t, h, "保存")
	if h.w.view == nil {
		t.Error("not opened after confirming the replacement")
	}
}

// The preview of a page whose figures ran together lists the cells cut by the sums; after saving
// they are marked in the grid and listed in 检查 until confirmed, and 取消 stores nothing.
func TestImportPreviewMarksInferredCells(t *testing.T) {
	h := newHarness(t)
	importFile := func() { importTestFile(t, h, "testdata/pingtan-2021.page.txt") }
	importFile()
	tapInDialog(t, h, "取消")
	if _, _, err := h.st.Load(context.Background(), "平潭综合实验区", 2021); err == nil {
		t.Fatal("取消 stored the report")
	}
	importFile()
	preview := dialogText(h)
	for _, want := range []string{"推断或按近似行名读取的单元格", "表三 一、本年新收政府信息公开申请数量（自然人 64、商业企业 0、", "由合计推断"} {
		if !strings.Contains(preview, want) {
			t.Errorf("preview lacks %q:\n%s", want, preview)
		}
	}
	tapInDialog(t, h, "保存")
	v := h.w.view
	if v == nil {
		t.Fatal("not opened after 保存")
	}
	key := "t3.new.natural"
	var check *rules.Finding
	for i, f := range v.doc.Findings() {
		if f.Rule == "IMPORT-CHECK" && f.Cells[0] == key {
			check = &v.doc.Findings()[i]
		}
	}
	if check == nil {
		t.Fatalf("no IMPORT-CHECK for %s", key)
	}
	if m := v.marks[schema.MustIndex(key)]; m.Kind == markNone {
		t.Errorf("%s is not marked", key)
	}
	v.applyFix(check.Fixes[0])
	for _, f := range v.doc.Findings() {
		if f.Rule == "IMPORT-CHECK" && slices.Contains(f.Cells, key) {
			t.Errorf("still reported after 已核对: %+v", f)
		}
	}
	// Typing over an inferred cell makes it the user's own.
	other := "t3.granted.total"
	v.cellTyped(schema.MustIndex(other), "31")
	for _, f := range v.doc.Findings() {
		if f.Rule == "IMPORT-CHECK" && slices.Contains(f.Cells, other) {
			t.Errorf("still reported after typing: %+v", f)
		}
	}
}

// A folder of reports goes into the history in one go: readable reports are added, an unreadable
// file is listed with its reason, other files are ignored, and the summary says so.
func TestImportFolder(t *testing.T) {
	h := newHarness(t)
	h.openNew("测试县民政局", 2024)
	dir := t.TempDir()
	seed, err := os.ReadFile("testdata/xixiayuan-2023.txt")
	if err != nil {
		t.Fatal(err)
	}
	files := map[string]string{
		"西霞院街道.txt": string(seed),
		"损坏的文件.txt": "这不是一份年度报告",
		"说明.ppt":    "PPT",
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	lu, err := storage.ListerForURI(storage.NewFileURI(dir))
	if err != nil {
		t.Fatal(err)
	}
	h.w.importFolder(lu)
	if h.w.view != nil {
		t.Error("the open report stays open during a folder import")
	}
	// First a preview of what was read; nothing is stored before 保存.
	preview := dialogText(h)
	for _, want := range []string{
		"共 2 个文件：可导入 1 份（其中 0 份将替换",
		"✓ 西霞院街道.txt（纯文本，读到 200 个单元格）→ 孟津区西霞院街道办事处 2023年：将新增，错误 0 个，警告 2 个",
		"✕ 损坏的文件.txt：无法导入（",
	} {
		if !strings.Contains(preview, want) {
			t.Errorf("preview lacks %q:\n%s", want, preview)
		}
	}
	if _, _, err := h.st.Load(context.Background(), "孟津区西霞院街道办事处", 2023); err == nil {
		t.Fatal("stored before 保存")
	}
	tapInDialog(t, h, "保存")
	if got := h.stored("孟津区西霞院街道办事处", 2023); got == nil {
		t.Fatal("the readable report is not in the history")
	}
	all := dialogText(h)
	for _, want := range []string{
		"共 2 个文件：新增 1 份，替换 0 份，未变 0 份，无法导入 1 个。",
		"✓ 西霞院街道.txt（纯文本，读到 200 个单元格）→ 孟津区西霞院街道办事处 2023年：新增，错误 0 个，警告 1 个",
		"✕ 损坏的文件.txt：无法导入（",
	} {
		if !strings.Contains(all, want) {
			t.Errorf("summary lacks %q:\n%s", want, all)
		}
	}
	if strings.Contains(all, "说明.ppt") {
		t.Error("a file 导入 does not read is listed")
	}
	tapInDialog(t, h, "知道了")

	// The same folder again changes nothing.
	h.w.importFolder(lu)
	if !strings.Contains(dialogText(h), "将替换") {
		t.Errorf("second preview:\n%s", dialogText(h))
	}
	tapInDialog(t, h, "保存")
	if all := dialogText(h); !strings.Contains(all, "新增 0 份，替换 0 份，未变 1 份") {
		t.Errorf("second import:\n%s", all)
	}
}

// dialogText is the text of every label in the dialog on top, a line each.
func dialogText(h *harness) string {
	var texts []string
	for _, o := range test.LaidOutObjects(h.w.win.Canvas().Overlays().Top()) {
		if l, ok := o.(*widget.Label); ok {
			texts = append(texts, l.Text)
		}
	}
	return strings.Join(texts, "\n")
}

// What a library says in English reaches the user in Chinese: a damaged workbook's dialog names
// the file and says it is no valid zip, without 「zip: not a valid zip file」.
func TestImportErrorInChinese(t *testing.T) {
	h := newHarness(t)
	path := filepath.Join(t.TempDir(), "坏.xlsx")
	if err := os.WriteFile(path, []byte("PK\x03\x04"+strings.Repeat("\x00", 200)), 0o644); err != nil {
		t.Fatal(err)
	}
	rc, err := storage.Reader(storage.NewFileURI(path))
	if err != nil {
		t.Fatal(err)
	}
	h.w.importFrom(rc)
	all := dialogText(h)
	if !strings.Contains(all, "坏.xlsx") || !strings.Contains(all, "压缩包") || strings.Contains(all, "zip:") {
		t.Errorf("error dialog:\n%s", all)
	}
}
