"""Host-side checks for tools/windows_e2e.sh: the Windows bundle's files and executables, the
stand-in ICU library for the Wine prefix, and the screenshot. Runs on Linux with pefile and Pillow.

    python tools/windows_e2e_checks.py bundle DIST/Draagvlak VERSION
    python tools/windows_e2e_checks.py icu-stub QT6CORE.DLL OUT.c
    python tools/windows_e2e_checks.py screenshot SHOT.ppm OUT.png
    python tools/windows_e2e_checks.py head-revision MIGRATIONS/versions
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

# Never in the bundle: the app uses widgets only (no QML/Quick), no on-screen keyboard, no PDF
# viewer and no web views. Matched against lower-case paths inside the bundle.
FORBIDDEN = (
    ("QML/Quick", re.compile(r"qt6(qml|quick)[^/]*\.dll$|/qml/|pyside6/qt(qml|quick)[^/]*\.pyd$")),
    ("virtual keyboard", re.compile(r"virtualkeyboard")),
    ("QtPdf", re.compile(r"qt6pdf[^/]*\.dll$|/qtpdf\.pyd$|qpdf\.dll$")),
    ("WebEngine", re.compile(r"webengine")),
)
QT_TRANSLATION = re.compile(r"/translations/[a-z_]+_([a-z]{2}(?:_[a-z]{2})?)\.qm$")
ALLOWED_QT_LANGUAGES = {"nl", "en"}
# U_FILE_ACCESS_ERROR: "no such converter"; Qt then falls back to its own UTF codecs.
U_FILE_ACCESS_ERROR = 4
# Where the UErrorCode* argument sits (1-based) in the ICU converter functions Qt may import.
ERROR_ARGUMENT = {
    "ucnv_open": 2,
    "ucnv_openCCSID": 3,
    "ucnv_getName": 2,
    "ucnv_toUnicode": 8,
    "ucnv_fromUnicode": 8,
    "ucnv_countAliases": 2,
    "ucnv_getAlias": 3,
    "ucnv_getStandard": 2,
    "ucnv_getStandardName": 3,
    "ucnv_getCanonicalName": 3,
    "ucnv_openStandardNames": 3,
    "ucnv_openAllNames": 1,
    "ucnv_setToUCallBack": 6,
    "ucnv_setFromUCallBack": 6,
    "ucnv_toUChars": 6,
    "ucnv_fromUChars": 6,
    "ucnv_setSubstChars": 4,
    "ucnv_getDisplayName": 5,
    "ucnv_cbFromUWriteSub": 3,
    "ucnv_cbToUWriteSub": 3,
    "ucnv_convert": 7,
}


def fail(message: str) -> None:
    print(f"FAIL: {message}")
    raise SystemExit(1)


def check_program(path: Path, console: bool, version: str) -> None:
    import pefile

    pe = pefile.PE(str(path))
    subsystem = pe.OPTIONAL_HEADER.Subsystem
    expected = 3 if console else 2  # IMAGE_SUBSYSTEM_WINDOWS_CUI / _GUI
    if subsystem != expected:
        fail(f"{path.name}: subsystem {subsystem}, expected {expected}")
    strings: dict[str, str] = {}
    for info in getattr(pe, "FileInfo", None) or []:
        for entry in info:
            for table in getattr(entry, "StringTable", []):
                strings.update({k.decode(): v.decode() for k, v in table.entries.items()})
    if strings.get("ProductVersion") != version or strings.get("ProductName") != "Draagvlak":
        fail(f"{path.name}: version info {strings or 'missing'}")
    group_icon = pefile.RESOURCE_TYPE["RT_GROUP_ICON"]
    types = {entry.id for entry in pe.DIRECTORY_ENTRY_RESOURCE.entries}
    if group_icon not in types:
        fail(f"{path.name}: no icon")
    print(
        f"  {path.name}: {'console' if console else 'windowed'}, "
        f"{strings['FileDescription']} {strings['ProductVersion']}, icon"
    )


def check_bundle(bundle: Path, version: str) -> None:
    files = [path for path in bundle.rglob("*") if path.is_file()]
    relative = ["/" + path.relative_to(bundle).as_posix().lower() for path in files]
    for label, pattern in FORBIDDEN:
        found = [name for name in relative if pattern.search(name)]
        if found:
            fail(f"{label} in the bundle: {', '.join(found[:5])}")
    languages = {m.group(1) for name in relative if (m := QT_TRANSLATION.search(name))}
    if not languages <= ALLOWED_QT_LANGUAGES:
        fail(f"unused Qt translations: {sorted(languages - ALLOWED_QT_LANGUAGES)}")
    internal = bundle / "_internal"
    migrations = sorted((internal / "desktop/core/db/migrations/versions").glob("*.py"))
    if not migrations or not (internal / "desktop/core/db/migrations/env.py").is_file():
        fail("the Alembic migrations are missing")
    if not (internal / "resources/translations/draagvlak_nl.ts").is_file():
        fail("the Dutch translation is missing")
    check_program(bundle / "Draagvlak.exe", console=False, version=version)
    check_program(bundle / "draagvlak-cli.exe", console=True, version=version)
    total = sum(path.stat().st_size for path in files)
    print(f"  {len(migrations)} migrations, Dutch translation, Qt translations {sorted(languages)}")
    print(f"  bundle: {total / 1e6:.1f} MB in {len(files)} files; largest:")
    for path in sorted(files, key=lambda p: p.stat().st_size, reverse=True)[:12]:
        print(f"    {path.stat().st_size / 1e6:6.1f} MB  {path.relative_to(bundle).as_posix()}")


def icu_stub(qt_core: Path, target: Path) -> None:
    """C source of an icuuc.dll whose every function Qt6Core imports fails cleanly."""
    import pefile

    pe = pefile.PE(str(qt_core), fast_load=True)
    pe.parse_data_directories([pefile.DIRECTORY_ENTRY["IMAGE_DIRECTORY_ENTRY_IMPORT"]])
    names = sorted(
        symbol.name.decode()
        for entry in getattr(pe, "DIRECTORY_ENTRY_IMPORT", [])
        if entry.dll.decode().lower() in ("icuuc.dll", "icu.dll")
        for symbol in entry.imports
        if symbol.name
    )
    if not names:
        fail(f"{qt_core.name} imports nothing from icuuc.dll: the stand-in is not needed")
    lines = ["/* Generated by tools/windows_e2e_checks.py: ICU stand-in for Wine 8 only. */"]
    for name in names:
        base = re.sub(r"_\d+$", "", name)
        position = ERROR_ARGUMENT.get(base)
        if base == "u_errorName":
            lines.append(f'__declspec(dllexport) const char* {name}(int c) {{ return "U_ERROR"; }}')
        elif position:
            params = [f"void* a{i}" for i in range(1, position)] + ["int* error"]
            lines.append(
                f"__declspec(dllexport) void* {name}({', '.join(params)}) "
                f"{{ if (error && *error <= 0) *error = {U_FILE_ACCESS_ERROR}; return 0; }}"
            )
        else:  # no error argument: "nothing" (x64 calling convention: extra arguments are fine)
            lines.append(f"__declspec(dllexport) void* {name}(void) {{ return 0; }}")
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"  icuuc.dll stand-in: {len(names)} functions")


def check_screenshot(shot: Path, target: Path) -> None:
    from PIL import Image

    with Image.open(shot) as image:
        rgb = image.convert("RGB")
    width, height = rgb.size
    if width < 400 or height < 300:
        fail(f"screenshot only {width}x{height}")
    colours = rgb.getcolors(maxcolors=1 << 20) or []
    dominant = max(count for count, _ in colours) / (width * height) if colours else 1.0
    if len(colours) < 32 or dominant > 0.97:
        fail(f"the window looks blank: {len(colours)} colours, {dominant:.0%} one colour")
    rgb.save(target, optimize=True)
    print(f"  screenshot {width}x{height}, {len(colours)} colours, largest area {dominant:.0%}")


def head_revision(versions: Path) -> None:
    revisions, parents = set(), set()
    for script in versions.glob("*.py"):
        text = script.read_text(encoding="utf-8")
        revisions.update(re.findall(r'^revision = "([^"]+)"', text, re.MULTILINE))
        parents.update(re.findall(r'^down_revision = "([^"]+)"', text, re.MULTILINE))
    heads = sorted(revisions - parents)
    if len(heads) != 1:
        fail(f"expected one head revision, found {heads}")
    print(heads[0])


def main(argv: list[str]) -> None:
    command, *args = argv
    if command == "bundle":
        check_bundle(Path(args[0]), args[1])
    elif command == "icu-stub":
        icu_stub(Path(args[0]), Path(args[1]))
    elif command == "screenshot":
        check_screenshot(Path(args[0]), Path(args[1]))
    elif command == "head-revision":
        head_revision(Path(args[0]))
    else:
        fail(f"unknown command {command}")


if __name__ == "__main__":
    main(sys.argv[1:])
