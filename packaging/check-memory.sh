#!/usr/bin/env bash
# check-memory.sh: the desktop app's memory against a bare Fyne window's, on this machine.
#
# Under Xvfb in Chinese, each run starts a program in a fresh home and reads its resident set
# (VmRSS) once it has settled: packaging/barewindow, a bare Fyne window of the app's size, and
# 年报通 with a real report (cmd/nianbao-cli/testdata/xixiayuan-2023.txt) opened from the list
# with a double click and every tab visited. Tabs are visited by clicking along the tab bar and
# counting the different screens seen, so renaming a tab does not break the check. The median
# of RUNS runs (3) of each is compared; the check fails when the app needs more than LIMIT_MIB
# (60) MiB over the bare window. The last screens go into build/check-memory/ to be looked at.
#
# Needs what `make check-memory` installs (Xvfb, xdotool, imagemagick, locales) and the binaries
# it builds: bin/nianbao, bin/nianbao-cli and bin/barewindow.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-3}
LIMIT_MIB=${LIMIT_MIB:-60}
TABS=9 # 基本信息, 一 … 六, 检查, 年度对比
OUT=build/check-memory
SCRATCH=$(mktemp -d /tmp/nianbao-memory.XXXXXX)
PIDS=()

step() { echo "== $*"; }
fail() { echo "check-memory：失败：$*" >&2; exit 1; }
cleanup() {
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
  rm -rf "$SCRATCH"
}
trap cleanup EXIT
# shellcheck source=packaging/x11.sh
. packaging/x11.sh

for b in bin/nianbao bin/nianbao-cli bin/barewindow; do
  [ -x "$b" ] || fail "没有 $b，请用 make check-memory 运行"
done

# rss PID: the resident set of PID in KiB.
rss() { awk '/^VmRSS:/ { print $2 }' "/proc/$1/status"; }

# start NAME COMMAND...: starts COMMAND in a fresh home and waits for its window; sets PID, WIN.
start() {
  local name=$1
  shift
  export HOME=$SCRATCH/home-$name
  mkdir -p "$HOME"
  "$@" >"$SCRATCH/$name.log" 2>&1 &
  PID=$!
  PIDS+=("$PID")
  WIN=$(wait_window "${TITLE:?}" 30) || fail "$name 的窗口没有出现（$SCRATCH/$name.log）"
  sleep 3
}

# stop: ends the program start started.
stop() { kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; }

# screen FILE: a screenshot of the window; prints the hash of what is under the tab bar (so that
# a tab lit by the pointer does not count as another page).
screen() {
  import -window "$WIN" "$1" && convert "$1" -crop +0+110 +repage -format '%#' info:
}

# bare_run: sets RSS to the resident set of a bare Fyne window.
bare_run() {
  TITLE='^barewindow$' start bare bin/barewindow
  RSS=$(rss "$PID")
  stop
}

# app_run N: sets RSS to the resident set of 年报通 with a report open and every tab visited.
app_run() {
  local db=$SCRATCH/app-$1.db x h
  local -A seen=()
  NIANBAO_DB=$db bin/nianbao-cli db import cmd/nianbao-cli/testdata/xixiayuan-2023.txt >/dev/null ||
    fail "nianbao-cli db import 失败"
  NIANBAO_DB=$db TITLE='年报通' start app bin/nianbao
  screen "$OUT/list.png" >/dev/null
  # The first row of the report list, under the toolbar, the filter and the column headers.
  xdotool mousemove --window "$WIN" 60 200 click --repeat 2 --delay 80 1
  for _ in $(seq 20); do xdotool getwindowname "$WIN" | grep -q ' - 年报通' && break; sleep 0.5; done
  xdotool getwindowname "$WIN" | grep -q ' - 年报通' || fail "双击报告列表的第一行没有打开报告（见 $OUT/list.png）"
  sleep 2
  # Along the tab bar, under the header, every 24 pixels until the tabs end.
  for ((x = 12; x < 900; x += 24)); do
    xdotool mousemove --window "$WIN" "$x" 93 click 1
    sleep 0.6
    h=$(screen "$SCRATCH/tab.png")
    if [ -z "${seen[$h]:-}" ]; then
      seen[$h]=1
      cp "$SCRATCH/tab.png" "$OUT/tab-${#seen[@]}.png"
    fi
  done
  [ "${#seen[@]}" -ge "$TABS" ] || fail "只看到 ${#seen[@]} 个不同的页面，应有 $TABS 个标签页（见 $OUT/tab-*.png）"
  sleep 3
  RSS=$(rss "$PID")
  stop
}

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

rm -rf "$OUT"
mkdir -p "$OUT"
chinese_locale
start_xvfb 1366x768
unset XDG_CONFIG_HOME NIANBAO_DB

bare=() app=()
for ((i = 1; i <= RUNS; i++)); do
  step "run $i of $RUNS"
  bare_run
  bare+=("$RSS")
  app_run "$i"
  app+=("$RSS")
  echo "bare window ${bare[-1]} KiB, 年报通 ${app[-1]} KiB"
done
b=$(printf '%s\n' "${bare[@]}" | median)
a=$(printf '%s\n' "${app[@]}" | median)
diff_mib=$(awk -v a="$a" -v b="$b" 'BEGIN { printf "%.1f", (a - b) / 1024 }')
{
  echo "bare Fyne window: $((b / 1024)) MiB (median of ${bare[*]} KiB)"
  echo "年报通, report open, every tab visited: $((a / 1024)) MiB (median of ${app[*]} KiB)"
  echo "difference: $diff_mib MiB (limit $LIMIT_MIB MiB)"
} | tee "$OUT/result.txt"
awk -v d="$diff_mib" -v l="$LIMIT_MIB" 'BEGIN { exit !(d <= l) }' ||
  fail "年报通比空白 Fyne 窗口多用 $diff_mib MiB 内存，超过 $LIMIT_MIB MiB"
