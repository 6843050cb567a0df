"""Read a CSV or XLSX export as a table: headers plus numbered data rows.

The format is recognised from the content, not the name, so a renamed or damaged file gets a
clear message instead of a parser traceback. The CSV and XLSX readers live in ``csv_reader`` and
``xlsx_reader``; ``open_table`` and ``check_input_file`` here are the entry points.
"""

from __future__ import annotations

import codecs
import stat
from pathlib import Path

from desktop.core.common.i18n import translate
from desktop.core.imports.csv_reader import CONTROL, detect_delimiter, open_csv
from desktop.core.imports.headers import Row
from desktop.core.imports.table_source import (
    CSV,
    XLSX,
    SheetInfo,
    TableSource,
    format_error,
    locked_error,
)
from desktop.core.imports.xlsx_reader import open_xlsx

__all__ = [
    "CSV",
    "MAX_CSV_BYTES",
    "XLSX",
    "Row",
    "SheetInfo",
    "TableSource",
    "check_input_file",
    "detect_delimiter",
    "open_table",
]

_ZIP_MAGIC = b"PK\x03\x04"
_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # encrypted OOXML and old .xls
# A CSV is read into memory whole; a client list of 5,000 rows is a few megabytes.
MAX_CSV_BYTES = 500 * 1024 * 1024


def check_input_file(path: Path | str) -> int:
    """The size of a regular file to read; FileFormatError for a missing path, a folder, a
    pipe or a device (reading a pipe would wait for ever, a device never ends)."""
    path = Path(path)
    try:
        info = path.stat()
    except FileNotFoundError:
        raise format_error(
            translate("Import", "The file {name} does not exist."), name=str(path)
        ) from None
    except OSError as error:
        raise format_error(
            translate("Import", "The file {name} cannot be read: {error}"),
            name=path.name,
            error=error.strerror or error,
        ) from None
    if not stat.S_ISREG(info.st_mode):
        raise format_error(
            translate(
                "Import",
                "{name} is not an ordinary file (it is a folder, a pipe or a device) and "
                "cannot be read. Choose a saved CSV or XLSX file.",
            ),
            name=str(path),
        )
    return info.st_size


def open_table(
    path: Path | str,
    sheet: str | None = None,
    *,
    no_header: bool = False,
    encoding: str | None = None,
) -> TableSource:
    """Open an export; raises FileFormatError with a clear message when it cannot be used.

    ``no_header``: the first row is data; the columns are named "Column 1", "Column 2", ….
    ``encoding``: the character encoding the user chose for a CSV file (None: detected)."""
    path = Path(path)
    size = check_input_file(path)
    head = _read_head(path)
    if not head.strip():
        raise format_error(translate("Import", "The file {name} is empty."), name=path.name)
    if head.startswith(_OLE2_MAGIC):
        raise format_error(
            translate(
                "Import",
                "The file {name} is password-protected or in the old Excel 97-2003 format. "
                "Open it in Excel, remove the password and save it as .xlsx (Excel workbook).",
            ),
            name=path.name,
        )
    if head.startswith(_ZIP_MAGIC):
        return open_xlsx(path, sheet, no_header)
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        kind = (
            translate("Import", "it looks like CSV text")
            if _looks_like_text(head)
            else translate("Import", "its content is unknown")
        )
        raise format_error(
            translate(
                "Import",
                "The file {name} is named .xlsx but is not an Excel workbook ({kind}). "
                "If it is a CSV export, give it the .csv extension.",
            ),
            name=path.name,
            kind=kind,
        )
    if size > MAX_CSV_BYTES:
        raise format_error(
            translate(
                "Import",
                "The file {name} is {size} MB; CSV files up to {limit} MB can be imported. "
                "Split it, or save it as an Excel workbook (.xlsx).",
            ),
            name=path.name,
            size=round(size / 1024 / 1024),
            limit=MAX_CSV_BYTES // 1024 // 1024,
        )
    return open_csv(path, no_header, encoding)


def _read_head(path: Path) -> bytes:
    try:
        with path.open("rb") as stream:
            return stream.read(8192)
    except FileNotFoundError:
        raise format_error(
            translate("Import", "The file {name} does not exist."), name=str(path)
        ) from None
    except PermissionError:
        raise locked_error(path) from None
    except OSError as error:
        raise format_error(
            translate("Import", "The file {name} cannot be read: {error}"),
            name=path.name,
            error=error,
        ) from None


def _looks_like_text(head: bytes) -> bool:
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return True
    return b"\x00" not in head and not CONTROL.search(head.decode("latin-1"))
