"""`draagvlak --self-test`: prove that an installed program has every piece it needs.

Run by the Windows installer check (tools/windows_e2e.sh) inside the installed bundle, where a
missing hidden import, migration script, translation or library shows up only at run time. Each
step works in a temporary folder and leaves nothing behind.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from desktop.core.common.i18n import translate


def _migrate(folder: Path) -> str:
    from desktop.core.db.engine import open_database
    from desktop.core.db.migrate import current_revision, head_revision

    database = open_database(folder / "self-test.sqlite3")
    try:
        revision = current_revision(database.engine)
    finally:
        database.dispose()
    if revision != head_revision():
        raise RuntimeError(f"revision {revision}, expected {head_revision()}")
    return str(revision)


def _xlsx(folder: Path) -> str:
    from openpyxl import Workbook, load_workbook

    path = folder / "self-test.xlsx"
    workbook = Workbook()
    workbook.active.append(["Klant", "Fase"])
    workbook.active.append(["Café De Zwaan", "Gestart"])
    workbook.save(path)
    if load_workbook(path).active["A2"].value != "Café De Zwaan":
        raise RuntimeError("the workbook does not read back")
    return f"{path.stat().st_size} bytes"


def _pdf(folder: Path) -> str:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    path = folder / "self-test.pdf"
    canvas = Canvas(str(path), pagesize=A4)
    canvas.drawString(72, 720, "Draagvlak")
    canvas.save()
    if not path.read_bytes().startswith(b"%PDF-"):
        raise RuntimeError("not a PDF file")
    return f"{path.stat().st_size} bytes"


def _dutch(_folder: Path) -> str:
    from desktop.core.common.i18n import catalogue

    entries = catalogue("nl")
    if not entries:
        raise RuntimeError("no Dutch translations found")
    return f"{len(entries)} entries"


STEPS: tuple[tuple[str, Callable[[Path], str]], ...] = (
    ("database", _migrate),
    ("xlsx", _xlsx),
    ("pdf", _pdf),
    ("translation", _dutch),
)


def run_self_test() -> int:
    """Print one line per step; 0 when every step passed, 1 otherwise."""
    failed = 0
    with tempfile.TemporaryDirectory(prefix="draagvlak-self-test-") as folder:
        for name, step in STEPS:
            try:
                detail = step(Path(folder))
            except Exception as error:  # report every step, then fail
                failed += 1
                print(f"  {name}: FAILED ({type(error).__name__}: {error})")
            else:
                print(f"  {name}: ok ({detail})")
    if failed:
        print(translate("Cli", "Self-test failed."))
        return 1
    print(translate("Cli", "Self-test passed."))
    return 0
