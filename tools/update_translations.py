"""Refresh resources/translations/draagvlak_nl.ts from the source code (pyside6-lupdate).

New strings arrive as unfinished entries for a translator (Qt Linguist or a text editor);
strings that left the code are dropped. draagvlak_en.ts holds only the English plural forms of
texts with %n (English is the source language). Run: uv run python tools/update_translations.py
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LANGUAGES = ("nl", "en")
PLURAL_ONLY = ("en",)  # the source language needs only its plural forms


def source_files() -> list[Path]:
    return sorted(
        p for p in (ROOT / "desktop").rglob("*.py") if "migrations" not in p.relative_to(ROOT).parts
    )


def lupdate(ts_file: Path, plural_only: bool = False) -> str:
    """Run lupdate for all sources into ts_file; returns lupdate's summary output."""
    executable = Path(sys.executable).with_name("pyside6-lupdate")
    if not executable.exists():
        executable = executable.with_suffix(".exe")
    command = [
        str(executable),
        *(str(p) for p in source_files()),
        "-no-obsolete",
        "-locations",
        "none",
        "-ts",
        str(ts_file),
        *(["-pluralonly"] if plural_only else []),
    ]
    result = subprocess.run(command, capture_output=True, text=True, check=True)
    return result.stdout + result.stderr


def main() -> int:
    for language in LANGUAGES:
        ts_file = ROOT / "resources" / "translations" / f"draagvlak_{language}.ts"
        if not ts_file.exists():  # lupdate needs the target language to know the plural forms
            ts_file.write_text(
                '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                f'<TS version="2.1" language="{language}"></TS>\n',
                encoding="utf-8",
            )
        print(lupdate(ts_file, language in PLURAL_ONLY).strip())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
