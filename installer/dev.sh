#!/usr/bin/env bash
# Developer entry point: install what is needed (system libraries for Qt, a venv, the package)
# and then run the app (`dev.sh run [ARGS]`) or the whole test suite headless (`dev.sh test`).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
cd "$here"
action="${1:-run}"; shift || true
VENV="${VENV:-$here/.venv}"
PY="${PYTHON:-python3}"

QT_LIBS="libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6 libglib2.0-0 libxkbcommon0
 fonts-dejavu-core libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0
 libxcb-render0 libxcb-shape0 libxcb-util1 libxcb-xkb1 libxkbcommon-x11-0 libxcb-xinerama0"
# fonts-liberation2: metric twins of Times New Roman/Arial, so LibreOffice lays out our Word
# documents line for line as Word does (without them the national motto wraps).
TEST_LIBS="poppler-utils libreoffice-writer-nogui fonts-liberation2 xvfb xauth"

need_pkgs() { # prints the Debian packages of "$@" that are not installed
  for p in "$@"; do dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || echo "$p"; done
}
system_deps() {
  command -v dpkg-query >/dev/null || return 0   # not Debian/Ubuntu: nothing we can check
  local want="$QT_LIBS"
  [ "$action" = test ] && want="$want $TEST_LIBS"
  "$PY" -m venv --help >/dev/null 2>&1 && "$PY" -c "import ensurepip" 2>/dev/null || want="$want python3-venv"
  # shellcheck disable=SC2086
  local missing; missing="$(need_pkgs $want | tr '\n' ' ')"
  [ -z "${missing// }" ] && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo ">> apt-get install $missing"
    apt-get update -qq
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null
  else
    echo "Missing system packages: $missing" >&2
    echo "Install them with: sudo apt-get install $missing" >&2
    exit 1
  fi
}
python_deps() {
  [ -x "$VENV/bin/python" ] || "$PY" -m venv "$VENV"
  local extra=""; [ "$action" = test ] && extra="[test]"
  "$VENV/bin/python" -m pip install -q --upgrade pip >/dev/null
  "$VENV/bin/python" -m pip install -q -e ".$extra"
}

system_deps
python_deps
case "$action" in
  run)  exec "$VENV/bin/python" -m thidua_desktop "$@" ;;
  test)
    export QT_QPA_PLATFORM=offscreen
    "$VENV/bin/python" -m ruff check thidua_desktop tests bench installer
    "$VENV/bin/python" -m ruff format --check thidua_desktop tests bench installer
    exec "$VENV/bin/python" -m pytest "$@" ;;
  *) echo "usage: installer/dev.sh run|test [ARGS]" >&2; exit 2 ;;
esac
