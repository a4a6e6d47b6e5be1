; 年报通 installer for Windows (NSIS 3, Unicode). Built by packaging/dist.sh, which defines
; VERSION, BUILD, SRC (the folder holding the executables), OUT and ICON.
; Installs for the current user only (no administrator rights): %LOCALAPPDATA%\Programs\年报通,
; a Start menu and a desktop shortcut, 年报通 under 打开方式 for the kinds of file it imports
; (FILETYPES, from packaging/filetypes; never the default program for them), and an uninstaller
; listed under 应用和功能. The user's history database and settings
; (%APPDATA%\fyne\org.nianbao.desktop) are never touched.
; A 64-bit installer for a 64-bit program: it also runs under a wine64 without 32-bit support
; (make check-dist), and on 32-bit Windows it refuses to start instead of installing a program
; that cannot run.
Target amd64-unicode
ManifestDPIAware true
RequestExecutionLevel user
SetCompressor /SOLID lzma

!include "MUI2.nsh"

!define APPNAME "年报通"
!define APPID "org.nianbao.desktop"
!define UNINSTKEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APPID}"
; The application's own key: 打开方式 offers it for the SupportedTypes and starts the command.
!define APPKEY "Software\Classes\Applications\nianbao.exe"

Name "${APPNAME} ${VERSION}"
OutFile "${OUT}"
InstallDir "$LOCALAPPDATA\Programs\${APPNAME}"
InstallDirRegKey HKCU "${UNINSTKEY}" "InstallLocation"
BrandingText "${APPNAME} ${VERSION}"

VIProductVersion "${VERSION}.${BUILD}"
VIAddVersionKey /LANG=2052 "ProductName" "${APPNAME}"
VIAddVersionKey /LANG=2052 "FileDescription" "${APPNAME} 安装程序"
VIAddVersionKey /LANG=2052 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=2052 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=2052 "LegalCopyright" "年报通"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_FINISHPAGE_RUN "$INSTDIR\nianbao.exe"
!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "SimpChinese"

Section "install"
  SetOutPath "$INSTDIR"
  File "${SRC}\nianbao.exe"
  File "${SRC}\nianbao-cli.exe"
  File "${SRC}\说明.txt"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateShortCut "$SMPROGRAMS\${APPNAME}.lnk" "$INSTDIR\nianbao.exe"
  CreateShortCut "$DESKTOP\${APPNAME}.lnk" "$INSTDIR\nianbao.exe"
  WriteRegStr HKCU "${UNINSTKEY}" "DisplayName" "${APPNAME}"
  WriteRegStr HKCU "${UNINSTKEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTKEY}" "DisplayIcon" "$INSTDIR\nianbao.exe"
  WriteRegStr HKCU "${UNINSTKEY}" "Publisher" "${APPNAME}"
  WriteRegStr HKCU "${UNINSTKEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTKEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTKEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTKEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTKEY}" "NoRepair" 1
  WriteRegStr HKCU "${APPKEY}" "FriendlyAppName" "${APPNAME}"
  WriteRegStr HKCU "${APPKEY}\shell\open\command" "" '"$INSTDIR\nianbao.exe" "%1"'
  !include "${FILETYPES}"
SectionEnd

Section "uninstall"
  ; Only what the installer put there: the reports stay in %APPDATA%.
  Delete "$SMPROGRAMS\${APPNAME}.lnk"
  Delete "$DESKTOP\${APPNAME}.lnk"
  Delete "$INSTDIR\nianbao.exe"
  Delete "$INSTDIR\nianbao-cli.exe"
  Delete "$INSTDIR\说明.txt"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINSTKEY}"
  DeleteRegKey HKCU "${APPKEY}"
SectionEnd
