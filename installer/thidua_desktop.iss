; Inno Setup 6 script: per-user install of the PyInstaller folder bundle, Vietnamese and English.
; Built by installer/build-windows.ps1, which passes /DAppVersion=<version from pyproject.toml>.
; Manual build: ISCC.exe /DAppVersion=0.1.0 installer\thidua_desktop.iss

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#define AppName "Thi đua – Thư ký cụm"
#define AppExe "thidua-desktop.exe"
; The handover package the app exports ("<cụm>-<năm>.thidua"): an SQLite file with our suffix.
#define PackageExt ".thidua"
#define ProgId "thidua_desktop.package"

[Setup]
AppId={{6B1F3C2A-9E4D-4F7B-A0C1-5D2E8F3A7B90}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=thidua_desktop
; Per user, no administrator rights and no question about it; an administrator installs for all
; users with /ALLUSERS on the command line. (No "install mode" dialog: its Cancel button is
; Windows' own, in the language of Windows, and a secretary has no reason to choose.)
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline
; %LOCALAPPDATA%\Programs per user, Program Files for all users (see InstallRoot below).
DefaultDirName={code:InstallRoot}\thidua_desktop
DefaultGroupName=Thi đua
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Vietnamese whatever the language of Windows; the first dialog lets the user pick English.
LanguageDetectionMethod=none
ShowLanguageDialog=yes
SetupIconFile=..\resources\icons\thidua.ico
UninstallDisplayIcon={app}\{#AppExe}
OutputDir=dist
OutputBaseFilename=thidua_desktop-setup-{#AppVersion}

[Languages]
; lang\Vietnamese.isl translates every message of the compiler's Default.isl.
Name: "vi"; MessagesFile: "lang\Vietnamese.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Messages]
vi.ConfirmUninstall=Bạn có chắc muốn gỡ %1? Dữ liệu cụm thi đua của bạn vẫn được giữ lại.
vi.UninstalledAll=Đã gỡ %1 khỏi máy tính. Dữ liệu cụm thi đua của bạn vẫn được giữ lại.
en.ConfirmUninstall=Are you sure you want to remove %1? Your emulation-cluster data is kept.
en.UninstalledAll=%1 was removed from your computer. Your emulation-cluster data is kept.

[CustomMessages]
vi.AssocGroup=Liên kết tệp:
vi.AssocPackage=Mở tệp bàn giao cụm thi đua (%1) bằng chương trình
vi.PackageTypeName=Hồ sơ bàn giao cụm thi đua
en.AssocGroup=File association:
en.AssocPackage=Open emulation-cluster handover files (%1) with the app
en.PackageTypeName=Emulation-cluster handover package

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"
Name: "assocpackage"; Description: "{cm:AssocPackage,{#PackageExt}}"; GroupDescription: "{cm:AssocGroup}"

[Files]
; The whole PyInstaller folder bundle (installer\dist\thidua_desktop).
Source: "dist\thidua_desktop\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; File association under HKA: HKCU\Software\Classes per user, HKLM\Software\Classes for all users.
; Uninstall runs these entries in reverse order, so each key is emptied before it is removed.
; .thidua → ProgId (the default value is what a double-click follows), and the "Open with" list.
Root: HKA; Subkey: "Software\Classes\{#PackageExt}"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue uninsdeletekeyifempty; Tasks: assocpackage
Root: HKA; Subkey: "Software\Classes\{#PackageExt}\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue uninsdeletekeyifempty; Tasks: assocpackage
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:PackageTypeName}"; Flags: uninsdeletekey; Tasks: assocpackage
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"; Tasks: assocpackage
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" --open-package ""%1"""; Tasks: assocpackage
; The app's entry in "Open with": removed whole on uninstall (and Applications too when ours was its
; only entry, as on a new user profile).
Root: HKA; Subkey: "Software\Classes\Applications"; Flags: uninsdeletekeyifempty; Tasks: assocpackage
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{#AppName}"; Flags: uninsdeletekey; Tasks: assocpackage
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: "{#PackageExt}"; ValueData: ""; Tasks: assocpackage

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#StringChange(AppName, '&', '&&')}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] for user data: the cluster databases, backups and logs live in
; %LOCALAPPDATA%\thidua_desktop (platformdirs), outside {app}, and are kept on uninstall.

[Code]
// Where the program folder goes. Per user: %LOCALAPPDATA%\Programs, the folder Windows itself
// gives per-user programs; the autopf constant resolves to the same folder there, but through the
// UserProgramFiles known folder, which wine lacks, so the CI check could not cover it.
// All users: Program Files.
function InstallRoot(Param: String): String;
begin
  if IsAdminInstallMode then
    Result := ExpandConstant('{commonpf}')
  else
    Result := ExpandConstant('{localappdata}\Programs');
end;
