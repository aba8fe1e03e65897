# Stand-in bundle and install/uninstall checks for check-windows-installer.sh (sourced, not run).

# make_standin DIR: the file list PyInstaller's folder bundle has on Windows (two executables at
# the top, everything else under _internal\, the spec's data folders copied from the repository),
# with small stand-in files for the binaries.
make_standin() {
  local d="$1" f exe
  mkdir -p "$d/_internal"
  # A real (tiny) Windows program, so that "open the app" on the last wizard page runs something.
  exe="$(ls /usr/lib/x86_64-linux-gnu/wine/x86_64-windows/hostname.exe /usr/lib/wine/x86_64-windows/hostname.exe 2>/dev/null | head -1 || true)"
  for f in thidua-desktop.exe thidua.exe; do
    if [ -n "$exe" ]; then cp "$exe" "$d/$f"; else printf 'MZ stand-in %s\n' "$f" >"$d/$f"; fi
  done
  (cd "$root" && git ls-files -z resources templates_docx | while IFS= read -r -d '' f; do
    mkdir -p "$d/_internal/$(dirname "$f")"; cp "$f" "$d/_internal/$f"
  done)
  for f in python311.dll python3.dll VCRUNTIME140.dll VCRUNTIME140_1.dll base_library.zip \
    libffi-8.dll libcrypto-3.dll libssl-3.dll sqlite3.dll _sqlite3.pyd _ctypes.pyd _socket.pyd \
    select.pyd unicodedata.pyd PySide6/Qt6Core.dll PySide6/Qt6Gui.dll PySide6/Qt6Widgets.dll \
    PySide6/Qt6Network.dll PySide6/Qt6Svg.dll PySide6/QtCore.pyd PySide6/QtGui.pyd \
    PySide6/QtWidgets.pyd PySide6/QtNetwork.pyd PySide6/plugins/platforms/qwindows.dll \
    PySide6/plugins/styles/qmodernwindowsstyle.dll PySide6/plugins/imageformats/qsvg.dll \
    PySide6/translations/qtbase_vi.qm shiboken6/shiboken6.abi3.dll \
    lxml/etree.cp311-win_amd64.pyd PIL/_imaging.cp311-win_amd64.pyd; do
    mkdir -p "$d/_internal/$(dirname "$f")"; printf 'stand-in %s\n' "$f" >"$d/_internal/$f"
  done
}

# wine's reg.exe reads the 32-bit view by default; the installer writes the 64-bit one.
reg_value() {  # reg_value KEY NAME|"": the value's data, empty when absent ("" = default value)
  local out
  if [ -z "$2" ]; then out="$(wine reg query "$1" /ve /reg:64 2>/dev/null)" || return 0
  else out="$(wine reg query "$1" /v "$2" /reg:64 2>/dev/null)" || return 0; fi
  printf '%s\n' "$out" | tr -d '\r' | sed -n 's/^ *[^ ].*REG_[A-Z_]* *\(.*\)$/\1/p' | head -1
}
reg_key_exists() { wine reg query "$1" /reg:64 >/dev/null 2>&1; }
lnk_target_has() { LC_ALL=C tr -d '\0' <"$1" | grep -aq "$2"; }

# tree_snapshot FILE: every file and folder of drive C: and the registry's Software hives, to
# compare before install and after uninstall.
tree_snapshot() {
  wineserver -w
  {
    (cd "$WINEPREFIX/drive_c" && find . -path ./windows -prune -o -print | grep -v '/Temp\(/\|$\)' | sort)
    for hive in 'HKCU\Software' 'HKLM\Software'; do
      wine reg export "$hive" "$work/hive.reg" /y /reg:64 >/dev/null 2>&1
      iconv -f UTF-16 -t UTF-8 "$work/hive.reg" | tr -d '\r' | grep '^\[' | sort
    done
  } >"$1"
}

# check_install_cycle user|all: silent install, checks, silent uninstall, checks.
check_install_cycle() {
  local mode="$1" hk appdir appwin startmenu desktop flag classes data
  if [ "$mode" = user ]; then
    hk=HKCU; flag=/CURRENTUSER; appwin="$LOCALAPPDATA\\Programs\\thidua_desktop"
    startmenu="$(unixpath "$APPDATA")/Microsoft/Windows/Start Menu/Programs/$GROUP"
    desktop="$(unixpath "$USERPROFILE")/Desktop"
  else
    hk=HKLM; flag=/ALLUSERS; appwin="$PROGRAMFILES\\thidua_desktop"
    startmenu="$(unixpath "$PROGRAMDATA")/Microsoft/Windows/Start Menu/Programs/$GROUP"
    desktop="$(unixpath "$PUBLIC")/Desktop"
  fi
  appdir="$(unixpath "$appwin")"; classes="$hk\\Software\\Classes"
  # The user's data (platformdirs: %LOCALAPPDATA%\thidua_desktop) exists before and must stay.
  data="$(unixpath "$LOCALAPPDATA")/thidua_desktop"
  mkdir -p "$data/logs"; printf 'SQLite format 3\0 stand-in %s\n' "$mode" >"$data/thidua.db"
  # Keys every Windows profile has and a new wine prefix lacks: not ours to remove.
  wine reg add 'HKCU\Software\Classes' /f /reg:64 >/dev/null 2>&1
  wine reg add "$hk\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall" /f /reg:64 >/dev/null 2>&1
  tree_snapshot "$work/before-$mode.txt"

  local t0=$SECONDS
  wine "$(winepath -w "$setup")" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART "$flag" \
    /TASKS="desktopicon,assocpackage" /LOG="$(winepath -w "$work/setup-$mode.log")" \
    || { iconv -f UTF-16 -t UTF-8 "$work/setup-$mode.log" 2>/dev/null || cat "$work/setup-$mode.log" >&2; fail "$mode install"; }
  wineserver -w
  echo "silent install ($mode): $((SECONDS - t0)) s into $appwin"

  [ -d "$appdir" ] || fail "$mode: no program folder $appwin"
  diff <(cd "$standin" && find . -type f | sort) \
       <(cd "$appdir" && find . -type f ! -name 'unins000.*' | sort) >&2 \
    || fail "$mode: installed files differ from the bundle"
  cmp -s "$standin/_internal/resources/icons/thidua.ico" "$appdir/_internal/resources/icons/thidua.ico" \
    || fail "$mode: installed file content differs"
  [ -f "$appdir/unins000.exe" ] && [ -f "$appdir/unins000.dat" ] || fail "$mode: no uninstaller"
  ok "$mode: $(find "$appdir" -type f | wc -l) files in $appwin"

  [ -f "$startmenu/$APP_NAME.lnk" ] || fail "$mode: no Start-menu shortcut in $startmenu"
  lnk_target_has "$startmenu/$APP_NAME.lnk" 'thidua-desktop.exe' || fail "$mode: Start-menu shortcut target"
  [ -f "$startmenu/Gỡ cài đặt $APP_NAME.lnk" ] || fail "$mode: no Start-menu uninstall shortcut"
  lnk_target_has "$startmenu/Gỡ cài đặt $APP_NAME.lnk" 'unins000.exe' || fail "$mode: uninstall shortcut target"
  [ -f "$desktop/$APP_NAME.lnk" ] || fail "$mode: no desktop shortcut in $desktop"
  ok "$mode: Start-menu ($GROUP\\$APP_NAME, Gỡ cài đặt …) and desktop shortcuts"

  local cmd expect
  [ "$(reg_value "$classes\\.thidua" "")" = "$PROGID" ] || fail "$mode: .thidua default value is not $PROGID"
  reg_key_exists "$classes\\.thidua\\OpenWithProgids" && \
    wine reg query "$classes\\.thidua\\OpenWithProgids" /v "$PROGID" /reg:64 >/dev/null 2>&1 \
    || fail "$mode: .thidua\\OpenWithProgids lacks $PROGID"
  cmd="$(reg_value "$classes\\$PROGID\\shell\\open\\command" "")"
  expect="\"$appwin\\thidua-desktop.exe\" --open-package \"%1\""
  [ "$cmd" = "$expect" ] || fail "$mode: open command is [$cmd], expected [$expect]"
  [ -n "$(reg_value "$classes\\$PROGID\\DefaultIcon" "")" ] || fail "$mode: no DefaultIcon"
  wine reg query "$classes\\Applications\\thidua-desktop.exe\\SupportedTypes" /v .thidua /reg:64 >/dev/null 2>&1 \
    || fail "$mode: Applications\\thidua-desktop.exe\\SupportedTypes lacks .thidua"
  ok "$mode: .thidua → $PROGID → $cmd"

  local un="$hk\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\$APP_ID"
  reg_key_exists "$un" || fail "$mode: no uninstall entry $un"
  [ "$(reg_value "$un" UninstallString)" = "\"$appwin\\unins000.exe\"" ] \
    || fail "$mode: UninstallString is $(reg_value "$un" UninstallString)"
  wine reg export "$un" "$work/un.reg" /y /reg:64 >/dev/null 2>&1
  iconv -f UTF-16 -t UTF-8 "$work/un.reg" | tr -d '\r' | grep -qxF "\"DisplayName\"=\"$APP_NAME $version\"" \
    || fail "$mode: the uninstall entry's DisplayName is not \"$APP_NAME $version\""
  ok "$mode: uninstall entry $hk\\…\\Uninstall\\$APP_ID"

  t0=$SECONDS
  wine "$appwin\\unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART || fail "$mode uninstall"
  wineserver -w
  echo "silent uninstall ($mode): $((SECONDS - t0)) s"
  [ ! -e "$appdir" ] || fail "$mode: $appwin is still there: $(find "$appdir" | head -5)"
  [ ! -e "$startmenu" ] || fail "$mode: Start-menu folder still there"
  [ ! -e "$desktop/$APP_NAME.lnk" ] || fail "$mode: desktop shortcut still there"
  for key in "$classes\\.thidua" "$classes\\$PROGID" "$classes\\Applications\\thidua-desktop.exe" "$un"; do
    reg_key_exists "$key" && fail "$mode: $key still there after uninstall"
  done
  [ -f "$data/thidua.db" ] && grep -aq "stand-in $mode" "$data/thidua.db" \
    || fail "$mode: the user's data was not kept"
  tree_snapshot "$work/after-$mode.txt"
  diff "$work/before-$mode.txt" "$work/after-$mode.txt" >&2 \
    || fail "$mode: files or registry keys left behind (diff above)"
  ok "$mode: uninstall removed files, shortcuts and keys; the user's data is kept"
}
