"""Build the Windows installer: a PyInstaller one-folder bundle wrapped by Inno Setup.

Run on a Windows build PC with Inno Setup 6.3 or later installed:

    uv run --extra postgresql --with pyinstaller python build_installer.py

Steps: (1) render the application icon (.ico) from resources/icons/draagvlak.svg, (2) bundle the
app with PyInstaller from a generated spec (build/draagvlak.spec): one folder holding two programs
over the same files, Draagvlak.exe (windowed, for the Start menu) and draagvlak-cli.exe (console,
so that the subcommands print in a command prompt), (3) write build/draagvlak.iss and compile it
with ISCC.exe into dist/Draagvlak-<version>-setup.exe. On other systems steps 1–3 run except the
ISCC compile, which lets the bundle be smoke-tested (dist/Draagvlak/Draagvlak --version).

The installer puts the program in Program Files (or the user's own programs folder) and installs
the console program as draagvlak.com next to Draagvlak.exe: a command prompt prefers .com over .exe
(as with Visual Studio's devenv.com), so `draagvlak import clients ...` runs the console program
while the Start menu opens the window. User data stays in the per-user data folder and survives
uninstalling.
"""

from __future__ import annotations

import argparse
import ast
import importlib.util
import io
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path, PurePath, PurePosixPath

from desktop import __version__
from desktop.core.common.i18n import LANGUAGES

ROOT = Path(__file__).resolve().parent
BUILD = ROOT / "build"
DIST = ROOT / "dist"
APP_NAME = "Draagvlak"
CLI_NAME = "draagvlak-cli"  # the console program in the bundle
CLI_INSTALLED_NAME = "draagvlak.com"  # ...and its name once installed: found first as `draagvlak`
PROGRAMS = ((APP_NAME, False), (CLI_NAME, True))  # (name, console)
# A fixed AppId lets a new installer upgrade an installed version in place. In the script, "{{"
# stands for one "{" (a single one would start an Inno Setup constant).
APP_ID = "{{6B1E2F4A-8C51-4E5B-9E2D-3A7C0D9B41F2}"
MIGRATIONS = ROOT / "desktop" / "core" / "db" / "migrations"
# Sizes Windows picks from the .ico for title bars, taskbar, Explorer views and the desktop.
ICON_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
# Qt's own dialog translations (qtbase_nl.qm, ...) for the languages the app offers.
QT_TRANSLATION_LANGUAGES = LANGUAGES

# Loaded by name at run time, so PyInstaller cannot see them: Alembic's pieces that the migration
# scripts and desktop.core.db.migrate use, and the SQLAlchemy drivers behind a database URL.
HIDDEN_IMPORTS = (
    "alembic.command",
    "alembic.config",
    "alembic.op",
    "alembic.runtime.environment",
    "alembic.runtime.migration",
    "alembic.ddl.sqlite",
    "alembic.ddl.postgresql",
    "sqlalchemy.dialects.sqlite.pysqlite",
)
POSTGRESQL_IMPORTS = ("psycopg", "sqlalchemy.dialects.postgresql.psycopg")

# Pulled in by optional imports of our dependencies, never used by the app.
UNUSED_MODULES = (
    "tkinter",
    "unittest",
    "doctest",
    "pdb",
    "pygments",  # Mako's optional syntax highlighting (Alembic needs Mako, not this)
    "setuptools",
    "distutils",
    "_distutils_hack",
    "pkg_resources",
    "numpy",  # openpyxl and psycopg use it only when present
    "PIL._avif",  # Pillow stays (reportlab imports it); its AVIF and font engines are not needed
    "PIL.AvifImagePlugin",
    "PIL._imagingft",
    "PIL._imagingtk",
    "PIL.ImageTk",
    "PIL.ImageQt",
    "PySide6.QtNetwork",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
)
# Qt plugin folders for features the app does not use (TLS, network status, touch input) or for
# embedded Linux/Wayland setups; the remaining ones (platforms, styles, image formats, icon
# engines, ...) are kept.
UNUSED_QT_PLUGIN_DIRS = frozenset(
    {
        "tls",
        "networkinformation",
        "generic",
        "egldeviceintegrations",
        "wayland-decoration-client",
        "wayland-graphics-integration-client",
        "wayland-shell-integration",
        "qmltooling",
    }
)
# Platform plugins for embedded devices; Windows uses qwindows (and tests use qoffscreen).
UNUSED_QT_PLATFORMS = frozenset({"qvnc", "qeglfs", "qlinuxfb", "qvkkhrdisplay", "qminimalegl"})
# Only SVG icons, the .ico window icon and, just in case, JPEG images are ever loaded.
USED_IMAGE_FORMATS = frozenset({"qsvg", "qico", "qjpeg"})
# The software OpenGL renderer (~20 MB) is only a fallback for OpenGL views, which the app has not;
# Qt's network library came in only for the plugins dropped above.
UNUSED_QT_FILES = frozenset({"opengl32sw.dll", "qt6network.dll", "libqt6network.so.6"})


def render_icon(target: Path) -> Path:
    """Draw the SVG logo at each Windows icon size (crisp, not scaled down) into one .ico."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image  # Pillow comes with reportlab
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(ROOT / "resources" / "icons" / "draagvlak.svg"))
    images = []
    for size in ICON_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(0)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        images.append(Image.open(io.BytesIO(buffer.data().data())))
    target.parent.mkdir(parents=True, exist_ok=True)
    images[-1].save(
        target, format="ICO", sizes=[image.size for image in images], append_images=images[:-1]
    )
    return target


def data_files() -> Iterator[tuple[Path, str]]:
    """(file, folder in the bundle) for the resources and the Alembic scripts, read as files."""
    for source, destination in (
        (ROOT / "resources", "resources"),
        (MIGRATIONS, "desktop/core/db/migrations"),
    ):
        for path in sorted(source.rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc":
                folder = PurePosixPath(destination, *path.relative_to(source).parent.parts)
                yield path, str(folder)


def migration_imports() -> list[str]:
    """Modules that the migration scripts import: Alembic loads them from files, unseen."""
    modules: set[str] = set()
    for script in sorted((MIGRATIONS / "versions").glob("*.py")):
        for node in ast.walk(ast.parse(script.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                modules.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                modules.add(node.module)
                # "from alembic import op" names a module, "from x import Y" mostly does not.
                names = (f"{node.module}.{alias.name}" for alias in node.names)
                modules.update(name for name in names if _is_module(name))
    return sorted(name for name in modules if name != "__future__")


def _is_module(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except ImportError:
        return False


def hidden_imports() -> list[str]:
    names = [*HIDDEN_IMPORTS, *migration_imports()]
    if importlib.util.find_spec("psycopg") is not None:
        names += POSTGRESQL_IMPORTS
    else:
        print("Warning: psycopg is not installed, so the bundle cannot open PostgreSQL databases.")
        print("Build with: uv run --extra postgresql --with pyinstaller python build_installer.py")
    return sorted(set(names))


def keep_in_bundle(destination: str) -> bool:
    """False for Qt files the app never loads (dropped from the bundle to keep it small)."""
    parts = PurePosixPath(destination.replace("\\", "/")).parts
    name = parts[-1].lower()
    if name in UNUSED_QT_FILES:
        return False
    if parts[0] != "PySide6":  # our own files and other packages: all kept
        return True
    folders = parts[1:-1]
    stem = name.split(".")[0].removeprefix("lib")
    if "translations" in folders and name.endswith(".qm"):
        return stem.rsplit("_", 1)[-1] in QT_TRANSLATION_LANGUAGES
    if "plugins" in folders[:-1]:
        folder = folders[-1]
        if folder in UNUSED_QT_PLUGIN_DIRS:
            return False
        if folder == "platforms":
            return stem not in UNUSED_QT_PLATFORMS
        if folder == "imageformats":
            return stem in USED_IMAGE_FORMATS
    return True


def spec_text(icon: PurePath, imports: list[str], version_files: dict[str, PurePath]) -> str:
    """The PyInstaller spec: one analysis, a windowed and a console program, one folder."""
    datas = [(str(path), folder) for path, folder in data_files()]
    programs = [(name, console, str(version_files[name])) for name, console in PROGRAMS]
    return f"""# Generated by build_installer.py: change that file, not this one.
import sys

from PyInstaller.utils.hooks import collect_submodules

sys.path.insert(0, {str(ROOT)!r})
from build_installer import keep_in_bundle  # noqa: E402

# desktop.cli.commands.* are imported by name; the migrations are data files, not modules.
modules = collect_submodules("desktop", filter=lambda name: not name.startswith("desktop.core.db.migrations"))
analysis = Analysis(
    [{str(ROOT / "desktop" / "__main__.py")!r}],
    pathex=[{str(ROOT)!r}],
    datas={datas!r},
    hiddenimports=modules + {imports!r},
    excludes={list(UNUSED_MODULES)!r},
)
analysis.binaries = [entry for entry in analysis.binaries if keep_in_bundle(entry[0])]
analysis.datas = [entry for entry in analysis.datas if keep_in_bundle(entry[0])]
pyz = PYZ(analysis.pure)
programs = [
    EXE(
        pyz,
        analysis.scripts,
        exclude_binaries=True,
        name=name,
        console=console,
        icon={str(icon)!r},
        version=version_file,  # file properties on Windows (ignored elsewhere)
        upx=False,
    )
    for name, console, version_file in {programs!r}
]
COLLECT(*programs, analysis.binaries, analysis.datas, upx=False, name={APP_NAME!r})
"""


def version_numbers(app_version: str) -> tuple[int, int, int, int]:
    """ "1.2.3rc1" -> (1, 2, 3, 0): Windows versions are four numbers."""
    match = re.match(r"\d+(\.\d+){0,3}", app_version)
    numbers = [int(part) for part in match.group().split(".")] if match else []
    return (*numbers, 0, 0, 0, 0)[:4]  # type: ignore[return-value]


def version_info_text(name: str, console: bool, app_version: str) -> str:
    """A PyInstaller version file: what Explorer and Task Manager show for the program."""
    numbers = version_numbers(app_version)
    description = f"{APP_NAME} (command line)" if console else APP_NAME
    original = CLI_INSTALLED_NAME if console else f"{name}.exe"
    strings = {
        "CompanyName": APP_NAME,
        "FileDescription": description,
        "FileVersion": app_version,
        "InternalName": name,
        "OriginalFilename": original,
        "ProductName": APP_NAME,
        "ProductVersion": app_version,
    }
    table = ", ".join(f"StringStruct({key!r}, {value!r})" for key, value in strings.items())
    return (
        f"VSVersionInfo(ffi=FixedFileInfo(filevers={numbers}, prodvers={numbers}), kids=["
        f"StringFileInfo([StringTable('040904B0', [{table}])]), "
        "VarFileInfo([VarStruct('Translation', [1033, 1200])])])\n"
    )


def run_pyinstaller(icon: Path, app_version: str) -> Path:
    spec = BUILD / "draagvlak.spec"
    spec.parent.mkdir(parents=True, exist_ok=True)
    version_files = {}
    for name, console in PROGRAMS:
        version_files[name] = BUILD / f"{name}-version.txt"
        version_files[name].write_text(version_info_text(name, console, app_version), "utf-8")
    spec.write_text(spec_text(icon, hidden_imports(), version_files), encoding="utf-8")
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--distpath",
        str(DIST),
        "--workpath",
        str(BUILD / "pyinstaller"),
        str(spec),
    ]
    subprocess.run(command, check=True, cwd=ROOT)
    return DIST / APP_NAME


def inno_script(bundle: PurePath, icon: PurePath, app_version: str) -> str:
    """The Inno Setup 6 script (the caller writes it with a BOM: see write_inno_script)."""
    exe = f"{{app}}\\{APP_NAME}.exe"
    return f"""; Generated by build_installer.py: change that file, not this one.
[Setup]
AppId={APP_ID}
AppName={APP_NAME}
AppVersion={app_version}
VersionInfoVersion={".".join(map(str, version_numbers(app_version)))}
AppPublisher={APP_NAME}
DefaultDirName={{autopf}}\\{APP_NAME}
DefaultGroupName={APP_NAME}
DisableProgramGroupPage=yes
; Everyone or only me: the user chooses; {{autopf}} and HKA follow that choice. "lowest" makes
; "only me" the default, so an office manager without administrator rights can install.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir={DIST}
OutputBaseFilename={APP_NAME}-{app_version}-setup
SetupIconFile={icon}
UninstallDisplayIcon={exe}
; The two programs carry the same ~10 MB module archive: next to each other in [Files] and
; within the 32 MB dictionary of "ultra", the second copy costs next to nothing in the download.
Compression=lzma2/ultra
SolidCompression=yes
WizardStyle=modern
; The bundle holds a 64-bit Python and Qt 6, which needs Windows 10 or later.
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
ChangesEnvironment=yes
CloseApplications=yes

[Languages]
Name: "dutch"; MessagesFile: "compiler:Languages\\Dutch.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
dutch.CommandLine=Opdrachtregel:
english.CommandLine=Command line:
dutch.AddToPath=Opdracht "draagvlak" beschikbaar maken in elke opdrachtprompt (PATH)
english.AddToPath=Make the "draagvlak" command available in every command prompt (PATH)

[Tasks]
Name: "desktopicon"; Description: "{{cm:CreateDesktopIcon}}"; GroupDescription: "{{cm:AdditionalIcons}}"; Flags: unchecked
Name: "addtopath"; Description: "{{cm:AddToPath}}"; GroupDescription: "{{cm:CommandLine}}"; Flags: unchecked

[InstallDelete]
; Files of an older version that this one no longer has must not linger in the bundle.
Type: filesandordirs; Name: "{{app}}\\_internal"

[Files]
Source: "{bundle}\\{APP_NAME}.exe"; DestDir: "{{app}}"; Flags: ignoreversion
Source: "{bundle}\\{CLI_NAME}.exe"; DestDir: "{{app}}"; DestName: "{CLI_INSTALLED_NAME}"; Flags: ignoreversion
Source: "{bundle}\\*"; Excludes: "\\{APP_NAME}.exe,\\{CLI_NAME}.exe"; DestDir: "{{app}}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{{group}}\\{APP_NAME}"; Filename: "{exe}"
Name: "{{autodesktop}}\\{APP_NAME}"; Filename: "{exe}"; Tasks: desktopicon

[Registry]
Root: HKA; Subkey: "{{code:EnvironmentKey}}"; ValueType: expandsz; ValueName: "Path"; ValueData: "{{code:PathWithApp}}"; Tasks: addtopath; Check: PathLacksApp

[Run]
Filename: "{exe}"; Description: "{{cm:LaunchProgram,{APP_NAME}}}"; Flags: nowait postinstall skipifsilent

; Uninstalling removes only what was installed here: the database, backups and log file in the
; user's data folder stay.
[Code]
function EnvironmentKey(Param: String): String;
begin
  if IsAdminInstallMode then
    Result := 'SYSTEM\\CurrentControlSet\\Control\\Session Manager\\Environment'
  else
    Result := 'Environment';
end;

function CurrentPath(): String;
begin
  if not RegQueryStringValue(HKA, EnvironmentKey(''), 'Path', Result) then
    Result := '';
end;

function PathLacksApp(): Boolean;
begin
  Result := Pos(';' + Uppercase(ExpandConstant('{{app}}')) + ';', ';' + Uppercase(CurrentPath()) + ';') = 0;
end;

function PathWithApp(Param: String): String;
begin
  Result := CurrentPath();
  if (Result <> '') and (Result[Length(Result)] <> ';') then
    Result := Result + ';';
  Result := Result + ExpandConstant('{{app}}');
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  Paths: String;
  Dir: String;
  Position: Integer;
begin
  if CurUninstallStep <> usUninstall then
    Exit;
  Dir := ExpandConstant('{{app}}');
  Paths := ';' + CurrentPath() + ';';
  Position := Pos(';' + Uppercase(Dir) + ';', Uppercase(Paths));
  if Position > 0 then
  begin
    Delete(Paths, Position, Length(Dir) + 1);
    RegWriteExpandStringValue(HKA, EnvironmentKey(''), 'Path', Copy(Paths, 2, Length(Paths) - 2));
  end;
end;
"""


def write_inno_script(target: Path, script: str) -> None:
    # Inno Setup reads a script without BOM in the ANSI code page: keep non-ASCII paths intact.
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(script, encoding="utf-8-sig")


def find_iscc() -> Path | None:
    found = shutil.which("ISCC")
    if found:
        return Path(found)
    for base in (os.environ.get("PROGRAMFILES(X86)"), os.environ.get("PROGRAMFILES")):
        if base and (candidate := Path(base) / "Inno Setup 6" / "ISCC.exe").exists():
            return candidate
    return None


def folder_size(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skip-bundle", action="store_true", help="reuse dist/Draagvlak")
    args = parser.parse_args()
    app_version = __version__
    icon = render_icon(BUILD / "draagvlak.ico")
    bundle = DIST / APP_NAME if args.skip_bundle else run_pyinstaller(icon, app_version)
    print(f"Bundle: {bundle} ({folder_size(bundle) / 1e6:.0f} MB)")
    script = BUILD / "draagvlak.iss"
    write_inno_script(script, inno_script(bundle, icon, app_version))
    iscc = find_iscc()
    if iscc is None:
        print(f"Inno Setup (ISCC.exe) not found, so no installer; the script is {script}.")
        print(f"On Windows, install Inno Setup 6 and run: ISCC {script}")
        return 0 if os.name != "nt" else 1
    subprocess.run([str(iscc), str(script)], check=True)
    print(f"Installer written to {DIST / f'{APP_NAME}-{app_version}-setup.exe'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
