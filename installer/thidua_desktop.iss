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
; Per-user install, no administrator rights: {autopf} is %LOCALAPPDATA%\Programs here.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\thidua_desktop
DefaultGroupName=Thi đua
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto
SetupIconFile=..\resources\icons\thidua.ico
UninstallDisplayIcon={app}\{#AppExe}
OutputDir=dist
OutputBaseFilename=thidua_desktop-setup-{#AppVersion}

[Languages]
; Inno Setup ships no Vietnamese messages file: Vietnamese starts from Default.isl and the
; [Messages]/[CustomMessages] entries prefixed "vi." below translate what the wizard shows.
Name: "vi"; MessagesFile: "compiler:Default.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[LangOptions]
vi.LanguageName=Tiếng Việt
vi.LanguageID=$042A
vi.LanguageCodePage=0

[Messages]
vi.SetupAppTitle=Cài đặt
vi.SetupWindowTitle=Cài đặt – %1
vi.ButtonBack=< &Quay lại
vi.ButtonNext=&Tiếp >
vi.ButtonInstall=&Cài đặt
vi.ButtonOK=Đồng ý
vi.ButtonCancel=Hủy
vi.ButtonYes=&Có
vi.ButtonNo=&Không
vi.ButtonFinish=&Hoàn tất
vi.ButtonBrowse=&Duyệt...
vi.ButtonWizardBrowse=D&uyệt...
vi.ExitSetupTitle=Thoát cài đặt
vi.ExitSetupMessage=Việc cài đặt chưa hoàn tất. Nếu thoát bây giờ, chương trình sẽ không được cài.%n%nBạn có thể chạy lại trình cài đặt vào lúc khác.%n%nThoát cài đặt?
vi.SelectLanguageTitle=Chọn ngôn ngữ cài đặt
vi.SelectLanguageLabel=Chọn ngôn ngữ dùng trong khi cài đặt.
vi.WelcomeLabel1=Chào mừng đến với trình cài đặt [name]
vi.WelcomeLabel2=Chương trình [name/ver] sẽ được cài vào máy tính của bạn.%n%nNên đóng các ứng dụng khác trước khi tiếp tục.
vi.WizardSelectDir=Chọn thư mục cài đặt
vi.SelectDirDesc=[name] sẽ được cài vào đâu?
vi.SelectDirLabel3=Trình cài đặt sẽ cài [name] vào thư mục sau.
vi.SelectDirBrowseLabel=Bấm Tiếp để tiếp tục. Để chọn thư mục khác, bấm Duyệt.
vi.DiskSpaceMBLabel=Cần ít nhất [mb] MB dung lượng trống.
vi.WizardSelectTasks=Chọn tác vụ bổ sung
vi.SelectTasksDesc=Cần thực hiện thêm những tác vụ nào?
vi.SelectTasksLabel2=Chọn các tác vụ bổ sung khi cài [name], rồi bấm Tiếp.
vi.WizardReady=Sẵn sàng cài đặt
vi.ReadyLabel1=Trình cài đặt đã sẵn sàng cài [name] vào máy tính của bạn.
vi.ReadyLabel2a=Bấm Cài đặt để bắt đầu, hoặc Quay lại để xem hay sửa các lựa chọn.
vi.ReadyLabel2b=Bấm Cài đặt để bắt đầu.
vi.ReadyMemoDir=Thư mục cài đặt:
vi.ReadyMemoTasks=Tác vụ bổ sung:
vi.WizardInstalling=Đang cài đặt
vi.InstallingLabel=Vui lòng chờ trong khi [name] được cài vào máy tính của bạn.
vi.FinishedHeadingLabel=Hoàn tất cài đặt [name]
vi.FinishedLabelNoIcons=[name] đã được cài vào máy tính của bạn.
vi.FinishedLabel=[name] đã được cài vào máy tính của bạn. Có thể mở chương trình từ các lối tắt đã tạo.
vi.ClickFinish=Bấm Hoàn tất để thoát trình cài đặt.
vi.RunEntryExec=Mở %1
vi.StatusExtractFiles=Đang giải nén tệp...
vi.StatusCreateIcons=Đang tạo lối tắt...
vi.StatusRegisterFiles=Đang đăng ký tệp...
vi.StatusRollback=Đang hoàn tác các thay đổi...
vi.StatusUninstalling=Đang gỡ %1...
vi.ConfirmUninstall=Bạn có chắc muốn gỡ bỏ hoàn toàn %1? Dữ liệu cụm thi đua của bạn (tệp .db trong thư mục dữ liệu) được GIỮ LẠI.
vi.UninstalledAll=%1 đã được gỡ khỏi máy tính. Dữ liệu của bạn vẫn được giữ lại.
vi.UninstallStatusLabel=Vui lòng chờ trong khi %1 được gỡ khỏi máy tính.
vi.UninstallAppTitle=Gỡ cài đặt
vi.UninstallAppFullTitle=Gỡ %1

[CustomMessages]
vi.AdditionalIcons=Lối tắt bổ sung:
vi.CreateDesktopIcon=Tạo lối tắt trên &màn hình nền
vi.AssocPackage=Mở tệp bàn giao cụm thi đua (%1) bằng chương trình
vi.LaunchProgram=Mở %1
vi.UninstallProgram=Gỡ %1
en.AssocPackage=Open emulation-cluster handover files (%1) with the app

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"
Name: "assocpackage"; Description: "{cm:AssocPackage,{#PackageExt}}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
; The whole PyInstaller folder bundle (installer\dist\thidua_desktop).
Source: "dist\thidua_desktop\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; Per-user file association (HKA = HKCU in a non-administrative install).
Root: HKA; Subkey: "Software\Classes\{#PackageExt}\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue; Tasks: assocpackage
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "Hồ sơ bàn giao cụm thi đua"; Flags: uninsdeletekey; Tasks: assocpackage
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"; Tasks: assocpackage
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" --open-package ""%1"""; Tasks: assocpackage
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: "{#PackageExt}"; ValueData: ""; Tasks: assocpackage

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#StringChange(AppName, '&', '&&')}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] for user data: the cluster databases, backups and logs live in
; %LOCALAPPDATA%\thidua_desktop (platformdirs), outside {app}, and are kept on uninstall.
