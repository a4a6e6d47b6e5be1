#!/usr/bin/env bash
# make check-dist: installs the packages in dist/ the way a clerk would and starts them, headless:
#   Linux:   dpkg -x the .deb into a scratch root, nianbao-cli check / db import from it, the app
#            under Xvfb (window found with xdotool, screenshot dist/check/linux.png);
#   Windows: the NSIS installer silently (/S) under wine64 in a fresh prefix with the zh_CN locale,
#            the installed nianbao-cli.exe check / db import, the installed 年报通 under Xvfb
#            (dist/check/wine.png), its 打开方式 registration, a second start that opens a report
#            (dist/check/wine-second.png), then the silent uninstaller, which must leave the history
#            database in place. Linux's second start opens a report too (linux-second.png).
# Any failure exits non-zero. Needs what `make check-dist` installs (wine64, xvfb, xdotool,
# imagemagick, mingw) and a zh_CN.UTF-8 locale, which it generates when missing.
# DIST=folder checks packages built elsewhere; KEEP=1 keeps the scratch folder for a look.
set -euo pipefail
cd "$(dirname "$0")/.."
DIST=${DIST:-dist}
CHECK=$DIST/check
VERSION=$(sed -n 's/^Version[[:space:]]*=[[:space:]]*"\(.*\)"/\1/p' FyneApp.toml)
SCRATCH=$(mktemp -d /tmp/nianbao-check.XXXXXX)
PIDS=()

step() { echo "== $*"; }
fail() { echo "check-dist：失败：$*" >&2; exit 1; }
cleanup() {
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
  [ -n "${WINEPREFIX:-}" ] && wineserver -k 2>/dev/null || true
  if [ -n "${KEEP:-}" ]; then echo "scratch kept: $SCRATCH"; else rm -rf "$SCRATCH"; fi
}
trap cleanup EXIT
# shellcheck source=packaging/x11.sh
. packaging/x11.sh

# shot NAME: a screenshot of the whole screen into dist/check/NAME.png once the window has drawn.
shot() {
  sleep "${SETTLE:-5}"
  import -window root "$CHECK/$1.png"
  echo "screenshot: $CHECK/$1.png"
}

# about WINDOW NAME: opens 帮助 › 关于年报通 (the version and build) and screenshots it. 帮助 is the
# last menu, so it is found as the right end of the labels in the window's menu bar (the box of
# what differs from the bar's own colour), whatever menus come before it.
about() {
  local box w x
  import -window "$1" "$SCRATCH/menubar.png"
  box=$(convert "$SCRATCH/menubar.png" -crop 1280x16+0+4 +repage -fuzz 10% -format '%@' info:)
  w=${box%%x*}
  x=${box#*+}
  x=$((${x%%+*} + w - 14)) # the middle of the two characters 帮助
  xdotool mousemove --window "$1" "$x" 12 click 1
  sleep 2
  xdotool mousemove --window "$1" $((x + 26)) 44 click 1
  SETTLE=3 shot "$2"
}

# expect_check OUTPUT RC: a check that read the report (exit 0 or 1, never 2) and said so.
expect_check() {
  [ "$2" -le 1 ] || fail "nianbao-cli check 退出码 $2（报告无法读取），输出见 $1"
  grep -q "共检查 1 个文件" "$1" || fail "nianbao-cli check 没有报告检查结果，输出见 $1"
}

rm -rf "$CHECK"
mkdir -p "$CHECK"
deb=$(ls "$DIST"/nianbao_*_amd64.deb 2>/dev/null | head -1)
setup=$(ls "$DIST"/*-setup.exe 2>/dev/null | head -1)
[ -n "$deb" ] && [ -n "$setup" ] || fail "$DIST 里没有 .deb 或安装程序，请先 make dist"
(cd "$DIST" && sha256sum --quiet -c SHA256SUMS) || fail "SHA256SUMS 与 $DIST 中的文件不符"

# The tests of the Windows-only code (the single-instance handshake, ShellExecute for 打开/打印,
# the Explorer open/save/folder dialogs), built for Windows now, while HOME still leads go to its
# module and build caches; they run under wine64 below. The other app tests need files Wine will
# not let Go delete, and run on Linux.
GOOS=windows GOARCH=amd64 CGO_ENABLED=0 ${GO:-go} test -c -o "$SCRATCH/app.test.exe" ./app/
GOOS=windows GOARCH=amd64 CGO_ENABLED=0 ${GO:-go} test -c -o "$SCRATCH/filechooser.test.exe" ./widgets/filechooser/

# A report in a folder whose name has Chinese characters and spaces, as clerks keep them.
REPORT_DIR="$SCRATCH/年度 报告/2023 年"
mkdir -p "$REPORT_DIR"
REPORT="$REPORT_DIR/西峡县 人民政府 2023.txt"
cp cmd/nianbao-cli/testdata/xixiayuan-2023.txt "$REPORT"

chinese_locale
start_xvfb 1280x800

# --- Linux: the .deb ------------------------------------------------------------------------
step "Linux: dpkg -x $(basename "$deb")"
ROOT=$SCRATCH/deb
dpkg -x "$deb" "$ROOT"
for f in usr/bin/nianbao usr/bin/nianbao-cli usr/share/applications/org.nianbao.desktop.desktop \
  usr/share/icons/hicolor/512x512/apps/org.nianbao.desktop.png; do
  [ -e "$ROOT/$f" ] || fail ".deb 里没有 /$f"
done
grep -q '^Exec=nianbao %F$' "$ROOT/usr/share/applications/org.nianbao.desktop.desktop" || fail ".desktop 文件的 Exec 不对"
for type in application/pdf application/vnd.openxmlformats-officedocument.wordprocessingml.document; do
  grep '^MimeType=' "$ROOT/usr/share/applications/org.nianbao.desktop.desktop" | grep -F "$type;" >/dev/null ||
    fail ".desktop 文件没有为 $type 提供“打开方式”"
done
dpkg-deb -f "$deb" Depends | grep libgl1 >/dev/null || fail ".deb 没有依赖 libgl1"

# A fresh user: the database goes into ~/.config/fyne/org.nianbao.desktop.
export HOME=$SCRATCH/home-linux
mkdir -p "$HOME"
unset XDG_CONFIG_HOME NIANBAO_DB
"$ROOT/usr/bin/nianbao-cli" --version | tee "$CHECK/linux-version.txt" | grep -F "$VERSION" >/dev/null ||
  fail "nianbao-cli --version 没有显示版本 $VERSION"
rc=0; "$ROOT/usr/bin/nianbao-cli" check "$REPORT" >"$CHECK/linux-check.txt" 2>&1 || rc=$?
expect_check "$CHECK/linux-check.txt" "$rc"
"$ROOT/usr/bin/nianbao-cli" db import "$REPORT" >"$CHECK/linux-import.txt" 2>&1 ||
  fail "nianbao-cli db import 失败：$(cat "$CHECK/linux-import.txt")"
LINUX_DB=$HOME/.config/fyne/org.nianbao.desktop/nianbao.db
[ -s "$LINUX_DB" ] || fail "历史数据库不在 $LINUX_DB"

step "Linux: 年报通 under Xvfb"
"$ROOT/usr/bin/nianbao" >"$CHECK/linux-app.log" 2>&1 &
app=$!
PIDS+=("$app")
wid=$(wait_window '年报通' 60) || fail "Linux 上 60 秒内没有出现年报通的窗口（$CHECK/linux-app.log）"
kill -0 "$app" 2>/dev/null || fail "Linux 上年报通启动后退出了（$CHECK/linux-app.log）"
shot linux
about "$wid" linux-about
step "Linux: a second start, opening a report with 年报通 (the import preview in the running window)"
rc=0; timeout 30 "$ROOT/usr/bin/nianbao" "$REPORT" >"$CHECK/linux-second.log" 2>&1 || rc=$?
[ "$rc" = 0 ] || fail "第二次启动没有交给已运行的年报通（退出码 $rc，$CHECK/linux-second.log）"
[ "$(xdotool search --onlyvisible --name '年报通' | wc -l)" = 1 ] || fail "第二次启动又开了一个窗口"
SETTLE=3 shot linux-second
kill "$app"
wait "$app" 2>/dev/null || true

# --- Windows: the installer under wine64 --------------------------------------------------------
step "Windows: a fresh wine64 prefix"
export HOME=$SCRATCH/home-wine
mkdir -p "$HOME"
export WINEPREFIX=$SCRATCH/wine WINEARCH=win64 WINEDEBUG=-all
# No Mono or Gecko download prompts; the ProcessPrng stand-in is taken over any builtin.
export WINEDLLOVERRIDES="mscoree,mshtml=;bcryptprimitives=n"
wineboot -i >"$SCRATCH/wineboot.log" 2>&1 || fail "wineboot 失败（$SCRATCH/wineboot.log）"
wineserver -w
SYS32=$WINEPREFIX/drive_c/windows/system32
x86_64-w64-mingw32-gcc -O2 -shared -o "$SYS32/bcryptprimitives.dll" packaging/check/processprng.c -ladvapi32

step "Windows: the Windows-only code's tests under wine64"
wine "$SCRATCH/app.test.exe" -test.run 'Instance|Shell' -test.v >"$CHECK/wine-tests.txt" 2>&1 ||
  fail "Windows 版的测试没有通过（$CHECK/wine-tests.txt）"
mkdir -p "$SCRATCH/dialogs"
NIANBAO_DIALOG_TEST=$(winepath -w "$SCRATCH/dialogs") wine "$SCRATCH/filechooser.test.exe" \
  -test.run Explorer -test.v -test.timeout 180s >"$CHECK/wine-dialogs.txt" 2>&1 ||
  fail "Windows 的打开/保存/选择文件夹对话框测试没有通过（$CHECK/wine-dialogs.txt）"

step "Windows: $(basename "$setup") /S"
wine "$setup" /S || fail "安装程序退出码 $?"
wineserver -w
WUSER=$WINEPREFIX/drive_c/users/$(id -un)
INST=$WUSER/AppData/Local/Programs/年报通
for f in nianbao.exe nianbao-cli.exe 说明.txt uninstall.exe; do
  [ -f "$INST/$f" ] || fail "安装后没有 $INST/$f"
done
START_LNK="$WUSER/AppData/Roaming/Microsoft/Windows/Start Menu/Programs/年报通.lnk"
DESKTOP_LNK=$WUSER/Desktop/年报通.lnk
[ -f "$START_LNK" ] || fail "开始菜单里没有年报通"
[ -f "$DESKTOP_LNK" ] || fail "桌面上没有年报通"
UNINST_KEY='HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\org.nianbao.desktop'
wine reg query "$UNINST_KEY" /v DisplayVersion 2>/dev/null | grep -F "$VERSION" >/dev/null || fail "应用和功能里没有年报通 $VERSION"
x86_64-w64-mingw32-objdump -p "$INST/nianbao.exe" | grep 'Subsystem.*Windows GUI' >/dev/null || fail "nianbao.exe 不是图形界面程序（会弹出命令行窗口）"
APP_KEY='HKCU\Software\Classes\Applications\nianbao.exe'
wine reg query "$APP_KEY\SupportedTypes" 2>/dev/null | tr -d '\r' >"$CHECK/wine-filetypes.txt" || true
for ext in .pdf .docx .doc .xlsx .html .txt; do
  grep -iF -- "$ext " "$CHECK/wine-filetypes.txt" >/dev/null || fail "“打开方式”里没有为 $ext 文件列出年报通（$CHECK/wine-filetypes.txt）"
done
wine reg query "$APP_KEY\shell\open\command" 2>/dev/null | grep -F 'nianbao.exe" "%1"' >/dev/null ||
  fail "“打开方式”启动年报通的命令不对"

step "Windows: nianbao-cli.exe"
CLI=$INST/nianbao-cli.exe
WREPORT=$(winepath -w "$REPORT")
wine "$CLI" --version 2>/dev/null | tr -d '\r' | tee "$CHECK/wine-version.txt" | grep -F "$VERSION" >/dev/null ||
  fail "nianbao-cli.exe --version 没有显示版本 $VERSION"
rc=0; wine "$CLI" check "$WREPORT" 2>&1 | tr -d '\r' >"$CHECK/wine-check.txt" || true
rc=${PIPESTATUS[0]}
expect_check "$CHECK/wine-check.txt" "$rc"
wine "$CLI" db import "$WREPORT" 2>&1 | tr -d '\r' >"$CHECK/wine-import.txt"
[ "${PIPESTATUS[0]}" = 0 ] || fail "nianbao-cli.exe db import 失败：$(cat "$CHECK/wine-import.txt")"
# A database of its own in a folder with Chinese characters and spaces (C:\Users\张三\… is common).
OTHER_DB="$REPORT_DIR/历史 数据库.db"
wine "$CLI" db --db "$(winepath -w "$OTHER_DB")" import "$WREPORT" >/dev/null 2>&1 && [ -s "$OTHER_DB" ] ||
  fail "nianbao-cli.exe 不能使用中文带空格路径的数据库 $OTHER_DB"
WIN_DB=$WUSER/AppData/Roaming/fyne/org.nianbao.desktop/nianbao.db
[ -s "$WIN_DB" ] || fail "历史数据库不在 %APPDATA%\\fyne\\org.nianbao.desktop（$WIN_DB）"

step "Windows: 年报通 under wine64"
(cd "$WUSER" && exec wine "$INST/nianbao.exe") >"$CHECK/wine-app.log" 2>&1 &
app=$!
PIDS+=("$app")
wid=$(wait_window '年报通' 120) || fail "Wine 下 120 秒内没有出现年报通的窗口（$CHECK/wine-app.log）"
kill -0 "$app" 2>/dev/null || fail "Wine 下年报通启动后退出了（$CHECK/wine-app.log）"
shot wine
about "$wid" wine-about
step "Windows: a second start, opening a report with 年报通 (the import preview in the running window)"
rc=0; timeout 60 wine "$INST/nianbao.exe" "$WREPORT" >"$CHECK/wine-second.log" 2>&1 || rc=$?
[ "$rc" = 0 ] || fail "Wine 下第二次启动没有交给已运行的年报通（退出码 $rc，$CHECK/wine-second.log）"
[ "$(xdotool search --onlyvisible --name '年报通' | wc -l)" = 1 ] || fail "Wine 下第二次启动又开了一个窗口"
SETTLE=3 shot wine-second
# Closed as a user would (WM_CLOSE), so the app shuts its database down itself.
wine taskkill /im nianbao.exe >/dev/null 2>&1 || true
for _ in $(seq 30); do kill -0 "$app" 2>/dev/null || break; sleep 1; done
kill "$app" 2>/dev/null || true
wineserver -w

step "Windows: uninstall.exe /S"
wine "$INST/uninstall.exe" /S || fail "卸载程序退出码 $?"
wineserver -w # the uninstaller runs on from a copy in %TEMP%
for f in nianbao.exe nianbao-cli.exe uninstall.exe; do
  [ ! -e "$INST/$f" ] || fail "卸载后还有 $INST/$f"
done
[ ! -e "$START_LNK" ] && [ ! -e "$DESKTOP_LNK" ] || fail "卸载后快捷方式还在"
! wine reg query "$UNINST_KEY" >/dev/null 2>&1 || fail "卸载后应用和功能里还有年报通"
! wine reg query "$APP_KEY" >/dev/null 2>&1 || fail "卸载后“打开方式”里还有年报通"
[ -s "$WIN_DB" ] || fail "卸载删掉了用户的历史数据库 $WIN_DB"

echo "check-dist: all checks passed; screenshots in $CHECK/"
