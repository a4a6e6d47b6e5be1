# x11.sh: what the scripts that drive the desktop app under Xvfb share; sourced, not run. The
# sourcing script defines fail MESSAGE, step MESSAGE, SCRATCH (a scratch folder) and PIDS (the
# processes its cleanup kills).

# chinese_locale: the UI follows the system language, and Chinese is what the clerks see.
chinese_locale() {
  if ! locale -a 2>/dev/null | grep -ix 'zh_CN.utf8' >/dev/null; then
    step "generating the zh_CN.UTF-8 locale"
    $([ "$(id -u)" = 0 ] || echo sudo) localedef -i zh_CN -f UTF-8 zh_CN.UTF-8
  fi
  export LANG=zh_CN.UTF-8 LC_ALL=zh_CN.UTF-8
}

# start_xvfb WIDTHxHEIGHT: an X server on a free display, exported as DISPLAY.
start_xvfb() {
  step "Xvfb"
  # -displayfd: Xvfb picks a free display itself and writes its number once it accepts clients.
  Xvfb -displayfd 5 -screen 0 "$1x24" -nolisten tcp 5>"$SCRATCH/display" >"$SCRATCH/xvfb.log" 2>&1 &
  PIDS+=($!)
  for _ in $(seq 60); do [ -s "$SCRATCH/display" ] && break; sleep 0.5; done
  export DISPLAY=":$(head -1 "$SCRATCH/display")"
  xdpyinfo >/dev/null 2>&1 || fail "Xvfb 没有启动（$SCRATCH/xvfb.log）"
}

# wait_window PATTERN SECONDS: prints the id of the first visible window whose name matches.
wait_window() {
  local i id
  for ((i = 0; i < $2; i++)); do
    id=$(xdotool search --onlyvisible --name "$1" 2>/dev/null | head -1 || true)
    if [ -n "$id" ]; then echo "$id"; return 0; fi
    sleep 1
  done
  return 1
}
