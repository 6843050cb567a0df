"""Refresh resources/translations/draagvlak_nl.ts from the source code (pyside6-lupdate).

New strings arrive as unfinished entries for a translator (Qt Linguist or a text editor);
strings that left the code are dropped. Run: uv run python tools/update_translations.py
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LANGUAGES = ("nl",)


def source_files() -> list[Path]:
    return sorted(
        p for p in (ROOT / "desktop").rglob("*.py") if "migrations" not in p.relative_to(ROOT).parts
    )


def lupdate(ts_file: Path) -> str:
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
    ]
    result = subprocess.run(command, capture_output=True, text=True, check=True)
    return result.stdout + result.stderr


def main() -> int:
    for language in LANGUAGES:
        ts_file = ROOT / "resources" / "translations" / f"draagvlak_{language}.ts"
        print(lupdate(ts_file).strip())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
