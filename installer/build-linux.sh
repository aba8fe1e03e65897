#!/usr/bin/env bash
# Build the Linux folder bundle with PyInstaller; with --smoke, run the frozen app on real data.
#   bash installer/build-linux.sh [--smoke]
# Output: installer/dist/thidua_desktop/ (+ thidua_desktop-linux.tar.gz)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
VENV="${BUILD_VENV:-$root/.venv-build}"
[ -x "$VENV/bin/python" ] || python3 -m venv "$VENV"
"$VENV/bin/python" -m pip install -q --upgrade pip
"$VENV/bin/python" -m pip install -q . "pyinstaller>=6.5"
"$VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN \
  --distpath installer/dist --workpath installer/build installer/thidua_desktop.spec
bundle="installer/dist/thidua_desktop"
# xz (LZMA2), the same compression as the Windows installer (Inno Setup lzma2/max).
tar -C installer/dist -cf - thidua_desktop | xz -9 -T0 > installer/dist/thidua_desktop-linux.tar.xz
echo "bundle: $(du -sh "$bundle" | cut -f1) unpacked, $(du -sh installer/dist/thidua_desktop-linux.tar.xz | cut -f1) compressed (tar.xz)"

[ "${1:-}" = "--smoke" ] || exit 0
echo ">> smoke test of the frozen app"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen HOME="$work/home"  # a user with no data and no fonts of its own
cli="$bundle/thidua"
"$cli" --version
"$cli" --db "$work/demo.db" demo
"$cli" --db "$work/demo.db" export-json -o "$work/demo.json"
grep -q "Cục Thi hành án dân sự tỉnh Yên Bái" "$work/demo.json"
# A modal error box would wait forever offscreen: bound the GUI run.
timeout 180 "$bundle/thidua-desktop" --db "$work/demo.db" --screenshot "$work/shots"
n=$(find "$work/shots" -name '*.png' -size +2k | wc -l)
[ "$n" -ge 1 ] || { echo "no screenshots written" >&2; exit 1; }
echo "screenshots: $n pages"
# A real start (file menu, one window per file): still running after 15 s means it came up;
# a second start on the same file hands over to it and exits at once with 0.
timeout 15 "$bundle/thidua-desktop" --db "$work/demo.db" &
first=$!
sleep 6
timeout 10 "$bundle/thidua-desktop" --db "$work/demo.db" || { echo "second start did not hand over" >&2; exit 1; }
set +e; wait "$first"; rc=$?; set -e
[ "$rc" = 124 ] || { echo "the frozen app stopped on its own (exit $rc)" >&2; exit 1; }
echo "real start: up, second start handed over"
if "$cli" render --help >/dev/null 2>&1; then
  "$cli" --db "$work/demo.db" render all -o "$work/docs" | tee "$work/render.txt"
  [ "$(find "$work/docs" -name '*.docx' | wc -l)" -ge 1 ] || { echo "no .docx written" >&2; exit 1; }
  [ "$(find "$work/docs" -name '*.pdf' | wc -l)" -ge 1 ] || { echo "no .pdf written" >&2; exit 1; }
fi
if "$cli" package --help >/dev/null 2>&1; then
  pkg="$work/handover.thidua"
  "$cli" --db "$work/demo.db" package export -o "$pkg"
  "$cli" package verify "$pkg"
fi
echo "smoke test passed"
