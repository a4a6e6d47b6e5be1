#!/usr/bin/env bash
# make dist: the packages a clerk installs, into dist/ (see README, 打包):
#   年报通-<version>-setup.exe        Windows amd64 installer (per user, NSIS)
#   年报通-<version>-windows-amd64.zip portable Windows folder
#   nianbao_<version>-<build>_amd64.deb  Debian/UOS/Kylin package
#   nianbao-<version>-linux-amd64.tar.xz the layout `fyne package` makes (usr/local + Makefile)
#   SHA256SUMS
# The version and build come from FyneApp.toml only; the commit is stamped into the binaries.
set -euo pipefail
cd "$(dirname "$0")/.."
GO=${GO:-go}
# The desktop app's build tags are the Makefile's GUI_TAGS (run this through `make dist`).
GUI_TAGS=${GUI_TAGS:?run through make dist, which sets GUI_TAGS}

toml() { sed -n "s/^$1[[:space:]]*=[[:space:]]*\"\{0,1\}\([^\"]*\)\"\{0,1\}[[:space:]]*$/\1/p" FyneApp.toml | head -1; }
toml_list() { toml "$1" | tr -d '[]" ' | tr ',' ';'; }
VERSION=$(toml Version)
BUILD=$(toml Build)
NAME=$(toml Name)
APPID=$(toml ID)
COMMIT=$(git rev-parse --short=8 HEAD 2>/dev/null || true)
LDFLAGS="-s -w -X nianbao.Commit=${COMMIT}"

WORK=build/dist
OUT=dist
rm -rf "$WORK" "$OUT"
mkdir -p "$WORK/windows" "$WORK/linux" "$OUT"

echo "== version ${VERSION} build ${BUILD} commit ${COMMIT}"

# --- Windows -------------------------------------------------------------------------------
ICO=$WORK/nianbao.ico
convert assets/icon.png -define icon:auto-resize=256,128,64,48,32,16 "$ICO"
IFS=. read -r MAJ MIN PAT <<<"$VERSION"
sed -e "s|@VERSION@|${VERSION}|g" -e "s|@VERSION_COMMAS@|${MAJ:-0},${MIN:-0},${PAT:-0},${BUILD}|g" \
    -e "s|@ICON@|$(realpath "$ICO")|" -e "s|@MANIFEST@|$(realpath packaging/windows.manifest)|" \
    packaging/windows.rc.in > "$WORK/nianbao.rc"
# The .syso is linked into the Windows build of cmd/nianbao only (its name says windows/amd64).
x86_64-w64-mingw32-windres -c 65001 -O coff -i "$WORK/nianbao.rc" -o cmd/nianbao/rsrc_windows_amd64.syso
trap 'rm -f cmd/nianbao/rsrc_windows_amd64.syso' EXIT

echo "== nianbao.exe (cgo cross-build with mingw; the first one takes minutes)"
GOOS=windows GOARCH=amd64 CGO_ENABLED=1 CC=x86_64-w64-mingw32-gcc \
  $GO build -trimpath -tags "$GUI_TAGS" -ldflags "-H=windowsgui ${LDFLAGS}" -o "$WORK/windows/nianbao.exe" ./cmd/nianbao
echo "== nianbao-cli.exe"
GOOS=windows GOARCH=amd64 CGO_ENABLED=0 \
  $GO build -trimpath -ldflags "${LDFLAGS}" -o "$WORK/windows/nianbao-cli.exe" ./cmd/nianbao-cli
# Notepad reads UTF-8 with a BOM and CRLF line ends everywhere.
{ printf '\xef\xbb\xbf'; sed 's/$/\r/' packaging/说明.txt; } > "$WORK/windows/说明.txt"

# 打开方式 lists 年报通 for the kinds of file it imports.
$GO run ./packaging/filetypes nsis > "$WORK/filetypes.nsh"
makensis -V2 -INPUTCHARSET UTF8 -DVERSION="$VERSION" -DBUILD="$BUILD" -DSRC="$(realpath "$WORK/windows")" \
  -DICON="$(realpath "$ICO")" -DFILETYPES="$(realpath "$WORK/filetypes.nsh")" \
  -DOUT="$(realpath "$OUT")/${NAME}-${VERSION}-setup.exe" packaging/windows.nsi

( cd "$WORK" && rm -rf "zip/${NAME}" && mkdir -p "zip/${NAME}" && cp windows/* "zip/${NAME}/" \
  && cd zip && zip -q -r -X "../../../${OUT}/${NAME}-${VERSION}-windows-amd64.zip" "${NAME}" )

# --- Linux ---------------------------------------------------------------------------------
echo "== nianbao (linux, cgo)"
CGO_ENABLED=1 $GO build -trimpath -tags "$GUI_TAGS" -ldflags "${LDFLAGS}" -o "$WORK/linux/nianbao" ./cmd/nianbao
CGO_ENABLED=0 $GO build -trimpath -ldflags "${LDFLAGS}" -o "$WORK/linux/nianbao-cli" ./cmd/nianbao-cli

# The menu entry offers 年报通 under 打开方式 for the kinds of file it imports.
MIMETYPES=$($GO run ./packaging/filetypes desktop)
desktop_file() { # $1: the command the menu entry starts
  cat <<DESKTOP
[Desktop Entry]
Type=Application
Name=${NAME}
GenericName=$(toml GenericName)
Comment=$(toml Comment)
Exec=$1 %F
MimeType=${MIMETYPES}
Icon=${APPID}
Terminal=false
Categories=$(toml_list Categories);
Keywords=$(toml_list Keywords);
StartupWMClass=${NAME}
DESKTOP
}

# Debian package: /usr/bin, a menu entry, the icon in the hicolor theme.
DEB=$WORK/deb
install -Dm755 "$WORK/linux/nianbao" "$DEB/usr/bin/nianbao"
install -Dm755 "$WORK/linux/nianbao-cli" "$DEB/usr/bin/nianbao-cli"
desktop_file nianbao > "$WORK/${APPID}.desktop"
install -Dm644 "$WORK/${APPID}.desktop" "$DEB/usr/share/applications/${APPID}.desktop"
install -Dm644 assets/icon.png "$DEB/usr/share/icons/hicolor/512x512/apps/${APPID}.png"
install -Dm644 LICENSE "$DEB/usr/share/doc/nianbao/copyright"
mkdir -p "$DEB/DEBIAN"
cat > "$DEB/DEBIAN/control" <<CONTROL
Package: nianbao
Version: ${VERSION}-${BUILD}
Architecture: amd64
Maintainer: 年报通 <nianbao@localhost>
Installed-Size: $(du -sk "$DEB/usr" | cut -f1)
Depends: libc6 (>= 2.31), libgl1, libx11-6, libxcursor1, libxrandr2, libxinerama1, libxi6, libxxf86vm1
Recommends: fonts-noto-cjk | fonts-wqy-microhei, zenity | kdialog, xdg-utils
Section: misc
Priority: optional
Description: $(toml GenericName)的编制、检查、保存和发布 (${NAME})
 ${NAME} prepares, checks, keeps and publishes the statutory annual report on
 government information disclosure in the 2021 national format, offline.
 nianbao-cli is the same engine for batch checks without a display.
CONTROL
dpkg-deb --root-owner-group -Zxz --build "$DEB" "$OUT/nianbao_${VERSION}-${BUILD}_amd64.deb" >/dev/null

# Tarball in the layout of `fyne package -os linux`: usr/local/... and a Makefile that installs it.
TAR=$WORK/tar
install -Dm755 "$WORK/linux/nianbao" "$TAR/usr/local/bin/nianbao"
install -Dm755 "$WORK/linux/nianbao-cli" "$TAR/usr/local/bin/nianbao-cli"
install -Dm644 "$WORK/${APPID}.desktop" "$TAR/usr/local/share/applications/${APPID}.desktop"
install -Dm644 assets/icon.png "$TAR/usr/local/share/pixmaps/${APPID}.png"
cat > "$TAR/Makefile" <<'MAKE'
# Installs 年报通: `sudo make install` (PREFIX=/usr/local), or `make user-install` into ~/.local.
PREFIX ?= /usr/local
install:
	install -Dm755 usr/local/bin/nianbao $(DESTDIR)$(PREFIX)/bin/nianbao
	install -Dm755 usr/local/bin/nianbao-cli $(DESTDIR)$(PREFIX)/bin/nianbao-cli
	install -Dm644 usr/local/share/applications/org.nianbao.desktop.desktop $(DESTDIR)$(PREFIX)/share/applications/org.nianbao.desktop.desktop
	install -Dm644 usr/local/share/pixmaps/org.nianbao.desktop.png $(DESTDIR)$(PREFIX)/share/pixmaps/org.nianbao.desktop.png
user-install:
	$(MAKE) install PREFIX=$(HOME)/.local
uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/nianbao $(DESTDIR)$(PREFIX)/bin/nianbao-cli \
	  $(DESTDIR)$(PREFIX)/share/applications/org.nianbao.desktop.desktop \
	  $(DESTDIR)$(PREFIX)/share/pixmaps/org.nianbao.desktop.png
user-uninstall:
	$(MAKE) uninstall PREFIX=$(HOME)/.local
MAKE
tar -C "$TAR" --owner=0 --group=0 -cJf "$OUT/nianbao-${VERSION}-linux-amd64.tar.xz" Makefile usr

( cd "$OUT" && sha256sum -- * > SHA256SUMS )
echo "== dist/"
ls -l "$OUT"
