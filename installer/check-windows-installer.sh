#!/usr/bin/env bash
# Compile installer/thidua_desktop.iss under wine, install/uninstall it per user and for all users, screenshot the wizard.
#   bash installer/check-windows-installer.sh [--shots DIR | --no-shots]
# Installs what it needs (wine, Xvfb, xdotool, ImageMagick; the Inno Setup compiler from the npm
# registry), works in a throwaway wine prefix and exits non-zero on the first failed check.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
ISS_VERSION=6.4.1
ISS_SHA256=fc36b763a729c8964416552d733f4864ac4a4934d0a6569e20c2feb4c29b9684
APP_ID="{6B1F3C2A-9E4D-4F7B-A0C1-5D2E8F3A7B90}_is1"
APP_NAME="Thi đua – Thư ký cụm"
GROUP="Thi đua"
PROGID="thidua_desktop.package"
shots="$root/installer/build/wizard-shots"
while [ $# -gt 0 ]; do
  case "$1" in
    --shots) shots="$(realpath -m "$2")"; shift 2 ;;
    --no-shots) shots=""; shift ;;
    *) echo "usage: $0 [--shots DIR | --no-shots]" >&2; exit 2 ;;
  esac
done

started=$SECONDS; phase_start=$SECONDS; phase_name=""
phase() {  # phase NAME: print the time of the phase that ends, start the next one
  [ -z "$phase_name" ] || echo "== $phase_name: $((SECONDS - phase_start)) s"
  phase_name="$1"; phase_start=$SECONDS
  [ -z "$1" ] || echo ">> $1"
}
fail() { echo "FAIL: $*" >&2; exit 1; }
ok() { echo "ok: $*"; }
SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
work="$(mktemp -d)"
xvfb_pid=""
cleanup() {
  [ -z "${WINEPREFIX:-}" ] || wineserver -k >/dev/null 2>&1 || true
  [ -z "$xvfb_pid" ] || kill "$xvfb_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# ---------------------------------------------------------------- tools
apt_install() {
  local log="$work/apt.log"
  for _ in 1 2 3; do $SUDO apt-get update -q >"$log" 2>&1 && break; sleep 5; done
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$@" \
    >>"$log" 2>&1 && return 0
  # A security mirror whose i386 index lags its amd64 one leaves multi-arch libraries with two
  # versions: take both architectures from the main archive alone.
  echo "apt-get install failed; retrying without the security archive" >&2
  mkdir -p "$work/apt/parts"; : >"$work/apt/sources.list"
  [ ! -f /etc/apt/sources.list ] || grep -v -- '-security' /etc/apt/sources.list >"$work/apt/sources.list" || true
  for f in /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources; do
    [ -f "$f" ] || continue
    case "$f" in
      *.list) grep -v -- '-security' "$f" >"$work/apt/parts/$(basename "$f")" || true ;;
      *.sources) awk 'BEGIN{RS="";ORS="\n\n"} !/-security/' "$f" >"$work/apt/parts/$(basename "$f")" ;;
    esac
  done
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
    -o Dir::Etc::SourceList="$work/apt/sources.list" -o Dir::Etc::SourceParts="$work/apt/parts" \
    "$@" >>"$log" 2>&1 || { tail -30 "$log" >&2; fail "apt-get install $*"; }
}

phase "tools"
need=()
{ command -v wine >/dev/null && dpkg -s wine32:i386 >/dev/null 2>&1; } || need+=(wine wine64 wine32:i386)
command -v Xvfb >/dev/null || need+=(xvfb)
command -v xdotool >/dev/null || need+=(xdotool)
{ command -v import && command -v compare; } >/dev/null || need+=(imagemagick)
command -v npm >/dev/null || need+=(npm)
if [ ${#need[@]} -gt 0 ]; then
  dpkg --print-foreign-architectures | grep -qx i386 || $SUDO dpkg --add-architecture i386
  echo "installing: ${need[*]}"
  apt_install "${need[@]}"
fi
wine --version

phase "compiler"
cache="${XDG_CACHE_HOME:-$HOME/.cache}/thidua-innosetup/$ISS_VERSION"
if [ ! -f "$cache/package/bin/ISCC.exe" ]; then
  mkdir -p "$cache"
  (cd "$cache" && npm pack --silent "innosetup@$ISS_VERSION" >/dev/null)
  echo "$ISS_SHA256  $cache/innosetup-$ISS_VERSION.tgz" | sha256sum -c --quiet - \
    || fail "innosetup-$ISS_VERSION.tgz does not have the pinned sha256"
  tar -C "$cache" -xzf "$cache/innosetup-$ISS_VERSION.tgz"
fi
iscc="$cache/package/bin/ISCC.exe"
# The Vietnamese messages file must translate every message of this compiler's Default.isl.
keys() { grep -E '^[A-Za-z0-9]+=' "$1" | cut -d= -f1 | sort -u; }
missing="$(comm -23 <(keys "$cache/package/bin/Default.isl") <(keys "$root/installer/lang/Vietnamese.isl"))"
[ -z "$missing" ] || fail "installer/lang/Vietnamese.isl lacks: $(echo $missing)"
ok "Vietnamese.isl has all $(keys "$cache/package/bin/Default.isl" | wc -l) messages of Default.isl $ISS_VERSION"

# ---------------------------------------------------------------- wine
phase "wine prefix"
export HOME="$work/home" WINEPREFIX="$work/prefix" WINEARCH=win64 WINEDEBUG=-all
# No Mono/Gecko prompts, no menu entries written into the Linux desktop.
export WINEDLLOVERRIDES="winemenubuilder.exe=d;mscoree,mshtml="
mkdir -p "$HOME"
for n in $(seq 91 140); do [ -e "/tmp/.X$n-lock" ] || [ -e "/tmp/.X11-unix/X$n" ] || break; done
Xvfb ":$n" -screen 0 1024x768x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
export DISPLAY=":$n"
for _ in $(seq 50); do xdotool getdisplaygeometry >/dev/null 2>&1 && break; sleep 0.2; done
wine wineboot -i >/dev/null 2>&1
wineserver -w
source "$root/installer/wine-checks.sh"
winvar() { wine cmd /c echo "%$1%" 2>/dev/null | tr -d '\r'; }
unixpath() { winepath -u "$1" 2>/dev/null | tr -d '\r'; }
LOCALAPPDATA="$(winvar LOCALAPPDATA)"; APPDATA="$(winvar APPDATA)"
PROGRAMDATA="$(winvar ProgramData)"; PROGRAMFILES="$(winvar ProgramW6432)"
USERPROFILE="$(winvar USERPROFILE)"; PUBLIC="$(winvar PUBLIC)"
echo "per user: $LOCALAPPDATA\\Programs; all users: $PROGRAMFILES"

# ---------------------------------------------------------------- compile
phase "compile"
src="$work/repo"   # the real .iss and messages file, beside a stand-in bundle
mkdir -p "$src/installer/lang" "$src/resources/icons"
cp "$root/installer/thidua_desktop.iss" "$src/installer/"
cp "$root/installer/lang/Vietnamese.isl" "$src/installer/lang/"
cp "$root/resources/icons/thidua.ico" "$src/resources/icons/"
standin="$src/installer/dist/thidua_desktop"
make_standin "$standin"
echo "stand-in bundle: $(find "$standin" -type f | wc -l) files"
version="$(sed -n 's/^version = "\(.*\)"/\1/p' "$root/pyproject.toml" | head -1)"
(cd "$src/installer" && wine "$iscc" "/DAppVersion=$version" "/O$(winepath -w "$work/out")" \
  thidua_desktop.iss) >"$work/iscc.log" 2>&1 || { cat "$work/iscc.log" >&2; fail "ISCC"; }
tr -d '\r' <"$work/iscc.log" | grep -i "warning" && fail "ISCC printed warnings"
setup="$work/out/thidua_desktop-setup-$version.exe"
[ -f "$setup" ] || fail "no $setup"
ok "compiled with no warning: $(basename "$setup"), $(du -k "$setup" | cut -f1) KB"

# ---------------------------------------------------------------- install / uninstall
phase "per-user install and uninstall"
check_install_cycle user
phase "all-users install and uninstall"
check_install_cycle all

if [ -n "$shots" ]; then
  phase "wizard screenshots"
  source "$root/installer/wizard-shots.sh"
  take_wizard_shots "$shots"
fi
phase ""
echo "windows installer check passed in $((SECONDS - started)) s"
