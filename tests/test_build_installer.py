"""The installer build's pure parts: Inno Setup script, PyInstaller spec, bundle contents.

PyInstaller itself does not run here (it takes a minute); `python build_installer.py` does.
"""

from __future__ import annotations

import re
from pathlib import Path, PureWindowsPath

import pytest

import build_installer as build

BUNDLE = PureWindowsPath("C:/build/dist/Draagvlak")
ICON = PureWindowsPath("C:/build/build/draagvlak.ico")


@pytest.fixture(scope="module")
def script() -> str:
    return build.inno_script(BUNDLE, ICON, "1.2.3")


def _section(script: str, name: str) -> list[str]:
    match = re.search(rf"^\[{name}\]\n(.*?)(?=^\[|\Z)", script, re.MULTILINE | re.DOTALL)
    assert match, f"no [{name}] section"
    return [line for line in match.group(1).splitlines() if line and not line.startswith(";")]


def test_app_id_is_fixed_and_its_brace_escaped(script: str) -> None:
    # "{{" is a literal "{" in Inno Setup; a single "{" would be read as a constant.
    assert "AppId={{6B1E2F4A-8C51-4E5B-9E2D-3A7C0D9B41F2}\n" in script


def test_installs_into_program_files_for_everyone_or_only_the_user(script: str) -> None:
    setup = _section(script, "Setup")
    assert "DefaultDirName={autopf}\\Draagvlak" in setup
    assert "PrivilegesRequiredOverridesAllowed=dialog" in setup
    assert "ArchitecturesInstallIn64BitMode=x64compatible" in setup
    assert "OutputBaseFilename=Draagvlak-1.2.3-setup" in setup
    assert "AppVersion=1.2.3" in setup


def test_a_user_without_administrator_rights_can_install(script: str) -> None:
    # Windows installs per user by default and offers "for everyone" in a dialog. CI installs
    # for all users under Wine (whose /CURRENTUSER install fails), so only this test guards it.
    setup = _section(script, "Setup")
    assert "PrivilegesRequired=lowest" in setup
    assert "PrivilegesRequiredOverridesAllowed=dialog" in setup
    assert not [line for line in setup if line.startswith("PrivilegesRequired=admin")]


def test_dutch_and_english_setup_languages(script: str) -> None:
    languages = _section(script, "Languages")
    assert 'Name: "dutch"; MessagesFile: "compiler:Languages\\Dutch.isl"' in languages
    assert 'Name: "english"; MessagesFile: "compiler:Default.isl"' in languages
    for message in ("CommandLine", "AddToPath"):
        assert f"dutch.{message}=" in script and f"english.{message}=" in script


def test_window_program_in_start_menu_and_console_program_as_draagvlak_com(script: str) -> None:
    files = _section(script, "Files")
    assert (
        files[0]
        == 'Source: "C:\\build\\dist\\Draagvlak\\Draagvlak.exe"; DestDir: "{app}"; Flags: ignoreversion'
    )
    assert files[1] == (
        'Source: "C:\\build\\dist\\Draagvlak\\draagvlak-cli.exe"; DestDir: "{app}"; '
        'DestName: "draagvlak.com"; Flags: ignoreversion'
    )
    # The rest of the bundle, but not the programs a second time (nor as draagvlak-cli.exe).
    assert files[2].startswith('Source: "C:\\build\\dist\\Draagvlak\\*"')
    assert 'Excludes: "\\Draagvlak.exe,\\draagvlak-cli.exe"' in files[2]
    assert "recursesubdirs" in files[2]
    assert len(files) == 3
    icons = _section(script, "Icons")
    assert all('Filename: "{app}\\Draagvlak.exe"' in line for line in icons)


def test_optional_tasks_start_unchecked(script: str) -> None:
    tasks = _section(script, "Tasks")
    assert {line.split('"')[1] for line in tasks} == {"desktopicon", "addtopath"}
    assert all(line.endswith("Flags: unchecked") for line in tasks)
    registry = _section(script, "Registry")
    assert registry == [
        'Root: HKA; Subkey: "{code:EnvironmentKey}"; ValueType: expandsz; ValueName: "Path"; '
        'ValueData: "{code:PathWithApp}"; Tasks: addtopath; Check: PathLacksApp'
    ]
    code = script.split("[Code]", 1)[1]
    for function in ("EnvironmentKey", "PathWithApp", "PathLacksApp", "CurUninstallStepChanged"):
        assert re.search(rf"^(function|procedure) {function}\(", code, re.MULTILINE)


def test_uninstall_and_upgrade_never_touch_the_users_data(script: str) -> None:
    assert "[UninstallDelete]" not in script
    assert "uninsdeletevalue" not in script  # would remove the whole PATH value
    assert _section(script, "InstallDelete") == ['Type: filesandordirs; Name: "{app}\\_internal"']
    assert "localappdata" not in script.lower() and "userappdata" not in script.lower()


def test_script_written_with_bom_keeps_non_ascii_paths(tmp_path: Path) -> None:
    target = tmp_path / "out" / "draagvlak.iss"
    text = build.inno_script(PureWindowsPath("C:/Users/Zoë/dist/Draagvlak"), ICON, "1.0.0")
    build.write_inno_script(target, text)
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert "Zoë".encode() in raw
    assert raw.decode("utf-8-sig") == text


@pytest.mark.parametrize(
    ("destination", "kept"),
    [
        ("PySide6\\opengl32sw.dll", False),
        ("PySide6\\Qt6Network.dll", False),
        ("PySide6\\plugins\\tls\\qschannelbackend.dll", False),
        ("PySide6\\plugins\\networkinformation\\qnetworklistmanager.dll", False),
        ("PySide6\\plugins\\generic\\qtuiotouchplugin.dll", False),
        ("PySide6\\plugins\\imageformats\\qtiff.dll", False),
        ("PySide6\\translations\\qtbase_de.qm", False),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
        ("PySide6\\plugins\\platforms\\qwindows.dll", True),
        ("PySide6\\plugins\\styles\\qmodernwindowsstyle.dll", True),
        ("PySide6\\plugins\\imageformats\\qsvg.dll", True),
        ("PySide6\\plugins\\imageformats\\qico.dll", True),
        ("PySide6\\plugins\\iconengines\\qsvgicon.dll", True),
        ("PySide6\\translations\\qtbase_nl.qm", True),
        ("PySide6/Qt/translations/qt_en.qm", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6\\Qt6Svg.dll", True),
        ("resources/translations/draagvlak_nl.ts", True),
        ("desktop/core/db/migrations/versions/0001_initial_schema.py", True),
    ],
)
def test_bundle_drops_only_qt_files_the_app_never_loads(destination: str, kept: bool) -> None:
    assert build.keep_in_bundle(destination) is kept


def test_data_files_are_resources_and_migration_scripts_without_bytecode() -> None:
    files = {
        (path.relative_to(build.ROOT).as_posix(), folder) for path, folder in build.data_files()
    }
    migrations = build.ROOT / "desktop" / "core" / "migrations"
    for script in (migrations / "versions").glob("*.py"):
        assert (
            script.relative_to(build.ROOT).as_posix(),
            "desktop/core/db/migrations/versions",
        ) in files
    assert ("desktop/core/db/migrations/env.py", "desktop/core/db/migrations") in files
    assert ("resources/style.qss", "resources") in files
    assert ("resources/translations/draagvlak_nl.ts", "resources/translations") in files
    assert ("resources/icons/draagvlak.svg", "resources/icons") in files
    for font in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVu-LICENSE.txt"):
        assert (f"resources/fonts/{font}", "resources/fonts") in files  # the PDF's own font
    assert not [path for path, _ in files if "__pycache__" in path or path.endswith(".pyc")]


def test_what_the_migrations_import_is_bundled() -> None:
    imports = build.migration_imports()
    assert {"alembic", "alembic.op", "sqlalchemy"} <= set(imports)
    assert set(imports) <= set(build.hidden_imports())


def test_spec_builds_a_windowed_and_a_console_program_over_one_folder() -> None:
    versions = {"Draagvlak": Path("gui.txt"), "draagvlak-cli": Path("cli.txt")}
    spec = build.spec_text(ICON, ["alembic.op"], versions)
    compile(spec, "draagvlak.spec", "exec")  # valid Python
    assert "[('Draagvlak', False, 'gui.txt'), ('draagvlak-cli', True, 'cli.txt')]" in spec
    assert "COLLECT(*programs" in spec
    assert "'pygments'" in spec and "'PySide6.QtNetwork'" in spec
    assert "'alembic.op'" in spec


def _version_strings(text: str) -> tuple[tuple[int, ...], dict[str, str]]:
    """Evaluate a version file the way PyInstaller does, with stand-ins for its classes."""
    strings: dict[str, str] = {}
    numbers: list[tuple[int, ...]] = []

    def any_node(*args: object, **kwargs: object) -> None:
        return None

    def fixed(filevers: tuple[int, ...], prodvers: tuple[int, ...]) -> None:
        numbers.extend((filevers, prodvers))

    names = dict.fromkeys(
        ("VSVersionInfo", "StringFileInfo", "StringTable", "VarFileInfo", "VarStruct"), any_node
    )
    names.update(FixedFileInfo=fixed, StringStruct=strings.__setitem__)
    eval(text, names)  # noqa: S307 (our own generated text)
    assert numbers[0] == numbers[1]
    return numbers[0], strings


def test_programs_carry_their_name_and_version_for_windows_explorer() -> None:
    numbers, gui = _version_strings(build.version_info_text("Draagvlak", False, "1.2.3"))
    assert numbers == (1, 2, 3, 0)
    assert gui["FileDescription"] == "Draagvlak"
    assert gui["OriginalFilename"] == "Draagvlak.exe"
    assert gui["ProductVersion"] == "1.2.3"
    _, cli = _version_strings(build.version_info_text("draagvlak-cli", True, "1.2.3"))
    assert cli["FileDescription"] == "Draagvlak (command line)"
    assert cli["OriginalFilename"] == "draagvlak.com"


@pytest.mark.parametrize(
    ("version", "numbers"),
    [
        ("0.1.0", (0, 1, 0, 0)),
        ("2", (2, 0, 0, 0)),
        ("1.2.3rc1", (1, 2, 3, 0)),
        ("1.2.3.4.5", (1, 2, 3, 4)),
    ],
)
def test_windows_version_is_four_numbers(version: str, numbers: tuple[int, ...]) -> None:
    assert build.version_numbers(version) == numbers
    script = build.inno_script(BUNDLE, ICON, version)
    assert f"VersionInfoVersion={'.'.join(map(str, numbers))}\n" in script


def test_icon_holds_every_windows_size(tmp_path: Path, qapp: object) -> None:
    # qapp first: a bare QGuiApplication made here would break the widget tests that follow.
    from PIL import Image

    icon = build.render_icon(tmp_path / "draagvlak.ico")
    with Image.open(icon) as image:
        assert image.info["sizes"] == {(size, size) for size in build.ICON_SIZES}
        image.size = (16, 16)
        image.load()
        assert image.getpixel((8, 8))[3] == 255  # drawn, not blank
