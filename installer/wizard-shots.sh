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
title_is() {  # title_is TEXT: a window with this title (the titles are Vietnamese) comes up
  local i
  for i in $(seq 120); do xdotool search --name "^$1" >/dev/null 2>&1 && return 0; sleep 0.5; done
  grab "$shots/no-window.png"; fail "wizard: no window titled \"$1\" (see $shots/no-window.png)"
}
ends() {  # ends PID: the wizard process exits within a minute
  local i
  for i in $(seq 120); do kill -0 "$1" 2>/dev/null || { wineserver -w; return 0; }; sleep 0.5; done
  grab "$shots/still-running.png"; fail "wizard: still running (see $shots/still-running.png)"
}

take_wizard_shots() {
  shots="$1"; rm -rf "$shots"; mkdir -p "$shots"
  local appdir un="HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\$APP_ID"
  appdir="$(unixpath "$LOCALAPPDATA\\Programs\\thidua_desktop")"
  # A virtual desktop draws the window frames, so the titles are in the pictures too.
  wine explorer /desktop=shots,1024x768 "$(winepath -w "$setup")" >/dev/null 2>&1 &
  local pid=$!
  title_is "Chọn ngôn ngữ cài đặt"; shot 01-chon-ngon-ngu; key Return
  title_is "Cài đặt – $APP_NAME"; shot 02-thu-muc-cai-dat; key alt+u
  shot 03-duyet-thu-muc; key Escape
  shot 04-thu-muc-cai-dat-lai; rm "$shots/04-thu-muc-cai-dat-lai.png"; key Return
  shot 05-tac-vu-bo-sung; key Return
  shot 06-san-sang-cai-dat; key Escape
  title_is "Thoát cài đặt"; shot 07-xac-nhan-thoat; key Return  # "No" has the focus
  shot 08-san-sang-cai-dat-lai; rm "$shots/08-san-sang-cai-dat-lai.png"; key Return
  # The uninstall entry is written last: then the wizard shows its last page.
  for _ in $(seq 120); do reg_key_exists "$un" && break; sleep 0.5; done
  reg_key_exists "$un" || fail "wizard: the install did not finish"
  shot 09-hoan-tat; key Return
  ends "$pid"
  wine explorer /desktop=shots,1024x768 "$(winepath -w "$appdir/unins000.exe")" >/dev/null 2>&1 &
  pid=$!
  title_is "Gỡ cài đặt $APP_NAME"; shot 10-go-cai-dat-xac-nhan
  key shift+Tab Return  # "No" has the focus: answer "Yes"
  for _ in $(seq 120); do reg_key_exists "$un" || break; sleep 0.5; done
  shot 11-go-cai-dat-xong; key Return
  ends "$pid"
  [ ! -e "$appdir" ] || fail "wizard: the uninstaller left $appdir"
  ok "wizard: installed and uninstalled through the Vietnamese pages; $(ls "$shots" | wc -l) screenshots in $shots"
}
