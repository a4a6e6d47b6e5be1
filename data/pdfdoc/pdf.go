// Package pdfdoc reads a report published as PDF into a document.Document: the text layer with
// each character's position, from PDFium (the PDF engine of Chrome) compiled to WebAssembly and
// run by wazero, so that it works on every platform with no tool installed and no cgo. Tables are
// rebuilt from their ruling lines and cell rectangles, not from a flattened text stream: merged
// cells become spans, a cell's wrapped label stays one label, and page numbers in the head or
// foot of a page are left out.
package pdfdoc

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/klippa-app/go-pdfium"
	"github.com/klippa-app/go-pdfium/enums"
	pdfiumerrors "github.com/klippa-app/go-pdfium/errors"
	"github.com/klippa-app/go-pdfium/references"
	"github.com/klippa-app/go-pdfium/requests"
	"github.com/klippa-app/go-pdfium/webassembly"
	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/api"
	"github.com/tetratelabs/wazero/experimental"

	"nianbao/data/document"
)

// Kind is what the reader calls the document in messages.
const Kind = "PDF 文件"

// Limits far above any annual report (some ten pages), so that a hostile file costs bounded time.
const (
	maxPages   = 200
	maxObjects = 20000 // page objects looked at on one page
	maxChars   = 200000
	timeout    = 2 * time.Minute
)

var (
	engineOnce sync.Once
	engine     pdfium.Pool
	engineErr  error
	engineMu   sync.Mutex // one document at a time: the engine is one WebAssembly instance
)

// start compiles PDFium once per process; the compiled code is cached on disk (the user's
// cache folder), so that only the first start on a machine pays the full compilation.
func start() (pdfium.Pool, error) {
	engineOnce.Do(func() {
		cfg := wazero.NewRuntimeConfig().WithCoreFeatures(api.CoreFeaturesV2 | experimental.CoreFeaturesExceptionHandling)
		if dir, err := os.UserCacheDir(); err == nil {
			if cache, err := wazero.NewCompilationCacheWithDir(filepath.Join(dir, "nianbao", "pdfium")); err == nil {
				cfg = cfg.WithCompilationCache(cache)
			}
		}
		engine, engineErr = webassembly.Init(webassembly.Config{MinIdle: 1, MaxIdle: 1, MaxTotal: 1, ReuseWorkers: true, RuntimeConfig: cfg})
	})
	return engine, engineErr
}

// Read reads the PDF in b; name is the file name for messages.
func Read(b []byte, name string) (doc *document.Document, err error) {
	pool, err := start()
	if err != nil {
		return nil, fmt.Errorf("「%s」：PDF 读取组件无法启动：%v", name, err)
	}
	engineMu.Lock()
	defer engineMu.Unlock()
	inst, err := pool.GetInstance(timeout)
	if err != nil {
		return nil, fmt.Errorf("「%s」：PDF 读取组件忙，请稍后再试", name)
	}
	defer inst.Close()
	defer func() {
		if p := recover(); p != nil {
			doc, err = nil, fmt.Errorf("「%s」无法作为 PDF 读取：文件结构异常", name)
		}
	}()
	pages, title, err := readPages(inst, b)
	if err != nil {
		return nil, fmt.Errorf("「%s」%v", name, err)
	}
	doc = &document.Document{Name: name, Kind: Kind, Title: title}
	chars := 0
	for i, p := range pages {
		chars += len(p.chars)
		blocks := p.blocks()
		if n := len(doc.Blocks); i > 0 && n > 0 && len(blocks) > 0 && pages[i-1].runsOn && p.opensAt &&
			doc.Blocks[n-1].Para != nil && blocks[0].Para != nil {
			last := doc.Blocks[n-1].Para
			last.Text = joinLines(last.Text, blocks[0].Para.Text)
			blocks = blocks[1:]
		}
		doc.Blocks = append(doc.Blocks, blocks...)
	}
	if chars == 0 {
		return nil, fmt.Errorf("「%s」没有文字层，可能是扫描件或图片：年报通只能读取含文字的 PDF，请改用原来的 Word 文档或网页导入", name)
	}
	return doc, nil
}

// readPages takes every page's characters and rulings out of the document, and the title its
// properties give (writers take it from the source: a web page's <title>, a Word file's 标题),
// which stands for the title where the pages lack one.
func readPages(inst pdfium.Pdfium, b []byte) (pages []*page, title string, err error) {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	// Read on demand rather than copied into PDFium's memory: a PDF of photos is mostly bytes the
	// text layer never needs.
	opened, err := inst.OpenDocument(&requests.OpenDocument{FileReader: bytes.NewReader(b), FileReaderSize: int64(len(b))})
	if err != nil {
		if errors.Is(err, pdfiumerrors.ErrPassword) {
			return nil, "", errors.New("有打开密码，请先用 PDF 阅读器去掉密码后再导入")
		}
		return nil, "", errors.New("不是有效的 PDF 文件，文件可能已损坏或只下载了一部分")
	}
	defer inst.FPDF_CloseDocument(&requests.FPDF_CloseDocument{Document: opened.Document})
	count, err := inst.FPDF_GetPageCount(&requests.FPDF_GetPageCount{Document: opened.Document})
	if err != nil {
		return nil, "", errors.New("无法读取 PDF 的页面")
	}
	if count.PageCount > maxPages {
		return nil, "", fmt.Errorf("有 %d 页，不是一份年度报告（最多 %d 页）", count.PageCount, maxPages)
	}
	if meta, err := inst.FPDF_GetMetaText(&requests.FPDF_GetMetaText{Document: opened.Document, Tag: "Title"}); err == nil {
		title = meta.Value
	}
	chars := 0
	for i := range count.PageCount {
		if ctx.Err() != nil {
			return nil, "", errors.New("读取超时，文件可能过于复杂或已损坏")
		}
		p, err := readPage(inst, opened.Document, i)
		if err != nil {
			return nil, "", fmt.Errorf("第 %d 页无法读取：%v", i+1, err)
		}
		if chars += len(p.chars); chars > maxChars {
			return nil, "", errors.New("文字过多，不是一份年度报告")
		}
		pages = append(pages, p)
	}
	return pages, title, nil
}

func readPage(inst pdfium.Pdfium, d references.FPDF_DOCUMENT, index int) (*page, error) {
	loaded, err := inst.FPDF_LoadPage(&requests.FPDF_LoadPage{Document: d, Index: index})
	if err != nil {
		return nil, err
	}
	defer inst.FPDF_ClosePage(&requests.FPDF_ClosePage{Page: loaded.Page})
	ref := requests.Page{ByReference: &loaded.Page}
	w, err := inst.FPDF_GetPageWidthF(&requests.FPDF_GetPageWidthF{Page: ref})
	if err != nil {
		return nil, err
	}
	h, err := inst.FPDF_GetPageHeightF(&requests.FPDF_GetPageHeightF{Page: ref})
	if err != nil {
		return nil, err
	}
	p := &page{no: index + 1, width: float64(w.PageWidth), height: float64(h.PageHeight)}
	text, err := inst.GetPageTextStructured(&requests.GetPageTextStructured{Page: ref, Mode: requests.GetPageTextStructuredModeChars})
	if err != nil {
		return nil, err
	}
	for _, c := range text.Chars {
		if c == nil {
			continue
		}
		pp := c.PointPosition
		p.chars = append(p.chars, char{text: c.Text, left: pp.Left, right: pp.Right, top: p.height - pp.Top, bottom: p.height - pp.Bottom})
	}
	objects, err := inst.FPDFPage_CountObjects(&requests.FPDFPage_CountObjects{Page: ref})
	if err != nil {
		return nil, err
	}
	for i := range min(objects.Count, maxObjects) {
		o, err := inst.FPDFPage_GetObject(&requests.FPDFPage_GetObject{Page: ref, Index: i})
		if err != nil {
			continue
		}
		t, err := inst.FPDFPageObj_GetType(&requests.FPDFPageObj_GetType{PageObject: o.PageObject})
		if err != nil || t.Type != enums.FPDF_PAGEOBJ_PATH {
			continue
		}
		bd, err := inst.FPDFPageObj_GetBounds(&requests.FPDFPageObj_GetBounds{PageObject: o.PageObject})
		if err != nil {
			continue
		}
		segs, err := inst.FPDFPath_CountSegments(&requests.FPDFPath_CountSegments{PageObject: o.PageObject})
		rect := err == nil && segs.Count >= 4 && segs.Count <= 6
		p.addBox(float64(bd.Left), p.height-float64(bd.Top), float64(bd.Right), p.height-float64(bd.Bottom), rect)
	}
	return p, nil
}
