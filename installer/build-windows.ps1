# Build the Windows installer: PyInstaller folder bundle, smoke test, then Inno Setup.
# Run in PowerShell from anywhere:  powershell -ExecutionPolicy Bypass -File installer\build-windows.ps1
# Needs: Python 3.11+ (py launcher) and Inno Setup 6 (ISCC.exe). See installer/README.md.
param(
    [string]$Python = "py -3.11",
    [string]$Iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe",
    [switch]$SkipInstaller
)
$ErrorActionPreference = "Stop"
$root = Split-Path -Parent $PSScriptRoot
Set-Location $root

$venv = Join-Path $root ".venv-build"
if (-not (Test-Path "$venv\Scripts\python.exe")) { Invoke-Expression "$Python -m venv `"$venv`"" }
& "$venv\Scripts\python.exe" -m pip install --upgrade pip
& "$venv\Scripts\python.exe" -m pip install . "pyinstaller>=6.5"
if ($LASTEXITCODE -ne 0) { throw "pip install failed" }
& "$venv\Scripts\python.exe" installer\make_icon.py
& "$venv\Scripts\pyinstaller.exe" --noconfirm --clean --distpath installer\dist --workpath installer\build installer\thidua_desktop.spec
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }
$version = (Get-Content installer\version.txt -Raw).Trim()

# Smoke test of the frozen command line on a temporary database.
$tmp = Join-Path $env:TEMP ("thidua-smoke-" + [guid]::NewGuid())
New-Item -ItemType Directory $tmp | Out-Null
$cli = "installer\dist\thidua_desktop\thidua.exe"
& $cli --db "$tmp\demo.db" demo;                          if ($LASTEXITCODE -ne 0) { throw "demo failed" }
& $cli --db "$tmp\demo.db" export-json -o "$tmp\demo.json"; if ($LASTEXITCODE -ne 0) { throw "export failed" }
& "installer\dist\thidua_desktop\thidua-desktop.exe" --db "$tmp\demo.db" --screenshot "$tmp\shots"
Remove-Item -Recurse -Force $tmp

if ($SkipInstaller) { exit 0 }
if (-not (Test-Path $Iscc)) { throw "Inno Setup 6 not found at $Iscc (install it or pass -Iscc)" }
& $Iscc "/DAppVersion=$version" installer\thidua_desktop.iss
if ($LASTEXITCODE -ne 0) { throw "ISCC failed" }
Write-Host "Installer: installer\dist\thidua_desktop-setup-$version.exe"
