package filechooser

// Strings are the words of the Fyne dialog and of the notes shown around a system dialog.
type Strings struct {
	Open, Save, Choose, Cancel, Up, NewFolder, FileName, Location, FileType string
	Home, Documents, Desktop, Downloads, Root                               string
	FolderName, Create, ReplaceTitle, Waiting                               string
	// PickSeveral says how an open dialog that takes several files selects them.
	PickSeveral string
	// AllFiles is the file type that admits every file, offered last so that a file with an
	// unexpected extension can still be picked.
	AllFiles string
	// NoFolder, NotReadable, Exists, NoName and NotCreated take a path or a name (and an error).
	NoFolder    func(path string) string
	NotReadable func(path string, err error) string
	Exists      func(name string) string
	NoName      string
	NotCreated  func(name string, err error) string
}

// Text is what the dialogs say; Simplified Chinese unless the app sets another language.
var Text = Strings{
	Open: "打开", Save: "保存", Choose: "选择", Cancel: "取消", Up: "上一级", NewFolder: "新建文件夹",
	FileName: "文件名", Location: "位置", FileType: "文件类型",
	Home: "主文件夹", Documents: "文档", Desktop: "桌面", Downloads: "下载", Root: "计算机",
	FolderName: "文件夹名称", Create: "新建", ReplaceTitle: "替换文件", Waiting: "请在弹出的对话框中选择。",
	PickSeveral: "单击文件选中或取消，可以选多个。",
	AllFiles:    "所有文件 (*.*)",
	NoFolder:    func(p string) string { return "找不到文件夹：" + p },
	NotReadable: func(p string, err error) string { return "无法读取文件夹 " + p + "：" + err.Error() },
	Exists:      func(n string) string { return "“" + n + "” 已存在。要替换它吗？" },
	NoName:      "请输入文件名。",
	NotCreated:  func(n string, err error) string { return "无法新建文件夹“" + n + "”：" + err.Error() },
}

// English is Text in English, for an app shown in English.
var English = Strings{
	Open: "Open", Save: "Save", Choose: "Choose", Cancel: "Cancel", Up: "Up", NewFolder: "New folder",
	FileName: "File name", Location: "Location", FileType: "File type",
	Home: "Home", Documents: "Documents", Desktop: "Desktop", Downloads: "Downloads", Root: "Computer",
	FolderName: "Folder name", Create: "Create", ReplaceTitle: "Replace file", Waiting: "Choose in the dialog that opened.",
	PickSeveral: "Click a file to select or deselect it; several can be selected.",
	AllFiles:    "All files (*.*)",
	NoFolder:    func(p string) string { return "No such folder: " + p },
	NotReadable: func(p string, err error) string { return "Cannot read the folder " + p + ": " + err.Error() },
	Exists:      func(n string) string { return "“" + n + "” already exists. Replace it?" },
	NoName:      "Type a file name.",
	NotCreated:  func(n string, err error) string { return "Cannot create the folder “" + n + "”: " + err.Error() },
}
