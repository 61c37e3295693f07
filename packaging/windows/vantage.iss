; Inno Setup 6 script: installs the PyInstaller folder build of Vantage for one user (no administrator needed).
; packaging/build.sh runs it on Windows as:
;   ISCC.exe /DAppVersion=0.1.0 /DAppDir=...\dist\Vantage /DIconFile=...\vantage.ico /DOutputDir=...\dist vantage.iss

#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=X.Y.Z (packaging/build.sh does).
#endif
#ifndef AppDir
  #define AppDir "..\..\build\pyinstaller\dist\Vantage"
#endif
#ifndef IconFile
  #define IconFile "..\..\build\pyinstaller\icons\vantage.ico"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\build\pyinstaller\dist"
#endif

[Setup]
; The AppId identifies Vantage to Windows' uninstaller across versions: never change it.
AppId={{262B25B9-3751-4A12-8185-6A9E286E4DF9}
AppName=Vantage
AppVersion={#AppVersion}
AppVerName=Vantage {#AppVersion}
AppPublisher=The Vantage contributors
AppPublisherURL=https://github.com/vantage/vantage
AppSupportURL=https://github.com/vantage/vantage/issues
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\Vantage
DefaultGroupName=Vantage
DisableProgramGroupPage=yes
; Installs into the user's own Programs folder unless they choose "for all users" (which then asks for admin).
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#OutputDir}
OutputBaseFilename=Vantage-{#AppVersion}-windows-x64-setup
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\Vantage.exe
UninstallDisplayName=Vantage
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#AppDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; A new version replaces the whole bundle: stale libraries from an older build must not be loaded.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\Vantage"; Filename: "{app}\Vantage.exe"; Comment: "See, measure and prove when the internet is cut or filtered"
Name: "{autodesktop}\Vantage"; Filename: "{app}\Vantage.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\Vantage.exe"; Description: "{cm:LaunchProgram,Vantage}"; Flags: nowait postinstall skipifsilent

[Code]
// "Start at login" (desktop_app/system/autostart.py) writes these two values; uninstalling must not leave a dead entry.
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if CurUninstallStep = usPostUninstall then
  begin
    RegDeleteValue(HKEY_CURRENT_USER, 'Software\Microsoft\Windows\CurrentVersion\Run', 'Vantage');
    RegDeleteValue(HKEY_CURRENT_USER, 'Software\Microsoft\Windows\CurrentVersion\Explorer\StartupApproved\Run', 'Vantage');
  end;
end;
