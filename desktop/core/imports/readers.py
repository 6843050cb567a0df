"""Read a CSV or XLSX export as a table: headers plus numbered data rows.

The format is recognised from the content, not the name, so a renamed or damaged file gets a
clear message instead of a parser traceback. Rows stream (XLSX in openpyxl's read-only mode), so
a 100,000-row file never sits in memory twice.
"""

from __future__ import annotations

import codecs
import csv
import io
import itertools
import re
import stat
import zipfile
import zlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.core.common.errors import FileFormatError
from desktop.core.common.i18n import translate
from desktop.core.imports.headers import Row, find_header_row, header_names, is_filled
from desktop.core.imports.xlsx_scan import scan_sheet

CSV, XLSX = "csv", "xlsx"
HEADER_SEARCH_ROWS = 30
DELIMITERS = (";", ",", "\t")
_ZIP_MAGIC = b"PK\x03\x04"
_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # encrypted OOXML and old .xls
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
# A CSV is read into memory whole; a client list of 5,000 rows is a few megabytes.
MAX_CSV_BYTES = 500 * 1024 * 1024
# What openpyxl and zipfile raise on a damaged workbook: a broken zip or deflate stream, an
# XML parse error (a SyntaxError subclass), a missing or malformed part.
_DAMAGED = (
    zipfile.BadZipFile,
    zlib.error,
    EOFError,
    SyntaxError,
    KeyError,
    ValueError,
    TypeError,
    IndexError,
    AttributeError,
    OSError,
)


@dataclass(frozen=True)
class SheetInfo:
    name: str
    hidden: bool


@dataclass
class TableSource:
    """An opened export. ``rows()`` yields (row number as the user sees it, values)."""

    path: Path
    file_format: str
    headers: tuple[str, ...]
    header_row: int
    estimated_rows: int
    sheets: tuple[SheetInfo, ...] = ()
    sheet: str | None = None
    encoding: str | None = None
    delimiter: str | None = None
    notices: list[str] = field(default_factory=list)
    # (row, column index) of formula cells saved without a result: they read as empty.
    formulas_without_value: frozenset[tuple[int, int]] = frozenset()
    _row_source: Callable[[int], Iterator[Row]] | None = None
    _close: Callable[[], None] | None = None

    def rows(self) -> Iterator[tuple[int, Row]]:
        """The non-blank data rows below the header, numbered as in Excel (1-based)."""
        assert self._row_source is not None
        number = self.header_row
        for values in self._row_source(self.header_row + 1):
            number += 1
            if _any_filled(values):
                yield number, values

    def samples(self, count: int = 50) -> list[Row]:
        """The first data rows' values, for suggesting a mapping from the content."""
        return [values for _number, values in itertools.islice(self.rows(), count)]

    def close(self) -> None:
        if self._close is not None:
            self._close()
            self._close = None

    def __enter__(self) -> TableSource:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def _any_filled(values: Row) -> bool:
    # A plain loop that stops at the first filled cell: this runs for every row of the file.
    for value in values:
        if value is not None and (value.__class__ is not str or value.strip()):
            return True
    return False


def _error(message: str, **values: object) -> FileFormatError:
    """The translated message with its values filled in."""
    return FileFormatError(message.format(**values))


def _locked_error(path: Path) -> FileFormatError:
    """Windows refuses to let us read a file that Excel has open for editing."""
    return _error(
        translate(
            "Import",
            "The file {name} cannot be read: another program (Excel?) has locked it. "
            "Close it there and try again.",
        ),
        name=path.name,
    )


def check_input_file(path: Path | str) -> int:
    """The size of a regular file to read; FileFormatError for a missing path, a folder, a
    pipe or a device (reading a pipe would wait for ever, a device never ends)."""
    path = Path(path)
    try:
        info = path.stat()
    except FileNotFoundError:
        raise _error(
            translate("Import", "The file {name} does not exist."), name=str(path)
        ) from None
    except OSError as error:
        raise _error(
            translate("Import", "The file {name} cannot be read: {error}"),
            name=path.name,
            error=error.strerror or error,
        ) from None
    if not stat.S_ISREG(info.st_mode):
        raise _error(
            translate(
                "Import",
                "{name} is not an ordinary file (it is a folder, a pipe or a device) and "
                "cannot be read. Choose a saved CSV or XLSX file.",
            ),
            name=str(path),
        )
    return info.st_size


def open_table(path: Path | str, sheet: str | None = None) -> TableSource:
    """Open an export; raises FileFormatError with a clear message when it cannot be used."""
    path = Path(path)
    size = check_input_file(path)
    head = _read_head(path)
    if not head.strip():
        raise _error(translate("Import", "The file {name} is empty."), name=path.name)
    if head.startswith(_OLE2_MAGIC):
        raise _error(
            translate(
                "Import",
                "The file {name} is password-protected or in the old Excel 97-2003 format. "
                "Open it in Excel, remove the password and save it as .xlsx (Excel workbook).",
            ),
            name=path.name,
        )
    if head.startswith(_ZIP_MAGIC):
        return _open_xlsx(path, sheet)
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        kind = (
            translate("Import", "it looks like CSV text")
            if _looks_like_text(head)
            else translate("Import", "its content is unknown")
        )
        raise _error(
            translate(
                "Import",
                "The file {name} is named .xlsx but is not an Excel workbook ({kind}). "
                "If it is a CSV export, give it the .csv extension.",
            ),
            name=path.name,
            kind=kind,
        )
    if size > MAX_CSV_BYTES:
        raise _error(
            translate(
                "Import",
                "The file {name} is {size} MB; CSV files up to {limit} MB can be imported. "
                "Split it, or save it as an Excel workbook (.xlsx).",
            ),
            name=path.name,
            size=round(size / 1024 / 1024),
            limit=MAX_CSV_BYTES // 1024 // 1024,
        )
    return _open_csv(path)


def _read_head(path: Path) -> bytes:
    try:
        with path.open("rb") as stream:
            return stream.read(8192)
    except FileNotFoundError:
        raise _error(
            translate("Import", "The file {name} does not exist."), name=str(path)
        ) from None
    except PermissionError:
        raise _locked_error(path) from None
    except OSError as error:
        raise _error(
            translate("Import", "The file {name} cannot be read: {error}"),
            name=path.name,
            error=error,
        ) from None


def _looks_like_text(head: bytes) -> bool:
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return True
    return b"\x00" not in head and not _CONTROL.search(head.decode("latin-1"))


# -- CSV ------------------------------------------------------------------------------------


def _open_csv(path: Path) -> TableSource:
    text, encoding = _decode(path)
    delimiter = detect_delimiter(text)

    def row_source(first_row: int) -> Iterator[Row]:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        index = 0
        try:
            for index, values in enumerate(reader, start=1):  # noqa: B007 (used below)
                if index >= first_row:
                    yield tuple(values)
        except csv.Error as error:
            raise _csv_error(path, index + 1, error) from None

    top = list(_take(row_source(1), HEADER_SEARCH_ROWS))
    headers, header_row = _headers_from(top, [], path)
    table = TableSource(
        path=path,
        file_format=CSV,
        headers=headers,
        header_row=header_row,
        estimated_rows=max(text.count("\n") + (not text.endswith("\n")) - header_row, 1),
        encoding=encoding,
        delimiter=delimiter,
        _row_source=row_source,
    )
    _require_data(table)
    return table


def _csv_error(path: Path, row: int, error: csv.Error) -> FileFormatError:
    if "field larger than field limit" in str(error):
        # In an export a value this long means a quote that is never closed: the rest of the
        # file was read as one value.
        return _error(
            translate(
                "Import",
                "Row {row} of {name} has a value longer than {limit} characters: a quote (\") "
                "is probably not closed. Correct the file and try again.",
            ),
            row=row,
            name=path.name,
            limit=csv.field_size_limit(),
        )
    return _error(
        translate("Import", "Row {row} of {name} cannot be read as CSV: {error}"),
        row=row,
        name=path.name,
        error=error,
    )


def _decode(path: Path) -> tuple[str, str]:
    data = path.read_bytes()
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        attempts: Sequence[str] = ("utf-16",)  # Excel's "Unicode text" export
    elif data.startswith(codecs.BOM_UTF8):
        attempts = ("utf-8-sig",)
    else:
        attempts = ("utf-8", "cp1252")
    for encoding in attempts:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if "\x00" in text[:8192] or _CONTROL.search(text[:8192]):
            break
        return text, encoding
    raise _error(
        translate(
            "Import",
            "The file {name} is not a text (CSV) file or uses an unknown character encoding. "
            "Export it again as CSV (UTF-8 or Windows) or as an Excel workbook.",
        ),
        name=path.name,
    )


def detect_delimiter(text: str) -> str:
    """The delimiter (; , or tab) that splits the first lines into the most consistent columns."""
    sample = text[:65536].splitlines()[:50]
    best, best_score = ",", (0, 0)
    for delimiter in DELIMITERS:
        counts = [len(row) for row in csv.reader(sample, delimiter=delimiter) if any(row)]
        if not counts:
            continue
        width = max(set(counts), key=counts.count)
        if width < 2:
            continue
        score = (counts.count(width), width)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _take(rows: Iterator[Row], count: int) -> Iterator[Row]:
    for index, row in enumerate(rows):
        if index >= count:
            return
        yield row


# -- XLSX -----------------------------------------------------------------------------------


def _open_xlsx(path: Path, sheet: str | None) -> TableSource:
    from openpyxl import load_workbook

    # An open file, not the name: openpyxl refuses names that do not end in .xlsx, and the
    # content already says this is a workbook (an export renamed .csv, say).
    try:
        stream = path.open("rb")
    except PermissionError:
        raise _locked_error(path) from None
    try:
        try:
            workbook = load_workbook(stream, read_only=True, data_only=True)
        except PermissionError:
            raise _locked_error(path) from None
        except _DAMAGED as error:
            raise _damaged_error(path, error) from None
        try:
            table = _xlsx_table(path, workbook, sheet)
        except BaseException as error:
            workbook.close()
            if isinstance(error, _DAMAGED):
                raise _damaged_error(path, error) from None
            raise
    except BaseException:
        stream.close()
        raise
    table._close = lambda: _close_all(workbook, stream)
    return table


def _close_all(workbook: Any, stream: io.BufferedReader) -> None:
    try:
        workbook.close()
    finally:
        stream.close()


def _damaged_error(path: Path, error: BaseException) -> FileFormatError:
    return _error(
        translate(
            "Import",
            "The file {name} is damaged or not an Excel workbook ({error}). Open it in Excel "
            "and save it again, or export it again.",
        ),
        name=path.name,
        error=_reason(error),
    )


def _reason(error: BaseException) -> str:
    text = getattr(error, "strerror", None) or str(error) or type(error).__name__
    return str(text).strip("'\"")


def _xlsx_table(path: Path, workbook: Any, sheet: str | None) -> TableSource:
    sheets = tuple(SheetInfo(ws.title, ws.sheet_state != "visible") for ws in workbook.worksheets)
    if not sheets:
        raise _error(translate("Import", "The workbook {name} has no worksheets."), name=path.name)
    notices: list[str] = []
    if sheet is None:
        sheet = next((info.name for info in sheets if not info.hidden), sheets[0].name)
    elif sheet not in workbook.sheetnames or not any(info.name == sheet for info in sheets):
        raise _error(
            translate("Import", "The workbook has no sheet named '{sheet}'. Sheets: {sheets}."),
            sheet=sheet,
            sheets=", ".join(info.name for info in sheets),
        )
    if any(info.name == sheet and info.hidden for info in sheets):
        notices.append(
            translate("Import", "The sheet '{sheet}' is hidden in Excel.").format(sheet=sheet)
        )
    worksheet = workbook[sheet]
    scan = scan_sheet(workbook, worksheet)

    def row_source(first_row: int) -> Iterator[Row]:
        try:
            yield from worksheet.iter_rows(min_row=first_row, values_only=True)
        except _DAMAGED as error:
            raise _damaged_error(path, error) from None

    top = list(_take(row_source(1), HEADER_SEARCH_ROWS))
    if not any(any(is_filled(v) for v in row) for row in top):
        raise _error(
            translate("Import", "The sheet '{sheet}' of {name} is empty."),
            sheet=sheet,
            name=path.name,
        )
    headers, header_row = _headers_from(top, scan.merged_ranges, path)
    if scan.formulas_without_value:
        notices.append(
            translate(
                "Import",
                "{count} formula cells have no saved result and read as empty. "
                "Open the file in Excel and save it to store the results.",
            ).format(count=len(scan.formulas_without_value))
        )
    table = TableSource(
        path=path,
        file_format=XLSX,
        headers=headers,
        header_row=header_row,
        estimated_rows=max(max(worksheet.max_row or 0, scan.row_count) - header_row, 1),
        sheets=sheets,
        sheet=sheet,
        notices=notices,
        formulas_without_value=frozenset(scan.formulas_without_value),
        _row_source=row_source,
    )
    _require_data(table)
    return table


# -- header row -----------------------------------------------------------------------------


def _require_data(table: TableSource) -> None:
    if next(table.rows(), None) is None:
        raise _error(
            translate("Import", "The file {name} has column headers but no rows with data."),
            name=table.path.name,
        )


def _headers_from(
    top: Sequence[Row], merged: Sequence[str], path: Path
) -> tuple[tuple[str, ...], int]:
    index = find_header_row(top)
    if index is None:
        raise _error(
            translate(
                "Import",
                "No row with column headers was found in the first {count} rows of {name}.",
            ),
            count=HEADER_SEARCH_ROWS,
            name=path.name,
        )
    return header_names(top, merged, index + 1)
