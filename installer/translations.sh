#!/usr/bin/env bash
# Refresh the English translation: collect tr() strings into resources/translations/thidua_en.ts
# (Vietnamese is the source language), then compile it to thidua_en.qm for the app to load.
# Edit the .ts with Qt Linguist (pyside6-linguist) between the two steps when texts change.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
bin="$(dirname "$(command -v "${PYTHON:-python3}")")"
for candidate in "${VENV:-$here/.venv}/bin" /work/venv/bin "$bin"; do
  [ -x "$candidate/pyside6-lupdate" ] && bin="$candidate" && break
done
cd "$here/resources/translations"
# shellcheck disable=SC2046
"$bin/pyside6-lupdate" -no-obsolete -locations relative -source-language vi_VN -target-language en_US \
  $(cd "$here" && find thidua_desktop/ui -name '*.py' | sort | sed 's|^|../../|') -ts thidua_en.ts
"$bin/pyside6-lrelease" thidua_en.ts -qm thidua_en.qm
# Qt ships no Vietnamese for its own strings (buttons, file dialog, text menus): ours, by hand.
"$bin/pyside6-lrelease" qt_vi.ts -qm qt_vi.qm
