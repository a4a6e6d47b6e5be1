//go:build windows

package filechooser

import (
	"fmt"
	"strings"
	"syscall"
	"unsafe"

	"golang.org/x/sys/windows"
)

// Vtable slots of the COM interfaces the Explorer dialogs are driven through, in the order of
// their declarations in shobjidl_core.h (checked against mingw-w64's shobjidl.h): IUnknown 0-2,
// IModalWindow 3, IFileDialog 4-26, then IFileOpenDialog (GetResults 27, GetSelectedItems 28) or
// IFileSaveDialog (SetSaveAsItem 27 … ApplyProperties 31), of which only GetResults is needed,
// for several files. IShellItem follows IUnknown with BindToHandler 3, GetParent 4,
// GetDisplayName 5; IShellItemArray with BindToHandler 3, GetPropertyStore 4,
// GetPropertyDescriptionList 5, GetAttributes 6, GetCount 7, GetItemAt 8.
const (
	unknownRelease = 2

	modalWindowShow = 3

	fileDialogSetFileTypes        = 4
	fileDialogSetOptions          = 9
	fileDialogGetOptions          = 10
	fileDialogSetFolder           = 12
	fileDialogSetFileName         = 15
	fileDialogSetTitle            = 17
	fileDialogGetResult           = 20
	fileDialogSetDefaultExtension = 22
	fileOpenDialogGetResults      = 27

	shellItemGetDisplayName = 5
	shellItemArrayGetCount  = 7
	shellItemArrayGetItemAt = 8

	// vtableLen covers every slot above.
	vtableLen = fileOpenDialogGetResults + 1
)

// FILEOPENDIALOGOPTIONS, SIGDN and HRESULT values from shobjidl_core.h and winerror.h.
const (
	fosOverwritePrompt  = 0x2
	fosPickFolders      = 0x20
	fosAllowMultiSelect = 0x200
	fosForceFileSystem  = 0x40
	fosPathMustExist    = 0x800
	fosFileMustExist    = 0x1000
	sigdnFileSysPath    = 0x80058000
	hrCancelled         = 0x800704C7 // HRESULT_FROM_WIN32(ERROR_CANCELLED): the user closed the dialog
	hrFalse             = 1          // S_FALSE: COM was already initialised on this thread
	clsctxInprocServer  = windows.CLSCTX_INPROC_SERVER
	coinitApartment     = windows.COINIT_APARTMENTTHREADED | windows.COINIT_DISABLE_OLE1DDE
	maxHRESULTOfSuccess = 0x7FFFFFFF
)

var (
	clsidFileOpenDialog = windows.GUID{Data1: 0xdc1c5a9c, Data2: 0xe88a, Data3: 0x4dde, Data4: [8]byte{0xa5, 0xa1, 0x60, 0xf8, 0x2a, 0x20, 0xae, 0xf7}}
	clsidFileSaveDialog = windows.GUID{Data1: 0xc0b4e2f3, Data2: 0xba21, Data3: 0x4773, Data4: [8]byte{0x8d, 0xba, 0x33, 0x5e, 0xc9, 0x46, 0xeb, 0x8b}}
	iidFileOpenDialog   = windows.GUID{Data1: 0xd57c7288, Data2: 0xd4ad, Data3: 0x4768, Data4: [8]byte{0xbe, 0x02, 0x9d, 0x96, 0x95, 0x32, 0xd9, 0x60}}
	iidFileSaveDialog   = windows.GUID{Data1: 0x84bccd23, Data2: 0x5fde, Data3: 0x4cdb, Data4: [8]byte{0xae, 0xa4, 0xaf, 0x64, 0xb8, 0x3d, 0x78, 0xab}}
	iidShellItem        = windows.GUID{Data1: 0x43826d1e, Data2: 0xe718, Data3: 0x42ee, Data4: [8]byte{0xbc, 0x55, 0xa1, 0xe2, 0x61, 0xc3, 0x7b, 0xfe}}

	procCoCreateInstance            = windows.NewLazySystemDLL("ole32.dll").NewProc("CoCreateInstance")
	procSHCreateItemFromParsingName = windows.NewLazySystemDLL("shell32.dll").NewProc("SHCreateItemFromParsingName")
)

// comObject is what a COM interface pointer points at: the pointer to its vtable.
type comObject struct {
	vtable *[vtableLen]uintptr
}

// call invokes the method in slot with the object as its first argument and returns the HRESULT.
// uintptrescapes keeps the memory behind pointer arguments alive and in place for the call, as
// syscall.SyscallN itself would if called directly.
//
//go:uintptrescapes
func (o *comObject) call(slot int, args ...uintptr) uint32 {
	r, _, _ := syscall.SyscallN(o.vtable[slot], append([]uintptr{uintptr(unsafe.Pointer(o))}, args...)...)
	return uint32(r)
}

// release drops the reference the caller holds.
func (o *comObject) release() { o.call(unknownRelease) }

// createInstance makes an in-process COM object of class clsid, asked for interface iid.
func createInstance(clsid, iid *windows.GUID) (*comObject, error) {
	var obj *comObject
	r, _, _ := procCoCreateInstance.Call(uintptr(unsafe.Pointer(clsid)), 0, clsctxInprocServer,
		uintptr(unsafe.Pointer(iid)), uintptr(unsafe.Pointer(&obj)))
	if err := check("CoCreateInstance", uint32(r)); err != nil {
		return nil, err
	}
	return obj, nil
}

// shellItem is the IShellItem of a file-system path.
func shellItem(path string) (*comObject, error) {
	var item *comObject
	r, _, _ := procSHCreateItemFromParsingName.Call(uintptr(unsafe.Pointer(wide(path))), 0,
		uintptr(unsafe.Pointer(&iidShellItem)), uintptr(unsafe.Pointer(&item)))
	if err := check("SHCreateItemFromParsingName", uint32(r)); err != nil {
		return nil, err
	}
	return item, nil
}

// fileSysPath is the file-system path of a shell item, copied out of the COM allocation.
func fileSysPath(item *comObject) (string, error) {
	var name *uint16
	if err := check("IShellItem::GetDisplayName", item.call(shellItemGetDisplayName, sigdnFileSysPath,
		uintptr(unsafe.Pointer(&name)))); err != nil {
		return "", err
	}
	defer windows.CoTaskMemFree(unsafe.Pointer(name))
	return windows.UTF16PtrToString(name), nil
}

// check turns a failed HRESULT into an error naming the call.
func check(what string, hr uint32) error {
	if hr <= maxHRESULTOfSuccess {
		return nil
	}
	return fmt.Errorf("filechooser: %s: HRESULT %#08x", what, hr)
}

// wide is s as a NUL-terminated UTF-16 string for the Windows API; a NUL inside s, which no
// title, name or path has, ends it there rather than failing the dialog.
func wide(s string) *uint16 {
	if i := strings.IndexByte(s, 0); i >= 0 {
		s = s[:i]
	}
	p, _ := windows.UTF16PtrFromString(s)
	return p
}
