# 年报通 — build, run and test.
# `make run` installs the system packages the desktop app needs (Debian/Ubuntu), builds and starts it.
# `make test` runs every test headless with CGO_ENABLED=0; only Go is needed.

GO       ?= go
BIN      := bin
SUDO     := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
GUI_DEPS := gcc pkg-config libgl1-mesa-dev libxcursor-dev libxrandr-dev libxinerama-dev libxi-dev libxxf86vm-dev
STATICCHECK := honnef.co/go/tools/cmd/staticcheck@v0.8.2
# GUI_TAGS are the build tags of the desktop app. no_emoji leaves out Fyne's 4 MB colour emoji
# font, which a report never uses and which Fyne would parse again for every text style.
GUI_TAGS := no_emoji

.PHONY: all run build build-cli deps test bench fuzz lint check-office check-memory dist dist-deps check-dist build-windows clean

all: build build-cli

## run: install system packages if missing, build and start the desktop app
run: deps build
	./$(BIN)/nianbao

## deps: install the C libraries Fyne needs (once per machine)
deps:
	@missing=""; for p in $(GUI_DEPS); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then echo "installing:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; fi

## build: the desktop app (cgo)
build:
	CGO_ENABLED=1 $(GO) build -tags $(GUI_TAGS) -o $(BIN)/nianbao ./cmd/nianbao

## build-cli: the headless command (pure Go)
build-cli:
	CGO_ENABLED=0 $(GO) build -o $(BIN)/nianbao-cli ./cmd/nianbao-cli

## test: every test, headless, pure Go
test:
	CGO_ENABLED=0 $(GO) test ./...

## bench: the speed targets
bench:
	CGO_ENABLED=0 $(GO) test -run '^$$' -bench . -benchmem ./...

## fuzz: a short run of every fuzz target (FUZZTIME=30s by default). Each new input is minimised
## for at most FUZZMINIMIZE (Go's default, 60s, would spend a short run minimising, not exploring:
## 150 runs of the xlsx reader in 30 s, 11,346 with 5s)
FUZZTIME ?= 30s
FUZZMINIMIZE ?= 5s
fuzz:
	@for pkg in $$(CGO_ENABLED=0 $(GO) list ./...); do \
	  for f in $$(CGO_ENABLED=0 $(GO) test -list '^Fuzz' $$pkg | grep '^Fuzz'); do \
	    echo "== $$pkg $$f"; CGO_ENABLED=0 $(GO) test -run '^$$' -fuzz "^$$f$$" -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINIMIZE) $$pkg || exit 1; \
	  done; done

## lint: gofmt, go vet, staticcheck
lint:
	@out=$$(gofmt -l $$(git ls-files '*.go')); if [ -n "$$out" ]; then echo "gofmt:"; echo "$$out"; exit 1; fi
	CGO_ENABLED=0 $(GO) vet ./...
	CGO_ENABLED=0 $(GO) run $(STATICCHECK) ./...

## check-office: convert exports with LibreOffice and pdftoppm and compare (opt-in; needs them installed)
check-office:
	CGO_ENABLED=0 NIANBAO_OFFICE=1 $(GO) test -run Office -count=1 ./data/export/...

## check-memory: the app's memory (a report open, every tab visited) against a bare Fyne window's
## under Xvfb; fails beyond 60 MiB more (opt-in; installs Xvfb, xdotool, imagemagick, locales)
CHECK_MEMORY_DEPS := xvfb xdotool x11-utils imagemagick locales
check-memory: deps build build-cli
	@missing=""; for p in $(CHECK_MEMORY_DEPS); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then echo "installing:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; fi
	CGO_ENABLED=1 $(GO) build -o $(BIN)/barewindow ./packaging/barewindow
	packaging/check-memory.sh

## dist-deps: the cross compiler and packaging tools `make dist` uses (Debian/Ubuntu)
DIST_DEPS := gcc-mingw-w64-x86-64 binutils-mingw-w64-x86-64 nsis imagemagick zip xz-utils dpkg
dist-deps: deps
	@missing=""; for p in $(DIST_DEPS); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then echo "installing:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; fi

## dist: the Windows installer and .zip, the .deb and .tar.xz, SHA256SUMS, into dist/ (version from FyneApp.toml)
dist: dist-deps
	GO=$(GO) GUI_TAGS=$(GUI_TAGS) packaging/dist.sh

## check-dist: build dist/, install the .deb (dpkg -x) and the Windows installer (wine64) in scratch
## places, start both under Xvfb in Chinese, screenshots into dist/check/ (opt-in; installs wine64, Xvfb…)
CHECK_DIST_DEPS := wine wine64 xvfb xdotool x11-utils imagemagick locales gcc-mingw-w64-x86-64
check-dist: dist
	@missing=""; for p in $(CHECK_DIST_DEPS); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then echo "installing:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; fi
	packaging/check-dist.sh

## build-windows: only the Windows executables (what CI builds so that the Windows build cannot rot),
## after vetting every package and test as compiled for Windows (the _windows.go files)
build-windows:
	GOOS=windows GOARCH=amd64 CGO_ENABLED=0 $(GO) vet ./...
	GOOS=windows GOARCH=amd64 CGO_ENABLED=1 CC=x86_64-w64-mingw32-gcc $(GO) build -tags $(GUI_TAGS) -ldflags -H=windowsgui -o $(BIN)/windows/nianbao.exe ./cmd/nianbao
	GOOS=windows GOARCH=amd64 CGO_ENABLED=0 $(GO) build -o $(BIN)/windows/nianbao-cli.exe ./cmd/nianbao-cli

clean:
	rm -rf $(BIN) build dist
