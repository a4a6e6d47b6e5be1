package app

import (
	"nianbao/widgets/filechooser"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage"
)

// handedFixture is what a reviewer drags onto the window: a folder a unit sent in, another
// unit's report beside it and a picture.
func handedFixture(t *testing.T) (folder, report, picture string) {
	t.Helper()
	dir := t.TempDir()
	folder = filepath.Join(dir, "来文")
	os.Mkdir(folder, 0o755)
	copyFile(t, "testdata/xixiayuan-2023.txt", filepath.Join(folder, "西霞院街道.txt"))
	report = filepath.Join(dir, "平潭 2021.txt")
	copyFile(t, "testdata/pingtan-2021.page.txt", report)
	picture = filepath.Join(dir, "照片.png")
	os.WriteFile(picture, []byte("\x89PNG"), 0o644)
	return folder, report, picture
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	data, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(to, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// One file handed to the window is previewed as 导入… previews it, one folder as 导入文件夹…;
// the next 导入 opens where they came from.
func TestImportHandedFileOrFolder(t *testing.T) {
	h := newHarness(t)
	folder, report, _ := handedFixture(t)

	h.w.importURIs(fileURIs([]string{report}))
	if got := dialogText(h); !strings.Contains(got, "平潭综合实验区") || !strings.Contains(got, "纯文本") {
		t.Errorf("one file's preview:\n%s", got)
	}
	if got := h.w.lastImportFolder(); got != filepath.Dir(report) {
		t.Errorf("the next import opens in %q, want %q", got, filepath.Dir(report))
	}
	tapInDialog(t, h, "取消")

	h.w.importURIs(fileURIs([]string{folder}))
	got := dialogText(h)
	for _, want := range []string{"导入预览：文件夹「来文」", "共 1 个文件：可导入 1 份", "✓ 西霞院街道.txt"} {
		if !strings.Contains(got, want) {
			t.Errorf("the folder's preview lacks %q:\n%s", want, got)
		}
	}
	if got := h.w.lastImportFolder(); got != folder {
		t.Errorf("after a folder the next import opens in %q, want %q", got, folder)
	}
}

// Several things handed over at once are one batch: a folder stands for its report files, and
// a file 年报通 cannot read is listed with its reason while the others are stored.
func TestImportHandedBatch(t *testing.T) {
	h := newHarness(t)
	folder, report, picture := handedFixture(t)
	h.w.importURIs([]fyne.URI{storage.NewFileURI(folder), storage.NewFileURI(report), storage.NewFileURI(picture)})
	got := dialogText(h)
	for _, want := range []string{"导入预览：所选的 3 个文件", "共 3 个文件：可导入 2 份", "✓ 西霞院街道.txt", "✓ 平潭 2021.txt", "✕ 照片.png：无法导入（"} {
		if !strings.Contains(got, want) {
			t.Errorf("the batch preview lacks %q:\n%s", want, got)
		}
	}
	tapInDialog(t, h, "保存")
	if h.stored("孟津区西霞院街道办事处", 2023) == nil || h.stored("平潭综合实验区", 2021) == nil {
		t.Fatal("the readable reports of the batch are not in the history")
	}
	if got := dialogText(h); !strings.Contains(got, "导入所选的 3 个文件") || !strings.Contains(got, "新增 2 份") {
		t.Errorf("the batch summary:\n%s", got)
	}
}

// A start's arguments are its files, made absolute for a running 年报通 in another folder;
// options (such as macOS's -psn_…) are not files.
func TestStartFiles(t *testing.T) {
	got := StartFiles([]string{"-psn_0_12345", "", "来文/报告.pdf"})
	want, _ := filepath.Abs("来文/报告.pdf")
	if !slices.Equal(got, []string{want}) {
		t.Errorf("StartFiles = %q, want %q", got, []string{want})
	}
}

// Files handed over by starts close together (Explorer starts the app once per file) are one
// batch; a start later on is an import of its own.
func TestImportHandedGathersStarts(t *testing.T) {
	h := newHarness(t)
	folder, report, _ := handedFixture(t)
	h.w.importHanded([]string{report})
	h.clock.advance(handOverGather / 2)
	h.w.importHanded([]string{folder})
	if h.w.win.Canvas().Overlays().Top() != nil {
		t.Fatal("imported before the starts stopped coming")
	}
	h.clock.advance(handOverGather)
	if got := dialogText(h); !strings.Contains(got, "导入预览：所选的 2 个文件") || !strings.Contains(got, "共 2 个文件") {
		t.Fatalf("the gathered starts:\n%s", got)
	}
	tapInDialog(t, h, "取消")

	h.w.importHanded(nil)
	h.w.importHanded([]string{report})
	h.clock.advance(handOverGather)
	if got := dialogText(h); !strings.Contains(got, "平潭综合实验区") || strings.Contains(got, "所选的") {
		t.Errorf("a later start alone:\n%s", got)
	}

	// A start while that preview is open waits for it to close.
	h.w.importHanded([]string{folder})
	h.clock.advance(3 * handOverGather)
	if got := dialogText(h); !strings.Contains(got, "平潭综合实验区") {
		t.Fatalf("a start stacked its preview on the open one:\n%s", got)
	}
	tapInDialog(t, h, "取消")
	h.clock.advance(handOverGather)
	if got := dialogText(h); !strings.Contains(got, "导入预览：文件夹「来文」") {
		t.Errorf("after the open preview closed:\n%s", got)
	}
}

// 导入… takes several files at once, as one batch.
func TestImportSeveralPicked(t *testing.T) {
	h := newHarness(t)
	folder, report, _ := handedFixture(t)
	other := filepath.Join(folder, "西霞院街道.txt")
	h.w.files.(*fakeFiles).openFiles = func(filechooser.Options) []string { return []string{report, other} }
	h.w.askImport()
	if got := dialogText(h); !strings.Contains(got, "导入预览：所选的 2 个文件") || !strings.Contains(got, "可导入 2 份") {
		t.Errorf("two files picked in 导入:\n%s", got)
	}
}

// Files dropped on the window are imported at once, as one; dropped on an open dialog, they
// wait for it.
func TestImportDropped(t *testing.T) {
	h := newHarness(t)
	folder, report, _ := handedFixture(t)
	h.w.importDropped([]fyne.URI{storage.NewFileURI(report)})
	h.clock.advance(0)
	if got := dialogText(h); !strings.Contains(got, "平潭综合实验区") {
		t.Fatalf("a dropped file:\n%s", got)
	}
	h.w.importDropped([]fyne.URI{storage.NewFileURI(folder), storage.NewFileURI(report)})
	h.clock.advance(handOverGather)
	if got := dialogText(h); strings.Contains(got, "所选的") {
		t.Fatalf("a drop stacked its preview on the open one:\n%s", got)
	}
	tapInDialog(t, h, "取消")
	h.clock.advance(handOverGather)
	if got := dialogText(h); !strings.Contains(got, "导入预览：所选的 2 个文件") {
		t.Errorf("the drop after the preview closed:\n%s", got)
	}
}
