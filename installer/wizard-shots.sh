# Screenshots of every wizard page under Xvfb, for check-windows-installer.sh (sourced, not run).
# Uses $setup, $work, $DISPLAY, $WINEPREFIX and the helpers of check-windows-installer.sh.

grab() { import -window root "$1"; }
# changed A B: the two screens differ by more than a blinking caret.
changed() {
  local n
  n="$(compare -metric AE -fuzz 5% "$1" "$2" null: 2>&1 || true)"
  n="${n%% *}"; [ "${n%.*}" -gt 400 ] 2>/dev/null
}
# shot NAME: wait until the screen differs from the previous shot and holds still, save it.
shot() {
  local f="$shots/$1.png" prev="$work/prev.png" deadline=$((SECONDS + 60))
  while :; do
    [ $SECONDS -lt $deadline ] || { grab "$f"; fail "wizard: no new screen for $1 (see $f)"; }
    sleep 0.5; grab "$work/now.png"
    if [ ! -f "$work/last.png" ] || changed "$work/last.png" "$work/now.png"; then
      sleep 1; grab "$work/again.png"
      changed "$work/now.png" "$work/again.png" || break
    fi
  done
  cp "$work/again.png" "$f"; cp "$f" "$work/last.png"
  echo "screenshot: $f"
}
key() { xdotool key --clearmodifiers "$@"; }
title_is() {  # title_is TEXT: a window with this title is on screen (the titles are Vietnamese)
  xdotool search --name "^$1" >/dev/null 2>&1 || fail "wizard: no window titled \"$1\""
}

take_wizard_shots() {
  shots="$1"; rm -rf "$shots"; mkdir -p "$shots"
  local appdir
  appdir="$(unixpath "$LOCALAPPDATA\\Programs\\thidua_desktop")"
  # A virtual desktop draws the window frames, so the titles are in the pictures too.
  wine explorer /desktop=shots,1024x768 "$(winepath -w "$setup")" >/dev/null 2>&1 &
  local pid=$!
  shot 01-chon-ngon-ngu; title_is "Chọn ngôn ngữ cài đặt"; key Return
  shot 02-thu-muc-cai-dat; title_is "Cài đặt – $APP_NAME"; key alt+u
  shot 03-duyet-thu-muc; key Escape
  shot 04-thu-muc-cai-dat-lai; rm "$shots/04-thu-muc-cai-dat-lai.png"; key Return
  shot 05-tac-vu-bo-sung; key Return
  shot 06-san-sang-cai-dat; key Escape
  shot 07-xac-nhan-thoat; title_is "Thoát cài đặt"; key Return  # "No" has the focus
  shot 08-san-sang-cai-dat-lai; rm "$shots/08-san-sang-cai-dat-lai.png"; key Return
  for _ in $(seq 120); do [ -f "$appdir/unins000.dat" ] && break; sleep 0.5; done
  [ -f "$appdir/unins000.dat" ] || fail "wizard: nothing installed in $appdir"
  shot 09-hoan-tat; key Return
  wait "$pid" || true
  wineserver -w
  wine explorer /desktop=shots,1024x768 "$(winepath -w "$appdir/unins000.exe")" >/dev/null 2>&1 &
  pid=$!
  shot 10-go-cai-dat-xac-nhan; title_is "Gỡ cài đặt"; key shift+Tab Return  # "No" has the focus: answer "Yes"
  shot 11-go-cai-dat-xong; key Return
  wait "$pid" || true
  wineserver -w
  [ ! -e "$appdir" ] || fail "wizard: the uninstaller left $appdir"
  ok "wizard: installed and uninstalled through the Vietnamese pages; $(ls "$shots" | wc -l) screenshots in $shots"
}
